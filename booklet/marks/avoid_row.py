"""``avoid_row``: a small "not here" sign in each of a row of places, one label for all.

"Not between the toes" is a rule about every gap, so each web carries its own sign,
as large as the web allows without hiding the toes: :data:`GAP` of the step from one
place to the next (about three quarters of the toe between two webs, some 7 pt across
at the standard size), so each reads as "here, between", not as "not on the toe". One
label names them all: its leader ends beside the row's last sign (the
one toward the label column), so the line ends on the very mark it names. A bracket
over the row would only repeat the signs with prongs ending in the air, and a single
large sign past the row says "somewhere near here"; a sign at each place says "here,
and here, and here".
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Annotated, Any, ClassVar

from pydantic import Field, field_validator
from reportlab.graphics.shapes import Group

from booklet.marks.avoid import LEADER_DOT, avoid_mark
from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.model.geometry import Point
from booklet.source.limits import MAX_MARKS
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath

SIGN = 0.38
"""Each sign's radius, in mark sizes: about 6 pt across with its ring at the standard size."""

GAP = 0.75
"""Each sign's width, ring included, at most this share of the step between neighbouring
places: a row of webs is a toe apart, and a sign as wide as the toe reads as "not on it"."""

GROW = 1.25
"""How much larger than its standard size a sign may grow where its places lie far
enough apart: a web is small, so its sign is as large as the gap allows, up to this."""


class AvoidRow(Mark):
    """A row of places to leave alone: a sign in each, one label pointing at the row."""

    kind: ClassVar[str] = "avoid_row"
    legend: ClassVar[str] = "Not in any of these places"

    along: Annotated[list[PointRef], Field(max_length=MAX_MARKS)]
    """The places in the row; the label's leader ends beside the last one's sign."""
    label: Text | None = None

    @field_validator("along")
    @classmethod
    def _two_places(cls, along: list[Any]) -> list[Any]:
        if len(along) < 2:
            raise ValueError(
                f"a row needs at least 2 places, got {len(along)} (valid: e.g. [gap-4, gap-1])"
            )
        return along

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        for index, point in enumerate(self.along):
            yield ("along", index), point

    def anchor(self) -> PointRef | None:
        return self.along[-1]

    def clearance(self, place: Placement) -> float:
        """Just past the last sign's white halo: the leader's dot touches its rim.

        So the line names the sign, never the toe beside it.
        """
        places = [place.at(point) for point in self.along]
        style = fitted(places, place.style)
        return sign_radius(style) + _sign_line(style) + LEADER_DOT / 2

    def draw(self, place: Placement) -> Group:
        places = [place.at(point) for point in self.along]
        return row_mark(places, fitted(places, place.style))

    def outlines(self, place: Placement) -> list[list[Point]]:
        """The signs, so the window holds them and labels keep off them."""
        places = [place.at(point) for point in self.along]
        style = fitted(places, place.style)
        radius = sign_radius(style) + _sign_line(style)
        return [_circle(centre, radius) for centre in places]

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        row = [(width * share, 0.0) for share in (0.17, 0.5, 0.83)]
        small = fitted(row, _legend_style(style, height), gap=1.0, grow=1.0)
        return [row_mark([(x, height / 2) for x, _ in row], small)]


def fitted(
    places: Sequence[Point], style: DiagramStyle, gap: float = GAP, grow: float = GROW
) -> DiagramStyle:
    """The style, sized so each sign is ``gap`` of the step between two places, at most.

    With the default :data:`GAP` a sign sits in its web with skin on both sides; with
    ``gap=1`` (the legend's row) neighbouring signs may touch at their rims, never overlap.
    Where the places lie far apart a sign grows, up to ``grow`` times its standard size.
    """
    row = sorted(places)
    spacing = min(math.dist(a, b) for a, b in itertools.pairwise(row))
    share = min(grow, gap * spacing / (2 * (sign_radius(style) + _sign_line(style))))
    return replace(style, mark_size=style.mark_size * share, mark_width=style.mark_width * share)


def sign_radius(style: DiagramStyle) -> float:
    """Each sign's radius, to the middle of its ring."""
    return style.mark_size * SIGN


def _sign_line(style: DiagramStyle) -> float:
    """The ring's and bar's width, as :func:`~booklet.marks.avoid.avoid_mark` draws them."""
    return style.mark_width * SIGN / 1.05


def _legend_style(style: DiagramStyle, height: float) -> DiagramStyle:
    """The style, shrunk if need be so a sign fits ``height``."""
    need = 2 * (sign_radius(style) + _sign_line(style)) + 2
    share = min(1.0, height / need)
    return replace(style, mark_size=style.mark_size * share, mark_width=style.mark_width * share)


def _circle(centre: Point, radius: float, steps: int = 16) -> list[Point]:
    x, y = centre
    turns = [2 * math.pi * i / steps for i in range(steps)]
    return [(x + radius * math.cos(t), y + radius * math.sin(t)) for t in turns]


def row_mark(places: Sequence[Point], style: DiagramStyle) -> Group:
    """A small sign at each place."""
    group = Group()
    for centre in places:
        group.add(avoid_mark(centre, style, SIGN / 1.05))
    return group
