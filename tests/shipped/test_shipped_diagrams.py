"""The shipped topics' step pictures, measured: hands in every one, nothing colliding.

Each check walks every diagram of every shipped topic in every layout and asks the
diagram layout (the numbers the drawing follows) whether labels, badges and leader
lines keep clear of each other and of the figure; the PDF checks read the drawn pages.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pdfplumber
import pytest
from shipped_builds import LAYOUTS, ROOT, TOPICS, topic_id

from booklet.model.content import Content, load_content
from booklet.model.geometry import boxes_overlap, inside, segment_crossings, segments_cross
from booklet.model.layout import load_layout
from booklet.pipeline import BuildRequest, build
from booklet.render.diagram import booklet_grid, inset_of
from booklet.render.diagram_labels import LABEL_GAP
from booklet.render.diagram_layout import badge_clear, lay_out, wrap_label
from booklet.render.styles import build_diagram_style
from booklet.variant.resolve import Project


@pytest.fixture(scope="module", params=TOPICS, ids=topic_id)
def content(request) -> Content:
    return load_content(request.param)


@pytest.fixture(scope="module", params=LAYOUTS)
def layouts(request, content: Content, fonts_registered):
    """Every diagram of ``content`` laid out in one layout, with its step's title.

    Each is laid out as it is printed, with its inset, which may move the labels.
    """
    layout = load_layout(ROOT / "layouts" / f"{request.param}.yaml")
    style = build_diagram_style(layout, fonts_registered)
    grid = booklet_grid(content, style)
    laid_out = []
    for step in content.steps():
        if step.diagram is not None:
            view = content.view(step.diagram)
            inset = inset_of(content, step.diagram)
            where = lay_out(step.diagram, view, style, grid, content.poses, inset=inset)
            laid_out.append((step.title, step.diagram, where))
    return style, grid, laid_out


def draws_hands(content: Content) -> bool:
    """Whether the topic places hands in its pictures (the hand topic draws hands as views)."""
    return any(overlay.kind == "hand" for d in content.diagrams() for overlay in d.overlays)


def test_a_topic_that_draws_hands_draws_them_in_every_step(content: Content) -> None:
    if not draws_hands(content):
        pytest.skip("this topic's pictures are of the hands themselves")
    for step in content.steps():
        assert step.diagram is not None, step.title
        assert any(overlay.kind == "hand" for overlay in step.diagram.overlays), step.title


def test_labels_badges_and_leaders_keep_clear(layouts) -> None:
    _, _, diagrams = layouts
    for title, _, layout in diagrams:
        boxes = [label.box for label in layout.labels]
        if layout.badge:
            boxes.append(layout.badge)
        for index, box in enumerate(boxes):
            assert box[0] >= 0 and box[2] <= layout.width + 0.01, title
            for other in boxes[index + 1 :]:
                assert not boxes_overlap(box, other), title
        assert badge_clear(layout), f"{title}: the badge covers the drawing"
        for label in layout.labels:
            start, end = label.leader
            for polygon in layout.polygons:
                entering = 1 if inside(start, polygon) else 0
                visible = [
                    p
                    for p in segment_crossings(start, end, polygon)
                    if layout.window[0] <= p[0] <= layout.window[2]
                ]
                assert len(visible) == entering, f"{title}: {label.lines} crosses the figure"
            for other in layout.labels:
                if other is not label:
                    assert not segments_cross(*label.leader, *other.leader), title


def test_separate_labels_stand_apart(layouts) -> None:
    """Two labels keep more space between them than a label's own lines, so they read apart."""
    _, _, diagrams = layouts
    for title, _, layout in diagrams:
        boxes = [label.box for label in layout.labels]
        for index, box in enumerate(boxes):
            for other in boxes[index + 1 :]:
                assert not boxes_overlap(box, other, LABEL_GAP - 0.01), title


def test_labels_never_leave_one_word_alone(layouts) -> None:
    style, _, diagrams = layouts
    for title, diagram, _ in diagrams:
        for overlay in diagram.overlays:
            text = overlay.mark.caption()
            if text and len(text.split()) >= 3:
                lines = wrap_label(text, style)
                assert all(len(line.split()) >= 2 for line in lines) or len(lines) == 1, title


def test_every_picture_shares_one_scale_and_one_centre_line(layouts) -> None:
    _, grid, diagrams = layouts
    for title, diagram, layout in diagrams:
        expected = grid.scale * (diagram.close_up.zoom if diagram.close_up else 1)
        assert layout.frame.scale == pytest.approx(expected), title
        if diagram.close_up:
            left, _, right, _ = layout.window
            middle = (left + right) / 2
        else:
            middle = layout.frame.x + layout.placement.view.middle() * layout.frame.scale
        assert middle == pytest.approx(grid.centre, abs=1), title


def test_ankle_circles_turn_around_the_ankle(content: Content) -> None:
    for step in content.steps():
        for overlay in step.diagram.overlays if step.diagram else []:
            if overlay.kind == "rotate" and "ankle" in content.view(step.diagram).landmarks:
                assert overlay.mark.around == "ankle", step.title


def test_a_picture_that_works_one_toe_is_a_close_up(content: Content) -> None:
    for step in content.steps():
        diagram = step.diagram
        if diagram and any(
            overlay.kind == "hand" and overlay.mark.pose == "pinch-toe"
            for overlay in diagram.overlays
        ):
            assert diagram.close_up is not None, step.title


@pytest.fixture(scope="module", params=TOPICS, ids=topic_id)
def standard_pdf(request, tmp_path_factory) -> tuple[Content, Path]:
    out_dir = tmp_path_factory.mktemp("diagrams")
    (pdf,) = build(BuildRequest(request.param, "standard", out_dir, Project(ROOT)))
    return load_content(request.param), pdf


def test_hands_are_drawn_as_vectors_on_every_step_page(standard_pdf, fonts_registered) -> None:
    content, pdf = standard_pdf
    if not draws_hands(content):
        pytest.skip("this topic's pictures are of the hands themselves")
    layout = load_layout(ROOT / "layouts" / "standard.yaml")
    hand = build_diagram_style(layout, fonts_registered).figure_hand.rgb()
    steps = {step.title for step in content.steps()}
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            text = page.extract_text() or ""
            if not any(title in text for title in steps):
                continue
            assert not page.images, f"page {page.page_number} has a raster image"
            fills = [
                tuple(round(c, 3) for c in curve.get("non_stroking_color") or ())
                for curve in page.curves
            ]
            assert tuple(round(c, 3) for c in hand) in fills, f"page {page.page_number}: no hand"


def _flat_extent(path: list) -> tuple[float, float]:
    """The left and right of a drawn path, its curves followed (not their control points)."""
    xs: list[float] = []
    current = (0.0, 0.0)
    for command, *points in path:
        if command == "c":
            (x1, _), (x2, _), (x3, y3) = points
            x0 = current[0]
            xs += [
                (1 - t) ** 3 * x0 + 3 * (1 - t) ** 2 * t * x1 + 3 * (1 - t) * t * t * x2 + t**3 * x3
                for t in (i / 16 for i in range(17))
            ]
            current = (x3, y3)
        elif points:
            current = points[-1]
            xs.append(current[0])
    return min(xs), max(xs)


def _inset_beside(curve, other) -> bool:
    """Whether ``curve`` is a much smaller figure beside ``other``: its inset.

    An inset stands level with its main view, or just above its labels: within the
    main view's own height of it, and clear of it to one side.
    """
    reach = other["height"]
    near = curve["top"] < other["bottom"] + reach and other["top"] - reach < curve["bottom"]
    aside = curve["x1"] < other["x0"] or other["x1"] < curve["x0"]
    return near and aside and curve["height"] < other["height"] * 0.8


def _same(color, hex_color) -> bool:
    return (
        bool(color)
        and len(color) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(color, hex_color.rgb(), strict=True))
    )


def test_pictures_on_a_page_share_one_centre_line_in_the_pdf(
    standard_pdf, fonts_registered
) -> None:
    _, pdf = standard_pdf
    style = build_diagram_style(load_layout(ROOT / "layouts" / "standard.yaml"), fonts_registered)
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            windows = [
                (c["x0"], c["x1"], c["top"], c["bottom"])
                for c in page.curves
                if not c["fill"]
                and _same(c["stroking_color"], style.figure_detail)
                and c["width"] > 40
                and c["height"] > 40
                and c["path"][-1][0] == "h"  # a closed frame, not a long crease on a hand
            ]
            centres = []
            bodies = [
                curve
                for curve in page.curves
                if _same(curve["non_stroking_color"], style.figure_fill) and curve["height"] > 40
            ]
            for curve in bodies:
                if any(_inset_beside(curve, other) for other in bodies):
                    continue  # a step's inset: a smaller second view beside its main one
                left, right = _flat_extent(curve["path"])
                window = next(  # a close-up: its body is cut off by its window
                    (
                        w
                        for w in windows
                        if w[2] < curve["bottom"]
                        and curve["top"] < w[3]
                        and w[0] < right
                        and left < w[1]  # not a clipped hand's crease beside it
                    ),
                    None,
                )
                centres.append((window[0] + window[1]) / 2 if window else (left + right) / 2)
            if len(centres) > 1:
                assert max(centres) - min(centres) <= 1, f"page {page.page_number}: {centres}"


def test_large_print_draws_larger_with_heavier_lines(content: Content, fonts_registered) -> None:
    def measured(name: str):
        style = build_diagram_style(
            load_layout(ROOT / "layouts" / f"{name}.yaml"), fonts_registered
        )
        return style, booklet_grid(content, style)

    standard, standard_grid = measured("standard")
    large, large_grid = measured("large-print")
    assert large_grid.scale > standard_grid.scale * 1.4
    assert large.outline_width > standard.outline_width
    assert large.mark_width > standard.mark_width
    assert large.label_size >= 18


def test_a_close_up_takes_the_room_it_needs_in_every_layout(layouts) -> None:
    """Its window shows every toe, is no narrower than tall, and its leaders start inside it."""
    _, _, diagrams = layouts
    for title, diagram, layout in diagrams:
        if diagram.close_up is None:
            continue
        left, bottom, right, top = layout.window
        assert right - left >= (top - bottom) - 0.01, title
        view = layout.placement.view
        for name in (name for name in view.landmarks if name.startswith("toe-")):
            x, y = layout.frame(view.resolve(name))
            assert left <= x <= right and bottom <= y <= top, f"{title}: {name} is cut off"
        for label in layout.labels:
            x, y = label.leader[0]
            assert left <= x <= right and bottom <= y <= top, f"{title}: {label.lines}"


def test_no_hand_is_cut_by_the_pictures_foot(layouts) -> None:
    """A hand's fingers (those folded behind the figure too) stay above the picture's
    bottom edge: its arm may leave by a side, in a sleeve, but its knuckles show whole."""
    _, _, diagrams = layouts
    for title, diagram, layout in diagrams:
        if diagram.close_up is not None:
            continue
        for overlay in diagram.overlays:
            if overlay.kind == "hand":
                drawn = overlay.mark.extent(layout.placement)
                if overlay.mark.cuff is not None:  # the sleeve may run on past the edge
                    drawn.remove(overlay.mark.outlines(layout.placement)[-1])
                for polygon in drawn:
                    lowest = min(y for _, y in polygon)
                    assert lowest >= layout.window[1] - 0.01, f"{title}: a hand is cut below"


def test_labels_keep_the_order_of_their_points(layouts) -> None:
    """A label higher in the column points higher on the figure, even where the labels
    move up off an inset, so no two leaders cross over each other's labels."""
    _, _, diagrams = layouts
    for title, _, layout in diagrams:
        labels = sorted(layout.labels, key=lambda label: label.leader[0][1])
        tops = [label.box[3] for label in labels]
        assert tops == sorted(tops), f"{title}: labels out of their points' order"


def test_no_two_arrowheads_overlap(layouts) -> None:
    """Arrows side by side (strokes along the grooves) keep their heads apart at any size."""
    style, _grid, laid_out = layouts
    for title, diagram, layout in laid_out:
        place = layout.placement
        tips = [
            place.at(overlay.mark.path[-1])
            for overlay in diagram.overlays
            if overlay.kind == "stroke" and not overlay.mark.dashed
        ]
        head = style.mark_size * 1.1
        for a, b in itertools.combinations(tips, 2):
            assert math.dist(a, b) > head + style.mark_width, title


HAND_CLEAR = 2.0
"""How far, in points, a leader keeps off a hand or a cuff it does not point at."""


def test_leaders_keep_off_hands_and_cuffs(layouts) -> None:
    _, _, diagrams = layouts
    for title, diagram, layout in diagrams:
        hands = [
            polygon
            for overlay in diagram.overlays
            if overlay.kind == "hand"
            for polygon in overlay.mark.outlines(layout.placement)
        ]
        for label in layout.labels:
            start, end = label.leader
            for polygon in hands:
                if inside(start, polygon) or inside(end, polygon):
                    continue  # the leader names the hand itself
                edges = zip(polygon, [*polygon[1:], polygon[0]], strict=True)
                gap = min(_segments_apart(start, end, a, b) for a, b in edges)
                assert gap >= HAND_CLEAR, f"{title}: {label.lines} passes {gap:.1f} pt off a hand"


def _segments_apart(a, b, c, d) -> float:
    """The least distance between segments ab and cd (0 when they cross)."""
    if segments_cross(a, b, c, d):
        return 0.0
    return min(
        _to_segment(a, c, d), _to_segment(b, c, d), _to_segment(c, a, b), _to_segment(d, a, b)
    )


def _to_segment(p, a, b) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = (
        0.0
        if length == 0
        else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    )
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
