"""Which articles an annotation's target names: by its source's URL or file URI, compared
loosely (`url_key`), else by file name, else by the article id Parallax recorded; and of
several one address names, those its file name, article id and (where the ids were numbered
by the order of opening) quote single out (`told_apart`). No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from viewer.corpus import Article
from viewer.page_addresses import queries_conflict, url_key

from .article_index import ArticleIndex
from .locating import in_full_context
from .model import Annotation
from .selectors import TargetEvidence


def source_folder(iri: str) -> str | None:
    """The name of the folder a file source lies in (outlet_b of
    file:///home/dana/one/outlet_b/story.txt, or of a Windows path); None for a web address,
    whose path names no folder of a file here."""
    if _WINDOWS_PATH.match(iri):
        path = iri
    elif urlsplit(iri).scheme.lower() == "file":
        path = urlsplit(iri).path
    else:
        return None
    parts = [unquote(part) for part in re.split(r"[/\\]", path.rstrip("/\\")) if part]
    return parts[-2] if len(parts) > 1 else None


def _file_name(iri: str) -> str | None:
    """The file name a source ends with: of a URL or file URI, or of a Windows path
    ("C:\\Users\\alice\\Desktop\\002.txt" names 002.txt, where urlsplit reads "c" as a
    scheme)."""
    path = iri if _WINDOWS_PATH.match(iri) else urlsplit(iri).path
    name = unquote(re.split(r"[/\\]", path.rstrip("/\\"))[-1]) if path else ""
    return name or None


_WINDOWS_PATH = re.compile(r"[A-Za-z]:[\\/]|\\\\")
"""A drive letter and a backslash or a slash ("C:/Users/dana/...", as some tools write it),
or a UNC path's two backslashes."""


def is_windows_path(text: str) -> bool:
    """Does `text` start as a Windows path does (`_WINDOWS_PATH`)?"""
    return _WINDOWS_PATH.match(text) is not None


def names_a_copy(iri: str) -> bool:
    """Does `iri` name a document as Parallax names an article (a web page, a file by its URI
    or its Windows path), rather than a place only its tool can open (an EPUB's chapter,
    `OEBPS/Text/chapter02.xhtml`; a PDF's `urn:x-pdf:` fingerprint)?"""
    return urlsplit(iri).scheme.lower() in ("http", "https", "file") \
        or bool(_WINDOWS_PATH.match(iri))


def candidates_by_source(evidence: TargetEvidence, annotation: Annotation, index: ArticleIndex
                         ) -> tuple[list[Article], str]:
    """Articles named by the source (URL or file URI), else by file name; and how found. Of
    several articles the source names, those its file name or article id single out."""
    source = evidence.source
    names = [name for name in (annotation.file_name, _file_name(source) if source else None)
             if name]
    if source:
        exact = index.by_source.get(source)
        if exact:
            return told_apart(annotation, exact, names, index), "source"
        # (but not an article whose query names another page of the same script)
        loose = [article for article in index.by_url_key.get(url_key(source), [])
                 if not queries_conflict(article.url or "", source)]
        if loose:
            return told_apart(annotation, loose, names, index), "source"
    for name in names:
        found = index.by_file_name.get(name)
        if found:
            return told_apart(annotation, found, names, index), "file name"
    by_id = index.by_id.get(annotation.article_id)
    if by_id is not None and annotation.article_id:
        return [by_id], "article id"
    return [], ""


def told_apart(annotation: Annotation, articles: Sequence[Article], file_names: Iterable[str],
               index: ArticleIndex) -> list[Article]:
    """Of `articles`, which one address names, those the annotation's file name singles out
    (the name Parallax kept beside the address, `parallax:fileName`), then those of its article
    id: each step applied only where it leaves some, so an annotation made on a colleague's
    copies, named otherwise, keeps them all. Two articles have one address when a syndicated
    copy names the original as its page, or a URL was given twice in Article details: the
    address alone put every annotation on the first of them (a reviewer's report). What
    remains of several is for the caller to tell apart by the quote, or to leave orphaned.

    Where the file name is that of several articles (outlet_a/story.txt and
    outlet_b/story.txt), the folder its source names (outlet_b) decides first. Else their ids
    are the name's stem numbered in the order they were opened (story, story-2): opened in
    another order, the id names the other file. There the quote with its full context decides
    before the id (a note went to outlet_a's "seriously hurt",
    fuzzily, from outlet_b's "seriously injured": a reviewer's report), and where its folder is
    none of theirs and the quote tells none apart, the id is not asked.

    The articles of a file name, and of a file name in a folder, are looked up in
    `index.by_file_name` and `index.by_folder_and_name`, not found by reading every article's
    path: with 200 articles of one address that took 4 s for 10,000 annotations, against
    0.04 s with an address each."""
    left = list(articles)
    names = set(file_names)
    named = {article.id for name in names for article in index.by_file_name.get(name, ())}
    if named and len(left) > 1:
        left = [article for article in left if article.id in named] or left
    folder_missed = False
    if len(left) > 1:
        # (the folder its file lay in, kept when the folders are copied elsewhere, says which
        # of the files of its name is its own whatever order they were opened in: without it
        # the quote went first, and a note on outlet_b's story.txt, whose sentence was since
        # edited, went ANCHORED into outlet_a's unchanged copy of it -- a reviewer's report)
        in_folder = _in_its_folder(annotation, names, index)
        if in_folder is not None:
            folder_missed = not any(article.id in in_folder for article in left)
            left = [article for article in left if article.id in in_folder] or left
    by_order = len(left) > 1 and _id_by_opening_order(annotation, index)
    if by_order and annotation.exact:
        left = [article for article in left if in_full_context(
            article.text, annotation.exact, annotation.prefix, annotation.suffix)] or left
    if len(left) > 1 and annotation.article_id and not (by_order and folder_missed):
        # (not an id numbered by the order of opening where its folder is none of theirs: the
        # folders were renamed or moved, and may have been opened in another order -- the id
        # sent a note whose quote had changed in both files, fuzzily and unsaid, into another
        # outlet's file of its name. Those left are the caller's to orphan, naming them)
        left = [article for article in left if article.id == annotation.article_id] or left
    return left


def _in_its_folder(annotation: Annotation, file_names: Iterable[str], index: ArticleIndex
                   ) -> set[str] | None:
    """The ids of the articles of the annotation's file names (`file_names` and its source's)
    that lie in the folder its file source names; None where its source names no folder (a
    web address, no source)."""
    folder = source_folder(annotation.source) if annotation.source else None
    if not folder:
        return None
    names = set(file_names) | {_file_name(annotation.source)}
    return {article.id for name in names if name
            for article in index.by_folder_and_name.get((folder, name), ())}


def folder_gone(annotation: Annotation, articles: Sequence[Article], file_names: Iterable[str],
                index: ArticleIndex) -> bool:
    """Does the annotation's file source name a folder that none of `articles` (several of
    one file name) lies in: the folders were renamed or moved since it was made, so neither
    its folder nor its file name says which of them is its own."""
    in_folder = _in_its_folder(annotation, file_names, index)
    return in_folder is not None and not any(article.id in in_folder for article in articles)


def _id_by_opening_order(annotation: Annotation, index: ArticleIndex) -> bool:
    """Was the article id the annotation names given by the order of opening: is it that of
    an article whose file name other articles open have too (`Corpus.unique_id` numbers
    them)?"""
    article = index.by_id.get(annotation.article_id)
    return article is not None and article.path is not None \
        and len(index.by_file_name.get(Path(article.path).name, ())) > 1
