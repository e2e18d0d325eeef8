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


def _endings(tail: str) -> list[list[str]]:
    """The occurrences' last words where two outlets embed the post followed by `tail`."""
    result = find_shared_passages(articles(f"{filler('a')}.\n\n{POST}{tail}\n\n{filler('b')}.",
                                           f"{filler('c')}.\n\n{POST}{tail}\n\n{filler('d')}."))
    return [[o.text[-11:] for o in p.occurrences] for p in result.passages]


def test_other_forms_of_a_signature_are_left_out() -> None:
    """The dash right after the post's last mark, a t.co or pic.x.com link, a Bluesky or a
    Mastodon handle, a time before the date."""
    for tail in (SIGNATURE, f" https://t.co/AbC123{SIGNATURE}", f" pic.x.com/AbC123 {SIGNATURE}",
                 " — Ana Rovira (@anarovira.bsky.social) 10:15 AM · Mar 3, 2024",
                 " — Ana Rovira (@ana@mastodon.social) March 3, 2024"):
        assert _endings(tail) == [["before dark"] * 2], tail


def test_a_post_of_a_picture_alone_links_nothing() -> None:
    """Two outlets embed a post that is only a picture after words of their own: its link and
    signature are nobody's words, no passage."""
    line = f"pic.twitter.com/AbC123 {SIGNATURE}"
    result = find_shared_passages(articles(
        f"{filler('a')}. The mayor posted this.\n\n{line}\n\n{filler('b')}.",
        f"{filler('c')}. Here is the picture.\n\n{line}\n\n{filler('d')}."))
    assert result.passages == ()


def test_an_account_named_in_passing_is_no_signature() -> None:
    """'— who posts as (@MorrowbyCity) — on Monday.': no date with a year after the handle, the
    sentence is the outlets' shared text to its end."""
    sentence = ("The new ferry timetable will start on the first of June and was announced late "
                "on Monday by the city spokesman — who posts as (@MorrowbyCity) — on Monday.")
    result = find_shared_passages(articles(f"{filler('a')}.\n\n{sentence}\n\n{filler('b')}.",
                                           f"{filler('c')}.\n\n{sentence}\n\n{filler('d')}."))
    (passage,) = result.passages
    assert all(o.text.endswith("on Monday") for o in passage.occurrences)
