"""Colours for passage highlights: a colour-blind-safe qualitative palette, light and dark variants.

The hues are Paul Tol's "light" qualitative scheme (designed to sit behind black text and to stay
distinguishable with the common colour-vision deficiencies). Each hue is blended toward the theme's
base colour so ordinary highlights stay quiet, the selected passage stands out, and text on every
tint keeps at least WCAG AA contrast (tested). Colours are "#rrggbb" strings; no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

TOL_LIGHT = (
    "#77AADD",  # light blue
    "#EE8866",  # orange
    "#EEDD88",  # light yellow
    "#FFAABB",  # pink
    "#99DDFF",  # light cyan
    "#44BB99",  # mint
    "#BBCC33",  # pear
    "#AAAA00",  # olive
)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(max(c, 0), 255)):02x}" for c in rgb)


def blend(colour: str, toward: str, amount: float) -> str:
    """`colour` moved `amount` (0..1) of the way toward `toward`."""
    a, b = _rgb(colour), _rgb(toward)
    return _hex(tuple(x + (y - x) * amount for x, y in zip(a, b, strict=True)))  # type: ignore[arg-type]


def relative_luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True)
class PassageColours:
    """The tints used for one palette entry."""

    background: str
    """An ordinary occurrence."""
    selected: str
    """An occurrence of the selected passage."""
    difference: str
    """Background of the words that differ between occurrences."""
    underline: str
    """Underline under the words that differ, and the link-map band outline."""
    band: str
    """Fill of the link-map band."""


@dataclass(frozen=True)
class Theme:
    """Every colour a view needs for one theme."""

    name: str
    text: str
    base: str
    passages: tuple[PassageColours, ...]
    find_hit: str
    find_current: str
    annotation: str
    """Wavy underline and tint of annotation ranges, distinct from passage hues."""
    annotation_background: str

    def passage(self, colour_index: int) -> PassageColours:
        return self.passages[colour_index % len(self.passages)]

    def __len__(self) -> int:
        return len(self.passages)


def _theme(name: str, text: str, base: str, quiet: float, strong: float) -> Theme:
    entries = tuple(
        PassageColours(
            background=blend(hue, base, quiet),
            selected=blend(hue, base, strong),
            difference=blend(hue, base, (quiet + strong) / 2),
            underline=blend(hue, text, 0.55),
            band=blend(hue, base, quiet / 2 + 0.1),
        )
        for hue in TOL_LIGHT
    )
    dark = name == "dark"
    return Theme(
        name=name,
        text=text,
        base=base,
        passages=entries,
        find_hit="#6b5b00" if dark else "#ffe14d",
        find_current="#9a4a00" if dark else "#ff9f1c",
        annotation="#d9a3ff" if dark else "#7b2cbf",
        annotation_background="#3a2a4a" if dark else "#efe3fa",
    )


LIGHT = _theme("light", text="#111111", base="#ffffff", quiet=0.55, strong=0.0)
DARK = _theme("dark", text="#f2f2f2", base="#1e1e1e", quiet=0.78, strong=0.62)


def theme_for(dark: bool) -> Theme:
    return DARK if dark else LIGHT
