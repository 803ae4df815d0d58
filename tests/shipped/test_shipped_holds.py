"""The shipped step pictures' hands, measured: each hold shows what the step says.

A hand can be drawn beside what it should hold, or over what the step's arrows show;
these checks place every hand as it is printed and ask where its outlines fall against
the figure, its nails and the other marks.
"""

from __future__ import annotations

import itertools
import math

import pytest
from shipped_builds import LAYOUTS, ROOT, TOPICS, topic_id

from booklet.marks.base import Placement
from booklet.model.content import Content, Diagram, load_content
from booklet.model.geometry import Point, inside
from booklet.model.layout import load_layout
from booklet.render.diagram import booklet_grid, inset_of
from booklet.render.diagram_layout import DiagramLayout, lay_out
from booklet.render.styles import build_diagram_style

Polygon = list[Point]


@pytest.fixture(scope="module", params=TOPICS, ids=topic_id)
def content(request) -> Content:
    return load_content(request.param)


@pytest.fixture(scope="module", params=LAYOUTS)
def laid_out(request, content: Content, fonts_registered) -> list[tuple[Diagram, DiagramLayout]]:
    layout = load_layout(ROOT / "layouts" / f"{request.param}.yaml")
    style = build_diagram_style(layout, fonts_registered)
    grid = booklet_grid(content, style)
    return [
        (step.diagram, lay_out(step.diagram, content.view(step.diagram), style, grid,
                               content.poses, inset=inset_of(content, step.diagram)))
        for step in content.steps()
        if step.diagram is not None
    ]  # fmt: skip


def _centre(polygon: Polygon) -> Point:
    return (sum(x for x, _ in polygon) / len(polygon), sum(y for _, y in polygon) / len(polygon))


def _nails(place: Placement) -> list[Polygon]:
    return [[place.frame(point) for point in accent.polygon()] for accent in place.view.accents]


def _pinches(laid_out) -> list[tuple[Diagram, DiagramLayout]]:
    return [
        (diagram, layout)
        for diagram, layout in laid_out
        if any(o.kind == "hand" and o.mark.pose == "pinch-toe" for o in diagram.overlays)
    ]


def test_a_pinched_toe_shows_thumb_on_top_index_under_and_its_nail(laid_out) -> None:
    """The thumb's pad presses on the toe below its nail; the index finger's tip lies under
    the toe (hidden by it) nearer the tip than the thumb; no hand covers the nail."""
    pinches = _pinches(laid_out)
    for diagram, layout in pinches:
        place = layout.placement
        hand = next(o.mark for o in diagram.overlays if o.kind == "hand")
        pose, where = hand.placement(place)
        pad, index = where(pose.landmarks["grip"]), where(pose.landmarks["index-tip"])
        figure = [[place.frame(point) for point in polygon] for polygon in place.view.polygons()]
        assert any(inside(pad, polygon) for polygon in figure)
        assert any(inside(index, polygon) for polygon in figure)  # under the toe, not beside
        nail = min(_nails(place), key=lambda n: math.dist(pad, _centre(n)))
        assert pad[1] < min(y for _, y in nail) < index[1]  # thumb nearer the base
        for outline in hand.outlines(place):
            assert not any(inside(point, outline) for point in nail), "a hand covers the nail"
    assert pinches or not any(d.close_up for d, _ in laid_out)


def test_a_roll_mark_keeps_off_the_held_toes_nail(laid_out) -> None:
    """The ring round the toe sits past its tip: it hides neither the nail nor the grip."""
    for diagram, layout in _pinches(laid_out):
        place = layout.placement
        hand = next(o.mark for o in diagram.overlays if o.kind == "hand")
        pad = hand.placement(place)[1](hand.placement(place)[0].landmarks["grip"])
        nail = min(_nails(place), key=lambda n: math.dist(pad, _centre(n)))
        for roll in (o.mark for o in diagram.overlays if o.kind == "roll"):
            left, bottom, right, top = roll.draw(place).getBounds()
            assert bottom > max(y for _, y in nail), "the roll ring covers the nail"
            assert not left <= pad[0] <= right or not bottom <= pad[1] <= top


def _along(path: list[Point], step: float = 1.0) -> list[Point]:
    """Points every ``step`` points along a polyline."""
    points = [path[0]]
    for (x0, y0), (x1, y1) in itertools.pairwise(path):
        count = max(1, math.ceil(math.dist((x0, y0), (x1, y1)) / step))
        points += [(x0 + (x1 - x0) * i / count, y0 + (y1 - y0) * i / count) for i in
                   range(1, count + 1)]  # fmt: skip
    return points


def test_no_solid_arrow_runs_under_a_hand(laid_out) -> None:
    """A stroke's arrows lie ahead of the hand that makes it, never hidden under it: every
    point along each solid arrow is outside every hand's outline (and its cuff)."""
    for diagram, layout in laid_out:
        place = layout.placement
        hands = [
            outline
            for overlay in diagram.overlays
            if overlay.kind == "hand"
            for outline in overlay.mark.outlines(place)
        ]
        for overlay in diagram.overlays:
            if overlay.kind != "stroke" or overlay.mark.dashed:
                continue
            path = [place.at(point) for point in overlay.mark.path]
            for point in _along(path):
                assert not any(inside(point, hand) for hand in hands), diagram.alt[:40]


def test_two_hands_in_a_picture_differ_and_come_from_either_side(laid_out) -> None:
    """Two hands alike, both from one side, read as one hand drawn twice: a picture's two
    hands are different poses or a right and a left, and grip either side of its centre."""
    for diagram, layout in laid_out:
        place = layout.placement
        hands = [o.mark for o in diagram.overlays if o.kind == "hand"]
        if len(hands) != 2:
            continue
        first, second = hands
        assert first.pose != second.pose or first.flip != second.flip, diagram.alt[:40]
        middle = place.frame((place.view.middle(), 0))[0]
        grips = [hand.placement(place)[1](hand.placement(place)[0].landmarks["grip"]) for hand
                 in hands]  # fmt: skip
        assert (grips[0][0] - middle) * (grips[1][0] - middle) < 0, diagram.alt[:40]
