"""Loading rules: the samples, decoding, and one problem per bad file (the rest load)."""

from __future__ import annotations

import codecs
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.loading import load_paths, load_sample_corpus
from viewer.loading.headers import parse_metadata_header
from viewer.resources import seeds_dir

from .faults import as_unprivileged, public_folder
from .loading_helpers import BODY, load_one, only_article, only_problem, write

REPO = Path(__file__).resolve().parent.parent
GROUND_TRUTH = Path("/work/shared/acceptance/seeds_ground_truth.json")


# ---------------------------------------------------------------------------------------------
# The sample corpus


def test_sample_corpus_loads_five_articles_byte_for_byte() -> None:
    report = load_sample_corpus()
    assert report.problems == ()
    assert len(report.articles) == 5
    files = sorted(seeds_dir().glob("*.txt"))
    assert [a.id for a in report.articles] == [f.stem for f in files]
    for article, file in zip(report.articles, files, strict=True):
        assert article.text == file.read_bytes().decode("utf-8")
        assert article.path == file
        assert article.source is None


def test_bundled_seeds_match_the_shared_originals_byte_for_byte() -> None:
    bundled = {p.name: p.read_bytes() for p in seeds_dir().glob("*.txt")}
    originals_dir = REPO / "seeds"
    originals = {p.name: p.read_bytes() for p in originals_dir.glob("*.txt")}
    shared = Path("/work/shared/seeds")
    if shared.is_dir():
        originals = {p.name: p.read_bytes() for p in shared.glob("*.txt")}
    assert len(bundled) == 5
    assert bundled == originals


@pytest.mark.skipif(not GROUND_TRUTH.exists(), reason="acceptance data not present")
def test_ground_truth_offsets_index_the_loaded_text() -> None:
    articles = {a.path.name: a for a in load_sample_corpus().articles if a.path}
    truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    checked = 0
    for passage in truth["passages"]:
        for span in passage.get("required", []) + passage.get("fragments", []):
            article = articles[span["doc"]]
            assert article.text[span["start"] : span["end"]] == span["text"]
            checked += 1
    assert checked > 0


def test_sample_000_date_token_is_metadata_hidden_by_body_start() -> None:
    article = next(a for a in load_sample_corpus().articles if a.id.startswith("000_"))
    assert article.text.startswith(" date 2020-01-08 ")
    assert article.date == "2020-01-08"
    assert article.body_start == len(" date 2020-01-08 ")
    assert article.body.startswith("Iraq's military")
    assert "date" not in article.title


def test_sample_002_title_loses_escaping_but_body_keeps_it() -> None:
    article = next(a for a in load_sample_corpus().articles if a.id.startswith("002_"))
    assert article.title == "'Slap in face': Iran launches missile strike against US in Iraq"
    assert article.text.startswith("\\'Slap in face\\'")


def test_sample_titles_are_short_and_never_an_outlet() -> None:
    for article in load_sample_corpus().articles:
        assert 0 < len(article.title) <= 101
        assert "\n" not in article.title
        assert article.source is None


# ---------------------------------------------------------------------------------------------
# Decoding


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + BODY.encode("utf-8")))
    assert article.text == BODY


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    text = "Zürich — “quoted” 😀 שלום\n" + BODY
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    article = only_article(write(tmp_path, "u16.txt", bom + text.encode(encoding)))
    assert article.text == text


def test_python_utf16_codec_output_loads(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "u16.txt", ("Ünïcode\n" + BODY).encode("utf-16")))
    assert article.text == "Ünïcode\n" + BODY


def test_cp1252_is_detected(tmp_path: Path) -> None:
    text = "The president’s statement — “All is well!” — was read at the café in Zürich.\n" + BODY
    article = only_article(write(tmp_path, "cp1252.txt", text.encode("cp1252")))
    assert article.text == text


def test_short_cp1252_is_detected(tmp_path: Path) -> None:
    text = "Café “quoted” – naïve"
    assert only_article(write(tmp_path, "short.txt", text.encode("cp1252"))).text == text


def test_latin1_is_detected(tmp_path: Path) -> None:
    text = "Zürich, naïve façade, señor, déjà vu, garçon. Über alles.\n" + BODY
    article = only_article(write(tmp_path, "latin1.txt", text.encode("latin-1")))
    assert article.text == text


def test_invalid_bytes_in_good_utf8_are_replaced_not_fatal(tmp_path: Path) -> None:
    raw = "Zürich — “quoted” ".encode() + b"\xff\xfe broken " + BODY.encode()
    article = only_article(write(tmp_path, "broken.txt", raw))
    assert "\ufffd" in article.text
    assert article.text.startswith("Zürich — “quoted” ")
    assert article.text.endswith(BODY)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalised(tmp_path: Path, newline: str) -> None:
    article = only_article(write(tmp_path, "crlf.txt", BODY.replace("\n", newline)))
    assert article.text == BODY
    assert "\r" not in article.text


def test_emoji_and_right_to_left_text(tmp_path: Path) -> None:
    text = "Breaking 🚀 news: مرحبا بالعالم and שלום עולם 👍🏽 today.\n" + BODY
    article = only_article(write(tmp_path, "intl.txt", text))
    assert article.text == text
    assert article.title.startswith("Breaking 🚀 news: مرحبا بالعالم")


unicode_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
        st.sampled_from("\n\t "),
    ),
    min_size=1,
    max_size=200,
).filter(lambda t: t.strip() != "" and not re.match(r"\s*([A-Za-z]+\s*:|-{3}|date)", t, re.I))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=unicode_text,
    emoji=st.sampled_from(["", "😀", "👍🏽", "שלום", "مرحبا", "é"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_decoding_round_trips(
    tmp_path: Path, body: str, emoji: str, encoding: str, newline: str
) -> None:
    text = emoji + body
    written = text.replace("\n", newline)
    if encoding == "utf-16-le-bom":
        raw = codecs.BOM_UTF16_LE + written.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        raw = codecs.BOM_UTF16_BE + written.encode("utf-16-be")
    else:
        raw = written.encode(encoding)
    report = load_one(write(tmp_path, "round.txt", raw))
    assert report.problems == ()
    (article,) = report.articles
    assert article.text == text
    assert article.body_start == 0
    assert article.title and "\n" not in article.title


@settings(max_examples=60, deadline=None)
@given(
    header=st.sampled_from(
        [" date 2020-01-08 ", "title: T\n", "Title: T\nSource: S\n\n", "---\ntitle: T\n---\n"]
    ),
    body=unicode_text,
)
def test_body_start_skips_exactly_the_header(header: str, body: str) -> None:
    text = header + body
    fields, body_start = parse_metadata_header(text)
    leading_space = len(body) - len(body.lstrip())
    assert body_start == len(header) + leading_space
    assert fields.get("title", "T") == "T"
    assert fields.get("date", "2020-01-08") == "2020-01-08"
    assert set(fields) <= {"title", "source", "date"}


# ---------------------------------------------------------------------------------------------
# Bad input: one problem each, the rest load


def test_binary_file_is_refused(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert "binary" in only_problem(write(tmp_path, "image.txt", png)).reason


def test_control_byte_soup_without_nul_is_refused(tmp_path: Path) -> None:
    soup = bytes(b for b in range(1, 256)) * 8
    assert "binary" in only_problem(write(tmp_path, "soup.txt", soup)).reason


def test_nul_bytes_are_refused(tmp_path: Path) -> None:
    raw = BODY.encode() + b"\x00\x00" + BODY.encode()
    assert "binary data" in only_problem(write(tmp_path, "nul.txt", raw)).reason


def test_empty_file_is_refused(tmp_path: Path) -> None:
    assert "empty" in only_problem(write(tmp_path, "empty.txt", b"")).reason


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    assert "whitespace" in only_problem(write(tmp_path, "blank.txt", " \n\t\r\n  \n")).reason


def test_header_without_body_is_refused(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, "head.txt", "title: Only a title\nsource: Wire\n"))
    assert "metadata header" in problem.reason


def test_missing_path_is_reported(tmp_path: Path) -> None:
    problem = only_problem(tmp_path / "nowhere.txt")
    assert "no such file" in problem.reason


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:  # sparse: instant, whatever the size
        stream.truncate(64 * 1024 * 1024)
    problem = only_problem(path)
    assert "too large" in problem.reason and "MB" in problem.reason


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", BODY * 100)
    assert "too large" in only_problem(path, max_bytes=1000).reason
    assert len(load_one(path, max_bytes=len(BODY) * 100).articles) == 1


@pytest.mark.parametrize(("limit", "loads"), [(len(BODY) * 100, True), (len(BODY) * 50, False)])
def test_a_file_that_grew_after_its_size_was_read_is_read_whole_or_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, loads: bool) -> None:
    # What a file appended to between `fstat` and the read looks like to the loader: `fstat`
    # reports a size (here 10 bytes) smaller than what there is to read.
    path = write(tmp_path, "growing.txt", BODY * 100)
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:
        info = list(real_fstat(fd))
        info[6] = 10  # st_size
        return os.stat_result(info)

    monkeypatch.setattr("viewer.loading.files.os.fstat", stale_fstat)
    report = load_one(path, max_bytes=limit)
    if loads:
        assert report.articles[0].text == BODY * 100
    else:
        assert report.articles == () and "too large" in report.problems[0].reason


def test_a_few_megabytes_load(tmp_path: Path) -> None:
    text = ("Lorem ipsum dolor sit amet, “consectetur” — adipiscing elit. 😀\n") * 60_000
    article = only_article(write(tmp_path, "large.txt", text))
    assert len(article.text) == len(text)


def test_unreadable_file_is_reported() -> None:
    # Root reads any file: as root the load runs in a child that dropped to nobody.
    with public_folder() as folder:
        path = write(folder, "secret.txt", BODY)
        path.chmod(0)
        report = as_unprivileged(load_one, path)
    (problem,) = report.problems
    assert problem.reason == "cannot read: permission denied"


def test_special_file_is_refused() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    assert only_problem(Path("/dev/zero")).reason == "a device, not a file; skipped"


def test_folder_without_articles_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    write(tmp_path, "data.json", "{}")
    problem = only_problem(tmp_path)
    assert "no article files" in problem.reason


def test_mix_of_good_and_bad_loads_the_good(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", BODY)
    bad = write(tmp_path, "bad.txt", b"\x00\x01\x02")
    missing = tmp_path / "missing.txt"
    report = load_paths([bad, good, missing])
    assert [a.id for a in report.articles] == ["good"]
    assert [p.path for p in report.problems] == [bad, missing]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_folders_problems_are_listed_in_name_order(tmp_path: Path) -> None:
    # A FIFO is found while listing the folder, a binary file only when it is read: the lines
    # still follow the names, as the user sees the folder.
    write(tmp_path, "a-binary.txt", b"\x00\x01\x02")
    write(tmp_path, "b-good.txt", BODY)
    write(tmp_path, "c-empty.txt", b"")
    os.mkfifo(tmp_path / "b-pipe.txt")
    report = load_paths([tmp_path])
    assert [a.id for a in report.articles] == ["b-good"]
    assert [p.path.name for p in report.problems] == ["a-binary.txt", "b-pipe.txt", "c-empty.txt"]


def test_load_paths_accepts_strings(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", BODY)
    assert [a.id for a in load_paths([str(good)]).articles] == ["good"]


def test_read_bytes_reads_a_file_whole_and_refuses_a_folder(tmp_path: Path) -> None:
    from viewer.loading.files import read_bytes
    from viewer.loading.unusable import UnusableFile

    data = bytes(range(256)) * 300  # more than one read of some systems' pipes
    (tmp_path / "a.txt").write_bytes(data)
    assert read_bytes(tmp_path / "a.txt", 1 << 20) == data
    with pytest.raises(UnusableFile, match="too large"):
        read_bytes(tmp_path / "a.txt", len(data) - 1)
    with pytest.raises(UnusableFile, match="is a folder"):
        read_bytes(tmp_path, 1 << 20)


def test_documents_in_other_formats_are_named_in_one_line(tmp_path: Path) -> None:
    """A journalist saves some articles as PDF or Word files beside the text files: the folder
    gets one line saying they are not read and what to do; images and data pass in silence."""
    write(tmp_path, "a.txt", "A short headline\n\n" + BODY)
    for name in ("report.pdf", "notes.docx", "second.DOCX", "photo.jpg", "data.json",
                 ".hidden.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 not read")
    loaded = load_paths([tmp_path])
    assert [article.id for article in loaded.articles] == ["a"]
    assert [(problem.path, problem.reason) for problem in loaded.problems] == [
        (tmp_path, "3 documents in other formats (.docx, .pdf) not read: save articles as "
                   ".txt, .md or .html")]
