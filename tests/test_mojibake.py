"""Text saved with its encoding broken (`viewer.mojibake`): read as meant, offsets unchanged,
other text untouched; two outlets' copies, one of them broken, share their statement (small
hand-made texts)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.display_text import display_text
from viewer.engine import find_shared_passages
from viewer.mojibake import FILLER, readable

from .engine_texts import articles, filler


def _broken(text: str) -> str:
    """`text` as a server that read its UTF-8 as Windows-1252 saves it (a byte that encoding
    leaves undefined read as Latin-1, as browsers do)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                   for b in text.encode("utf-8"))


def test_a_broken_text_is_read_as_meant() -> None:
    meant = "La Monarquía “seguirá” — dijo el Rey: don’t, Ærøskøbing, București, 5 €."
    read = readable(_broken(meant))
    assert len(read) == len(_broken(meant))
    assert read.replace(FILLER, "") == meant
    # (the undefined byte of a closing quotation mark saved as the replacement character)
    assert readable("â€œSíâ€\ufffd").replace(FILLER, "") == "“Sí”"


def test_text_in_european_languages_is_left_as_it_is() -> None:
    for text in ("Ärger in Åland, SÃO PAULO, À bientôt, Ça va, École", "ÂGE — « déjà »",
                 "naïve café São Tomé", "Ã is a letter; Â too."):
        assert readable(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2200, exclude_categories=("Cs",))))
def test_readable_keeps_every_offset(text: str) -> None:
    """Whatever the text, broken or not, the same length: offsets into it stay true."""
    assert len(readable(text)) == len(text)
    assert len(readable(_broken(text))) == len(_broken(text))
    assert len(readable(_through_gbk(text))) == len(_through_gbk(text))


def test_the_pane_shows_a_broken_text_as_meant() -> None:
    assert display_text(_broken("Monarquía")).replace(FILLER, "") == "Monarquía"


def test_a_statement_one_outlet_saved_broken_is_shared() -> None:
    """Two outlets print the king's words; one page was saved with its encoding broken: one
    passage, and the broken page's occurrence spans its own (longer) text."""
    words = ("Una nueva generación reclama el protagonismo, para afrontar con intensidad y "
             "dedicación los desafíos de hoy")
    texts = [f"{filler('a')}. El Rey dijo: “{words}”. {filler('b')}.",
             _broken(f"{filler('c')}. El Rey afirmó: “{words}”. {filler('d')}.")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    broken = next(o for o in passage.occurrences if o.document == "d1")
    assert readable(texts[1][broken.start:broken.end]).replace(FILLER, "").startswith(
        "Una nueva generación")
    # (the passage reads as meant, and the two copies differ in nothing)
    assert passage.consensus == words
    assert [o.differences for o in passage.occurrences] == [(), ()]


def test_capitals_before_a_mark_in_text_written_so_are_left_as_they_are() -> None:
    """Swedish, Portuguese, Finnish, French and Turkish written in capitals put a capital before
    a closing mark, an ellipsis or a dash ("PÅ”", "AMANHÃ”"): sequences of a broken text, but
    among letters no broken text holds; the closing mark stays a closing mark."""
    for text in ("Banderollen löd: ”KAMPEN FORTSÄTTER PÅ” och mötet slutade.",
                 "Na faixa lia-se: “VOLTO AMANHÃ”, e a multidão aplaudiu.",
                 "Pääministeri sanoi: ”SUOMI ON HYVÄ” ja lähti.",
                 "Le titre disait « C’EST LA VÉRITÉ… » et rien de plus, précise-t-il.",
                 "Pankartta: “BİRLİKTE GÜÇ” yazıyordu."):
        assert readable(text) == text


def test_a_broken_passage_ending_at_a_closing_mark_reads_as_meant() -> None:
    """Two pages saved broken share a quotation whose last word stands right before the
    closing mark: the fillers of the mark join that word, the mark's last character is the
    next gap's, and the consensus reads the word whole, no piece of the mark left."""
    words = ("Una nueva generación reclama el protagonismo, para afrontar con intensidad y "
             "dedicación los desafíos de hoy")
    texts = [_broken(f"{filler('a')}. El Rey dijo: “{words}”. {filler('b')}."),
             _broken(f"{filler('c')}. El Rey afirmó: “{words}”. {filler('d')}.")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.consensus == words


def test_a_broken_text_whose_closing_marks_lost_a_byte_is_still_read() -> None:
    """A server that dropped the byte Windows-1252 leaves undefined keeps 'â€' of each closing
    mark: the rest of the text is read as meant all the same."""
    lost = "".join(bytes([b]).decode("cp1252", errors="ignore")
                   for b in "“We will win,” he said. “We don’t fear them,” she said.".encode())
    assert readable(lost).replace(FILLER, "") == ("“We will win,â€ he said. “We don’t fear "
                                                  "them,â€ she said.")


def test_the_pane_shows_a_page_read_as_latin_1_as_meant() -> None:
    """A page read as Latin-1 holds U+0085 (a break character) inside the broken form of "Å":
    the pane shows "Århus", as the engine reads it, not a line break."""
    saved = "Mötet i Århus slutade: “Vi fortsätter”, sa hon.".encode().decode("latin-1")
    assert display_text(saved).replace(FILLER, "") == readable(saved).replace(FILLER, "")


def _through_gbk(text: str) -> str:
    """`text` as a page that a Chinese site saved in GBK (what GBK lacks, such as "ñ", as "?")
    and another read as Latin-1."""
    return text.encode("gbk", errors="replace").decode("latin-1")


def test_a_page_saved_through_gbk_and_read_as_latin_1_is_read_as_meant() -> None:
    meant = "El Rey dijo que “no habrá vuelta atrás” — según la Casa Real, sí…"
    broken = _through_gbk(meant)
    assert "atr¨¢s" in broken and "¡°" in broken
    read = readable(broken)
    assert len(read) == len(broken)
    assert read.replace(FILLER, "") == meant


def test_spanish_exclamations_and_ordinals_are_left_as_they_are() -> None:
    for text in ("¡Viva el Rey! ¡°", "¡Hola!, dijo; 1ª edición, ¡ahí está! ¿Qué?",
                 "Era la 2ª vez: ¡¨"):
        assert readable(text) == text


def test_a_statement_one_outlet_saved_through_gbk_is_shared() -> None:
    """Without the repair every accented word of the GBK copy ("aseguró", "situación",
    "económica", "está", "tomará", "más", "según") breaks the match."""
    words = ("El presidente aseguró que la situación económica está bajo control y que el "
             "gobierno tomará más medidas, según fuentes oficiales del ministerio")
    texts = [f"{filler('a')}. {words}. {filler('b')}.",
             _through_gbk(f"{filler('c')}. {words}. {filler('d')}.")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert {o.document for o in passage.occurrences} == {"d0", "d1"}
    assert passage.consensus == words
