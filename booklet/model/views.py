"""Views for step diagrams: outline drawings with named landmarks, read from view files.

A view is data, not code: a YAML file draws a figure (a body outline, parts drawn behind
or in front of it, small accents, light detail lines) as Bézier paths in the view's own
units, and names the places that content may point at (``at: middle``). A topic brings its
own views in a ``views/`` folder beside its content file; booklet ships a small library
of views too (``booklet/data/views/``). Both validation (is this point on the figure?)
and drawing use this module, so they always agree. A mirrored view is the same figure
flipped left to right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints, model_validator

from booklet.model.geometry import Command, Point, ellipse_polygon, flatten, inside
from booklet.source.errors import BookletError, Problem
from booklet.source.validation import StrictModel, Text, validate
from booklet.source.yamlsource import load_yaml, parse_yaml

_ARITY = {"M": 2, "L": 2, "C": 6, "Z": 0}
_EXAMPLE = {"M": "M 10 20", "L": "L 10 20", "C": "C 10 20 30 40 50 60", "Z": "Z"}
VIEWS_FOLDER = "views"
"""The folder beside a content file that holds its own view files."""


@dataclass(frozen=True)
class Shape:
    """An extra shape of a view: an ellipse (centre and radii) or a path."""

    kind: str
    ellipse: tuple[float, float, float, float] = (0, 0, 0, 0)
    path: tuple[Command, ...] = ()

    def polygon(self) -> list[Point]:
        """The shape's outline as a polygon."""
        if self.kind == "ellipse":
            return ellipse_polygon(*self.ellipse)
        return list(flatten(self.path))


@dataclass(frozen=True)
class View:
    """One view of a figure, in its own units (y up), ready to draw and to test points."""

    name: str
    caption: str
    width: float
    height: float
    body: tuple[Command, ...]
    open: bool = False
    parts_in_front: bool = False
    parts: tuple[Shape, ...] = ()
    accents: tuple[Shape, ...] = ()
    details: tuple[Shape, ...] = ()
    overview: tuple[Shape, ...] = ()
    """Light lines drawn only when the view is seen whole, not in a close-up (grooves that
    run far from the toes, which enlarged carry the toes on and read as fingers)."""
    landmarks: dict[str, Point] = field(default_factory=dict)
    behind: tuple[Shape, ...] = ()
    flipped: bool = False
    """Whether this is the mirror image of the drawing in the file."""
    """A pose's shapes drawn behind the figure it is placed on (fingers round the far side)."""
    source: str = ""
    """The file the view came from, for messages."""

    def mirrored(self) -> View:
        """The same view flipped left to right (the other hand, the other side)."""

        def flip_path(path: tuple[Command, ...]) -> tuple[Command, ...]:
            return tuple(
                (op, tuple(self.width - v if i % 2 == 0 else v for i, v in enumerate(values)))
                for op, values in path
            )

        def flip_shape(shape: Shape) -> Shape:
            x, y, rx, ry = shape.ellipse
            return replace(shape, ellipse=(self.width - x, y, rx, ry), path=flip_path(shape.path))

        return replace(
            self,
            body=flip_path(self.body),
            parts=tuple(flip_shape(part) for part in self.parts),
            accents=tuple(flip_shape(accent) for accent in self.accents),
            details=tuple(flip_shape(detail) for detail in self.details),
            overview=tuple(flip_shape(detail) for detail in self.overview),
            behind=tuple(flip_shape(shape) for shape in self.behind),
            flipped=not self.flipped,
            landmarks={name: (self.width - x, y) for name, (x, y) in self.landmarks.items()},
        )

    def resolve(self, point: str | Sequence[float]) -> Point:
        """A landmark name or a relative ``[x, y]`` (0 to 1) as view units."""
        if isinstance(point, str):
            return self.landmarks[point]
        return (point[0] * self.width, point[1] * self.height)

    def outline(self) -> list[Point]:
        """The body as a polygon (Béziers flattened), for testing whether points lie on it."""
        return list(self._outline)

    @cached_property
    def _outline(self) -> tuple[Point, ...]:
        return tuple(flatten(self.body))

    @cached_property
    def _polygons(self) -> tuple[tuple[Point, ...], ...]:
        return (self._outline, *(tuple(shape.polygon()) for shape in self.parts))

    def middle(self) -> float:
        """The x halfway across the body's outline: the figure's centre line."""
        xs = [x for x, _ in self.outline()]
        return (min(xs) + max(xs)) / 2

    def centre(self) -> Point:
        """The middle of the body's outline, where a label about the whole figure points."""
        outline = self.outline()
        return (
            sum(x for x, _ in outline) / len(outline),
            sum(y for _, y in outline) / len(outline),
        )

    def contains(self, point: Point) -> bool:
        """Whether ``point`` lies on the figure: inside the body or one of its parts."""
        return any(inside(point, polygon) for polygon in self.polygons())

    def polygons(self) -> list[list[Point]]:
        """The body and each part as polygons: the figure's lines, for hit tests."""
        return [list(polygon) for polygon in self._polygons]


def _to_command(value: Any) -> Any:
    """``"C 1 2 3 4 5 6"`` checked for its letter and count of numbers."""
    if not isinstance(value, str):
        return value
    op, *numbers = value.split() or [""]
    if op not in _ARITY:
        raise ValueError(
            f"{value!r} is not a path command (valid: M x y, L x y, C x1 y1 x2 y2 x y, Z)"
        )
    if len(numbers) != _ARITY[op] or not all(re.fullmatch(r"-?\d+(\.\d+)?", n) for n in numbers):
        raise ValueError(
            f"{value!r}: {op} takes {_ARITY[op]} numbers (valid: e.g. '{_EXAMPLE[op]}')"
        )
    return value


def _to_shape(value: Any) -> Any:
    """``[ellipse, x, y, rx, ry]`` or ``[path, "M ...", "C ..."]``."""
    if not isinstance(value, list) or not value or value[0] not in ("ellipse", "path"):
        raise ValueError(
            "is not a shape (valid: [ellipse, x, y, rx, ry] or [path, 'M x y', 'C ...'])"
        )
    if value[0] == "ellipse":
        numbers = value[1:]
        if len(numbers) != 4 or not all(isinstance(n, int | float) for n in numbers):
            raise ValueError("an ellipse takes four numbers (valid: [ellipse, x, y, rx, ry])")
        if numbers[2] <= 0 or numbers[3] <= 0:
            raise ValueError("an ellipse's radii must be more than 0")
    else:
        if len(value) < 3:
            raise ValueError("a path needs a move and at least one more command")
        for command in value[1:]:
            _to_command(str(command))
    return value


PathCommand = Annotated[str, BeforeValidator(_to_command)]
ShapeSpec = Annotated[list[Any], BeforeValidator(_to_shape)]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Size = Annotated[float, Field(gt=0)]


class ViewSpec(StrictModel):
    """One view as written in a view file."""

    caption: Text
    box: tuple[Size, Size]
    body: Annotated[list[PathCommand], Field(min_length=3)]
    open: bool = False
    parts_in_front: bool = False
    parts: list[ShapeSpec] = []
    accents: list[ShapeSpec] = []
    details: list[ShapeSpec] = []
    overview: list[ShapeSpec] = []
    landmarks: dict[Name, tuple[float, float]] = {}


class PoseSpec(ViewSpec):
    """A hand pose (or another prop) as written in a view file: a view with a grip."""

    behind: list[ShapeSpec] = []

    @model_validator(mode="after")
    def _has_grip(self) -> PoseSpec:
        if "grip" not in self.landmarks:
            raise ValueError(
                "a pose needs a 'grip' landmark, the point placed on the figure "
                "(valid: landmarks: {grip: [x, y]})"
            )
        return self


class ViewFile(StrictModel):
    """A view file: named views, each a figure with its landmarks, and named poses."""

    views: dict[Name, ViewSpec] = {}
    poses: dict[Name, PoseSpec] = {}

    @model_validator(mode="after")
    def _not_empty(self) -> ViewFile:
        if not self.views and not self.poses:
            raise ValueError("draws nothing (valid: a 'views:' or a 'poses:' mapping)")
        return self


@dataclass(frozen=True)
class Figures:
    """Every view and pose a content file may use, by name."""

    views: dict[str, View] = field(default_factory=dict)
    poses: dict[str, View] = field(default_factory=dict)

    def merged(self, other: Figures) -> Figures:
        """These figures with ``other``'s over them (a topic's own over the shipped ones)."""
        return Figures({**self.views, **other.views}, {**self.poses, **other.poses})

    def props(self) -> dict[str, View]:
        """Every figure a mark may place or show, by name.

        The poses, and each view under :func:`shown_view` of its name (the side of the
        foot a mirror's glass shows).
        """
        return {**self.poses, **{shown_view(name): view for name, view in self.views.items()}}


SHOWN_VIEW = "view:"
"""What a view's name is prefixed with among the props, so it never meets a pose's."""


def shown_view(name: str) -> str:
    """The key of view ``name`` among the props a mark may show."""
    return SHOWN_VIEW + name


def load_views(content_dir: Path) -> Figures:
    """The views and poses booklet ships, with the content folder's own ``views/`` over them.

    A figure of the content folder replaces a shipped one of the same name; two files
    in one folder that name the same view or pose are an error.
    """
    figures = _library()
    folder = content_dir / VIEWS_FOLDER
    if folder.is_dir():
        figures = figures.merged(_folder_views(folder))
    return figures


@cache
def _library() -> Figures:
    figures = Figures()
    folder = resources.files("booklet").joinpath("data/views")
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".yaml"):
            path = Path("booklet/data/views") / entry.name
            document = parse_yaml(entry.read_text("utf-8"), path)
            _add(figures, validate(document, ViewFile), str(path), document)
    return figures


def _folder_views(folder: Path) -> Figures:
    figures = Figures()
    root = folder.resolve()
    for path in sorted(folder.glob("*.yaml")):
        if not path.resolve().is_relative_to(root):
            raise BookletError.about_file(
                path, f"a view file must stay inside {folder} (this one links outside it)"
            )
        document = load_yaml(path)
        _add(figures, validate(document, ViewFile), str(path), document)
    return figures


def _add(figures: Figures, spec: ViewFile, source: str, document: Any) -> None:
    problems: list[Problem] = []
    for section, specs, known in (
        ("views", spec.views, figures.views),
        ("poses", spec.poses, figures.poses),
    ):
        for name, view_spec in specs.items():
            if name in known:
                problems.append(
                    document.problem(
                        (section, name),
                        f"the {section[:-1]} {name!r} is already drawn in {known[name].source} "
                        "(valid: a name no other view file in this folder uses)",
                        key=True,
                    )
                )
                continue
            view = _view(name, view_spec, source)
            if section == "views":  # a pose's grip may lie between its fingers
                problems += _landmark_problems(view, document, section)
            known[name] = view
    if problems:
        raise BookletError(problems)


def _landmark_problems(view: View, document: Any, section: str) -> list[Problem]:
    return [
        document.problem(
            (section, view.name, "landmarks", landmark),
            f"[{x:g}, {y:g}] is off the figure (valid: a point inside the body or a part)",
        )
        for landmark, (x, y) in view.landmarks.items()
        if not view.contains((x, y))
    ]


def _view(name: str, spec: ViewSpec, source: str) -> View:
    width, height = spec.box
    return View(
        name=name,
        caption=spec.caption,
        width=width,
        height=height,
        body=_path(spec.body),
        open=spec.open,
        parts_in_front=spec.parts_in_front,
        parts=tuple(_shape(item) for item in spec.parts),
        accents=tuple(_shape(item) for item in spec.accents),
        details=tuple(_shape(item) for item in spec.details),
        overview=tuple(_shape(item) for item in spec.overview),
        behind=tuple(_shape(item) for item in getattr(spec, "behind", [])),
        landmarks={key: (value[0], value[1]) for key, value in spec.landmarks.items()},
        source=source,
    )


def _path(commands: Sequence[str]) -> tuple[Command, ...]:
    parsed = []
    for command in commands:
        op, *values = command.split()
        parsed.append((op, tuple(float(value) for value in values)))
    return tuple(parsed)


def _shape(item: Sequence[Any]) -> Shape:
    kind, *values = item
    if kind == "ellipse":
        x, y, rx, ry = (float(value) for value in values)
        return Shape("ellipse", ellipse=(x, y, rx, ry))
    return Shape("path", path=_path([str(value) for value in values]))


def point_problem(view: View, point: str | Sequence[float]) -> str | None:
    """Why ``point`` cannot be used on ``view``, or None when it can."""
    if isinstance(point, str):
        if point in view.landmarks:
            return None
        return (
            f"unknown landmark {point!r} for the {view.name} view "
            f"(valid: {', '.join(view.landmarks) or 'none, this view names no places'}, "
            "or [x, y] from 0 to 1)"
        )
    x, y = point
    if not (0 <= x <= 1 and 0 <= y <= 1):
        return f"[{x:g}, {y:g}] is outside the picture (valid: x and y from 0 to 1)"
    if not view.contains(view.resolve(point)):
        landmarks = f", or a landmark: {', '.join(view.landmarks)}" if view.landmarks else ""
        return (
            f"[{x:g}, {y:g}] is off the figure in the {view.name} view "
            f"(valid: a point on the figure{landmarks})"
        )
    return None
