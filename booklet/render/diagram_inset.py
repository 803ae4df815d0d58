"""An inset: a second, smaller view of the figure beside a step picture's main view.

A step about the top and the sole ("lotion over the top and the sole") needs both
sides in one picture. The main view keeps the booklet's scale and centre line; the
inset, ``inset.scale`` of that size, takes the room the labels leave (see
:func:`booklet.render.diagram_layout.lay_out`), with its own caption left-aligned under
it, so each view is named where it is drawn. Its marks are placed like the main
view's, in the inset's own frame, and carry no labels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from booklet.marks.base import DiagramStyle, Frame, Placement
from booklet.model.geometry import Box, Point, bounds
from booklet.model.pictures import Inset
from booklet.model.views import View
from booklet.render.diagram_labels import wrap_label


@dataclass(frozen=True)
class InsetView:
    """An inset's view (mirrored if asked) and the caption that names it."""

    view: View
    caption: str


@dataclass(frozen=True)
class InsetLayout:
    """Where an inset is drawn, in the drawing's points."""

    frame: Frame
    window: Box
    """The inset's figure; it is clipped to this (with room for its marks)."""
    room: Box
    """The inset and its caption, with a little space round them."""
    caption: Point
    """Where the caption's first line sits (left-aligned, under the inset)."""
    lines: tuple[str, ...]
    """The caption, on two balanced lines when one would widen the column."""
    placement: Placement
    polygons: tuple[tuple[Point, ...], ...]


def caption_lines(inset_view: InsetView, style: DiagramStyle) -> tuple[str, ...]:
    """The inset's caption, broken like a label (the column is narrow)."""
    return wrap_label(inset_view.caption, style, narrow=True)


def caption_room(lines: tuple[str, ...], style: DiagramStyle) -> float:
    """The height of the inset's caption, between the inset and the main caption."""
    return style.label_size * (0.3 + 1.25 * len(lines))


def column_width(
    inset: Inset, inset_view: InsetView, box: Box, style: DiagramStyle
) -> tuple[float, float]:
    """The width the inset needs in the label column: in view units, and in points."""
    left, _, right, _ = box
    widths = [
        stringWidth(line, style.caption_font, style.label_size)
        for line in caption_lines(inset_view, style)
    ]
    return (right - left) * inset.scale, float(max(widths))


def inset_width(inset: Inset, box: Box, scale: float, style: DiagramStyle) -> float:
    """How wide the inset is drawn at the booklet's ``scale``, its marks' halos included."""
    return (box[2] - box[0]) * scale * inset.scale + style.mark_size


def place_inset(
    inset: Inset,
    inset_view: InsetView,
    box: Box,
    where: tuple[float, float, float],
    style: DiagramStyle,
    poses: Mapping[str, View],
) -> InsetLayout:
    """The inset with its left edge at ``x`` and its caption's lines from ``base`` up.

    ``where`` is ``(x, base, scale)``; ``box`` is the inset's picture box in its own
    units and ``scale`` the booklet's.
    """
    x, base, grid_scale = where
    scale = grid_scale * inset.scale
    left, bottom, right, top = box
    lines = caption_lines(inset_view, style)
    floor = base + caption_room(lines, style)
    frame = Frame(x - left * scale, floor - bottom * scale, scale)
    window = (x, floor, x + (right - left) * scale, floor + (top - bottom) * scale)
    placement = Placement(inset_view.view, frame, style, (), poses)
    polygons = [tuple(frame(p) for p in polygon) for polygon in inset_view.view.polygons()]
    for overlay in inset.overlays:
        outlines = [tuple(outline) for outline in overlay.mark.outlines(placement)]
        polygons += outlines
        if overlay.kind not in CUT_OFF:
            window = holding(window, outlines, style)
    pad = style.label_size * 0.6
    caption = max(stringWidth(line, style.caption_font, style.label_size) for line in lines)
    return InsetLayout(
        frame=frame,
        window=window,
        room=(x - pad, base, max(window[2], x + caption) + pad, window[3] + pad),
        caption=(x, floor - style.label_size * 1.05),
        lines=lines,
        placement=placement,
        polygons=tuple(polygons),
    )


CUT_OFF = ("hand", "mirror")
"""Marks a picture's edge may cut off, as an arm leaves an illustration."""


def holding(window: Box, outlines: Sequence[Sequence[Point]], style: DiagramStyle) -> Box:
    """``window`` grown to hold a mark's outlines (a "not here" ring past the figure)."""
    if not outlines:
        return window
    left, bottom, right, top = bounds([point for outline in outlines for point in outline])
    edge = style.mark_size * 0.3
    return (
        max(min(window[0], left), edge),
        min(window[1], bottom),
        min(max(window[2], right), style.width - edge),
        max(window[3], top),
    )
