"""The label column beside a step picture: where each label goes, and its leader line.

Labels stand in a column right of the figure, each as near its point's height as it
can be while its leader line enters only the outlines around its point (once each),
crosses no other leader, and its box keeps off the other labels (and an inset).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from booklet.marks.base import DiagramStyle
from booklet.model.geometry import (
    Box,
    Point,
    boxes_overlap,
    inside,
    segment_crossings,
    segments_cross,
)


def wrap_label(text: str, style: DiagramStyle, *, narrow: bool = False) -> tuple[str, ...]:
    """A label on one line, or on two balanced lines when one would be too wide.

    A label of three words or fewer stays on one line, and one of four or more breaks
    with at least two words a line, so no word is left alone. A ``narrow`` column (a
    close-up's, which shares the width with a window on the centre line) breaks sooner.
    """
    words = text.split()

    def width(line: str) -> float:
        return float(stringWidth(line, style.label_font, style.label_size))

    if width(text) <= style.width * (0.2 if narrow else 0.34) or len(words) < 4:
        return (" ".join(words),)
    splits = [(" ".join(words[:cut]), " ".join(words[cut:])) for cut in range(2, len(words) - 1)]
    return min(splits, key=lambda pair: max(width(pair[0]), width(pair[1])))


LABEL_GAP = 8.0
"""The least space, in points, between two labels' boxes: wider than a line's own gap,
so two labels never read as one sentence."""


def label_gap(size: float) -> float:
    """The least space between two labels of type ``size``: ``LABEL_GAP``, more for large type."""
    return max(LABEL_GAP, size * 0.8)


@dataclass(frozen=True)
class LabelBox:
    """One label: its lines, where the first line sits, its box and its leader line."""

    lines: tuple[str, ...]
    x: float
    baseline: float
    box: Box
    leader: tuple[Point, Point]


@dataclass(frozen=True)
class Column:
    """The label column beside one figure, and what its leader lines must keep clear of."""

    x: float
    leading: float
    window: Box
    shapes: Sequence[tuple[Sequence[Point], Box]]
    style: DiagramStyle
    keep_off: tuple[Box, ...] = ()
    """What else the column holds (an inset): label boxes keep off it."""

    def best(
        self,
        lines: tuple[str, ...],
        target: Point,
        clearance: float,
        placed: Sequence[LabelBox],
    ) -> LabelBox:
        """The label nearest its point's height whose box and leader keep clear.

        The leader starts ``clearance`` from its point, toward the label, so it leaves a
        ring mark through its side.
        """
        size = self.style.label_size
        width = max(stringWidth(line, self.style.label_font, size) for line in lines)
        height = self.leading * (len(lines) - 1) + size
        candidates: list[LabelBox] = []
        for step in range(0, 60):
            for sign in (1, -1) if step else (1,):
                middle = target[1] + sign * step * size * 0.25
                baseline = middle + height / 2 - size * 0.8
                box = (self.x, middle - height / 2, self.x + width, middle + height / 2)
                end = (self.x - size * 0.3, baseline + size * 0.32)
                label = LabelBox(
                    lines, self.x, baseline, box, (_toward(target, end, clearance), end)
                )
                if (
                    box[1] < self.window[1] - size
                    or any(boxes_overlap(box, other.box, label_gap(size)) for other in placed)
                    or any(boxes_overlap(box, other, size * 0.25) for other in self.keep_off)
                ):
                    continue
                if _leader_clear(label.leader, self.shapes, self.window, placed):
                    return label
                candidates.append(label)
        if not candidates:  # no room below the window either: keep it at its point's height
            box = (self.x, target[1], self.x + width, target[1] + height)
            return LabelBox(lines, self.x, target[1], box, (target, (self.x, target[1])))
        return candidates[0]


def _toward(start: Point, end: Point, distance: float) -> Point:
    """The point ``distance`` from ``start`` on the way to ``end``."""
    length = math.dist(start, end)
    if length <= distance or length == 0:
        return start
    share = distance / length
    return (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)


def _leader_clear(
    leader: tuple[Point, Point],
    shapes: Sequence[tuple[Sequence[Point], Box]],
    window: Box,
    placed: Sequence[LabelBox],
) -> bool:
    """Whether a leader enters each outline around its point once and crosses no other."""
    start, end = leader
    reach = (
        min(start[0], end[0]),
        min(start[1], end[1]),
        max(start[0], end[0]),
        max(start[1], end[1]),
    )
    for polygon, box in shapes:
        if not boxes_overlap(reach, box):
            continue  # the outline lies wholly aside: no crossing, and the point is not in it
        visible = [
            point
            for point in segment_crossings(start, end, polygon)
            if window[0] <= point[0] <= window[2] and window[1] <= point[1] <= window[3]
        ]
        if len(visible) != (1 if inside(start, polygon) else 0):
            return False
    return not any(_crosses(leader, other.leader) for other in placed)


def _crosses(first: tuple[Point, Point], second: tuple[Point, Point]) -> bool:
    return segments_cross(first[0], first[1], second[0], second[1])
