"""Where everything in a step diagram goes, as numbers, before anything is drawn.

Every picture of a booklet shares one scale and one centre line (the :class:`Grid`), so
a foot is the same size from step to step and the column of pictures reads straight
down the page. Per diagram, :func:`lay_out` places the figure (or the enlarged part of
it, for a close-up), the labels in a margin column with leader lines that enter the
figure only where they point, and the repetitions badge above the figure, clear of it.
Drawing (:mod:`booklet.render.diagram`) follows these numbers, and tests check them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from reportlab.pdfbase.pdfmetrics import stringWidth

from booklet.marks.base import DiagramStyle, Frame, Placement, PointRef
from booklet.model.content import Diagram, Inset, Picture
from booklet.model.geometry import (
    Box,
    Point,
    bounds,
    box_touches_polygon,
    boxes_overlap,
)
from booklet.model.views import View
from booklet.render.diagram_inset import (
    CUT_OFF,
    InsetLayout,
    InsetView,
    column_width,
    holding,
    inset_width,
    place_inset,
)
from booklet.render.diagram_labels import Column, LabelBox, wrap_label


@dataclass(frozen=True)
class Grid:
    """The scale (points per view unit) and centre line every picture of a booklet shares."""

    scale: float
    centre: float


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
    inset: InsetLayout | None = None
    """The second, smaller view in the label column, if the diagram has one."""


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
        for outline in overlay.mark.extent(place):
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
    inset: tuple[float, float] = (0.0, 0.0)
    """An inset's width in the column: in view units (it scales), and its caption's."""


def plan_grid(
    diagrams: Sequence[tuple[Diagram, View]],
    poses: Mapping[str, View],
    style: DiagramStyle,
    insets: Sequence[InsetView | None] = (),
) -> Grid:
    """The largest scale at which every picture fits, with one centre line for all.

    Each figure, with its hands, must fit between the margins with its label column to
    its right (holding its inset, if any: ``insets`` lists them in the diagrams'
    order), and fit the height left by the caption and the badge row. Close-ups take
    the room the others leave.
    """
    height = style.height - _caption_room(style) - _badge_room([d for d, _ in diagrams], style)
    height -= _margin(style)
    needs = []
    for index, (diagram, view) in enumerate(diagrams):
        if diagram.close_up is not None:
            continue
        left, bottom, right, top = picture_box(diagram, view, poses, style)
        need = _Need(view.middle() - left, right - view.middle(), top - bottom, 0)
        need = replace(need, labels=_label_width(diagram, style))
        inset = insets[index] if index < len(insets) else None
        if diagram.inset is not None and inset is not None:
            box = picture_box(diagram.inset, inset.view, poses, style)
            tall = (box[3] - box[1]) * diagram.inset.scale
            need = replace(
                need,
                height=max(need.height, tall),
                inset=column_width(diagram.inset, inset, box, style),
            )
        needs.append(need)
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
        (style.width - margin - need.right * scale - _column(need, scale, style) for need in needs),
        default=style.width - margin,
    )
    return (lowest, highest) if lowest <= highest else None


def _column(need: _Need, scale: float, style: DiagramStyle) -> float:
    """The width of a picture's label column at ``scale``: its labels, or its inset."""
    units, caption = need.inset
    if not units:
        return need.labels
    return max(need.labels, style.label_size * 1.2 + max(units * scale, caption))


def lay_out(
    diagram: Diagram,
    view: View,
    style: DiagramStyle,
    grid: Grid,
    poses: Mapping[str, View],
    *,
    caption: bool = True,
    inset: InsetView | None = None,
) -> DiagramLayout:
    """Every position in one diagram, from the booklet's grid (``inset``: its inset's view)."""
    margin = _margin(style)
    base = (_caption_room(style) if caption else 0) + margin * 0.5
    frame, window = _frame(diagram, view, style, grid, base, poses)
    placement = Placement(view, frame, style, (), poses)
    polygons = [tuple(frame(p) for p in polygon) for polygon in view.polygons()]
    for overlay in diagram.overlays:
        outlines = [tuple(outline) for outline in overlay.mark.outlines(placement)]
        polygons += outlines
        if diagram.close_up is None and overlay.kind not in CUT_OFF:
            window = holding(window, outlines, style)
    labels = _place_labels(diagram, placement, window, polygons)
    placed = None
    if diagram.inset is not None and inset is not None:
        where = (window, base, grid.scale)
        clear_of = (labels, polygons)
        placed, move = _inset_in_column(diagram.inset, inset, where, clear_of, style, poses)
        if move:
            labels = _place_labels(diagram, placement, window, polygons, (placed.room,))
    every = polygons + list(placed.polygons if placed else ())
    top = max([window[3], *(label.box[3] for label in labels)])
    top = max(top, placed.window[3] if placed else top)
    badge = _badge(diagram.repeat, window, top, style)
    top = badge[3] if badge else top
    return DiagramLayout(
        width=style.width,
        height=top + margin * 0.5,
        frame=frame,
        window=window,
        close_up=diagram.close_up is not None,
        polygons=tuple(every),
        labels=tuple(labels),
        badge=badge,
        caption_y=style.label_size * 0.45,
        placement=placement,
        centre=grid.centre,
        inset=placed,
    )


def _badge(repeat: str | None, window: Box, top: float, style: DiagramStyle) -> Box | None:
    """The repetitions badge's box, above everything under ``top``, or None without one."""
    if not repeat:
        return None
    width, height = badge_size(repeat, style)
    right = min(window[2] + width * 0.35, style.width - _margin(style) * 0.3)
    bottom = top + style.label_size * 0.4
    return (right - width, bottom, right, bottom + height)


def _inset_in_column(
    diagram: Inset,
    inset: InsetView,
    where: tuple[Box, float, float],
    clear_of: tuple[Sequence[LabelBox], Sequence[Sequence[Point]]],
    style: DiagramStyle,
    poses: Mapping[str, View],
) -> tuple[InsetLayout, bool]:
    """The inset where it first fits, and whether the labels must move off it.

    ``where`` is the main window, the picture's baseline and the booklet's scale;
    ``clear_of`` the labels and the main picture's outlines. The labels keep the
    heights of the places they name and the inset takes what they leave: under them
    in their column, else beside the figure on its left (on the same baseline), else
    above the labels while the picture still fits its box; failing all three, it
    stands at the column's foot and the labels move up off it.
    """
    window, base, scale = where
    labels, polygons = clear_of
    box = picture_box(diagram, inset.view, poses, style)
    column = window[2] + style.label_size * 1.2
    placed = place_inset(diagram, inset, box, (column, base, scale), style, poses)
    if not any(boxes_overlap(placed.room, label.box) for label in labels):
        return placed, False
    width = max(
        inset_width(diagram, box, scale, style), column_width(diagram, inset, box, style)[1]
    )
    left = max(window[0] - style.mark_size - width, _margin(style) * 0.3)
    beside = place_inset(diagram, inset, box, (left, base, scale), style, poses)
    if not any(box_touches_polygon(beside.room, polygon) for polygon in polygons):
        return beside, False
    above = max(label.box[3] for label in labels) + style.label_size * 0.7
    stacked = place_inset(diagram, inset, box, (column, above, scale), style, poses)
    if stacked.window[3] + _margin(style) * 0.5 <= style.height:
        return stacked, False
    return placed, True


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
    aspect = diagram.close_up.aspect  # at most 1: the detail, never a tall strip of it
    height = min(view.height * scale, view.height * zoomed, half * 2 * aspect)
    window = (grid.centre - half, base, grid.centre + half, base + height)
    ax, ay = view.resolve(diagram.close_up.at)  # centred, even where that shows paper
    return Frame(grid.centre - ax * zoomed, base + height / 2 - ay * zoomed, zoomed), window


def _place_labels(
    diagram: Diagram,
    placement: Placement,
    window: Box,
    polygons: Sequence[Sequence[Point]],
    keep_off: tuple[Box, ...] = (),
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
            target = frame(view.centre() if anchor is None else view.resolve(anchor))
            place = replace(placement, same_kind=tuple(kin.get(overlay.kind, ())))
            target = overlay.mark.pointer(place) or target
            texts.append((text, target, overlay.mark.clearance(place)))
    # top down, each label as near its point as the ones above it leave room for; moved
    # up off an inset at the column's foot, bottom up, so they keep their points' order
    texts.sort(key=lambda item: item[1][1] if keep_off else -item[1][1])
    column = Column(
        window[2] + style.label_size * 1.2,
        style.label_size * 1.25,
        window,
        [(polygon, bounds(polygon)) for polygon in polygons],
        style,
        keep_off,
    )
    placed: list[LabelBox] = []
    for text, target, clearance in texts:
        lines = wrap_label(text, style, narrow=diagram.close_up is not None)
        placed.append(column.best(lines, target, clearance, placed))
    return placed


def badge_clear(layout: DiagramLayout) -> bool:
    """Whether the badge keeps off every outline (a check the tests use too)."""
    return layout.badge is None or not any(
        box_touches_polygon(layout.badge, polygon) for polygon in layout.polygons
    )
