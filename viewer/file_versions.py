"""Articles read from one file at different times (the file changed, was opened again and its
new text added beside the article open from it): which version of the file each is, so that
pane headers, the article list and Article details tell them apart. No Qt.

Both versions of a tester's corrected file were headed "12_dailywow_com.txt", and their details
differed only in the time they were added: nothing said which was the old text. The versions
are numbered in the order they were added, which is the corpus's order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from viewer.corpus import Article


def file_versions(articles: Iterable[Article]) -> dict[str, tuple[int, int]]:
    """Article id -> (its version, how many) for each article whose file another article was
    read from too; none for an article alone of its file."""
    by_file: dict[str, list[str]] = {}
    for article in articles:
        if article.path is not None:
            by_file.setdefault(os.path.abspath(article.path), []).append(article.id)
    return {article_id: (number, len(ids)) for ids in by_file.values() if len(ids) > 1
            for number, article_id in enumerate(ids, start=1)}


def version_label(version: tuple[int, int]) -> str:
    """"version 1 of 2" (the first added), "version 2 of 2, latest" (the last added)."""
    number, count = version
    return f"version {number} of {count}" + (", latest" if number == count else "")


def short_version_labels(version: tuple[int, int]) -> tuple[str, ...]:
    """`version_label`'s shorter forms, longest first, for a narrow list: "v2/2, latest", then
    "v2/2" ("v1/2" alone for an earlier one). The number comes first, so that even a form cut
    at its end ("v2/…") tells two versions apart."""
    number, count = version
    short = f"v{number}/{count}"
    return (f"{short}, latest", short) if number == count else (short,)


def version_sentence(version: tuple[int, int]) -> str:
    """What Article details adds for one of several versions of a file."""
    number, count = version
    later = ("the latest added" if number == count
             else f"an earlier text than version{'s' if count - number > 1 else ''} "
                  f"{', '.join(str(n) for n in range(number + 1, count + 1))}")
    return (f"This is version {number} of {count} of this file open here, in the order they "
            f"were added: {later}.")
