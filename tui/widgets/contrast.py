"""Colour arithmetic for readable highlights: WCAG 2.x contrast, and colours moved until they reach it.

A theme's background can be anything from near-black to near-white (or, in a user's own theme, mid
grey), so no fixed set of highlight colours stays readable everywhere. Instead each colour keeps its
hue and is made darker or lighter until it reaches the contrast wanted against the backgrounds it is
drawn on. Pure arithmetic on (r, g, b) tuples of 0–255: no Textual, no Rich.
"""

from __future__ import annotations

import colorsys
import math
from collections.abc import Iterable

RGB = tuple[int, int, int]

#: WCAG 2.x level AA for body text: what every highlight keeps against what it sits on.
AA = 4.5

BLACK: RGB = (0, 0, 0)
WHITE: RGB = (255, 255, 255)


def parse_hex(text: str) -> RGB:
    """`#rgb` or `#rrggbb` (the `#` optional) as an (r, g, b) tuple; ValueError otherwise."""
    h = text.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    if len(h) != 6 or any(c not in "0123456789abcdefABCDEF" for c in h):
        raise ValueError(f"not a colour: {text!r}")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _linear(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = rgb
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours, 1 to 21, whichever is lighter."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def blend(a: RGB, b: RGB, amount: float) -> RGB:
    """`a` moved `amount` (0–1) of the way to `b`, as a terminal draws a tint or a translucent colour."""
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def best_text(background: RGB) -> RGB:
    """Black or white, whichever reads better on `background` (always at least 4.58:1)."""
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


def _with_lightness(rgb: RGB, lightness: float) -> RGB:
    h, _, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, lightness)), s)
    return round(r * 255), round(g * 255), round(b * 255)


def fit(colour: RGB, backgrounds: Iterable[RGB], target: float = AA) -> RGB:
    """`colour` with its hue and saturation kept, darker or lighter until it has `target` contrast
    against every background (unchanged if it has it already).

    It moves away from the backgrounds: darker on light ones, lighter on dark ones. Black and white
    are the ends of that road, so the result reaches the target whenever black or white does; the
    caller checks with `worst_contrast` where a background might not allow it (mid grey).
    """
    backs = list(backgrounds)
    if worst_contrast(colour, backs) >= target:
        return colour
    darker = sum(luminance(b) for b in backs) / len(backs) > 0.18  # light backgrounds: go dark
    _, lightness, _ = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    # bisect the lightness between the colour's own and the far end; contrast grows monotonically
    near, far = lightness, (0.0 if darker else 1.0)
    best = _with_lightness(colour, far)
    if worst_contrast(best, backs) < target:
        return best
    for _ in range(24):
        middle = (near + far) / 2
        candidate = _with_lightness(colour, middle)
        if worst_contrast(candidate, backs) >= target:
            far, best = middle, candidate
        else:
            near = middle
    return best


def worst_contrast(colour: RGB, backgrounds: Iterable[RGB]) -> float:
    return min(contrast(colour, b) for b in backgrounds)


def _lab(rgb: RGB) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(a: RGB, b: RGB) -> float:
    """How far apart two colours look (CIE76 ΔE: about 2 is just noticeable, over 20 clearly another colour)."""
    return math.dist(_lab(a), _lab(b))
