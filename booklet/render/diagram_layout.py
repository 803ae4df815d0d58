"""Where everything in a step diagram goes, as numbers, before anything is drawn.

Every picture of a booklet shares one scale and one centre line (the :class:`Grid`), so
a foot is the same size from step to step and the column of pictures reads straight
down the page. Per diagram, :func:`lay_out` places the figure (or the enlarged part of
it, for a close-up), the labels in a margin column with leader lines that enter the
figure only where they point, and the repetitions badge above the figure, clear of it.
Drawing (:mod:`booklet.render.diagram`) follows these numbers, and tests check them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from reportlab.pdfbase.pdfmetrics import stringWidth

from booklet.marks.base import DiagramStyle, Frame, Placement, PointRef
from booklet.model.content import Diagram, Picture
from booklet.model.geometry import (
    Box,
    Point,
    bounds,
    box_touches_polygon,
    boxes_overlap,
    inside,
    segment_crossings,
    segments_cross,
)
from booklet.model.views import View


@dataclass(frozen=True)
class Grid:
    """The scale (points per view unit) and centre line every picture of a booklet shares."""

    scale: float
    centre: float


@dataclass(frozen=True)
class LabelBox:
    """One label: its lines, where the first line sits, its box and its leader line."""

    lines: tuple[str, ...]
    x: float
    baseline: float
    box: Box
    leader: tuple[Point, Point]


@dataclass(frozen=True)
class DiagramLayout:
    """One diagram's geometry, in the drawing's points (y up, origin bottom left)."""

    width: float
    height: float
    frame: Frame
    window: Box
    """The figure's area; the figure and its hands are clipped to it."""
    close_up: bool
    polygons: tuple[tuple[Point, ...], ...]
    """Every outline of the figure and the hands on it, for keeping clear of them."""
    labels: tuple[LabelBox, ...]
    badge: Box | None
    caption_y: float
    placement: Placement
    centre: float
    """The booklet's centre line, which the caption is centred on too."""


CLOSE_UP_ASPECT = 1.0
"""A close-up window is at most as tall as it is wide: the detail, not a strip of it."""


def _margin(style: DiagramStyle) -> float:
    return style.mark_size


def _caption_room(style: DiagramStyle) -> float:
    return style.label_size * 1.9


def badge_size(text: str, style: DiagramStyle) -> tuple[float, float]:
    """The repetitions badge's width and height for ``text``."""
    return (
        stringWidth(text, style.badge_font, style.badge_size) + style.badge_size,
        style.badge_size * 1.6,
    )


def _badge_room(diagrams: Sequence[Diagram], style: DiagramStyle) -> float:
    if not any(diagram.repeat for diagram in diagrams):
        return 0
    return badge_size("×", style)[1] + style.label_size * 0.6


def wrap_label(text: str, style: DiagramStyle, *, narrow: bool = False) -> tuple[str, ...]:
    """A label on one line, or on two balanced lines when one would be too wide.

    A label of three words or fewer stays on one line, and one of four or more breaks
    with at least two words a line, so no word is left alone. A ``narrow`` column (a
    close-up's, which shares the width with a window on the centre line) breaks sooner.
    """
    words = text.split()

    def width(line: str) -> float:
        return float(stringWidth(line, style.label_font, style.label_size))

    if width(text) <= style.width * (0.2 if narrow else 0.34) or len(words) < 4:
        return (" ".join(words),)
    splits = [(" ".join(words[:cut]), " ".join(words[cut:])) for cut in range(2, len(words) - 1)]
    return min(splits, key=lambda pair: max(width(pair[0]), width(pair[1])))


def _label_width(diagram: Diagram, style: DiagramStyle) -> float:
    """The width of the diagram's label column, 0 without labels."""
    widths = [
        stringWidth(line, style.label_font, style.label_size)
        for overlay in diagram.overlays
        if overlay.mark.caption()
        for line in wrap_label(
            overlay.mark.caption() or "", style, narrow=diagram.close_up is not None
        )
    ]
    return max(widths) + style.label_size * 1.4 if widths else 0


def picture_box(
    diagram: Picture, view: View, poses: Mapping[str, View], style: DiagramStyle
) -> Box:
    """The view's box with its body (a leg may rise past it) and the hands on it, in view units.

    Hands reach at most ``style.hand_reach`` of the view's width beyond its sides (and
    half that beyond its top and bottom); past that they are cut off by the picture's
    edge, as an arm leaves an illustration, rather than shrinking every picture.
    """
    place = Placement(view, Frame(0, 0, 1), style, (), poses)
    points = [(0.0, 0.0), (view.width, view.height), *view.outline()]  # a leg past the box
    for overlay in diagram.overlays:
        for outline in overlay.mark.outlines(place):
            points += outline
    left, bottom, right, top = bounds(points)
    reach = style.hand_reach * view.width
    return (
        max(left, -reach),
        max(bottom, -reach / 2),
        min(right, view.width + reach),
        min(top, view.height + reach / 2),
    )


@dataclass(frozen=True)
class _Need:
    """What one picture needs around the centre line, in view units, plus its labels."""

    left: float
    right: float
    height: float
    labels: float


def plan_grid(
    diagrams: Sequence[tuple[Diagram, View]], poses: Mapping[str, View], style: DiagramStyle
) -> Grid:
    """The largest scale at which every picture fits, with one centre line for all.

    Each figure, with its hands, must fit between the margins with its label column to
    its right, and fit the height left by the caption and the badge row. Close-ups
    take the room the others leave.
    """
    height = style.height - _caption_room(style) - _badge_room([d for d, _ in diagrams], style)
    height -= _margin(style)
    needs = []
    for diagram, view in diagrams:
        if diagram.close_up is not None:
            continue
        left, bottom, right, top = picture_box(diagram, view, poses, style)
        centre = view.middle()
        needs.append(
            _Need(centre - left, right - centre, top - bottom, _label_width(diagram, style))
        )
    low, high = 0.01, min((height / need.height for need in needs), default=1.0)
    for _ in range(40):
        scale = (low + high) / 2
        if _centre_range(needs, scale, style) is None:
            high = scale
        else:
            low = scale
    span = _centre_range(needs, low, style) or (style.width / 2, style.width / 2)
    return Grid(scale=round(low, 4), centre=round((span[0] + span[1]) / 2, 3))


def _centre_range(
    needs: Sequence[_Need], scale: float, style: DiagramStyle
) -> tuple[float, float] | None:
    """Where the centre line may lie so every picture and its labels fit, or None."""
    margin = _margin(style)
    lowest = max((margin + need.left * scale for need in needs), default=margin)
    highest = min(
        (style.width - margin - need.right * scale - need.labels for need in needs),
        default=style.width - margin,
    )
    return (lowest, highest) if lowest <= highest else None


def lay_out(
    diagram: Diagram,
    view: View,
    style: DiagramStyle,
    grid: Grid,
    poses: Mapping[str, View],
    *,
    caption: bool = True,
) -> DiagramLayout:
    """Every position in one diagram, from the booklet's grid."""
    margin = _margin(style)
    base = (_caption_room(style) if caption else 0) + margin * 0.5
    frame, window = _frame(diagram, view, style, grid, base, poses)
    placement = Placement(view, frame, style, (), poses)
    polygons = [tuple(frame(p) for p in polygon) for polygon in view.polygons()]
    for overlay in diagram.overlays:
        polygons += [tuple(outline) for outline in overlay.mark.outlines(placement)]
    labels = _place_labels(diagram, placement, window, polygons)
    top = max([window[3], *(label.box[3] for label in labels)])
    badge = None
    if diagram.repeat:
        width, height = badge_size(diagram.repeat, style)
        right = min(window[2] + width * 0.35, style.width - margin * 0.3)
        bottom = top + style.label_size * 0.4
        badge = (right - width, bottom, right, bottom + height)
        top = badge[3]
    return DiagramLayout(
        width=style.width,
        height=top + margin * 0.5,
        frame=frame,
        window=window,
        close_up=diagram.close_up is not None,
        polygons=tuple(polygons),
        labels=tuple(labels),
        badge=badge,
        caption_y=style.label_size * 0.45,
        placement=placement,
        centre=grid.centre,
    )


def _frame(
    diagram: Diagram,
    view: View,
    style: DiagramStyle,
    grid: Grid,
    base: float,
    poses: Mapping[str, View],
) -> tuple[Frame, Box]:
    """Where the view's units land, and the window the picture is clipped to."""
    scale, margin = grid.scale, _margin(style)
    if diagram.close_up is None:
        left, bottom, right, top = picture_box(diagram, view, poses, style)
        frame = Frame(grid.centre - view.middle() * scale, base - bottom * scale, scale)
        x0, y0 = frame((left, bottom))
        x1, y1 = frame((right, top))
        return frame, (max(x0, margin * 0.3), y0, min(x1, style.width - margin * 0.3), y1)
    zoomed = scale * diagram.close_up.zoom
    room = style.width - margin - _label_width(diagram, style) - grid.centre
    half = min(grid.centre - margin, room, view.width * zoomed / 2)
    height = min(view.height * scale, view.height * zoomed, half * 2 * CLOSE_UP_ASPECT)
    window = (grid.centre - half, base, grid.centre + half, base + height)
    ax, ay = view.resolve(diagram.close_up.at)  # centred, even where that shows paper
    return Frame(grid.centre - ax * zoomed, base + height / 2 - ay * zoomed, zoomed), window


def _place_labels(
    diagram: Diagram,
    placement: Placement,
    window: Box,
    polygons: Sequence[Sequence[Point]],
) -> list[LabelBox]:
    """Labels in a column right of the figure, each as near its point's height as can be.

    A leader line crosses no outline but those around its point, and those once each.
    """
    view, frame, style = placement.view, placement.frame, placement.style
    kin: dict[str, list[Point]] = {}
    for overlay in diagram.overlays:
        point = overlay.mark.anchor()
        if point is not None:
            kin.setdefault(overlay.kind, []).append(frame(view.resolve(point)))
    texts: list[tuple[str, Point, float]] = []
    for overlay in diagram.overlays:
        text = overlay.mark.caption()
        if text:
            anchor: PointRef | None = overlay.mark.anchor()
            target = view.centre() if anchor is None else view.resolve(anchor)
            place = replace(placement, same_kind=tuple(kin.get(overlay.kind, ())))
            texts.append((text, frame(target), overlay.mark.clearance(place)))
    texts.sort(key=lambda item: -item[1][1])
    column = _Column(
        window[2] + style.label_size * 1.2,
        style.label_size * 1.25,
        window,
        [(polygon, bounds(polygon)) for polygon in polygons],
        style,
    )
    placed: list[LabelBox] = []
    for text, target, clearance in texts:
        lines = wrap_label(text, style, narrow=diagram.close_up is not None)
        placed.append(column.best(lines, target, clearance, placed))
    return placed


@dataclass(frozen=True)
class _Column:
    """The label column beside one figure, and what its leader lines must keep clear of."""

    x: float
    leading: float
    window: Box
    shapes: Sequence[tuple[Sequence[Point], Box]]
    style: DiagramStyle

    def best(
        self,
        lines: tuple[str, ...],
        target: Point,
        clearance: float,
        placed: Sequence[LabelBox],
    ) -> LabelBox:
        """The label nearest its point's height whose box and leader keep clear.

        The leader starts ``clearance`` from its point, toward the label, so it leaves a
        ring mark through its side.
        """
        size = self.style.label_size
        width = max(stringWidth(line, self.style.label_font, size) for line in lines)
        height = self.leading * (len(lines) - 1) + size
        candidates: list[LabelBox] = []
        for step in range(0, 60):
            for sign in (1, -1) if step else (1,):
                middle = target[1] + sign * step * size * 0.25
                baseline = middle + height / 2 - size * 0.8
                box = (self.x, middle - height / 2, self.x + width, middle + height / 2)
                end = (self.x - size * 0.3, baseline + size * 0.32)
                label = LabelBox(
                    lines, self.x, baseline, box, (_toward(target, end, clearance), end)
                )
                if box[1] < self.window[1] - size or any(
                    boxes_overlap(box, other.box, size * 0.25) for other in placed
                ):
                    continue
                if _leader_clear(label.leader, self.shapes, self.window, placed):
                    return label
                candidates.append(label)
        if not candidates:  # no room below the window either: keep it at its point's height
            box = (self.x, target[1], self.x + width, target[1] + height)
            return LabelBox(lines, self.x, target[1], box, (target, (self.x, target[1])))
        return candidates[0]


def _toward(start: Point, end: Point, distance: float) -> Point:
    """The point ``distance`` from ``start`` on the way to ``end``."""
    length = math.dist(start, end)
    if length <= distance or length == 0:
        return start
    share = distance / length
    return (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)


def _leader_clear(
    leader: tuple[Point, Point],
    shapes: Sequence[tuple[Sequence[Point], Box]],
    window: Box,
    placed: Sequence[LabelBox],
) -> bool:
    """Whether a leader enters each outline around its point once and crosses no other."""
    start, end = leader
    reach = (
        min(start[0], end[0]),
        min(start[1], end[1]),
        max(start[0], end[0]),
        max(start[1], end[1]),
    )
    for polygon, box in shapes:
        if not boxes_overlap(reach, box):
            continue  # the outline lies wholly aside: no crossing, and the point is not in it
        visible = [
            point
            for point in segment_crossings(start, end, polygon)
            if window[0] <= point[0] <= window[2] and window[1] <= point[1] <= window[3]
        ]
        if len(visible) != (1 if inside(start, polygon) else 0):
            return False
    return not any(_crosses(leader, other.leader) for other in placed)


def _crosses(first: tuple[Point, Point], second: tuple[Point, Point]) -> bool:
    return segments_cross(first[0], first[1], second[0], second[1])


def badge_clear(layout: DiagramLayout) -> bool:
    """Whether the badge keeps off every outline (a check the tests use too)."""
    return layout.badge is None or not any(
        box_touches_polygon(layout.badge, polygon) for polygon in layout.polygons
    )
