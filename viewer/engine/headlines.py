"""Stage 5d, headlines: no occurrence holds a document's headline, but one reprints share.

Pure function of the corpus and the statements. A headline is the outlet's own framing of the
story, not anyone's statement: an outlet headlines a few words of what someone said ("Trump:
'All is well'"), but the statement is in the story, where each outlet carries it. Linked, an
outlet's own headline made a reprint's passage start at its top. The headline is the body's
first line when it reads as one: HEADLINE_WORDS words or fewer (the characters of a script
without spaces counted as the words they make), one sentence (a full stop after a capitalised
word of two to four letters, "Gov.", ends none), not ended with a full stop (a lead paragraph
is a sentence ended so) nor with a comma (the first sentence of a story cut there, by the page
it was taken from, "More than 100 people are feared dead in a landslide,"), with more lines
after it. An occurrence starting in it starts at
the next line; one inside it is dropped, and a statement left in fewer than two documents
with it. An occurrence holding a quotation the headline gives stays: the words
someone said, headlined ("King Charles says Queen's death is 'a moment of the greatest
sadness'", "Hale: Okoro 'achieved more than ...'"), or, with none, the words after a speaker's
colon, a person the story has speak ("Biden: Mało prawdopodobne, że rakieta ..."; in Chinese or
Japanese, which have no capitals, a label of a few characters the story names again below with a
verb of saying: "孙世英:失事飞机起飞前符合维修放行标准和适航要求"). Inside the headline it is
that quotation's words; running on into the story, it starts at the quotation only where the
quotation closes the headline (else the outlet's words after it would come along), else at the
story.
A headline's quoted words that the story below prints again, inside another statement's
occurrence, make the two statements one (`_headlined_twice`).
But reprints of a wire story carry its headline too, word for word: where two documents'
occurrences of one statement start in their headlines, the headlines are the same word for word,
and the statement goes on below them, each keeps its headline as an occurrence of its own, the
story below it another (`_shared_headlines`); so does a headline another page prints, word for
word, as a line of its own below its own headline (a "related" line linking to the story, a
reprint under the page's own title), HEADLINE_PRINTED_WORDS words or more. A headline alone links
nothing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, unique_values
from viewer.engine.chance import as_words
from viewer.engine.speakers import UNKNOWN
from viewer.engine.speaking_people import speaking
from viewer.engine.statements import Statements, joined_pairs, with_extents
from viewer.engine.tokens import (
    INITIAL_CAPITAL,
    INITIAL_HANGUL,
    INITIAL_IDEOGRAPH,
    TokenisedCorpus,
)
from viewer.normalize import normalize_words
from viewer.token_hashing import word_hashes

HEADLINE_WORDS = 20
"""The most words a headline has; a longer first line is the story's first paragraph."""
_FULL_STOPS = ".。"
_COMMAS = ",;，、،"
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,3}\.")
"""A capitalised word of two to four letters and a full stop: in a headline, a title before a
name ("Gov. Wes Moore Says ...", "Sen. ..."), where the sentence splitter, which knows only a
few English abbreviations, starts a sentence."""


def without_headlines(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """`statements` with no occurrence holding its document's headline (module docstring)."""
    if not len(statements):
        return statements
    documents = unique_values(statements.doc)
    headline_end = np.zeros(len(corpus.offsets) - 1, dtype=np.int64)
    headline_end[documents] = [headline_words(corpus, int(document))
                               for document in documents.tolist()]
    ends = headline_end[statements.doc]
    if not (statements.first < ends).any():
        return statements
    speaker_colon = np.full(len(headline_end), -1, dtype=np.int64)
    headed = unique_values(statements.doc[statements.first < ends])
    speaker_colon[headed] = [_speaker_colon(corpus, int(document), int(headline_end[document]))
                             for document in headed.tolist()]
    first = np.maximum(statements.first, ends)
    end = statements.end.copy()
    # (a headline reprints share is theirs: an occurrence of its own, the story another)
    headline_first = _shared_headlines(corpus, statements, ends)
    # (and a headline another page prints as a line of its own, linking to the story)
    headline_first[_headlines_printed_elsewhere(corpus, statements, ends)] = 0
    shared = headline_first >= 0
    # (a quotation in the headline is what someone said, headlined: the occurrence is that
    # quotation's words)
    offsets = corpus.offsets[statements.doc]
    asked = np.flatnonzero((statements.first < ends) & ~shared)
    quote = _first_quotation(corpus, offsets[asked] + statements.first[asked],
                             offsets[asked] + np.minimum(statements.end[asked], ends[asked]))
    quote_first = np.full(len(asked), -1, dtype=np.int64)
    quote_end = np.full(len(asked), -1, dtype=np.int64)
    found = quote >= 0
    quote_first[found] = corpus.quote_first[quote[found]] - offsets[asked][found]
    quote_end[found] = corpus.quote_end[quote[found]] - offsets[asked][found]
    # (or, in none, the words after the speaker's colon: "Biden: Mało prawdopodobne, że ...")
    said = speaker_colon[statements.doc[asked]]
    spoken = (quote < 0) & (said >= 0) & (statements.end[asked] > said)
    quote_first[spoken], quote_end[spoken] = said[spoken], ends[asked][spoken]
    quoting = quote_first >= 0
    held, quote_first, quote_end = asked[quoting], quote_first[quoting], quote_end[quoting]
    inside = statements.end[held] <= ends[held]
    # (one running on into the story keeps it only where it closes the headline: else the
    # headline's own words after it would come with it)
    keeps = inside | (quote_end >= ends[held])
    held, quote_first, quote_end, inside = (held[keeps], quote_first[keeps], quote_end[keeps],
                                            inside[keeps])
    first[held] = np.maximum(statements.first[held], quote_first)
    end[held[inside]] = np.minimum(statements.end[held[inside]], quote_end[inside])
    # (a statement left in one document links nothing)
    with_headlines = Statements(
        np.concatenate((statements.statement, statements.statement[shared])),
        np.concatenate((statements.doc, statements.doc[shared])),
        np.concatenate((first, headline_first[shared])),
        np.concatenate((end, np.minimum(statements.end[shared], ends[shared]))))
    result = with_extents(with_headlines, with_headlines.first, with_headlines.end)
    pairs = _headlined_twice(corpus, result, headline_end)
    return joined_pairs(corpus, result, pairs) if pairs.shape[1] else result


HEADLINE_WORDS_BELOW = 0.8
"""The share of a headline occurrence's words (in runs of three or more, in order) that the
story's occurrence of another statement in the same document must hold for the two to be one."""


def _headlined_twice(corpus: TokenisedCorpus, statements: Statements,
                     headline_end: np.ndarray) -> np.ndarray:
    """Statement pairs (2 x n): one with an occurrence of four words or more in a document's
    headline (the words someone said, headlined), the other with one in the same document's
    story that holds HEADLINE_WORDS_BELOW of them, in runs of three or more in their order
    ("孙世英:失事飞机起飞前符合维修放行标准和适航要求" over "...起飞前,飞机符合维修放行标准和
    适航要求,正常放行"): the outlet prints the words it headlines in the statement below, so
    the two are one statement, whatever other outlets carry of each."""
    in_headline = np.flatnonzero((statements.first < headline_end[statements.doc])
                                 & (statements.end - statements.first >= 4))
    found: list[tuple[int, int]] = []
    if not len(in_headline):
        return np.zeros((2, 0), dtype=np.int64)
    offsets = corpus.offsets
    # (the occurrences below the headline of the documents asked, by document: one pass over
    # the occurrences, not one per headline)
    asked_docs = unique_values(statements.doc[in_headline])
    story = np.flatnonzero(in_sorted(statements.doc, asked_docs)
                           & (statements.first >= headline_end[statements.doc]))
    story_of: dict[int, list[int]] = {}
    for j in story.tolist():
        story_of.setdefault(int(statements.doc[j]), []).append(j)
    for k in in_headline.tolist():
        doc = int(statements.doc[k])
        wanted = corpus.hashes[offsets[doc] + statements.first[k]:
                               offsets[doc] + statements.end[k]].tolist()
        for j in story_of.get(doc, []):
            if statements.statement[j] == statements.statement[k]:
                continue
            held = corpus.hashes[offsets[doc] + statements.first[j]:
                                 offsets[doc] + statements.end[j]].tolist()
            alike = SequenceMatcher(None, wanted, held, autojunk=False).get_matching_blocks()
            if sum(block.size for block in alike if block.size >= 3) >= (
                    HEADLINE_WORDS_BELOW * len(wanted)):
                found.append((int(statements.statement[k]), int(statements.statement[j])))
    if not found:
        return np.zeros((2, 0), dtype=np.int64)
    return np.array(found, dtype=np.int64).T


def _shared_headlines(corpus: TokenisedCorpus, statements: Statements,
                      ends: np.ndarray) -> np.ndarray:
    """Where each occurrence's part in its document's headline (which ends at `ends`) starts
    (0, the headline's first word) when its headline is, word for word from its first word,
    another document's whose occurrence of the same statement starts in its headline too, and
    the statement goes on below the headline in both: one headline that reprints of a wire
    story carry with the story ("Amtrak train derails in Philadelphia, killing at least
    five"). Two outlets' own headlines that merely end alike, or a set phrase two stories are
    headlined with ("Man arrested after woman stabbed in town centre"), share nothing. -1 for
    every other occurrence."""
    found = np.full(len(statements), -1, dtype=np.int64)
    starting = np.flatnonzero(statements.first < ends)
    if len(starting) < 2:
        return found
    # (the statements each document carries below its headline)
    below = {(int(statement), int(doc)) for statement, doc in zip(
        statements.statement[statements.end > ends].tolist(),
        statements.doc[statements.end > ends].tolist(), strict=True)}
    groups: dict[tuple[int, bytes], list[int]] = {}
    for k in starting.tolist():
        statement, doc = int(statements.statement[k]), int(statements.doc[k])
        if (statement, doc) not in below:
            continue
        low = int(corpus.offsets[doc])
        groups.setdefault((statement, corpus.hashes[low:low + int(ends[k])].tobytes()),
                          []).append(k)
    for members in groups.values():
        if len({int(statements.doc[k]) for k in members}) >= 2:
            found[members] = 0
    return found


HEADLINE_PRINTED_WORDS = 8
"""The fewest words of a headline that another document printing it as a line of its own makes
shared (fewer may be a set phrase two stories are headlined with)."""


def _headlines_printed_elsewhere(corpus: TokenisedCorpus, statements: Statements,
                                 ends: np.ndarray) -> np.ndarray:
    """Indices of the occurrences that are their document's whole headline (of
    HEADLINE_PRINTED_WORDS or more) where another document prints the same words, word for
    word, as a line of its own below its own headline: a page that links to the story by its
    headline (a "related" line: 'DETE PREMINULO, UČITELJICA U TEŠKOM STANJU: Novi detalji
    napada u školi u Hrvatskoj') or quotes it so, the one text in both."""
    whole = np.flatnonzero((statements.first == 0) & (ends > 0) & (statements.end == ends))
    if not len(whole):
        return whole
    words = as_words(corpus, statements.doc[whole], statements.first[whole],
                     statements.end[whole], statements.end[whole] - statements.first[whole])
    whole = whole[words >= HEADLINE_PRINTED_WORDS]
    if not len(whole):
        return whole
    offsets = corpus.offsets
    low = offsets[statements.doc] + statements.first
    high = offsets[statements.doc] + statements.end
    last = offsets[statements.doc + 1]
    # (the occurrences that are a line of their own below their document's headline)
    lines = np.flatnonzero((statements.first >= ends) & (statements.end > statements.first)
                           & corpus.line_start[np.minimum(low, len(corpus.hashes) - 1)]
                           & ((high == last)
                              | corpus.line_start[np.minimum(high, len(corpus.hashes) - 1)]))
    printed: dict[tuple[int, bytes], set[int]] = {}
    for j in lines.tolist():
        printed.setdefault((int(statements.statement[j]),
                            corpus.hashes[low[j]:high[j]].tobytes()), set()).add(
            int(statements.doc[j]))
    kept = [k for k in whole.tolist()
            if printed.get((int(statements.statement[k]),
                            corpus.hashes[low[k]:high[k]].tobytes()), set())
            - {int(statements.doc[k])}]
    return np.array(kept, dtype=np.int64)


def headline_words(corpus: TokenisedCorpus, document: int) -> int:
    """The number of tokens of `document`'s headline (module docstring), 0 where its first line
    reads as no headline."""
    low, high = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    if high - low < 2:
        return 0
    line_starts = low + 1 + np.flatnonzero(corpus.line_start[low + 1:high])
    if not len(line_starts):
        return 0  # (one line: the text is its body)
    end = int(line_starts[0])
    words = float(as_words(corpus, np.array([document]), np.array([0]), np.array([end - low]),
                           np.array([end - low]))[0])
    if words > HEADLINE_WORDS:
        return 0
    inside = corpus.gaps[np.arange(low + 1, end) + document]
    text = corpus.texts[document]
    for token in (low + 1 + np.flatnonzero(inside & breaks.SENTENCE_BREAK)).tolist():
        before = text[int(corpus.starts[token - 1]):int(corpus.starts[token])].rstrip()
        if not _ABBREVIATION.fullmatch(before):
            return 0
    tail = text[int(corpus.ends[end - 1]):int(corpus.starts[end])].split("\n")[0].strip()
    if tail.rstrip("\"'”’»」』 ").endswith(tuple(_FULL_STOPS + _COMMAS)):
        return 0
    return end - low


SPEAKER_WORDS = 3
"""The most words before a headline's colon that name who speaks after it ("Biden:",
"Prezydent Duda:", "Olaf Scholz:")."""


def _speaker_colon(corpus: TokenisedCorpus, document: int, headline: int) -> int:
    """Where the words someone said start in `document`'s headline of `headline` tokens
    (document-local token), when it reads "Speaker: words" with no quotation marks ("Biden:
    Mało prawdopodobne, że rakieta ... została wystrzelona z Rosji", "Meloni: il governo è
    pronto"): a colon after at most SPEAKER_WORDS capitalised words, the last a person the
    story has speak beside a reporting verb (`speakers.speaking`; not a topic, "Séisme au
    Maroc:", "Przewodka:", "Hochwasser:"), and words after it. -1 where it does not."""
    low = int(corpus.offsets[document])
    text = corpus.texts[document]
    unspaced = _unspaced_label(corpus, document, headline)
    if unspaced >= 0:
        return unspaced
    for words in range(1, min(SPEAKER_WORDS, headline - 1) + 1):
        gap = text[int(corpus.ends[low + words - 1]):int(corpus.starts[low + words])]
        if ":" not in gap:
            continue
        if gap.strip() != ":":
            return -1
        capital = (corpus.initials[low:low + words] & INITIAL_CAPITAL) != 0
        last = int(corpus.hashes[low + words - 1])
        if not capital.all() or reporting.stock(corpus.hashes[low + words - 1:low + words])[0]:
            return -1
        return words if speaking(corpus, document, last) != UNKNOWN else -1
    return -1


UNSPACED_LABEL_CHARACTERS = (2, 8)
"""How many characters of Chinese or Japanese a speaker's label before a headline's colon has,
at least and at most ("东航：", "孙世英:", "外交部发言人：")."""
UNSPACED_VERB_REACH = 12
"""How many characters after the label, in the story, a verb of saying may stand ("孙世英表示",
"孙世英在发布会上介绍")."""
_UNSPACED_VERBS = tuple(tuple(word_hashes(normalize_words(list(verb)))) for verb in (
    "表示", "称", "说", "介绍", "指出", "强调", "宣布", "回应", "透露", "坦言", "认为", "发表",
    "通报", "声明", "述べ", "語っ", "語る", "話し", "話す", "説明", "発表", "明らか", "言っ",
    "コメント"))
"""Verbs of saying in Chinese and Japanese, each as its characters' hashes (a traditional
character folds to its simplified one, as the tokeniser folds it)."""


def _unspaced_label(corpus: TokenisedCorpus, document: int, headline: int) -> int:
    """`_speaker_colon` for a headline in Chinese or Japanese, which has no capitals to tell a
    name by: a colon (":" or "："), and before it, opening the headline, UNSPACED_LABEL_
    CHARACTERS of ideographs or kana that the story, below the headline, names with a verb of
    saying UNSPACED_VERB_REACH characters after them at most, or as a transcript's label (the
    speaker it goes on to report: "孙世英:失事飞机起飞前符合..." over "东航云南有限公司董事长
    孙世英表示"; not a topic the story names again, "坠机：" over "本次坠机事故"), and words after
    it. -1 where it does not."""
    low = int(corpus.offsets[document])
    fewest, most = UNSPACED_LABEL_CHARACTERS
    text = corpus.texts[document]
    initials = corpus.initials[low:low + min(most, headline - 1)]
    unspaced = ((initials & INITIAL_IDEOGRAPH) != 0) & ((initials & INITIAL_HANGUL) == 0)
    for characters in range(1, len(unspaced) + 1):
        if not unspaced[characters - 1]:
            return -1
        gap = text[int(corpus.ends[low + characters - 1]):int(corpus.starts[low + characters])]
        if not gap:
            continue
        if gap.strip() not in (":", "：") or characters < fewest:
            return -1
        return characters if _named_speaking(corpus, document, headline, characters) else -1
    return -1


def _named_speaking(corpus: TokenisedCorpus, document: int, headline: int, size: int) -> bool:
    """Whether the story below `document`'s headline (of `headline` tokens) names the label of
    its first `size` tokens with a verb of saying after it, UNSPACED_VERB_REACH tokens on at
    most, or with a colon right after it (a transcript's label, "孙世英：这架飞机是...") (matched
    by their hashes: folded as the tokeniser folds them, a traditional character as its
    simplified one)."""
    low, high = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    label = corpus.hashes[low:low + size]
    body = corpus.hashes[low + headline:high]
    if len(body) <= size:
        return False
    text = corpus.texts[document]
    windows = np.lib.stride_tricks.sliding_window_view(body, size)
    for at in np.flatnonzero((windows == label).all(axis=1)).tolist():
        end = low + headline + at + size
        if end < high and text[int(corpus.ends[end - 1]):int(corpus.starts[end])].strip() in (
                ":", "："):
            return True
        after = body[at + size:at + size + UNSPACED_VERB_REACH].tolist()
        for verb in _UNSPACED_VERBS:
            if any(tuple(after[k:k + len(verb)]) == verb for k in range(len(after))):
                return True
    return False


def _first_quotation(corpus: TokenisedCorpus, firsts: np.ndarray,
                     ends: np.ndarray) -> np.ndarray:
    """For global token ranges [first, end), the index of the first quotation that holds words
    of the range, -1 where none does."""
    quote_first, quote_end = corpus.quote_first, corpus.quote_end
    found = np.full(len(firsts), -1, dtype=np.int64)
    if not len(quote_first):
        return found
    # (the first quotation ending after the range's start, if it opens before the range's end)
    # (ends ascend but where quotations nest: searched by the furthest end so far)
    at = np.searchsorted(np.maximum.accumulate(quote_end), firsts, side="right")
    slot = np.minimum(at, len(quote_first) - 1)
    hit = (at < len(quote_first)) & (quote_first[slot] < ends) & (quote_end[slot] > firsts)
    found[hit] = slot[hit]
    return found
