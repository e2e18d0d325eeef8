"""A text opened twice is aligned once (`viewer.engine.identical_texts`): the copy carries what
its original carries, one passage more holds the whole text, and nothing else changes. A
tester's copy of one article made nine passages six: the match of the whole text joined every
statement the article carries. No Qt."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.loading import load_sample_corpus
from viewer.passages import AlignmentResult


@pytest.fixture(scope="module")
def samples() -> tuple[Article, ...]:
    return tuple(load_sample_corpus().articles)


@pytest.fixture(scope="module")
def alone(samples: tuple[Article, ...]) -> AlignmentResult:
    return find_shared_passages(samples)


def spans(result: AlignmentResult, ignore: str = "") -> set[frozenset[tuple[str, int, int]]]:
    """Each passage as the set of its occurrences, those in `ignore` left out."""
    return {frozenset((o.document, o.start, o.end) for o in passage.occurrences
                      if o.document != ignore) for passage in result.passages}


def copy_of(article: Article, header: str = "") -> Article:
    """`article` saved again under another name (with `header` lines before its body)."""
    return dataclasses.replace(article, id=f"{article.id}-copy", text=header + article.body,
                               body_start=len(header))


@pytest.mark.parametrize("header", ["", "Title: A copy\nURL: https://example.org/copy\n\n"])
def test_a_copy_carries_its_original_s_passages_and_changes_no_other(samples, alone, header):
    """The sample that carries the most statements, copied: every passage of the five samples
    is as it was (the Pentagon's and Iraq's statements stay apart), and the copy carries each of
    its original's at the same place in its body; their whole text is no passage of its own."""
    widest = max(samples, key=lambda a: sum(a.id in p.document_ids for p in alone.passages))
    copy = copy_of(widest, header)
    result = find_shared_passages((*samples, copy))
    # (their whole text is no passage of its own: the two panes were one solid block)
    assert not [p for p in result.passages if set(p.document_ids) == {widest.id, copy.id}]
    others = list(result.passages)
    assert spans(AlignmentResult(result.document_ids, tuple(others)), ignore=copy.id) \
        == spans(alone)
    shift = copy.body_start - widest.body_start
    for passage in others:
        own = {(o.start + shift, o.end + shift, o.kind, o.differences == ())
               for o in passage.occurrences if o.document == widest.id}
        copied = {(o.start, o.end, o.kind, o.differences == ())
                  for o in passage.occurrences if o.document == copy.id}
        assert copied == own
    for passage in result.passages:
        for occurrence in passage.occurrences:
            text = copy.text if occurrence.document == copy.id else next(
                a.text for a in samples if a.id == occurrence.document)
            assert text[occurrence.start:occurrence.end] == occurrence.text
    assert [p.id for p in result.passages] == [f"p{n}" for n in range(1, len(result.passages) + 1)]


def test_the_result_does_not_depend_on_which_copy_comes_first(samples) -> None:
    copy = copy_of(samples[0])
    one = find_shared_passages((*samples, copy))
    shuffled = [*samples, copy]
    random.Random(7).shuffle(shuffled)
    other = find_shared_passages(shuffled)
    assert spans(one) == spans(other)
    assert {p.consensus for p in one.passages} == {p.consensus for p in other.passages}


def test_two_copies_of_a_short_note_make_no_passage() -> None:
    """Identical bodies of a few words ("Page not found") share nothing worth a passage."""
    notes = [Article(id=name, text="Page not found.\n", title=name) for name in ("a", "b")]
    assert find_shared_passages(notes).passages == ()


STORY = ("Rescue teams reached the flooded valley late on Tuesday after the river burst its "
         "banks near the old mill. Engineers from the regional authority inspected the dam "
         "and found cracks along its eastern wall, the authority said in a statement. Hundreds "
         "of residents spent the night in the municipal sports hall while volunteers handed out "
         "blankets and hot soup. The authority promised a full report on the dam by the end of "
         "the month and asked farmers downstream to move their livestock to higher ground.")


def test_a_file_kept_twice_and_printed_in_part_by_an_outlet_is_one_passage() -> None:
    """One file's text kept twice (a project's two versions of an unchanged file) and most of
    it printed by an outlet: one statement, the whole text in the two, the part in the outlet
    (not a passage of the part and another of the whole); the words the part lacks marked as
    differences in the two."""
    part = STORY[:STORY.index(" The authority promised")]
    path = Path("/news/wire/story.txt")
    articles = [Article(id="wire", text=STORY + "\n", title="wire", path=path),
                Article(id="wire-2", text=STORY + "\n", title="wire", path=path),
                Article(id="local", text="Our own reporter adds a line of her own here. " + part
                        + " More on this story tomorrow from our newsroom.\n", title="local")]
    [passage] = find_shared_passages(articles).passages
    extents = {o.document: (o.start, o.end) for o in passage.occurrences}
    assert extents["wire"] == extents["wire-2"] == (0, len(STORY))
    local = next(o for o in passage.occurrences if o.document == "local")
    assert local.text == part.rstrip(".")
    wire = next(o for o in passage.occurrences if o.document == "wire")
    assert wire.differences and wire.differences[-1][1] == len(STORY)
    assert STORY[wire.differences[-1][0]:].lstrip(". ").startswith("The authority promised")


def test_two_outlets_printing_one_text_stay_two_documents(samples, alone) -> None:
    """A wire story two outlets print word for word is reuse shown as any other: aligned as two
    documents, as before (folding reprints split the stories they carry on real articles)."""
    widest = samples[0]
    reprint = dataclasses.replace(widest, id="reprint", path=Path("/other/outlet.txt"))
    result = find_shared_passages((*samples, reprint))
    assert not any(p.consensus == " ".join(widest.body.split()) for p in result.passages)


def test_a_corrected_version_of_one_file_carries_its_passages_its_edit_marked(samples, alone):
    """A project's two versions of one file, the later with one sentence no one else prints
    cut and one word changed inside a shared statement: the later carries every passage the
    earlier does (no statement joined to another through the two), and the changed word is
    marked there. (The longer of two versions is the one aligned: `versions`.)"""
    widest = max(samples, key=lambda a: sum(a.id in p.document_ids for p in alone.passages))
    said = next(o for p in alone.passages for o in p.occurrences
                if o.document == widest.id and "22 missiles" in o.text)
    at = widest.text.index("22 missiles", said.start)
    last = max(o.end for p in alone.passages for o in p.occurrences if o.document == widest.id)
    cut_from = widest.text.index(". ", last) + 2
    cut_to = widest.text.index(".", cut_from) + 1
    assert 40 < cut_to - cut_from < 200
    text = (widest.text[:at] + "twenty-two missiles" + widest.text[at + len("22 missiles"):
                                                                   cut_from]
            + widest.text[cut_to:])
    version = dataclasses.replace(widest, id=f"{widest.id}-2", text=text, body_start=0)
    result = find_shared_passages((*samples, version))
    others = [p for p in result.passages if len(p.occurrences) > 2 or
              {o.document for o in p.occurrences} != {widest.id, version.id}]
    assert spans(AlignmentResult(result.document_ids, tuple(others)), ignore=version.id) \
        == spans(alone)
    for passage in others:
        assert sum(o.document == widest.id for o in passage.occurrences) == sum(
            o.document == version.id for o in passage.occurrences)
    moved = next(o for p in result.passages for o in p.occurrences
                 if o.document == version.id and "twenty-two missiles" in o.text
                 and len(p.occurrences) > 2)
    changed = text.index("twenty-two")
    assert any(low <= changed < high for low, high in moved.differences)
    assert len(result.passages) == len(alone.passages)


def test_a_version_that_cut_a_statement_carries_none_of_it_and_the_fuller_is_aligned(samples,
                                                                                     alone):
    """A review: a later version that cut a shared sentence got an empty occurrence of it (the
    list counted it among the carriers), and where the version that cut it had the smaller
    id, the fuller one's sentence, which another outlet prints, was linked to no one."""
    widest = max(samples, key=lambda a: sum(a.id in p.document_ids for p in alone.passages))
    said = next(o for p in alone.passages for o in p.occurrences
                if o.document == widest.id and "22 missiles" in o.text)
    cut = dataclasses.replace(widest, id=f"{widest.id}-a",
                              text=widest.text[:said.start] + widest.text[said.end:])
    full = dataclasses.replace(widest, id=f"{widest.id}-b")
    others = [a for a in samples if a is not widest]
    result = find_shared_passages((*others, cut, full))
    statement = next(p for p in result.passages if any(
        "22 missiles" in o.text for o in p.occurrences) and set(p.document_ids) - {cut.id,
                                                                                    full.id})
    assert full.id in statement.document_ids and cut.id not in statement.document_ids
    assert all(o.text for p in result.passages for o in p.occurrences)


@pytest.mark.parametrize("other_url", [
    "https://example.com/story?utm_source=twitter", "http://www.example.com/story/",
    # (read as the annotations read a page's address, `viewer.page_addresses.page_key`: an
    # address written without its scheme, and the Wayback Machine's copy of the page)
    "www.example.com/story?igshid=abc",
    "https://web.archive.org/web/20200108000000/https://example.com/story"])
def test_one_page_saved_twice_from_two_links_is_one_source(samples, alone, other_url) -> None:
    """A review: the same page saved from a link with a tracking query (or over http, with
    "www.") was taken for another source, and the whole text's match joined every statement."""
    widest = max(samples, key=lambda a: sum(a.id in p.document_ids for p in alone.passages))
    at = widest.text.index("22 missiles")
    one = dataclasses.replace(widest, id="saved-1", path=None, url="https://example.com/story")
    two = dataclasses.replace(one, id="saved-2", url=other_url,
                              text=widest.text[:at] + "twenty-two missiles"
                              + widest.text[at + len("22 missiles"):])
    others = [a for a in samples if a is not widest]
    result = find_shared_passages((*others, one, two))
    assert len(result.passages) == len(alone.passages)
