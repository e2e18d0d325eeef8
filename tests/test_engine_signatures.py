"""An embedded post's signature line ('— Name (@handle) date') is left out of the occurrence
that ends with it (`viewer.engine.signatures`); small hand-made corpora, no sample or
real-article text."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

POST = ("The river at Morrowby will crest tonight above the old flood wall, so every family in "
        "the lower town must leave before dark!")
SIGNATURE = "— Ana Rovira (@AnaRoviraMayor) March 3, 2024"


def test_a_posts_signature_is_not_in_its_occurrences() -> None:
    """Three outlets embed the post with its signature line, two with the picture link before
    it (after the ellipsis of a post cut short, the dash right after the link): every
    occurrence ends with the post's last word."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{POST}\n\n{SIGNATURE}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{POST}… pic.twitter.com/x1Yz{SIGNATURE}\n\n{filler('d')}.",
        f"{filler('e')}. The mayor posted:\n\n{POST}… pic.twitter.com/x1Yz{SIGNATURE}\n\n"
        f"{filler('f')}."))
    (passage,) = result.passages
    assert {o.document for o in passage.occurrences} == {"d0", "d1", "d2"}
    assert all(o.text.endswith("before dark") for o in passage.occurrences)
    assert "Rovira" not in passage.consensus


def test_a_signature_inside_shared_text_stays() -> None:
    """Two outlets copy a story that embeds the post, its signature and the story going on:
    one text, the signature in the middle of it is not cut out."""
    story = (f"{POST}\n\n{SIGNATURE}\n\nHours later the water had reached the bridge and the "
             "fire brigade began to carry the last residents out of the lower town by boat.")
    result = find_shared_passages(articles(f"{filler('a')}.\n\n{story}\n\n{filler('b')}.",
                                           f"{filler('c')}.\n\n{story}\n\n{filler('d')}."))
    (passage,) = result.passages
    assert all(o.text.endswith("by boat") for o in passage.occurrences)


def test_a_dash_and_a_name_without_a_handle_is_no_signature() -> None:
    """'— Reuters' closing shared text names no post: the occurrences keep what they match."""
    closing = ("Officials in the capital said the damage to the northern power grid would take "
               "weeks to repair — Kessing Port Authority (Harbour Office)")
    result = find_shared_passages(articles(f"{filler('a')}.\n\n{closing}\n\n{filler('b')}.",
                                           f"{filler('c')}.\n\n{closing}\n\n{filler('d')}."))
    (passage,) = result.passages
    assert all("Harbour Office" in o.text for o in passage.occurrences)
