"""The one exception loading raises: a file that cannot become an article. No Qt here."""

from __future__ import annotations


class UnusableFile(ValueError):
    """The file cannot become an article; the message is the one-line reason."""
