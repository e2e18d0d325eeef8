"""Which capitalised words are a web address's ("Crash.net", "Spiegel.de"): a site, never a
speaker ('"...," the team principal told media including Crash.net'). A pure function of the
corpus, for `viewer.engine.attribution_names`.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine.tokens import TokenisedCorpus

_DOMAIN_AFTER = re.compile(
    r"\.(?:com|net|org|info|co|uk|de|fr|es|it|nl|be|ch|at|in|au|ca|br|pt|gov|edu|io|news|tv)"
    r"(?![^\W_])", re.IGNORECASE)
"""A dot and a top-level domain right after a word ("Crash" of "Crash.net")."""


def web_addresses(corpus: TokenisedCorpus, document: int, positions: np.ndarray,
                  asked: np.ndarray) -> np.ndarray:
    """For global token `positions` of `document`, whether each one `asked` marks is followed
    right away by a dot and a top-level domain (its site's address)."""
    found = np.zeros(len(positions), dtype=bool)
    text = corpus.texts[document]
    for index in np.flatnonzero(asked).tolist():
        found[index] = _DOMAIN_AFTER.match(text, int(corpus.ends[positions[index]])) is not None
    return found
