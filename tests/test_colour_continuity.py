"""Passage colours across realignments (`viewer.colour_continuity`), without Qt: a passage still
there keeps its colour, only new passages get colours of their own (tester15: adding an article
repainted every passage)."""

from __future__ import annotations

import time
from collections.abc import Callable

from tests.viewfixtures import sample_articles
from viewer.colour_continuity import follow_colours, predecessors, shared_characters
from viewer.highlights import assign_colours
from viewer.jobs.choice import Backends
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.session import PostQueue, Session
from viewer.workspace import Workspace

TIMEOUT = 60.0


def _passage(passage_id: str, *spans: tuple[str, int, int]) -> Passage:
    return Passage(passage_id, tuple(Occurrence(d, s, e, "x" * (e - s)) for d, s, e in spans))


def _result(*passages: Passage) -> AlignmentResult:
    ids = sorted({o.document for p in passages for o in p.occurrences})
    return AlignmentResult(tuple(ids), passages)


# Invented statements in articles a-d: the harbour statement, the mayor's remark, the weather.
HARBOUR, MAYOR, WEATHER = ("a", 0, 200), ("a", 300, 380), ("b", 500, 560)
BEFORE = _result(_passage("p1", HARBOUR, ("b", 0, 200), ("c", 40, 240)),
                 _passage("p2", MAYOR, ("c", 300, 380)),
                 _passage("p3", WEATHER, ("c", 500, 560)))


def test_an_added_article_keeps_the_colours_of_the_passages_still_there() -> None:
    # Article d carries the mayor's remark (now the most widely shared: ranked first, new id)
    # and a statement shared with b that is new.
    after = _result(_passage("p1", MAYOR, ("c", 300, 380), ("d", 10, 90)),
                    _passage("p2", HARBOUR, ("b", 0, 200), ("c", 40, 240)),
                    _passage("p3", WEATHER, ("c", 500, 560)),
                    _passage("p4", ("b", 700, 760), ("d", 200, 260)))
    colours = assign_colours(BEFORE)
    fresh = assign_colours(after)
    # Coloured on its own, the new result repaints the statements (what the rule is for).
    assert (fresh["p1"], fresh["p2"]) != (colours["p2"], colours["p1"])
    followed = follow_colours(BEFORE, colours, after, fresh)
    assert predecessors(BEFORE, after) == {"p1": "p2", "p2": "p1", "p3": "p3"}
    assert (followed["p1"], followed["p2"], followed["p3"]) == \
        (colours["p2"], colours["p1"], colours["p3"])
    # The new statement is coloured around the kept ones: not as a passage of b or d has it.
    assert followed["p4"] not in {followed["p2"], followed["p3"], followed["p1"]}


def test_a_removed_article_keeps_the_colours_of_what_is_left() -> None:
    after = _result(_passage("p1", HARBOUR, ("b", 0, 200)),  # c removed: the others vanish
                    )
    colours = {"p1": 5, "p2": 1, "p3": 2}
    assert follow_colours(BEFORE, colours, after)["p1"] == 5


def test_a_passage_that_only_touches_an_old_one_is_not_it() -> None:
    # 20 characters of the harbour statement's 600 at the edge of a new, longer one.
    after = _result(_passage("p1", ("a", 180, 290), ("b", 800, 910)))
    assert predecessors(BEFORE, after) == {}
    assert follow_colours(BEFORE, {"p1": 6, "p2": 6, "p3": 6}, after) == \
        assign_colours(after)


def test_a_split_statement_goes_on_in_the_part_that_shares_most() -> None:
    after = _result(_passage("p1", ("a", 0, 60), ("b", 0, 60)),
                    _passage("p2", ("a", 60, 200), ("b", 60, 200), ("c", 100, 240)))
    assert predecessors(BEFORE, after) == {"p2": "p1"}


def test_shared_characters_meets_only_overlapping_occurrences_and_stays_linear() -> None:
    """Every passage in the same two articles, one after another: a look at each passage
    against each other one (as a look-up per passage among its documents' passages would
    do) is 400 million pairs here; the sweep meets each overlapping pair once."""
    count = 20_000
    before = _result(*(_passage(f"p{k}", ("a", 100 * k, 100 * k + 80),
                                ("b", 100 * k, 100 * k + 80)) for k in range(count)))
    after = _result(*(_passage(f"p{k}", ("a", 100 * k + 5, 100 * k + 85),
                               ("b", 100 * k, 100 * k + 80)) for k in range(count)))
    started = time.perf_counter()
    shared = shared_characters(before, after)
    elapsed = time.perf_counter() - started
    assert shared == {(k, k): 75 + 80 for k in range(count)}
    assert elapsed < 10.0  # about 0.2 s; a pair-by-pair look would take many minutes


def _run_until(post: PostQueue, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not done():
        assert time.monotonic() < deadline, "timed out"
        post.run_pending(timeout=0.05)


def test_the_session_keeps_colours_when_an_article_is_added() -> None:
    """The samples without their first article, then with it: each statement the first result
    had keeps its colour (coloured on its own, the second result repaints two of them)."""
    articles = sample_articles()
    post = PostQueue()
    session = Session(Workspace(articles[1:]), backends=Backends(), post=post)
    session.start_alignment()
    _run_until(post, lambda: not session.busy)
    before = session.workspace.result
    assert before is not None
    old_colours = dict(session.workspace.colours)
    session.add_articles(articles[:1])
    _run_until(post, lambda: not session.busy)
    after = session.workspace.result
    assert after is not None and after is not before
    kept = predecessors(before, after)
    assert len(kept) == len(before.passages)
    fresh = assign_colours(after)
    assert any(fresh[new] != old_colours[old] for new, old in kept.items())
    assert all(session.workspace.colours[new] == old_colours[old] for new, old in kept.items())


def test_removing_an_article_keeps_the_colours_until_the_next_alignment() -> None:
    from viewer.corpus import Article

    workspace = Workspace([Article(d, "x" * 1000, d) for d in ("a", "b", "c")])
    assert workspace.accept_result(workspace.generation, BEFORE)
    # Colours as a user would have had them after earlier realignments.
    workspace.colours = {"p1": 3, "p2": 4, "p3": 5}
    workspace.remove_article("c")
    result = workspace.result
    assert result is not None and [p.id for p in result.passages] == ["p1"]
    assert assign_colours(result)["p1"] != 3  # coloured afresh it would change
    assert workspace.colours == {"p1": 3}


def test_a_new_passage_takes_no_colour_its_neighbours_in_the_list_have() -> None:
    """tester55 #13: a folder opened into the window brought a widest passage of its own;
    coloured around the kept ones by their use overall alone, it took blue, the colour of the
    passage right below it in the list (two blue rows at the top, two orange ones further)."""
    kept_rows = [_passage(f"k{n}", (f"old{n}", 0, 50), (f"old{n}b", 0, 50)) for n in range(8)]
    fresh = _passage("new", ("spanish1", 0, 80), ("spanish2", 0, 80))
    result = _result(fresh, *kept_rows)
    keep = {f"k{n}": n for n in range(8)}
    colours = assign_colours(result, 8, keep=keep)
    assert {colours[f"k{n}"] for n in range(8)} == set(range(8))  # the kept ones as they were
    neighbours = {colours[f"k{n}"] for n in range(4)}
    assert colours["new"] not in neighbours, colours
