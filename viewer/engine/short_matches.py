"""Stage 5, step 2 of clustering: short matches and fragments attached to statements.

Pure function of the corpus, the short matches and the statements the long matches made
(`viewer.engine.statements`, step 1). Shorter matches (down to `min_words`, and quoted
fragments) attach to the statement whose occurrence they overlap, or join each other; but a
short match never merges two statements that long matches already established: a phrase both
happen to contain ("the Islamic Revolutionary Guard Corps said") is no evidence that they are
one; a whole clause both quote word for word is (pieces of one speech, `quotation_links`). A
short match must be evidence (`viewer.engine.evidence`): quoted on both sides, or exact, rare
and holding content words that are not names and titles alone ("President X said on Wednesday"
is the outlets' formula); a short quoted fragment needs one content word. Short matches' runs
side by side in one sentence or one quotation join (B carries a tweet whole that A and C quote
a sentence each of), and so do the two halves of a quotation its attribution splits ('"...,"
she wrote. "..."'; two quotations back to back stay apart). A fragment that overlaps no
statement needs its other side quoted too (words several outlets quote alike, such as a three-
word tweet, are a statement of their own unless `min_words` asks for more than a fragment); once
a whole quotation of REPORTED_QUOTATION_WORDS or more is a statement, an outlet printing it word
for word without quotation marks reports it ('ROMA - Il Governo è pronto a fare la sua parte. Lo
ha detto ...') and joins it, where the two documents share more (one event's). A
fragment found inside another document's longer quotation brings that quotation in only if most
of its other words are the statement's (an edited quote, not another event's quote opening with
the same words). A short match in a paragraph of a story that one reprint dropped and this
document carries (between two pieces of one stretch, `stretches.dropped_paragraph_nodes`) is
the story's too. Between two long texts, a match lying inside the text they share at length on
one side only is one of them repeating itself (a novel's saying, a chapter title listed in the
contents): no evidence that they share more; it joins a statement only where other matches
already make its place part of it. An edited short match is evidence where the same stretch of
one document matches one statement's occurrences in CORROBORATING_DOCUMENTS other documents or
more (`_corroborated`). A story two outlets reprint that quotes a few words of one statement, a
quoted fragment or a short match quoted on both sides linking the two (the story may quote them
edited, or with a word of its own after them), is that statement's (a wire lead carrying part
of it); a story quoting two statements joins neither (`_quoting_stories`). A loose run is as long
as the sides it unites; over a line break, only as long as those of the matches that joined it
(`viewer.engine.loose_runs`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from viewer.engine.arrays import distinct_groups, in_sorted, overlap_runs, owning_run
from viewer.engine.chance import as_words
from viewer.engine.clause_extent import dangling, inside_quotes, whole_quotation
from viewer.engine.evidence import (
    CONTENT_WORDS_FOR_EVIDENCE,
    QUOTED_SENTENCE_WORDS,
    SHORT_MATCH_MAX_DOCUMENTS,
    content_words,
    weak_short_matches,
)
from viewer.engine.loose_runs import used_extents
from viewer.engine.matches import PairMatches
from viewer.engine.name_words import names_only
from viewer.engine.quotation_links import (
    StatementWords,
    inside_longer_quotation,
    pieces_of_one_quotation,
    story_text,
)
from viewer.engine.stretches import adjacent_nodes, dropped_paragraph_nodes
from viewer.engine.tokens import TokenisedCorpus


def attach_short(corpus: TokenisedCorpus, short: PairMatches, is_fragment: np.ndarray,
                 exactness: tuple[np.ndarray, np.ndarray], repeated: np.ndarray,
                 run_first: np.ndarray, run_end: np.ndarray, component: np.ndarray,
                 quoted_alone: bool, quotes: tuple[np.ndarray, np.ndarray],
                 joined: tuple[np.ndarray, np.ndarray],
                 unlinked: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Occurrences (doc, first, end, statement) added by short matches (the module
    docstring), and the statement each of the long matches' components now belongs to (quoted
    pieces of one speech join); statements of their own are numbered after the components.
    `exactness`: whether each match is evidence as an exact one is, and whether it is word for
    word the same (a reworded quotation is the first, not the second). `unlinked`: whether
    each match's two documents share no long match, whether no long matches connect them
    even through others, and the group each document is in (those long matches connect)."""
    exact, word_for_word = exactness
    lonely, apart, groups = unlinked if unlinked is not None else (None, None, None)
    none = np.zeros(0, dtype=np.int64)
    same = np.arange(int(component.max()) + 1 if len(component) else 0, dtype=np.int64)
    if not len(short):
        return none, none, none, none, same
    offsets = corpus.offsets
    count = len(short)
    side_doc = np.concatenate((short.doc_a, short.doc_b))
    side_first, side_end = short.global_sides(offsets)
    owner = owning_run(side_first, side_end, run_first, run_end)
    statements = int(component.max()) + 1 if len(component) else 0
    # Nodes: 0..statements-1 are the long matches' statements; then one node per run of
    # overlapping short sides that lie in no statement's occurrence.
    loose = owner < 0
    loose_run, loose_first, loose_end = overlap_runs(side_first[loose], side_end[loose])
    node = np.empty(2 * count, dtype=np.int64)
    node[~loose] = component[owner[~loose]]
    node[loose] = statements + loose_run
    loose_doc = np.zeros(len(loose_first), dtype=np.int64)
    loose_doc[loose_run] = side_doc[loose]

    parent = list(range(statements + len(loose_first)))
    anchored = [True] * statements + [False] * len(loose_first)
    copied = [True] * statements + [False] * len(loose_first)
    """Whether a node's group holds a match of `min_words` or more (not fragments only)."""
    evidenced = np.zeros(statements + len(loose_first), dtype=bool)
    """Whether a node is a statement or a loose run some short match gave evidence for."""
    evidenced[:statements] = True

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sizes = short.size
    quoted = short.quoted.copy()
    quoted[~is_fragment] = inside_quotes(
        quotes, side_first[:count][~is_fragment], side_end[:count][~is_fragment],
        side_first[count:][~is_fragment], side_end[count:][~is_fragment])
    common = weak_short_matches(corpus, side_first[:count], side_end[:count], exact=exact,
                                quoted=quoted, fragment=is_fragment,
                                most_documents=short.most_documents,
                                other_side=(side_first[count:], side_end[count:]),
                                lonely=lonely, quotes=quotes, apart=apart, groups=groups)
    common &= ~_corroborated(corpus, short, node, statements, side_first[:count],
                             side_end[:count], (side_first[count:], side_end[count:]),
                             exact=exact, quoted=quoted, fragment=is_fragment)
    linking = pieces_of_one_quotation(
        corpus, (side_first[:count], side_end[:count], side_first[count:], side_end[count:]),
        quoted=quoted, exact=word_for_word, quotes=quotes)
    quoting: list[int] = []
    """Quoted fragments and short matches quoted on both sides found between two statements:
    maybe a story quoting the other."""
    # (Python lists: the loops below read one element at a time, which numpy does slowly)
    fragment_of, quoted_of, linking_of = is_fragment.tolist(), quoted.tolist(), linking.tolist()
    nodes_of = node.tolist()

    used = [False] * count
    """Whether each short match joined its two sides' nodes (or found them one already)."""

    def join(k: int, x: int, y: int) -> None:
        rx, ry = root(x), root(y)
        if rx == ry or (anchored[rx] and anchored[ry] and not linking_of[k]):
            if rx == ry and (not fragment_of[k] or (quoted_alone and quoted_of[k])):
                copied[rx] = True
            elif rx != ry and quoted_of[k]:
                quoting.append(k)
            used[k] = rx == ry
            return  # never merge two statements through a short match
        used[k] = True
        if anchored[ry]:
            rx, ry = ry, rx
        parent[ry] = rx
        copied[rx] = (copied[rx] or copied[ry] or not fragment_of[k]
                      or (quoted_alone and quoted_of[k]))

    # A fragment found among the words of another document's longer quotation: that side.
    in_longer = (np.tile(is_fragment, 2)
                 & inside_longer_quotation(quotes, side_first, side_end)).tolist()
    common_of, repeated_of = common.tolist(), repeated.tolist()
    deferred: list[int] = []
    repeats: list[int] = []
    # (linking matches first: a run of no statement that another short match joined to one
    # statement first would relay a later one into a merge, as the articles' names order; then
    # the longest; then, a phrase found in two statements' occurrences alike, the one found in
    # the shorter occurrence: what the articles are called never decides)
    held = np.zeros(len(owner), dtype=np.int64)
    held[~loose] = (run_end - run_first)[owner[~loose]]
    holding = np.maximum(held[:count], held[count:])
    # (between two documents that share more than these words, one event's: another event's
    # outlet writing "our thoughts and prayers are with the families" reports nobody's words)
    reported, quotation_on_a = _reported_whole(corpus, quotes, side_first, side_end,
                                               is_fragment & word_for_word)
    if lonely is not None:
        reported[reported & lonely] = _sharing_more(short, np.flatnonzero(reported & lonely))
    reported, in_quotation_side = reported.tolist(), quotation_on_a.tolist()
    reported_later: list[int] = []
    for k in np.lexsort((np.arange(count), holding, -sizes, ~linking)).tolist():
        x, y = nodes_of[k], nodes_of[count + k]
        if fragment_of[k] and x >= statements and y >= statements and not quoted_of[k]:
            # (a quote matched unquoted text that belongs to no statement; unless the quote is
            # a statement after all, below)
            if reported[k] and not common_of[k]:
                reported_later.append(k)
            continue
        if common_of[k]:
            continue  # an edited or common phrase ("the X Ministry of Defence said on ...")
        if repeated_of[k]:
            repeats.append(k)
            continue
        evidenced[x] = evidenced[y] = True
        if in_longer[k] or in_longer[count + k]:
            deferred.append(k)
        else:
            join(k, x, y)
    # A quoted fragment found inside a statement's longer quotation is that statement's, and
    # joins it before the loose runs side by side below do: a headline printing the words beside
    # another statement's ('「裁判に注力したい」 Xで「...」') does not decide.
    later: list[int] = []
    for k in deferred:
        x, y = nodes_of[k], nodes_of[count + k]
        side = count + k if in_longer[count + k] else k
        if anchored[root(nodes_of[side])]:
            join(k, x, y)
        else:
            later.append(k)
    # Loose runs lying a few words apart in one paragraph of one document, from each other or
    # from a statement's occurrence, are one stretch of that document's text: one statement
    # (A and C quote different sentences of a tweet that B carries whole); so are loose runs
    # in a paragraph of a story that one reprint dropped and this one carries.
    for x, y in adjacent_nodes(corpus, np.concatenate((run_first, loose_first)),
                                np.concatenate((run_end, loose_end)),
                                np.concatenate((component, statements
                                                + np.arange(len(loose_first)))), quotes
                                ) + dropped_paragraph_nodes(run_first, run_end, component,
                                                            *joined, loose_first, loose_end,
                                                            statements, quotes):
        rx, ry = root(x), root(y)
        if rx == ry or (anchored[rx] and anchored[ry]) or not (evidenced[x] and evidenced[y]):
            continue
        if anchored[ry]:
            rx, ry = ry, rx
        parent[ry] = rx
        copied[rx] = copied[rx] or copied[ry]
    # A quoted fragment found inside a longer quotation that is in no statement brings that
    # quotation into the fragment's statement only if the quotation's other words are the
    # statement's too (an outlet's quote with a word edited): a quotation that goes on in words
    # the statement never uses merely shares a few words with the fragment (two events' quotes
    # opening with one common name and "U.S.").
    words = StatementWords(corpus, run_first, run_end, component)
    for k in later:
        x, y = nodes_of[k], nodes_of[count + k]
        side, fragment = (count + k, x) if in_longer[count + k] else (k, y)
        statement = root(fragment)
        if (anchored[statement] and not anchored[root(nodes_of[side])]
                and not words.carries_quotation(statement, quotes, side_first[side],
                                                side_end[side])):
            continue
        join(k, x, y)
    # A whole quotation several outlets quote alike, or some copy carries, is a statement; an
    # outlet printing the same words unquoted ('ROMA - Il Governo è pronto a fare la sua parte.
    # Lo ha detto ...', "ha garantito che il governo è pronto a fare la sua parte") reports it.
    for k in reported_later:
        x, y = nodes_of[k], nodes_of[count + k]
        quotation = x if in_quotation_side[k] else y
        if copied[root(quotation)]:
            join(k, x, y)
    # A story two outlets reprint that quotes a few words of one statement (and of no other)
    # is part of it: the wire lead 'the company said the five had "sadly been lost"'.
    for lead, said in _quoting_stories(quoting, node, count, root, component, statements,
                                       story_text(run_first, run_end, quotes)
                                       if quoting else np.zeros(0, dtype=bool)):
        parent[lead] = said
        copied[said] = copied[said] or copied[lead]
    # A long text's repeat of words it shares with another is no evidence that the two share
    # more, but where other matches already make both its places evidence (each text says a
    # phrase at two places, and the places of its shorter form match each other too), it is
    # the statement's.
    for k in repeats:
        x, y = nodes_of[k], nodes_of[count + k]
        if evidenced[x] and evidenced[y]:
            join(k, x, y)
    roots = np.array([root(statements + r) for r in range(len(loose_first))], dtype=np.int64)
    # A fragment matched to unquoted text alone makes no statement: some copy must carry it,
    # or (with `quoted_alone`) both documents quote it.
    roots[[not copied[r] for r in roots.tolist()]] = -1
    # A loose run joins its root's statement, or a new statement numbered after the others.
    new_number = {value: statements + index
                  for index, value in enumerate(sorted(set(roots[roots >= statements].tolist())))}
    numbered = np.array([r if r < statements else new_number.get(r, -1)
                         for r in roots.tolist()],
                        dtype=np.int64)
    kept = roots >= 0
    merged = np.array([root(x) for x in range(statements)], dtype=np.int64)
    loose_first, loose_end = used_extents(corpus, loose_first, loose_end, loose_run,
                                           side_first[loose], side_end[loose],
                                           np.tile(np.array(used, dtype=bool), 2)[loose])
    return loose_doc[kept], loose_first[kept], loose_end[kept], numbered[kept], merged



def _sharing_more(short: PairMatches, asked: np.ndarray) -> np.ndarray:
    """For the `asked` short matches, whether their two documents share another short match
    elsewhere (its side in the first document apart from this one's): more of one story."""
    found = np.zeros(len(asked), dtype=bool)
    if not len(asked):
        return found
    pairs = short.doc_a * (int(max(short.doc_a.max(), short.doc_b.max())) + 1) + short.doc_b
    order = np.argsort(pairs, kind="stable")
    low = np.searchsorted(pairs[order], pairs[asked], side="left")
    high = np.searchsorted(pairs[order], pairs[asked], side="right")
    for position, (k, start, stop) in enumerate(zip(asked.tolist(), low.tolist(),
                                                     high.tolist(), strict=True)):
        others = order[start:stop]
        found[position] = bool(((short.a1[others] <= short.a0[k])
                                | (short.a0[others] >= short.a1[k])).any())
    return found


REPORTED_QUOTATION_WORDS = QUOTED_SENTENCE_WORDS
"""A whole quotation of this many words (`chance.as_words`) or more that another outlet prints
word for word without quotation marks is reported, not the outlet's own words (`attach_short`)."""


def _reported_whole(corpus: TokenisedCorpus, quotes: tuple[np.ndarray, np.ndarray],
                    side_first: np.ndarray, side_end: np.ndarray, asked: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Of the `asked` matches (quoted fragments word for word, sides [first, end) of side a
    then side b), which have on one side a whole quotation (`quotes`) of
    REPORTED_QUOTATION_WORDS or more; and whether that side is side a."""
    count = len(asked)
    whole_a = whole_quotation(quotes, side_first[:count], side_end[:count])
    whole_b = whole_quotation(quotes, side_first[count:], side_end[count:])
    found = asked & (whole_a | whole_b)
    ask = np.flatnonzero(found)
    first = np.where(whole_a[ask], side_first[:count][ask], side_first[count:][ask])
    end = np.where(whole_a[ask], side_end[:count][ask], side_end[count:][ask])
    document = corpus.document_of(first)
    offsets = corpus.offsets[document]
    found[ask] = as_words(corpus, document, first - offsets, end - offsets,
                          end - first) >= REPORTED_QUOTATION_WORDS
    return found, whole_a


def _quoting_stories(quoting: list[int], node: np.ndarray, count: int,
                     root: Callable[[int], int], component: np.ndarray, statements: int,
                     story_run: np.ndarray) -> list[tuple[int, int]]:
    """(story, statement) roots to join: of the quoted matches `quoting` found between two
    statements, those between a story (most of its runs story text, `story_run`) and a
    statement said (most of its runs quoted), for each story that quotes one statement only
    (a wire lead quoting the company's statement; not one quoting both sides of a dispute)."""
    if not quoting:
        return []
    runs = np.bincount(component, minlength=statements)
    story = 2 * np.bincount(component, weights=story_run, minlength=statements) > runs
    quoted_by: dict[int, set[int]] = {}
    for k in quoting:
        x, y = root(int(node[k])), root(int(node[count + k]))
        if x != y and x < statements and y < statements and story[x] != story[y]:
            lead, said = (x, y) if story[x] else (y, x)
            quoted_by.setdefault(lead, set()).add(said)
    return [(lead, next(iter(said))) for lead, said in sorted(quoted_by.items())
            if len(said) == 1]


CORROBORATING_DOCUMENTS = 3
"""An edited short match is evidence when the same stretch of one document matches one
statement's occurrences in this many other documents (`_corroborated`)."""


def _corroborated(corpus: TokenisedCorpus, short: PairMatches, node: np.ndarray,
                  statements: int, firsts: np.ndarray, ends: np.ndarray,
                  other: tuple[np.ndarray, np.ndarray], *, exact: np.ndarray, quoted: np.ndarray,
                  fragment: np.ndarray) -> np.ndarray:
    """Which unquoted short matches that are no evidence only for being edited ("The Queen died
    peacefully at Balmoral Castle this afternoon" / "... at Balmoral this afternoon") are
    evidence all the same: their stretch of a document that carries no statement there matches
    occurrences of one statement in CORROBORATING_DOCUMENTS other documents or more (the
    outlet printing one of its sentences with a word of its own), with content words that are
    not names alone, in few documents, as an exact match needs; and not ending on a function
    word inside its clause on both sides (`ends`, `other`'s ends): a frame two texts fill each
    with their own words ("he believes it is in the best interests of" his party / the
    company) is no sentence of the statement's."""
    count = len(short)
    found = np.zeros(count, dtype=bool)
    ask = np.flatnonzero(~exact & ~quoted & ~fragment
                         & (short.most_documents <= SHORT_MATCH_MAX_DOCUMENTS)
                         & ((node[:count] < statements) != (node[count:] < statements)))
    if not len(ask):
        return found
    in_statement = node[:count][ask] < statements
    statement = np.where(in_statement, node[:count][ask], node[count:][ask])
    loose = np.where(in_statement, node[count:][ask], node[:count][ask])
    carrier = np.where(in_statement, short.doc_a[ask], short.doc_b[ask])
    keys, documents = distinct_groups(loose * max(statements, 1) + statement, carrier)
    many = keys[documents >= CORROBORATING_DOCUMENTS]
    ask = ask[in_sorted(loose * max(statements, 1) + statement, many)]
    worded = ((content_words(corpus, firsts[ask], ends[ask]) >= CONTENT_WORDS_FOR_EVIDENCE)
              & ~names_only(corpus, firsts[ask], ends[ask])
              & ~(dangling(corpus, firsts[ask], ends[ask])
                  & dangling(corpus, other[0][ask], other[1][ask])))
    found[ask[worded]] = True
    return found
