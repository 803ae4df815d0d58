"""Pictures in content: a view with marks (hands among them) on it, and their checks.

A step's diagram and the cover's illustration are the same kind of data: a view from
the view files, maybe mirrored, with overlay marks from :mod:`booklet.marks` placed on
it. The models validate their shape; :func:`picture_problems` then checks them against
the views and poses actually loaded, so a misspelt landmark or pose is an error with
its line, before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Annotated, Any, cast

import pydantic
from pydantic import Field

from booklet.marks import MARKS
from booklet.marks.base import Mark, PointRef
from booklet.model.views import SHOWN_VIEW, Figures, point_problem
from booklet.source.limits import MAX_MARKS
from booklet.source.validation import OneOf, ShortText, StrictModel, Text
from booklet.source.yamlsource import FieldPath


class _Overlay(OneOf):
    """One mark drawn over a view: exactly one of the kinds in :data:`booklet.marks.MARKS`."""

    @property
    def mark(self) -> Mark:
        """The mark this item holds."""
        return cast(Mark, self.value)

    def points(self) -> Iterator[tuple[FieldPath, Any]]:
        """The places this mark refers to, each with its field path inside the overlay."""
        for path, point in self.mark.points():
            yield (self.kind, *path), point


if TYPE_CHECKING:
    Overlay = _Overlay
else:
    Overlay = pydantic.create_model(
        "Overlay",
        __base__=_Overlay,
        __doc__=_Overlay.__doc__,
        **{mark.kind: (mark | None, None) for mark in MARKS},
    )


class CloseUp(StrictModel):
    """A part of the view shown enlarged, so small things (the toes) can be seen."""

    at: PointRef
    zoom: Annotated[float, Field(ge=1.2, le=4)] = 2
    aspect: Annotated[float, Field(ge=0.5, le=1)] = 1
    """How tall the window is for its width, at most: 1 a square (never taller: the
    detail, not a strip of it); less for a row of things wider than tall (the toes), so a
    large close-up leaves out what lies below them and takes no more of the page than it
    shows."""


class Picture(StrictModel):
    """A view with marks (hands among them) placed on it."""

    view: Text
    mirror: bool = False
    overlays: Annotated[list[Overlay], Field(max_length=MAX_MARKS)] = []


class CoverArt(Picture):
    """The cover's illustration: decoration in the band, so it needs no alt text."""

    fade: bool = True
    """Whether its top fades into the band, as a leg does that leaves the picture there;
    a picture whole at its top (a hand) stays whole."""


class Inset(Picture):
    """A second, smaller view beside the main one (the top as well as the sole).

    Its marks carry no labels: the label column belongs to the main view.
    """

    scale: Annotated[float, Field(ge=0.4, le=0.8)] = 0.6


class Diagram(Picture):
    """What a step's illustration shows, as data: a view and marks over it."""

    close_up: CloseUp | None = None
    inset: Inset | None = None
    alt: Text
    repeat: ShortText | None = None


def picture_problems(
    pictures: Sequence[tuple[FieldPath, Picture | None]],
    figures: Figures,
    relabelled: Sequence[str],
) -> Iterator[tuple[FieldPath, str]]:
    """Views, poses, landmarks and coordinates that do not exist where a picture asks.

    ``relabelled`` are the view names the content gives its own captions for.
    """
    views = figures.views
    valid = ", ".join(sorted(views)) or "none found"
    for name in relabelled:
        if name not in views:
            yield ("labels", "views", name), f"{name!r} is not a view (valid: {valid})"
    for here_path, diagram in pictures:
        if diagram is None:
            continue
        yield from _view_problems(here_path, diagram, figures, valid)
        inset = diagram.inset if isinstance(diagram, Diagram) else None
        if inset is None:
            continue
        here = (*here_path, "inset")
        if isinstance(diagram, Diagram) and diagram.close_up is not None:
            yield here, "a close-up has no inset (valid: one of close_up or inset)"
            continue
        for index, overlay in enumerate(inset.overlays):
            if overlay.mark.caption():
                yield (
                    (*here, "overlays", index, overlay.kind, "label"),
                    "an inset's marks carry no label (valid: label it on the main view)",
                )
        yield from _view_problems(here, inset, figures, valid)


def _view_problems(
    here_path: FieldPath, diagram: Picture, figures: Figures, valid: str
) -> Iterator[tuple[FieldPath, str]]:
    """The view, close-up point, landmarks and poses of one picture that do not exist."""
    views = figures.views
    if diagram.view not in views:
        yield (*here_path, "view"), f"{diagram.view!r} is not valid (valid: {valid})"
        return
    view = views[diagram.view]
    view = view.mirrored() if diagram.mirror else view
    if isinstance(diagram, Diagram) and diagram.close_up is not None:
        message = point_problem(view, diagram.close_up.at)
        if message:
            yield (*here_path, "close_up", "at"), message
    for index, overlay in enumerate(diagram.overlays):
        here = (*here_path, "overlays", index)
        for point_path, point in overlay.points():
            message = point_problem(view, point)
            if message:
                yield (*here, *point_path), message
        yield from _prop_problems((*here, overlay.kind), overlay.mark, figures, valid)


def _prop_problems(
    here: FieldPath, mark: Mark, figures: Figures, valid_views: str
) -> Iterator[tuple[FieldPath, str]]:
    """The poses (and the views a mirror shows) a mark names that do not exist or fit."""
    props = figures.props()
    valid_poses = ", ".join(sorted(figures.poses)) or "none found"
    for pose_path, pose in mark.poses():
        if pose not in props:
            shown = pose.removeprefix(SHOWN_VIEW)
            message = (
                f"{shown!r} is not a view (valid: {valid_views})"
                if pose.startswith(SHOWN_VIEW)
                else f"{pose!r} is not a pose (valid: {valid_poses})"
            )
            yield (*here, *pose_path), message
            continue
        for problem_path, message in mark.pose_problems(props[pose]):
            yield (*here, *problem_path), message
