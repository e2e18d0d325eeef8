"""Who a quotation is attributed to: the name beside the reporting verb next to it.

Pure function of the corpus. News text attributes a quotation in a few words right after its
closing mark ('"...," said Zuma', '"...," President Jacob Zuma said') or right before its
opening mark ('Donald Trump tweeted: "..."', 'which Tehran said was a "..."'), in the same
sentence; after one closed with a full stop ('Trump tweeted: "We will respond." Zuma said ...')
the words before the opening mark are asked first, the next sentence being maybe the next
speaker's. (A quotation opening a sentence may take the attribution of the sentence before,
'"...," Zuma said. "..."': outlets go on quoting one speaker so.) The speaker is the last word
of the capitalised run nearest the reporting verb (`viewer.engine.reporting.CONTINUING`), titles
and other stock words aside: "President Donald Trump" and "Trump" are both "trump". A pronoun
beside the verb ('"...," he added') continues the speaker of the quotation before it in the same
document. Where no verb is found, or no name beside it, the speaker is unknown: what decides on
speakers treats unknown as no evidence either way.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.tokens import TokenisedCorpus

UNKNOWN = 0
"""The speaker of a quotation no attribution names."""
_PRONOUN = 1
"""A pronoun attribution, resolved to the speaker before it."""
ATTRIBUTION_WINDOW_WORDS = 10
"""Words after a closing mark, or before an opening mark, searched for the attribution."""
_NAME_REACH = 3
"""Words from the reporting verb to the nearest word of a name ("said President Donald Trump")."""
_CONTINUED_QUOTATIONS = 4
"""How many quotations back a pronoun attribution looks for a named speaker."""


def quotation_speakers(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations (`corpus.quote_first`), the word hash (uint64)
    of the name each is attributed to, UNKNOWN where none is found (module docstring)."""
    found = np.full(len(quotations), UNKNOWN, dtype=np.uint64)
    for position, quotation in enumerate(quotations.tolist()):
        found[position] = _resolved(corpus, quotation)
    return found


def _resolved(corpus: TokenisedCorpus, quotation: int) -> int:
    """The named speaker of `quotation`, a pronoun followed back to the one before it."""
    document = int(corpus.document_of(np.array([corpus.quote_first[quotation]]))[0])
    start = int(corpus.offsets[document])
    for back in range(_CONTINUED_QUOTATIONS + 1):
        earlier = quotation - back
        if earlier < 0 or corpus.quote_first[earlier] < start:
            break
        speaker = _named(corpus, earlier, document)
        if speaker != _PRONOUN:
            return speaker
    return UNKNOWN


def _named(corpus: TokenisedCorpus, quotation: int, document: int) -> int:
    """The name (or _PRONOUN) of `quotation`'s attribution after it, else before it."""
    first, end = int(corpus.quote_first[quotation]), int(corpus.quote_end[quotation])
    doc_first, doc_end = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    after = min(end + ATTRIBUTION_WINDOW_WORDS, doc_end)
    if end < doc_end and _gap(corpus, end, document) & breaks.NEWLINE:
        after = end
    # (after the closing mark: the sentence goes on to the attribution, '"...!" he said'
    # included, up to the next sentence or line)
    for position in range(end + 1, after):
        if _gap(corpus, position, document) & breaks.SENTENCE_BREAK:
            after = position
            break
    before = max(first - ATTRIBUTION_WINDOW_WORDS, doc_first)
    for position in range(first - 1, before, -1):
        if _gap(corpus, position, document) & breaks.SENTENCE_BREAK:
            before = position
            break
    windows = [(end, after), (before, first)]
    if end < doc_end and _full_stop_after(corpus, end, document):
        # (the quotation ends its sentence: the words before its opening mark are of its own
        # sentence, those after may be the next speaker's)
        windows.reverse()
    for window_first, window_end in windows:
        speaker = _name_beside_verb(corpus, document, window_first, window_end)
        if speaker != UNKNOWN:
            return speaker
    return UNKNOWN


def _full_stop_after(corpus: TokenisedCorpus, end: int, document: int) -> bool:
    """Whether a sentence ends with a full stop between global token `end - 1` (a quotation's
    last word) and `end`: in 'Trump tweeted: "We will respond." Zuma said the talks ...' the
    next sentence may be the next speaker's ('"...," Zuma said' and '"Why now?" Zuma asked'
    go on with the quotation's own sentence)."""
    if not _gap(corpus, end, document) & breaks.SENTENCE_BREAK:
        return False
    text = corpus.texts[document]
    return "." in text[int(corpus.ends[end - 1]):int(corpus.starts[end])]


def _gap(corpus: TokenisedCorpus, position: int, document: int) -> int:
    """The break bits of the gap before global token `position` of `document`."""
    return int(corpus.gaps[position + document])


def _name_beside_verb(corpus: TokenisedCorpus, document: int, first: int, end: int) -> int:
    """In global tokens [first, end), the name nearest a reporting verb (or _PRONOUN)."""
    if end <= first:
        return UNKNOWN
    hashes = corpus.hashes[first:end]
    verbs = np.flatnonzero(in_sorted(hashes, reporting.CONTINUING))
    if not len(verbs):
        return UNKNOWN
    text = corpus.texts[document]
    capital = np.array([text[int(corpus.starts[first + k])].isupper() for k in range(end - first)])
    name = capital & ~reporting.stock(hashes)
    pronoun = in_sorted(hashes, reporting.PRONOUNS)
    for verb in verbs.tolist():
        for distance in range(1, _NAME_REACH + 1):
            for at in (verb - distance, verb + distance):
                if not 0 <= at < len(hashes):
                    continue
                if pronoun[at] and distance == 1:
                    return _PRONOUN
                if name[at]:
                    # (the last word of the run of capitals: "Donald Trump" is "trump")
                    last = at
                    while last + 1 < len(hashes) and name[last + 1] and last + 1 != verb:
                        last += 1
                    return int(hashes[last])
    return UNKNOWN
