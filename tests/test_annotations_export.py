"""`parallax export`: JSON-LD, CSV and HTML outputs, escaping, formula guard, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.csv_export import spreadsheet_safe
from viewer.annotations.html_report import to_html
from viewer.annotations.model import ClaimGroup, make_annotation
from viewer.annotations.store import save_set
from viewer.cli import main
from viewer.loading import load_paths
from viewer.resources import resource_path, seeds_dir

HOSTILE_NOTE = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> & 'quotes'"
FORMULA_NOTE = "=HYPERLINK(\"http://evil.example\",\"click\")"


@pytest.fixture()
def project(tmp_path: Path) -> dict[str, Path]:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    articles = load_paths([corpus]).articles
    annotation_set = AnnotationSet(claims=[ClaimGroup("Missile count"), ClaimGroup("Unused")])
    first, second = articles[0], articles[1]
    at = first.text.index("22 missiles")
    annotation_set.add(make_annotation(first, at, at + len("22 missiles"), tags=["figures",
                       "disputed"], note=HOSTILE_NOTE, claim="Missile count"))
    at = second.text.index(" ", second.body_start + 40)
    annotation_set.add(make_annotation(second, at + 1, at + 30, tags=["quote"],
                                       note=FORMULA_NOTE))
    last = articles[-1]
    annotation_set.add(make_annotation(last, last.body_start, last.body_start + 40,
                                       tags=["@mention", "-minus"], claim="Missile count"))
    annotations = tmp_path / "notes.jsonld"
    save_set(annotation_set, annotations)
    return {"corpus": corpus, "annotations": annotations, "tmp": tmp_path}


def export(project: dict[str, Path], fmt: str, *extra: str) -> tuple[int, Path]:
    out = project["tmp"] / f"out.{fmt}"
    code = main(["export", str(project["annotations"]), "--corpus", str(project["corpus"]),
                 "--format", fmt, "-o", str(out), *extra])
    return code, out


def test_csv_has_the_columns_and_guards_formulas(project):
    code, out = export(project, "csv")
    assert code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM so spreadsheets detect UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0])[:10] == ["id", "article", "title", "start", "end", "quote", "tags",
                                  "note", "claim", "status"]
    texts = {a.id: a.text for a in load_paths([project["corpus"]]).articles}
    for row in rows:
        assert row["article"] in texts and row["status"] == "anchored"
        quote = row["quote"].removeprefix("'") if row["quote"][:2] in ("'=", "'+", "'-", "'@") \
            else row["quote"]
        assert texts[row["article"]][int(row["start"]) : int(row["end"])] == quote
    assert rows[0]["tags"] == "figures;disputed"
    assert rows[0]["claim"] == "Missile count" and rows[0]["note"] == HOSTILE_NOTE
    assert rows[1]["note"] == "'" + FORMULA_NOTE
    assert rows[2]["tags"] == "'@mention;'-minus"


def test_an_orphan_s_csv_row_has_no_position(project):
    """An interop tester's report: an orphan's row said start 0, end 0, which reads as a real
    span at the article's start; it is in no article, so the cells are empty."""
    from viewer.annotations.csv_export import to_csv
    from viewer.annotations.model import AnchorStatus

    articles = load_paths([project["corpus"]]).articles
    placed = make_annotation(articles[0], 5, 12)
    orphan = replace(make_annotation(articles[0], 0, 4), status=AnchorStatus.ORPHANED,
                     start=0, end=0)
    rows = list(csv.DictReader(io.StringIO(to_csv([placed, orphan], articles), newline="")))
    assert (rows[0]["start"], rows[0]["end"]) == ("5", "12")
    assert (rows[1]["start"], rows[1]["end"], rows[1]["status"]) == ("", "", "orphaned")


def test_an_orphan_in_the_html_report_gives_its_reason_not_a_position(project):
    """A French-speaking newcomer's report: an orphan's line read "orphaned 0-0" under
    "Orphaned (text not found)", though the quote was in two articles alike (not placed for
    that): the report says why, and gives no position."""
    from viewer.annotations.model import AnchorStatus

    articles = load_paths([project["corpus"]]).articles
    orphan = replace(make_annotation(articles[0], 0, 4), status=AnchorStatus.ORPHANED,
                     start=0, end=0, anchor_note="its quote is in 2 articles alike")
    page = to_html([orphan], [], articles)
    assert "Orphaned (not placed)" in page and "text not found" not in page
    assert "not placed: its quote is in 2 articles alike" in page
    assert "0\u20130" not in page


def test_spreadsheet_guard():
    for dangerous in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(dangerous) == "'" + dangerous
    assert spreadsheet_safe("22 missiles") == "22 missiles"


def test_html_is_self_contained_and_escapes_everything(project):
    code, out = export(project, "html")
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    for tag_or_attribute in ("<link", "<iframe", "<object", ' src="', " href=", "url("):
        assert tag_or_attribute not in page, "the report fetches nothing"
    assert "<style>" in page
    assert "Missile count" in page and "Claims compared" in page
    # One row per article quoting each claim; the articles that say nothing fold into one row
    # (tester14: a folder of three events gave 30 "nothing" rows per claim).
    claim_section = page.split("<h3>Missile count</h3>", 1)[1].split("</table>", 1)[0]
    assert claim_section.count("<tr>") == 1 + 2 + 1
    assert "3 articles not tagged for this claim" in claim_section


def test_jsonld_is_valid_and_updates_positions_keeping_orphans(project):
    corpus = project["corpus"]
    files = sorted(corpus.iterdir())
    files[0].write_text("A new first paragraph was added. " + files[0].read_text("utf-8"),
                        encoding="utf-8")
    last_text = files[-1].read_text("utf-8")
    articles = load_paths([corpus]).articles
    lead = articles[-1].text[articles[-1].body_start : articles[-1].body_start + 40]
    files[-1].write_text(last_text.replace(lead, "Entirely rewritten opening sentence!!"),
                         encoding="utf-8")
    code, out = export(project, "jsonld")
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(resource_path("annotation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
    items = document["first"]["items"]
    assert [i["parallax:status"] for i in items] == ["moved", "anchored", "orphaned"]
    quote, position = items[0]["target"]["selector"]
    new_text = load_paths([corpus]).articles[0].text
    assert new_text[position["start"] : position["end"]] == quote["exact"] == "22 missiles"
    original = json.loads(project["annotations"].read_text(encoding="utf-8"))
    assert items[2]["target"] == original["first"]["items"][2]["target"], "orphan unchanged"


def test_stdout_and_sample_corpus_default(project, capsysbinary):
    code = main(["export", str(project["annotations"]), "--format", "jsonld"])
    captured = capsysbinary.readouterr()
    assert code == 0
    document = json.loads(captured.out.decode("utf-8"))
    # Resolved by file name in the sample corpus, since the copies have the same names.
    assert [i["parallax:status"] for i in document["first"]["items"]] == ["anchored"] * 3


@pytest.mark.parametrize(("content", "expected"), [
    (b'{"@context": ["http://www.w3.org/ns/anno.jsonld"], "type": "Annot', "not valid JSON"),
    (b"42", "expected a JSON object or a list"),
    (b"\x00\x01\xff binary", "not UTF-8"),
    (json.dumps({"@context": ["http://www.w3.org/ns/anno.jsonld"], "id": "urn:x",
                 "type": "AnnotationCollection", "parallax:version": 99}).encode(),
     "newer Parallax"),
])
def test_bad_annotation_files_exit_2_with_one_line_and_stay_untouched(
        tmp_path, capsys, content, expected):
    bad = tmp_path / "bad.jsonld"
    bad.write_bytes(content)
    out = tmp_path / "out.csv"
    code = main(["export", str(bad), "--format", "csv", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and str(bad) in err and expected in err
    assert "Traceback" not in err
    assert bad.read_bytes() == content
    assert not out.exists()


def test_output_may_not_overwrite_the_annotation_file(project, capsys):
    before = project["annotations"].read_bytes()
    spelled_differently = project["annotations"].parent / "." / project["annotations"].name
    for target in (project["annotations"], spelled_differently):
        code = main(["export", str(project["annotations"]), "--format", "jsonld", "-o",
                     str(target)])
        assert code == 2
        assert "refusing" in capsys.readouterr().err
    assert project["annotations"].read_bytes() == before


def test_missing_file_and_empty_corpus_exit_2(project, capsys, tmp_path):
    assert main(["export", str(tmp_path / "none.jsonld"), "--format", "csv"]) == 2
    assert "no such file" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", str(project["annotations"]), "--corpus", str(empty),
                 "--format", "csv"]) == 2
    assert capsys.readouterr().err.strip()


def test_unwritable_output_exits_nonzero_without_traceback(project, capsys):
    code, _ = export(project, "csv")
    assert code == 0
    target = project["tmp"] / "no-such-folder" / "out.csv"
    code = main(["export", str(project["annotations"]), "--corpus", str(project["corpus"]),
                 "--format", "csv", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and str(target) in err and "Traceback" not in err


def test_export_runs_without_loading_qt(project):
    script = (
        "import sys\n"
        "from viewer.cli import main\n"
        f"code = main(['export', {str(project['annotations'])!r}, '--format', 'html',"
        f" '-o', {str(project['tmp'] / 'r.html')!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (project["tmp"] / "r.html").exists()


def test_without_a_corpus_the_files_the_annotations_name_are_read(tmp_path: Path) -> None:
    """A French-speaking newcomer's report: `parallax export FILE --format csv` without
    `--corpus` orphaned every annotation ("its article, 03_lematin.txt, is not among the
    articles open"), though the file it names was where it was: the samples were read."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "lematin.txt").write_text("Hommage\n\nJacques Chirac est mort jeudi matin à "
                                        "l'âge de 86 ans, a annoncé sa famille.\n",
                                        encoding="utf-8")
    [article] = load_paths([folder]).articles
    at = article.text.index("Jacques Chirac est mort")
    annotation_set = AnnotationSet()
    annotation_set.add(make_annotation(article, at, at + len("Jacques Chirac est mort")))
    annotations = tmp_path / "notes.jsonld"
    save_set(annotation_set, annotations)
    out = tmp_path / "out.csv"
    assert main(["export", str(annotations), "--format", "csv", "-o", str(out)]) == 0
    [row] = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert (row["status"], row["start"]) == ("anchored", str(at))


def test_without_a_corpus_no_file_outside_the_folders_nor_any_non_article_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fault tester's case: an annotation file naming file:///etc/passwd had its lines copied
    into the export's title and context. Only article files in the annotation file's folder
    or the current one, or below, are read; the others are named in one line."""
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Private\n\nThe password is swordfish and nobody knows it.\n", "utf-8")
    notes = tmp_path / "notes" / "theirs.jsonld"
    notes.parent.mkdir()
    config = notes.parent / "settings.conf"
    config.write_text("password = swordfish\n", "utf-8")
    items = [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": f"urn:x:{n}",
              "type": "Annotation", "target": {"source": path.as_uri(), "selector": {
                  "type": "TextQuoteSelector", "exact": "swordfish"}}}
             for n, path in enumerate([secret, config])]
    notes.write_text(json.dumps(items), "utf-8")
    out = tmp_path / "out.html"
    assert main(["export", str(notes), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    assert "password" not in page and "Private" not in page  # (the files' own words)
    said = capsys.readouterr().err
    assert "not read" in said and "secret.txt" in said and "settings.conf" in said


def test_the_report_is_titled_as_the_window_names_the_comparison(tmp_path: Path) -> None:
    """tester58: `parallax export` of a folder's per-user annotation file titled the report
    "Parallax report: ar-6e7eb51cde551d8b.jsonld" where the window's Export says "ar"."""
    from viewer.projects.project import Project

    folder = tmp_path / "ar"
    folder.mkdir()
    (folder / "01_wafa.txt").write_text("Abbas\n\nThe president condemned the killing.\n",
                                        encoding="utf-8")
    [article] = load_paths([folder]).articles
    annotation_set = AnnotationSet()
    annotation_set.add(make_annotation(article, article.body_start, article.body_start + 13))
    annotations = tmp_path / "ar-6e7eb51cde551d8b.jsonld"  # (as the window's data folder has it)
    save_set(annotation_set, annotations)
    with Project.create(tmp_path / "haniyeh.parallax") as project:
        project.add_articles([article])
        project.save_annotations(annotation_set.annotations, [])

    def title(*arguments: str) -> str:
        out = tmp_path / "report.html"
        assert main(["export", *arguments, "--format", "html", "-o", str(out)]) == 0
        page = out.read_text("utf-8")
        return page.split("<h1>", 1)[1].split("</h1>", 1)[0]

    assert title(str(annotations), "--corpus", str(folder)) == "Parallax report: ar"
    assert title(str(annotations)) == "Parallax report: ar"  # (the files it names: their folder)
    assert title(str(tmp_path / "haniyeh.parallax")) == "Parallax report: haniyeh"
    assert title(str(annotations), "--corpus", str(tmp_path / "haniyeh.parallax")) == (
        "Parallax report: haniyeh")
