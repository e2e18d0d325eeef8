"""What an annotation's bodies say beyond the text Parallax shows, and the line an export prints
for what it could not carry.

Parallax shows a comment as its text and a resource body as a link (`bodies`); the body another
tool wrote may also declare the comment's language (`language`, or `@language` in its value)
and write it as HTML (`format: text/html`), or give it in several alternatives (a `Choice`, a
value in several languages), of which Parallax shows the first. An export carries these where
its format has a place (the HTML report marks each note's language, the Readium body and the
CSV's cell hold one language, the Hypothesis text and the CSV a link); where it has none, the
export says so, one line per kind with how many annotations, as it says what else it left
out: silently dropped, a link or a language was found missing only by comparing the files (a
tester's report). No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from viewer.wording import count_of

from .bodies import body_role, text_of, untyped_role
from .fields import as_list, has_type
from .html_text import is_html
from .model import Annotation


@dataclass(frozen=True)
class Comment:
    """One of an annotation's comments, with what its body declared beyond the text."""

    text: str
    language: str | None = None
    """The one language its body declares (BCP 47); None for none, or for several."""
    markup: bool = False
    """Its body was HTML, which Parallax shows (and the exports write) as the text it shows."""


def comments_of(annotation: Annotation) -> tuple[Comment, ...]:
    """`annotation.comments`, each with the language and markup of the body it was read from.
    A comment is matched to its body by its text: a note the user rewrote matches no body and
    declares nothing (its language is whatever the user wrote it in, which no one said)."""
    unused = list(_comment_bodies(annotation))
    matched: list[Comment] = []
    for text in annotation.comments:
        found = next((body for body in unused if body.text == text), None)
        if found is None:
            matched.append(Comment(text))
        else:
            unused.remove(found)
            matched.append(found)
    return tuple(matched)


def _comment_bodies(annotation: Annotation) -> list[Comment]:
    if annotation.kept is None:
        return []  # (made in Parallax: plain text in no declared language)
    item: Any = json.loads(annotation.kept.item)
    if not isinstance(item, dict):
        return []
    untyped = untyped_role(item)
    found: list[Comment] = []
    value = item.get("bodyValue")
    if isinstance(value, (str, dict, list)):
        role = body_role({"value": value}, untyped)
        if role is not None and role[0] == "comment":
            found.append(Comment(role[1], _value_language(value)))
    for body in as_list(item.get("body")):
        role = body_role(body, untyped)
        if role is None or role[0] != "comment" or not isinstance(body, dict):
            continue
        found.append(Comment(role[1], _one_language(body.get("language"))
                             or _value_language(body.get("value")), is_html(body)))
    return found


def _one_language(declared: object) -> str | None:
    """The language a `language` property names, when it names one (W3C allows a list)."""
    if isinstance(declared, list) and len(declared) == 1:
        declared = declared[0]
    return declared.strip() if isinstance(declared, str) and declared.strip() else None


def _value_language(value: object) -> str | None:
    """The `@language` of a JSON-LD value (of the first variant, the one Parallax shows)."""
    if isinstance(value, list):
        value = value[0] if value else None
    return _one_language(value.get("@language")) if isinstance(value, dict) else None


@dataclass(frozen=True)
class Dropped:
    """How many annotations (or claim groups...) lost one kind of thing in an export, and
    what: the export's line."""

    count: int
    what: str
    """What each of them has, after "has"/"have": "a link (IRI) body, which ..."."""
    noun: str = "annotation"
    """What is counted: an annotation, or a claim group for what only a group has."""

    def line(self) -> str:
        return f"{count_of(self.count, self.noun)} {'has' if self.count == 1 else 'have'} " \
               f"{self.what}"


def dropped(counts: Iterable[tuple[int, str]], noun: str = "annotation"
            ) -> tuple[Dropped, ...]:
    """The kinds with at least one annotation (or `noun`), in the order given."""
    return tuple(Dropped(count, what, noun) for count, what in counts if count)


def one_language(annotation: Annotation) -> tuple[str | None, bool]:
    """The one language an annotation's comments all declare, and whether a language is left
    out for want of one: a format with one language for the whole note (Readium's body, the
    CSV's cell) writes none when a comment declares none, or another, rather than claim it
    for the comments not written in it."""
    declared = {comment.language for comment in comments_of(annotation)}
    if declared == {None} or not declared:
        return None, False
    if len(declared) == 1:
        return declared.pop(), False
    return None, True


MARKUP_LEFT_OUT = "an HTML comment, written as the text it shows: its markup left out"
"""The line's words for a format that writes a comment's text but not its HTML."""


def declares_language(annotation: Annotation) -> bool:
    return any(comment.language for comment in comments_of(annotation))


def has_markup(annotation: Annotation) -> bool:
    return any(comment.markup for comment in comments_of(annotation))


def has_alternatives(annotation: Annotation) -> bool:
    """Whether a comment of `annotation` is written in several alternatives -- a `Choice` body
    (one option a language, say) or a value given in several languages -- of which Parallax
    shows the first (the default, W3C model 3.2.8): a format with one text a comment
    (Hypothesis, the CSV's note cell, the HTML report) writes that one, and says the others
    are left out (a tester found "A dozen missiles"@en gone beside "Zwölf Raketen"@de,
    unsaid). A tag given in several languages is no comment: not counted here."""
    if annotation.kept is None:
        return False  # (made in Parallax: one text a comment)
    item: Any = json.loads(annotation.kept.item)
    if not isinstance(item, dict):
        return False
    untyped = untyped_role(item)
    return (untyped == "comment" and _variants(item.get("bodyValue")) > 1) or any(
        _alternatives_in(body, 0, untyped) for body in as_list(item.get("body")))


def alternatives_left_out(holder: str) -> str:
    """The line's words for a format that writes a comment's first alternative only: `holder`
    says where it goes ("Hypothesis' one text holds")."""
    return ("a comment in several alternatives (a Choice body, or a value in several "
            f"languages), of which {holder} the first: the others left out")


def _alternatives_in(body: object, depth: int, untyped: str) -> bool:
    if not isinstance(body, dict) or depth > MAX_BODY_DEPTH:
        return False
    if _variants(body.get("value")) > 1:
        # (of a body of its own, a comment's only; inside a Choice or a list every text is
        # shown with the comments, `bodies._nested_texts`)
        role = body_role(body, untyped)
        return depth > 0 or (role is not None and role[0] == "comment")
    options = body.get("items")
    if not isinstance(options, list):
        return False
    if has_type(body.get("type"), "Choice") and sum(
            1 for option in options if _says_something(option)) > 1:
        return True
    return any(_alternatives_in(option, depth + 1, untyped) for option in options)


MAX_BODY_DEPTH = 4
"""How deep bodies inside bodies are looked into (as `bodies` reads them)."""


def _variants(value: object) -> int:
    """How many texts a JSON-LD value gives (a list of language variants: more than one)."""
    if not isinstance(value, list):
        return 1 if text_of(value) is not None else 0
    return sum(1 for variant in value if text_of(variant) is not None)


def _says_something(option: object) -> bool:
    """Whether a Choice's option is a text, or holds one (a link is no comment)."""
    role = body_role(option)
    if role is not None:
        return role[0] != "link"
    return isinstance(option, dict) and isinstance(option.get("items"), list)
