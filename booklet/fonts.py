"""Registering the layout's font family with ReportLab, and checking it covers the text.

ReportLab embeds and subsets TrueType fonts, which is what print shops and PDF/UA want;
its built-in Helvetica is never embedded, so nothing may fall back to it. A character the
font lacks would print as an empty box, so we refuse to build instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from booklet.errors import BookletError
from booklet.layout import Fonts


@dataclass(frozen=True)
class FontSet:
    """ReportLab names of a registered family's faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    def missing_characters(self, text: str) -> set[str]:
        """Characters of ``text`` that the regular or bold face cannot draw."""
        missing: set[str] = set()
        for name in (self.regular, self.bold):
            glyphs = pdfmetrics.getFont(name).face.charToGlyph
            missing |= {ch for ch in set(text) if ord(ch) not in glyphs and not ch.isspace()}
        return missing


def register_family(fonts: Fonts, fonts_dir: Path) -> FontSet:
    """Register the four faces (once per process) and map bold/italic for paragraphs."""
    faces = {
        "regular": fonts.regular,
        "bold": fonts.bold,
        "italic": fonts.italic,
        "bold_italic": fonts.bold_italic,
    }
    names = {}
    for face, file_name in faces.items():
        name = Path(file_name).stem
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(_load(fonts_dir / file_name, name))
        names[face] = name
    font_set = FontSet(**names)
    addMapping(fonts.family, 0, 0, font_set.regular)
    addMapping(fonts.family, 1, 0, font_set.bold)
    addMapping(fonts.family, 0, 1, font_set.italic)
    addMapping(fonts.family, 1, 1, font_set.bold_italic)
    for alias in (font_set.regular, font_set.bold, font_set.italic, font_set.bold_italic):
        addMapping(alias, 0, 0, font_set.regular)
        addMapping(alias, 1, 0, font_set.bold)
        addMapping(alias, 0, 1, font_set.italic)
        addMapping(alias, 1, 1, font_set.bold_italic)
    return font_set


def _load(path: Path, name: str) -> TTFont:
    try:
        return TTFont(name, str(path))
    except (OSError, TTFError) as error:
        raise BookletError.about_file(path, f"cannot load font ({error})") from None


def describe_characters(characters: Iterable[str]) -> str:
    """``'ệ' (U+1EC7), 'ư' (U+01B0)``: readable even when the glyph itself is not."""
    return ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in sorted(characters))
