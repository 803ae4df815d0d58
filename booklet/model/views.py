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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints

from booklet.source.errors import BookletError, Problem
from booklet.source.validation import StrictModel, Text, validate
from booklet.source.yamlsource import load_yaml, parse_yaml

Point = tuple[float, float]
Command = tuple[str, tuple[float, ...]]

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
    landmarks: dict[str, Point] = field(default_factory=dict)
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
            landmarks={name: (self.width - x, y) for name, (x, y) in self.landmarks.items()},
        )

    def resolve(self, point: str | Sequence[float]) -> Point:
        """A landmark name or a relative ``[x, y]`` (0 to 1) as view units."""
        if isinstance(point, str):
            return self.landmarks[point]
        return (point[0] * self.width, point[1] * self.height)

    def outline(self) -> list[Point]:
        """The body as a polygon (Béziers flattened), for testing whether points lie on it."""
        return list(flatten(self.body))

    def centre(self) -> Point:
        """The middle of the body's outline, where a label about the whole figure points."""
        outline = self.outline()
        return (
            sum(x for x, _ in outline) / len(outline),
            sum(y for _, y in outline) / len(outline),
        )

    def contains(self, point: Point) -> bool:
        """Whether ``point`` lies on the figure: inside the body or one of its parts."""
        if _inside(point, self.outline()):
            return True
        for part in self.parts:
            if part.kind == "ellipse":
                x, y, rx, ry = part.ellipse
                if ((point[0] - x) / rx) ** 2 + ((point[1] - y) / ry) ** 2 <= 1:
                    return True
            elif _inside(point, list(flatten(part.path))):
                return True
        return False


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
    landmarks: dict[Name, tuple[float, float]] = {}


class ViewFile(StrictModel):
    """A view file: named views, each a figure with its landmarks."""

    views: Annotated[dict[Name, ViewSpec], Field(min_length=1)]


ViewLibrary = dict[str, View]
"""Every view a content file may use, by name."""


def load_views(content_dir: Path) -> ViewLibrary:
    """The views booklet ships, with the content folder's own ``views/`` over them.

    A view of the content folder replaces a shipped view of the same name; two files
    in one folder that name the same view are an error.
    """
    views = dict(_library())
    folder = content_dir / VIEWS_FOLDER
    if folder.is_dir():
        views.update(_folder_views(folder))
    return views


@cache
def _library() -> ViewLibrary:
    views: ViewLibrary = {}
    folder = resources.files("booklet").joinpath("data/views")
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".yaml"):
            path = Path("booklet/data/views") / entry.name
            document = parse_yaml(entry.read_text("utf-8"), path)
            _add(views, validate(document, ViewFile), str(path), document)
    return views


def _folder_views(folder: Path) -> ViewLibrary:
    views: ViewLibrary = {}
    root = folder.resolve()
    for path in sorted(folder.glob("*.yaml")):
        if not path.resolve().is_relative_to(root):
            raise BookletError.about_file(
                path, f"a view file must stay inside {folder} (this one links outside it)"
            )
        document = load_yaml(path)
        _add(views, validate(document, ViewFile), str(path), document)
    return views


def _add(views: ViewLibrary, spec: ViewFile, source: str, document: Any) -> None:
    problems: list[Problem] = []
    for name, view_spec in spec.views.items():
        if name in views:
            problems.append(
                document.problem(
                    ("views", name),
                    f"the view {name!r} is already drawn in {views[name].source} "
                    "(valid: a name no other view file in this folder uses)",
                    key=True,
                )
            )
            continue
        view = _view(name, view_spec, source)
        problems += _landmark_problems(view, document)
        views[name] = view
    if problems:
        raise BookletError(problems)


def _landmark_problems(view: View, document: Any) -> list[Problem]:
    return [
        document.problem(
            ("views", view.name, "landmarks", landmark),
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


def flatten(path: Sequence[Command], steps: int = 12) -> Iterator[Point]:
    """The points of a path with each Bézier curve cut into ``steps`` straight pieces."""
    current = (0.0, 0.0)
    for op, values in path:
        if op in ("M", "L"):
            current = (values[0], values[1])
            yield current
        elif op == "C":
            x1, y1, x2, y2, x3, y3 = values
            x0, y0 = current
            for step in range(1, steps + 1):
                t = step / steps
                u = 1 - t
                yield (
                    u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
                    u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
                )
            current = (x3, y3)


def _inside(point: Point, polygon: Sequence[Point]) -> bool:
    """Even-odd ray casting."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


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
