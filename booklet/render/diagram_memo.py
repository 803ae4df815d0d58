"""Step diagrams a worker works out once: their layouts, and their drawings, by their inputs.

Laying a diagram out (label placement, hand outlines) and drawing it are pure: the same
diagram, view, poses, style and grid give the same numbers and the same shapes. A worker
of ``build-all`` draws the same diagrams for edition after edition, so it keeps both:

- a *layout* (:func:`lay_out`) is keyed by everything it is computed from but the
  style's colours, which it never reads: the editions of many clinics, each in its own
  colours, share one layout per diagram and size; the layout handed back carries the
  caller's style;
- a *drawing* (:func:`kept_drawing`) is keyed by everything, colours included: an
  edition built again draws nothing anew. Drawings are only ever read by ReportLab's
  renderers, never changed, so one can go into many documents.

Keys hold values, never object identities, so an edited view file (read again, equal
or not) can never be drawn from a stale entry. ``BOOKLET_NO_CACHE=1`` turns both off.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import fields, replace

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color

from booklet.marks.base import DiagramStyle
from booklet.memo import Memo
from booklet.model.content import Diagram
from booklet.model.views import View
from booklet.render import diagram_layout
from booklet.render.diagram_inset import InsetView
from booklet.render.diagram_layout import DiagramLayout, Grid


def view_key(view: View) -> str:
    """Everything a view is, as text: its repr, worked out once per view object."""
    kept = _VIEW_KEYS.get(id(view))
    if kept is not None and kept[0] is view:
        _VIEW_KEYS.move_to_end(id(view))
        return kept[1]
    key = repr(view)
    _VIEW_KEYS[id(view)] = (view, key)  # holding the view keeps its id from being reused
    while len(_VIEW_KEYS) > _VIEW_KEY_COUNT:
        _VIEW_KEYS.popitem(last=False)
    return key


_VIEW_KEYS: OrderedDict[int, tuple[View, str]] = OrderedDict()
_VIEW_KEY_COUNT = 1024


def poses_key(poses: Mapping[str, View]) -> tuple[tuple[str, str], ...]:
    """The poses a diagram may place, by name, as values."""
    return tuple((name, view_key(pose)) for name, pose in sorted(poses.items()))


def shape_key(style: DiagramStyle) -> tuple[object, ...]:
    """The style's sizes and fonts: all of it but its colours."""
    values = (getattr(style, item.name) for item in fields(style))
    return tuple(value for value in values if not isinstance(value, Color))


def style_key(style: DiagramStyle) -> tuple[object, ...]:
    """All of the style, each colour by its kind and every one of its values."""
    values = (getattr(style, item.name) for item in fields(style))
    return tuple(
        (type(value).__name__, tuple(sorted(vars(value).items())))
        if isinstance(value, Color)
        else value
        for value in values
    )


def lay_out(
    diagram: Diagram,
    view: View,
    style: DiagramStyle,
    grid: Grid,
    poses: Mapping[str, View],
    *,
    caption: bool = True,
    inset: InsetView | None = None,
) -> DiagramLayout:
    """:func:`booklet.render.diagram_layout.lay_out`, worked out once per worker."""
    key = (
        diagram.model_dump_json(),
        view_key(view),
        poses_key(poses),
        shape_key(style),
        grid,
        caption,
        inset_key(inset),
    )

    def make() -> DiagramLayout:
        return diagram_layout.lay_out(
            diagram, view, style, grid, poses, caption=caption, inset=inset
        )

    layout = _LAYOUTS.get(key, make)
    placement = replace(layout.placement, view=view, style=style, poses=poses)
    kept = layout.inset
    if kept is not None and inset is not None:
        moved = replace(kept.placement, view=inset.view, style=style, poses=poses)
        kept = replace(kept, placement=moved)
    return replace(layout, placement=placement, inset=kept)


def inset_key(inset: InsetView | None) -> tuple[str, str] | None:
    """An inset's view and caption, as values."""
    return None if inset is None else (view_key(inset.view), inset.caption)


_LAYOUTS: Memo[DiagramLayout] = Memo(512)


def kept_drawing(
    diagram: Diagram,
    view: View,
    style: DiagramStyle,
    grid: Grid,
    poses: Mapping[str, View],
    extra: tuple[object, ...],
    draw: Callable[[], Drawing],
) -> Drawing:
    """``draw()``'s drawing of ``diagram``, made once per worker for these inputs.

    ``extra`` holds whatever else ``draw`` is given (caption, step number).
    """
    key = (
        diagram.model_dump_json(),
        view_key(view),
        poses_key(poses),
        style_key(style),
        grid,
        extra,
    )
    return _DRAWINGS.get(key, draw)


_DRAWINGS: Memo[Drawing] = Memo(32)
"""About one edition's diagrams: a drawing is large, and only the same edition built again
(same colours, sizes and paper) draws the same ones."""
