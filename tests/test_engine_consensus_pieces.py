"""The consensus holds every piece of a statement several outlets carry: a paragraph the
reference occurrence leaves out (`viewer.engine.shared_pieces`), and paragraphs an outlet prints
in another order, which are then marked like every other copy of them
(`viewer.engine.moved_pieces`). Small hand-made corpora."""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from viewer.engine import align as align_stage
from viewer.engine import find_shared_passages, moved_pieces
from viewer.engine.anchored_diff import AnchoredDiffer
from viewer.engine.consensus import Alignment, Reference, Window
from viewer.engine.consensus_text import joined_text
from viewer.engine.document_view import DocumentView, DocumentViews
from viewer.engine.moved_pieces import with_free_stretches, with_moved_pieces
from viewer.engine.statements import Statements
from viewer.engine.tokens import tokenise
from viewer.passages import Passage

from .engine_texts import articles, filler, token_range

OPENING = ("The harbour authority said on Tuesday that the northern breakwater had cracked along "
           "forty metres during the storm and that ferries would use the southern berth until "
           "engineers had inspected the damage.")
MIDDLE = ("Divers found two more fractures below the waterline on Wednesday morning, each wider "
          "than a hand.")
CLOSING = ("Repairs are expected to take six weeks and to cost about twelve million euros, to be "
           "paid from the port's reserve fund rather than by the city.")
ASIDE = ("Fishermen who moor inside the breakwater were told to move their boats to the marina at "
         "Kessing before the next tide.")


def _words(tag: str, count: int) -> str:
    """`count` made-up words starting with `tag`."""
    return " ".join(f"{tag}{chr(97 + k)}word" for k in range(count))


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


def test_a_piece_placed_before_the_references_last_sentence_does_not_push_it_out() -> None:
    """Three outlets print a long paragraph and a short closing sentence, two the paragraph and
    a longer one of their own: placed between the two, that piece must not make the three
    copies' closing sentence (after more words than it holds) look like a chance match, lost
    from the statement they carry."""
    opening = (f"{OPENING} The harbour master told the council that the crack had opened slowly "
               "over the winter and that the storm had only widened it, and that the ferry "
               "company had been warned twice.")
    closing = ("Nobody was hurt, said another spokeswoman for Seaport Rescue, whose crews "
               "stayed ashore.")
    piece = ("Divers found two more fractures below the waterline on Wednesday morning, each "
             "wider than a hand, and a third one near the old lighthouse that divers had missed "
             "before.")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{opening}\n\n{closing}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{opening}\n\n{closing}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{opening}\n\n{closing}\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{opening}\n\n{piece}\n\n{filler('h')}.",
        f"{filler('i')}.\n\n{opening}\n\n{piece}\n\n{filler('j')}.",
    ))
    passage = _only(result.passages)
    assert closing.rstrip(".") in passage.consensus
    assert all(not o.differences for o in passage.occurrences if o.document in {"d0", "d1", "d2"})


def test_a_paragraph_printed_after_the_one_it_precedes_is_marked_like_its_copies() -> None:
    """Two outlets print three paragraphs in order, one the middle paragraph with a word
    changed, in place, one the same changed paragraph last: both copies of it are marked at
    that word alone (the second one's words lie in a gap of what it reaches)."""
    edited = MIDDLE.replace("two more", "three more")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{OPENING}\n\n{edited}\n\n{CLOSING}\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{OPENING}\n\n{CLOSING}\n\n{edited}\n\n{filler('h')}.",
    ))
    passage = _only(result.passages)
    marked = {o.document: [o.text[start - o.start : end - o.start]
                           for start, end in o.differences] for o in passage.occurrences}
    assert marked == {"d0": [], "d1": [], "d2": ["three"], "d3": ["three"]}


def test_a_long_paragraph_the_reference_holds_elsewhere_is_searched_once(monkeypatch) -> None:
    """An outlet prints the last of three long paragraphs before the first, leaving out the
    middle one: the last one is not aligned where the reference has it (the outlet would seem
    to leave out the middle one), and its words are looked up once, not once per word (that
    was quadratic: 13 s for three paragraphs of 2,000 words)."""
    paragraphs = [" ".join(f"{tag}{k % 7}x{k}" + ("." if k % 15 == 14 else "")
                           for k in range(600)) + "." for tag in "pqr"]
    first, middle, last = paragraphs
    reached: list[int] = []
    original = moved_pieces._reach

    def counted(*args: Any) -> int:
        reached.append(1)
        return original(*args)

    monkeypatch.setattr(moved_pieces, "_reach", counted)
    result = find_shared_passages(articles(f"{first}\n\n{middle}\n\n{last}",
                                           f"{first}\n\n{middle}\n\n{last} zz.",
                                           f"{last}\n\n{first}"))
    assert len(result.passages) == 1
    assert len(reached) < 20


def _printed(orders: list[list[int]], edited: tuple[int, set[int]] = (-1, set())
             ) -> tuple[list[str], list[dict[int, tuple[int, int]]]]:
    """Articles printing OPENING, MIDDLE, CLOSING, ASIDE (0-3) in each of `orders`, paragraph
    `edited[0]` with one word changed in the articles `edited[1]`; and each paragraph's place."""
    paragraphs = [OPENING, MIDDLE, CLOSING, ASIDE]
    edits = [("forty", "fifty"), ("two more", "three more"), ("six weeks", "seven weeks"),
             ("next tide", "evening tide")]
    texts: list[str] = []
    places: list[dict[int, tuple[int, int]]] = []
    for index, order in enumerate(orders):
        text, where = f"{filler(chr(97 + index))}.\n\n", {}
        for k in order:
            paragraph = paragraphs[k]
            if k == edited[0] and index in edited[1]:
                paragraph = paragraph.replace(*edits[k])
            where[k] = (len(text), len(text) + len(paragraph))
            text += paragraph + "\n\n"
        texts.append(text + f"{filler(chr(110 + index))}.")
        places.append(where)
    return texts, places


def test_paragraphs_of_similar_length_swapped_are_not_marked() -> None:
    """An outlet swapping two paragraphs of similar length (which the diff pairs word by word,
    a "the" here and there equal by chance) prints both as the others do: nothing is marked
    and the consensus ends where the statement does."""
    texts, _ = _printed([[0, 1, 2, 3], [0, 1, 2, 3], [0, 3, 2, 1]])
    passage = _only(find_shared_passages(articles(*texts)).passages)
    assert passage.consensus.endswith("before the next tide")
    assert all(not o.differences for o in passage.occurrences)


def test_a_piece_next_to_another_moved_one_is_moved_too() -> None:
    """An outlet printing the reference's last paragraph first and its second-to-last one
    second: the first is next to what the outlet reaches only once the second is moved."""
    texts, _ = _printed([[2, 1, 3, 0], [0, 3, 2, 1]])
    passage = _only(find_shared_passages(articles(*texts)).passages)
    assert passage.consensus.count("harbour authority") == 1
    assert all(not o.differences for o in passage.occurrences)


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 4).flatmap(lambda size: st.tuples(
    st.lists(st.permutations(list(range(size))), min_size=2, max_size=5),
    st.integers(0, size - 1), st.sets(st.integers(0, 4)))))
# (The diff pairing the fourth outlet's first paragraph word by word with the reference's,
# on up to the edited paragraph's first words: those are still that paragraph's.)
@example(([[0, 1, 3, 2], [0, 1, 2, 3], [0, 1, 2, 3], [2, 1, 3, 0]], 1, {0, 1}))
# (The fourth outlet's copy of the edited paragraph, aligned by the diff in place, changed in
# its second-to-last word: its last two words are still that paragraph's, marked as the third
# outlet's are.)
@example(([[0, 1, 3, 2], [0, 1, 2, 3], [0, 1, 2, 3], [2, 1, 3, 0]], 3, {0, 1}))
def test_paragraphs_in_any_order_are_held_once_and_alike_copies_marked_alike(
        case: tuple[list[list[int]], int, set[int]]) -> None:
    """Any orders of two to four paragraphs, one maybe edited in some outlets: one passage,
    each paragraph's opening words in the consensus at most once, and the copies of a
    paragraph printed alike marked alike."""
    orders, edited, editors = case
    texts, places = _printed(orders, (edited, editors))
    passage = _only(find_shared_passages(articles(*texts)).passages)
    for k in range(len(orders[0])):
        opening = [OPENING, MIDDLE, CLOSING, ASIDE][k][:30]
        assert passage.consensus.count(opening) <= 1
    marks: dict[tuple[int, bool], set[tuple[str, ...]]] = {}
    for occurrence in passage.occurrences:
        index = int(occurrence.document[1:])
        for k, (start, end) in places[index].items():
            marks.setdefault((k, k == edited and index in editors), set()).add(tuple(
                texts[index][low:high] for low, high in occurrence.differences
                if start <= low < end))
    assert all(len(variants) == 1 for variants in marks.values())


def test_a_piece_printed_before_a_statement_joined_mid_sentence_goes_before_it() -> None:
    """Two outlets print a paragraph, then (a few words of their own between) a statement
    every outlet joins mid-sentence: the paragraph goes before the statement's first words,
    as they print it, not after its first sentence (no sentence is cut before its first
    word)."""
    statement = f"{OPENING.split('Tuesday that ')[1]} {CLOSING}"
    texts = [f"{filler('a')}.\n\n{MIDDLE}\n\nWe spoke to the port. Officials say {statement}",
             f"{filler('b')}.\n\n{MIDDLE}\n\nWe spoke to the port. Staff report {statement}",
             f"Our sources insist {statement}", f"Radio Kessing said {statement}"]
    views = DocumentViews(tokenise(articles(*texts)))
    windows: list[Window] = []
    for index, text in enumerate(texts):
        view = views[index]
        starts = list(view.starts)
        if MIDDLE in text:
            windows.append(Window(view, starts.index(text.index(MIDDLE)),
                                  starts.index(text.index("We spoke"))))
        windows.append(Window(view, starts.index(text.index("the northern")), len(starts)))
    text, _, _ = align_stage._agree_windows(windows, AnchoredDiffer())
    assert text.startswith(MIDDLE) and text.endswith("by the city")


def test_pieces_joined_across_an_attribution_are_two_sentences() -> None:
    """A quotation's first piece ends with the comma before its attribution ('...the damage,"
    the mayor said. "Divers ...'): joined to the next piece, it ends the sentence the next
    piece's document ends before that piece."""
    text = (f'{filler("a")}. "Ferries will use the southern berth until engineers have '
            'inspected the damage," the mayor said. "Divers found two more fractures."')
    view = DocumentViews(tokenise(articles(text)))[0]
    starts = list(view.starts)

    def run(words: str) -> tuple[DocumentView, int, int]:
        first = starts.index(text.index(words))
        return view, first, first + len(words.split())

    joined = joined_text([run("Ferries will use the southern berth until engineers have "
                              "inspected the damage"), run("Divers found two more fractures")])
    assert joined == ("Ferries will use the southern berth until engineers have inspected the "
                      "damage. Divers found two more fractures")


def test_a_quotation_cut_by_its_attribution_ends_its_sentence_at_the_comma() -> None:
    """The first piece's document writes the comma before its attribution ('...only begun,"
    Walz said in a statement, adding: "No verdict ...'), and the next piece's no sentence end
    before it: the comma stands for the statement's full stop where the next piece opens with a
    capital; a quotation going on after a comma ('she said, "President ...') reads on."""
    text = (f'{filler("a")}. "The trial is over, but our work has only begun," Walz said in a '
            'statement, adding: "No verdict can bring George back." "We thank," she said, '
            '"President Biden for his help."')
    view = DocumentViews(tokenise(articles(text)))[0]
    starts = list(view.starts)

    def run(words: str) -> tuple[DocumentView, int, int]:
        first = starts.index(text.index(words))
        return view, first, first + len(words.split())

    assert joined_text([run("The trial is over, but our work has only begun"),
                        run("No verdict can bring George back")]) == (
        "The trial is over, but our work has only begun. No verdict can bring George back")
    assert joined_text([run("We thank"), run("President Biden for his help")]) == (
        "We thank President Biden for his help")


def test_a_paragraph_the_reference_leaves_out_is_found_in_text_without_spaces() -> None:
    """The first test in Chinese, one token per character: the paragraph two outlets print in
    place of the closing one is paired with it character by character, with a character equal
    by chance ("周" of "周三" and of "六周") between, and is still a piece of the statement."""
    opening = ("港口管理局周二表示，北防波堤在风暴中沿四十米开裂，"
               "渡轮将使用南泊位，直到工程师检查损坏情况。")
    middle = "潜水员周三上午在水线以下又发现了两处裂缝，每处都比手掌还宽。"
    closing = "预计修复需要六周时间，费用约为一千二百万欧元，将由港口储备基金而非市政府支付。"
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{opening}\n\n{closing}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{opening}\n\n{closing}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{opening}\n\n{middle}\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{opening}\n\n{middle}\n\n{filler('h')}.",
        f"{filler('i')}.\n\n{middle}\n\n{filler('j')}.",
    ))
    passage = _only(result.passages)
    assert passage.consensus.replace(" ", "") == f"{opening}{middle}{closing}".rstrip("。")
    assert all(not o.differences for o in passage.occurrences)


def test_a_paragraph_paired_with_another_is_moved_to_where_the_reference_has_it() -> None:
    """An occurrence printing B, its own C, then A, diffed against a reference A B D, has C and
    A paired word by word with D (the two are as long): A is aligned where the reference has
    it, and C, the outlet's own, is paired with nothing."""
    a, b, c, d = _words("alp", 8), _words("bet", 8), _words("gam", 4), _words("del", 12)
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
    a, b = _words("alp", 8), _words("bet", 8)
    views = DocumentViews(tokenise(articles(f"{a} xword yword {b}", f"{b} {a}")))
    reference = Reference([Window(views[0], 0, 18)])
    diffed = Alignment(10, 18, np.arange(10, 18), np.arange(0, 8), {}, (0, 0), (8, 16))
    (moved,) = with_moved_pieces(reference, [Window(views[1], 0, 16)], [diffed])
    pairs = dict(zip(moved.at_token.tolist(), moved.at_position.tolist(), strict=True))
    assert [pairs.get(token) for token in range(8, 16)] == list(range(0, 8))
    assert (moved.low, moved.high) == (0, 18)


def test_a_word_changed_next_to_a_moved_paragraph_is_marked_like_its_copies() -> None:
    """Two outlets change a word near the end of the last paragraph, one of them printing the
    second paragraph after it: moving that paragraph leaves the changed word paired (a copy's
    edit, not a paragraph standing against another), so both copies are marked at it."""
    texts, _ = _printed([[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 2, 3, 1]], (3, {2, 3}))
    passage = _only(find_shared_passages(articles(*texts)).passages)
    marked = {o.document: [o.text[start - o.start : end - o.start]
                           for start, end in o.differences] for o in passage.occurrences}
    assert marked == {"d0": [], "d1": [], "d2": ["evening"], "d3": ["evening"]}


def test_windows_with_free_stretches_are_those_with_six_words_nothing_holds() -> None:
    """`with_free_stretches` passes copies (a word changed here and there, a few words of their
    own around) and keeps windows with six or more words in a row that no run of three equal
    words holds: a lead-in of six words, a paragraph paired word by word with another."""
    words = " ".join(f"w{chr(97 + k)}{chr(97 + k // 26)}x" for k in range(40))
    other = " ".join(f"o{chr(97 + k)}x" for k in range(12))
    changed = words.replace("wkax", "zzzx").replace("wqax", "yyyx")  # words 10 and 16
    views = DocumentViews(tokenise(articles(words, f"{other} {words}", changed)))
    reference = views[0].hashes[0:20]

    def alignment(columns: range, tokens: range) -> Alignment:
        return Alignment(columns[0], columns[-1] + 1, np.array(columns), np.array(tokens), {},
                         (tokens[0], tokens[0]), (tokens[-1] + 1, tokens[-1] + 1))

    copy = (Window(views[0], 0, 20), alignment(range(0, 20), range(0, 20)))
    edited = (Window(views[2], 0, 20), alignment(range(0, 20), range(0, 20)))
    lead_in_of_five = (Window(views[1], 7, 32), alignment(range(0, 20), range(12, 32)))
    lead_in_of_six = (Window(views[1], 6, 32), alignment(range(0, 20), range(12, 32)))
    # the other outlet's 12 words paired word by word with the reference's first 12
    paired_apart = (Window(views[1], 0, 20), alignment(range(0, 20), range(0, 20)))
    cases = [copy, edited, lead_in_of_five, lead_in_of_six, paired_apart]
    free = with_free_stretches([w for w, _ in cases], [a for _, a in cases], reference)
    assert free == [False, False, False, True, True]


WITHHELD = ("At this stage we are not releasing the name or the age of the driver or any other "
            "details that could identify the family")
INJURED = ("Three passengers remain in intensive care at the regional hospital and their injuries "
           "are considered life threatening")


def test_a_remark_two_outlets_print_a_word_apart_is_in_the_consensus() -> None:
    """One outlet prints two of a speaker's remarks, a paragraph apart; another prints the
    first, a third the second with one word transcribed otherwise ("at" / "in the regional
    hospital"). The second remark aligns nothing against the first, the reference: what its two
    copies share runs on across the word they write otherwise, so it is a piece of the
    statement, not two phrases too short to be one, and the consensus holds both remarks
    (it held the first alone, and the third outlet's copy was highlighted against it)."""
    texts = (f"{filler('a')}.\n\n“{WITHHELD},” the chief said.\n\n{filler('b', 12)}.\n\n"
             f"“{INJURED},” she added.\n\n{filler('c')}.",
             f"{filler('d')}.\n\n“{WITHHELD},” the chief told reporters.\n\n{filler('e')}.",
             f"{filler('f')}.\n\n“{INJURED.replace(' at the ', ' in the ')},” the chief said."
             f"\n\n{filler('g')}.")
    corpus = tokenise(articles(*texts))
    rows = [(0, WITHHELD), (0, INJURED), (1, WITHHELD), (2, INJURED.replace(" at ", " in "))]
    ranges = [token_range(corpus, document, words) for document, words in rows]
    statements = Statements(np.zeros(len(rows), dtype=np.int64),
                            np.array([document for document, _ in rows], dtype=np.int64),
                            np.array([first for first, _ in ranges], dtype=np.int64),
                            np.array([end for _, end in ranges], dtype=np.int64))
    (passage,) = align_stage.align_statements(corpus, statements, {"d0": 0, "d1": 1, "d2": 2})
    assert passage.consensus == f"{WITHHELD}. {INJURED}"
