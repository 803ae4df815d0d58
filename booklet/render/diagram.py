"""Step diagrams: a foot view with motion marks, drawn with ReportLab's graphics module.

Every mark differs by shape, not only by colour, so a diagram reads in black and white
and for colour-blind readers: a solid arrow for a stroke, a small circling arrow for
thumb circles, a dot in a ring for a press, a thumb for where the hand goes, a wide
curved arrow for turning. Each mark sits on a white halo so it stands off the foot.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Group, Line, Path, Polygon, String
from reportlab.lib.colors import Color, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from booklet.model.content import Diagram, Overlay
from booklet.model.views import Command, FootView, Point, foot_view, hatch_segments, smooth_path

DRAWING_ORDER = {
    "hatch": 0,
    "stroke": 1,
    "rotate": 2,
    "circles": 3,
    "press": 4,
    "avoid": 5,
    "hand": 6,
    "label": 7,
}
"""Long marks first, small ones on top, so no arrow's halo cuts through a circle."""


@dataclass(frozen=True)
class DiagramStyle:
    """Sizes, fonts and colours of diagrams, resolved from the layout."""

    width: float
    height: float
    outline_width: float
    detail_width: float
    mark_width: float
    mark_size: float
    label_font: str
    label_size: float
    caption_font: str
    badge_font: str
    badge_size: float
    fallback_font: str | None
    foot_fill: Color
    foot_outline: Color
    foot_detail: Color
    mark: Color
    on_mark: Color
    label: Color


def _font(text: str, font: str, style: DiagramStyle) -> str:
    """``font``, or the fallback face when ``font`` lacks some of ``text``'s characters."""
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    if style.fallback_font and any(ord(ch) not in glyphs for ch in text if not ch.isspace()):
        return style.fallback_font
    return font


@dataclass(frozen=True)
class _Frame:
    """Where the view's units land in the drawing: offset and scale."""

    x: float
    y: float
    scale: float

    def __call__(self, point: Point) -> Point:
        return (self.x + point[0] * self.scale, self.y + point[1] * self.scale)


def draw_diagram(
    diagram: Diagram, style: DiagramStyle, *, caption: str | None = None, number: int | None = None
) -> Drawing:
    """The whole diagram of one step, ``style.width`` by ``style.height`` points.

    ``caption`` names the view just under the picture ("Bottom of the foot"), so the
    sole and the top can never be confused.
    """
    view = foot_view(diagram.view, diagram.foot)
    labels = _labels(diagram)
    drawing = _drawing(style.width, style.height, style)
    label_width = max(
        (
            stringWidth(line, style.label_font, style.label_size)
            for text, _ in labels
            for line in _wrap(text, style)
        ),
        default=0,
    )
    caption_room = style.label_size * 1.8 if caption else 0
    frame = _fit(view, style, label_width + style.label_size * 2 if labels else 0, caption_room)
    drawing.add(_foot(view, frame, style))
    radius = _circle_radius(diagram, view, frame, style)
    for overlay in sorted(diagram.overlays, key=lambda overlay: DRAWING_ORDER[overlay.kind]):
        drawing.add(_mark(overlay, view, frame, style, radius))
    if labels:
        top = style.height
        if diagram.repeat:
            top = frame.y + view.height * frame.scale - _badge_size(diagram.repeat, style)[1]
        drawing.add(_label_column(labels, view, frame, style, top))
    if diagram.repeat:
        drawing.add(_badge(diagram.repeat, view, frame, style))
    if number is not None:
        drawing.add(_number(number, style))
    if caption:
        centre = frame.x + view.width * frame.scale / 2
        drawing.add(
            String(
                centre,
                max(drawing.getBounds()[1] - style.label_size * 1.3, style.label_size * 0.3),
                caption,
                fontName=_font(caption, style.caption_font, style),
                fontSize=style.label_size,
                fillColor=style.label,
                textAnchor="middle",
            )
        )
    return drawing


def _labels(diagram: Diagram) -> list[tuple[str, object]]:
    """Every piece of text the diagram shows, with the point its leader line goes to."""
    labels = []
    for overlay in diagram.overlays:
        value = overlay.value
        if overlay.kind == "label":
            labels.append((value.text, value.at))
        elif getattr(value, "label", None):
            point = value.path[-1] if overlay.kind == "stroke" else getattr(value, "at", None)
            labels.append((value.label, point if point is not None else value.around))
    return labels


def _fit(view: FootView, style: DiagramStyle, label_room: float, caption_room: float = 0) -> _Frame:
    """Scale the view into the drawing, leaving room for marks, labels and the caption."""
    room_width = style.width - label_room - style.mark_size * 2
    room_height = style.height - caption_room - style.mark_size * 2
    scale = min(room_width / view.width, room_height / view.height)
    x = (room_width - view.width * scale) / 2 + style.mark_size
    y = caption_room + (room_height - view.height * scale) / 2 + style.mark_size
    return _Frame(x, y, scale)


def _foot(view: FootView, frame: _Frame, style: DiagramStyle) -> Group:
    toes = Group(
        *(
            _ellipse(part.ellipse, frame, style.foot_fill, style.foot_outline, style.outline_width)
            for part in view.parts
        )
    )
    foot = Group() if view.toes_in_front else Group(toes)
    body = _path(view.body, frame, close=True)
    body.fillColor, body.strokeColor = style.foot_fill, None
    foot.add(body)
    outline = _path(view.body, frame, close=not view.open)
    outline.fillColor, outline.strokeColor = None, style.foot_outline
    outline.strokeWidth, outline.strokeLineJoin = style.outline_width, 1
    foot.add(outline)
    if view.toes_in_front:
        foot.add(toes)
    for nail in view.nails:
        foot.add(_ellipse(nail.ellipse, frame, white, style.foot_outline, style.detail_width * 1.4))
    for detail in view.details:
        if detail.kind == "ellipse":
            foot.add(_ellipse(detail.ellipse, frame, None, style.foot_detail, style.detail_width))
        else:
            line = _path(detail.path, frame, close=False)
            line.fillColor, line.strokeColor = None, style.foot_detail
            line.strokeWidth, line.strokeLineCap = style.detail_width, 1
            foot.add(line)
    return foot


def _path(commands: Sequence[Command], frame: _Frame, *, close: bool) -> Path:
    path = Path()
    for op, values in commands:
        points = [frame((values[i], values[i + 1])) for i in range(0, len(values), 2)]
        if op == "M":
            path.moveTo(*points[0])
        elif op == "L":
            path.lineTo(*points[0])
        elif op == "C":
            path.curveTo(*points[0], *points[1], *points[2])
        elif op == "Z" and close:
            path.closePath()
    return path


def _ellipse(
    spec: tuple[float, float, float, float],
    frame: _Frame,
    fill: Color | None,
    stroke: Color,
    width: float,
) -> Ellipse:
    x, y = frame(spec[:2])
    return Ellipse(
        x,
        y,
        spec[2] * frame.scale,
        spec[3] * frame.scale,
        fillColor=fill,
        strokeColor=stroke,
        strokeWidth=width,
    )


def _mark(
    overlay: Overlay, view: FootView, frame: _Frame, style: DiagramStyle, radius: float
) -> Group:
    value = overlay.value
    if overlay.kind == "stroke":
        points = [frame(view.resolve(p)) for p in value.path]
        return stroke_arrow(points, style, both_ways=value.both_ways)
    if overlay.kind == "hatch":
        return hatching([frame(point) for point in view.outline()], style)
    if overlay.kind == "avoid":
        return avoid_mark(frame(view.resolve(value.at)), style)
    if overlay.kind == "circles":
        return circling_arrow(frame(view.resolve(value.at)), style, radius)
    if overlay.kind == "press":
        return press_point(frame(view.resolve(value.at)), style)
    if overlay.kind == "hand":
        return thumb(frame(view.resolve(value.at)), style)
    if overlay.kind == "rotate":
        return turning_arrow(frame(view.resolve(value.around)), value.direction, style)
    return Group()  # labels are drawn in the label column


def stroke_arrow(points: Sequence[Point], style: DiagramStyle, *, both_ways: bool = False) -> Group:
    """A smooth arrow through ``points``, ending on the last one (and the first, both ways)."""
    segments = smooth_path(points)
    head = style.mark_size * 1.1
    end_control, end = segments[-1][1], segments[-1][2]
    angle = math.atan2(end[1] - end_control[1], end[0] - end_control[0])
    shaft_end = (end[0] - math.cos(angle) * head * 0.6, end[1] - math.sin(angle) * head * 0.6)
    segments[-1] = (segments[-1][0], segments[-1][1], shaft_end)
    start = points[0]
    start_angle = math.atan2(start[1] - segments[0][0][1], start[0] - segments[0][0][0])
    if both_ways:
        start = (
            start[0] - math.cos(start_angle) * head * 0.6,
            start[1] - math.sin(start_angle) * head * 0.6,
        )

    def shaft(color: Color, width: float) -> Path:
        path = Path(
            strokeColor=color, strokeWidth=width, fillColor=None, strokeLineCap=1, strokeLineJoin=1
        )
        path.moveTo(*start)
        for control1, control2, point in segments:
            path.curveTo(*control1, *control2, *point)
        return path

    group = Group(shaft(white, style.mark_width * 2.6), shaft(style.mark, style.mark_width))
    group.add(_arrow_head(end, angle, head, style))
    if both_ways:
        group.add(_arrow_head(points[0], start_angle, head, style))
    return group


def hatching(outline: Sequence[Point], style: DiagramStyle) -> Group:
    """Diagonal lines over the whole foot: cover this whole area."""
    group = Group()
    for start, end in hatch_segments(outline, style.mark_size * 0.9):
        group.add(
            Line(
                *start,
                *end,
                strokeColor=style.mark,
                strokeWidth=style.mark_width * 0.35,
                strokeLineCap=1,
            )
        )
    return group


def avoid_mark(centre: Point, style: DiagramStyle) -> Group:
    """A circle with a bar through it: not here."""
    radius = style.mark_size * 1.05
    offset = radius * math.sqrt(0.5)
    return Group(
        Circle(*centre, radius + style.mark_width, fillColor=white, strokeColor=None),
        Circle(
            *centre, radius, fillColor=None, strokeColor=style.mark, strokeWidth=style.mark_width
        ),
        Line(
            centre[0] - offset,
            centre[1] + offset,
            centre[0] + offset,
            centre[1] - offset,
            strokeColor=style.mark,
            strokeWidth=style.mark_width,
            strokeLineCap=1,
        ),
    )


def _circle_radius(diagram: Diagram, view: FootView, frame: _Frame, style: DiagramStyle) -> float:
    """Circles shrink when they sit close together (one on each toe) so they never touch."""
    centres = [
        frame(view.resolve(overlay.value.at))
        for overlay in diagram.overlays
        if overlay.kind == "circles"
    ]
    gaps = [math.dist(a, b) for i, a in enumerate(centres) for b in centres[i + 1 :]]
    widest = style.mark_size
    return min(widest, min(gaps, default=widest * 3) * 0.5 - style.mark_width * 0.25)


def circling_arrow(centre: Point, style: DiagramStyle, radius: float) -> Group:
    """A small circle that nearly closes, with an arrowhead: make small circles here."""
    return _arc_arrow(centre, radius, radius, 100, 310, style)


def turning_arrow(centre: Point, direction: str, style: DiagramStyle) -> Group:
    """A wide flattened circle with an arrowhead: turn slowly.

    "both" draws two halves, one each way, for "circle one way, then the other".
    """
    rx, ry = style.mark_size * 3.4, style.mark_size * 1.7
    if direction == "both":
        return Group(
            _arc_arrow(centre, rx, ry, 190, 150, style),
            _arc_arrow(centre, rx, ry, 170, -150, style),
        )
    sweep = 300 if direction == "counterclockwise" else -300
    return _arc_arrow(centre, rx, ry, 200, sweep, style)


def _arc_arrow(
    centre: Point, rx: float, ry: float, start: float, sweep: float, style: DiagramStyle
) -> Group:
    """An elliptical arc from ``start`` through ``sweep`` degrees, ending in an arrowhead."""
    head = max(style.mark_width * 2.6, min(rx, ry) * 0.95)
    end = start + sweep
    trim = math.degrees(head * 0.6 / ((rx + ry) / 2))
    shaft_end = end - math.copysign(trim, sweep)
    steps = 32
    angles = [math.radians(start + (shaft_end - start) * i / steps) for i in range(steps + 1)]
    points = [(centre[0] + rx * math.cos(a), centre[1] + ry * math.sin(a)) for a in angles]
    tip_angle = math.radians(end)
    tip = (centre[0] + rx * math.cos(tip_angle), centre[1] + ry * math.sin(tip_angle))
    heading = math.atan2(tip[1] - points[-1][1], tip[0] - points[-1][0])

    def arc(color: Color, width: float) -> Path:
        path = Path(strokeColor=color, strokeWidth=width, fillColor=None, strokeLineCap=1)
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        return path

    group = Group(arc(white, style.mark_width * 2.6), arc(style.mark, style.mark_width))
    group.add(_arrow_head(tip, heading, head, style))
    return group


def _arrow_head(tip: Point, angle: float, size: float, style: DiagramStyle) -> Polygon:
    spread = math.radians(28)
    back = [
        (tip[0] - size * math.cos(angle + side), tip[1] - size * math.sin(angle + side))
        for side in (spread, -spread)
    ]
    return Polygon(
        [tip[0], tip[1], back[0][0], back[0][1], back[1][0], back[1][1]],
        fillColor=style.mark,
        strokeColor=white,
        strokeWidth=style.mark_width * 0.5,
        strokeLineJoin=1,
    )


def press_point(centre: Point, style: DiagramStyle) -> Group:
    """A dot in a ring: press gently here."""
    radius = style.mark_size
    return Group(
        Circle(*centre, radius + style.mark_width, fillColor=white, strokeColor=None),
        Circle(
            *centre, radius, fillColor=None, strokeColor=style.mark, strokeWidth=style.mark_width
        ),
        Circle(*centre, radius * 0.42, fillColor=style.mark, strokeColor=None),
    )


def thumb(tip: Point, style: DiagramStyle) -> Group:
    """A thumb seen from above, tilted, its tip on the point: where your hand goes."""
    width, length = style.mark_size * 2.1, style.mark_size * 4.2
    half = width / 2
    outline = Path(
        fillColor=white,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * 0.75,
        strokeLineJoin=1,
        strokeLineCap=1,
    )
    outline.moveTo(-half, -length + half)
    outline.lineTo(-half, -half)
    outline.curveTo(-half, half * 0.35, half, half * 0.35, half, -half)
    outline.lineTo(half, -length + half)
    outline.curveTo(half, -length - half * 0.3, -half, -length - half * 0.3, -half, -length + half)
    outline.closePath()
    nail = Path(fillColor=style.mark, strokeColor=None)
    nail.moveTo(-half * 0.55, -half * 1.5)
    nail.lineTo(-half * 0.55, -half * 0.55)
    nail.curveTo(-half * 0.55, 0, half * 0.55, 0, half * 0.55, -half * 0.55)
    nail.lineTo(half * 0.55, -half * 1.5)
    nail.curveTo(half * 0.3, -half * 1.7, -half * 0.3, -half * 1.7, -half * 0.55, -half * 1.5)
    nail.closePath()
    crease = Line(
        -half * 0.6,
        -length * 0.62,
        half * 0.6,
        -length * 0.62,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * 0.45,
        strokeLineCap=1,
    )
    group = Group(outline, nail, crease)
    angle = math.radians(-28)
    cos, sin = math.cos(angle), math.sin(angle)
    group.transform = (cos, sin, -sin, cos, tip[0], tip[1])
    return group


def _label_column(
    labels: list[tuple[str, object]],
    view: FootView,
    frame: _Frame,
    style: DiagramStyle,
    top: float,
) -> Group:
    """Labels stacked to the right of the foot, each with a leader line to its point.

    ``top`` is the highest a label may sit, below the repetitions badge if there is one.
    """
    group = Group()
    column_x = frame.x + view.width * frame.scale + style.label_size * 1.6
    leading = style.label_size * 1.35
    targets = sorted(
        ((text, frame(view.resolve(point))) for text, point in labels),
        key=lambda item: -item[1][1],
    )
    previous_y = top - style.label_size * 0.4
    for text, (x, y) in targets:
        lines = _wrap(text, style)
        label_y = min(y - style.label_size * 0.35, previous_y - leading)
        previous_y = label_y - leading * (len(lines) - 1) - style.label_size * 0.3
        group.add(
            Line(
                x,
                y,
                column_x - 3,
                label_y + style.label_size * 0.35,
                strokeColor=style.label,
                strokeWidth=0.75,
            )
        )
        group.add(Circle(x, y, 1.8, fillColor=style.label, strokeColor=white, strokeWidth=0.6))
        for index, line in enumerate(lines):
            group.add(
                String(
                    column_x,
                    label_y - index * leading,
                    line,
                    fontName=_font(line, style.label_font, style),
                    fontSize=style.label_size,
                    fillColor=style.label,
                )
            )
    return group


def _wrap(text: str, style: DiagramStyle) -> list[str]:
    """Break a label into lines no wider than about a third of the diagram."""
    limit = style.width * 0.42
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(candidate, style.label_font, style.label_size) <= limit:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _badge(text: str, view: FootView, frame: _Frame, style: DiagramStyle) -> Group:
    """The repetitions badge ("×5"), at the top right corner of the foot."""
    width, height = _badge_size(text, style)
    x = min(frame.x + view.width * frame.scale - width * 0.4, style.width - width)
    y = min(frame.y + view.height * frame.scale - height * 0.6, style.height - height)
    return _badge_at(text, x, y, style)


def _badge_size(text: str, style: DiagramStyle) -> tuple[float, float]:
    return (
        stringWidth(text, style.badge_font, style.badge_size) + style.badge_size,
        style.badge_size * 1.6,
    )


def _badge_at(text: str, x: float, y: float, style: DiagramStyle) -> Group:
    """A rounded badge with white text, its lower left corner at ``(x, y)``."""
    width, height = _badge_size(text, style)
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


def _number(number: int, style: DiagramStyle) -> Group:
    """The step number, top left, so a diagram seen alone still says which step it is."""
    radius = style.badge_size * 0.85
    x, y = radius, style.height - radius
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
    """One mark, alone, for the legend that explains the symbols."""
    height = width * 0.8
    drawing = _drawing(width, height, style)
    centre = (width / 2, height / 2)
    if kind == "stroke":
        drawing.add(stroke_arrow([(width * 0.08, height / 2), (width * 0.92, height / 2)], style))
    elif kind == "circles":
        drawing.add(circling_arrow(centre, style, style.mark_size))
    elif kind == "press":
        drawing.add(press_point(centre, style))
    elif kind == "hand":
        drawing.add(thumb((width * 0.5, height * 0.98), replace(style, mark_size=height / 5.2)))
    elif kind == "rotate":
        drawing.add(_arc_arrow(centre, width * 0.4, height * 0.32, 190, 150, style))
        drawing.add(_arc_arrow(centre, width * 0.4, height * 0.32, 170, -150, style))
    elif kind == "hatch":
        square = [(2, 2), (width - 2, 2), (width - 2, height - 2), (2, height - 2)]
        drawing.add(hatching(square, style))
    elif kind == "avoid":
        drawing.add(avoid_mark(centre, style))
    elif kind == "repeat":
        badge_width, badge_height = _badge_size("×5", style)
        drawing.add(_badge_at("×5", (width - badge_width) / 2, (height - badge_height) / 2, style))
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
