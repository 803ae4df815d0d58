"""Pagination that fills pages: choose where each page of a chapter ends, before layout.

ReportLab fills pages greedily: each page takes what fits and the rest flows on. A kept
group (a heading with its first block, a step with its picture) that does not fit moves
whole to the next page, and a section that runs a little past a page leaves its last
page nearly empty. Both leave pages that look unfinished.

So the body is planned first, chapter by chapter (the pages between two forced page
breaks). A page may end only between two flowables that are not kept together; the
pieces between those places are measured at the frame's width (ReportLab's own
``wrap``, with its rule for the space between flowables), and the breaks are chosen as
line breaking chooses them for a paragraph: over all ways to fill the pages, the one
with the least squared emptiness, where a page less full than the layout's
``pagination.target`` costs far more. That fills pages, balances a chapter's last page
with the one before it, and never leaves a page mostly empty unless what follows could
not fit there. The chosen places become :class:`PlannedBreak` flowables; a piece taller
than a page still flows on as ReportLab splits it.

Heights depend only on the content and the layout, never on where a page happens to
end, so the plan is made once, needs no extra layout pass and gives the same bytes
every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import FrameBreak

MEASURE_HEIGHT = 1e6
"""Flowables are measured as if the page had no end, at their natural height (a grid
that grows to fill its page then counts only the rows it needs)."""
SHORT_PAGE_COST = 20.0
"""The cost of each share of a frame that a page falls short of the target by."""


class PlannedBreak(Flowable):
    """The end of a page, chosen by the plan: a frame break unless the page is empty."""

    locChanger = 1
    """Never part of a kept group (ReportLab's ``_ktAllow``)."""

    def frameAction(self, frame: Any) -> None:
        """Called by the frame instead of placing it, so it never overflows a full page."""
        if not getattr(frame, "_atTop", False):
            frame.add_generated_content(FrameBreak)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        """Draws nothing."""


@dataclass(frozen=True)
class Frame:
    """The body frame a chapter is poured into, and how full a page should be."""

    width: float
    height: float
    target: float
    slack: float
    """Room kept free on a planned page, for the measure's rounding."""
    shrink: float
    """The share of the space between blocks that a page may give up to hold one more."""


@dataclass(frozen=True)
class Piece:
    """Flowables between two places where a page may end, measured."""

    flowables: list[Flowable]
    height: float
    gaps: float
    """The part of ``height`` that is space between the piece's flowables."""
    space_before: float
    space_after: float


@dataclass(frozen=True)
class Page:
    """A planned page: its first and last piece, its height and the space it may give up."""

    start: int
    end: int
    height: float
    gaps: float


def paginate(body: list[Flowable], frame: Frame, hard: tuple[type, ...]) -> list[Flowable]:
    """``body`` with a planned break at the end of every page but a chapter's last.

    Flowables of the ``hard`` types (page breaks) end a chapter.
    """
    result: list[Flowable] = []
    chapter: list[Flowable] = []
    for flowable in body:
        if isinstance(flowable, hard):
            result += [*_planned(chapter, frame), flowable]
            chapter = []
        else:
            chapter.append(flowable)
    return result + _planned(chapter, frame)


def _planned(chapter: list[Flowable], frame: Frame) -> list[Flowable]:
    pieces = _pieces(chapter, frame)
    if len(pieces) < 2:
        return chapter
    result: list[Flowable] = []
    for page in _best_pages(pieces, frame):
        flowables = [
            item for piece in pieces[page.start : page.end + 1] for item in piece.flowables
        ]
        room = frame.height - frame.slack
        if room < page.height <= room + page.gaps * frame.shrink:
            _tighten(flowables, 1 - (page.height - room) / page.gaps)
        result += flowables
        if page.end < len(pieces) - 1:
            result.append(PlannedBreak())
    return result


def _tighten(flowables: list[Flowable], factor: float) -> None:
    """Scale the space around each flowable of a page that holds one block more."""
    for flowable in flowables:
        flowable.spaceBefore = flowable.getSpaceBefore() * factor
        flowable.spaceAfter = flowable.getSpaceAfter() * factor


def _pieces(chapter: list[Flowable], frame: Frame) -> list[Piece]:
    """The chapter cut wherever a page may end: after a flowable not kept with the next."""
    groups: list[list[Flowable]] = [[]]
    for flowable in chapter:
        groups[-1].append(flowable)
        if not flowable.getKeepWithNext():
            groups.append([])
    return [_measure(group, frame) for group in groups if group]


def _measure(flowables: list[Flowable], frame: Frame) -> Piece:
    """Height as ReportLab stacks it: the larger of the space after and before, between."""
    height, gaps, previous = 0.0, 0.0, None
    for flowable in flowables:
        try:
            _, own = flowable.wrap(frame.width, MEASURE_HEIGHT)
        except ValueError:  # too wide for the frame: the layout pass reports where
            own = frame.height
        height += 0 if getattr(flowable, "stretches", False) else own
        if previous is not None:
            gaps += max(previous.getSpaceAfter(), flowable.getSpaceBefore())
        previous = flowable
    first, last = flowables[0], flowables[-1]
    return Piece(flowables, height + gaps, gaps, first.getSpaceBefore(), last.getSpaceAfter())


def _best_pages(pieces: list[Piece], frame: Frame) -> list[Page]:
    """The least costly way to fill the chapter's pages with its pieces, in order."""
    count = len(pieces)
    room = frame.height - frame.slack
    best: list[float] = [0.0] + [float("inf")] * count
    last_page: list[Page | None] = [None] * (count + 1)
    for end in range(1, count + 1):
        height, gaps = 0.0, 0.0
        for start in range(end - 1, -1, -1):
            piece = pieces[start]
            if start < end - 1:
                gap = max(piece.space_after, pieces[start + 1].space_before)
                height, gaps = height + gap, gaps + gap
            height, gaps = height + piece.height, gaps + piece.gaps
            fitted = max(height - gaps * frame.shrink, min(height, room))
            if fitted > room and start < end - 1:
                break
            cost = best[start] + _page_cost(fitted, frame)
            if cost < best[end]:
                best[end] = cost
                last_page[end] = Page(start, end - 1, height, gaps)
    pages: list[Page] = []
    end = count
    while end > 0:
        page = last_page[end]
        assert page is not None
        pages.append(page)
        end = page.start
    return pages[::-1]


def _page_cost(height: float, frame: Frame) -> float:
    """Squared emptiness, and far more for a page short of the target; nothing if too tall."""
    fill = height / frame.height
    if fill >= 1:
        return 0.0
    cost = (1 - fill) ** 2
    if fill < frame.target:
        cost += SHORT_PAGE_COST * (frame.target - fill)
    return cost
