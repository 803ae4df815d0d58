"""Lengths, type sizes, colours and font files as a layout writes them, checked.

Print people think in inches and millimetres, so every length a layout gives accepts a
unit (``0.75in``, ``18mm``, ``12pt``; a bare number is points); these types turn them
into points and refuse what no page could use, with a message that says what is valid.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

POINTS_PER_UNIT = {"pt": 1.0, "in": 72.0, "mm": 72 / 25.4, "cm": 72 / 2.54}
MIN_FONT, MAX_FONT = 6.0, 144.0
"""Type sizes a layout may use, in points."""
MAX_LENGTH = 1000.0
"""The longest length a layout may give, in points (about 14 inches)."""
MIN_TEXT_WIDTH, MIN_TEXT_HEIGHT = 144.0, 216.0
"""The smallest text area the margins may leave: 2 by 3 inches."""
PAPER_SIZES = {
    "letter": (612.0, 792.0),
    "a4": (595.2756, 841.8898),
    "half-letter": (396.0, 612.0),
    "a5": (420.9449, 595.2756),
}
"""Booklet pages are exactly half their sheet; ISO A5 (148 mm) is 0.5 mm narrower than
half of A4, which would leave a gap at the fold, so "a5" here means 148.5 × 210 mm."""
SHEET_FOR_BOOKLET_PAGE = {"half-letter": "letter", "a5": "a4"}
"""A booklet page is half a sheet: two sit side by side on a landscape sheet."""


def _to_points(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(pt|in|mm|cm)?\s*", value)
        if match:
            return float(match[1]) * POINTS_PER_UNIT[match[2] or "pt"]
        raise ValueError(f"{value!r} is not a length (valid: a number with pt, in, mm or cm)")
    return value


def _to_color(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        raise ValueError(f"{value!r} is not a colour (valid: #RRGGBB, e.g. '#1F5F8B')")
    return value


def _to_font_file(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"[\w.-]+\.ttf", value):
        raise ValueError(
            f"{value!r} is not a font file name (valid: a .ttf file name inside fonts/, "
            "with no folder)"
        )
    return value


Length = Annotated[float, BeforeValidator(_to_points), Field(ge=0, le=MAX_LENGTH)]
FontSize = Annotated[float, BeforeValidator(_to_points), Field(ge=MIN_FONT, le=MAX_FONT)]
Color = Annotated[str, BeforeValidator(_to_color)]
FontFile = Annotated[str, BeforeValidator(_to_font_file)]
