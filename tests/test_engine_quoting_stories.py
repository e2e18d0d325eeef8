"""A story two outlets reprint that quotes a few words of one statement other outlets quote is
part of that statement's passage (the issue's transitive statement: the lead carries part of
it), where a quoted fragment links the two (here an outlet that quotes those words alone); a
story quoting two statements (both sides of a dispute) joins neither
(`viewer.engine.short_matches._quoting_stories`), but the words it quotes of each are that
statement's occurrences too, nested in the story's (`viewer.engine.nested_fragments`). Small
hand-made texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

STATEMENT = ("We now believe that our chief executive and the four passengers of the vessel have "
             "sadly been lost. These men were true explorers who shared a distinct spirit of "
             "adventure and a deep passion for the oceans.")
OTHER = ("The harbour authority will open an inquiry into the licence of the operator and will "
         "publish its findings before the end of the summer season.")
LEAD = ("The company said on Thursday that it believes the passengers of the missing deep sea "
        "vessel have “sadly been lost” after a search that lasted four days.")
BOTH = ("The company said on Thursday that it believes the passengers of the missing deep sea "
        "vessel have “sadly been lost”, while the port said it “will open an inquiry” at once.")


def _passages(*texts: str) -> list[set[str]]:
    return sorted((sorted({o.document for o in p.occurrences})
                   for p in find_shared_passages(articles(*texts)).passages), key=len)


def test_a_reprinted_lead_quoting_a_statement_is_part_of_its_passage() -> None:
    quoted = [f"{filler(tag)}. The firm wrote: “{STATEMENT}”\n\n{filler(tag + 'z')}."
              for tag in ("a", "b")]
    leads = [f"{filler(tag)}.\n\n{LEAD}\n\n{filler(tag + 'z')}." for tag in ("c", "d")]
    alone = f"{filler('e')}. The five have “sadly been lost”, the firm said. {filler('f')}."
    assert _passages(*quoted, *leads, alone) == [["d0", "d1", "d2", "d3", "d4"]]


def test_a_reprinted_lead_quoting_two_statements_joins_neither() -> None:
    quoted = [f"{filler(tag)}. The firm wrote: “{STATEMENT}”\n\n{filler(tag + 'z')}."
              for tag in ("a", "b")]
    quoted += [f"{filler(tag)}. The port said: “{OTHER}”\n\n{filler(tag + 'z')}."
               for tag in ("g", "h")]
    leads = [f"{filler(tag)}.\n\n{BOTH}\n\n{filler(tag + 'z')}." for tag in ("c", "d")]
    alone = [f"{filler('e')}. The five have “sadly been lost”, the firm said. {filler('f')}.",
             f"{filler('i')}. The port “will open an inquiry”, it said. {filler('j')}."]
    result = find_shared_passages(articles(*quoted, *leads, *alone))
    firm, port = ([p for p in result.passages if first in p.document_ids]
                  for first in ("d0", "d2"))
    assert len(firm) == len(port) == 1 and firm[0] is not port[0]
    assert not {"d2", "d3"} & set(firm[0].document_ids)
    assert [(o.document, o.text) for o in firm[0].occurrences if o.document in ("d4", "d5")] \
        == [("d4", "sadly been lost"), ("d5", "sadly been lost")]
    assert [(o.document, o.text) for o in port[0].occurrences if o.document in ("d4", "d5")] \
        == [("d4", "will open an inquiry"), ("d5", "will open an inquiry")]
    (story,) = [p for p in result.passages if p not in (firm[0], port[0])]
    assert {"d4", "d5"} <= set(story.document_ids)


def test_a_reprinted_lead_quoting_seven_words_of_a_statement_is_part_of_its_passage() -> None:
    """The lead quotes seven words of the statement, and two of its own after them ("the
    passengers have 'sadly been lost'" quotes three, word for word): a match of a few words, not
    a fragment found whole, but quoted on both sides all the same; one passage."""
    lead = ("The company said on Thursday that the missing vessel's passengers had been “true "
            "explorers who shared a distinct spirit and passion” after a search that lasted "
            "four days.")
    quoted = [f"{filler(tag)}. The firm wrote: “{STATEMENT}”\n\n{filler(tag + 'z')}."
              for tag in ("a", "b")]
    # (the second reprint adds a word after the quotation: the two leads' match is not cut at
    # the quotation marks)
    leads = [f"{filler(tag)}.\n\n{text}\n\n{filler(tag + 'z')}."
             for tag, text in (("c", lead), ("d", lead.replace("four days", "four long days")))]
    assert _passages(*quoted, *leads) == [["d0", "d1", "d2", "d3"]]


TRIBUTE = ("He will forever be the magnificent one. He was a national treasure, all panache and "
           "bursts of laughter, quick of tongue and light of body, sublime hero and familiar "
           "face, tireless daredevil and magician of words. In him we all found ourselves.")
STORY_LEAD = ("“In him we all found ourselves” in the actor, the president said on Monday in a "
              "long message to the nation that the radio stations and the television channels "
              "read out in the evening news, describing “a national treasure, all panache and "
              "bursts of laughter")
STORY_END = "after the death of the actor at the age of 88 at his home in the capital."
STORY_NEXT = ("The president had decorated the actor in November two years ago at the palace, "
              "making him a grand officer of the legion of honour.")


def test_the_rest_of_a_wire_story_that_quotes_a_statement_stays_with_it() -> None:
    """Two outlets print an agency's story of a tribute that a third quotes whole: the story
    quotes it in its own long sentence (so the story is in the tribute's passage), then each
    outlet goes on differently before the story's last sentences, which both print. Those
    sentences, near the story quoting the tribute in both, are the same story: in the same
    passage, although the tribute is something said."""
    tribute = f"{filler('a')}. The president wrote: “{TRIBUTE}”\n\n{filler('az')}."
    tweet = (f"{filler('c')}.\n\n{STORY_LEAD}, quick of tongue and light of body, sublime hero "
             f"and familiar face, tireless daredevil and magician of words”.\n\n“He will "
             f"forever be the magnificent one”, the head of state added in a tweet, {STORY_END} "
             f"{STORY_NEXT}\n\n{filler('cz')}.")
    condolences = (f"{filler('d')}.\n\n{STORY_LEAD}”, “a sublime hero and a familiar face”."
                   f"\n\n“He will forever be the magnificent one”, the head of state added, "
                   f"sending his condolences to the family and friends of the actor, “and to "
                   f"all the people he made laugh and cry for sixty years”.\n\nFor, “among our "
                   f"great actors, he was the one who won the crowd's prize hands down”, he "
                   f"added in a statement {STORY_END}\n\n{STORY_NEXT}\n\n{filler('dz')}.")
    passages = find_shared_passages(articles(tribute, tweet, condolences)).passages
    assert len(passages) == 1
    assert any("legion of honour" in o.text for o in passages[0].occurrences)


def test_a_wire_storys_pieces_quoting_two_sentences_of_a_speech_are_one_story() -> None:
    """Two outlets reprint an agency's story of a resignation, each of its paragraphs quoting a
    different sentence of the speech, which other outlets quote alone (three one sentence, two
    the other): two statements said, each with a story quoting it in the two reprints, near
    each other there. They are one story, although more outlets quote each sentence alone
    than reprint the story (`stories.join_story_pieces`, on the clustering stage's
    statements); a story quoting two speakers stays two."""
    first_quote = ("I am not leaving because I believe we cannot win the election but because I "
                   "believe we can and will, and we need a fresh set of shoulders for that.")
    second_quote = "This has been the most fulfilling five and a half years of my life."
    second = ("She said she had reflected on her own future over the quiet summer holidays. "
              f"“{second_quote[:-1]},” Arden said.")
    first = ("Her team were well placed to take the country forward and contest the next "
             f"election, she said. “{first_quote[:-1]},” Arden said.")
    assert _one_story(first_quote, second_quote, first, second)
    # Two speakers (a dispute that one agency's story quotes paragraph by paragraph) stay two.
    replied = first.replace("Arden said.", "Christopher Luxon replied.")
    assert not _one_story(first_quote, second_quote, replied, second)


def _one_story(first_quote: str, second_quote: str, first: str, second: str) -> bool:
    """Whether `join_story_pieces` joins the two statements (see the test above)."""
    import numpy as np

    from viewer.engine.statements import Statements
    from viewer.engine.stories import join_story_pieces
    from viewer.engine.tokens import tokenise

    story = f"{second}\n\nShe made the announcement choking back tears.\n\n{first}"
    texts = [f"{filler(tag)}.\n\n{story}\n\n{filler(tag + 'z')}." for tag in ("s", "t")]
    texts += [f"{filler(tag)}. She said: “{first_quote}”\n\n{filler(tag + 'z')}."
              for tag in ("a", "b", "c")]
    texts += [f"{filler(tag)}. The minister told reporters: “{second_quote}” {filler(tag + 'z')}."
              for tag in ("e", "f")]
    corpus = tokenise(articles(*texts))

    def tokens_of(doc: int, piece: str) -> tuple[int, int]:
        start = texts[doc].index(piece)
        low, high = int(corpus.offsets[doc]), int(corpus.offsets[doc + 1])
        return (int(np.searchsorted(corpus.starts[low:high], start)),
                int(np.searchsorted(corpus.ends[low:high], start + len(piece), side="right")))

    rows = [(0, doc, *tokens_of(doc, first)) for doc in (0, 1)]
    rows += [(1, doc, *tokens_of(doc, second)) for doc in (0, 1)]
    rows += [(0, doc, *tokens_of(doc, first_quote[:-1])) for doc in (2, 3, 4)]
    rows += [(1, doc, *tokens_of(doc, second_quote[:-1])) for doc in (5, 6)]
    statements = Statements(*(np.array(column, dtype=np.int64)
                              for column in zip(*sorted(rows), strict=True)))
    joined = join_story_pieces(corpus, statements, (corpus.quote_first, corpus.quote_end))
    return set(joined.statement.tolist()) == {0}
