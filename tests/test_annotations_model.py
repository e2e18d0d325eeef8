"""The annotation model: values, the observable set's changes and their inverses, claims, tags."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.claims import claim_table
from viewer.annotations.model import (
    CONTEXT_CHARS,
    AnchorStatus,
    Annotation,
    ClaimGroup,
    annotations_for_passage,
    make_annotation,
    without_outer_spaces,
)
from viewer.annotations.tags import colour_for, default_tags, tag_set
from viewer.corpus import Article
from viewer.passages import Occurrence, Passage

TEXT = ("Iraq said that a total of 22 missiles struck two bases housing US troops, "
        "but there were no Iraqi casualties. ") * 3


def article(article_id: str = "a", text: str = TEXT, **fields: object) -> Article:
    return Article(id=article_id, text=text, title=f"Title {article_id}", **fields)  # type: ignore[arg-type]


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = [m.start() for m in re.finditer(re.escape(needle), text)][nth]
    return start, start + len(needle)


class Recorder:
    def __init__(self, annotation_set: AnnotationSet) -> None:
        self.events: list[tuple[object, ...]] = []
        annotation_set.added.connect(lambda i, block: self.events.append(("added", i, block)))
        annotation_set.removed.connect(lambda i, block: self.events.append(("removed", i, block)))
        annotation_set.changed.connect(lambda i, old, new: self.events.append(("changed", i)))
        annotation_set.reset.connect(lambda: self.events.append(("reset",)))
        annotation_set.claims_changed.connect(lambda: self.events.append(("claims",)))


def test_make_annotation_fills_quote_context_source_and_motivation(tmp_path):
    path = tmp_path / "story one.txt"
    a = article(text=TEXT, path=path)
    start, end = span(TEXT, "22 missiles", 1)
    made = make_annotation(a, start, end, tags=[" figures ", "figures", ""], note="n")
    assert made.exact == "22 missiles"
    assert made.prefix == TEXT[start - CONTEXT_CHARS : start]
    assert made.suffix == TEXT[end : end + CONTEXT_CHARS]
    assert made.tags == ("figures",)
    assert made.motivation == "tagging"
    assert made.source == path.resolve().as_uri()
    assert made.file_name == "story one.txt"
    assert made.id.startswith("urn:uuid:")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", made.created)
    assert make_annotation(a, start, end, note="only a note").motivation == "commenting"


def test_source_prefers_the_article_url(tmp_path):
    a = article(path=tmp_path / "x.txt", url="https://example.org/story")
    assert make_annotation(a, 0, 4).source == "https://example.org/story"


@pytest.mark.parametrize("bad", [(5, 5), (-1, 3), (3, 2), (0, len(TEXT) + 1)])
def test_make_annotation_refuses_bad_spans(bad):
    with pytest.raises(ValueError):
        make_annotation(article(), *bad)


def test_lone_surrogates_from_gui_input_are_replaced():
    made = make_annotation(article(), 0, 4, note="bad \ud800 half", tags=["x\udfff"])
    made.note.encode("utf-8")
    made.tags[0].encode("utf-8")


def test_add_remove_restore_are_inverse_and_signal():
    a = article()
    items = [make_annotation(a, i, i + 4) for i in range(0, 40, 5)]
    annotation_set = AnnotationSet(items[:3])
    recorder = Recorder(annotation_set)
    index = annotation_set.add_many(items[3:6], index=1)
    assert index == 1
    assert [x.id for x in annotation_set] == [items[i].id for i in (0, 3, 4, 5, 1, 2)]
    assert recorder.events[-1] == ("added", 1, tuple(items[3:6]))
    before = annotation_set.annotations
    taken = annotation_set.remove_many([items[0].id, items[4].id, items[5].id, items[2].id])
    assert [i for i, _ in taken] == [0, 2, 3, 5]
    # One signal per contiguous block, from the end so each index is valid when emitted.
    assert [e[:2] for e in recorder.events[-3:]] == [("removed", 5), ("removed", 2),
                                                     ("removed", 0)]
    assert [x.id for x in annotation_set] == [items[3].id, items[1].id]
    annotation_set.restore(taken)
    assert annotation_set.annotations == before


def test_update_returns_old_value_and_revision_counts_changes():
    a = article()
    first = make_annotation(a, 0, 4)
    annotation_set = AnnotationSet([first])
    recorder = Recorder(annotation_set)
    revision = annotation_set.revision
    new = first.edited(tags=["quote"], note="changed", when="2026-11-20T10:00:00Z")
    old = annotation_set.update(new)
    assert old == first
    assert annotation_set[0].tags == ("quote",) and annotation_set[0].modified.startswith("2026")
    assert recorder.events == [("changed", 0)]
    annotation_set.update(old)
    assert annotation_set.annotations == (first,)
    assert annotation_set.revision == revision + 2


def test_duplicate_ids_and_unknown_claims_are_refused():
    a = article()
    one = make_annotation(a, 0, 4)
    annotation_set = AnnotationSet([one])
    with pytest.raises(ValueError):
        annotation_set.add(one)
    with pytest.raises(ValueError):
        annotation_set.add(make_annotation(a, 0, 4, claim="Nope"))
    with pytest.raises(KeyError):
        annotation_set.remove("urn:uuid:missing")
    assert len(annotation_set) == 1


def test_claim_groups_add_rename_remove_restore():
    a = article()
    annotation_set = AnnotationSet()
    annotation_set.add_claim("Missile count")
    tagged = make_annotation(a, *span(TEXT, "22 missiles"), claim="Missile count")
    annotation_set.add(tagged)
    with pytest.raises(ValueError):
        annotation_set.add_claim("Missile count")
    annotation_set.rename_claim("Missile count", "Missiles")
    assert annotation_set[0].claim == "Missiles"
    removal = annotation_set.remove_claim("Missiles")
    assert annotation_set.claim_names == () and annotation_set[0].claim is None
    annotation_set.restore_claim(removal)
    assert annotation_set.claim_names == ("Missiles",) and annotation_set[0].claim == "Missiles"


def test_claims_named_only_by_annotations_become_groups():
    annotated = replace(make_annotation(article(), 0, 4), claim="Casualties")
    assert AnnotationSet([annotated]).claim_names == ("Casualties",)


def test_replace_all_returns_previous_state():
    a = article()
    annotation_set = AnnotationSet([make_annotation(a, 0, 4)], [ClaimGroup("X")])
    recorder = Recorder(annotation_set)
    old_items, old_claims = annotation_set.replace_all([], [])
    assert len(annotation_set) == 0 and annotation_set.claims == ()
    assert ("reset",) in recorder.events
    annotation_set.replace_all(old_items, old_claims)
    assert annotation_set.annotations == old_items and annotation_set.claims == old_claims


def test_tag_every_copy_makes_one_annotation_per_occurrence_added_as_one_change():
    one, two = article("one"), article("two", text="Preface. " + TEXT)
    s1, e1 = span(one.text, "22 missiles struck")
    s2, e2 = span(two.text, "22 missiles struck")
    passage = Passage("p1", (
        Occurrence("one", s1, e1, one.text[s1:e1]),
        Occurrence("two", s2, e2, two.text[s2:e2]),
        Occurrence("missing", 0, 5, "xxxxx"),
    ))
    made = annotations_for_passage(passage, [one, two], tags=["quote"], claim=None)
    assert [(m.article_id, m.start, m.end) for m in made] == [("one", s1, e1), ("two", s2, e2)]
    assert all(m.exact == "22 missiles struck" and m.tags == ("quote",) for m in made)
    annotation_set = AnnotationSet()
    recorder = Recorder(annotation_set)
    annotation_set.add_many(made)
    assert len(recorder.events) == 1
    taken = annotation_set.remove_many(m.id for m in made)
    assert len(annotation_set) == 0 and len(taken) == 2


def test_editing_a_fuzzy_annotation_confirms_it():
    fuzzy = replace(make_annotation(article(), 0, 4), status=AnchorStatus.FUZZY,
                    original_exact="Iraw")
    confirmed = fuzzy.edited(note="checked")
    assert confirmed.status is AnchorStatus.ANCHORED and confirmed.original_exact is None
    assert confirmed.claim == fuzzy.claim


def test_claim_table_has_one_cell_per_article_and_says_nothing_when_empty():
    one, two, three = article("one"), article("two"), article("three")
    annotation_set = AnnotationSet(claims=[ClaimGroup("Missile count"), ClaimGroup("Empty")])
    a1 = make_annotation(one, *span(TEXT, "22 missiles"), claim="Missile count", tags=["figures"])
    a3 = make_annotation(three, *span(TEXT, "two bases"), claim="Missile count", note="n")
    stray: Annotation = replace(a3, id="urn:uuid:stray", article_id="gone")
    annotation_set.add_many([a1, a3, stray])
    rows = claim_table(annotation_set, annotation_set.claims, [one, two, three])
    missile, empty = rows
    assert [c.article_id for c in missile.cells] == ["one", "two", "three", "gone"]
    assert missile.cells[0].quotes == ("22 missiles",) and missile.cells[0].tags == ("figures",)
    assert missile.cells[1].says_nothing and missile.cells[1].summary() == "not tagged"
    assert missile.cells[2].notes == ("n",)
    assert not missile.cells[3].in_corpus
    assert missile.articles_saying_something == 3
    assert all(cell.says_nothing for cell in empty.cells) and len(empty.cells) == 3


def test_default_tags_cover_news_claims_with_descriptions_and_distinct_colours():
    tags = default_tags()
    names = [t.name for t in tags]
    for wanted in ("casualties", "figures", "attribution", "quote", "timeline", "disputed",
                   "unverified"):
        assert wanted in names
    assert all(t.description for t in tags)
    assert len({t.colour for t in tags}) == len(tags)
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", t.colour) for t in tags)
    extended = tag_set(["figures", "my own"])
    assert [t.name for t in extended][-1] == "my own"
    assert extended[-1].colour == colour_for("my own")


@pytest.mark.parametrize("name", ["my own", "sources", "denial", "ceasefire", "ministry",
                                  "Nachweis", "évacuation", "证据", "x", "y", "z"])
def test_a_user_tag_never_takes_a_default_tags_colour(name: str) -> None:
    """The Tag dialog tells tags apart by their swatch: the nine default tags take every
    colour of their palette, so a user's tag (hashed to a stable colour) took one of theirs."""
    assert colour_for(name) not in {tag.colour.upper() for tag in default_tags()}


def test_a_user_tags_colour_is_the_same_in_every_run() -> None:
    """Stable across runs and machines (a hash of the name's bytes, not Python's salted hash):
    the colours a user has seen for a week do not change at the next start."""
    assert [colour_for(name) for name in ("my own", "sources", "denial", "证据")] == [
        "#117733", "#999933", "#44AA99", "#44AA99"]


def test_dock_rows_and_filter_rule():
    from viewer.annotations.listing import AnnotationFilter, row_texts, spans_by_article

    a = article()
    first = make_annotation(a, *span(TEXT, "22 missiles"), tags=["figures"], note="Count",
                            claim="Missiles")
    second = make_annotation(a, *span(TEXT, "no Iraqi casualties"), tags=["casualties"])
    orphan = replace(second, id="urn:uuid:orphan", status=AnchorStatus.ORPHANED)
    fuzzy = replace(first, id="urn:uuid:fuzzy", status=AnchorStatus.FUZZY,
                    original_exact="22 missiles!")
    assert row_texts(first, "Title a") == ("Title a", "22 missiles", "figures", "Count",
                                           "Missiles", "anchored")
    assert row_texts(fuzzy)[5] == "fuzzy (was \u201c22 missiles!\u201d)"
    assert row_texts(replace(first, note="line\nbreak   and  spaces"))[3] == "line break and spaces"
    assert AnnotationFilter(tag="figures").matches(first)
    assert not AnnotationFilter(tag="figures").matches(second)
    assert AnnotationFilter(claim="Missiles", article="a").matches(first)
    assert not AnnotationFilter(article="b").matches(first)
    assert AnnotationFilter(text="COUNT").matches(first)
    assert AnnotationFilter(text="title a").matches(second, "Title A")
    assert not AnnotationFilter(text="zzz").matches(first, "Title a")
    assert spans_by_article([first, second, orphan]) == {"a": [(first.start, first.end),
                                                               (second.start, second.end)]}


def test_an_article_named_by_its_outlet_is_still_found_and_shown_by_its_title():
    """A reviewer's report: once the Article column named an article by its outlet, the words
    of its title found it no more; the cell's tooltip gives the title after the outlet."""
    from viewer.annotations.listing import AnnotationFilter, full_texts

    first = make_annotation(article(), *span(TEXT, "22 missiles"))
    outlet, title = "Rhein-Neckar Fernsehen", "Amokfahrt am Rosenmontag"
    assert AnnotationFilter(text="rosenmontag").matches(first, outlet, title)
    assert AnnotationFilter(text="neckar").matches(first, outlet, title)
    assert full_texts(first, outlet, title)[0] == f"{outlet} \u00b7 {title}"
    assert 0 not in full_texts(first, title, title)  # (no outlet: the cell is the title)
    shared = f"Reuters \u00b7 {title}"  # (an outlet two articles have names its title too)
    assert 0 not in full_texts(first, shared, title)


def test_a_new_set_gets_one_collection_id_and_a_given_one_is_kept() -> None:
    fresh = AnnotationSet()
    first = fresh.collection_id
    assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", first)
    assert fresh.collection_id == first
    assert AnnotationSet().collection_id != first
    assert AnnotationSet(collection_id="urn:uuid:kept").collection_id == "urn:uuid:kept"


@given(st.text(alphabet=" \n\tab\u00a0\u3000", max_size=30), st.data())
def test_a_range_without_outer_spaces_is_the_range_of_its_words(text, data) -> None:
    """`without_outer_spaces` drops exactly the white space at both ends, inside the range, and
    keeps every other character."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    first, last = without_outer_spaces(text, start, end)
    assert start <= first <= last <= end
    assert text[first:last] == text[start:end].strip()
