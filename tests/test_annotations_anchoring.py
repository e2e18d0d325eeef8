"""Re-anchoring (anchored -> moved -> fuzzy -> orphaned) and resolving annotations to articles."""

from __future__ import annotations

import shutil
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.faults import refuse_opening
from viewer.annotations.anchoring import (
    MAX_FUZZY_ERROR,
    ArticleIndex,
    _edit_distance,
    _matcher,
    anchor_all,
    fuzzy_find,
    reanchor,
    resolve_article,
)
from viewer.annotations.model import AnchorStatus, Annotation, make_annotation
from viewer.corpus import Article
from viewer.loading import load_paths
from viewer.resources import seeds_dir

STATEMENT = ("Iraq's military in a statement on January 8 reportedly said that a total of "
             "22 missiles struck two bases housing US troops, but there were no Iraqi casualties.")


def art(text: str, article_id: str = "a") -> Article:
    return Article(id=article_id, text=text, title=article_id)


def tag(text: str, needle: str, article_id: str = "a") -> Annotation:
    start = text.index(needle)
    return make_annotation(art(text, article_id), start, start + len(needle))


def test_unchanged_text_is_anchored_in_place():
    annotation = tag(STATEMENT, "22 missiles")
    result = reanchor(annotation, art(STATEMENT))
    assert result.status is AnchorStatus.ANCHORED
    assert (result.start, result.end) == (annotation.start, annotation.end)


def test_text_inserted_before_moves_the_span():
    annotation = tag(STATEMENT, "22 missiles")
    changed = "UPDATED with new reporting. " + STATEMENT
    result = reanchor(annotation, art(changed))
    assert result.status is AnchorStatus.MOVED
    assert changed[result.start : result.end] == "22 missiles"
    assert result.start == annotation.start + len("UPDATED with new reporting. ")


def test_moved_prefers_the_copy_with_matching_context_over_the_nearest():
    text = "Officials said 22 missiles were fired. Later: a total of 22 missiles struck bases."
    annotation = tag(text, "a total of 22 missiles struck")
    annotation = make_annotation(art(text), text.index("22 missiles", 40),
                                 text.index("22 missiles", 40) + len("22 missiles"))
    # Shift everything so the stored position holds neither copy; the first copy is nearer.
    changed = "x" * (annotation.start - 14) + text
    changed = changed.replace("Later:", "Later on, it was confirmed:")
    result = reanchor(annotation, art(changed))
    assert result.status is AnchorStatus.MOVED
    assert changed[result.start - len("a total of ") : result.start] == "a total of "


def test_moved_ties_go_to_the_copy_nearest_the_old_position():
    block = "-- 22 missiles --"
    text = block + " filler " * 10 + block
    second = text.rindex("22 missiles")
    annotation = make_annotation(art(text), second, second + 11)
    stripped = replace(annotation, prefix="", suffix="", start=second + 3)
    changed = text
    result = reanchor(stripped, art(changed))
    assert result.status is AnchorStatus.MOVED and result.start == second


def test_small_edit_inside_a_short_quote_is_fuzzy_and_keeps_the_original():
    annotation = tag(STATEMENT, "22 missiles struck two bases")
    changed = STATEMENT.replace("22 missiles struck", "22 missile struck")
    result = reanchor(annotation, art(changed))
    assert result.status is AnchorStatus.FUZZY
    assert result.exact == changed[result.start : result.end] == "22 missile struck two bases"
    assert result.original_exact == "22 missiles struck two bases"
    # Anchoring again keeps it fuzzy (the user has not confirmed it) with the original quote.
    again = reanchor(result, art(changed))
    assert again.status is AnchorStatus.FUZZY and again.original_exact == annotation.exact


def test_edits_at_the_head_middle_and_tail_of_a_long_quote_are_fuzzy():
    quote = "a total of 22 missiles struck two bases housing US troops"
    assert len(quote) > 32
    annotation = tag(STATEMENT, quote)
    for old, new in [("a total of", "in total"), ("two bases", "2 bases"),
                     ("US troops", "American troops")]:
        changed = STATEMENT.replace(old, new)
        result = reanchor(annotation, art(changed))
        assert result.status is AnchorStatus.FUZZY, (old, new)
        assert result.exact == changed[result.start : result.end]
        assert new in result.exact
        assert result.exact == quote.replace(old, new)


def test_rewritten_or_missing_text_orphans_and_keeps_every_field():
    annotation = tag(STATEMENT, "no Iraqi casualties")
    rewritten = STATEMENT.replace("there were no Iraqi casualties", "nobody was hurt at all")
    for article in (art(rewritten), None):
        result = reanchor(annotation, article)
        assert result.status is AnchorStatus.ORPHANED
        assert result.anchor_note  # the reason, shown in the dock
        assert replace(result, status=annotation.status, anchor_note=None) == annotation


def test_fuzzy_match_is_bounded():
    assert fuzzy_find("completely different words here", "22 missiles struck", 0) is None
    found = fuzzy_find(STATEMENT, "22 missles struck", 80)
    assert found is not None and STATEMENT[found[0] : found[1]] == "22 missiles struck"


# -- property tests ---------------------------------------------------------------------------

WORDS = ["missiles", "struck", "base", "troops", "Iraq", "said", "statement", "22", "no",
         "casualties", "Erbil", "al-Asad", "«quoted»", "café", "👍", "𝔘𝔖", "<b>", "&amp;"]
word = st.one_of(st.sampled_from(WORDS), st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S")), min_size=1,
    max_size=8))


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    words = draw(st.lists(word, min_size=8, max_size=60))
    text = " ".join(words)
    length = draw(st.integers(min_value=4, max_value=min(80, len(text) - 2)))
    start = draw(st.integers(min_value=1, max_value=len(text) - length - 1))
    return text, start, start + length


def edit(draw: st.DrawFn, text: str, low: int, high: int) -> str:
    """`text` with one random insertion, deletion or replacement within [low, high]."""
    a = draw(st.integers(min_value=low, max_value=high))
    b = draw(st.integers(min_value=a, max_value=high))
    inserted = draw(st.text(min_size=0 if b > a else 1, max_size=12))
    return text[:a] + inserted + text[b:]


def check_consistent(result: Annotation, original: Annotation, text: str) -> None:
    if result.status is AnchorStatus.ORPHANED:
        assert result.anchor_note
        assert replace(result, status=original.status, anchor_note=None) == original
        return
    assert 0 <= result.start < result.end <= len(text)
    assert text[result.start : result.end] == result.exact


PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.data(), text_and_span())
def test_edits_outside_the_span_keep_the_exact_quote(data, case):
    text, start, end = case
    annotation = make_annotation(art(text), start, end)
    low, high = (0, start) if data.draw(st.booleans()) else (end, len(text))
    changed = edit(data.draw, text, low, high)
    result = reanchor(annotation, art(changed))
    check_consistent(result, annotation, changed)
    assert result.status in (AnchorStatus.ANCHORED, AnchorStatus.MOVED)
    assert result.exact == annotation.exact


@PROPERTY
@given(st.data(), text_and_span())
def test_edits_inside_the_span_never_claim_a_wrong_exact_match(data, case):
    text, start, end = case
    annotation = make_annotation(art(text), start, end)
    changed = edit(data.draw, text, start + 1, end - 1)
    result = reanchor(annotation, art(changed))
    check_consistent(result, annotation, changed)
    if result.status in (AnchorStatus.ANCHORED, AnchorStatus.MOVED):
        assert result.exact == annotation.exact  # the quote really is there
    elif annotation.exact not in changed:
        assert result.status in (AnchorStatus.FUZZY, AnchorStatus.ORPHANED)
    if result.status is AnchorStatus.FUZZY:
        assert result.original_exact == annotation.exact
        distance = _edit_distance(_matcher(), annotation.exact, result.exact)
        assert distance <= MAX_FUZZY_ERROR * len(annotation.exact)


@PROPERTY
@given(st.data(), text_and_span())
def test_any_edit_keeps_offsets_valid(data, case):
    text, start, end = case
    annotation = make_annotation(art(text), start, end)
    changed = edit(data.draw, text, 0, len(text))
    result = reanchor(annotation, art(changed))
    check_consistent(result, annotation, changed)


# -- resolution -------------------------------------------------------------------------------


def annotate_every_article(articles: tuple[Article, ...]) -> list[Annotation]:
    made = []
    for article in articles:
        body = article.text[article.body_start :]
        for offset in (10, len(body) // 2):
            start = article.body_start + offset
            made.append(make_annotation(article, start, start + 25))
    return made


def test_annotations_follow_a_moved_and_then_renamed_corpus(tmp_path):
    first = tmp_path / "first"
    shutil.copytree(seeds_dir(), first)
    original = load_paths([first]).articles
    annotations = annotate_every_article(original)

    moved = tmp_path / "elsewhere" / "moved"
    moved.parent.mkdir()
    first.rename(moved)
    after_move = load_paths([moved]).articles
    results = anchor_all(annotations, after_move)
    assert all(r.status is AnchorStatus.ANCHORED for r in results)
    assert [r.article_id for r in results] == [a.article_id for a in annotations]
    assert all(r.source.startswith(moved.resolve().as_uri()) for r in results)

    for path in sorted(moved.iterdir()):
        path.rename(path.with_name("renamed-" + path.name))
    after_rename = load_paths([moved]).articles
    by_new_id = {a.id: a for a in after_rename}
    results = anchor_all(annotations, after_rename)
    assert all(r.status is AnchorStatus.ANCHORED for r in results)
    for old, new in zip(annotations, results, strict=True):
        assert new.article_id == "renamed-" + old.article_id
        assert by_new_id[new.article_id].text[new.start : new.end] == old.exact


def test_resolution_order_source_then_file_name_then_quote(tmp_path):
    one = Article(id="one", text="alpha beta gamma delta", title="1", path=tmp_path / "one.txt")
    two = Article(id="two", text="epsilon zeta eta theta", title="2", path=tmp_path / "two.txt")
    index = ArticleIndex([one, two])
    annotation = make_annotation(one, 6, 10)
    assert resolve_article(annotation, index) is one
    stale = replace(annotation, source="file:///nowhere/one.txt", article_id="x", file_name=None)
    assert resolve_article(stale, index) is one  # by the file name in the source URI
    by_quote = replace(annotation, source="urn:parallax:article:gone", article_id="x",
                       file_name=None, exact="zeta", prefix="epsilon ", suffix=" eta")
    assert resolve_article(by_quote, index) is two
    nowhere = replace(by_quote, exact="omega")
    assert resolve_article(nowhere, index) is None
    assert anchor_all([nowhere], [one, two])[0].status is AnchorStatus.ORPHANED


def test_quote_search_never_moves_a_claim_to_another_outlet():
    own = Article(id="own", text="Officials reportedly said that a total of 22 missiles struck "
                  "two bases housing US troops overnight.", title="own")
    other = Article(id="other", text="Iraq in a statement said a total of 22 missiles hit two "
                    "bases housing US troops, officials said.", title="other")
    start = own.text.index("22 missiles")
    annotation = make_annotation(own, start, start + 11)
    # The article is gone; another outlet has the quote but not its context: orphaned.
    assert anchor_all([annotation], [other])[0].status is AnchorStatus.ORPHANED
    # Two articles with the quote and its full context: ambiguous, so orphaned too.
    twin = replace(own, id="twin")
    lost = replace(annotation, source="file:///gone/x.txt", file_name=None, article_id="x")
    assert anchor_all([lost], [own, twin])[0].status is AnchorStatus.ORPHANED
    # An article another annotation identifies is not offered to the quote search where the
    # words stand elsewhere than they were recorded (another outlet's page, laid out otherwise).
    shifted = replace(own, text="Updated overnight. " + own.text)
    keeper = make_annotation(shifted, 0, 7)
    results = anchor_all([lost, keeper], [shifted])
    assert [r.status for r in results] == [AnchorStatus.ORPHANED, AnchorStatus.ANCHORED]
    assert "only in \u201cown\u201d, which other annotations are on" in results[0].anchor_note
    assert anchor_all([lost], [shifted])[0].status is AnchorStatus.MOVED


def test_a_renamed_file_annotated_since_is_named_in_its_earlier_notes_reason(tmp_path):
    """Tester s59: a file renamed with its bytes unchanged orphaned its notes, "its quote
    with its context is in no other article", once a note was made on it under its new name:
    untrue. Its words stand where they stood in an article other notes are on, which may as
    well be another outlet's reprint of the page (a review: placed there, a note on a deleted
    AP file went to another outlet unsaid): orphaned, the reason naming that article."""
    folder = tmp_path / "desk"
    folder.mkdir()
    text = ("Harbour board approves dredging\n\nThe board voted 7-2 on Tuesday to dredge the "
            "north channel, the chair said. Work starts in March and costs 4.1 million.\n")
    (folder / "harbour.txt").write_text(text, encoding="utf-8")
    (folder / "other.txt").write_text("The chair said work starts in March.\n",
                                      encoding="utf-8")
    [before, _] = load_paths([folder]).articles
    start = before.text.index("voted 7-2")
    note = make_annotation(before, start, start + len("voted 7-2"), note="vote count")
    (folder / "harbour.txt").rename(folder / "harbour_board.txt")
    articles = load_paths([folder]).articles
    renamed = next(a for a in articles if a.id == "harbour_board")
    at = renamed.text.index("4.1 million")
    later = make_annotation(renamed, at, at + len("4.1 million"), note="cost")
    found, kept = anchor_all([note, later], articles)
    assert found.status is AnchorStatus.ORPHANED and kept.status is AnchorStatus.ANCHORED
    assert found.anchor_note is not None
    assert "its words stand where they stood in \u201cHarbour board approves dredging\u201d" \
        in found.anchor_note
    [alone] = anchor_all([note], articles)
    assert (alone.status, alone.article_id, alone.start) == (
        AnchorStatus.ANCHORED, "harbour_board", start)


def two_reprints(tmp_path):
    """desk/apnews_com.txt and desk/wral_com.txt, one wire story word for word: the folder
    and the two articles (AP's first)."""
    folder = tmp_path / "desk"
    folder.mkdir()
    story = ("Storm closes ports along the coast\n\nPort officials closed three terminals on "
             "Monday. The governor said 2,000 people had been evacuated.\n")
    for name in ("apnews_com.txt", "wral_com.txt"):
        (folder / name).write_text(story, encoding="utf-8")
    return folder, tuple(load_paths([folder]).articles)


def test_a_note_on_a_deleted_file_never_goes_to_another_outlet_s_reprint(tmp_path):
    """A review: two outlets' files print one wire story word for word; a note on each; the
    AP file deleted: its note went ANCHORED, unsaid, into the other outlet's reprint, which
    holds its words at the same place with the same context."""
    folder, (ap, wral) = two_reprints(tmp_path)
    at, on = ap.text.index("2,000 people"), wral.text.index("three terminals")
    note_ap = make_annotation(ap, at, at + len("2,000 people"))
    note_wral = make_annotation(wral, on, on + len("three terminals"))
    (folder / "apnews_com.txt").unlink()
    found, kept = anchor_all([note_ap, note_wral], load_paths([folder]).articles)
    assert found.status is AnchorStatus.ORPHANED, (found.article_id, found.anchor_note)
    assert kept.status is AnchorStatus.ANCHORED


def test_a_note_from_a_file_open_elsewhere_goes_to_its_unchanged_copy(tmp_path):
    """Tester s59: the JSON-LD export re-imported into a copy of the folder orphaned its notes
    ("its article ... is not among the articles open", its file being in the other folder),
    where the Hypothesis and Readium files placed them in the article of that same text. A file
    in a folder none of the articles lie in is no article removed from the comparison: the
    article of its file name holding its words where they stood is its copy. Not one of
    another name (another outlet's reprint holds them there too: a review), and not in a
    folder the articles lie in: it stays orphaned until its article is back."""
    first, second = tmp_path / "day1", tmp_path / "copy"
    for folder in (first, second):
        folder.mkdir()
        for name in ("story.txt", "reprint.txt"):
            (folder / name).write_text(
                "Ferry strike ends\n\nCrews returned to work on Friday after a four-day strike, "
                "the union said.\n", encoding="utf-8")
    made_on = next(a for a in load_paths([first]).articles if a.id == "story")
    start = made_on.text.index("four-day strike")
    note = make_annotation(made_on, start, start + len("four-day strike"))
    copies = load_paths([second]).articles
    [placed] = anchor_all([note], copies)
    assert (placed.status, placed.article_id, placed.start) == (
        AnchorStatus.ANCHORED, "story", start)
    [elsewhere] = anchor_all([note], [a for a in copies if a.id == "reprint"])
    assert elsewhere.status is AnchorStatus.ORPHANED
    [reprint] = [a for a in load_paths([first]).articles if a.id == "reprint"]
    [left] = anchor_all([note], [reprint])
    assert left.status is AnchorStatus.ORPHANED
    assert left.anchor_note == "its article, story.txt, is not among the articles open"


def test_an_article_removed_from_the_comparison_keeps_its_claims(tmp_path):
    """A week-of-work tester's report: Outlet A removed (Ctrl+W, "the annotation made on it
    stays listed, orphaned, until the article is back"), its note went to Outlet B, which prints
    the same sentence, and stayed there when A came back. Its file is still where it was: it is
    orphaned, and finds A again. A page named by its address is never given to another page
    with an address of its own; a renamed file is still found by its quote."""
    sentence = ("The Iraqi military said a total of 22 missiles hit two bases housing US "
                "troops, with no Iraqi casualties.\n")
    paths = {}
    for name in ("a_outlet", "b_outlet"):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(sentence, encoding="utf-8")
    a, b = load_paths([paths["a_outlet"], paths["b_outlet"]]).articles
    start = a.text.index("22 missiles")
    note = make_annotation(a, start, start + 11, note="Outlet A says 22")
    [removed] = anchor_all([note], [b])
    assert removed.status is AnchorStatus.ORPHANED
    assert "a_outlet.txt, is not among the articles open" in (removed.anchor_note or "")
    [back] = anchor_all([removed], [b, a])
    assert back.status is AnchorStatus.ANCHORED and back.article_id == a.id
    # a page's note is not given to another page carrying the sentence
    page_a = replace(a, url="https://a.example/story", path=None)
    page_b = replace(b, url="https://b.example/story", path=None)
    on_page = make_annotation(page_a, start, start + 11)
    assert anchor_all([on_page], [page_b])[0].status is AnchorStatus.ORPHANED
    [orphan] = anchor_all([on_page], [b])  # (nor to a file)
    assert orphan.status is AnchorStatus.ORPHANED
    assert orphan.anchor_note == "no article open has its address, https://a.example/story"
    assert anchor_all([on_page], [page_a, b])[0].article_id == page_a.id
    # the same page imported again at another spelling of its address keeps its notes (a
    # reviewer's report: http -> https, a tracking parameter, "www.", a trailing slash)
    tracked = replace(on_page, source="http://a.example/story?utm_source=feed#top")
    again = replace(page_a, id="a_again", url="https://www.a.example/story/")
    [found] = anchor_all([tracked], [again, page_b])
    assert found.status is AnchorStatus.ANCHORED and found.article_id == again.id
    other_query = replace(on_page, source="https://a.example/story?page=2")
    assert anchor_all([other_query], [again])[0].status is AnchorStatus.ORPHANED
    # a file renamed (its old name gone) is still found by its quote with its context
    paths["a_outlet"].rename(tmp_path / "a_renamed.txt")
    renamed = load_paths([tmp_path / "a_renamed.txt"]).articles
    [found] = anchor_all([note], renamed)
    assert found.status is AnchorStatus.ANCHORED and found.article_id == renamed[0].id


def test_an_orphan_names_what_happened_to_its_file(tmp_path, monkeypatch):
    """Tester s59 #13: a file set to mode 000 had its note say "its article ... is not among
    the articles open", and a deleted file's "no article here has its source or file name":
    the note says the file cannot be read, or is gone from its folder."""
    sentence = "The Iraqi military said a total of 22 missiles hit two bases housing US troops.\n"
    locked, deleted, other = (tmp_path / f"{name}.txt" for name in ("locked", "deleted", "other"))
    for path in (locked, deleted, other):
        path.write_text(sentence.replace("Iraqi", path.stem.title()), encoding="utf-8")
    a_locked, a_deleted, a_other = load_paths([locked, deleted, other]).articles
    on_locked = make_annotation(a_locked, 0, 3)
    on_deleted = make_annotation(a_deleted, 4, 9)
    refuse_opening(monkeypatch, locked)  # (as for a file of mode 000, which root reads)
    deleted.unlink()
    first, second = anchor_all([on_locked, on_deleted], [a_other])
    assert first.status is second.status is AnchorStatus.ORPHANED
    assert first.anchor_note == ("its article's file, locked.txt, cannot be read (permission "
                                 "denied)")
    assert second.anchor_note == (f"its file, deleted.txt, is no longer in {tmp_path} "
                                  "(deleted, moved or renamed), and its quote with its "
                                  "context is in no article open")
    monkeypatch.undo()
    locked.write_bytes(b"")  # an emptied file is said so too
    assert anchor_all([on_locked], [a_other])[0].anchor_note == \
        "its article's file, locked.txt, is empty"
    # a file that is fine is only not among the articles open
    assert anchor_all([make_annotation(a_other, 0, 3)], [])[0].anchor_note == \
        "its article, other.txt, is not among the articles open"


def test_a_note_placed_by_its_words_in_another_file_says_where_it_went(tmp_path):
    """A review: a note on a deleted AP file went ANCHORED, unsaid, into the other outlet's
    identical reprint that nobody had annotated. Its words cannot tell that reprint from its
    file renamed: it is placed, and its note says so, naming the article."""
    folder, (ap, _wral) = two_reprints(tmp_path)
    at = ap.text.index("2,000 people")
    note = make_annotation(ap, at, at + len("2,000 people"))
    (folder / "apnews_com.txt").unlink()
    [found] = anchor_all([note], load_paths([folder]).articles)
    assert (found.status, found.article_id) == (AnchorStatus.ANCHORED, "wral_com")
    assert found.anchor_note is not None
    assert found.anchor_note.startswith("apnews_com.txt is not open; placed by its words in")
