"""Overlay marks, the symbols drawn over a step's view: one module a kind.

Each kind is one :class:`~booklet.marks.base.Mark` subclass holding its fields, the
places it points at, how it draws, its legend symbol and the legend's default words.
Adding a kind means writing its module and listing it here; content validation, the
diagrams, the legend and the documentation of valid keys all read this registry.
"""

from __future__ import annotations

from booklet.marks.avoid import Avoid
from booklet.marks.avoid_row import AvoidRow
from booklet.marks.base import Mark
from booklet.marks.bend import Bend
from booklet.marks.circles import Circles
from booklet.marks.hand import Hand
from booklet.marks.hatch import Hatch
from booklet.marks.label import Label
from booklet.marks.mirror import Mirror
from booklet.marks.press import Press
from booklet.marks.roll import Roll
from booklet.marks.rotate import Rotate
from booklet.marks.sight import Sight
from booklet.marks.sleeve import Sleeve
from booklet.marks.stroke import Stroke
from booklet.marks.tint import Tint
from booklet.marks.touch import Touch

MARKS: tuple[type[Mark], ...] = (
    Tint,
    Hatch,
    Hand,
    Sleeve,
    Mirror,
    Sight,
    Stroke,
    Rotate,
    Circles,
    Roll,
    Bend,
    Press,
    Avoid,
    AvoidRow,
    Touch,
    Label,
)
"""Every kind, in drawing order: the wash and the shading first, then hands (they lie on
the skin, over the lotion), a sleeve's cuff on a figure's own wrist, and the mirror a
hand holds (its glass over the pose's), then long marks (a look into the mirror first),
small ones on top, so no arrow's halo cuts through a circle; the legend lists them in
the same order."""

REPEAT = "repeat"
"""The legend entry for a diagram's repetitions badge, which is not an overlay."""
REPEAT_LEGEND = "How many times"


def mark_kinds() -> list[str]:
    """The overlay keys content may use."""
    return [mark.kind for mark in MARKS]


def legend_kinds() -> list[str]:
    """Every legend entry, in the marks' order, then the repetitions badge.

    A mark with a symbol comes with its other looks (``styles``) after it.
    """
    return [entry for mark in MARKS if mark.legend for entry in (mark.kind, *mark.styles)] + [
        REPEAT
    ]


def legend_mark(kind: str) -> type[Mark]:
    """The mark that draws legend entry ``kind`` (its own kind, or one of its styles)."""
    return next(mark for mark in MARKS if kind == mark.kind or kind in mark.styles)


def default_legend(kind: str) -> str:
    """The legend's words for ``kind`` when the content does not reword them."""
    if kind == REPEAT:
        return REPEAT_LEGEND
    mark = legend_mark(kind)
    return mark.styles.get(kind, mark.legend)
