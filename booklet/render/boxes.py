"""Flowables that arrange other flowables: side by side, stacked, boxed, pinned down.

Steps put their picture beside (or under) their text, callouts sit in tinted panels
with an icon beside the words, and the back page pins its details to the bottom.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from booklet.render.flowables import at_top_of_frame
from booklet.render.tagging import Node, marked


class PinToBottom(Flowable):
    """Places its flowables at the bottom of the space left in the frame.

    Used for the cover's title block and the back page's colophon, which belong at the
    bottom of their area however much text comes before them.
    """

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__()
        self.flowables = list(flowables)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._sizes = [item.wrap(available_width, available_height) for item in self.flowables]
        needed = self._content_height()
        self.width = available_width
        self.height = max(needed, available_height) if needed <= available_height else needed
        return (self.width, self.height)

    def _content_height(self) -> float:
        height: float = sum(size[1] for size in self._sizes)
        gaps = zip(self.flowables, self.flowables[1:], strict=False)
        height += sum(max(a.getSpaceAfter(), b.getSpaceBefore()) for a, b in gaps)
        return height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Too tall even for an empty frame: let the items flow on instead of failing."""
        return _flattened(self.flowables) if at_top_of_frame(self) else []

    def draw(self) -> None:
        y = self._content_height()
        previous = None
        for item, (_, height) in zip(self.flowables, self._sizes, strict=True):
            if previous is not None:
                y -= max(previous.getSpaceAfter(), item.getSpaceBefore())
            y -= height
            item.drawOn(self.canv, 0, y)
            previous = item


class Boxed(Flowable):
    """Paragraphs beside a small drawn mark (tick box, step number, callout icon).

    ``mark`` draws into a square of ``mark_size`` whose top aligns with the first line.
    """

    def __init__(
        self,
        paragraphs: Sequence[Flowable],
        *,
        indent: float,
        mark: Any,
        mark_size: float,
        mark_top: float = 0,
        space_after: float = 0,
        mark_tag: Node | None = None,
    ) -> None:
        super().__init__()
        self.spaceAfter = space_after
        self.mark_tag = mark_tag
        self.text = Stack(paragraphs)
        self.indent = indent
        self.mark = mark
        self.mark_size = mark_size
        self.mark_top = mark_top

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, text_height = self.text.wrap(available_width - self.indent, available_height)
        self.width = available_width
        self.height = max(text_height, self.mark_size + self.mark_top)
        return (self.width, self.height)

    def draw(self) -> None:
        self.text.drawOn(self.canv, self.indent, self.height - self.text.height)
        self.canv.saveState()
        self.canv.translate(0, self.height - self.mark_top - self.mark_size)
        with marked(self.canv, self.mark_tag):
            self.mark(self.canv, self.mark_size)
        self.canv.restoreState()


class Panel(Flowable):
    """A tinted box with a coloured edge around other flowables; used for callouts."""

    def __init__(
        self,
        content: Flowable,
        *,
        background: Color,
        edge: Color,
        padding: float,
        edge_width: float = 4,
        radius: float = 4,
    ) -> None:
        super().__init__()
        self.content = content
        self.background = background
        self.edge = edge
        self.padding = padding
        self.edge_width = edge_width
        self.radius = radius

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner_width = available_width - 2 * self.padding - self.edge_width
        _, inner_height = self.content.wrap(inner_width, available_height)
        self.width = available_width
        self.height = inner_height + 2 * self.padding
        return (self.width, self.height)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        outline = canvas.beginPath()
        outline.roundRect(0, 0, self.width, self.height, self.radius)
        canvas.clipPath(outline, stroke=0, fill=0)
        canvas.setFillColor(self.background)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(self.edge)
        canvas.rect(0, 0, self.edge_width, self.height, stroke=0, fill=1)
        canvas.restoreState()
        self.content.drawOn(canvas, self.edge_width + self.padding, self.padding)


class Beside(Flowable):
    """Two flowables side by side, top-aligned, never split: a step and its diagram."""

    def __init__(
        self, main: Flowable, side: Flowable, *, gap: float, space_after: float = 0
    ) -> None:
        super().__init__()
        self.main = main
        self.side = side
        self.gap = gap
        self.spaceAfter = space_after
        self._heights = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        side_width, side_height = self.side.wrap(available_width, available_height)
        main_width = available_width - side_width - self.gap
        _, main_height = self.main.wrap(main_width, available_height)
        self._heights = (main_height, side_height)
        self.width, self.height = available_width, max(main_height, side_height)
        return (self.width, self.height)

    def draw(self) -> None:
        main_height, side_height = self._heights
        self.main.drawOn(self.canv, 0, self.height - main_height)
        self.side.drawOn(self.canv, self.width - self.side.width, self.height - side_height)


class Stack(Flowable):
    """Flowables one above the other, kept on one page.

    Only a stack taller than a whole frame comes apart (into its items), since a step
    and its picture on two pages beats a build that cannot finish.
    """

    def __init__(self, flowables: Sequence[Flowable], *, space_after: float = 0) -> None:
        super().__init__()
        self.spaceAfter = space_after
        self.flowables = list(flowables)
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [item.wrap(available_width, available_height)[1] for item in self.flowables]
        gaps = sum(item.getSpaceAfter() for item in self.flowables[:-1])
        self.width, self.height = available_width, sum(self._heights) + gaps
        return (self.width, self.height)

    def draw(self) -> None:
        y = self.height
        for item, height in zip(self.flowables, self._heights, strict=True):
            y -= height
            item.drawOn(self.canv, 0, y)
            y -= item.getSpaceAfter()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return _flattened(self.flowables) if at_top_of_frame(self) else []


def _flattened(flowables: Sequence[Flowable]) -> list[Flowable]:
    """Items with every stack among them opened up, so each can find its own page."""
    items: list[Flowable] = []
    for item in flowables:
        items += _flattened(item.flowables) if isinstance(item, Stack) else [item]
    return items


class Indented(Flowable):
    """A flowable moved right by ``indent``, to line up with text beside a mark.

    One too wide for that moves right only as far as keeps it inside the frame.
    """

    def __init__(self, flowable: Flowable, indent: float) -> None:
        super().__init__()
        self.flowable = flowable
        self.indent = indent
        self._offset = indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.flowable.wrap(available_width - self.indent, available_height)
        self._offset = max(0.0, min(self.indent, available_width - width))
        self.width, self.height = available_width, height
        return (self.width, self.height)

    def draw(self) -> None:
        self.flowable.drawOn(self.canv, self._offset, 0)
