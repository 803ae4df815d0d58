"""``sleeve``: a sleeve's cuff across a figure's wrist, where a drawn arm leaves the picture.

A hand placed on a foot (:mod:`booklet.marks.hand`) ends at its wrist in a cuff; a step
whose figure is itself a hand (a hand exercise) ends the same way, so every arm in the
booklet leaves its picture alike: pale opaque cloth with a hem, a crisp edge. Content gives
two points across the figure's wrist; the cuff laps onto the figure's side of that line.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import field_validator
from reportlab.graphics.shapes import Group

from booklet.marks.base import Mark, Placement, check_place
from booklet.marks.cuff import Cut, arm_span, cuff_group, cuff_outline, cut_of
from booklet.model.geometry import Point

Fraction = tuple[float, float]


class Sleeve(Mark):
    """The end of a sleeve across the figure's wrist (a figure that is a hand and arm)."""

    kind: ClassVar[str] = "sleeve"
    legend: ClassVar[str] = ""
    """A sleeve explains itself: it has no legend entry."""

    across: tuple[Fraction, Fraction]
    """Two points across the figure's wrist, as x and y from 0 to 1 of the picture."""

    @field_validator("across")
    @classmethod
    def _a_line(cls, value: tuple[Fraction, Fraction]) -> tuple[Fraction, Fraction]:
        if value[0] == value[1]:
            raise ValueError("the two points are the same (valid: two points across the wrist)")
        for point in value:  # the line's ends lie beside the wrist, off the figure
            check_place(point, landmark=False)
        return value

    def _cut(self, place: Placement) -> tuple[Cut, tuple[float, float]] | None:
        """The line in the view's units, the figure's side kept, and the arm's span on it."""
        view = place.view
        start, end = (view.resolve(point) for point in self.across)
        cut = cut_of((start, end), view.resolve((0.5, 0.5)))
        span = arm_span(cut, view.polygons())
        return None if span is None else (cut, span)

    def draw(self, place: Placement) -> Group:
        group = Group()
        found = self._cut(place)
        if found is None:
            return group
        frame = place.frame
        group.transform = (frame.scale, 0.0, 0.0, frame.scale, frame.x, frame.y)
        group.add(cuff_group(*found, frame.scale, place.style))
        return group

    def outlines(self, place: Placement) -> list[list[Point]]:
        found = self._cut(place)
        if found is None:
            return []
        return [[place.frame(point) for point in cuff_outline(*found)]]
