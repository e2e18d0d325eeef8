"""A tag's quote is whole words (`viewer.annotations.model.to_whole_words`): a drag begun or
ended inside a word took its piece ("o confidence vote"; tester, session 53). Property-tested:
the widened range holds the selection and cuts no word, and a script without spaces is never
widened (each character there may end a selection)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from viewer.annotations.model import to_whole_words

TEXT = "Yousaf faced two confidence votes on Thursday, the party's leader said."


def test_a_selection_cut_inside_words_takes_them_whole() -> None:
    start = TEXT.index("two") + 2
    end = TEXT.index("votes") + 4
    assert TEXT[slice(*to_whole_words(TEXT, start, end))] == "two confidence votes"
    start = TEXT.index("party's") + 2
    assert TEXT[slice(*to_whole_words(TEXT, start, start + 3))] == "party's"


def test_whole_words_and_unspaced_scripts_are_left_as_they_are() -> None:
    start = TEXT.index("confidence")
    assert to_whole_words(TEXT, start, start + len("confidence")) == (start,
                                                                    start + len("confidence"))
    chinese = "国务院今天表示一切正常"
    assert to_whole_words(chinese, 3, 5) == (3, 5)
    # (a quotation mark is no part of the words it quotes; a mark on a letter is: review)
    quoted = "he said ‘all is well’ and 'no confidence' today"
    start = quoted.index("all")
    assert quoted[slice(*to_whole_words(quoted, start, start + 11))] == "all is well"
    start = quoted.index("no confidence")
    assert quoted[slice(*to_whole_words(quoted, start, start + 13))] == "no confidence"
    hindi = "नमस्ते दुनिया"
    assert to_whole_words(hindi, 0, 3) == (0, 6)


@given(st.text(alphabet=st.sampled_from(list("ab ,.'’-中1é")), max_size=40), st.data())
def test_the_widened_range_holds_the_selection_and_cuts_no_word(text: str,
                                                                data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    wide_start, wide_end = to_whole_words(text, start, end)
    assert wide_start <= start <= end <= wide_end
    if start == end:
        assert (wide_start, wide_end) == (start, end)
        return

    def word(at: int) -> bool:
        character = text[at]
        if character in "'’":
            return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()
        return character.isalnum() and character != "中"

    for at in (wide_start, wide_end):
        assert not (0 < at < len(text) and word(at - 1) and word(at))
