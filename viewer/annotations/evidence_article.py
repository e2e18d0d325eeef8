"""Which article an annotation from another tool belongs in, and its place there.

The article (`anchor_by_evidence`): the one whose URL or file URI is `target.source`, else the
one with the source's file name (`named_articles`), else the one where the quote anchors best
(for a web page: among the articles with no address or one on its site, and only with the
context it was given, never in another site's article):
on a tie between articles of different pages (a passage several outlets carry) the one whose
title is the page title the tool recorded (`page_titles`), else none: the annotation is
orphaned with the candidates named; between copies of one page (one text, or a page and its
archived or AMP copy: `page_copies`) the live page, else the first, said in the note.
What cannot be placed is orphaned with the reason. Within an article, the place is
`evidence.place`'s. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from viewer.corpus import Article
from viewer.page_addresses import site_key
from viewer.wording import count_of, one_line, quoted, quoted_some

from .article_index import ArticleIndex
from .evidence import CONTEXT, Failure, Placement, joined_notes, place
from .loose_quotes import loosely_in
from .model import CONTEXT_CHARS, AnchorStatus, Annotation
from .named_articles import candidates_by_source, folder_gone
from .page_copies import addresses, home_of, pages
from .page_titles import title_fits
from .renamed_folders import by_own_words
from .selectors import Opaque, Position, Quote, Range, Selector, TargetEvidence, describe


def anchor_by_evidence(annotation: Annotation, index: ArticleIndex) -> Annotation:
    """`annotation` (read from another tool's JSON, `evidence` set) placed in its article."""
    evidence = annotation.evidence
    assert evidence is not None
    named, how = candidates_by_source(evidence, annotation, index)
    if named:
        # (files of its name in folders other than the one it was made in, renamed or moved
        # since: only its own words say which is its own, `by_own_words`, each file asked. A
        # fuzzy fit sent it, unsaid, to whichever file's words were edited less)
        renamed = len(named) > 1 and folder_gone(annotation, named, [annotation.file_name or ""],
                                                 index)
        texts = _quote_texts(evidence) if len(named) > 1 and not renamed else []
        # (of several articles with its address, those holding its quote are tried first:
        # `place`'s fuzzy search in each of 200 articles given one URL took seconds a note)
        tried = (_holding(named, texts, index) or named) if texts else named
        results = [(article, place(article.text, evidence, article.body_start,
                                utf16_maps=index.utf16_maps))
                   for article in tried]
        placed = [(a, p) for a, p in results if isinstance(p, Placement)]
        if not placed:
            first = results[0]
            reason = first[1].reason if isinstance(first[1], Failure) else ""
            # (orphaned in its article, which it names: the dock and the CSV gave "(unknown
            # article)" for it, and the user could not tell which article's note to fix --
            # tester60 #11; where its words are in another open article, that is said too)
            elsewhere = _words_elsewhere(evidence, named, index)
            return replace(_orphan(annotation, f"{_title(first[0])} (found by its {how}): "
                                               f"{reason}{elsewhere}"),
                           article_id=first[0].id)
        if len(named) == 1:
            return _placed(annotation, index, *_best(placed))
        if renamed:
            placed, reason = by_own_words(annotation, named, placed)
            if not placed:
                return _orphan(annotation, reason)
        # Several articles have its address (a syndicated copy naming the original as its
        # page, a URL given twice, a page and its Wayback copy) and neither its file name nor
        # its article id told them apart: the quote, then the page's title, or none -- never
        # the first of them, unless they are copies of one page.
        return _chosen(annotation, index, placed, f"each has its {how}")
    if not evidence.selectors and not evidence.source:
        return _orphan(annotation, "its target names no page or article (no source, quote or "
                                   "position)")
    if not evidence.selectors:
        return _orphan(annotation, f"it is about {evidence.source}, and no article here has "
                                   "that address or file name")
    if not evidence.usable:
        described = [describe(s) for s in evidence.selectors]
        kinds = (", ".join(described[:-1]) + " and " + described[-1] if len(described) > 1
                 else described[0])
        page = (f"no article here is {evidence.source}" if evidence.source
                else "it names no page or article")
        return _orphan(annotation, f"its target is given only by {kinds}, which plain text "
                                   f"has no use for (no quote or position), and {page}")
    if all(_only_positions(s) for s in evidence.selectors):
        return _orphan(annotation, "no article here matches its source "
                                   f"({evidence.source or 'none given'}), and a position alone "
                                   "cannot tell which article it is in")
    # Searching every article: only those holding a quote exactly are tried (a fuzzy match in
    # some other outlet's text is no evidence that the annotation belongs there).
    texts = _quote_texts(evidence)
    on_page = _web_page(evidence.source)
    site = site_key(evidence.source or "") if on_page else ""
    searched = [a for a in index.articles if _may_be_on(a, site, index)] if on_page \
        else list(index.articles)
    holding = _holding(searched, texts) if texts else searched
    results = [(article, place(article.text, evidence, article.body_start,
                                utf16_maps=index.utf16_maps))
               for article in holding]
    placed = [(a, p) for a, p in results if isinstance(p, Placement)]
    if on_page:
        # A web page no article here has the address of: an article with an address on another
        # site is another outlet's (the tester's note on unknown.example.com went to Republic
        # World; 81,391 notes of one site to a one-article folder), and one without (a file
        # saved from the page?) or of the same site (its mobile or AMP copy) is it only where
        # the quote stands in the full context it was given.
        quote = evidence.quote
        out_of_context = []
        if quote is not None and (quote.prefix or quote.suffix):
            out_of_context = [a for a, p in placed if p.strength < CONTEXT]
            placed = [(a, p) for a, p in placed if p.strength >= CONTEXT]
        if not placed:
            return _orphan(annotation, _not_on_page(evidence, site, index, texts,
                                                    out_of_context))
    if not placed:
        where = (f"no article here is {evidence.source}, and " if evidence.source else "")
        return _orphan(annotation, f"{where}its quote is in none of the "
                                   f"{count_of(len(index.articles), 'article')}")
    where = f"none of them is {evidence.source}" if evidence.source else "it names no source"
    return _chosen(annotation, index, placed, where)


def _chosen(annotation: Annotation, index: ArticleIndex,
            placed: Sequence[tuple[Article, Placement]], where: str) -> Annotation:
    """`annotation` placed in the article of `placed` where it anchors best. Of several equally
    well, the page (an address with its archived or AMP copies, `page_copies.addresses`)
    whose title is the page title its tool recorded, where one alone has it (whether or not
    its text is another's), placed in its live copy; else copies of one page (`page_copies`: one
    text, or a page and its archived or AMP copy) are one: placed in the live page, else the
    first, said in the note. Of several pages, the one page whose copies have that title,
    else none: orphaned naming them (`where`: what else the articles have in common, said in
    the reason)."""
    evidence = annotation.evidence
    titles = evidence.page_titles if evidence is not None else ()
    article, placement = _best(placed)
    ties = [a for a, p in placed if p.strength == placement.strength]
    titled_ties = [a for a in ties if title_fits(a.title, titles)]
    by_address = addresses(ties, index)
    titled_addresses = [group for group in by_address
                        if any(a in titled_ties for a in group)]
    if len(by_address) > 1 and len(titled_addresses) == 1:
        # (the page's title is one page's: that is its outlet, asked before one text at two
        # outlets is taken for one page -- the same wire story under one URL went to the
        # first of them. Asked between pages, not articles: a live page whose headline was
        # updated since its Wayback copy was kept is still the page that title names, and
        # the note went to the archive)
        home = home_of(titled_addresses[0], index)
        titled_copy = next(a for a in titled_addresses[0] if a in titled_ties)
        return _by_page_title(annotation, index, placed, home, titled_copy, len(ties))
    copies = pages(ties, index)
    if len(copies) > 1:
        titled = pages(titled_ties, index)
        if len(titled) != 1:
            # (several outlets carry the passage, and nothing says which one was annotated: a
            # claim is never attached to another outlet than its own, so it waits, kept, for
            # the user)
            carriers = quoted_some([a.title or a.id for a in ties])
            return _orphan(annotation, f"its quote fits {len(ties)} articles equally "
                                       f"({carriers}) and {where}: not placed, to keep "
                                       "it off another outlet")
        # (its URL names none of them, but the page's title is that of one outlet's article)
        home = home_of(titled[0], index)
        return _by_page_title(annotation, index, placed, home, home, len(ties))
    if len(ties) > 1:
        article = home_of(ties, index)
        placement = next(p for a, p in placed if a is article)
        placement = replace(placement, note=joined_notes(placement.note,
                                                         _among_copies(ties, article, index)))
    return _placed(annotation, index, article, placement)


def _by_page_title(annotation: Annotation, index: ArticleIndex,
                   placed: Sequence[tuple[Article, Placement]], article: Article,
                   titled: Article, ties: int) -> Annotation:
    """`annotation` placed in `article` of `placed`, of `ties` equal fits the page whose title
    is its page's (`titled`'s, a copy of `article`'s page or `article` itself), said in the
    note."""
    placement = next(p for a, p in placed if a is article)
    note = f"its quote fits {ties} articles equally; chosen by its page title, {_title(titled)}"
    if titled is not article:
        # (the live page's headline changed since its copy was kept: said, so the user sees
        # why an article of another title was chosen)
        note += f", that of its archived or AMP copy; placed in the live page, {_title(article)}"
    return _placed(annotation, index, article, replace(placement, note=joined_notes(
        placement.note, note)))


def _among_copies(copies: Sequence[Article], home: Article, index: ArticleIndex) -> str:
    """The note of an annotation placed in `home` of `copies` of one page that it fits
    equally: the same text, or a page and its archived or AMP copy."""
    kind = ("copies of the same text" if all(copy.text == home.text for copy in copies)
            else "copies of one page")
    live = home.id in index.page_of and home.id not in index.kept_copies
    if live and any(copy.id in index.kept_copies for copy in copies):
        return (f"the quote fits {len(copies)} {kind} equally; placed in the live page, "
                f"{_title(home)}, not in its archived or AMP copy")
    return f"the quote fits {len(copies)} {kind} equally; placed in the first, {_title(home)}"


def _web_page(source: str | None) -> bool:
    """Does `source` name a web page (an http or https address)?"""
    return (source or "").strip().lower().startswith(("http://", "https://"))


def _may_be_on(article: Article, site: str, index: ArticleIndex) -> bool:
    """May `article` be a copy of a page on `site`: it has no address of its own, or one on
    that site?"""
    own = index.site_of.get(article.id)
    return own is None or (bool(site) and own == site)


def _not_on_page(evidence: TargetEvidence, site: str, index: ArticleIndex,
                 texts: Sequence[str], out_of_context: Sequence[Article]) -> str:
    """Why an annotation on a web page (on `site`) no article here has the address of is not
    placed by its quote: the articles holding the quote are on other sites, or (those it may
    be on, `out_of_context`) hold it without its context; both said where both are so."""
    others = [a for a in index.articles
              if not _may_be_on(a, site, index) and any(t in a.text for t in texts)]
    page = f"no article here is {one_line(evidence.source or '', 80)}"
    own = f"with no address or one on {site}" if site else "with no address"
    if others:
        reason = (f"{page}; its quote is in {count_of(len(others), 'article')} of another "
                  "site, not placed there, to keep it off another outlet")
        if out_of_context:
            reason += (f", and in {count_of(len(out_of_context), 'article')} {own} but not in "
                       "the context it was given")
        return reason
    if out_of_context:
        return (f"{page}, and its quote is in {count_of(len(out_of_context), 'article')} {own} "
                "but not in the context it was given")
    return f"{page}, and its quote is in none of the articles {own}"


def _holding(articles: Sequence[Article], texts: Sequence[str],
             index: ArticleIndex | None = None) -> list[Article]:
    """Of `articles`, those holding one of the quotes `texts` exactly, else those holding one
    with other spacing or quotation marks (`loose_quotes`); none when none does. A substring
    search, cheap beside `place`'s search with the quote's context and fuzzily; with `index`,
    of the articles' texts joined (`ArticleIndex.holding`: the articles of one address, not
    the whole corpus, which the join would copy)."""
    if index is None:
        holding = [article for article in articles if any(t in article.text for t in texts)]
    else:
        found = {article.id for text in texts for article in index.holding(articles, text)}
        holding = [article for article in articles if article.id in found]
    if not holding:
        holding = [article for article in articles
                   if any(loosely_in(t, article.text) for t in texts)]
    return holding


def _words_elsewhere(evidence: TargetEvidence, named: Sequence[Article],
                     index: ArticleIndex) -> str:
    """"; its quote is word for word in “Title” and 1 more" where the quote of an annotation
    orphaned in the article it names is in other open articles ("" where it is in none): a
    note imported onto the wrong page, found where it belongs."""
    texts = [text for text in _quote_texts(evidence) if text.strip()]
    if not texts:
        return ""
    own = {article.id for article in named}
    found = {article.id: article for text in texts
             for article in index.holding(index.articles, text) if article.id not in own}
    if not found:
        return ""
    return "; its quote is word for word in " + quoted_some(
        [article.title or article.id for article in found.values()])


def _quote_texts(evidence: TargetEvidence) -> list[str]:
    """The exact quotes of the top-level quote selectors (and of refinements of opaque ones);
    empty when a range could place the annotation without them."""
    found = []
    for selector in evidence.selectors:
        inner: Selector | None = selector
        while isinstance(inner, Opaque):
            inner = inner.refined
        if isinstance(inner, Quote):
            found.append(inner.exact)
        elif isinstance(inner, Range):
            return []
    return found


def _only_positions(selector: Selector) -> bool:
    if isinstance(selector, Position):
        return selector.refined is None or _only_positions(selector.refined)
    return not isinstance(selector, (Quote, Range)) and (
        selector.refined is None or _only_positions(selector.refined))


def _best(placed: Sequence[tuple[Article, Placement]]) -> tuple[Article, Placement]:
    top = max(p.strength for _, p in placed)
    return next((a, p) for a, p in placed if p.strength == top)


def _title(article: Article) -> str:
    return quoted(article.title or article.id, 60)


_SHARED_SPAN = 1000
"""Placed spans longer than this (a note on a whole article) share one copy of their words."""


def _span_words(index: ArticleIndex, article: Article, start: int, end: int) -> str:
    """`article.text[start:end]`, one string for every annotation placed on the same long span
    in this anchoring pass: 100,000 page notes, each with its own copy of the article's body,
    took gigabytes (a fault tester's Hypothesis file). Shared through the pass's index, which
    goes with the pass: a cache of the module's kept the texts of closed corpora alive."""
    if end - start <= _SHARED_SPAN:
        return article.text[start:end]
    return index.shared_spans.setdefault((article.id, start, end), article.text[start:end])


def _orphan(annotation: Annotation, reason: str) -> Annotation:
    return replace(annotation, status=AnchorStatus.ORPHANED, anchor_note=reason)


def _placed(annotation: Annotation, index: ArticleIndex, article: Article,
            placement: Placement) -> Annotation:
    text = article.text
    start, end = placement.start, placement.end
    note = placement.note
    others = annotation.evidence.other_ranges if annotation.evidence is not None else 0
    if others:
        # (Parallax's annotation is one span: the others are kept in the file, and said)
        note = joined_notes(note, f"its target has {count_of(others, 'more text range')}, "
                                  "kept in the file but not shown: only the first is placed")
    return replace(
        annotation,
        article_id=article.id,
        source=index.source_of.get(article.id, annotation.source),
        file_name=Path(article.path).name if article.path is not None else annotation.file_name,
        start=start, end=end, exact=_span_words(index, article, start, end),
        prefix=text[max(0, start - CONTEXT_CHARS):start],
        suffix=text[end:end + CONTEXT_CHARS],
        status=placement.status,
        anchor_note=note,
    )
