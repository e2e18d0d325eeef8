"""benchmarks/reuse_bound.py: what shared text alone can link in a truth file."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.reuse_bound import bound, connections, longest_shared_run, main, words
from benchmarks.truth_formats import GroundTruth, Span

FIRST = "We will rebuild the cathedral within five years, more beautiful than before."
SECOND = "The nation will stand together through this terrible night of loss."


def whole(texts: dict[str, str], document: str, quoted: str) -> Span:
    start = texts[document].index(quoted)
    return Span(document, start, start + len(quoted), "copy")


def naive_longest(first: list[str], second: list[str]) -> int:
    return max((k for i in range(len(first)) for j in range(len(second))
                for k in range(1, min(len(first) - i, len(second) - j) + 1)
                if first[i:i + k] == second[j:j + k]), default=0)


@given(st.lists(st.sampled_from("abc"), max_size=12), st.lists(st.sampled_from("abc"),
                                                               max_size=12))
def test_longest_shared_run_is_the_longest_common_run(first: list[str],
                                                      second: list[str]) -> None:
    assert longest_shared_run(first, second) == naive_longest(first, second)


def test_words_are_lower_cased_and_wide_scripts_are_read_by_character() -> None:
    assert words("Talks would RESUME, in Geneva.") == ["talks", "would", "resume", "in", "geneva"]
    assert words("東京都は2019年") == ["東", "京", "都", "は", "2019", "年"]


def test_a_document_sharing_a_run_is_connected_and_one_sharing_nothing_is_lone() -> None:
    texts = {"a": "The minister said the talks would resume next week in Geneva.",
             "b": "Talks would resume next week in Geneva, according to officials.",
             "c": "A spokesman declined to give any further comment on it."}
    truth = GroundTruth({}, {"talks": [Span(d, 0, len(t), "copy") for d, t in texts.items()]},
                        [])
    # ("to" is all c shares, with b; a reaches c only through b)
    assert connections(texts, truth.statements["talks"]) == {("a", "b"): 7, ("a", "c"): 1,
                                                              ("b", "c"): 1}
    result = bound(texts, truth)
    assert (result.pairs, result.connected_pairs, result.lone_documents) == (3, 1, 1)
    assert result.pair_recall == pytest.approx(1 / 3)
    assert bound(texts, truth, n=8).connected_pairs == 0


def test_a_third_outlet_carrying_both_pieces_connects_two_that_share_nothing() -> None:
    texts = {"a": f"He said: {FIRST}", "b": f"He added: {SECOND}", "whole": f"{FIRST} {SECOND}"}
    occurrences = [whole(texts, "a", FIRST), whole(texts, "b", SECOND),
                   Span("whole", 0, len(texts["whole"]), "copy")]
    widest = connections(texts, occurrences)
    assert widest[("a", "b")] == min(widest[("a", "whole")], widest[("b", "whole")]) == 11
    assert bound(texts, GroundTruth({}, {"speech": occurrences}, [])).pair_recall == 1.0
    assert bound(texts, GroundTruth({}, {"speech": occurrences[:2]}, [])).pair_recall == 0.0


def test_no_run_goes_on_from_one_piece_to_the_next() -> None:
    texts = {"a": "alpha beta gamma. Other words. delta epsilon zeta",
             "b": "alpha beta gamma delta epsilon zeta"}
    pieces = [Span("a", 0, 16, "copy"), Span("a", 32, len(texts["a"]), "copy"),
              Span("b", 0, len(texts["b"]), "copy")]
    assert connections(texts, pieces)[("a", "b")] == 3


def test_wide_scripts_count_two_characters_a_word() -> None:
    texts = {"a": "政府は新しい元号を令和と発表した", "b": "新しい元号を令和と決めた"}
    occurrences = [Span(d, 0, len(t), "copy") for d, t in texts.items()]
    assert connections(texts, occurrences)[("a", "b")] == len("新しい元号を令和と") // 2


def test_missed_pairs_are_counted_by_how_strongly_text_connects_them() -> None:
    texts = {"a": f"He said: {FIRST}", "b": f"He added: {SECOND}", "whole": f"{FIRST} {SECOND}",
             "c": "A spokesman declined to give any further comment on it."}
    occurrences = [whole(texts, "a", FIRST), whole(texts, "b", SECOND),
                   Span("whole", 0, len(texts["whole"]), "copy"),
                   Span("c", 0, len(texts["c"]), "copy")]
    truth = GroundTruth({}, {"speech": occurrences}, [])
    # a finder that links each piece with the whole text, as two passages
    passages = [[occurrences[0], Span("whole", 0, len(FIRST))],
                [occurrences[1], Span("whole", len(FIRST) + 1, len(texts["whole"]))]]
    result = bound(texts, truth, passages=passages)
    assert result.missed_by_connection == {"0-2": 3, "3-4": 0, "5-9": 0, "10+": 1}
    linked_all = [[*occurrences]]
    assert sum(bound(texts, truth, passages=linked_all).missed_by_connection.values()) == 0
    assert result.pairs == 6  # four documents


def test_command_line_reads_an_alignment_and_an_acceptance_list(tmp_path, capsys) -> None:
    texts = {"a.txt": "The minister said the talks would resume next week in Geneva.",
             "b.txt": "Talks would resume next week in Geneva, according to officials."}
    alignment = {"version": 2, "passages": [],
                 "documents": [{"id": d, "text": t} for d, t in texts.items()]}
    truth = {"statements": [{"name": "talks", "occurrences": [
        {"doc": d, "start": 0, "end": len(t), "kind": "copy"} for d, t in texts.items()]}]}
    (tmp_path / "align.json").write_text(json.dumps(alignment), "utf-8")
    (tmp_path / "truth.json").write_text(json.dumps(truth), "utf-8")
    assert main([str(tmp_path / "align.json"), str(tmp_path / "truth.json"), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert (printed["pair_recall"], printed["lone_documents"]) == (1.0, 0)
    assert printed["missed_by_connection"] == {"0-2": 0, "3-4": 0, "5-9": 1, "10+": 0}


def test_a_document_lone_in_two_statements_counts_once_per_statement() -> None:
    texts = {"a": "Talks would resume next week in Geneva. The weather was cold and grey.",
             "b": "Talks would resume next week in Geneva. It snowed in the mountains today.",
             "c": "Officials declined to comment. Nobody said anything about it at all."}
    statements = {name: [Span(d, *bounds[d], "copy") for d in texts]
                  for name, bounds in (("talks", {d: (0, t.index(".")) for d, t in texts.items()}),
                                       ("weather", {d: (t.index(".") + 2, len(t))
                                                    for d, t in texts.items()}))}
    result = bound(texts, GroundTruth({}, statements, []))
    assert result.lone_documents == 4  # c in "talks"; a, b and c in "weather"
