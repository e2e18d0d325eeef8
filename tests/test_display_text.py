"""The pane's display text: breaks shown as breaks, one character per code point (no Qt)."""

from hypothesis import given
from hypothesis import strategies as st

from viewer.display_text import BREAKS, display_text, markdown_marks, paragraphs_by_line_breaks

_ALPHABET = st.sampled_from(list("ab é\n\r\t#*_>") + list(BREAKS) + ["\U0001f600", "\u200b"])


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_every_offset_indexes_the_same_place(text: str) -> None:
    shown = display_text(text)
    assert len(shown) == len(text)
    for original, displayed in zip(text, shown, strict=True):
        if original not in BREAKS + "\r":
            assert displayed == original  # only break characters change
        else:
            assert displayed in ("\n", "\u200b")


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_no_box_characters_remain(text: str) -> None:
    shown = display_text(text)
    assert not set(shown) & set(BREAKS + "\r")


def test_crlf_is_one_break_and_separators_are_breaks() -> None:
    assert display_text("a\r\nb").count("\n") == 1
    assert display_text("a\rb") == "a\nb"
    assert display_text("one\u2029two\u2028three\x85four\x0cfive") == \
        "one\ntwo\nthree\nfour\nfive"


@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_markdown_marks_stay_inside_the_text(text: str) -> None:
    shown = display_text(text)
    for mark in markdown_marks(shown):
        assert 0 <= mark.start < mark.end <= len(shown)


def test_markdown_heading_and_emphasis_are_found_not_removed() -> None:
    text = "# Storm hits\n\nThe *river* rose **fast**.\n> quoted"
    marks = {(text[m.start:m.end], m.kind) for m in markdown_marks(text)}
    assert ("# ", "syntax") in marks and ("Storm hits", "heading") in marks
    assert ("river", "emphasis") in marks and ("fast", "strong") in marks
    assert ("**", "syntax") in marks and ("> ", "syntax") in marks
    assert ("2 * 3", "emphasis") not in marks
    assert not markdown_marks("2 * 3 * 4 and snake_case_name")


def test_a_hard_wrapped_article_flows_as_paragraphs_in_the_pane() -> None:
    import textwrap

    prose = ("Rescue teams reached the flooded villages north of the dam on Thursday and "
             "evacuated more than four hundred residents by boat, while engineers inspected "
             "the cracked spillway that had released water overnight across farmland. ") * 3
    first, second = textwrap.fill(prose, 72), textwrap.fill(prose, 72)
    shown = display_text(f"{first}\r\n\r\n{second}".replace("\n", "\r\n").replace(
        "\r\r\n", "\r\n"))
    paragraphs = [p for p in shown.split("\n") if p.strip("\u200b ")]
    assert len(paragraphs) == 2


def test_paragraphs_one_line_break_apart_are_told_from_blank_line_paragraphs() -> None:
    """tester17: a web page's text (and `parallax fetch`'s) has its paragraphs one line break
    apart; the pane showed them as one wall of lines."""
    page = "Headline\nFirst paragraph.\nSecond paragraph.\nThird paragraph.\n"
    assert paragraphs_by_line_breaks(page)
    assert paragraphs_by_line_breaks(display_text(page.replace("\n", "\r\n")))
    assert not paragraphs_by_line_breaks("Headline\n\nFirst.\n\nSecond.\n\nThird.")
    assert not paragraphs_by_line_breaks(
        display_text("Headline\r\n\r\nFirst.\r\n\r\nSecond.\r\n\r\nThird."))
    # A headline and a byline on their own lines above blank-line paragraphs: still blank lines.
    assert not paragraphs_by_line_breaks("Headline\nBy A. Reporter\n\nFirst.\n\nSecond.\n\nThird.")
    assert not paragraphs_by_line_breaks("One paragraph only.")
    assert not paragraphs_by_line_breaks("Headline\nOne paragraph.")
