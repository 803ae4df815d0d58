"""The booklet's own flowables, for what ReportLab's stock ones do not do.

Headings that feed the outline, boxed callouts, marks beside text (tick boxes, step
numbers), ruled note lines, and content pinned to the bottom of a frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as ReportLabParagraph
from reportlab.platypus.tableofcontents import IndexingFlowable

from booklet.variant.fonts import with_fallback


class Paragraph(ReportLabParagraph):
    """ReportLab's paragraph, with characters its font lacks set in the fallback face."""

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        if isinstance(text, str) and style is not None:
            text = with_fallback(text, style.fontName)
        super().__init__(text, style, *args, **kwargs)


class BalancedParagraph(Paragraph):
    """A paragraph whose lines are evened out, for titles and headings.

    Wrapping greedily can leave one short word on a heading's last line ("Caring for
    Your Hands at / Home"); we find the narrowest width that needs no more
    lines than the full width does, so the lines come out close to equal.
    """

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = super().wrap(available_width, available_height)
        line_count = len(self.blPara.lines)
        if line_count < 2:
            return (available_width, height)
        narrow, wide = available_width * 0.5, available_width
        while wide - narrow > 1:
            middle = (narrow + wide) / 2
            super().wrap(middle, available_height)
            if len(self.blPara.lines) > line_count:
                narrow = middle
            else:
                wide = middle
        _, height = super().wrap(wide, available_height)
        return (available_width, height)


class Heading(BalancedParagraph):
    """A heading that becomes a PDF bookmark and, at level 0, a contents entry."""

    def __init__(
        self, text: str, style: Any, *, level: int, key: str, in_contents: bool = True
    ) -> None:
        super().__init__(text, style)
        self.level = level
        self.key = key
        self.in_contents = in_contents
        self.plain_text = self.getPlainText()


class PageCounter(IndexingFlowable):
    """Remembers the page count of the previous pass so footers can print "of Y".

    ReportLab's ``multiBuild`` keeps rebuilding until every indexing flowable is satisfied,
    the same mechanism that settles the table of contents.
    """

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.previous_total: int | None = None

    def beforeBuild(self) -> None:
        self.previous_total = self.total or None
        self.total = 0

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "pageEnd":
            self.total = max(self.total, int(stuff))

    def isSatisfied(self) -> bool:
        return self.previous_total == self.total

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        """Draws nothing: the counter only listens."""


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
        return list(self.flowables) if _at_top_of_frame(self) else []

    def draw(self) -> None:
        y = self._content_height()
        previous = None
        for item, (_, height) in zip(self.flowables, self._sizes, strict=True):
            if previous is not None:
                y -= max(previous.getSpaceAfter(), item.getSpaceBefore())
            y -= height
            item.drawOn(self.canv, 0, y)
            previous = item


class FillRest(Flowable):
    """Takes the rest of the frame's height; ruled lines for the reader's notes."""

    def __init__(self, line_gap: float, color: Color, width: float, count: int | None) -> None:
        super().__init__()
        self.line_gap = line_gap
        self.color = color
        self.line_width = width
        self.count = count

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        wanted = self.count * self.line_gap if self.count else available_height
        self.height = min(wanted, available_height) if not self.count else wanted
        return (self.width, self.height)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(self.line_width)
        y = self.height - self.line_gap
        while y >= -0.01:
            canvas.line(0, y, self.width, y)
            y -= self.line_gap


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
    ) -> None:
        super().__init__()
        self.spaceAfter = space_after
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


class ContentsList(IndexingFlowable):
    """The contents page: each top-level heading, linked, with its page number.

    ReportLab's ``TableOfContents`` draws dot leaders as text, which screen readers and
    copy-paste read out as rows of full stops; this list keeps the text clean (title,
    then number) and separates rows with hairlines instead.
    """

    def __init__(self, entry_style: Any, number_style: Any, table_style: list[Any]) -> None:
        super().__init__()
        self.entry_style = entry_style
        self.number_style = number_style
        self.table_style = table_style
        self._entries: list[tuple[str, int, str]] = []
        self._previous: list[tuple[str, int, str]] | None = None
        self._table: Flowable = Spacer(0, 0)

    def beforeBuild(self) -> None:
        self._previous, self._entries = self._entries, []

    def isSatisfied(self) -> bool:
        return self._previous == self._entries

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "ContentsEntry":
            self._entries.append(stuff)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        entries = self._previous or []
        if entries:
            number_width = self.number_style.fontSize * 3
            rows = [
                [
                    Paragraph(f'<a href="#{key}">{escape(title)}</a>', self.entry_style),
                    Paragraph(f'<a href="#{key}">{page}</a>', self.number_style),
                ]
                for title, page, key in entries
            ]
            self._table = Table(rows, colWidths=[available_width - number_width, number_width])
            self._table.setStyle(TableStyle(self.table_style))
        size: tuple[float, float] = self._table.wrap(available_width, available_height)
        return size

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = self._table.split(available_width, available_height)
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._table.drawOn(canvas, x, y, _sW)


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
        return list(self.flowables) if _at_top_of_frame(self) else []


class Indented(Flowable):
    """A flowable moved right by ``indent``, to line up with text beside a mark."""

    def __init__(self, flowable: Flowable, indent: float) -> None:
        super().__init__()
        self.flowable = flowable
        self.indent = indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = self.flowable.wrap(available_width - self.indent, available_height)
        self.width, self.height = available_width, height
        return (self.width, self.height)

    def draw(self) -> None:
        self.flowable.drawOn(self.canv, self.indent, 0)


class BlankPage(Flowable):
    """Marks the page it lands on as intentionally blank: no footer is drawn there."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        """Draws nothing; the document notices it and leaves the page empty."""


def _at_top_of_frame(flowable: Flowable) -> bool:
    """Whether the frame ReportLab is filling is still empty (so the next one is no bigger)."""
    frame = getattr(flowable, "_frame", None)
    return frame is not None and bool(getattr(frame, "_atTop", False))


class DraftSkipped(Flowable):
    """A costly drawing that is measured on every layout pass but drawn only for real.

    The booklet is laid out twice (the second pass knows the page count and contents);
    the first pass's drawing is thrown away, so diagrams need not be drawn in it.
    """

    def __init__(self, flowable: Flowable) -> None:
        super().__init__()
        self.flowable = flowable

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.flowable.wrap(available_width, available_height)
        return (self.width, self.height)

    def draw(self) -> None:
        if not getattr(getattr(self.canv, "_doctemplate", None), "draft", False):
            self.flowable.drawOn(self.canv, 0, 0)
