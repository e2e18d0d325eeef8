"""Collation of one passage (model, consensus, CSV and HTML export), without Qt."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from viewer.collation import collate, consensus_of, local_consensus
from viewer.collation_export import collation_csv, collation_html
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.passages import Occurrence, Passage
from viewer.provenance import Provenance

TEXTS = {
    "a": "Iran fired 22 missiles at two U.S. bases in Iraq overnight.",
    "b": "Officials said Iran fired 22 missiles at two US bases in Iraq overnight.",
    "c": "Iran launched 22 missiles at two U.S. bases in Iraq overnight.",
    "d": "He said 22 missiles at two U.S. bases.",  # a fragment
}


def _passage() -> Passage:
    spans = {"a": (0, len(TEXTS["a"])), "b": (15, len(TEXTS["b"])), "c": (0, len(TEXTS["c"])),
             "d": (8, len(TEXTS["d"]))}
    return Passage("p1", tuple(Occurrence(d, s, e, TEXTS[d][s:e]) for d, (s, e) in spans.items()))


def _row(collation, document):  # type: ignore[no-untyped-def]
    return next(r for r in collation.rows if r.document == document)


def test_majority_consensus_and_word_by_word_cells() -> None:
    passage = _passage()
    assert local_consensus(passage, TEXTS) == (
        "Iran fired 22 missiles at two U.S. bases in Iraq overnight.")
    table = collate(passage, TEXTS)
    words = [c.consensus for c in table.columns if not c.added]
    assert words == ["Iran", "fired", "22", "missiles", "at", "two", "U.S.", "bases", "in",
                     "Iraq", "overnight"]
    assert [c.status for c in _row(table, "a").cells] == ["same"] * 11
    b = {c.consensus: cell for c, cell in zip(table.columns, _row(table, "b").cells,
                                              strict=True) if not c.added}
    assert b["U.S."].status == "spelling" and b["U.S."].text == "US"
    c = [cell for cell in _row(table, "c").cells if cell.status != "same"]
    assert [(cell.text, cell.status) for cell in c] == [("launched", "different")]
    start, end = c[0].start, c[0].end
    assert start is not None and TEXTS["c"][start:end] == "launched"
    d = _row(table, "d")
    statuses = [cell.status for cell in d.cells]
    assert statuses[:2] == ["absent", "absent"] and statuses[-3:] == ["absent"] * 3
    assert d.differences == 0 and _row(table, "c").differences == 1


def test_added_words_get_their_own_column() -> None:
    texts = {"a": "the army said the strike hit two bases", "b": "the strike hit two bases",
             "c": "the strike clearly hit two bases"}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    table = collate(passage, texts, consensus="the strike hit two bases")
    added = [i for i, column in enumerate(table.columns) if column.added]
    assert len(added) == 2  # before "the strike", and between "strike" and "hit"
    c = _row(table, "c")
    assert c.cells[added[1]].text == "clearly" and c.cells[added[1]].status == "added"
    assert _row(table, "b").cells[added[1]].status == "absent"
    assert _row(table, "a").cells[added[0]].text == "the army said"


def test_the_engines_consensus_is_used_when_present() -> None:
    @dataclass(frozen=True)
    class EnginePassage(Passage):
        consensus: str = ""

    passage = EnginePassage("p", _passage().occurrences, consensus="Iran fired missiles")
    assert consensus_of(passage, TEXTS) == "Iran fired missiles"
    assert consensus_of(_passage(), TEXTS) == local_consensus(_passage(), TEXTS)


def test_collation_of_a_real_engine_passage_indexes_the_texts() -> None:
    articles = [Article(d, t, d) for d, t in TEXTS.items() if d != "d"]
    result = find_shared_passages(articles)
    texts = {a.id: a.text for a in articles}
    for passage in result.passages:
        table = collate(passage, texts)
        for row in table.rows:
            for cell in row.cells:
                if cell.start is not None and cell.status != "added":
                    assert texts[row.document][cell.start : cell.end] == cell.text


def test_csv_escapes_formulas_and_marks_differences() -> None:
    texts = {"a": "=HYPERLINK(evil) fired 22 missiles", "b": "+cmd fired 22 rockets"}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    table = collate(passage, texts, consensus="fired 22 missiles")
    data = collation_csv(table, {"a": "=A1+1", "b": "B"}, {"b": Provenance(outlet="@Outlet")})
    rows = list(csv.reader(io.StringIO(data)))
    assert rows[0][:4] == ["article", "outlet", "published", "differences"]
    assert rows[1][0] == "(consensus)"
    assert rows[2][0] == "'=A1+1" and rows[3][1] == "'@Outlet"
    assert "[rockets]" in rows[3]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    three = {"a": "fired 22 missiles", "b": "fired as many as 22 missiles",
             "c": "fired 22 missiles"}
    added = collation_csv(collate(Passage("q", tuple(
        Occurrence(d, 0, len(t), t) for d, t in three.items())), three,
        consensus="fired 22 missiles"), {}, {})
    header = next(csv.reader(io.StringIO(added)))
    assert "(added)" in header and "'+" not in header  # (a newcomer's report)


def test_html_is_escaped_and_self_contained() -> None:
    texts = {"a": "<script>alert(1)</script> fired 22 missiles", "b": "fired 22 missiles"}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    page = collation_html(collate(passage, texts), {"a": "<b>A</b>"},
                          {"a": Provenance(outlet="O&O", published="2020-01-08")},
                          title="Statement <1>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Statement &lt;1&gt;" in page and "O&amp;O" in page
    assert "http" not in page.lower() and "src=" not in page


def test_an_article_quoting_the_passage_twice_has_its_rows_numbered_in_the_exports() -> None:
    """Two rows of one article read as the same article twice unless numbered; one row is
    left as it is."""
    texts = {"a": "fired 22 missiles at dawn. Later: fired 22 missiles", "b": "fired 22 missiles"}
    passage = Passage("p", (Occurrence("a", 0, 17, texts["a"][0:17]),
                            Occurrence("a", 34, 51, texts["a"][34:51]),
                            Occurrence("b", 0, 17, texts["b"])))
    table = collate(passage, texts)
    assert table.row_suffixes() == (" (1 of 2)", " (2 of 2)", "")
    rows = list(csv.reader(io.StringIO(collation_csv(table, {"a": "A", "b": "B"}, {}))))
    assert [row[0] for row in rows[2:]] == ["A (1 of 2)", "A (2 of 2)", "B"]
    page = collation_html(table, {"a": "A", "b": "B"}, {"a": Provenance(outlet="Outlet")})
    assert "Outlet (1 of 2)" in page and "Outlet (2 of 2)" in page


_words = st.lists(st.sampled_from(["iran", "fired", "22", "missiles", "at", "bases", "US",
                                   "U.S.", "two"]), min_size=1, max_size=12)


@given(st.lists(_words, min_size=2, max_size=4))
def test_every_row_covers_every_column_and_keeps_its_words(texts_words: list[list[str]]) -> None:
    texts = {f"d{i}": " ".join(words) for i, words in enumerate(texts_words)}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    table = collate(passage, texts)
    for row in table.rows:
        assert len(row.cells) == len(table.columns)
        shown = " ".join(cell.text for cell in row.cells if cell.text).split()
        assert shown == texts[row.document].split()  # every word once, in order


def test_a_fragment_of_the_statement_s_end_is_lined_up_there_not_by_a_name_at_its_start() -> None:
    """The Holy See's statement on Benedict XVI's death, as 9 Italian outlets carry it, ends
    with the funeral; one outlet quotes only that end, adding "di Benedetto XVI". Plain difflib
    matched its "Benedetto XVI" with the statement's first sentence, 80 words back, and the
    row read "i funerali di" against "Con dolore informo", all different."""
    statement = (
        "Con dolore informo che il Papa Emerito, Benedetto XVI, è deceduto oggi alle ore 9:34, "
        "nel Monastero Mater Ecclesiae in Vaticano, comunica il Direttore della Sala Stampa della "
        "Santa Sede, Matteo Bruni. Dalla mattina di lunedì 2 gennaio 2023, il corpo del Papa "
        "Emerito sarà nella Basilica di San Pietro in Vaticano per il saluto dei fedeli. "
        "I funerali saranno celebrati giovedì 5 gennaio, alle 9.30, in Piazza San Pietro")
    end = ("i funerali di Benedetto XVI saranno celebrati giovedì 5 gennaio, alle 9.30, "
           "in Piazza San Pietro")
    texts = {"whole": statement, "end": "Secondo il Vaticano " + end + "."}
    start = texts["end"].index(end)
    passage = Passage("p1", (Occurrence("whole", 0, len(statement), statement),
                             Occurrence("end", start, start + len(end), end, kind="fragment")))
    collation = collate(passage, texts, statement)
    row = _row(collation, "end")
    cells = {column.consensus: cell for column, cell in zip(collation.columns, row.cells,
                                                             strict=True) if not column.added}
    assert [c.status for c in row.cells[:3]] == ["absent"] * 3
    assert cells["funerali"].status == "same" and cells["funerali"].text == "funerali"
    assert cells["fedeli"].status == "absent"
    added = [c.text for c in row.cells if c.status == "added"]
    assert added == ["di Benedetto XVI"]
    assert row.differences == 1


SPEECH = ("Since my very first moments in the job I have believed a part of serving well would be "
          "to know when the time is right to make way for someone else.")


def _statuses(collation, document):  # type: ignore[no-untyped-def]
    return {cell.status for cell in _row(collation, document).cells}


def test_another_piece_of_the_statement_is_added_words_not_variants_of_the_consensus() -> None:
    """Sturgeon's resignation speech as 11 outlets quote it in pieces: one quotes a piece the
    consensus does not hold. difflib lined it up by the "a" and "to" it shares with the
    consensus and read its 20 words as different words of "Since my very first moments"."""
    other = ("it will be tempting to see it as such, this decision is not a reaction to "
             "short-term pressures")
    short = "privilege beyond measure"
    texts = {"a": SPEECH, "b": SPEECH, "c": other, "d": short}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    collation = collate(passage, texts, SPEECH)
    for document, words in (("c", other), ("d", short)):
        row = _row(collation, document)
        assert _statuses(collation, document) == {"added", "absent"}
        assert " ".join(c.text for c in row.cells if c.text).split() == \
            words.replace("-", " ").replace(",", "").split()
    assert _statuses(collation, "b") == {"same", "absent"}  # absent: the added column


def test_a_stretch_in_the_outlet_s_own_words_is_left_out_and_added_not_paired() -> None:
    """Seven consensus words an outlet gives as eight of its own, nothing alike: not seven
    different words and one added, which reads as an edit word for word."""
    own = SPEECH.replace("to know when the time is right",
                         "asked by colleagues and friends for years now")
    texts = {"a": SPEECH, "b": own}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    row = _row(collate(passage, texts, SPEECH), "b")
    assert [c.text for c in row.cells if c.status == "added"] == [
        "asked by colleagues and friends for years now"]
    assert [c.status for c in row.cells].count("missing") == 7
    assert "different" not in {c.status for c in row.cells}


def test_a_one_word_edit_is_still_a_different_word() -> None:
    edited = SPEECH.replace("a part of", "the part of")
    texts = {"a": SPEECH, "b": edited}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    row = _row(collate(passage, texts, SPEECH), "b")
    assert [(c.text, c.status) for c in row.cells if c.status != "same"] == [("the", "different")]


def test_korean_is_collated_word_by_word_not_syllable_by_syllable() -> None:
    """A tester's Korean collation had a column per syllable ("윤 | 대 | 통 | 령 | 은"), hundreds
    wide: Korean is written with spaces, and its words are the columns."""
    statement = "윤 대통령은 용산 대통령실에서 긴급 담화를 통해 비상계엄을 선포한다고 밝혔다"
    edited = statement.replace("담화를", "담화로")
    texts = {"a": statement, "b": statement, "c": edited}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    table = collate(passage, texts)
    assert [c.consensus for c in table.columns if not c.added] == statement.split()
    assert [(c.text, c.status) for c in _row(table, "c").cells if c.status != "same"] == [
        ("담화로", "different")]


def test_a_short_piece_sharing_one_word_with_the_consensus_is_added_words() -> None:
    """A Korean outlet's "파렴치한 종북 반국가 세력들을 일거에" shares one word, "종북", with the
    consensus: one word of six lines up nothing (a fragment of two words, both matched, does)."""
    piece = "shameless pro-North hostile forces now"
    texts = {"a": SPEECH, "b": piece.replace("pro-North", "job"), "c": "very first"}
    passage = Passage("p", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    collation = collate(passage, texts, SPEECH)
    assert _statuses(collation, "b") == {"added", "absent"}
    assert [c.status for c in _row(collation, "c").cells if c.status != "absent"] == [
        "same", "same"]
