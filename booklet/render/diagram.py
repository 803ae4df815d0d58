"""Step diagrams: a view with its overlay marks, drawn with ReportLab's graphics module.

The view (a figure with landmarks) comes from the content's view files and the marks
(hands among them) from :mod:`booklet.marks`; :mod:`booklet.render.diagram_layout`
decides where everything goes, and this module draws it: the hands behind, the figure,
the hands and marks over it in their order, all clipped to the picture's window, then
the labels with their leader lines, the repetitions badge and the view's caption.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, String
from reportlab.lib.colors import white
from reportlab.pdfbase import pdfmetrics

from booklet.marks import MARKS, REPEAT, legend_mark
from booklet.marks.base import DiagramStyle, Placement
from booklet.marks.figure import figure_group
from booklet.model.content import Content, Diagram, Overlay
from booklet.model.geometry import Box, Point
from booklet.model.views import View
from booklet.render.diagram_inset import InsetLayout, InsetView
from booklet.render.diagram_layout import DiagramLayout, Grid, badge_size, plan_grid
from booklet.render.diagram_memo import lay_out  # once per worker, by its inputs

DRAWING_ORDER = {mark.kind: index for index, mark in enumerate(MARKS)}


def _font(text: str, font: str, style: DiagramStyle) -> str:
    """``font``, or the fallback face when ``font`` lacks some of ``text``'s characters."""
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    if style.fallback_font and any(ord(ch) not in glyphs for ch in text if not ch.isspace()):
        return style.fallback_font
    return font


def booklet_grid(content: Content, style: DiagramStyle) -> Grid:
    """The one scale and centre line of every picture in ``content``."""
    diagrams = [(diagram, content.view(diagram)) for diagram in content.diagrams()]
    insets = [inset_of(content, diagram) for diagram in content.diagrams()]
    return plan_grid(diagrams, content.poses, style, insets)


def inset_of(content: Content, diagram: Diagram) -> InsetView | None:
    """The view and caption of ``diagram``'s inset, or None without one."""
    view = content.inset_view(diagram)
    if view is None or diagram.inset is None:
        return None
    return InsetView(view, content.caption(diagram.inset))


def draw_diagram(
    diagram: Diagram,
    view: View,
    style: DiagramStyle,
    grid: Grid,
    *,
    poses: Mapping[str, View] | None = None,
    caption: str | None = None,
    number: int | None = None,
    inset: InsetView | None = None,
) -> Drawing:
    """The whole diagram of one step, ``style.width`` wide and as tall as it needs.

    ``caption`` names the view just under the picture, so two views of one figure can
    never be confused; ``number`` puts the step number in the corner; ``inset`` is the
    view of the diagram's inset, drawn smaller in the label column with its caption.
    """
    has_caption = caption is not None
    layout = lay_out(diagram, view, style, grid, poses or {}, caption=has_caption, inset=inset)
    drawing = _drawing(layout.width, layout.height, style)
    drawing.add(_picture(diagram, view, layout, style))
    if diagram.inset is not None and layout.inset is not None and inset is not None:
        drawing.add(_inset(diagram.inset.overlays, layout.inset, style))
        x, y = layout.inset.caption
        leading = style.label_size * 1.25
        for index, line in enumerate(layout.inset.lines):
            font = _font(line, style.caption_font, style)
            drawing.add(
                String(
                    x,
                    y - index * leading,
                    line,
                    fontName=font,
                    fontSize=style.label_size,
                    fillColor=style.label,
                )
            )
    drawing.add(_label_column(layout, style))
    if diagram.repeat and layout.badge is not None:
        drawing.add(_badge_at(diagram.repeat, layout.badge[0], layout.badge[1], style))
    if number is not None:
        drawing.add(_number(number, layout.height, style))
    if caption:
        drawing.add(_caption(caption, layout, style))
    return drawing


def _picture(diagram: Diagram, view: View, layout: DiagramLayout, style: DiagramStyle) -> Group:
    """The figure with its hands and marks, clipped to its window (framed for a close-up)."""
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    if layout.close_up:
        _rounded(clip, layout.window, style)
    else:  # room for the marks' halos, not for the labels' column
        _padded(clip, layout.window, style.mark_size)
    picture = Group(clip)
    seen = replace(view, overview=()) if layout.close_up else view  # whole-view lines only
    picture.add(_marked(diagram.overlays, seen, layout.placement))
    group = Group(picture)
    if layout.close_up:
        border = Path(
            fillColor=None, strokeColor=style.figure_detail, strokeWidth=style.detail_width * 1.5
        )
        _rounded(border, layout.window, style)
        group.add(border)
    return group


def _inset(overlays: Sequence[Overlay], inset: InsetLayout, style: DiagramStyle) -> Group:
    """The inset's figure with its marks, clipped to its window like the main picture."""
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    _padded(clip, inset.window, style.mark_size)
    picture = Group(clip)
    picture.add(_marked(overlays, inset.placement.view, inset.placement))
    return Group(picture)


def _padded(path: Path, box: Box, pad: float) -> None:
    """``box`` on ``path``, ``pad`` wider at its sides and top (not below: the caption)."""
    left, bottom, right, top = box
    path.moveTo(left - pad, bottom)
    for x, y in ((right + pad, bottom), (right + pad, top + pad), (left - pad, top + pad)):
        path.lineTo(x, y)
    path.closePath()


def _marked(overlays: Sequence[Overlay], view: View, place: Placement) -> Group:
    """The hands behind, the figure, then the hands and marks over it in their order.

    Where a mark washes the figure, the marks are told, so a hand on it takes a rim.
    """
    group = Group()
    frame = place.frame
    place = replace(place, washed=any(overlay.mark.washes for overlay in overlays))
    ordered = sorted(overlays, key=lambda overlay: DRAWING_ORDER[overlay.kind])
    anchors: dict[str, list[Point]] = {}
    for overlay in overlays:
        point = overlay.mark.anchor()
        if point is not None:
            anchors.setdefault(overlay.kind, []).append(frame(view.resolve(point)))
    for overlay in ordered:
        group.add(overlay.mark.draw_behind(place))
    matrix = (frame.scale, 0.0, 0.0, frame.scale, frame.x, frame.y)
    group.add(figure_group(view, matrix, frame.scale, place.style.figure_fill, place.style))
    for overlay in ordered:
        kin = replace(place, same_kind=tuple(anchors.get(overlay.kind, ())))
        group.add(overlay.mark.draw(kin))
    return group


def _rounded(path: Path, box: Box, style: DiagramStyle) -> None:
    """A rounded rectangle on ``path``."""
    left, bottom, right, top = box
    r = min(style.mark_size * 1.6, (right - left) / 4, (top - bottom) / 4)
    k = r * 0.448
    path.moveTo(left + r, bottom)
    path.lineTo(right - r, bottom)
    path.curveTo(right - k, bottom, right, bottom + k, right, bottom + r)
    path.lineTo(right, top - r)
    path.curveTo(right, top - k, right - k, top, right - r, top)
    path.lineTo(left + r, top)
    path.curveTo(left + k, top, left, top - k, left, top - r)
    path.lineTo(left, bottom + r)
    path.curveTo(left, bottom + k, left + k, bottom, left + r, bottom)
    path.closePath()


def _caption(caption: str, layout: DiagramLayout, style: DiagramStyle) -> String:
    """The view's name, centred on the column's centre line under the figure.

    A caption wider than the room either side of that line moves in from the edge, so it
    never reaches past the drawing (into the page's margin).
    """
    font = _font(caption, style.caption_font, style)
    half = pdfmetrics.stringWidth(caption, font, style.label_size) / 2
    centre = max(min(layout.centre, layout.width - half), min(half, layout.width / 2))
    return String(
        centre,
        layout.caption_y,
        caption,
        fontName=font,
        fontSize=style.label_size,
        fillColor=style.label,
        textAnchor="middle",
    )


def _label_column(layout: DiagramLayout, style: DiagramStyle) -> Group:
    """Each label with its leader line and a dot where it points."""
    group = Group()
    leading = style.label_size * 1.25
    for label in layout.labels:
        (x, y), end = label.leader
        width = max(0.75, style.detail_width)  # heavier in large print, like the outlines
        group.add(Line(x, y, *end, strokeColor=white, strokeWidth=width * 3, strokeLineCap=1))
        group.add(Line(x, y, *end, strokeColor=style.label, strokeWidth=width, strokeLineCap=1))
        group.add(Circle(x, y, 1.8, fillColor=style.label, strokeColor=white, strokeWidth=0.6))
        for index, line in enumerate(label.lines):
            group.add(
                String(
                    label.x,
                    label.baseline - index * leading,
                    line,
                    fontName=_font(line, style.label_font, style),
                    fontSize=style.label_size,
                    fillColor=style.label,
                )
            )
    return group


def _badge_at(text: str, x: float, y: float, style: DiagramStyle) -> Group:
    """A rounded badge with white text, its lower left corner at ``(x, y)``."""
    width, height = badge_size(text, style)
    box = Path(fillColor=style.mark, strokeColor=None)
    box.moveTo(x + height / 2, y)
    box.lineTo(x + width - height / 2, y)
    box.curveTo(
        x + width + height * 0.15,
        y,
        x + width + height * 0.15,
        y + height,
        x + width - height / 2,
        y + height,
    )
    box.lineTo(x + height / 2, y + height)
    box.curveTo(x - height * 0.15, y + height, x - height * 0.15, y, x + height / 2, y)
    box.closePath()
    label = String(
        x + width / 2,
        y + height * 0.3,
        text,
        fontName=style.badge_font,
        fontSize=style.badge_size,
        fillColor=style.on_mark,
        textAnchor="middle",
    )
    return Group(box, label)


def _number(number: int, height: float, style: DiagramStyle) -> Group:
    """The step number, top left, so a diagram seen alone still says which step it is."""
    radius = style.badge_size * 0.85
    x, y = radius, height - radius
    return Group(
        Circle(x, y, radius, fillColor=None, strokeColor=style.mark, strokeWidth=1.2),
        String(
            x,
            y - style.badge_size * 0.35,
            str(number),
            fontName=style.badge_font,
            fontSize=style.badge_size,
            fillColor=style.label,
            textAnchor="middle",
        ),
    )


def legend_symbol(kind: str, style: DiagramStyle, width: float) -> Drawing:
    """One mark (or the repetitions badge), alone, for the legend that explains them."""
    height = width * 0.8
    drawing = _drawing(width, height, style)
    if kind == REPEAT:
        badge_width, badge_height = badge_size("×5", style)
        drawing.add(_badge_at("×5", (width - badge_width) / 2, (height - badge_height) / 2, style))
        return drawing
    for group in legend_mark(kind).style_symbol(kind, style, width, height) or []:
        drawing.add(group)
    return drawing


def _drawing(width: float, height: float, style: DiagramStyle) -> Drawing:
    """An empty drawing whose starting font is ours.

    ReportLab's renderer otherwise sets Helvetica first, which would put a reference
    to a non-embedded font into the PDF.
    """
    drawing = Drawing(width, height)
    drawing.initialFontName = style.label_font
    drawing.initialFontSize = style.label_size
    return drawing
