"""Adversarial input for the engine and `parallax align --json`: no exception, valid offsets, the
same answer twice.

The engine's rules read quotation marks, capitalised runs, reporting verbs next to names,
numbers and number words; these texts are made of exactly those, in many scripts and in broken
shapes (unbalanced and nested quotes, texts of nothing but quotation marks or punctuation,
combining marks, emoji, lone surrogates, NUL and other control characters, `\\r\\n` and `\\r`,
very long lines, one-word and empty articles, the same article twice, many near-identical
copies). Documents are built from a few shared statements so that the rules have passages to
work on, not only noise. Derandomised and database-free, so CI runs the same examples.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.cli import main as cli_main
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult

FUZZ = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

QUOTES = ["“", "”", "„", "«", "»", "‹", "›", "「", "」", "『", "』", "'", '"', "‘", "’", "‚",
          "‟", "〝", "〞", "＂", "« ", " »"]
NAMES = ["Merkel", "Trump", "Macron", "Sánchez", "Lula", "Draghi", "Zarif", "Al-Sudani",
         "O'Brien", "Mr.", "Dr.", "U.S.", "AP", "NATO", "Xi Jinping"]
VERBS = ["said", "says", "told reporters", "tweeted", "sagte", "erklärte", "a déclaré",
         "a dit", "dijo", "afirmó", "ha detto", "disse", "afirmou", "according to", "laut",
         "selon", "segundo", "según"]
NUMBERS = ["22", "1,000", "3.5", "5:30", "twenty-two", "a dozen", "zwei", "vingt",
           "veintidós", "ventidue", "vinte", "½", "٣", "一百", "12%", "$5", "-7", "1e9",
           "9" * 40]
WORDS = ["the", "missiles", "hit", "Iran", "US", "bases", "All", "is", "well", "THE",
         "PRESIDENT", "SAID", "NEW", "YORK", "said:", "—", "–", "...", "…", ",", ".", "!", "?",
         ";", ":", "(", ")", "[", "]", "-"]
SCRIPTS = ["北京", "東京都は", "ภาษาไทย", "العربية", "שלום", "עברית", "한국어", "Ελλάδα", "Москва",
           "हिन्दी", "e\u0301", "a\u0308\u0323", "\u200f", "\u200e", "\u202e", "\u2066", "\u00ad",
           "\ufeff", "\u200b", "😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "\ud800", "\udfff", "\x00", "\x01",
           "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\r\n", "\r", "\n", "\n\n", "\t",
           "\x0b", "\x0c", "ﬁ", "Ⅻ", "ǅ", "İ", "ß"]
TOKEN = st.sampled_from(QUOTES + NAMES + VERBS + NUMBERS + WORDS + SCRIPTS)
SEPARATORS = [" ", "\n", "\r\n", "\r", ". ", "\n\n", "\x00", ""]
STATEMENT = st.lists(TOKEN, min_size=3, max_size=25).map(" ".join)
QUOTE_PAIR = st.sampled_from([("“", "”"), ("„", "“"), ("«", "»"), ("« ", " »"), ("‹", "›"),
                              ("「", "」"), ("『", "』"), ("'", "'"), ('"', '"'), ("“", ""),
                              ("", "”"), ("»", "«"), ("“«", "»”"), ("", ""), ('"', "")])
ODD_TEXT = st.sampled_from(["", " ", "x", "“", '""""', "«»«»", "!!!???...", "「『」』",
                            "\x00\x00", "A" * 5000, "word " * 3000, "\r\n" * 50,
                            "SAID MERKEL SAID TRUMP " * 20, "😀" * 300, "\u0301" * 50])


def _documents(statements: list[str]) -> st.SearchStrategy[str]:
    """A document: shared statements, quoted or not, attributed before or after, or bare."""
    part = st.tuples(st.sampled_from(statements), QUOTE_PAIR, st.sampled_from(NAMES),
                     st.sampled_from(VERBS), st.integers(0, 2), st.sampled_from(SEPARATORS))

    def render(parts: list[tuple[str, tuple[str, str], str, str, int, str]]) -> str:
        out = []
        for statement, (opening, closing), name, verb, form, separator in parts:
            quoted = f"{opening}{statement}{closing}"
            out.append((f"{quoted} {verb} {name}", f"{name} {verb}: {quoted}", statement)[form])
            out.append(separator)
        return "".join(out)

    return st.lists(part, max_size=10).map(render)


def _with_copies(texts: list[str]) -> st.SearchStrategy[list[str]]:
    """As drawn, or with the first article twice, or with many near-identical copies of it."""
    return st.sampled_from([
        texts,
        [*texts, texts[0]],
        [*texts, *(f"{texts[0]} {n}" for n in range(60))],
    ])


CORPUS = (st.lists(STATEMENT, min_size=1, max_size=5)
          .flatmap(lambda statements: st.lists(_documents(statements) | ODD_TEXT,
                                               min_size=1, max_size=7))
          .flatmap(_with_copies))


def _canonical(result: AlignmentResult) -> list[tuple[object, ...]]:
    return [(p.id, p.consensus, p.occurrences) for p in result.passages]


def _check_occurrences(texts: dict[str, str], passages: list[tuple[str, list[dict]]]) -> None:
    for consensus, occurrences in passages:
        assert consensus
        assert len({o["document"] for o in occurrences}) >= 2
        for occurrence in occurrences:
            text = texts[occurrence["document"]]
            start, end = occurrence["start"], occurrence["end"]
            assert 0 <= start < end <= len(text)
            assert text[start:end] == occurrence["text"]
            assert occurrence["kind"] in ("copy", "fragment")
            previous = start
            for low, high in occurrence["differences"]:
                assert previous <= low < high <= end
                previous = high


@FUZZ
@given(CORPUS)
def test_the_engine_takes_any_text_and_answers_with_valid_offsets_the_same_twice(
        texts: list[str]) -> None:
    articles = [Article(f"d{n}", text, f"d{n}") for n, text in enumerate(texts)]
    result = find_shared_passages(articles)
    _check_occurrences(
        {a.id: a.text for a in articles},
        [(p.consensus, [{"document": o.document, "start": o.start, "end": o.end,
                         "text": o.text, "kind": o.kind,
                         "differences": [list(d) for d in o.differences]}
                        for o in p.occurrences]) for p in result.passages])
    assert _canonical(find_shared_passages(articles)) == _canonical(result)


def _align_json(folder: Path) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = cli_main(["align", "--json", str(folder)])
    return code, out.getvalue()


@settings(FUZZ, max_examples=80)
@given(CORPUS)
def test_align_json_on_files_of_such_text_keeps_its_contract(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for n, text in enumerate(texts[:12]):  # the copies add nothing new past a dozen
            # A file with a NUL is refused as binary: only the first keeps its NULs, so that
            # the others reach the engine. Lone surrogates become bytes that are not UTF-8,
            # as in a damaged file.
            text = text if n == 0 else text.replace("\x00", "")
            (folder / f"a{n:02}.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
        code, out = _align_json(folder)
        assert code in (0, 2)  # 2: nothing usable (every file empty, binary, ...)
        if code == 2:
            assert out == ""
            return
        document = json.loads(out, parse_constant=lambda name: 1 / 0)  # no NaN, Infinity
        assert document["version"] == 2
        texts_by_id = {d["id"]: d["text"] for d in document["documents"]}
        assert len(texts_by_id) == len(document["documents"])
        _check_occurrences(texts_by_id, [(p["consensus"], p["occurrences"])
                                         for p in document["passages"]])
        assert _align_json(folder) == (code, out)
