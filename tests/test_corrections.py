"""Corrections (resize, unlink, link) over real engine results, then again after re-alignment."""

from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.corpus import Article
from viewer.corrections import (
    SpanAnchor,
    apply_corrections,
    correction_from_json,
    correction_to_json,
    link_spans,
    remove_link,
    resize_occurrence,
)
from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult

STATEMENT = ("It is clear that these missiles were launched from Iran and targeted at least two "
             "Iraqi military bases hosting U.S. military and coalition personnel")
TAIL = ". Assessment of casualties is under way"
PARAPHRASE_A = "The defence ministry counted twenty two rockets overnight."
PARAPHRASE_B = "According to the army, 22 projectiles fell during the night."


def _corpus(lead: str = "") -> list[Article]:
    texts = {
        "wire": f"{lead}Early on Wednesday the Pentagon said: {STATEMENT}{TAIL}. {PARAPHRASE_A}",
        "paper": f"{lead}Officials were cautious. {STATEMENT}{TAIL}. Markets fell. {PARAPHRASE_B}",
        "blog": f"{lead}A short post. {STATEMENT}. Nothing more was said about the night.",
    }
    return [Article(key, text, key) for key, text in texts.items()]


def _span(articles: list[Article], document: str, quote: str) -> SpanAnchor:
    article = next(a for a in articles if a.id == document)
    start = article.text.index(quote)
    return SpanAnchor.of(article, start, start + len(quote))


def _occurrence_texts(result: AlignmentResult) -> list[set[tuple[str, str]]]:
    return [{(o.document, o.text) for o in p.occurrences} for p in result.passages]


def _corrections(articles: list[Article]) -> list:
    # The engine's occurrence in the paper runs on into the tail sentence; the user shrinks it
    # to the statement alone (anchored on the span as the engine showed it).
    shown = _span(articles, "paper", STATEMENT + TAIL)
    return [
        resize_occurrence(shown, _span(articles, "paper", STATEMENT)),
        # The blog's copy is judged unrelated by the user (say, a different statement).
        remove_link(_span(articles, "blog", STATEMENT)),
        # Two differently worded sentences say the same thing.
        link_spans([_span(articles, "wire", PARAPHRASE_A),
                    _span(articles, "paper", PARAPHRASE_B)]),
    ]


def _check(result: AlignmentResult) -> None:
    occurrences = _occurrence_texts(result)
    statement = next(o for o in occurrences if any(STATEMENT in text for _, text in o))
    assert ("paper", STATEMENT) in statement
    assert not any(document == "blog" for document, _ in statement)
    assert {("wire", PARAPHRASE_A), ("paper", PARAPHRASE_B)} in occurrences


def test_corrections_apply_and_survive_realignment_of_changed_texts() -> None:
    articles = _corpus()
    raw = find_shared_passages(articles)
    engine_found = {(o.document, o.text) for p in raw.passages for o in p.occurrences}
    # What the corrections change is what the engine does: otherwise this test proves nothing.
    assert ("blog", STATEMENT) in engine_found
    assert ("paper", STATEMENT + TAIL) in engine_found
    assert ("wire", PARAPHRASE_A) not in engine_found
    corrections = _corrections(articles)
    corrected = apply_corrections(raw, articles, corrections)
    assert all(outcome.applied for outcome in corrected.outcomes)
    _check(corrected.result)

    # The texts change a little (a new first sentence shifts every offset) and are re-aligned.
    changed = _corpus(lead="Updated at 09:00 with a correction. ")
    realigned = find_shared_passages(changed)
    again = apply_corrections(realigned, changed, corrections)
    assert all(outcome.applied for outcome in again.outcomes), again.outcomes
    _check(again.result)
    for passage in again.result.passages:
        for occurrence in passage.occurrences:
            text = next(a.text for a in changed if a.id == occurrence.document)
            assert text[occurrence.start : occurrence.end] == occurrence.text


def test_a_correction_whose_text_is_gone_is_reported_and_kept() -> None:
    articles = _corpus()
    corrections = _corrections(articles)
    rewritten = [replace(a, text=a.text.replace(PARAPHRASE_B, "Nothing about rockets here."))
                 if a.id == "paper" else a for a in articles]
    result = apply_corrections(find_shared_passages(rewritten), rewritten, corrections)
    outcomes = {o.correction_id: o for o in result.outcomes}
    link = outcomes[corrections[2].id]
    assert not link.applied and "no longer in the article" in link.reason
    assert outcomes[corrections[0].id].applied


def test_linking_joins_a_passage_that_holds_one_of_the_spans() -> None:
    articles = _corpus()
    raw = find_shared_passages(articles)
    link = link_spans([_span(articles, "wire", STATEMENT), _span(articles, "wire", PARAPHRASE_A)])
    result = apply_corrections(raw, articles, [link]).result
    joined = [p for p in result.passages
              if PARAPHRASE_A in {o.text for o in p.occurrences}]
    assert len(joined) == 1 and joined[0].id == raw.passages[0].id
    assert joined[0].spread == 3
    assert len(result.passages) == len(raw.passages)  # joined, not added


def test_json_round_trip_and_bad_json_is_refused() -> None:
    for correction in _corrections(_corpus()):
        assert correction_from_json(correction_to_json(correction)) == correction
    good = correction_to_json(_corrections(_corpus())[0])
    for bad in (None, [], {"kind": "resize"}, {**good, "kind": "explode"},
                {**good, "spans": good["spans"][:1]},
                {**good, "spans": [{**good["spans"][0], "start": -1}, good["spans"][1]]},
                {**good, "spans": [{**good["spans"][0], "start": True}, good["spans"][1]]}):
        assert correction_from_json(bad) is None


def test_resizing_across_articles_and_linking_one_span_are_refused() -> None:
    articles = _corpus()
    with pytest.raises(ValueError):
        resize_occurrence(_span(articles, "wire", STATEMENT), _span(articles, "paper", STATEMENT))
    with pytest.raises(ValueError):
        link_spans([_span(articles, "wire", STATEMENT)])


def test_parallax_align_on_a_project_lays_its_corrections_over_the_alignment(
        tmp_path, capsys) -> None:
    """A week-of-work tester's report: `parallax align PROJECT` printed the engine's extents
    ("Harbour Herald (366-624)") where the window showed the corrected 366-571 stored in the
    project; a command shows what the window shows."""
    import json

    from viewer.cli import main
    from viewer.projects import Project

    articles = _corpus()
    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        stored = project.add_articles(articles)
        for correction in _corrections(list(stored)):
            project.add_correction(correction)
    assert main(["align", "--json", str(path)]) == 0
    document = json.loads(capsys.readouterr().out)
    texts = {d["id"]: d["text"] for d in document["documents"]}
    occurrences = [{(o["document"], texts[o["document"]][o["start"]:o["end"]])
                    for o in p["occurrences"]} for p in document["passages"]]
    statement = next(o for o in occurrences if any(STATEMENT in text for _, text in o))
    assert ("paper", STATEMENT) in statement
    assert not any(document_id == "blog" for document_id, _ in statement)
