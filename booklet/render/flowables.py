"""The booklet's own flowables, for what ReportLab's stock ones do not do.

Paragraphs with a fallback font, balanced titles, headings that feed the outline, the
page counter and contents list that settle over layout passes, ruled note lines, and
blank or draft-only pieces. Flowables that arrange others live in :mod:`.boxes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as ReportLabParagraph
from reportlab.platypus.tableofcontents import IndexingFlowable

from booklet.render.tagging import Node, marked
from booklet.variant.fonts import with_fallback


class Paragraph(ReportLabParagraph):
    """ReportLab's paragraph, with characters its font lacks set in the fallback face.

    ``tag`` is the structure element whose content the paragraph is; both halves of a
    paragraph split across pages belong to it.
    """

    def __init__(
        self, text: Any, style: Any = None, *args: Any, tag: Node | None = None, **kwargs: Any
    ) -> None:
        if isinstance(text, str) and style is not None:
            text = with_fallback(text, style.fontName)
        super().__init__(text, style, *args, **kwargs)
        self.tag = tag

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        for part in parts:
            part.tag = self.tag
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        with marked(canvas, self.tag):
            super().drawOn(canvas, x, y, _sW)


class Tagged(Flowable):
    """Any flowable (a diagram, a logo, a QR code) drawn as the content of one element."""

    def __init__(self, flowable: Flowable, tag: Node) -> None:
        super().__init__()
        self.flowable = flowable
        self.tag = tag
        self.hAlign = getattr(flowable, "hAlign", "LEFT")
        self.spaceBefore = flowable.getSpaceBefore()
        self.spaceAfter = flowable.getSpaceAfter()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.flowable.wrap(available_width, available_height)
        return (self.width, self.height)

    def draw(self) -> None:
        with marked(self.canv, self.tag):
            self.flowable.drawOn(self.canv, 0, 0)


class BalancedParagraph(Paragraph):
    """A paragraph whose lines are evened out, for titles and headings.

    Wrapping greedily can leave one short word on a heading's last line ("Caring for
    Your Hands at / Home"); we find the narrowest width that needs no more
    lines than the full width does, so the lines come out close to equal. Where that
    still leaves one word alone on the last line ("What is foot / neuropathy?"), the
    last two words go down together, if that takes no extra line.
    """

    def __init__(
        self, text: Any, style: Any = None, *args: Any, tag: Node | None = None, **kwargs: Any
    ) -> None:
        super().__init__(text, style, *args, tag=tag, **kwargs)
        self._markup = text if isinstance(text, str) else None
        if isinstance(text, str) and style is not None:
            self._markup = with_fallback(text, style.fontName)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._balanced(available_width, available_height)
        wrapped = getattr(self, "blPara", None) is not None
        if self._markup is None or not wrapped or len(self.blPara.lines) < 2:
            return (width, height)
        if _last_words(self) > 1:
            return (width, height)
        spaces = _spaces_outside_tags(self._markup)
        if len(spaces) < 2:  # two words: nothing can come down to keep the last one company
            return (width, height)
        lines = len(self.blPara.lines)
        cut = spaces[-2]  # the last two words go down together
        forced = f"{self._markup[: cut + 1]}<br/>{self._markup[cut + 1 :]}"
        ReportLabParagraph.__init__(self, forced, self.style)
        _, forced_height = ReportLabParagraph.wrap(self, available_width, available_height)
        if len(self.blPara.lines) == lines:
            return (available_width, forced_height)
        ReportLabParagraph.__init__(self, self._markup, self.style)  # it would take a line more
        return self._balanced(available_width, available_height)

    def _balanced(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = super().wrap(available_width, available_height)
        if getattr(self, "blPara", None) is None:  # no room at all: the layout pass reports it
            return (available_width, height)
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


def _last_words(paragraph: ReportLabParagraph) -> int:
    """How many words the paragraph's last line holds, once wrapped."""
    last = paragraph.blPara.lines[-1]
    words = getattr(last, "words", None)
    if words is not None:  # lines of styled fragments
        return len("".join(getattr(word, "text", "") for word in words).split()) or len(words)
    return len(last[1])


def _spaces_outside_tags(markup: str) -> list[int]:
    """Where the markup's words break: its spaces that are not inside a tag."""
    spaces, inside = [], False
    for index, char in enumerate(markup):
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif char == " " and not inside:
            spaces.append(index)
    return spaces


class Heading(BalancedParagraph):
    """A heading that becomes a PDF bookmark and, at level 0, a contents entry."""

    def __init__(
        self,
        text: str,
        style: Any,
        *,
        level: int,
        key: str,
        in_contents: bool = True,
        tag: Node | None = None,
    ) -> None:
        super().__init__(text, style, tag=tag)
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

    def seed(self, total: int) -> None:
        """Start from an earlier build's count, as if a pass had just found it."""
        self.total = total

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


@dataclass(frozen=True)
class RowPadding:
    """The space above and below each contents row: its own, or more to fill a short page.

    A contents page that nearly fits one page tightens its rows (down to none) instead
    of spilling a few lines onto a second page.
    """

    normal: float
    most: float
    reach: float
    """How far down the frame a short contents page should reach."""
    frame: float
    """The frame's height."""

    def choose(self, bare: float, rows: int, available: float) -> float:
        """The padding for ``rows`` rows ``bare`` points tall with none, in ``available``."""
        normal = bare + 2 * self.normal * rows
        if normal > available:
            return max(0.0, (available - bare) / (2 * rows))
        wanted = self.reach - (self.frame - available)
        if normal < wanted:
            return min(self.most, (wanted - bare) / (2 * rows))
        return self.normal


class ContentsList(IndexingFlowable):
    """The contents page: each top-level heading, linked, with its page number.

    ReportLab's ``TableOfContents`` draws dot leaders as text, which screen readers and
    copy-paste read out as rows of full stops; this list keeps the text clean (title,
    then number) and separates rows with hairlines instead.
    """

    def __init__(
        self,
        tag: Node,
        entry_style: Any,
        number_style: Any,
        padding: RowPadding,
        table_style: list[Any],
    ) -> None:
        super().__init__()
        self.tag = tag
        self.padding = padding
        self.entry_style = entry_style
        self.number_style = number_style
        self.table_style = table_style
        self._entries: list[tuple[str, int, str]] = []
        self._previous: list[tuple[str, int, str]] | None = None
        self._table: Flowable = Spacer(0, 0)

    @property
    def entries(self) -> list[tuple[str, int, str]]:
        """The entries the last pass found: title, page and bookmark key."""
        return list(self._entries)

    def seed(self, entries: tuple[tuple[str, int, str], ...]) -> None:
        """Start from an earlier build's entries, as if a pass had just found them."""
        self._entries = list(entries)

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
            self.tag.children = []
            rows = []
            for title, page, key in entries:
                item = self.tag.add("TOCI")
                link = item.add("Reference").add("Link", alt=f"{title}, page {page}")
                rows.append(
                    [
                        BalancedParagraph(  # no entry ends in a lone word
                            f'<a href="#{key}">{escape(title)}</a>', self.entry_style, tag=link
                        ),
                        Paragraph(str(page), self.number_style, tag=item.add("P")),
                    ]
                )
            widths = [available_width - number_width, number_width]
            bare = self._padded(rows, widths, 0)
            _, height = bare.wrap(available_width, available_height)
            padding = self.padding.choose(height, len(rows), available_height)
            self._table = self._padded(rows, widths, padding)
        size: tuple[float, float] = self._table.wrap(available_width, available_height)
        return size

    def _padded(self, rows: list[list[Any]], widths: list[float], padding: float) -> Table:
        table = Table(rows, colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    *self.table_style,
                    ("TOPPADDING", (0, 0), (-1, -1), padding),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ]
            )
        )
        return table

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = self._table.split(available_width, available_height)
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._table.drawOn(canvas, x, y, _sW)


class BlankPage(Flowable):
    """Marks the page it lands on as intentionally blank: no footer is drawn there."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        """Draws nothing; the document notices it and leaves the page empty."""


def stacked_height(flowables: list[Flowable], width: float) -> float:
    """How tall ``flowables`` stand one over the other at ``width``, spaces after included.

    Measured as if the page had no end, so nothing that grows to fill a page grows.
    """
    return float(sum(item.wrap(width, 1e6)[1] + item.getSpaceAfter() for item in flowables))


def at_top_of_frame(flowable: Flowable) -> bool:
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
