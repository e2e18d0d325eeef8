"""Which articles an annotation's target names: by its source's URL or file URI, compared
loosely (`url_key`), else by file name, else by the article id Parallax recorded. No Qt.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from viewer.corpus import Article

from .article_index import ArticleIndex
from .model import Annotation
from .selectors import TargetEvidence
from .web_addresses import queries_conflict, url_key


def _file_name(iri: str) -> str | None:
    """The file name a source ends with: of a URL or file URI, or of a Windows path
    ("C:\\Users\\alice\\Desktop\\002.txt" names 002.txt, where urlsplit reads "c" as a
    scheme)."""
    path = iri if _WINDOWS_PATH.match(iri) else urlsplit(iri).path
    name = unquote(re.split(r"[/\\]", path.rstrip("/\\"))[-1]) if path else ""
    return name or None


_WINDOWS_PATH = re.compile(r"[A-Za-z]:\\|\\\\")
"""A drive letter and a backslash, or a UNC path's two backslashes."""


def candidates_by_source(evidence: TargetEvidence, annotation: Annotation, index: ArticleIndex
                         ) -> tuple[list[Article], str]:
    """Articles named by the source (URL or file URI), else by file name; and how found."""
    source = evidence.source
    if source:
        exact = index.by_source.get(source)
        if exact is not None:
            return [exact], "source"
        # (but not an article whose query names another page of the same script)
        loose = [article for article in index.by_url_key.get(url_key(source), [])
                 if not queries_conflict(article.url or "", source)]
        if loose:
            return loose, "source"
    names = [name for name in (annotation.file_name, _file_name(source) if source else None)
             if name]
    for name in names:
        found = index.by_file_name.get(name)
        if found:
            return list(found), "file name"
    by_id = index.by_id.get(annotation.article_id)
    if by_id is not None and annotation.article_id:
        return [by_id], "article id"
    return [], ""
