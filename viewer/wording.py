"""Small wording helpers shared by the command line and the window's status texts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from viewer.bidi_text import embedded


def count_of(count: int, noun: str, plural: str | None = None) -> str:
    """`1 article`, `2 articles`, `0 articles`, `20,000 articles` (thousands grouped, as the
    window's columns show numbers); `plural` for nouns that do not just take an s."""
    word = noun if count == 1 else (plural or f"{noun}s")
    return f"{count:,} {word}"


def one_line(text: str, limit: int) -> str:
    """`text` on one line (runs of white space become one space), cut to at most `limit`
    characters with an ellipsis. Its cost grows with `limit`, not with `text`: only a start of
    the text long enough to fill the line is flattened (a dock cell flattened a whole 100 MB
    note to show 120 characters of it, a tester's), the same line as flattening it all."""
    scanned = 4 * limit + 64
    while scanned < len(text):
        flat = " ".join(text[:scanned].split())
        if len(flat) > limit:  # (the whole text flattened starts with these characters)
            return flat[: limit - 1].rstrip() + "\u2026"
        scanned *= 4  # (mostly white space so far)
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def cut_at_word(text: str, limit: int, *, ellipsis: str = "\u2026") -> str:
    """`text` cut to at most `limit` characters, `ellipsis` included, at the end of a word
    where one ends in the last fifth of them (a quote cut inside a word, "\u0627\u2026" of
    "\u0627\u0633\u062a\u0647\u062f\u0641", reads as another word); else -- a script
    written without spaces, one very long word -- at `limit`. `text` itself when it fits."""
    if len(text) <= limit:
        return text
    room = max(limit - len(ellipsis), 0)
    head = text[:room]
    if not text[room].isspace():
        end = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
        if end >= room * 4 // 5:
            head = head[:end]
    return head.rstrip() + ellipsis


def shown_start(text: str, limit: int, *, total: int | None = None) -> str:
    """`text` as a tooltip, a card or a dialog shows it: whole up to `limit` characters, else
    its start cut at a word (`cut_at_word`) and how much more there is (of `total`
    characters, where `text` is already a start of them). Laying out a 100 MB note in a
    tooltip froze a tester's window for good; no view needs more than a start."""
    total = len(text) if total is None else total
    if total <= limit:
        return text
    start = cut_at_word(text, limit, ellipsis="")
    return f"{start}\u2026 ({total - len(start):,} more characters)"


NAMES_SHOWN = 3
"""How many names a message lists before "and N more"."""


def quoted(text: str, width: int) -> str:
    """`text` in quotation marks, on one line of at most `width` characters cut at a word's
    end (`cut_at_word`), isolated inside the marks where it is written right to left
    (`bidi_text.embedded`: the marks then face the right way, and the ellipsis stands at the
    text's end). For a title or a quote put inside a message."""
    flat = " ".join(text[: 4 * width + 64].split())
    return f"\u201c{embedded(cut_at_word(flat, width))}\u201d"


def quoted_some(names: Sequence[str], shown: int = NAMES_SHOWN, width: int = 60) -> str:
    """The first `shown` of `names`, each quoted on one line of at most `width` characters
    (`quoted`), and how many more: '“A”, “B”, “C” and 2 more' (the articles an orphaned
    annotation's reason names)."""
    listed = ", ".join(quoted(name, width) for name in names[:shown])
    more = len(names) - shown
    return listed + (f" and {more} more" if more > 0 else "")


def unopened(lines: list[str]) -> str:
    """What a notice's lines ("name: reason") are about, counted, each file or address once:
    "1 file", "1 web address", "2 files and 1 web address" (a line naming an address,
    "scheme://...", is an address, whether or not its scheme is one the window fetches:
    "ftp://host/page")."""
    names = list(dict.fromkeys(_named(line) for line in lines))
    addresses = sum(bool(_ADDRESS.match(name)) for name in names)
    files = len(names) - addresses
    parts = [count_of(files, "file")] if files or not addresses else []
    if addresses:
        parts.append(count_of(addresses, "web address", "web addresses"))
    return " and ".join(parts)


_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
"""A line naming a web address: a scheme, then "://"."""


def problems_with(lines: list[str]) -> str:
    """A notice's lines counted as what they are about: "problems with 2 files"; "7 problems
    with 1 file" where several are about one (a project edited by hand was "Problems with 7
    files" over seven lines all naming it, tester60 #15). Lower case, for the status bar; the
    notice's heading capitalises it."""
    about = unopened(lines)
    names = len(dict.fromkeys(_named(line) for line in lines))
    if len(lines) > names:
        return f"{count_of(len(lines), 'problem')} with {about}"
    return f"problems with {about}"


def _named(line: str) -> str:
    """The file or address a notice's line ("name: reason") names: the text up to the first
    ": " that follows a file's extension ("/news/Storm: day 1.txt: binary file, not text" names
    "Storm: day 1.txt", a file name holding ": " as titles saved from pages do), else before
    its first ": " (a folder, an address: "://" is no separator). A reason's own ": " comes
    after the name ("p.parallax: article 'a': its ..."), so the first such place is the
    name's end."""
    extension_end = _EXTENSION_END.search(line)
    return line[:extension_end.start() + len(extension_end.group(1))] \
        if extension_end else line.split(": ", 1)[0]


_EXTENSION_END = re.compile(r"(\.(?=\w*[^\W\d_])\w{1,12}): ")
"""A file's extension (a dot, then letters and digits with a letter among them: ".txt",
".parallax", ".mp3", not the "5" of "1.5"), then the ": " that ends a line's name."""


def corpus_counts(articles: int, passages: int | None, *, busy: bool) -> str:
    """The window's counts: "5 articles · 5 shared passages"; before a result, "aligning…"
    while work is under way (not once nothing is: a cancelled first alignment said so for
    good) or "not aligned" (`passages` None)."""
    if passages is None and articles > 1:
        shown = "aligning…" if busy else "not aligned"
    else:
        shown = count_of(passages or 0, "shared passage")
    return f"{count_of(articles, 'article')} · {shown}"


def before_counts(text: str) -> str:
    """`text` as the status bar shows it left of the counts ("5 articles · 5 shared passages"),
    separated from them as they are from each other: "1 annotation ·". (It read "· 1
    annotation  14 articles", the dot on the side with nothing: tester, session 54.)"""
    return f"{text} \u00b7"


def distinct_names(names: dict[str, str], width: int) -> dict[str, str]:
    """`names` (an article id and what a reader knows it by: its outlet, else its title) cut to
    `width` characters; where two would read the same so (apostrophes aside), those articles
    are named by their ids instead: a French-speaking newcomer could not tell two articles
    "L'ancien président français J…" apart in the command line's tables."""
    clipped = {key: clip(name, width) for key, name in names.items()}
    alike = alike_keys(clipped)
    by_id = {key: clip(key, width) for key in clipped if key in alike}
    # (ids that read alike once cut too, "lancien-president-franc…": their ends, where files
    # saved from one page by several outlets differ -- a reviewer's case)
    ends = alike_keys(by_id)
    return {key: ("\u2026" + key[-(width - 1):] if key in ends and len(key) > width
                  else by_id.get(key, name)) for key, name in clipped.items()}


def told_apart_when_cut(names: dict[str, str], cut: Callable[[str], str]) -> dict[str, str]:
    """`names` (a key and its name), but where two read the same once `cut` (as a column
    of a given width shows them: cut in the middle, "윤석열 대… 표했다."), apostrophes and
    case aside, those are named by their keys instead (an article's id, "01_kukinews_com"):
    three articles of one event read as one in the Annotations dock (tester55)."""
    alike = alike_keys({key: cut(name) for key, name in names.items()})
    return {key: key if key in alike else name for key, name in names.items()}


TITLE_LEAD_CHARS = 28
"""How much of a title the narrowest list or column shows (the Figures dock's columns)."""


def titles_told_apart(titles: dict[str, str]) -> dict[str, str]:
    """`titles` (an article id and its title), each title whose first `TITLE_LEAD_CHARS`
    characters read the same as another's (case and apostrophes aside) led by its article's
    id: "02_lhrb · 习近平对…". Wire copies are printed under the agency's headline, and
    outlets' headlines on one event often open alike; lists and column headers cut a title
    at its right end, so what tells two apart comes first (newcomers saw two rows of one
    title in a passage's collation, and columns alike in the Figures dock)."""
    alike = alike_keys({key: title[:TITLE_LEAD_CHARS] for key, title in titles.items()})
    return {key: f"{key} \u00b7 {title}" if key in alike and title != key else title
            for key, title in titles.items()}


def outlets_or_titles(outlets: dict[str, str | None], titles: dict[str, str]
                      ) -> dict[str, str]:
    """Each article of `titles` (an id and its title) named as a reader knows it: by its
    outlet where one is known, as the claim cards name it, else by its title; an outlet that
    more than one article has (apostrophes and case aside) is followed by the article's title
    ("Reuters \u00b7 Iran fires..."), so that no two articles read as one."""
    known = {key: outlet.strip() for key, outlet in outlets.items() if outlet and outlet.strip()}
    shared = alike_keys(known)
    return {key: (f"{known[key]} \u00b7 {title}" if key in shared else known[key])
            if key in known else title for key, title in titles.items()}


def alike_keys(names: dict[str, str]) -> set[str]:
    """The keys of `names` whose names read the same as another's (case and apostrophes
    aside)."""
    seen: dict[str, int] = {}
    for name in names.values():
        seen[_same_reading(name)] = seen.get(_same_reading(name), 0) + 1
    return {key for key, name in names.items() if seen[_same_reading(name)] > 1}


def clip(text: str, width: int) -> str:
    """`text` cut to `width` characters, an ellipsis for what is cut; nothing where no more
    than the ellipsis would fit."""
    if width <= 1:
        return ""
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _same_reading(name: str) -> str:
    return name.casefold().replace("\u2019", "'").replace("\u2018", "'")


TERMINAL_JOINERS = frozenset(["\u200d", "\u200c"])
"""Format characters a terminal table keeps: the zero-width joiner, which makes "👨‍👩‍👧" one
emoji (a space for it printed three), and the non-joiner Persian spells words with."""


def terminal_text(text: str) -> str:
    """Text safe to print in a table on a terminal, composed (NFC, as the tables measure it:
    `viewer.terminal_columns`): control and other format characters become spaces, but for
    the joiners (TERMINAL_JOINERS)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(char if char.isprintable() or char in TERMINAL_JOINERS else " "
                   for char in text)
