"""Step diagrams: a view with its overlay marks, drawn with ReportLab's graphics module.

The view (a figure with landmarks) comes from the content's view files and the marks
from :mod:`booklet.marks`; this module fits the figure into the diagram's box, draws
the marks over it in their order, sets the labels in a column beside it with leader
lines, adds the repetitions badge and names the view in a caption underneath.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Group, Line, Path, String
from reportlab.lib.colors import Color, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from booklet.marks import MARKS, REPEAT
from booklet.marks.base import DiagramStyle, Frame, Placement, PointRef
from booklet.model.content import Diagram
from booklet.model.views import Command, Point, Shape, View

DRAWING_ORDER = {mark.kind: index for index, mark in enumerate(MARKS)}


def _font(text: str, font: str, style: DiagramStyle) -> str:
    """``font``, or the fallback face when ``font`` lacks some of ``text``'s characters."""
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    if style.fallback_font and any(ord(ch) not in glyphs for ch in text if not ch.isspace()):
        return style.fallback_font
    return font


def draw_diagram(
    diagram: Diagram,
    view: View,
    style: DiagramStyle,
    *,
    caption: str | None = None,
    number: int | None = None,
) -> Drawing:
    """The whole diagram of one step on ``view``, ``style.width`` by ``style.height`` points.

    ``caption`` names the view just under the picture, so two views of one figure can
    never be confused; ``number`` puts the step number in the corner.
    """
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
    drawing.add(_figure(view, frame, style))
    for group in _marks(diagram, view, frame, style):
        drawing.add(group)
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
        drawing.add(_caption(caption, drawing, view, frame, style))
    return drawing


def _marks(diagram: Diagram, view: View, frame: Frame, style: DiagramStyle) -> list[Group]:
    """Every overlay drawn in its kind's order, each knowing where its kin sit."""
    anchors: dict[str, list[Point]] = {}
    for overlay in diagram.overlays:
        anchor = overlay.mark.anchor()
        if anchor is not None:
            anchors.setdefault(overlay.kind, []).append(frame(view.resolve(anchor)))
    groups = []
    for overlay in sorted(diagram.overlays, key=lambda overlay: DRAWING_ORDER[overlay.kind]):
        place = Placement(view, frame, style, tuple(anchors.get(overlay.kind, ())))
        groups.append(overlay.mark.draw(place))
    return groups


def _caption(
    caption: str, drawing: Drawing, view: View, frame: Frame, style: DiagramStyle
) -> String:
    """The view's name, centred under the figure and clear of everything drawn."""
    centre = frame.x + view.width * frame.scale / 2
    return String(
        centre,
        max(drawing.getBounds()[1] - style.label_size * 1.3, style.label_size * 0.3),
        caption,
        fontName=_font(caption, style.caption_font, style),
        fontSize=style.label_size,
        fillColor=style.label,
        textAnchor="middle",
    )


def _labels(diagram: Diagram) -> list[tuple[str, PointRef | None]]:
    """Every piece of text the diagram shows, with the point its leader line goes to."""
    labels = []
    for overlay in diagram.overlays:
        text = overlay.mark.caption()
        if text:
            labels.append((text, overlay.mark.anchor()))
    return labels


def _fit(view: View, style: DiagramStyle, label_room: float, caption_room: float = 0) -> Frame:
    """Scale the view into the drawing, leaving room for marks, labels and the caption."""
    room_width = style.width - label_room - style.mark_size * 2
    room_height = style.height - caption_room - style.mark_size * 2
    scale = min(room_width / view.width, room_height / view.height)
    x = (room_width - view.width * scale) / 2 + style.mark_size
    y = caption_room + (room_height - view.height * scale) / 2 + style.mark_size
    return Frame(x, y, scale)


def _figure(view: View, frame: Frame, style: DiagramStyle) -> Group:
    """The view's figure: parts behind (or in front of) the body, then accents and details."""
    parts = Group(
        *(
            _shape(part, frame, style.figure_fill, style.figure_outline, style.outline_width)
            for part in view.parts
        )
    )
    figure = Group() if view.parts_in_front else Group(parts)
    body = _path(view.body, frame, close=True)
    body.fillColor, body.strokeColor = style.figure_fill, None
    figure.add(body)
    outline = _path(view.body, frame, close=not view.open)
    outline.fillColor, outline.strokeColor = None, style.figure_outline
    outline.strokeWidth, outline.strokeLineJoin = style.outline_width, 1
    figure.add(outline)
    if view.parts_in_front:
        figure.add(parts)
    for accent in view.accents:
        figure.add(_shape(accent, frame, white, style.figure_outline, style.detail_width * 1.4))
    for detail in view.details:
        line = _shape(detail, frame, None, style.figure_detail, style.detail_width)
        if detail.kind == "path":
            line.strokeLineCap = 1
        figure.add(line)
    return figure


def _shape(
    shape: Shape, frame: Frame, fill: Color | None, stroke: Color, width: float
) -> Ellipse | Path:
    """An ellipse, or a path (closed and filled only when it has a fill)."""
    if shape.kind == "ellipse":
        return _ellipse(shape.ellipse, frame, fill, stroke, width)
    path = _path(shape.path, frame, close=fill is not None)
    path.fillColor, path.strokeColor, path.strokeWidth = fill, stroke, width
    return path


def _path(commands: Sequence[Command], frame: Frame, *, close: bool) -> Path:
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
    frame: Frame,
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


def _label_column(
    labels: list[tuple[str, PointRef | None]],
    view: View,
    frame: Frame,
    style: DiagramStyle,
    top: float,
) -> Group:
    """Labels stacked to the right of the figure, each with a leader line to its point.

    ``top`` is the highest a label may sit, below the repetitions badge if there is one.
    """
    group = Group()
    column_x = frame.x + view.width * frame.scale + style.label_size * 1.6
    leading = style.label_size * 1.35
    targets = sorted(
        (
            (text, frame(view.centre() if point is None else view.resolve(point)))
            for text, point in labels
        ),
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


def _badge(text: str, view: View, frame: Frame, style: DiagramStyle) -> Group:
    """The repetitions badge ("×5"), at the top right corner of the figure."""
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
    """One mark (or the repetitions badge), alone, for the legend that explains them."""
    height = width * 0.8
    drawing = _drawing(width, height, style)
    if kind == REPEAT:
        badge_width, badge_height = _badge_size("×5", style)
        drawing.add(_badge_at("×5", (width - badge_width) / 2, (height - badge_height) / 2, style))
        return drawing
    mark = next(mark for mark in MARKS if mark.kind == kind)
    for group in mark.symbol(style, width, height) or []:
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
