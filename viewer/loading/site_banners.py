"""A site's banner over a saved page: its name and its motto ("뚜르 드 프랑스 - 2024년 실시간
업데이트"), or its name before the headline in one line ("Storm Watch - Storm hits coast"), told
by the page's footer printing the name again. No Qt here.

Pure functions of a page's lines, for `viewer.loading.headers` (no banner is a title, and a
title keeps no site's name). A headline may open with the same words as a line of the footer
("Gaza - ceasefire holds" over a footer's links "Gaza - earlier coverage", "Gaza - live
updates"), and stand above a standfirst in Title Case that reads as a headline: a line is the
site's only where the footer prints it again whole, or a footer line naming it is clearly the
site's own -- its copyright, or the name with its separator and nothing after it, the banner's
form with an empty motto ("뚜르 드 프랑스 - ").
"""

from __future__ import annotations

import re

from viewer.loading.page_furniture import reads_as_headline

FOOTER_LINES = 5
"""The page's last lines, where a site prints its name again with its copyright."""
_PARTS = re.compile(r"\s[-–—|]\s")
_EMPTY_MOTTO = re.compile(r"\s[-–—|]")
"""A name's separator with nothing after it, at the end of a line (lines come stripped)."""
_SITES_OWN = re.compile(
    r"©|\(c\)|all rights reserved|tous droits réservés|todos los derechos reservados"
    r"|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati"
    r"|版权所有|版權所有|著作権|무단\s*전재|저작권", re.I)
"""A copyright, in the languages the loader reads: a footer line holding it is the site's."""


def site_banner(lines: list[str], at: int) -> bool:
    """Whether `lines[at]` is the site's banner: its words before a dash or a bar open a line of
    the page's footer too, and either that footer line is the banner again whole (the same
    motto), or one such footer line is the site's own (`_sites_own`) and the line stands above
    another that reads as a headline. (A footer's links opening with a headline's words, "Gaza
    - earlier coverage", over a standfirst in Title Case, took the headline for a banner.) A
    banner over the story itself, a copyright in the footer, is the headline with the site's
    name (`without_site_name`)."""
    footer_lines = _footer_lines_naming(lines, at)
    name = _name(lines[at]) or ""
    return bool(footer_lines) and (
        lines[at] in footer_lines
        or (any(_sites_own(other, name) for other in footer_lines)
            and at + 1 < len(lines) and reads_as_headline(lines[at + 1])))


def without_site_name(lines: list[str], at: int) -> str:
    """`lines[at]` without the site's name it opens with, where a footer line naming it again
    holds the site's copyright ("Storm Watch - Storm hits coast" over "Storm Watch - all rights
    reserved": "Storm hits coast")."""
    line = lines[at]
    name = _name(line)
    if name is None or not any(_SITES_OWN.search(other)
                               for other in _footer_lines_naming(lines, at)):
        return line
    return line[len(name):].lstrip(" -–—|")


def _sites_own(footer_line: str, name: str) -> bool:
    """Is `footer_line` (opening with the site's `name`, then a dash or a bar) the site's own:
    its copyright, or the name with nothing after its separator -- the banner's form, its
    motto empty, which no link to a section or a story is?"""
    return (bool(_SITES_OWN.search(footer_line))
            or _EMPTY_MOTTO.fullmatch(footer_line, len(name)) is not None)


def _name(line: str) -> str | None:
    parts = _PARTS.split(line, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
        return None
    return parts[0].strip()


def _footer_lines_naming(lines: list[str], at: int) -> list[str]:
    """The footer's lines (after `lines[at]`) that open with the name `lines[at]` opens with,
    then a dash or a bar."""
    name = _name(lines[at])
    if name is None:
        return []
    return [other for other in lines[max(len(lines) - FOOTER_LINES, at + 1):]
            if other.startswith(name) and (_PARTS.match(other, len(name))
                                           or _EMPTY_MOTTO.fullmatch(other, len(name)))]
