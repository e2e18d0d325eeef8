"""A collation of a statement written right to left, and of words in scripts without italics,
as the HTML export lays them out (tester, session 58: the Arabic table ran left to right and a
word spelled differently was slanted). No Qt."""

from __future__ import annotations

from viewer.collation import Collation, collate
from viewer.collation_export import collation_html
from viewer.passages import Occurrence, Passage

STATEMENT = "إن اغتيال القائد إسماعيل هنية عمل جبان ولن يمر سدى"
RESPELLED = "أن" + STATEMENT[2:]  # (another hamza on the first word: the same word, spelled so)


def _collation(texts: dict[str, str]) -> Collation:
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    return collate(passage, texts)


def test_a_statement_in_arabic_or_hebrew_reads_right_to_left_one_in_english_does_not() -> None:
    arabic = _collation({"a": STATEMENT, "b": RESPELLED, "c": STATEMENT})
    assert arabic.reads_right_to_left
    hebrew = "הממשלה הודיעה הבוקר על הפסקת אש מלאה"
    assert _collation({"a": hebrew, "b": hebrew}).reads_right_to_left
    english = "Iran fired 22 missiles at two bases"
    assert not _collation({"a": english, "b": english}).reads_right_to_left


def test_most_letters_decide_not_a_latin_name_the_statement_opens_on() -> None:
    arabic = "CNN: " + STATEMENT
    assert _collation({"a": arabic, "b": arabic}).reads_right_to_left
    english = "Hamas said: «إن اغتيال» was a cowardly act and would not go unpunished"
    assert not _collation({"a": english, "b": english}).reads_right_to_left


def test_the_html_table_of_an_arabic_statement_runs_from_the_right() -> None:
    page = collation_html(_collation({"a": STATEMENT, "b": RESPELLED, "c": STATEMENT}), {}, {})
    assert '<table dir="rtl">' in page
    english = "Iran fired 22 missiles at two bases"
    assert '<table dir="rtl">' not in collation_html(
        _collation({"a": english, "b": english}), {}, {})


def test_a_word_spelled_differently_is_slanted_only_in_a_script_with_italics() -> None:
    arabic = collation_html(_collation({"a": STATEMENT, "b": RESPELLED, "c": STATEMENT}), {}, {})
    assert '<td class="spelling upright" title="spelling">أن</td>' in arabic
    assert "td.spelling.upright { font-style: normal;" in arabic
    english = {"a": "Iran hit two U.S. bases", "b": "Iran hit two US bases",
               "c": "Iran hit two U.S. bases"}
    latin = collation_html(_collation(english), {}, {})
    assert '<td class="spelling" title="spelling">US</td>' in latin
