"""``hand``: a drawn hand (or another prop) placed on the figure, doing the step's work.

A pose is drawing data in a view file (``poses:``), like a view: the hand's outline,
fingers, nails and creases, with a ``grip`` landmark, the point that lands on the
figure (the pad of a pressing thumb). Content places it at a landmark, turned by an
angle, scaled, and flipped for the other hand; shapes of the pose that pass behind
what it holds (fingertips round the far side) are drawn before the figure. A hand may
stop at its wrist, at a sleeve's cuff (:mod:`booklet.marks.cuff`), so no bare forearm
crosses the picture. On a washed figure (lotion's tint) a hand and its cuff are drawn on
a thin paper rim: in greyscale its outline alone does not part it from the tint.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, ClassVar

from pydantic import Field, field_validator
from reportlab.graphics.shapes import Group
from reportlab.lib.colors import white

from booklet.marks.base import Mark, Placement, PointRef, check_place
from booklet.marks.cuff import Cut, arm_span, clip_path, cuff_group, cuff_outline, cut_of, kept
from booklet.marks.figure import Layer, figure_group, nail_color, rim
from booklet.model.geometry import Placement2D, Point
from booklet.model.views import View
from booklet.source.validation import ShortText
from booklet.source.yamlsource import FieldPath

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
RIM = 1.0
"""How wide, in points, the paper rim round a hand on a wash shows outside its outline."""


class Hand(Mark):
    """A pose from the view files, placed with its grip on a point of the figure."""

    kind: ClassVar[str] = "hand"
    legend: ClassVar[str] = ""
    """A drawn hand explains itself: it has no legend entry."""

    pose: ShortText
    at: PointRef
    angle: Annotated[float, Field(ge=-360, le=360)] = 0
    """Degrees, counter-clockwise, that the pose is turned."""
    scale: Annotated[float, Field(ge=0.2, le=2)] = 1
    """Size against the figure: 1 draws the pose in the figure's own units."""
    flip: bool = False
    """Mirror the pose: a left hand from a right one."""
    cuff: tuple[tuple[float, float], tuple[float, float]] | None = None
    """Two points across the pose's wrist, in its own units: the arm past them is left
    out and a sleeve's cuff drawn there."""

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        if isinstance(self.at, str):  # a landmark must exist; a place may be off the figure
            yield ("at",), self.at

    @field_validator("at")
    @classmethod
    def _near_the_picture(cls, value: PointRef) -> PointRef:
        check_place(value)
        return value

    @field_validator("cuff")
    @classmethod
    def _a_line(
        cls, value: tuple[tuple[float, float], tuple[float, float]] | None
    ) -> tuple[tuple[float, float], tuple[float, float]] | None:
        if value is not None and value[0] == value[1]:
            raise ValueError(
                "the cuff's two points are the same (valid: two points across the wrist)"
            )
        return value

    def poses(self) -> Iterator[tuple[FieldPath, str]]:
        yield ("pose",), self.pose

    def pose_problems(self, pose: View) -> Iterator[tuple[FieldPath, str]]:
        cut = self._cut(pose)
        if cut is not None and self._arm(cut, pose) is None:
            yield ("cuff",), "the cuff's line does not cross the pose (valid: across its wrist)"

    def _cut(self, pose: View) -> Cut | None:
        if self.cuff is None:
            return None
        return cut_of(self.cuff, pose.landmarks["grip"])

    @staticmethod
    def _arm(cut: Cut, pose: View) -> tuple[Layer, tuple[float, float]] | None:
        """Which layer the arm is drawn in where the cuff crosses it, and its span there."""
        front = arm_span(cut, pose.polygons())
        if front is not None:
            return "front", front
        behind = arm_span(cut, [shape.polygon() for shape in pose.behind])
        return None if behind is None else ("behind", behind)

    def caption(self) -> str | None:
        return None

    def placement(self, place: Placement) -> tuple[View, Placement2D]:
        """The pose, and where its units land in the drawing."""
        pose = place.poses[self.pose]
        mirrored = place.view.flipped
        return pose, Placement2D(
            origin=pose.landmarks["grip"],
            at=place.at(self.at),
            angle=-self.angle if mirrored else self.angle,
            scale=self.scale * place.frame.scale,
            flip=self.flip != mirrored,
        )

    def draw(self, place: Placement) -> Group:
        return self._draw(place, "front")

    def draw_behind(self, place: Placement) -> Group:
        return self._draw(place, "behind")

    def _draw(self, place: Placement, layer: Layer) -> Group:
        pose, where = self.placement(place)
        style = place.style
        nails = nail_color(style, style.figure_hand)
        band = (style.outline_width / 2 + RIM) / where.scale if place.washed else 0.0
        paper = style.backdrop or white
        cut = self._cut(pose)
        if cut is None:
            drawn = figure_group(
                pose, where.matrix(), where.scale, style.figure_hand, style, layer, nails
            )
            if band and layer == "front":
                drawn.insert(0, rim(pose, IDENTITY, band, paper))
            return drawn
        group = Group()
        group.transform = where.matrix()
        clipped = Group(clip_path(cut))
        if band and layer == "front":
            clipped.add(rim(pose, IDENTITY, band, paper))
        clipped.add(
            figure_group(pose, IDENTITY, where.scale, style.figure_hand, style, layer, nails)
        )
        group.add(clipped)
        arm = self._arm(cut, pose)
        if arm is not None and arm[0] == layer:
            group.add(cuff_group(cut, arm[1], where.scale, style, band))
        return group

    def outlines(self, place: Placement) -> list[list[Point]]:
        pose, where = self.placement(place)
        polygons: list[list[Point]] = [list(polygon) for polygon in pose.polygons()]
        cut = self._cut(pose)
        if cut is not None:
            arm = self._arm(cut, pose)
            polygons = kept(cut, polygons)
            if arm is not None:
                polygons.append(cuff_outline(cut, arm[1]))
        return [[where(point) for point in polygon] for polygon in polygons]

    def extent(self, place: Placement) -> list[list[Point]]:
        """The outlines and the fingers drawn behind the figure, up to the cuff.

        The picture's box holds them whole, so the fingers under a heel are not cut flat.
        """
        pose, where = self.placement(place)
        behind = [shape.polygon() for shape in pose.behind]
        cut = self._cut(pose)
        if cut is not None:
            behind = kept(cut, behind)
        return [*self.outlines(place), *([where(p) for p in polygon] for polygon in behind)]
