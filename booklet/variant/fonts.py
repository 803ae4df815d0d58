"""Registering the layout's font family with ReportLab, and checking it covers the text.

ReportLab embeds and subsets TrueType fonts, which is what print shops and PDF/UA want;
its built-in Helvetica is never embedded, so nothing may fall back to it. A character the
font lacks would print as an empty box, so we refuse to build instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from booklet.model.layout import Fonts
from booklet.source.errors import BookletError


@dataclass(frozen=True)
class FontSet:
    """ReportLab names of a registered family's faces, and of its fallback faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    fallback_regular: str | None = None
    fallback_bold: str | None = None

    def missing_characters(self, text: str) -> set[str]:
        """Characters of ``text`` that neither the family nor its fallback can draw."""
        missing = _missing(text, (self.regular, self.bold))
        if self.fallback_regular and self.fallback_bold:
            missing &= _missing(text, (self.fallback_regular, self.fallback_bold))
        return missing


def _missing(text: str, faces: tuple[str, ...]) -> set[str]:
    missing: set[str] = set()
    for name in faces:
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        missing |= {ch for ch in set(text) if ord(ch) not in glyphs and not ch.isspace()}
    return missing


_FAMILIES: dict[str, FontSet] = {}
"""Each registered face's family, so a paragraph can find its fallback from its font."""

_TAG = re.compile(r"(<[^>]*>)")


def with_fallback(markup: str, font_name: str) -> str:
    """Paragraph markup with runs the face lacks set in the fallback face.

    ReportLab draws a missing glyph as an empty box; a clinic name in Vietnamese must
    not. Bold is tracked through ``<b>`` tags, since a ``<font>`` tag resets it.
    """
    family = _FAMILIES.get(font_name)
    if family is None or family.fallback_regular is None or family.fallback_bold is None:
        return markup
    bold = font_name in (family.bold, family.bold_italic)
    pieces = []
    for piece in _TAG.split(markup):
        if piece.startswith("<"):
            tag = piece.strip("<>/ ").split()[0].lower() if piece.strip("<>/ ") else ""
            if tag in ("b", "strong"):
                bold = not piece.startswith("</")
            pieces.append(piece)
            continue
        main = family.bold if bold else family.regular
        fallback = family.fallback_bold if bold else family.fallback_regular
        glyphs = pdfmetrics.getFont(main).face.charToGlyph
        runs = re.split(r"((?:&[#\w]+;)+)", piece)
        for run in runs:
            if run.startswith("&"):
                pieces.append(run)
                continue
            pieces.append(_wrap_missing(run, glyphs, fallback))
    return "".join(pieces)


def _wrap_missing(text: str, glyphs: dict[int, int], fallback: str) -> str:
    out: list[str] = []
    missing_run: list[str] = []
    for ch in text:
        if ord(ch) in glyphs or ch.isspace():
            if missing_run:
                out.append(f'<font name="{fallback}">{"".join(missing_run)}</font>')
                missing_run = []
            out.append(ch)
        else:
            missing_run.append(ch)
    if missing_run:
        out.append(f'<font name="{fallback}">{"".join(missing_run)}</font>')
    return "".join(out)


def register_family(fonts: Fonts, fonts_dir: Path) -> FontSet:
    """Register the faces (once per process) and map bold/italic for paragraphs."""
    faces = {
        "regular": fonts.regular,
        "bold": fonts.bold,
        "italic": fonts.italic,
        "bold_italic": fonts.bold_italic,
    }
    if fonts.fallback is not None:
        faces["fallback_regular"] = fonts.fallback.regular
        faces["fallback_bold"] = fonts.fallback.bold
    names = {face: _register(fonts_dir, file_name) for face, file_name in faces.items()}
    font_set = FontSet(**names)
    main = (font_set.regular, font_set.bold, font_set.italic, font_set.bold_italic)
    for alias in (fonts.family, *main):
        addMapping(alias, 0, 0, font_set.regular)
        addMapping(alias, 1, 0, font_set.bold)
        addMapping(alias, 0, 1, font_set.italic)
        addMapping(alias, 1, 1, font_set.bold_italic)
        _FAMILIES[alias] = font_set
    if font_set.fallback_regular and font_set.fallback_bold:
        for alias in (font_set.fallback_regular, font_set.fallback_bold):
            addMapping(alias, 0, 0, font_set.fallback_regular)
            addMapping(alias, 1, 0, font_set.fallback_bold)
            addMapping(alias, 0, 1, font_set.fallback_regular)
            addMapping(alias, 1, 1, font_set.fallback_bold)
    return font_set


def _register(fonts_dir: Path, file_name: str) -> str:
    name = Path(file_name).stem
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(_load(fonts_dir / file_name, name))
    return name


def _load(path: Path, name: str) -> TTFont:
    try:
        return TTFont(name, str(path))
    except (OSError, TTFError) as error:
        raise BookletError.about_file(path, f"cannot load font ({error})") from None


def describe_characters(characters: Iterable[str]) -> str:
    """``'ệ' (U+1EC7), 'ư' (U+01B0)``: readable even when the glyph itself is not."""
    return ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in sorted(characters))
