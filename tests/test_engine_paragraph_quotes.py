"""A quotation printed over several paragraphs in the press convention (each paragraph opens a
quotation mark, only the last closes it) is one quotation, and a match growing over the text
two outlets share stops where such a quotation ends (or starts) when only a few words lie
beyond: a passage is the statement, not the next paragraph's first word or the outlet's
lead-in (small hand-made texts, no sample or real-article text)."""

from __future__ import annotations

from typing import SupportsIndex

from viewer.engine import find_shared_passages
from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.paragraph_quotes import CONTINUED_PARAGRAPH_CHARS
from viewer.engine.quotations import MAX_QUOTE_CHARS, quoted_spans
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

FIRST = "We are heartbroken that our mother died peacefully this morning."
SECOND = "She was a gifted teacher and a generous friend whose kindness will be remembered."
LAST = "We remember her laugh, her patience and her stories. We will miss her always."


def _quoted(text: str) -> list[str]:
    """The text of each quotation found in `text`, from its first word to its last."""
    corpus = tokenise(articles(text))
    first, end = quoted_token_ranges(corpus)
    return [text[int(corpus.starts[a]):int(corpus.ends[b - 1])]
            for a, b in zip(first, end, strict=True)]


def test_a_quotation_printed_over_paragraphs_is_one_quotation() -> None:
    for opening, closing in (("“", "”"), ('"', '"'), ("«", "»")):
        text = (f"{filler('a')}. The family said: {opening}{FIRST}\n\n{opening}{SECOND}\n\n"
                f"{opening}{LAST}{closing}\n\n{filler('b')}. She said {opening}no{closing}.")
        assert _quoted(text) == [f"{FIRST}\n\n{opening}{SECOND}\n\n{opening}{LAST}"[:-1], "no"]
    # The paragraph that closes it may go on with the outlet's words and another quotation.
    text = (f"{filler('a')}.\n\n“{FIRST}\n\n“{SECOND[:-1]},” they said. “{LAST}”\n\n"
            f"{filler('b')}.")
    assert _quoted(text) == [f"{FIRST}\n\n“{SECOND[:-1]}", LAST[:-1]]
    # (a page typing the first paragraph's mark straight, the later ones curly)
    text = (f"{filler('a')}. The family said: \"{FIRST}\n\n“{SECOND}\n\n“{LAST}”\n\n"
            f"{filler('b')}.")
    assert _quoted(text) == [f"{FIRST}\n\n“{SECOND}\n\n“{LAST}"[:-1]]


def test_a_stray_opening_mark_quotes_no_more_than_before() -> None:
    """A mark left open in a paragraph followed by one that opens no quotation, or opens it
    with another mark, or a closing straight mark before a space: nothing more is quoted."""
    unclosed = f"{filler('a')}. The mayor called it “a disgrace.\n\n{filler('b')}. {SECOND}"
    assert _quoted(unclosed) == []
    assert _quoted(f"{unclosed} She said “no” twice.\n\n“{FIRST}”") == ["no", FIRST[:-1]]
    other_mark = f"{filler('a')}. They said: “{FIRST}\n\n«{SECOND}»"
    assert _quoted(other_mark) == [SECOND[:-1]]
    closing = f'{filler("a")}. It was over" and she left.\n\n"{SECOND}"'
    assert _quoted(closing) == [SECOND[:-1]]


def test_a_paragraph_quoted_whole_is_one_quotation_however_long() -> None:
    """A mark opening a paragraph or a sentence, or following a colon, closed by the next mark
    in its paragraph, is one quotation longer than a stray mark may quote (MAX_QUOTE_CHARS);
    a mark inside a sentence is held to MAX_QUOTE_CHARS, as before."""
    long = " ".join((FIRST, SECOND, LAST) * 4)
    assert MAX_QUOTE_CHARS < len(long) < CONTINUED_PARAGRAPH_CHARS
    for opening, closing in (("“", "”"), ('"', '"'), ("«", "»")):
        text = f"{filler('a')}.\n\n{opening}{long}{closing}.\n\n{filler('b')}."
        assert _quoted(text) == [long[:-1]]
    for opened in (f"{filler('a')}.\n\n“{long}” the family said in a statement.",
                   f"{filler('a')}. They wrote: “{long}” and left it there.",
                   # (a page that lost its paragraph breaks)
                   f"{filler('a')}. The mayor wrote on Facebook.“{long}”Then he left."):
        assert _quoted(f"{opened}\n\n{filler('b')}.") == [long[:-1]], opened
    text = f"{filler('a')}. They called it “{long}” in the end.\n\n{filler('b')}."
    assert _quoted(text) == []
    # (a web page's non-breaking space after the closing mark is a space too)
    text = f"{filler('a')}.\n\n“{long}”.\u00a0\n\n{filler('b')}."
    assert _quoted(text) == [long[:-1]]


def test_a_paragraphs_only_two_marks_are_one_quotation_however_far_into_a_sentence() -> None:
    """A mark inside a sentence, closed by the paragraph's only other double mark at its end, is
    one quotation longer than MAX_QUOTE_CHARS ('La sua morte "ha suscitato ... comune”.': a
    page that typed the first mark straight, the last curly); not where another mark stands in
    the paragraph, nor where the sentence goes on after the closing one."""
    long = " ".join((FIRST, SECOND, LAST) * 4)
    assert MAX_QUOTE_CHARS < len(long) < CONTINUED_PARAGRAPH_CHARS
    for opening, closing in (("“", "”"), ('"', '"'), ('"', "”"), ("«", "»"), ("« ", " »"),
                             ("«\u00a0", "\u00a0»")):
        text = f"{filler('a')}. Her death {opening}{long}{closing}.\n\n{filler('b')}."
        assert _quoted(text) == [long[:-1]], opening + closing
    third = f"{filler('a')}. Her “death” {'“'}{long}”.\n\n{filler('b')}."
    assert _quoted(third) == ["death"]
    going_on = f"{filler('a')}. Her death “{long}” in the end.\n\n{filler('b')}."
    assert _quoted(going_on) == []


def test_a_quotation_over_paragraphs_that_never_closes() -> None:
    """Two paragraphs or more that keep the convention are quoted to the last one's end when
    no closing mark comes (one lost, or the page cut off); a single paragraph left open is
    quoted only where the page ends with it (as before)."""
    run = f"{filler('a')}. They said: “{FIRST}\n\n“{SECOND}\n\n{filler('b')}."
    assert _quoted(run) == [f"{FIRST}\n\n“{SECOND}"[:-1]]
    cut_off = f"{filler('a')}. They said: “{FIRST}\n\n“{SECOND}\n\n“We remember her laugh"
    assert _quoted(cut_off) == [f"{FIRST}\n\n“{SECOND}\n\n“We remember her laugh"]
    alone = f"{filler('a')}. They said: “{FIRST}\n\n{filler('b')}. “{SECOND}"
    assert _quoted(alone) == [SECOND[:-1]]


def test_a_match_does_not_grow_past_a_quotation_into_the_next_paragraphs_first_word() -> None:
    """a and b print the same statement over two paragraphs; the paragraph after it opens
    with "The" in both, and b's is a story c carries too. Two passages: the statement (a, b)
    and the story (b, c); the statement's occurrences end at its last word, not at "The"."""
    story = ("The youngest of eleven children, she trained as a nurse before teaching "
             "mathematics at the village school for forty years.")
    quote = f"“{SECOND}\n\n“{LAST}”"
    a = f"{filler('a')}.\n\n{quote}\n\nThe school will close on Monday as a mark of respect."
    b = f"{filler('b')}.\n\n{quote}\n\n{story}"
    c = f"{filler('c')}.\n\n{story}\n\n{filler('d')}."
    texts = [a, b, c]
    passages = find_shared_passages(articles(*texts)).passages
    spans = sorted(sorted((o.document, texts[int(o.document[1:])][o.start:o.end])
                          for o in p.occurrences) for p in passages)
    statement = f"{SECOND}\n\n“{LAST[:-1]}"
    assert spans == [[("d0", statement), ("d1", statement)],
                     [("d1", story[:-1]), ("d2", story[:-1])]]


def test_a_lead_in_outlets_word_alike_stays_out_of_a_quotation_over_paragraphs() -> None:
    """a and b introduce the statement with the same lead-in, its quotation running over two
    paragraphs; c quotes it in one. The occurrences start at the quotation's first word."""
    lead = "In a statement, her sons Mark, Paul and Ian said:"
    a = f"{filler('a')}.\n\n{lead} “{FIRST}\n\n“{SECOND}”\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{lead} “{FIRST}\n\n“{SECOND}”\n\n{filler('d')}."
    c = f"{filler('e')}. “{FIRST} {SECOND[:-1]},” the family said. {filler('f')}."
    (passage,) = find_shared_passages(articles(a, b, c)).passages
    starts = {o.document: o.start for o in passage.occurrences}
    assert starts == {"d0": a.index(FIRST), "d1": b.index(FIRST), "d2": c.index(FIRST)}


def test_story_text_that_quotes_a_phrase_still_grows_over_it() -> None:
    """The growth stops only at the edge of a quotation the match lies in: a wire story's
    sentence quoting a phrase, matched after the phrase, still grows back over it and over
    the story's words before it."""
    sentence = ("The prime minister on Tuesday condemned the “blind, violent and cowardly "
                "attacks” that struck the capital in two places, the departure hall of the "
                "airport and a metro station near the European institutions.")
    texts = [f"{filler(tag)}.\n\n{sentence}\n\n{filler(tag + 'z')}." for tag in ("a", "c")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert {texts[int(o.document[1:])][o.start:o.end] for o in passage.occurrences} == {
        sentence[:-1]}


def test_a_quotation_whose_later_paragraphs_lost_their_opening_marks_is_one_quotation() -> None:
    """Some pages print a statement's later paragraphs without the convention's opening marks:
    opened at a paragraph's start or after a colon, closed at the first mark of a later
    paragraph, no mark between, it is one quotation."""
    for opening, closing in (("“", "”"), ('"', '"'), ("«", "»")):
        text = (f"{filler('a')}. The family said:\n\n{opening}{FIRST}\n\n{SECOND}\n\n{LAST}"
                f"{closing} – the family\n\n{filler('b')}.")
        assert _quoted(text) == [f"{FIRST}\n\n{SECOND}\n\n{LAST}"[:-1]]
    after_colon = f"{filler('a')}. The family said: “{FIRST}\n\n{LAST}”\n\n{filler('b')}."
    assert _quoted(after_colon) == [f"{FIRST}\n\n{LAST}"[:-1]]


def test_an_open_mark_is_not_carried_over_unmarked_paragraphs_without_evidence() -> None:
    """Not joined: a mark opened inside a sentence (a stray one); a later paragraph whose first
    mark opens a quotation; no closing mark within reach."""
    inside = f"{filler('a')}. The mayor called it “{FIRST}\n\n{SECOND}\n\n{LAST}” they said."
    assert _quoted(inside) == []
    reopened = f"{filler('a')}.\n\n“{FIRST}\n\n{SECOND} She said “no” twice."
    assert _quoted(reopened) == ["no"]
    far = "\n\n".join([f"{filler('a')}.\n\n“{FIRST}"] + [SECOND] * 7 + [f"{LAST}”"])
    assert _quoted(far) == []


class _CountedSlices(str):
    """A text that counts the characters every slice of it copies."""

    copied = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        part = super().__getitem__(key)
        if isinstance(key, slice):
            _CountedSlices.copied += len(part)
        return part


def test_open_marks_in_a_long_text_are_looked_at_in_their_own_paragraphs() -> None:
    """Whether a mark left open follows a colon is read off the spaces before it, not a copy of
    the text up to it: a long text with a mark left open in each of its thousands of paragraphs
    copied all of it again for each (quadratic: a 1.6 MB text took 5.6 s, 0.04 s before).
    Counted in characters copied, so the test is not timed."""
    paragraph = f"The mayor called it “{FIRST}\n{SECOND}\n"
    text = _CountedSlices(paragraph * 2000)
    _CountedSlices.copied = 0
    assert quoted_spans(text, 0) == []
    assert _CountedSlices.copied < 4 * len(text)


def test_pieces_other_outlets_quote_of_one_quotation_printed_whole_are_one_passage() -> None:
    """One outlet prints the statement whole, its later paragraphs without opening marks, with
    a sentence no one else carries between the pieces two other outlets quote: one passage."""
    own = "We will share more news with all of you in the coming weeks."
    result = find_shared_passages(articles(
        f"{filler('a')}. The family said in a statement:\n\n“{FIRST} {SECOND}\n\n{own} {LAST}”"
        f" – the family\n\n{filler('b')}.",
        f"{filler('c')}. “{FIRST} {SECOND}” the family said.\n\n{filler('d')}.",
        f"{filler('e')}. “{FIRST} {SECOND}” read the statement.\n\n{filler('f')}.",
        f"{filler('g')}. The family added: “{LAST}”\n\n{filler('h')}.",
        f"{filler('i')}. “{LAST}” they wrote.\n\n{filler('j')}."))
    assert len(result.passages) == 1
    assert {o.document for o in result.passages[0].occurrences} == {"d0", "d1", "d2", "d3", "d4"}


def test_single_quotes_over_paragraphs_and_ending_in_punctuation_are_quotations() -> None:
    """British pages quote in single marks: a statement of several paragraphs opens ‘ at each
    and closes ’ only at the last, and a quotation in the body ends with its own punctuation
    before the mark (‘..., ’ she said). Apostrophes inside or after a word ("won’t", "the
    players’ union") open and close nothing."""
    for opening, closing in (("‘", "’"), ("'", "'")):
        text = (f"{filler('a')}. The family said: {opening}{FIRST}\n\n{opening}{SECOND}\n\n"
                f"{opening}{LAST}{closing}\n\n{filler('b')}.")
        assert _quoted(text) == [f"{FIRST}\n\n{opening}{SECOND}\n\n{opening}{LAST}"[:-1]]
    said = f"{filler('a')}. ‘We are all devastated by the news,’ she said. {filler('b')}."
    assert _quoted(said) == ["We are all devastated by the news"]
    apostrophes = (f"{filler('a')}. The players’ union won’t comment.\n\n"
                   f"{filler('b')}. The clubs’ owners met.")
    assert _quoted(apostrophes) == []


class _CountedSearches(str):
    """A text that counts the characters its `find` and `rfind` calls read."""

    read = 0

    def find(self, sub: str, *args: SupportsIndex | None) -> int:  # type: ignore[override]
        found = super().find(sub, *args)
        start = 0 if not args or args[0] is None else int(args[0])
        limit = len(self) if len(args) < 2 or args[1] is None else int(args[1])
        _CountedSearches.read += (limit if found < 0 else found) - start
        return found

    def rfind(self, sub: str, *args: SupportsIndex | None) -> int:  # type: ignore[override]
        found = super().rfind(sub, *args)
        start = 0 if not args or args[0] is None else int(args[0])
        limit = len(self) if len(args) < 2 or args[1] is None else int(args[1])
        _CountedSearches.read += limit - (start if found < 0 else found)
        return found


def test_single_marks_left_open_in_a_long_paragraph_are_looked_at_near_them() -> None:
    """A single mark no quotation closes is looked at up to CONTINUED_PARAGRAPH_CHARS after it,
    not to its paragraph's end: a text of one long paragraph with such a mark every few words
    read the rest of the text again for each (quadratic: 16 s for 4 MB). Counted in characters
    read, so the test is not timed."""
    text = _CountedSearches("We said 'a lot of things " * 4000)
    _CountedSearches.read = 0
    assert quoted_spans(text, 0) == []
    assert _CountedSearches.read < 200 * len(text)  # (about 2,000 times before)


def test_marks_inside_a_quotation_over_paragraphs_open_no_second_one() -> None:
    """A second opening mark inside the first paragraph of a quotation over several paragraphs
    is part of it, not the start of another quotation ending at the same mark (one quotation,
    not two nested ones: the stages read quotations as disjoint runs)."""
    for mark, closing in (("‘", "’"), ("'", "'")):
        text = (f"{filler('a')}.\n\n{mark}We came {mark}here to win this\n\n{mark}{LAST}{closing}"
                f"\n\n{filler('b')}.")
        assert _quoted(text) == [f"We came {mark}here to win this\n\n{mark}{LAST}"[:-1]]


def test_marks_in_a_long_paragraph_are_looked_at_near_them() -> None:
    """A double mark left open, or one closed further than MAX_QUOTE_CHARS on, is looked at
    within reach of it, and whether it opens its paragraph is read off the spaces before it:
    each read the paragraph to its end, or back to its start, again (quadratic in a text of one
    long paragraph). Counted in characters read, so the test is not timed."""
    far = "x" * (MAX_QUOTE_CHARS + 100)
    for text in (_CountedSearches("We said „a lot of things " * 4000),
                 _CountedSearches(f"We said “{far}” and " * 400)):
        _CountedSearches.read = 0
        quoted_spans(text, 0)
        assert _CountedSearches.read < 200 * len(text)


HORRIFIED = ("We are horrified by what has happened in the harbour, and our thoughts are with "
             "all of those affected")
CHARTERED = ("We can confirm that the container vessel Talon, operated by the charter company "
             "Nerys Group, is chartered by us and is carrying our customers' cargo.")


def test_a_statement_quoted_on_in_the_next_paragraph_after_its_attribution_is_one() -> None:
    """Two outlets quote a company's statement a paragraph at a time, each with its own
    attribution ending the first ('," they stated.' / '," the statement reads.'), the next
    paragraph opening the quotation again: one statement. Another speaker named after the
    second quotation keeps it apart."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n\"{HORRIFIED},\" they stated.\n\n\"{CHARTERED}\"\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“{HORRIFIED},” the statement reads.\n\n“{CHARTERED} No crew were "
        f"onboard.”\n\n{filler('d')}."))
    (passage,) = result.passages
    assert len(passage.occurrences) == 4
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n\"{HORRIFIED},\" Anna Berg said.\n\n\"{CHARTERED}\" Paul Moss "
        f"said.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“{HORRIFIED},” the mayor told reporters on Monday.\n\n"
        f"“{CHARTERED}” Paul Moss, the harbour master, wrote later.\n\n{filler('d')}."))
    assert len(result.passages) == 2


def test_two_apostrophes_close_a_double_quotation() -> None:
    """Some wire feeds close a double quotation with two apostrophes: '"... elected.'' Just a
    day earlier ... she was "a fighter ...''': two quotations, not one spanning the outlet's
    words between (the first closing read as none paired the second opening with it)."""
    text = ("Truss said in her statement, \"I cannot deliver the mandate on which I was "
            "elected.'' Just a day earlier she had vowed to stay in power, saying she was \"a "
            "fighter and not a quitter.''")
    assert _quoted(text) == ["I cannot deliver the mandate on which I was elected",
                             "a fighter and not a quitter"]


def test_a_dutch_quotations_closing_apostrophes_open_no_single_quotation() -> None:
    """Dutch ,,...'' twice in a paragraph: the apostrophes closing the first and the second are
    no single quotation of the words between ("zei de trainer")."""
    dutch = ",,We gaan door met de wedstrijd,'' zei de trainer. ,,Het team is er klaar voor.''"
    assert _quoted(dutch) == ["We gaan door met de wedstrijd", "Het team is er klaar voor"]


def test_two_apostrophes_open_a_quotation_where_a_word_follows_them() -> None:
    """Italian agencies open and close with two apostrophes; after a digit they are inches."""
    italian = ("Il ministro ha detto: ''Faremo piena luce sulla tragedia''. Poi ha aggiunto "
               "''siamo vicini alle famiglie''.")
    assert _quoted(italian) == ["Faremo piena luce sulla tragedia", "siamo vicini alle famiglie"]
    inches = "The new 65'' screen was “better than expected”, the reviewer said."
    assert _quoted(inches) == ["better than expected"]


def test_a_french_quotation_with_its_opening_mark_turned_round_is_a_quotation() -> None:
    """"partager l' »émotion de toute une nation »": the opening guillemet printed the wrong way
    round (no space after it, a space before the closing one) still opens the quotation; German
    »...« and French « ... » read as before, and a French paragraph's continuation mark
    "» " (a space after it) opens nothing."""
    def quoted(text: str) -> list[str]:
        return [text[start:end] for start, end in quoted_spans(text, 0)]

    assert quoted("Il a dit partager l' »émotion de toute une nation », selon lui.") == [
        "émotion de toute une nation"]
    assert quoted("Er sagte »Wir sind bereit« und ging.") == ["Wir sind bereit"]
    assert quoted("Il a dit « nous sommes là » hier.") == [" nous sommes là "]
    assert quoted("Il a répondu. » Nous verrons »") == []


def test_a_quotation_opened_with_the_closing_mark_is_a_quotation() -> None:
    """Swedish and Finnish print ”...” (and some Spanish, Italian and Turkish pages do): a ”
    after a space with a word right after it opens the quotation the next ” closes; a closing ”
    after an English quotation opens nothing, nor does a stray one left over."""
    def quoted(text: str) -> list[str]:
        return [text[start:end] for start, end in quoted_spans(text, 0)]

    assert quoted("Kristersson beskriver attentatet som ”den värsta masskjutningen i svensk "
                  "historia”. Han har uppmanat om sorgeflaggning.") == [
        "den värsta masskjutningen i svensk historia"]
    assert quoted("Genova. ”Genova è pronta a reagire”, ha concluso.") == [
        "Genova è pronta a reagire"]
    assert quoted("He said “we are ready” and “we will go” today.") == ["we are ready",
                                                                      "we will go"]
    assert quoted("It was 5’10” tall, he said, and ” left.") == []
    assert quoted("Han kallade det ”[en] nationell tragedi” och ”...helt fruktansvärt”.") == [
        "[en] nationell tragedi", "...helt fruktansvärt"]
    # (a closing mark a space set apart from its words opens nothing)
    assert quoted("Era una tragedia ”, dijo el alcalde de Valencia.”") == []


def test_a_long_quotation_left_open_is_not_closed_by_the_next_ones_opening() -> None:
    """A mark opening a sentence whose closing mark the page lost: the next quotation's
    opening mark further in the paragraph ('... voted “yes” on the plan') closes nothing, as a
    straight mark before a word does not."""
    long = " ".join((FIRST, SECOND, LAST) * 4)
    for opening, inner in (("“", "“yes”"), ('"', '"yes"')):
        text = (f"{filler('a')}. The mayor spoke on Monday. {opening}{long} Later the council "
                f"voted {inner} on the plan.\n\n{filler('b')}.")
        assert _quoted(text) == ["yes"], opening
