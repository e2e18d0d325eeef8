"""A link to another story inside an article ("Also Read | 10 injured, 1 critical in ...") is
no figure of the article's: a tester's (s60b, MV3 06) "10 injured" from a related headline
clashed with the article's 33, its source read as "critical"."""

from __future__ import annotations

import pytest

from viewer.corpus import Article
from viewer.figures.corpus import article_mentions, find_figures
from viewer.figures.related_links import without_related_links

_STORY = "Thirty-three people were injured in the crush, the minister said.\n"


@pytest.mark.parametrize("link", [
    "Also Read | 10 injured, 1 critical in a stampede outside the stadium",
    "READ MORE: 10 people injured in a second crush",
    "Also read: 10 people hurt as crowd surges at the gate",
    "Related: 10 people injured in last year's crush",
    "Read more - 10 people injured at the gates",
    "Lire aussi : 10 personnes blessées devant le stade",
    "Leia também: 10 pessoas feridas no estádio",
    "Lesen Sie auch: 10 Menschen verletzt",
    "Te puede interesar: 10 personas heridas en el estadio",
    "Leggi anche: 10 persone ferite allo stadio",
])
def test_a_related_stories_headline_is_no_figure(link: str) -> None:
    article = Article("a", _STORY + link + "\n", "A")
    assert [m.value.number for m in article_mentions(article)] == [33]


def test_a_link_glued_to_a_sentence_is_blanked_to_its_lines_end() -> None:
    text = ("Crowds gathered to celebrate.Also Read | 10 injured, 1 critical in a stampede "
            "What the minister said\n" + _STORY)
    blanked = without_related_links(text)
    assert len(blanked) == len(text) and blanked.endswith(_STORY)
    assert blanked.startswith("Crowds gathered to celebrate.") and "10" not in blanked
    rows = find_figures([Article("a", text, "A"),
                         Article("b", "33 people were injured, the minister said.", "B")])
    assert not any(row.disagree for row in rows)
    assert [m.value.number for row in rows for m in row.mentions] == [33, 33]


@pytest.mark.parametrize("text", [
    "Read more here. 10 people were injured.",
    "He also read: 10 people were injured.",
    "Related talks: 10 people were injured on Monday.",
    # (a heading alone on its line: the next line may be the story going on)
    "READ MORE\n10 people were injured.",
])
def test_the_articles_own_words_stay(text: str) -> None:
    assert [m.value.number for m in article_mentions(Article("a", text, "A"))] == [10]
