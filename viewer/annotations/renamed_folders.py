"""Where another tool's note goes when several open files have its file name and none lies in
the folder it was made in (the folders were renamed or moved since): only its own words say
which file is its own. The placements kept are those where its quote's context stands around
it, else those holding its quote exactly; with none, it is orphaned, saying what was missing --
never placed, unsaid, in whichever file's words were edited less. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from viewer.corpus import Article
from viewer.wording import one_line, quoted_some

from .evidence import Placement, context_stands_around, joined_notes
from .model import AnchorStatus, Annotation
from .named_articles import source_folder


def by_own_words(annotation: Annotation, named: Sequence[Article],
                 placed: Sequence[tuple[Article, Placement]]
                 ) -> tuple[list[tuple[Article, Placement]], str]:
    """Of `placed` (the note's placements in the articles `named` by its file name), those its
    own words single out, each with a note saying how; and, where none is left, the reason it
    is orphaned. The context decides first (a quote left exactly at its recorded position in
    another outlet's file, the words around it changed, is not its own: the file whose words
    around it stand as recorded is), then the exact quote (a note quoting without context)."""
    evidence = annotation.evidence
    quote = evidence.quote if evidence is not None else None
    if quote is None:
        return [], _reason(annotation, named, "it has no quote to tell them apart by")
    in_context = [(a, p) for a, p in placed
                  if context_stands_around(a.text, p.start, p.end, quote)]
    how = "where the words around its quote stand as they did"
    if not in_context:
        in_context = [(a, p) for a, p in placed if p.status is AnchorStatus.ANCHORED]
        how = "where its quote stands word for word"
    if not in_context:
        missing = ("its quote, word for word or with the words around it as they were,"
                   if quote.prefix or quote.suffix else "its quote, word for word,")
        return [], _reason(annotation, named, f"{missing} is in none of them")
    said = (f"{len(named)} articles open have its file name, none in the folder it was made in; "
            f"placed {how}")
    return [(a, replace(p, note=joined_notes(p.note, said))) for a, p in in_context], ""


def _reason(annotation: Annotation, named: Sequence[Article], missing: str) -> str:
    """Why the note is orphaned: the articles of its file name, its folder, what was missing."""
    titles = quoted_some([a.title or a.id for a in named])
    folder = source_folder(annotation.source or "") or ""
    return (f"{len(named)} articles open have its file name ({titles}), none in the "
            f"folder it was made in ({one_line(folder, 60)}), and {missing}: not placed, to "
            "keep it off another outlet")
