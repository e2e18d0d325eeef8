"""`parallax align`: the readable table and the `--json` contract of the design notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.align_report import format_table, result_to_json
from viewer.cli import main
from viewer.commands.common import EXIT_OK, EXIT_USAGE
from viewer.corpus import Article
from viewer.engine import find_shared_passages

QUOTE = ("We do not seek escalation or war, but will defend ourselves against any aggression "
         "whatever it costs and wherever it comes from")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check_contract(payload: dict) -> None:
    assert set(payload) == {"version", "documents", "passages"}
    assert payload["version"] == 2
    texts = {}
    for document in payload["documents"]:
        assert set(document) == {"id", "path", "title", "date", "text"}
        assert isinstance(document["id"], str) and isinstance(document["text"], str)
        assert isinstance(document["title"], str)
        assert document["path"] is None or isinstance(document["path"], str)
        assert document["date"] is None or isinstance(document["date"], str)
        texts[document["id"]] = document["text"]
    assert len(texts) == len(payload["documents"])
    spreads = []
    for number, passage in enumerate(payload["passages"], start=1):
        assert set(passage) == {"id", "consensus", "occurrences"}
        assert passage["id"] == f"p{number}"
        assert isinstance(passage["consensus"], str) and passage["consensus"]
        spreads.append(len({o["document"] for o in passage["occurrences"]}))
        assert spreads[-1] >= 2
        for occurrence in passage["occurrences"]:
            assert set(occurrence) == {"document", "start", "end", "text", "kind", "differences"}
            assert occurrence["kind"] in ("copy", "fragment")
            start, end = occurrence["start"], occurrence["end"]
            assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
            assert texts[occurrence["document"]][start:end] == occurrence["text"]
            for pair in occurrence["differences"]:
                assert isinstance(pair, list) and len(pair) == 2
                assert start <= pair[0] < pair[1] <= end
    assert spreads == sorted(spreads, reverse=True)  # most widely shared first


def test_json_on_the_samples_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["align", "--json"], capsys)
    assert code == EXIT_OK and err == ""
    payload = json.loads(out)
    check_contract(payload)
    assert len(payload["documents"]) == 5
    spread = [len({o["document"] for o in p["occurrences"]}) for p in payload["passages"]]
    assert spread == sorted(spread, reverse=True)
    texts = [o["text"] for p in payload["passages"] for o in p["occurrences"]]
    assert any(text.startswith("All is well! Missiles launched from Iran") for text in texts)
    assert any("We do not seek escalation or war" in text for text in texts)


def test_json_output_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    first = run(["align", "--json"], capsys)[1]
    second = run(["align", "--json"], capsys)[1]
    assert first == second


def test_json_on_files_with_emoji_and_options(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(f"Title A\n😀 שלום Zarif wrote: “{QUOTE}”. Then more.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Title B\nOther words first. \"{QUOTE}\" he said 🙂\n",
                                    encoding="utf-8")
    code, out, _ = run(["align", "--json", "--min-words", "8", "--ngram-size", "4",
                        str(tmp_path)], capsys)
    assert code == EXIT_OK
    payload = json.loads(out)
    check_contract(payload)
    assert [d["id"] for d in payload["documents"]] == ["a", "b"]
    (passage,) = payload["passages"]
    assert [o["text"] for o in passage["occurrences"]] == [QUOTE, QUOTE]


def test_min_words_above_the_longest_passage_finds_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["align", "--json", "--min-words", "500"], capsys)
    assert code == EXIT_OK
    assert json.loads(out)["passages"] == []


def test_table_lists_passages_most_widely_shared_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["align"], capsys)
    assert code == EXIT_OK and err == ""
    assert all(len(line) <= 100 for line in out.splitlines())
    headers = [line for line in out.splitlines() if line.startswith("p")]
    counts = [int(line.split()[1]) for line in headers]
    assert counts and counts == sorted(counts, reverse=True)
    assert "All is well! Missiles launched from Iran" in out
    assert "We do not seek escalation or war" in out
    assert "000_2634b00bab60cbc7" in out  # the article list keeps the ids
    # ... and passages name articles by title (the samples have no outlet), not by id.
    carriers = [line for line in out.splitlines() if "(1290-" in line]
    assert carriers and "000_2634b00bab60cbc7 (1290-" not in out


def test_table_for_unrelated_articles_says_nothing_is_shared() -> None:
    articles = [Article("x", "Completely different words here.", "x"),
                Article("y", "Nothing in common at all, really.", "y")]
    table = format_table(articles, find_shared_passages(articles))
    assert "No passage is shared" in table


def test_table_never_prints_control_characters() -> None:
    hostile = "\x1b[31m" + QUOTE
    articles = [Article("x", hostile, "\x1b[2Jtitle"), Article("y", QUOTE, "y")]
    table = format_table(articles, find_shared_passages(articles))
    assert "\x1b" not in table


def test_result_to_json_keeps_document_order() -> None:
    articles = [Article("z", QUOTE, "z"), Article("a", "x " + QUOTE, "a")]
    payload = result_to_json(articles, find_shared_passages(articles))
    check_contract(payload)
    assert [d["id"] for d in payload["documents"]] == ["z", "a"]


def test_no_usable_article_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(["align", "--json", str(tmp_path)], capsys)
    assert code == EXIT_USAGE and out == ""
    assert "Traceback" not in err and all(line.startswith("parallax") for line in
                                          err.splitlines())


def _written(articles: list[Article], result: object) -> str:
    import io

    from viewer.align_report import write_json

    out = io.StringIO()
    write_json(articles, result, out)  # type: ignore[arg-type]
    return out.getvalue()


def test_written_json_is_the_standard_library_s_text_of_the_contract() -> None:
    """`write_json` writes documents and occurrences by hand (fast): the same bytes as
    `json.dumps(result_to_json(...), indent=1)`, on the samples, a generated corpus and
    hand-made values (a score, no differences, no path or date, escapes, non-ASCII)."""
    from benchmarks.realistic import generate
    from tests.viewfixtures import sample_articles
    from viewer.passages import AlignmentResult, Occurrence, Passage

    samples = list(sample_articles())
    generated = [Article(d.id, d.text, d.id, path=Path(f"/tmp/{d.id}.txt"))
                 for d in generate(40, seed=3).documents]
    made = [Article("ü \"q\"", "Été\n\t\\ 😀 text", "t\u2028", path=Path("/a b/ü.txt"),
                    date="2020-01-02"), Article("b", "plain", "b")]
    result = AlignmentResult(document_ids=("ü \"q\"", "b"), passages=(
        Passage("p1", (Occurrence("ü \"q\"", 0, 3, "Été", (), "copy"),
                       Occurrence("b", 1, 4, "lai", ((1, 2), (0, 3)), "fragment", 0.25),
                       Occurrence("b", 0, 5, "plain", ((4, 5),), "paraphrase", 1.0)),
                "Été \u2028 ☃"),), coverage={}, similarity=find_shared_passages(made).similarity)
    for articles, found in ((samples, find_shared_passages(samples)),
                            (generated, find_shared_passages(generated)), (made, result)):
        expected = json.dumps(result_to_json(articles, found), indent=1, ensure_ascii=True)
        assert _written(articles, found) == expected + "\n"


def test_documents_made_ahead_are_written_as_they_would_be() -> None:
    """`parallax align --json` makes the documents' JSON while the engine's workers tokenise:
    `write_json` given it writes the same bytes as without it."""
    import io

    from viewer.align_report import documents_json, write_json
    from viewer.indented_json import dumps_indented

    articles = [Article("ü \"q\"", "Été\n\t\\ 😀 text", "t\u2028", path=Path("/a b/ü.txt"),
                        date="2020-01-02"), Article("b", "plain text here", "b")]
    result = find_shared_passages(articles)
    out = io.StringIO()
    write_json(articles, result, out, documents_json(articles))
    assert out.getvalue() == _written(articles, result)
    assert "".join(documents_json(articles, 0)) == dumps_indented(
        json.loads(out.getvalue())["documents"])
