"""Importing into the current work (merge by id, the summary), `parallax annotations import`,
and the ClaimReview export of claim groups with a verdict. No Qt."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.claimreview import RATING_SCALE, claim_reviews, make_verdict
from viewer.annotations.importing import plan_import
from viewer.annotations.location import app_data_dir, default_annotation_file
from viewer.annotations.model import AnchorStatus, ClaimGroup, make_annotation
from viewer.annotations.store import load_collection, load_set, save_set
from viewer.annotations.w3c import collection_from_json, set_to_text
from viewer.cli import main
from viewer.loading import load_sample_corpus
from viewer.whole_titles import whole_title

DATA = Path(__file__).parent / "data" / "annotations"


@pytest.fixture(scope="module")
def articles():
    return load_sample_corpus().articles


def test_import_adds_new_ids_and_reports_anchored_and_orphaned(articles):
    parsed = load_collection(DATA / "w3c_page.jsonld")
    mine = make_annotation(articles[0], 20, 40, tags=["mine"])
    result = plan_import([mine], [], parsed, articles, file_name="w3c_page.jsonld")
    assert [a.id for a in result.added] == [a.id for a in parsed.annotations]
    assert [a.id for a in result.merged([mine])] == [mine.id, *(a.id for a in parsed.annotations)]
    lines = result.summary_lines()
    assert lines[0].startswith("Imported 2 annotations from w3c_page.jsonld (an AnnotationPage)")
    assert "2 new, 0 updated, 0 already here; 1 anchored, 1 orphaned." in lines[0]
    assert lines[1].startswith("  orphaned (1): no article here is "
                               "http://example.org/news/unknown-article")


def test_same_id_is_one_annotation_the_later_modified_wins(articles):
    parsed = load_collection(DATA / "w3c_collection_embedded.jsonld")
    first = plan_import([], [], parsed, articles, file_name="x")
    current = first.merged([])
    # Re-importing the same file changes nothing.
    again = plan_import(current, [], parsed, articles, file_name="x")
    assert not again.added and not again.updated and again.kept_current == len(current)
    # A newer version of one annotation replaces it; the user's claim group stays.
    linked = [replace(a, claim="Count") if a.id.endswith("anno32") else a for a in current]
    newer = json.loads((DATA / "w3c_collection_embedded.jsonld").read_text())
    item = newer["first"]["next"]["items"][0]
    item["modified"] = "2026-11-30T00:00:00Z"
    item["body"].append({"type": "TextualBody", "purpose": "tagging", "value": "checked"})
    older = json.loads(json.dumps(newer))
    older["first"]["next"]["items"][0]["modified"] = "2026-01-01T00:00:00Z"
    result = plan_import(linked, [ClaimGroup("Count")], collection_from_json(newer), articles,
                         file_name="x")
    assert [(old.id, new.tags, new.claim) for old, new in result.updated] == [
        ("http://example.org/anno32", ("attribution", "checked"), "Count")]
    stale = plan_import(linked, [ClaimGroup("Count")], collection_from_json(older), articles,
                        file_name="x")
    assert not stale.updated and stale.kept_current == len(current)


def test_a_later_version_replacing_edits_made_here_says_so(articles):
    """An interop tester's report: a note and a tag edited here were replaced without a word by
    a later version in the file imported ("0 new, 1 updated, 0 already here"). The later
    version still wins; the summary names what it replaced, and the way back. (Whether the one
    here was edited here cannot be told: a reviewer found every annotation made in Parallax
    said to be, its `modified` set from the start.)"""
    parsed = load_collection(DATA / "w3c_collection_embedded.jsonld")
    current = plan_import([], [], parsed, articles, file_name="x").merged([])
    edited = [a.edited(tags=[*a.tags, "local"], note="LOCAL EDIT", claim=None,
                       when="2026-12-06T10:00:00Z") if a.id.endswith("anno32") else a
              for a in current]
    newer = json.loads((DATA / "w3c_collection_embedded.jsonld").read_text())
    item = newer["first"]["next"]["items"][0]
    item["modified"] = "2027-02-01T00:00:00Z"
    item["body"].append({"type": "TextualBody", "purpose": "tagging", "value": "upstream"})
    result = plan_import(edited, [], collection_from_json(newer), articles, file_name="x")
    assert [old.note for old, _new in result.updated] == ["LOCAL EDIT"]
    [said] = [line for line in result.summary_lines() if "replaced by" in line]
    assert said.startswith("  replaced by the file's later version (1): \u201c")
    assert said.endswith("(Undo the import to have the versions here back)")
    same = plan_import(current, [], parsed, articles, file_name="x")
    assert not same.updated and not any("replaced by" in line for line in same.summary_lines())


def test_claim_groups_of_an_imported_parallax_file_come_along(articles, tmp_path):
    source = AnnotationSet([make_annotation(articles[1], 0, 20, claim="Who fired")],
                           [ClaimGroup("Who fired", "the attacker")])
    path = tmp_path / "theirs.jsonld"
    save_set(source, path)
    result = plan_import([], [ClaimGroup("Other")], load_collection(path), articles,
                         file_name=path.name)
    assert result.new_claims == (ClaimGroup("Who fired", "the attacker"),)


def test_the_command_writes_the_window_s_file_for_the_corpus(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "platform", "linux")
    corpus = Path(load_sample_corpus().articles[0].path).parent
    target = default_annotation_file([corpus], tmp_path / "data" / "Parallax" / "Parallax")
    assert main(["annotations", "import", str(DATA / "hypothesis_search.json"),
                 "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 annotations from hypothesis_search.json (a Hypothesis search result)" \
        in out and str(target) in out
    saved = load_set(target)
    assert {a.id for a in saved} == {"https://hypothes.is/a/Xh5c0Ps6EeuGyPvTdT0qlA",
                                     "https://hypothes.is/a/Yb8d1Qt7FfvHzQwUeU1rmB"}
    # Importing another file merges; the same file again adds nothing.
    assert main(["annotations", "import", str(DATA / "recogito.json"),
                 "--corpus", str(corpus)]) == 0
    assert main(["annotations", "import", str(DATA / "recogito.json"),
                 "--corpus", str(corpus)]) == 0
    assert "0 new, 0 updated, 2 already here" in capsys.readouterr().out
    assert len(load_set(target)) == 4


def test_annotations_already_in_the_file_keep_where_they_were_placed(tmp_path, capsys):
    """A second import into the same file saves what it already held as it was placed, not at
    the other tool's page positions (a quote alone was written at 0-0): the positions Parallax
    wrote (`parallax:placed`) are read back (found by a tester)."""
    text = load_sample_corpus().articles[1].text
    start = text.index("No U.S. personnel was hit in the attack")
    end = start + len("No U.S. personnel was hit in the attack")
    source = tmp_path / "tool.json"
    source.write_text(json.dumps({
        "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
        "id": "https://anno.example.org/c", "first": {"type": "AnnotationPage", "items": [
            {"id": f"https://anno.example.org/a/{number}", "type": "Annotation",
             "body": {"type": "TextualBody", "value": "n"},
             "target": {"source": "https://www.unknown-outlet.example/story",
                        "selector": selectors}}
            for number, selectors in (
                (6, {"type": "TextQuoteSelector", "exact": text[start:end]}),
                (7, [{"type": "TextPositionSelector", "start": 2712, "end": 2751},
                     {"type": "TextQuoteSelector", "exact": text[start:end]}]))]}}),
        encoding="utf-8")
    into = tmp_path / "into.jsonld"
    seeds = str(Path(load_sample_corpus().articles[0].path).parent)
    for _ in range(2):
        assert main(["annotations", "import", str(source), "--corpus", seeds,
                     "--into", str(into)]) == 0
    assert "0 new, 0 updated, 2 already here" in capsys.readouterr().out
    saved = json.loads(into.read_text(encoding="utf-8"))["first"]["items"]
    placed = [item["parallax:placed"][1] for item in saved]
    assert placed == [{"type": "TextPositionSelector", "start": start, "end": end}] * 2
    assert [(a.start, a.end) for a in load_set(into)] == [(start, end)] * 2


def test_the_command_never_saves_another_tools_file_in_its_own_shape(tmp_path, capsys):
    """`--into` a Hypothesis export saved it as a W3C collection, which Hypothesis cannot read
    back (a tester, session 52): refused in one line, the file left as it is; merging both into
    a new file works."""
    into = tmp_path / "hypothesis.json"
    into.write_bytes((DATA / "hypothesis_search.json").read_bytes())
    before = into.read_bytes()
    code = main(["annotations", "import", str(DATA / "recogito.json"), "--into", str(into)])
    assert code == 2 and into.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))
    assert (f"{into}: is a Hypothesis search result another tool wrote, which the merge would "
            "save in Parallax's own format") in capsys.readouterr().err
    fresh = tmp_path / "both.jsonld"
    for source in (into, DATA / "recogito.json"):
        assert main(["annotations", "import", str(source), "--into", str(fresh)]) == 0
    assert len(load_set(fresh)) == 4
    # (and a file Parallax wrote is merged into as ever)
    assert main(["annotations", "import", str(DATA / "recogito.json"), "--into",
                 str(fresh)]) == 0


def test_the_command_refuses_bad_files_and_never_overwrites(tmp_path, capsys):
    into = tmp_path / "mine.jsonld"
    into.write_text('{"type": "AnnotationCollection", "first": {"items": [', "utf-8")
    before = into.read_bytes()
    code = main(["annotations", "import", str(DATA / "recogito.json"), "--into", str(into)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and str(into) in err[0] and "nothing was" in err[0]
    assert into.read_bytes() == before
    broken = tmp_path / "broken.json"
    broken.write_text('[{"type": "Annotation", "target": {"selector": {"type": '
                      '"TextPositionSelector", "start": -4, "end": 2}}}]', "utf-8")
    code = main(["annotations", "import", str(broken), "--into", str(into)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"parallax: {broken}: ")
    assert "$[0].target.selector.start" in err[0]
    assert into.read_bytes() == before


def test_the_command_never_writes_over_a_file_it_could_read_only_in_part(tmp_path, capsys):
    """The target's collection names a page that is not there: merged and saved, the file
    would no longer name that page (its annotations were never read)."""
    into = tmp_path / "mine.jsonld"
    into.write_bytes((DATA / "w3c_collection_pages" / "collection.jsonld").read_bytes())
    before = into.read_bytes()
    code = main(["annotations", "import", str(DATA / "recogito.json"), "--into", str(into)])
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and line.startswith(f"parallax: {into}: page ")
    assert line.endswith("the file is left as it is; nothing was imported or written")
    assert into.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [
        "mine.jsonld"]


def test_the_command_s_lines_count_in_words_and_never_print_escapes(tmp_path, capsys):
    one = json.loads((DATA / "recogito.json").read_text("utf-8"))
    source = tmp_path / "one\x1b[31m.json"
    source.write_text(json.dumps(one[:1] if isinstance(one, list) else one), "utf-8")
    into = tmp_path / "mine\x1b]0;title\x07.jsonld"
    assert main(["annotations", "import", str(source), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "from one\\x1b[31m.json" in out
    assert f"Saved 1 annotation to {tmp_path}/mine\\x1b]0;title\\x07.jsonld" in out


def test_dry_run_writes_nothing(tmp_path, capsys):
    into = tmp_path / "mine.jsonld"
    assert main(["annotations", "import", str(DATA / "recogito.json"), "--into", str(into),
                 "--dry-run"]) == 0
    assert not into.exists()
    # Not "the annotations are kept in FILE", read as done (tester15): where they would go.
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == f"Nothing written (--dry-run); without it they would be merged into {into}"


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {"HOME": "/h"}, "/h/.local/share/Parallax/Parallax"),
    ("linux", {"HOME": "/h", "XDG_DATA_HOME": "/x"}, "/x/Parallax/Parallax"),
    ("darwin", {"HOME": "/h"}, "/h/Library/Application Support/Parallax/Parallax"),
    ("win32", {"HOME": "/h", "APPDATA": "/r"}, "/r/Parallax/Parallax"),
])
def test_app_data_dir_matches_qt_s_app_data_location(platform, env, expected):
    assert app_data_dir(env, platform) == Path(expected)


# -- ClaimReview ------------------------------------------------------------------------------


def test_claim_groups_with_a_verdict_become_claim_reviews(articles):
    by_file = {Path(a.path).name: a for a in articles}
    a0, a4 = by_file["000_2634b00bab60cbc7.txt"], by_file["004_c2fd614317067620.txt"]
    quote0 = "a total of 22 missiles"
    quote4 = "more than a dozen missiles"
    at0, at4 = a0.text.index(quote0), a4.text.index(quote4)
    annotations = [make_annotation(a0, at0, at0 + len(quote0), claim="Missile count"),
                   make_annotation(a4, at4, at4 + len(quote4), claim="Missile count"),
                   make_annotation(a4, 0, 10, claim="No verdict")]
    verdict = make_verdict("mostly true", author="Desk", date="2026-12-01",
                           url="https://example.org/checks/missiles")
    claims = [ClaimGroup("Missile count", "How many missiles hit the bases", verdict),
              ClaimGroup("No verdict")]
    reviews = claim_reviews(annotations, claims, articles)
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "How many missiles hit the bases"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "mostly true",
                                      "ratingValue": RATING_SCALE.index("Mostly true") + 1,
                                      "bestRating": 5, "worstRating": 1}
    assert review["author"] == {"@type": "Organization", "name": "Desk"}
    assert review["datePublished"] == "2026-12-01"
    assert review["url"] == "https://example.org/checks/missiles"
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert [(w["headline"], w["text"]) for w in claim["appearance"]] == [
        (whole_title(a0), quote0), (whole_title(a4), quote4)]  # (not cut: tester s59 #14)
    # A saved file is named by its file's name, never by a file: URL (tester55 #19)
    assert [w.get("identifier") for w in claim["appearance"]] == [a0.path.name, a4.path.name]
    assert not any("url" in w for w in claim["appearance"])


def test_a_verdict_off_the_scale_has_only_its_name():
    verdict = make_verdict("Misleading")
    assert verdict.value is None
    reviews = claim_reviews([], [ClaimGroup("C", verdict=verdict)], [])
    assert reviews[0]["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}
    assert "appearance" not in reviews[0]["itemReviewed"]


def test_verdicts_are_saved_and_undone(articles, tmp_path):
    annotation_set = AnnotationSet([], [ClaimGroup("C")])
    old = annotation_set.set_verdict("C", make_verdict("False", author="Desk"))
    assert old is None
    path = tmp_path / "v.jsonld"
    save_set(annotation_set, path)
    document = json.loads(path.read_text())
    assert document["parallax:claims"][0]["parallax:verdict"] == {
        "alternateName": "False", "author": "Desk", "ratingValue": 1}
    assert load_set(path).claims == annotation_set.claims
    annotation_set.set_verdict("C", old)
    assert annotation_set.claims == (ClaimGroup("C"),)
    assert "parallax:verdict" not in set_to_text(annotation_set)


def test_export_claimreview_from_the_command_line(tmp_path, articles, capsys):
    annotation_set = AnnotationSet([make_annotation(articles[0], 20, 40, claim="C")],
                                   [ClaimGroup("C", verdict=make_verdict("True"))])
    path = tmp_path / "a.jsonld"
    save_set(annotation_set, path)
    out = tmp_path / "review.json"
    assert main(["export", str(path), "--format", "claimreview", "-o", str(out)]) == 0
    document = json.loads(out.read_text("utf-8"))
    assert document["@context"] == "https://schema.org"
    assert [r["reviewRating"]["ratingValue"] for r in document["@graph"]] == [5]
    assert main(["export", str(DATA / "recogito.json"), "--format", "claimreview"]) == 0
    assert "no claim group has a verdict" in capsys.readouterr().err


def test_export_reads_other_tools_shapes(capsys):
    for name in ("hypothesis_search.json", "recogito.json", "w3c_single.jsonld"):
        assert main(["export", str(DATA / name), "--format", "jsonld"]) == 0
        document = json.loads(capsys.readouterr().out)
        assert document["first"]["items"]
    assert main(["export", str(DATA / "w3c_page.jsonld"), "--format", "csv"]) == 0
    said = capsys.readouterr()
    assert AnchorStatus.ORPHANED.value in said.out
    # (and it says whose articles it placed them against: the samples, nobody having named any)
    assert (f"{DATA / 'w3c_page.jsonld'}: no --corpus, and no article file it names is here: "
            "placed against the built-in sample articles") in said.err
    assert main(["export", str(DATA / "w3c_page.jsonld"), "--format", "csv", "--corpus",
                 str(Path(load_sample_corpus().articles[0].path).parent)]) == 0
    assert "built-in sample articles" not in capsys.readouterr().err


def test_two_imports_into_one_file_at_once_keep_both(tmp_path):
    """Each import read the file, merged and wrote it whole: two at once (two processes) left
    only the one that wrote last. Now the save merges what the other saved meanwhile."""
    import os
    import subprocess

    repo = Path(__file__).resolve().parent.parent
    sources = []
    for side in ("left", "right"):
        items = [{"id": f"urn:uuid:{side}-{k}", "type": "Annotation", "target": {
            "source": "file:///elsewhere.txt",
            "selector": {"type": "TextQuoteSelector", "exact": "Iran"}}} for k in range(1500)]
        source = tmp_path / f"{side}.json"
        source.write_text(json.dumps(items), "utf-8")
        sources.append(source)
    into = tmp_path / "shared.jsonld"
    environment = {**os.environ, "PYTHONPATH": str(repo)}
    for _round in range(2):  # the race is lost most times without the merge; twice to be sure
        into.unlink(missing_ok=True)
        running = [subprocess.Popen([sys.executable, "-m", "viewer", "annotations", "import",
                                     str(source), "--into", str(into)], cwd=repo,
                                    env=environment, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE) for source in sources]
        for process in running:
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err.decode()
        assert len(load_set(into)) == 3000


def test_a_quote_several_outlets_carry_is_not_given_to_one_of_them(articles):
    """Another tool's annotation names a page no article here is, and its quote (no context)
    is in two different articles: a passage both outlets carry. It is kept, orphaned, with
    both named, never placed in whichever comes first; the summary says why."""
    shared = "All is well"
    carriers = [a for a in articles if shared in a.text]
    assert len({a.text for a in carriers}) >= 2
    item = {"type": "Annotation", "id": "urn:x:tie", "target": {
        "source": "https://outlet-not-here.example/story",
        "selector": {"type": "TextQuoteSelector", "exact": shared}}}
    result = plan_import([], [], collection_from_json(item), articles, file_name="tie.json")
    (read,) = result.read
    assert read.status is AnchorStatus.ORPHANED and read.article_id in ("", None)
    assert f"its quote fits {len(carriers)} articles equally" in read.anchor_note
    assert "https://outlet-not-here.example/story" in read.anchor_note
    assert any("not placed, to keep it off another outlet" in line
               for line in result.summary_lines())


@pytest.mark.parametrize("loosen", [
    lambda prefix, suffix: (prefix, suffix),
    lambda prefix, suffix: (prefix.replace("\u201c", '"'), suffix.replace("\u201d", '"')),
    lambda prefix, suffix: (prefix[:-1], suffix[1:]),  # (a page without the marks)
    lambda prefix, suffix: (prefix.replace(" ", "\n  "), suffix.replace(" ", "  ")),
], ids=["as written", "straight marks", "no marks", "other spacing"])
def test_the_context_decides_a_shared_quote_whatever_its_spacing_and_marks(articles, loosen):
    """The quote several outlets carry, with the context one of them has around it: placed
    there when the context differs only in spacing or quotation marks from the article's (a
    browser tool copies a page's line breaks as spaces and its marks as the page wrote them;
    such annotations were orphaned -- a tester, session 52)."""
    shared = "All is well!"
    carrier = next(a for a in articles if "\u201cAll is well!\u201d" in a.text)
    at = carrier.text.index(shared)
    prefix, suffix = loosen(carrier.text[at - 32 : at], carrier.text[at + len(shared):
                                                                     at + len(shared) + 32])
    item = {"type": "Annotation", "id": "urn:x:context", "target": {
        "source": "https://outlet-not-here.example/story",
        "selector": {"type": "TextQuoteSelector", "exact": shared, "prefix": prefix,
                     "suffix": suffix}}}
    result = plan_import([], [], collection_from_json(item), articles, file_name="ctx.json")
    (read,) = result.read
    assert read.status is not AnchorStatus.ORPHANED, read.anchor_note
    assert (read.article_id, read.start) == (carrier.id, at)


def test_a_context_no_article_has_leaves_a_shared_quote_unplaced(articles):
    item = {"type": "Annotation", "id": "urn:x:other", "target": {
        "source": "https://outlet-not-here.example/story",
        "selector": {"type": "TextQuoteSelector", "exact": "All is well",
                     "prefix": "an outlet wrote that ", "suffix": " in its own words"}}}
    (read,) = plan_import([], [], collection_from_json(item), articles,
                          file_name="other.json").read
    assert read.status is AnchorStatus.ORPHANED


def test_the_summary_says_how_a_searched_quote_was_placed(articles):
    text = articles[0].text
    exact = next(text[i:i + 40] for i in range(articles[0].body_start, len(text) - 40, 7)
                 if text.count(text[i:i + 40]) == 1
                 and all(text[i:i + 40] not in a.text for a in articles[1:]))
    item = {"type": "Annotation", "id": "urn:x:one", "target": {
        "selector": {"type": "TextQuoteSelector", "exact": exact}}}
    result = plan_import([], [], collection_from_json(item), articles, file_name="one.json")
    assert result.read[0].article_id == articles[0].id
    assert "  anchored with a note (1): placed by its quote (its only occurrence)" in (
        result.summary_lines())


def test_a_quote_in_two_outlets_goes_where_its_context_is_in_full():
    """tester14: a Hypothesis annotation on "a total of 22 missiles" (prefix "said ", suffix
    " hit two") was orphaned as fitting two samples "equally": each holds the quote once, and a
    single occurrence counted as placed by its context whether the context was there or not."""
    from viewer.corpus import Article

    fits = Article("fits", "The army said a total of 22 missiles hit two bases.", "Fits")
    other = Article("other", "Officials said that a total of 22 missiles struck two bases.",
                    "Other")
    item = {"type": "Annotation", "id": "urn:x:context", "target": {
        "source": "https://not-here.example/story",
        "selector": {"type": "TextQuoteSelector", "exact": "a total of 22 missiles",
                     "prefix": "said ", "suffix": " hit two"}}}
    for corpus in ([fits, other], [other, fits]):
        result = plan_import([], [], collection_from_json(item), corpus, file_name="h.json")
        (read,) = result.read
        assert read.status is AnchorStatus.ANCHORED and read.article_id == "fits"
    # With the context in neither, it stays a tie: kept, orphaned, both named.
    item["target"]["selector"]["prefix"] = "stated "
    result = plan_import([], [], collection_from_json(item), [fits, other], file_name="h.json")
    assert result.read[0].status is AnchorStatus.ORPHANED


def test_the_summary_groups_thousands_as_its_first_count_does(articles):
    """An interop tester's report: "Imported 10,000 annotations ... 10000 new"."""
    from viewer.annotations.w3c import collection_from_json

    items = [{"id": f"urn:x:{n}", "type": "Annotation", "target": {
        "source": "file:///x/000_2634b00bab60cbc7.txt",
        "selector": {"type": "TextQuoteSelector", "exact": "a total of 22 missiles"}}}
        for n in range(1200)]
    result = plan_import([], [], collection_from_json(items), articles, file_name="many.json")
    first = result.summary_lines()[0]
    assert first.startswith("Imported 1,200 annotations") and "1,200 new" in first
    assert "1,200 anchored" in first


def test_the_summary_names_fuzzy_and_moved_annotations(articles):
    """A French-speaking newcomer's report: "3 anchored" for three annotations stored as fuzzy
    (the summary counted every placed one as anchored)."""
    parsed = load_collection(DATA / "w3c_page.jsonld")
    result = plan_import([], [], parsed, articles, file_name="w3c_page.jsonld")
    fuzzy = replace(result.read[0], status=AnchorStatus.FUZZY)
    moved = replace(result.read[0], status=AnchorStatus.MOVED)
    result = replace(result, read=(fuzzy, moved, *result.read[1:]))
    assert "; 0 anchored, 1 moved, 1 fuzzy, 1 orphaned." in result.summary_lines()[0]


@pytest.mark.parametrize(("command", "first"), [
    (["annotations", "import"], "FILE"), (["export"], "ANNOTATIONS")])
def test_the_usage_line_puts_the_file_before_the_corpus(command, first, capsys):
    """argparse wrote "[--corpus PATH [PATH ...]] FILE": followed as written, FILE was taken
    for one more PATH ("the following arguments are required: FILE"; a tester, session 52)."""
    assert main([*command, "--help"]) == 0
    usage = capsys.readouterr().out.splitlines()[0]
    assert usage.startswith(f"usage: parallax {' '.join(command)} {first} ")
    assert usage.index(first) < usage.index("--corpus PATH ...")
