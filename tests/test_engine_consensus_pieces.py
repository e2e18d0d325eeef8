"""The consensus holds every piece of a statement several outlets carry: a paragraph the
reference occurrence leaves out (`viewer.engine.shared_pieces`), and paragraphs an outlet prints
in another order, which are then marked like every other copy of them
(`viewer.engine.moved_pieces`). Small hand-made corpora."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.passages import Passage

from .engine_texts import articles, filler

OPENING = ("The harbour authority said on Tuesday that the northern breakwater had cracked along "
           "forty metres during the storm and that ferries would use the southern berth until "
           "engineers had inspected the damage.")
MIDDLE = ("Divers found two more fractures below the waterline on Wednesday morning, each wider "
          "than a hand.")
CLOSING = ("Repairs are expected to take six weeks and to cost about twelve million euros, to be "
           "paid from the port's reserve fund rather than by the city.")


def _only(passages: tuple[Passage, ...]) -> Passage:
    (passage,) = passages
    return passage


def test_a_paragraph_the_reference_leaves_out_is_in_the_consensus_when_outlets_carry_it() -> None:
    """Two outlets print the opening and the closing paragraph, two the opening and the middle
    one, another the middle one alone: the statement is all three, in order, and no copy of
    the middle paragraph is marked."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{OPENING}\n\n{MIDDLE}\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{OPENING}\n\n{MIDDLE}\n\n{filler('h')}.",
        f"{filler('i')}.\n\n{MIDDLE}\n\n{filler('j')}.",
    ))
    passage = _only(result.passages)
    assert passage.consensus == f"{OPENING} {MIDDLE} {CLOSING}".rstrip(".")
    assert len({o.document for o in passage.occurrences}) == 5
    assert all(not o.differences for o in passage.occurrences)


def test_a_phrase_two_outlets_print_around_a_statement_is_not_added() -> None:
    """What two outlets write before joining the statement mid-sentence is their lead-in, not
    a piece of the statement: the consensus starts where the statement does."""
    lead_in = "Speaking to reporters at the quay on Wednesday, a spokeswoman confirmed that"
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{lead_in} the northern breakwater had cracked along forty metres "
        f"during the storm.\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{lead_in} the northern breakwater had cracked along forty metres "
        f"during the storm.\n\n{filler('h')}.",
    ))
    consensus = _only(result.passages).consensus
    assert consensus.startswith("The harbour authority said")
    assert "spokeswoman" not in consensus


def test_paragraphs_printed_in_another_order_are_in_the_consensus_and_not_marked() -> None:
    """Two outlets print the opening paragraph then the closing one, two others the other way
    round: the consensus is both, once each, and no copy is marked."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{CLOSING}\n\n{OPENING}\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{CLOSING}\n\n{OPENING}\n\n{filler('h')}.",
    ))
    passage = _only(result.passages)
    assert passage.consensus.count("breakwater") == 1
    assert passage.consensus.count("reserve fund") == 1
    assert len({o.document for o in passage.occurrences}) == 4
    assert all(not o.differences for o in passage.occurrences)


def test_an_edited_copy_in_another_order_shows_only_its_own_edit() -> None:
    """An outlet printing the paragraphs the other way round and changing one word is marked
    at that word alone."""
    edited = CLOSING.replace("six weeks", "seven weeks")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{OPENING}\n\n{CLOSING}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{edited}\n\n{OPENING}\n\n{filler('f')}.",
    ))
    passage = _only(result.passages)
    (moved,) = [o for o in passage.occurrences if o.document == "d2"]
    marked = [moved.text[start - moved.start : end - moved.start]
              for start, end in moved.differences]
    assert marked == ["seven"]


def test_a_paragraph_paired_with_another_is_moved_to_where_the_reference_has_it() -> None:
    """An occurrence printing B, its own C, then A, diffed against a reference A B D, has C and
    A paired word by word with D (the two are as long): A is aligned where the reference has
    it, and C, the outlet's own, is paired with nothing."""
    import numpy as np

    from viewer.engine.consensus import Alignment, Reference, Window
    from viewer.engine.document_view import DocumentViews
    from viewer.engine.moved_pieces import with_moved_pieces
    from viewer.engine.tokens import tokenise

    def words(tag: str, count: int) -> str:
        return " ".join(f"{tag}{chr(97 + k)}word" for k in range(count))

    a, b, c, d = words("alp", 8), words("bet", 8), words("gam", 4), words("del", 12)
    views = DocumentViews(tokenise(articles(f"{a} {b} {d}", f"{b} {c} {a}")))
    reference = Reference([Window(views[0], 0, 28)])
    window = Window(views[1], 0, 20)
    diffed = Alignment(8, 28, np.arange(8, 28), np.arange(0, 20), {}, (0, 0), (20, 20))
    (moved,) = with_moved_pieces(reference, [window], [diffed])
    pairs = dict(zip(moved.at_token.tolist(), moved.at_position.tolist(), strict=True))
    assert [pairs[token] for token in range(12, 20)] == list(range(0, 8))  # A
    assert [pairs[token] for token in range(0, 8)] == list(range(8, 16))  # B
    assert not any(token in pairs for token in range(8, 12))  # C
    assert (moved.low, moved.high) == (0, 16)


def test_a_paragraph_is_moved_across_a_few_words_the_occurrence_leaves_out() -> None:
    """Reference A x y B; an occurrence prints B then A: A is aligned where the reference has
    it, two words before what the occurrence reaches (it leaves out x y, as a copy may)."""
    import numpy as np

    from viewer.engine.consensus import Alignment, Reference, Window
    from viewer.engine.document_view import DocumentViews
    from viewer.engine.moved_pieces import with_moved_pieces
    from viewer.engine.tokens import tokenise

    def words(tag: str, count: int) -> str:
        return " ".join(f"{tag}{chr(97 + k)}word" for k in range(count))

    a, b = words("alp", 8), words("bet", 8)
    views = DocumentViews(tokenise(articles(f"{a} xword yword {b}", f"{b} {a}")))
    reference = Reference([Window(views[0], 0, 18)])
    diffed = Alignment(10, 18, np.arange(10, 18), np.arange(0, 8), {}, (0, 0), (8, 16))
    (moved,) = with_moved_pieces(reference, [Window(views[1], 0, 16)], [diffed])
    pairs = dict(zip(moved.at_token.tolist(), moved.at_position.tolist(), strict=True))
    assert [pairs.get(token) for token in range(8, 16)] == list(range(0, 8))
    assert (moved.low, moved.high) == (0, 18)
