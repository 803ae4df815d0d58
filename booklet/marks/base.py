"""What every overlay mark shares: the style it draws in, where it lands, its base class.

A mark kind is one class, in one module of this package: its fields (validated like
the rest of the content), the places it points at (checked against the view), how it
draws over a view, its symbol in the legend and the legend's default words. Marks
differ by shape, not only by colour, so a diagram reads in black and white and for
colour-blind readers; each sits on a white halo so it stands off the figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from reportlab.graphics.shapes import Group
from reportlab.lib.colors import Color

from booklet.model.geometry import Point
from booklet.model.views import View
from booklet.source.validation import StrictModel, Text
from booklet.source.yamlsource import FieldPath

PointRef = Text | tuple[float, float]
"""A place on a view: a landmark name, or ``[x, y]`` from 0 to 1 across the picture."""


def check_place(point: PointRef, *, slack: float = 0.5, landmark: bool = True) -> None:
    """Refuse an ``[x, y]`` more than ``slack`` of the picture outside it (a field's check).

    A hand, a look or a sleeve's line may start off the figure, beside it (``slack``
    0.5); a callout stands inside the picture (0). ``landmark``: the field also takes a
    landmark's name, and the message says so.
    """
    if isinstance(point, str):
        return
    low, high = -slack, 1 + slack
    if not all(low <= value <= high for value in point):
        where = "far outside" if slack else "outside"
        names = "a landmark, or " if landmark else ""
        raise ValueError(
            f"[{point[0]:g}, {point[1]:g}] is {where} the picture "
            f"(valid: {names}x and y from {low:g} to {high:g})"
        )


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
    figure_fill: Color
    figure_outline: Color
    figure_detail: Color
    figure_hand: Color
    mark: Color
    on_mark: Color
    label: Color
    hand_reach: float = 0.3
    """How far hands may reach past a view's sides, as a share of its width."""
    backdrop: Color | None = None
    """What the picture is drawn on when it is not the paper (the cover band), or None."""
    figure_nail: Color | None = None
    """The nails of a drawn hand: a pale shade set inside the fingertip; None: derived."""
    figure_sleeve: Color | None = None
    """The cloth of a sleeve's cuff at a hand's wrist; None: derived from the hand."""


@dataclass(frozen=True)
class Frame:
    """Where the view's units land in the drawing: offset and scale."""

    x: float
    y: float
    scale: float

    def __call__(self, point: Point) -> Point:
        return (self.x + point[0] * self.scale, self.y + point[1] * self.scale)


@dataclass(frozen=True)
class Placement:
    """Where one mark lands: its view, the view's frame in the drawing, the style.

    ``same_kind`` holds where every mark of this kind in the diagram is anchored, so a
    mark can keep clear of its neighbours (circles side by side shrink to fit).
    """

    view: View
    frame: Frame
    style: DiagramStyle
    same_kind: tuple[Point, ...] = ()
    poses: Mapping[str, View] = field(default_factory=dict)
    washed: bool = False
    """Whether a mark lays a wash over the figure (a tint): what lies on it then stands
    off it by a paper rim, as a hand must in black-and-white print."""

    def at(self, point: PointRef) -> Point:
        """A landmark or relative point, in drawing coordinates."""
        return self.frame(self.view.resolve(point))

    def outline(self) -> list[Point]:
        """The view's body outline, in drawing coordinates."""
        return [self.frame(point) for point in self.view.outline()]


class Mark(StrictModel):
    """Base of every overlay mark; a subclass is one kind (``stroke``, ``press``, ...)."""

    kind: ClassVar[str]
    """The key content uses for this mark (``- press: {at: ball}``)."""
    legend: ClassVar[str]
    """What the legend says beside the mark's symbol, unless the content rewords it."""
    washes: ClassVar[bool] = False
    """Whether the mark lays a wash over the figure, under the marks drawn after it."""
    styles: ClassVar[dict[str, str]] = {}
    """Legend entries for the mark's other looks, each with its default words (a dashed,
    lighter arrow means something else than a solid one): ``{entry: words}``."""

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        """The places this mark refers to, each with its field path inside the mark."""
        return iter(())

    def anchor(self) -> PointRef | None:
        """The point a label's leader line goes to; None for the figure as a whole."""
        return None

    def pointer(self, place: Placement) -> Point | None:
        """Where a label's leader line points, in drawing coordinates; None: the anchor.

        A mark drawn away from the places it names (a symbol past a row) points the
        leader at what is drawn, so the line always ends on ink.
        """
        return None

    def clearance(self, place: Placement) -> float:
        """How far from its anchor a label's leader line starts.

        A ring mark's leader leaves through its side, never through its arrowhead; a
        mark that is a point returns 0.
        """
        return 0.0

    def poses(self) -> Iterator[tuple[FieldPath, str]]:
        """The poses this mark places, each with its field path inside the mark."""
        return iter(())

    def pose_problems(self, pose: View) -> Iterator[tuple[FieldPath, str]]:
        """What does not fit the pose this mark places (loaded, so it exists)."""
        return iter(())

    def draw_behind(self, place: Placement) -> Group:
        """What the mark draws behind the view's figure (most marks: nothing)."""
        return Group()

    def outlines(self, place: Placement) -> list[list[Point]]:
        """Closed outlines the mark adds to the figure, in drawing coordinates.

        Labels, badges and leader lines keep clear of them as of the figure itself.
        """
        return []

    def extent(self, place: Placement) -> list[list[Point]]:
        """Everything the mark draws, for the picture's box.

        Its outlines, unless it also draws behind the figure (a hand's fingers folded
        under the foot).
        """
        return self.outlines(place)

    def caption(self) -> str | None:
        """The mark's own label text, if it has one."""
        return getattr(self, "label", None)

    def draw(self, place: Placement) -> Group:
        """The mark over the view; a mark that only labels draws nothing here."""
        return Group()

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        """The mark alone, for the legend, in a ``width`` by ``height`` box; None: no entry."""
        return None

    @classmethod
    def style_symbol(
        cls, entry: str, style: DiagramStyle, width: float, height: float
    ) -> list[Group] | None:
        """The legend symbol of ``entry``: the mark's own, or one of its ``styles``."""
        return cls.symbol(style, width, height)

    def legend_entry(self) -> str:
        """The legend entry that explains this mark as drawn: its kind, or one of its styles."""
        return self.kind


class Spot(Mark):
    """A mark at one point."""

    at: PointRef
    label: Text | None = None

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        yield ("at",), self.at

    def anchor(self) -> PointRef | None:
        return self.at
