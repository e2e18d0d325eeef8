"""A quotation printed over several paragraphs in the press convention (each paragraph opens a
quotation mark, only the last closes it) is one quotation (small hand-made texts, no sample or
real-article text)."""

from __future__ import annotations

from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

FIRST = "We are heartbroken that our mother died peacefully this morning."
SECOND = "She was a gifted teacher and a generous friend whose kindness will be remembered."
LAST = "We remember her laugh, her patience and her stories. We will miss her always."


def _quoted(text: str) -> list[str]:
    """The text of each quotation found in `text`, from its first word to its last."""
    corpus = tokenise(articles(text))
    first, end = quoted_token_ranges(corpus)
    return [text[int(corpus.starts[a]):int(corpus.ends[b - 1])]
            for a, b in zip(first, end, strict=True)]


def test_a_quotation_printed_over_paragraphs_is_one_quotation() -> None:
    for opening, closing in (("“", "”"), ('"', '"'), ("«", "»")):
        text = (f"{filler('a')}. The family said: {opening}{FIRST}\n\n{opening}{SECOND}\n\n"
                f"{opening}{LAST}{closing}\n\n{filler('b')}. She said {opening}no{closing}.")
        assert _quoted(text) == [f"{FIRST}\n\n{opening}{SECOND}\n\n{opening}{LAST}"[:-1], "no"]
    # The paragraph that closes it may go on with the outlet's words and another quotation.
    text = (f"{filler('a')}.\n\n“{FIRST}\n\n“{SECOND[:-1]},” they said. “{LAST}”\n\n"
            f"{filler('b')}.")
    assert _quoted(text) == [f"{FIRST}\n\n“{SECOND[:-1]}", LAST[:-1]]


def test_a_stray_opening_mark_quotes_no_more_than_before() -> None:
    """A mark left open in a paragraph followed by one that opens no quotation, or opens it
    with another mark, or a closing straight mark before a space: nothing more is quoted."""
    unclosed = f"{filler('a')}. The mayor called it “a disgrace.\n\n{filler('b')}. {SECOND}"
    assert _quoted(unclosed) == []
    assert _quoted(f"{unclosed} She said “no” twice.\n\n“{FIRST}”") == ["no", FIRST[:-1]]
    other_mark = f"{filler('a')}. They said: “{FIRST}\n\n«{SECOND}»"
    assert _quoted(other_mark) == [SECOND[:-1]]
    closing = f'{filler("a")}. It was over" and she left.\n\n"{SECOND}"'
    assert _quoted(closing) == [SECOND[:-1]]


def test_a_quotation_over_paragraphs_that_never_closes() -> None:
    """Two paragraphs or more that keep the convention are quoted to the last one's end when
    no closing mark comes (one lost, or the page cut off); a single paragraph left open is
    quoted only where the page ends with it (as before)."""
    run = f"{filler('a')}. They said: “{FIRST}\n\n“{SECOND}\n\n{filler('b')}."
    assert _quoted(run) == [f"{FIRST}\n\n“{SECOND}"[:-1]]
    cut_off = f"{filler('a')}. They said: “{FIRST}\n\n“{SECOND}\n\n“We remember her laugh"
    assert _quoted(cut_off) == [f"{FIRST}\n\n“{SECOND}\n\n“We remember her laugh"]
    alone = f"{filler('a')}. They said: “{FIRST}\n\n{filler('b')}. “{SECOND}"
    assert _quoted(alone) == [SECOND[:-1]]
