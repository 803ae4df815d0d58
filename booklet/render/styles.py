"""Paragraph styles derived from the layout's type scale.

Every body style forbids widows and orphans and every heading keeps with what follows,
so no single line or stranded heading is left at the bottom of a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from fontTools.ttLib import TTFont
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from booklet.marks.base import DiagramStyle
from booklet.model.colors import blend, contrast_ratio
from booklet.model.layout import Layout, TextStyle
from booklet.variant.fonts import FontSet


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles one booklet uses."""

    body: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    small: ParagraphStyle
    footer: ParagraphStyle
    footer_page: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_audience: ParagraphStyle
    cover_small: ParagraphStyle
    contents: ParagraphStyle
    contents_number: ParagraphStyle
    callout_label: ParagraphStyle
    step_number: ParagraphStyle
    step_title: ParagraphStyle


def build_styles(layout: Layout, fonts: FontSet) -> Styles:
    """Turn the layout's type scale and colours into ReportLab styles."""
    colors = layout.colors
    text, muted, heading = HexColor(colors.text), HexColor(colors.muted), HexColor(colors.heading)
    on_accent, on_band = HexColor(colors.on_accent), HexColor(colors.cover_text)
    scale = layout.text

    def style(name: str, spec: TextStyle, color: object = text, **extra: object) -> ParagraphStyle:
        settings: dict[str, object] = {
            "fontName": fonts.bold if spec.bold else fonts.regular,
            "fontSize": spec.size,
            "leading": spec.leading,
            "spaceBefore": spec.space_before,
            "spaceAfter": spec.space_after,
            "textColor": color,
            "alignment": TA_LEFT,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        return ParagraphStyle(name, **(settings | extra))

    indent = layout.spacing.bullet_indent
    return Styles(
        body=style("body", scale.body),
        bullet=style(
            "bullet",
            scale.body,
            leftIndent=indent,
            bulletIndent=indent * 0.2,
            bulletFontName=fonts.bold,
            bulletFontSize=scale.body.size,
            bulletColor=HexColor(colors.accent),
            spaceAfter=layout.spacing.list_item,
        ),
        h1=style("h1", scale.h1, heading, keepWithNext=1),
        h2=style("h2", scale.h2, heading, keepWithNext=1),
        small=style("small", scale.small, muted),
        footer=style("footer", scale.footer, muted),
        footer_page=style("footer_page", scale.footer, muted, alignment=TA_RIGHT),
        cover_kicker=style("cover_kicker", scale.cover_kicker, on_band),
        cover_title=style("cover_title", scale.cover_title, on_band),
        cover_subtitle=style("cover_subtitle", scale.cover_subtitle, on_band),
        cover_audience=style("cover_audience", scale.cover_audience),
        cover_small=style("cover_small", scale.small, muted),
        contents=style("contents", scale.contents, spaceAfter=0),
        contents_number=style(
            "contents_number", scale.contents, heading, alignment=TA_RIGHT, spaceAfter=0
        ),
        callout_label=style("callout_label", scale.callout_label),
        step_number=style("step_number", scale.step_number, on_accent),
        step_title=style("step_title", scale.step_title, heading, keepWithNext=1),
    )


def table_font(font: str, size: float) -> list[tuple[object, ...]]:
    """A table style command naming our font for every cell.

    Tables set a cell font even for paragraph cells, and ReportLab's default is
    Helvetica, which is never embedded.
    """
    return [("FONT", (0, 0), (-1, -1), font, size)]


def build_diagram_style(layout: Layout, fonts: FontSet) -> DiagramStyle:
    """Diagram sizes and colours; marks take the layout's accent colour."""
    diagrams, colors, text = layout.diagrams, layout.colors, layout.text
    return DiagramStyle(
        width=diagrams.width,
        height=diagrams.height,
        outline_width=diagrams.outline_width,
        detail_width=diagrams.detail_width,
        mark_width=diagrams.mark_width,
        mark_size=diagrams.mark_size,
        hand_reach=diagrams.hand_reach,
        label_font=fonts.bold if text.diagram_label.bold else fonts.regular,
        label_size=text.diagram_label.size,
        caption_font=fonts.regular,
        badge_font=_badge_face(fonts.bold if text.diagram_badge.bold else fonts.regular, fonts),
        badge_size=text.diagram_badge.size,
        fallback_font=fonts.fallback_bold,
        figure_fill=HexColor(colors.figure_fill),
        figure_outline=HexColor(colors.figure_outline),
        figure_detail=HexColor(colors.figure_detail),
        figure_hand=HexColor(
            colors.figure_hand or hand_fill(colors.figure_fill, colors.figure_outline)
        ),
        mark=HexColor(colors.accent),
        on_mark=HexColor(colors.on_accent),
        label=HexColor(colors.text),
        figure_nail=HexColor(colors.figure_nail) if colors.figure_nail else None,
        figure_sleeve=HexColor(
            colors.figure_sleeve or blend(colors.accent, colors.paper, SLEEVE_PAPER)
        ),
    )


SLEEVE_PAPER = 0.78
"""How much paper goes into the derived sleeve: a pale shade of the accent, like a shirt."""


HAND_CONTRAST = 1.4
"""How far a hand's fill stands off the figure's, as a contrast ratio, so that hands
and skin part in black and white, not only by their outline."""


def hand_fill(fill: str, outline: str) -> str:
    """The figure's fill moved toward its outline colour until hands stand off it."""
    share = 0.05
    while contrast_ratio(blend(fill, outline, share), fill) < HAND_CONTRAST and share < 0.6:
        share += 0.01
    return blend(fill, outline, share)


def _badge_face(face: str, fonts: FontSet) -> str:
    """The badge's face: ``face``, or its fallback where only that draws a plain zero.

    On a "×10" badge a slashed zero reads as a "not here" sign. The whole badge is set
    in the one face, so its count stays one run of text to copy and to search.
    """
    return plain_zero(face, fonts) or face


def plain_zero(face: str, fonts: FontSet) -> str | None:
    """The fallback face of ``face``'s weight when ``face`` slashes or dots its zero.

    A plain zero is a ring (two contours); a slashed or dotted one has more.
    """
    fallback = fonts.fallback_bold if face in (fonts.bold, fonts.bold_italic) else None
    fallback = fallback or fonts.fallback_regular
    if fallback is None or _zero_contours(face) <= 2 or _zero_contours(fallback) > 2:
        return None
    return fallback


@cache
def _zero_contours(face: str) -> int:
    """How many contours the registered ``face`` draws its zero with (2: a plain ring)."""
    font = TTFont(pdfmetrics.getFont(face).face.filename, lazy=True)
    name = font.getBestCmap().get(ord("0"))
    if name is None or "glyf" not in font:
        return 2
    return int(font["glyf"][name].numberOfContours)
