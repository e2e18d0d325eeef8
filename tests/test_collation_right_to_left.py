"""A collation of a statement written right to left, and of words in scripts without italics,
as the HTML export lays them out (tester, session 58: the Arabic table ran left to right and a
word spelled differently was slanted). No Qt."""

from __future__ import annotations

from viewer.collation import Collation, collate
from viewer.collation_export import collation_html
from viewer.passages import Occurrence, Passage
from viewer.provenance import Provenance

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
    assert '<td class="spelling upright" title="spelling" dir="rtl">أن</td>' in arabic
    assert "td.spelling.upright { font-style: normal;" in arabic
    english = {"a": "Iran hit two U.S. bases", "b": "Iran hit two US bases",
               "c": "Iran hit two U.S. bases"}
    latin = collation_html(_collation(english), {}, {})
    assert '<td class="spelling" title="spelling" dir="ltr">US</td>' in latin


def test_labels_and_cells_keep_their_own_direction_in_a_table_from_the_right() -> None:
    """In `<table dir="rtl">` a date took the table's direction and read "UTC 07:15 2024-07-31",
    and a Latin word's full stop moved before it (reviewer)."""
    texts = {"a": "CNN: " + STATEMENT + " U.S.", "b": "CNN: " + RESPELLED + " U.S.",
             "c": "CNN: " + STATEMENT + " U.S."}
    provenance = {"a": Provenance(outlet="CNN", published="2024-07-31T07:15:00Z"),
                  "b": Provenance(outlet="الجزيرة", published="2024-07-31T09:00:00+03:00")}
    page = collation_html(_collation(texts), {}, provenance)
    assert '<table dir="rtl">' in page
    assert '<span dir="ltr">CNN</span><br><small dir="ltr">2024-07-31 07:15 UTC</small>' in page
    assert '<span dir="rtl">الجزيرة</span><br><small dir="ltr">2024-07-31 06:00 UTC</small>' in page
    assert '<td class="same" title="same" dir="ltr">U.S.</td>' in page
    assert '<th dir="ltr">U.S.</th>' in page and '<th dir="rtl">هنية</th>' in page


def test_the_consensus_paragraph_runs_as_the_table_does() -> None:
    """Most letters decide both: "CNN: " before an Arabic statement gave an RTL table and, by
    its first letter (dir="auto"), a paragraph from the left (reviewer)."""
    arabic = "CNN: " + STATEMENT
    page = collation_html(_collation({"a": arabic, "b": arabic}), {}, {})
    assert '<table dir="rtl">' in page and '<p class="consensus" dir="rtl">CNN: ' in page
    english = "Hamas said: «إن اغتيال» was a cowardly act and would not go unpunished"
    page = collation_html(_collation({"a": english, "b": english}), {}, {})
    assert '<table dir="rtl">' not in page and '<p class="consensus" dir="ltr">Hamas' in page
