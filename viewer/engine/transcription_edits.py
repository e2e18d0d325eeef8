"""Where two transcriptions of one quotation agree and what they may not differ in: for
`viewer.engine.reworded_quotations` and the clustering's short and edited matches.

Pure functions of the corpus and pairs of token ranges. Two outlets' transcriptions of one
remark may differ in a word's ending, a particle, a word or two, never in what they claim
(`same_claims`): as many negations on each side ("la digue tiendra" / "la digue ne tiendra pas";
"we can" / "we can't"; "everybody" / "nobody"), the same numbers where both give any, in digits
or words ("40 muertos" / "42 muertos", "forty" / "fifty", "2 million" / "2 billion": a toll
updated), no name written in place of another ("minister Marrand" / "minister Mabena"), and
most of their words in one order ("the army attacked the rebels" / "the
rebels attacked the army" share every trigram). Where one holds the other and a few words more,
the match is the longer one's stretch the two have in common (`common_stretch`), never cut
inside a word. A short match whose sides, or whose quotations around it, write one person's
full name where the other writes another's is a formula said of two people, no statement
(`said_of_two_people`: a court's verdict read out for two defendants).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import flat_ranges, in_sorted, unique_values, within
from viewer.engine.tokens import INITIAL_CAPITAL, INITIAL_DIGIT, TokenisedCorpus

FULL_NAME_WORDS = 2
"""Names in each of two runs of words written one in place of the other that make them two
people's full names (`full_names_replaced`): a first name and a surname."""
IN_ORDER_SHARE = 0.6
"""The share of the shorter quotation's words that the two hold in one order (a word changed
here and there keeps them), and no word but a function word both hold outside that order but
in one stretch of each (a run moved whole; not two things swapped round)."""
EXTRA_WORDS = 2
"""A quotation this many words longer than the other is matched by its stretch the two have in
common only (`common_stretch`); a shorter difference is the transcriptions' own."""

_NEGATIONS = np.union1d(reporting.NEGATIONS, reporting.hashes_of(
    "cant cannot wont dont doesnt didnt isnt arent wasnt werent havent hasnt hadnt couldnt "
    "wouldnt shouldnt mustnt neednt aint nobody nothing none neither nowhere "
    "jamais rien aucun aucune personne nunca nada nadie ningun ninguna ninguno tampoco "
    "mai niente nulla nessuno nessuna nemmeno neanche niet geen nooit niets niemand "
    "nie niemals nichts keiner keines nigdy nic nikt zaden zadna nenhum nenhuma ninguem "
    "belum tak"))
"""Words of negation, with English contractions and "nobody"-words (`reporting.NEGATIONS` and
more): a transcription holds as many as the other."""
_NUMBER_WORDS = reporting.hashes_of(
    "zero one thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions trillion first second third fourth fifth sixth seventh eighth ninth tenth "
    "dozen dozens half quarter vingt trente quarante cinquante soixante cent cents mille "
    "milliard milliards premier premiere deuxieme troisieme quatrieme cinquieme veinte treinta "
    "cuarenta cincuenta cien ciento mil millon millones primero tercero venti trenta quaranta "
    "cinquanta cento milione milioni miliardo miliardi primo terzo zwanzig dreissig vierzig "
    "funfzig hundert tausend millionen milliarde milliarden erste zweite dritte vinte trinta "
    "quarenta cinquenta milhao milhoes bilhao bilhoes twintig dertig veertig vijftig honderd "
    "duizend miljoen miljard")
"""Number words beyond those the normal form writes as digits (2-12: `viewer.number_words`),
scale words and ordinals in the languages the tokeniser folds: two transcriptions give the same."""


def same_claims(corpus: TokenisedCorpus, first_a: np.ndarray, end_a: np.ndarray,
                first_b: np.ndarray, end_b: np.ndarray, *, read: bool = True) -> np.ndarray:
    """Whether each pair of token ranges (global) claims the same (module docstring): as many
    negations, the same numbers where both give any; and, `read` (two whole quotations, a few
    hundred pairs), most words in one order, no name written in place of another."""
    pairs = len(first_a)
    pair_a, at_a = flat_ranges(first_a, end_a)
    pair_b, at_b = flat_ranges(first_b, end_b)
    hashes_a, hashes_b = corpus.hashes[at_a], corpus.hashes[at_b]
    negation_a = in_sorted(hashes_a, _NEGATIONS)
    negation_b = in_sorted(hashes_b, _NEGATIONS)
    if read:
        # (a French negation elided onto its verb, "n'allait", is one too)
        negation_a |= _elided_negations(corpus, at_a)
        negation_b |= _elided_negations(corpus, at_b)
    negations = (_negation_counts(corpus, pair_a, at_a, negation_a, pairs)
                 == _negation_counts(corpus, pair_b, at_b, negation_b, pairs))
    claims = negations & _same_numbers(corpus, pair_a, at_a, pair_b, at_b, pairs)
    for k in (np.flatnonzero(claims).tolist() if read else []):
        claims[k] = _read_alike(corpus, (int(first_a[k]), int(end_a[k])),
                                (int(first_b[k]), int(end_b[k])))
    return np.asarray(claims, dtype=bool)


def _negation_counts(corpus: TokenisedCorpus, pair: np.ndarray, at: np.ndarray,
                     negation: np.ndarray, pairs: int) -> np.ndarray:
    """Per pair, its negations, one said again with the two words after it counted once: "And
    it's not a trivial risk. Not a trivial risk at all" is one claim said twice for weight, as
    "And it's not a trivial risk at all" (a judge's words in two outlets' transcriptions)."""
    where = np.flatnonzero(negation)
    if not len(where):
        return np.zeros(pairs, dtype=np.int64)
    last = len(corpus.hashes) - 1
    positions = at[where]
    keys = np.stack([pair[where].astype(np.uint64), corpus.hashes[positions],
                     corpus.hashes[np.minimum(positions + 1, last)],
                     corpus.hashes[np.minimum(positions + 2, last)]], axis=1)
    return np.bincount(np.unique(keys, axis=0)[:, 0].astype(np.int64), minlength=pairs)


def _read_alike(corpus: TokenisedCorpus, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two quotations (global token ranges) hold most words in one order, no word
    moved but in one stretch of each, and no name written in place of another."""
    side_a = corpus.hashes[one[0]:one[1]].tolist()
    side_b = corpus.hashes[other[0]:other[1]].tolist()
    opcodes = SequenceMatcher(None, side_a, side_b, autojunk=False).get_opcodes()
    in_order = sum(a1 - a0 for tag, a0, a1, _, _ in opcodes if tag == "equal")
    # (a word both hold outside their words in order was moved: "the army attacked the
    # rebels" / "the rebels attacked the army")
    moved = ({word for tag, a0, a1, _, _ in opcodes if tag != "equal" for word in side_a[a0:a1]}
             & {word for tag, _, _, b0, b1 in opcodes if tag != "equal"
                for word in side_b[b0:b1]})
    moved_words = np.array(sorted(moved), dtype=np.uint64)
    moved_words = moved_words[~in_sorted(moved_words, reporting.FUNCTION)]
    return (in_order >= IN_ORDER_SHARE * min(len(side_a), len(side_b))
            and (not len(moved_words) or _transposed(opcodes, side_a, side_b, moved_words))
            and not _names_in_place(corpus, opcodes, one[0], other[0]))


def _elided_negations(corpus: TokenisedCorpus, at: np.ndarray) -> np.ndarray:
    """Whether each token (global position) is written with a negation elided onto it,
    "n'allait", "n’est" (read from the text: the normal form drops the apostrophe)."""
    document = corpus.document_of(at)
    return np.array([corpus.texts[int(doc)][int(corpus.starts[k]):int(corpus.starts[k]) + 2]
                     .lower() in ("n'", "n’")
                     for doc, k in zip(document.tolist(), at.tolist(), strict=True)], dtype=bool)


def _transposed(opcodes: Sequence[tuple[str, int, int, int, int]], side_a: list[int],
                side_b: list[int], moved: np.ndarray) -> bool:
    """Whether the `moved` words, where they stand outside the two's words in order, stand in
    one stretch of each side (a run moved whole: "malas noticias" / "noticias malas", a clause
    printed earlier), not two things swapped across a sentence."""
    wanted = set(moved.tolist())
    for side, low, high in ((side_a, 1, 2), (side_b, 3, 4)):
        stretches = {number for number, code in enumerate(opcodes) if code[0] != "equal"
                     and wanted & set(side[int(code[low]):int(code[high])])}
        if len(stretches) > 1:
            return False
    return True


def said_of_two_people(corpus: TokenisedCorpus, ranges: tuple[np.ndarray, ...],
                       edited: np.ndarray, quotes: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Whether each pair of token ranges (global) is a formula said of two people: its sides
    write two people's full names in one place (`full_names_replaced`), or, both quoted, the
    words around them inside their quotations do, FORMULA_CONTEXT_WORDS either side at most
    ('"Mengadili, menyatakan terdakwa Ferdy Sambo, SH, SIK, MH telah terbukti secara sah dan
    meyakinkan bersalah"' / '"Mengadili, menyatakan terdakwa Teddy Minahasa terbukti secara
    sah dan meyakinkan bersalah"': the court's words, read out for two defendants). `ranges`:
    the pairs' (first_a, end_a, first_b, end_b); only the `edited` ones (not the same words on
    both sides) are read for names in place of names; an exact one, for names around it."""
    first_a, end_a, first_b, end_b = ranges
    found = np.zeros(len(first_a), dtype=bool)
    ask = np.flatnonzero(edited)
    found[ask] = full_names_replaced(corpus, first_a[ask], end_a[ask], first_b[ask], end_b[ask])
    quote_first, quote_end = quotes
    if not len(quote_first):
        return found
    ask = np.flatnonzero(~found & within(first_a, end_a, quote_first, quote_end)
                         & within(first_b, end_b, quote_first, quote_end))
    around = []
    for firsts, ends in ((first_a[ask], end_a[ask]), (first_b[ask], end_b[ask])):
        holder = np.searchsorted(quote_first, firsts, side="right") - 1
        around += [np.maximum(quote_first[holder], firsts - FORMULA_CONTEXT_WORDS),
                   np.minimum(quote_end[holder], ends + FORMULA_CONTEXT_WORDS)]
    found[ask] = full_names_replaced(corpus, *around)
    return found


FORMULA_CONTEXT_WORDS = 8
"""Words read either side of a quoted match, inside its quotation, for two people's names
(`said_of_two_people`)."""


def full_names_replaced(corpus: TokenisedCorpus, first_a: np.ndarray, end_a: np.ndarray,
                        first_b: np.ndarray, end_b: np.ndarray) -> np.ndarray:
    """Whether each pair of token ranges (global), otherwise alike, writes one person's full
    name where the other writes another's: a run of FULL_NAME_WORDS names or more in place of
    another (`_other_names`: "menyatakan terdakwa Ferdy sambo telah
    terbukti" / "menyatakan terdakwa Teddy Minahasa terbukti", a court's formula read out for
    two defendants). One word for another ("Joe Biden" / "President Biden", "Pak Jokowi" /
    "Presiden Jokowi") is a title or a first name, one person still."""
    found = np.zeros(len(first_a), dtype=bool)
    # Only pairs that may hold two full names are diffed (most are not). Each side holds
    # FULL_NAME_WORDS words or more that may be a name's (`_name_candidates`: the names
    # `_other_names` counts are among them; the cheaper test, asked first). And a name in
    # place of another is words one side writes and the other does not, on one side at least:
    # the other side may write the replaced name elsewhere in the range, "Usai vonis Ferdy
    # Sambo, hakim menyatakan terdakwa Teddy Minahasa ...".
    ask = np.flatnonzero(
        (_name_candidates(corpus, first_a, end_a) >= FULL_NAME_WORDS)
        & (_name_candidates(corpus, first_b, end_b) >= FULL_NAME_WORDS))
    apart_a, apart_b = _words_apart(corpus, first_a[ask], end_a[ask], first_b[ask], end_b[ask])
    ask = ask[(apart_a >= FULL_NAME_WORDS) | (apart_b >= FULL_NAME_WORDS)]
    for k in ask.tolist():
        a0, a1, b0, b1 = int(first_a[k]), int(end_a[k]), int(first_b[k]), int(end_b[k])
        opcodes = SequenceMatcher(None, corpus.hashes[a0:a1].tolist(),
                                  corpus.hashes[b0:b1].tolist(), autojunk=False).get_opcodes()
        found[k] = _names_in_place(corpus, opcodes, a0, b0, least=FULL_NAME_WORDS)
    return found


def _name_candidates(corpus: TokenisedCorpus, firsts: np.ndarray,
                     ends: np.ndarray) -> np.ndarray:
    """For each range of global tokens, how many of its words `_other_names` may count as a
    name's: of two letters or more, no stock or function word, and capitalised inside a
    sentence somewhere in the document (what `_other_names` counts, here or elsewhere in it).
    A bound: a range with fewer holds no full name in any run of it, and is not diffed."""
    owner, at = flat_ranges(firsts, ends)
    words = corpus.hashes[at]
    worded = ((corpus.ends[at] - corpus.starts[at] >= 2)
              & ~in_sorted(words, reporting.STOCK) & ~in_sorted(words, reporting.FUNCTION))
    keys = words ^ (corpus.document_of(at).astype(np.uint64) * _MIXER)
    capitalised = worded & in_sorted(keys, _capitalised_words(corpus))
    return np.bincount(owner[capitalised], minlength=len(firsts))


def _capitalised_words(corpus: TokenisedCorpus) -> np.ndarray:
    """The sorted keys (word hash mixed with its document, as `_keyed` mixes a pair) of the
    words each document capitalises inside a sentence (`_capitalised`), found once per corpus.
    (Two keys that happen to be equal only let a range through to be read: never one less.)"""
    known = _CAPITALISED_WORDS.get(corpus)
    if known is None:
        document = np.repeat(np.arange(len(corpus.offsets) - 1, dtype=np.int64),
                             np.diff(corpus.offsets))
        position = np.arange(len(corpus.hashes), dtype=np.int64)
        capital = np.flatnonzero(((corpus.initials & INITIAL_CAPITAL) != 0)
                                 & ((corpus.gaps[position + document]
                                     & breaks.SENTENCE_BREAK) == 0))
        known = unique_values(corpus.hashes[capital]
                              ^ (document[capital].astype(np.uint64) * _MIXER))
        _CAPITALISED_WORDS[corpus] = known
    return known


_CAPITALISED_WORDS: WeakKeyDictionary[TokenisedCorpus, np.ndarray] = WeakKeyDictionary()
"""Each corpus's `_capitalised_words`."""


def _words_apart(corpus: TokenisedCorpus, first_a: np.ndarray, end_a: np.ndarray,
                 first_b: np.ndarray, end_b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each pair of token ranges (global), how many words of the first the second does not
    write anywhere, and how many of the second the first does not."""
    pairs = len(first_a)
    pair_a, at_a = flat_ranges(first_a, end_a)
    pair_b, at_b = flat_ranges(first_b, end_b)
    keys_a, keys_b = _keyed(corpus, pair_a, at_a), _keyed(corpus, pair_b, at_b)
    apart_a = np.bincount(pair_a[~in_sorted(keys_a, np.sort(keys_b))], minlength=pairs)
    apart_b = np.bincount(pair_b[~in_sorted(keys_b, np.sort(keys_a))], minlength=pairs)
    return apart_a, apart_b


def _names_in_place(corpus: TokenisedCorpus, opcodes: Sequence[tuple[str, int, int, int, int]],
                    first_a: int, first_b: int, least: int = 1) -> bool:
    """Whether a run of words one side writes in place of the other's (`opcodes` of the ranges
    starting at global tokens `first_a`, `first_b`), each run `least` words or more, are two
    names (`_other_names`)."""
    return any(tag == "replace" and min(x1 - x0, y1 - y0) >= least
               and _other_names(corpus, (first_a + x0, first_a + x1),
                                (first_b + y0, first_b + y1), least=least)
               for tag, x0, x1, y0, y1 in opcodes)


def _other_names(corpus: TokenisedCorpus, one: tuple[int, int],
                 other: tuple[int, int], least: int = 1) -> bool:
    """Whether the runs of words at global tokens `one` and `other`, one written in place of
    the other, are two names: each holding `least` words or more that are names (a capitalised
    word that opens no sentence, of two letters or more, beyond stock and function words: "I",
    "I'm"; for a full name, `least` > 1, also one the document capitalises so elsewhere: a
    surname an outlet wrote once in lower case, "Ferdy sambo"), and the two alike in fewer
    than half their letters' pairs ("Ilse Marrand" / "Tolen Mabena"; not a noun's ending,
    "Wasser" / "Wassers")."""
    texts = []
    for first, end in (one, other):
        document = corpus.document_at(int(first))
        positions = np.arange(first, end)
        words = corpus.hashes[positions]
        worded = ((corpus.ends[positions] - corpus.starts[positions] >= 2)
                  & ~in_sorted(words, reporting.STOCK) & ~in_sorted(words, reporting.FUNCTION))
        named = _capitalised(corpus, document, positions) & worded
        if least > 1 and int(named.sum()) < least:
            # (the document's capitalised words read only where the run's own are too few)
            low, high = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
            everywhere = np.arange(low, high)
            named |= worded & in_sorted(words, np.unique(corpus.hashes[everywhere[
                _capitalised(corpus, document, everywhere)]]))
        if int(named.sum()) < least:
            return False
        texts.append(corpus.texts[document][int(corpus.starts[first]):
                                            int(corpus.ends[end - 1])].lower())
    pairs = [{text[i:i + 2] for i in range(len(text) - 1)} for text in texts]
    return 2 * len(pairs[0] & pairs[1]) < 0.5 * (len(pairs[0]) + len(pairs[1]))


def _capitalised(corpus: TokenisedCorpus, document: int, positions: np.ndarray) -> np.ndarray:
    """Whether each token (global positions in `document`) is capitalised and opens no
    sentence."""
    return np.asarray(((corpus.initials[positions] & INITIAL_CAPITAL) != 0)
                      & ((corpus.gaps[positions + document] & breaks.SENTENCE_BREAK) == 0))


def _keyed(corpus: TokenisedCorpus, pair: np.ndarray, position: np.ndarray) -> np.ndarray:
    """Each token's word hash mixed with its pair's index: one key per (pair, word)."""
    return np.asarray(corpus.hashes[position] ^ (pair.astype(np.uint64) * _MIXER))


_MIXER = np.uint64(0x9E3779B97F4A7C15)


def _same_numbers(corpus: TokenisedCorpus, pair_a: np.ndarray, at_a: np.ndarray,
                  pair_b: np.ndarray, at_b: np.ndarray, pairs: int) -> np.ndarray:
    """Whether each pair's two sides give the same numbers (words opening with a digit, number
    words), where both give any."""
    def numbers(pair: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        number = (((corpus.initials[at] & INITIAL_DIGIT) != 0)
                  | in_sorted(corpus.hashes[at], _NUMBER_WORDS))
        keys, first = np.unique(_keyed(corpus, pair[number], at[number]), return_index=True)
        return keys, pair[number][first]

    keys_a, owner_a = numbers(pair_a, at_a)
    keys_b, owner_b = numbers(pair_b, at_b)
    count_a = np.bincount(owner_a, minlength=pairs)
    count_b = np.bincount(owner_b, minlength=pairs)
    shared = np.bincount(owner_a[in_sorted(keys_a, keys_b)], minlength=pairs)
    return np.asarray((count_a == 0) | (count_b == 0)
                      | ((count_a == shared) & (count_b == shared)), dtype=bool)


def common_stretch(corpus: TokenisedCorpus, first_a: np.ndarray, end_a: np.ndarray,
                   first_b: np.ndarray, end_b: np.ndarray) -> tuple[np.ndarray, ...]:
    """Each pair's global token ranges, the longer side, where EXTRA_WORDS longer, cut to the
    stretch from the first to the last word the two hold in one order, widened to whole words
    (a token glued to the next, "XBB" of "XBB15", is not left out)."""
    first_a, end_a, first_b, end_b = first_a.copy(), end_a.copy(), first_b.copy(), end_b.copy()
    longer_a = (end_a - first_a) - (end_b - first_b) >= EXTRA_WORDS
    longer_b = (end_b - first_b) - (end_a - first_a) >= EXTRA_WORDS
    for k in np.flatnonzero(longer_a | longer_b).tolist():
        blocks = [block for block in SequenceMatcher(
            None, corpus.hashes[int(first_a[k]):int(end_a[k])].tolist(),
            corpus.hashes[int(first_b[k]):int(end_b[k])].tolist(),
            autojunk=False).get_matching_blocks() if block.size]
        if not blocks:
            continue
        if longer_a[k]:
            first_a[k], end_a[k] = _whole_words(
                corpus, int(first_a[k]) + blocks[0].a, int(first_a[k]) + blocks[-1].a
                + blocks[-1].size, int(first_a[k]), int(end_a[k]))
        else:
            first_b[k], end_b[k] = _whole_words(
                corpus, int(first_b[k]) + blocks[0].b, int(first_b[k]) + blocks[-1].b
                + blocks[-1].size, int(first_b[k]), int(end_b[k]))
    return first_a, end_a, first_b, end_b


def _whole_words(corpus: TokenisedCorpus, first: int, end: int, low: int,
                 high: int) -> tuple[int, int]:
    """[first, end) widened within [low, high) over tokens glued to its edges, no character
    between ("XBB" before "15")."""
    while first > low and corpus.ends[first - 1] == corpus.starts[first]:
        first -= 1
    while end < high and corpus.ends[end - 1] == corpus.starts[end]:
        end += 1
    return first, end
