"""Loading rules: decoding, metadata headers, HTML extraction, ids, and one problem per bad file."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.corpus import LoadProblem, LoadReport
from viewer.loading import load_paths, load_sample_corpus
from viewer.loading.headers import clean_title, infer_title, normalize_date, parse_metadata_header
from viewer.resources import seeds_dir

from .faults import as_unprivileged, public_folder

REPO = Path(__file__).resolve().parent.parent
GROUND_TRUTH = Path("/work/shared/acceptance/seeds_ground_truth.json")

BODY = (
    "Iran launched more than a dozen ballistic missiles at two bases in Iraq.\n"
    "The Pentagon said the strikes began at about 5:30 p.m. Eastern time.\n"
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load_one(path: Path, **kwargs: object) -> LoadReport:
    return load_paths([path], **kwargs)  # type: ignore[arg-type]


def only_article(path: Path):
    report = load_one(path)
    assert report.problems == ()
    (article,) = report.articles
    return article


def only_problem(path: Path, **kwargs: object) -> LoadProblem:
    report = load_one(path, **kwargs)
    assert report.articles == ()
    (problem,) = report.problems
    assert problem.path == path
    assert str(problem) == f"{path}: {problem.reason}"
    assert "\n" not in str(problem)
    return problem


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
    assert "NUL" in only_problem(write(tmp_path, "nul.txt", raw)).reason


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


def test_load_paths_accepts_strings(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", BODY)
    assert [a.id for a in load_paths([str(good)]).articles] == ["good"]


# ---------------------------------------------------------------------------------------------
# Folders, extensions and ids


def test_folder_loads_article_files_sorted_by_name_ignoring_others(tmp_path: Path) -> None:
    for name in ["b.md", "a.txt", "c.html", "d.htm", "skip.json", "skip.docx", ".hidden.txt"]:
        write(tmp_path, name, f"<p>{BODY}</p>" if "htm" in name else BODY)
    (tmp_path / "sub.txt").mkdir()
    report = load_paths([tmp_path])
    assert report.problems == ()
    assert [a.id for a in report.articles] == ["a", "b", "c", "d"]


def test_uppercase_extensions_count(tmp_path: Path) -> None:
    write(tmp_path, "LOUD.TXT", BODY)
    assert [a.id for a in load_paths([tmp_path]).articles] == ["LOUD"]


def test_explicit_unknown_extension_is_tried_as_text(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "wire.story", BODY))
    assert article.text == BODY and article.id == "wire"


def test_explicit_unknown_binary_is_reported(tmp_path: Path) -> None:
    assert "binary" in only_problem(write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0" * 50)).reason


def test_duplicate_names_in_two_folders_get_unique_ids(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    write(first, "story.txt", BODY)
    write(second, "story.txt", BODY + "More.\n")
    write(second, "story.md", BODY + "Markdown.\n")
    report = load_paths([first, second])
    assert [a.id for a in report.articles] == ["story", "story-2", "story-3"]


def test_ids_avoid_taken_ids(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", BODY)
    report = load_paths([path], taken_ids={"story", "story-2"})
    assert [a.id for a in report.articles] == ["story-3"]


def test_same_file_twice_loads_once(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", BODY)
    assert len(load_paths([path, tmp_path, path]).articles) == 1


# ---------------------------------------------------------------------------------------------
# Metadata headers and titles


def test_front_matter_is_metadata_hidden_by_body_start(tmp_path: Path) -> None:
    header = (
        "---\ntitle: \"Missiles hit bases\"\nsource: Wire Service\nurl: https://example.org/a\n"
        "date: 2020-01-08T10:00:00Z\nauthor: Jane Doe\ntags: [iran]\n---\n\n"
    )
    article = only_article(write(tmp_path, "fm.md", header + BODY))
    assert article.text == header + BODY
    assert article.body == BODY
    assert (article.title, article.source, article.url, article.date, article.author) == (
        "Missiles hit bases", "Wire Service", "https://example.org/a", "2020-01-08", "Jane Doe"
    )


def test_unclosed_front_matter_is_body_text(tmp_path: Path) -> None:
    text = "---\n" + BODY
    article = only_article(write(tmp_path, "rule.md", text))
    assert article.body_start == 0 and article.source is None


def test_title_header_lines(tmp_path: Path) -> None:
    header = "Title: Strike on Ain al-Asad\nSource: The Daily\nDate: 8 January 2020\n\n"
    article = only_article(write(tmp_path, "head.txt", header + BODY))
    assert article.body_start == len(header)
    assert article.title == "Strike on Ain al-Asad"
    assert article.source == "The Daily"
    assert article.date == "2020-01-08"


def test_a_colon_line_that_is_not_a_known_key_is_body(tmp_path: Path) -> None:
    text = "Update: the Pentagon has confirmed the attack.\n" + BODY
    article = only_article(write(tmp_path, "update.txt", text))
    assert article.body_start == 0
    assert article.title == "Update: the Pentagon has confirmed the attack."


def test_leading_date_token(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "dated.txt", "date 2021-03-04\n" + BODY))
    assert article.date == "2021-03-04"
    assert article.body == BODY


def test_invalid_date_token_is_body(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "dated.txt", "date 2021-13-45 " + BODY))
    assert article.date is None and article.body_start == 0


def test_title_inferred_from_first_line_without_metadata(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "plain.txt", "A short headline\n\n" + BODY))
    assert article.title == "A short headline"
    assert article.source is None and article.date is None


def test_long_first_line_gives_first_sentence_trimmed() -> None:
    body = ("The U.S. military said that " + "many words " * 30 + "ended. Second sentence.")
    title = infer_title(body)
    assert len(title) <= 101 and title.endswith("…")
    assert title.startswith("The U.S. military said")
    assert not title[:-1].endswith(" ")


def test_first_sentence_kept_when_short() -> None:
    body = "Iran fired missiles. " + "Then a long paragraph follows " * 10
    assert infer_title(body) == "Iran fired missiles."


def test_markdown_heading_title() -> None:
    assert infer_title("# Missiles hit two bases\n\nBody.") == "Missiles hit two bases"


def test_clean_title_only_undoes_escapes_and_whitespace() -> None:
    assert clean_title("\\'Slap\\'  in \\\"face\\\"") == "'Slap' in \"face\""


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2020-01-08", "2020-01-08"), ("2020-01-08T23:00:00+01:00", "2020-01-08"),
     ("8 January 2020", "2020-01-08"), ("January 8, 2020", "2020-01-08"),
     ("someday", None), ("", None), (None, None)],
)
def test_normalize_date(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_html_looking_text_file_stays_plain_text(tmp_path: Path) -> None:
    hostile = "<script>alert('x')</script><b>Bold</b> &amp; <img src=x onerror=alert(1)>\n" + BODY
    article = only_article(write(tmp_path, "hostile.txt", hostile))
    assert article.text == hostile


# ---------------------------------------------------------------------------------------------
# HTML

PAGE = """<!doctype html>
<html><head>
<title>Missiles hit two bases - The Daily</title>
<meta property="og:title" content="Missiles hit two bases">
<meta property="og:site_name" content="The Daily">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-01-08T10:00:00Z">
<link rel="canonical" href="https://daily.example/news/missiles">
<style>body { color: red } .STYLE-TEXT {}</style>
<script>var secret = "SCRIPT-TEXT";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Missiles hit two bases</h1>
<p>Iran launched more than a dozen ballistic missiles at two bases in Iraq housing American
troops, officials said on Wednesday, in retaliation for the killing of a top general.</p>
<script>document.write("SCRIPT-TEXT")</script>
<p>The Pentagon said the missiles were launched from Iran and targeted at least two Iraqi
military bases hosting U.S. military and coalition personnel at Al-Assad and Irbil.</p>
<p>&ldquo;All is well!&rdquo; the president wrote on Twitter late on Tuesday night.</p>
</article></body></html>
"""


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "page.html", PAGE))
    assert "Iran launched more than a dozen ballistic missiles" in article.text
    assert "“All is well!”" in article.text
    for leftover in ("SCRIPT-TEXT", "STYLE-TEXT", "<p>", "</", "&ldquo;"):
        assert leftover not in article.text
    assert article.title == "Missiles hit two bases"
    assert article.source == "The Daily"
    assert article.date == "2020-01-08"
    assert article.author == "Jane Doe"
    assert article.url == "https://daily.example/news/missiles"
    assert article.body_start == 0


def test_tiny_html_falls_back_to_tag_stripping(tmp_path: Path) -> None:
    page = ("<html><head><title>Tiny &amp; page</title><style>p{}</style></head><body>"
            "<script>alert('SCRIPT-TEXT')</script><p>One line.</p><p>Two &amp; three.</p>"
            "</body></html>")
    article = only_article(write(tmp_path, "tiny.htm", page))
    assert "SCRIPT-TEXT" not in article.text and "<" not in article.text
    assert "One line." in article.text and "Two & three." in article.text
    assert article.title == "Tiny & page"
    assert article.source is None


def test_huge_html_is_tag_stripped_quickly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("viewer.loading.pages.EXTRACTION_MAX_CHARS", 100)
    article = only_article(write(tmp_path, "page.html", PAGE))
    assert "Iran launched more than a dozen ballistic missiles" in article.text
    assert "Home" in article.text  # no boilerplate removal past the cap
    assert "SCRIPT-TEXT" not in article.text and "STYLE-TEXT" not in article.text
    assert article.title == "Missiles hit two bases - The Daily"
    assert article.source is None


def test_html_without_text_is_reported(tmp_path: Path) -> None:
    page = "<html><head><script>var x = 1;</script></head><body><img src=x></body></html>"
    assert "no article text" in only_problem(write(tmp_path, "empty.html", page)).reason


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head>'
            "<body><p>Caf\xe9 \x93quoted\x94 na\xefve.</p></body></html>")
    article = only_article(write(tmp_path, "legacy.html", page.encode("latin-1")))
    assert "Café “quoted” naïve." in article.text
