"""Edited words naming the event, mostly names, join no statements (`viewer.engine.statements`,
`_event_echoes`; `viewer.engine.name_words.name_share`). Small hand-made texts with made-up
names, no sample or real-article text."""

from __future__ import annotations

import numpy as np

from viewer.engine.name_words import name_share
from viewer.engine.tokens import tokenise

from .engine_texts import articles, passage_documents, token_range

ALDER = ('"We condemn the attack on referee Tomas Velder after the Kardon United-Belmor '
         'Athletic match tonight and wish him a speedy recovery. Sport means peace and '
         'brotherhood. Violence has no place in our sport and we will never allow it," President '
         'Ruben Alder wrote on X.')
BROOK = ('"The attack carried out on referee Tomas Velder at the end of the Kardon United-Belmor '
         'Athletic game is unacceptable on our green fields of peace and friendship. We are '
         'following this sad incident closely and I send my best wishes to our referee," Brook '
         'wrote.')
ECHO = ('Interior Minister Ilse Brook, condemning the attack on referee Tomas Velder at the end of '
        'the Kardon United-Belmor Athletic game, said it was unacceptable.')


def test_two_speakers_naming_the_event_alike_stay_two_statements() -> None:
    """The president's post names the match and the referee; an outlet's sentence on the
    minister names them so too, a few words edited, and the minister's own post after it: the
    edited echo is every outlet's way of naming the event, no text the two share."""
    assert passage_documents(
        "The league suspended all games on Tuesday. " + ALDER + " The club board meets on Friday.",
        "Officials gathered in the capital. " + ALDER + " Fans left the ground in silence.",
        "Reactions came from everywhere. " + ALDER + "\n\n" + ECHO + "\n\n" + BROOK,
        "The ministry spoke late at night. " + ECHO + "\n\n" + BROOK + " Police made two arrests.",
    ) == [["d0", "d1", "d2"], ["d2", "d3"]]


def test_the_same_words_unedited_still_join() -> None:
    """The echo printed word for word in two outlets (a wire sentence both reprint) is shared
    text: it joins what it overlaps as any long match does."""
    wire = ("Interior Minister Ilse Brook condemned the attack on referee Tomas Velder after the "
            "Kardon United-Belmor Athletic match on Monday night.")
    assert passage_documents(
        "The league suspended all games. " + wire + "\n\n" + BROOK,
        "Officials gathered in the capital. " + wire + "\n\n" + BROOK + " Police made arrests.",
    ) == [["d0", "d1"]]


def test_the_share_of_names_counts_capitalised_words_beyond_stock_vocabulary() -> None:
    """Names, not a sentence's first word, a title or a noun a language capitalises; nor the
    capitals of a headline in title case."""
    corpus = tokenise(articles(
        "Tonight the attack on referee Tomas Velder after the Kardon United-Belmor Athletic "
        "match shocked everyone.",
        "Yesterday Iran said it would not seek war with anyone at all in the region.",
        "Gestern hat der Verband die Spiele der Woche und den Einzelfall vertagt.",
        "Update: League Suspends All Matches After Club President Punches Referee On The Pitch "
        "In Kardon"))
    ranges = [token_range(corpus, 0, "the attack on referee Tomas Velder after the Kardon "
                                     "United-Belmor Athletic match"),
              token_range(corpus, 1, "Iran said it would not seek war with anyone"),
              token_range(corpus, 2, "der Verband die Spiele der Woche und den Einzelfall"),
              token_range(corpus, 3, "League Suspends All Matches After Club President "
                                     "Punches Referee On The Pitch In Kardon")]
    firsts = np.array([int(corpus.offsets[k]) + first for k, (first, _) in enumerate(ranges)])
    ends = np.array([int(corpus.offsets[k]) + end for k, (_, end) in enumerate(ranges)])
    shares = name_share(corpus, firsts, ends).tolist()
    assert shares[0] >= 0.4
    assert 0 < shares[1] < 0.2
    assert shares[2] == 0
    assert shares[3] == 0


def test_two_headlines_in_title_case_edited_by_a_word_still_join() -> None:
    """Capitals of title case are no names: an edited headline two outlets share is shared
    text as before."""
    assert passage_documents(
        "Turkish League Suspends All Matches After Club President Punches Referee On The Pitch "
        "In Ankara",
        "Turkish League Halts All Matches After Club President Punches Referee On The Pitch In "
        "Ankara",
    ) == [["d0", "d1"]]
