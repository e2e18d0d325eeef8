"""Whether an outlet says that a quotation was said on another occasion than the one before it:
'In another post, minutes later, he wrote: "..."', '"...," he said in a separate statement',
'Later, she told reporters: "..."', 'In einem weiteren Beitrag schrieb er: „...“'.

Pure function of the corpus, used by `viewer.engine.remarks`: two pieces of one speaker's words
that outlets print one after the other are one speaker's remarks, unless an outlet says that the
later came another time (two posts, a statement and a later interview). Only the words that
introduce or attribute the later quotation are read: those before its opening mark in its own
sentence (after any quotation before it), and those after its closing mark up to its sentence's
end. There, a word of another time counts with a word of a said thing right after it ("another
post", "a separate statement", "a later interview", "un altro messaggio", "einem weiteren
Beitrag", "otro mensaje"), or alone where it opens the sentence that introduces the quotation
("Later, she wrote:", "Hours later, he tweeted:", "Plus tard, il a ajouté :"). The same words
elsewhere are the outlet's own sentence ("another resident of the town", "earlier on Sunday",
"Des Weiteren sagte Scholz", "Por otra parte").
"""

from __future__ import annotations

import itertools

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.attribution_windows import gap_bits, sentence_after, sentence_before
from viewer.engine.tokens import TokenisedCorpus

INTRODUCTION_WORDS = 15
"""Words before a quotation's opening mark read as its introduction, at most."""
ATTRIBUTION_WORDS = 10
"""Words after a quotation's closing mark read as its attribution, at most."""
NOUN_REACH = 2
"""How many words after a word of another time the said thing may stand ("another short
post")."""
HEAD_WORDS = 2
"""How far into the sentence introducing a quotation a word of time alone counts ("Hours
later, ...")."""

_ANOTHER = set(reporting.hashes_of(
    "another separate second subsequent later earlier new "
    "autre autres second seconde deuxième nouveau nouvelle nouvel ultérieur ultérieure "
    "weiteren weiteres weiterer weitere anderen zweiten späteren neuen gesonderten separaten "
    "otro otra segundo segunda posterior nuevo nueva "
    "altro altra unaltra secondo seconda successivo successiva nuovo nuova "
    "outro outra segundo segunda novo nova "
    "andere ander tweede nieuwe latere").tolist())
"""Words of another time before a said thing, in each language of the word lists."""
_SAID_THINGS = set(reporting.hashes_of(
    "post posts tweet tweets statement statements message messages video interview letter "
    "update note briefing remarks speech appearance conference comments comment email "
    "publication déclaration déclarations communiqué entretien vidéo lettre "
    "beitrag erklärung mitteilung nachricht interview brief stellungnahme rede "
    "pressekonferenz videobotschaft "
    "mensaje publicación comunicado declaración declaraciones tuit entrevista vídeo carta "
    "messaggio nota dichiarazione dichiarazioni intervista lettera "
    "mensagem publicação declaração entrevista "
    "bericht verklaring").tolist())
"""Things said that a word of another time may qualify."""
_LATER_ALONE = set(reporting.hashes_of(
    "later earlier afterwards subsequently previously tard auparavant ultérieurement später "
    "zuvor tardi successivamente eerder").tolist())
"""Words of time that alone, opening the sentence that introduces a quotation, say it came
another time."""
_FOLLOW = set(reporting.hashes_of("follow").tolist())
_UP = reporting.hashes_of("up").tolist()
_TARDE = set(reporting.hashes_of("tarde").tolist())
_MORE = set(reporting.hashes_of("más mais").tolist())
"""Spanish and Portuguese "más tarde", "mais tarde" (alone, "tarde" is an afternoon too)."""


def another_occasion(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations, whether the words introducing or attributing
    each say it was said on another occasion than what came before (module docstring)."""
    found = np.zeros(len(quotations), dtype=bool)
    starts = corpus.quote_first.tolist()
    ends = corpus.quote_end.tolist()
    for position, quotation in enumerate(quotations.tolist()):
        document = corpus.document_at(starts[quotation])
        found[position] = (_introduces(corpus, quotation, document, starts, ends)
                           or _attributes(corpus, quotation, document, starts, ends))
    return found


def _introduces(corpus: TokenisedCorpus, quotation: int, document: int, starts: list[int],
                ends: list[int]) -> bool:
    """Whether the words before the quotation's opening mark, in its sentence, say so."""
    opening = starts[quotation]
    first = sentence_before(corpus, quotation, document, INTRODUCTION_WORDS)
    words = corpus.hashes[first:opening].tolist()
    if _qualified(words):
        return True
    # (a word of time alone only opening the sentence: 'Later, she wrote', not 'the mayor
    # said later on Sunday')
    opens = first == int(corpus.offsets[document]) or bool(
        gap_bits(corpus, first, document) & breaks.SENTENCE_BREAK)
    head = words[:HEAD_WORDS]
    return opens and (any(word in _LATER_ALONE for word in head)
                      or any(one in _MORE and other in _TARDE
                             for one, other in itertools.pairwise(head)))


def _attributes(corpus: TokenisedCorpus, quotation: int, document: int, starts: list[int],
                ends: list[int]) -> bool:
    """Whether the words after the quotation's closing mark, in its sentence, say so ('"...,"
    he said in a separate statement')."""
    closing = ends[quotation]
    last = sentence_after(corpus, quotation, document, ATTRIBUTION_WORDS)
    return _qualified(corpus.hashes[closing:last].tolist())


def _qualified(words: list[int]) -> bool:
    """Whether a word of another time stands before a said thing, NOUN_REACH words at most
    ("a follow-up post": the two words of "follow-up" one)."""
    for at, word in enumerate(words):
        if word in _FOLLOW and words[at + 1:at + 2] == _UP:
            at += 1
        elif word not in _ANOTHER:
            continue
        if any(following in _SAID_THINGS for following in words[at + 1:at + 1 + NOUN_REACH]):
            return True
    return False

