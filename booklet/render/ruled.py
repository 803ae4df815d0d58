"""Ruled lines for the reader's notes, taking the rest of the page (and the next if need be).

A notes page is the one a reader writes on, so it must offer room to write: its lines
fill whatever the page has left, and where that is too little they go on over a page
of their own. The same lines carry on over the pages that pad a folded booklet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from booklet.render.flowables import Paragraph, at_top_of_frame
from booklet.render.pagination import MEASURE_HEIGHT
from booklet.render.tagging import artifact

FOOT_CLEAR = 0.5
"""Lines that run to the page's foot stop this share of a gap above it: a last line just
over the footer's rule reads as a double rule, not a line to write on."""


class RunningHead(Paragraph):
    """The head of a page the notes go on over ("My notes, continued"), or its foot.

    Page furniture, marked as an artifact: the notes' own heading is the content.
    """

    def __init__(self, text: str, style: Any, subtype: str = "Header") -> None:
        super().__init__(text, style)
        self.subtype = subtype

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        with artifact(canvas, "Pagination", self.subtype):
            super().drawOn(canvas, x, y, _sW)


class AtFoot(Flowable):
    """A flowable set at the foot of the frame: it takes the rest of the page's height.

    Measured with no page end (by the plan), it is as tall as what it holds, so the plan
    counts only that; placed, it reaches down to the frame's foot and draws there, so a
    page-turn cue ("Continued on the next page") sits above the footer, not mid-page.
    """

    def __init__(self, held: Flowable) -> None:
        super().__init__()
        self.held = held
        self.spaceBefore = held.getSpaceBefore()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.held.wrap(available_width, available_height)
        self.width = width
        if available_height < MEASURE_HEIGHT:  # on a page: the rest of it
            height = max(height, available_height - 0.5)
        self.height = height
        return (width, height)

    def draw(self) -> None:
        self.held.drawOn(self.canv, 0, 0)


class FillRest(Flowable):
    """Takes the rest of the frame's height; ruled lines for the reader's notes.

    Where the rest of the page holds fewer than ``least`` lines, the lines go on over
    the whole of the next page too, so a notes page always has room to write.
    ``planned`` is what pagination counts them as (``least`` unless told): one line,
    where the notes share their first page and may go on over the next. ``head`` makes
    the running head of each page they go on over. ``reserve`` is room they leave at
    the foot of their last page, for what follows them there.
    """

    def __init__(
        self,
        line_gap: float,
        color: Color,
        width: float,
        count: int | None,
        least: int = 0,
        head: Callable[[], Flowable] | None = None,
    ) -> None:
        super().__init__()
        self.line_gap = line_gap
        self.color = color
        self.line_width = width
        self.count = count
        self.least = least
        self.head = head
        self.planned: int | None = None
        self.reserve = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self.count:
            self.height = self.count * self.line_gap
        elif available_height >= MEASURE_HEIGHT:  # measured with no page end (kept together)
            self.height = self.planned_height()
        elif self._too_few(available_height):
            self.height = available_height + self.line_gap  # split: on over the next page
        else:
            self.height = available_height - self.reserve
        return (self.width, self.height)

    @property
    def fills_page(self) -> bool:
        """Whether it takes the rest of its page (a fixed count of lines does not)."""
        return not self.count

    def planned_height(self) -> float:
        """What pagination counts it as: its lines, or the least it may have.

        It takes whatever room is left, and goes on to the next page below that.
        """
        return (self.count or self.planned or self.least) * self.line_gap

    def _too_few(self, available_height: float) -> bool:
        room = available_height - self.reserve
        return room < self.least * self.line_gap and not at_top_of_frame(self)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The lines the page has room for, then a whole page of them."""
        if self.count or not self._too_few(available_height):
            return []
        here = int(available_height // self.line_gap)
        rest = [PageBreak(), *self.continued()]
        if here == 0:
            return rest
        return [FillRest(self.line_gap, self.color, self.line_width, here), *rest]

    def continued(self) -> list[Flowable]:
        """A page of these lines going on: under its running head, lines to the foot."""
        lines = FillRest(self.line_gap, self.color, self.line_width, None, head=self.head)
        lines.reserve = self.reserve
        return [self.head(), lines] if self.head else [lines]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(self.line_width)
        y = self.height - self.line_gap
        lowest = -0.01 if self.count else self.line_gap * FOOT_CLEAR  # off the footer's rule
        while y >= lowest:
            canvas.line(0, y, self.width, y)
            y -= self.line_gap
