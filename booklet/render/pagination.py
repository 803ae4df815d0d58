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
``pagination.target`` costs far more, and a chapter's last page pays less for its
room. That fills the pages before a chapter's last one first, keeps the last off the
floor, and never leaves a page mostly empty unless what follows could
not fit there. The chosen places become :class:`PlannedBreak` flowables; a piece taller
than a page still flows on as ReportLab splits it.

A flowable may carry ``continued_by``, a pair of makers: where the plan ends a page after
it, the page ends with the first's flowable ("Continued on the next page"), if there is a
first, and the next page opens with the second's (the list's title, continued), and the
plan counts their room. A safety list does, so a reader who turns the page knows the list
goes on; the daily check's numbered checks carry only the second.

A body paragraph marked ``may_split`` may also end a page between two of its lines,
keeping at least ``LINES_KEPT`` lines on each side (no widows or orphans; under a
heading, ``HEADED_LINES`` before the page ends), if it has
at least the layout's ``pagination.split_lines`` lines, and a page that ends there
pays for the room it leaves (``MID_TEXT_COST``); only where
the plan ends a page inside it is it split, with ReportLab's own ``split``. Those
places make the pieces fine enough that a chapter can nearly always be filled without
a page under the layout's ``pagination.floor``.

Heights depend only on the content and the layout, never on where a page happens to
end, so the plan is made once, needs no extra layout pass and gives the same bytes
every time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as ReportLabParagraph
from reportlab.platypus.doctemplate import FrameBreak

from booklet.model.layout_parts import Pagination
from booklet.render.boxes import Boxed
from booklet.render.flowables import Heading

FLOWING = (ReportLabParagraph, Boxed)
"""What running text and list items are made of (a heading aside)."""

MEASURE_HEIGHT = 1e6
"""Flowables are measured as if the page had no end, at their natural height (a grid
that grows to fill its page then counts only the rows it needs)."""
LINES_KEPT = 2
"""A paragraph split across pages keeps at least this many lines on each page."""
HEADED_LINES = 3
"""A paragraph split across pages just after a heading (or whatever is kept with it)
keeps at least this many lines under it: two lines under a heading at a page's foot
look stranded."""
SHORT_PAGE_COST = 20.0
"""The cost of each share of a frame that a page falls short of the target by."""
TURN_FACTOR = 20.0
"""How many times more a page end costs where the plan puts a price on it (inside a
safety list) if it is also a page turn: after an odd page, what follows is on the back
of the leaf, out of the reader's sight. On a spread, both parts lie open together."""
LAST_PAGE_SHARE = 0.2
"""What a chapter's last page pays of its squared emptiness (see :func:`_page_cost`)."""
MID_TEXT_COST = 2.0
"""The cost of each share of a frame left empty below a page that ends inside a
paragraph: text that stops mid-sentence above white space looks like a fault, so such a
page is full and the room a chapter must leave goes where a block ends."""
FLOW_COST = 1.0
"""The same, for a page that ends between two blocks of running text or two list items
(:attr:`Piece.opens_flow`): half as dear, as a block's end is a gentler stop, but
dear enough that the room a chapter must leave gathers before its headings."""
UNDER_FLOOR_COST = 1000.0
"""The cost of each share of a frame that a page falls short of the floor by: so much
that a page under the floor is chosen only where no way of filling the chapter avoids it."""


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
    floor: float
    """Pages less full than this share of the frame are avoided wherever possible."""
    slack: float
    """Room kept free on a planned page, for the measure's rounding."""
    shrink: float
    """The share of the space between blocks that a page may give up to hold one more."""
    split_lines: int = 2 * LINES_KEPT
    """A paragraph of fewer lines than this is never split."""


Cues = tuple[Callable[[], Flowable] | None, Callable[[], Flowable]]
"""A ``continued_by``: makers of what ends a page a part goes on from, if anything does,
and of what opens the next."""


def chain_list(items: Sequence[Flowable], rules: Pagination) -> None:
    """Chain a list's items with keep-with-next where they must share a page.

    A short list (``rules.list_whole`` items or fewer) never splits; a longer one may,
    but keeps its first ``rules.list_start`` and last ``rules.list_ends`` items
    together, so its introduction has company and no item is left alone on a page; a
    list too short to keep both and still split somewhere keeps one item at its start.
    """
    start = min(rules.list_start or rules.list_ends, max(1, len(items) - rules.list_ends - 1))
    if len(items) <= rules.list_whole:
        chained = items[:-1]
    else:
        chained = [*items[: start - 1], *items[-rules.list_ends : -1]]
    for item in chained:
        item.keepWithNext = 1


@dataclass(frozen=True)
class Continued:
    """The words that tell a reader a list goes on over the page, and the room they take."""

    foot: Callable[[], Flowable] | None
    """Makes what ends the page ("Continued on the next page"), if anything does."""
    head: Callable[[], Flowable]
    """Makes what opens the next page (the list's title, continued)."""
    foot_height: float
    head_height: float

    @classmethod
    def measured(cls, makers: Cues, width: float) -> Continued:
        """The makers, with the room each one's flowable takes at ``width``."""
        foot, head = makers
        foot_height = 0.0
        if foot is not None:
            made = foot()
            foot_height = made.wrap(width, MEASURE_HEIGHT)[1] + made.getSpaceBefore()
        made = head()
        head_height = made.wrap(width, MEASURE_HEIGHT)[1] + made.getSpaceAfter()
        return cls(foot, head, foot_height, head_height)


@dataclass(frozen=True)
class Slice:
    """A flowable, or lines ``first`` to ``end`` (exclusive) of a paragraph that may split."""

    flowable: Flowable
    first: int = 0
    end: int | None = None
    """None: the whole flowable."""

    @property
    def whole(self) -> bool:
        return self.end is None


@dataclass(frozen=True)
class Piece:
    """Flowables between two places where a page may end, measured."""

    slices: list[Slice]
    height: float
    gaps: float
    """The part of ``height`` that is space between the piece's flowables."""
    space_before: float
    space_after: float
    fills: bool = False
    """It holds what grows to fill its page (ruled lines): that page is never short."""
    break_penalty: float = 0.0
    """What a page ending after it costs the plan (inside a safety list)."""
    continued: Continued | None = None
    """What a page ending after it adds at its foot and at the next page's head."""
    mid_text: bool = False
    """It ends between two lines of a paragraph: a page ending there should be full."""
    opens_flow: bool = False
    """It starts with running text or a list item, not a heading: a page ending just
    before it stops inside a section's flow, where white space reads as a fault."""


@dataclass(frozen=True)
class Page:
    """A planned page: its first and last piece, its height and the space it may give up."""

    start: int
    end: int
    height: float
    gaps: float


def paginate(
    body: list[Flowable], frame: Frame, hard: tuple[type, ...], first_page: int = 1
) -> list[Flowable]:
    """``body`` with a planned break at the end of every page but a chapter's last.

    Flowables of the ``hard`` types (page breaks) end a chapter. ``first_page`` is the
    number of the body's first page: each chapter's plan knows which of its page ends
    are page turns (see :data:`TURN_FACTOR`).
    """
    result: list[Flowable] = []
    chapter: list[Flowable] = []
    page = first_page
    for flowable in body:
        if isinstance(flowable, hard):
            planned, pages = _planned(chapter, frame, page)
            result += [*planned, flowable]
            page += pages
            chapter = []
        else:
            chapter.append(flowable)
    return result + _planned(chapter, frame, page)[0]


def page_count(chapter: list[Flowable], frame: Frame) -> int:
    """How many pages the plan gives a chapter (one page between two page breaks)."""
    pieces = _pieces(chapter, frame)
    return len(_best_pages(pieces, frame)) if len(pieces) > 1 else 1


def page_index(chapter: list[Flowable], flowable: Flowable, frame: Frame, first_page: int) -> int:
    """On which of the chapter's pages (0 for its first) the plan puts ``flowable``."""
    pieces = _pieces(chapter, frame)
    pages = _best_pages(pieces, frame, first_page) if len(pieces) > 1 else []
    for index, page in enumerate(pages):
        slices = [item for piece in pieces[page.start : page.end + 1] for item in piece.slices]
        if any(item.flowable is flowable for item in slices):
            return index
    return 0


def sum_height(flowables: list[Flowable], frame: Frame) -> float:
    """How tall ``flowables`` stand on one page, as the plan measures them."""
    pieces = _pieces(flowables, frame)
    height = sum(piece.height for piece in pieces)
    gaps = pairwise(pieces)
    return height + sum(max(first.space_after, second.space_before) for first, second in gaps)


def last_page_fill(chapter: list[Flowable], frame: Frame) -> float:
    """How full the plan leaves a chapter's last page, as a share of the frame."""
    pieces = _pieces(chapter, frame)
    if not pieces:
        return 0.0
    pages = _best_pages(pieces, frame) if len(pieces) > 1 else None
    height = pages[-1].height if pages else sum_height(chapter, frame)
    return min(height, frame.height) / frame.height


def leaves_short_page(chapter: list[Flowable], frame: Frame) -> bool:
    """Whether the plan leaves a page of the chapter under the floor.

    Its last page aside: what follows the chapter may share it.
    """
    pieces = _pieces(chapter, frame)
    if len(pieces) < 2:
        return False
    pages = _best_pages(pieces, frame)
    fills = [min(page.height, frame.height) / frame.height for page in pages[:-1]]
    return any(fill < frame.floor for fill in fills)


def _planned(chapter: list[Flowable], frame: Frame, first_page: int) -> tuple[list[Flowable], int]:
    """The chapter with its planned breaks, and how many pages the plan gives it."""
    pieces = _pieces(chapter, frame)
    if len(pieces) < 2:
        return chapter, len(pieces)
    result: list[Flowable] = []
    rests: dict[int, Flowable] = {}
    pages = _best_pages(pieces, frame, first_page)
    for page in pages:
        slices = [item for piece in pieces[page.start : page.end + 1] for item in piece.slices]
        flowables = _page_flowables(slices, rests, frame.width)
        before = pieces[page.start - 1].continued if page.start > 0 else None
        after = pieces[page.end].continued if page.end < len(pieces) - 1 else None
        flowables = [
            *([before.head()] if before else []),
            *flowables,
            *([after.foot()] if after and after.foot else []),
        ]
        room = frame.height - frame.slack
        if room < page.height <= room + page.gaps * frame.shrink:
            _tighten(flowables, 1 - (page.height - room) / page.gaps)
        result += flowables
        if page.end < len(pieces) - 1:
            result.append(PlannedBreak())
    return result, len(pages)


def _page_flowables(
    slices: list[Slice], rests: dict[int, Flowable], width: float
) -> list[Flowable]:
    """A page's flowables: whole ones as they are, a paragraph cut where the page ends.

    ``rests`` holds, for each paragraph the page before ended inside, what is left of it.
    """
    flowables: list[Flowable] = []
    for index, item in enumerate(slices):
        following = slices[index + 1] if index + 1 < len(slices) else None
        if following is not None and following.flowable is item.flowable:
            continue  # lines of one paragraph on one page are placed together
        key = id(item.flowable)
        current = rests.pop(key, item.flowable)
        if item.whole or item.end == _line_count(item.flowable, width):
            flowables.append(current)
            continue
        first_line = next(piece.first for piece in slices if piece.flowable is item.flowable)
        assert item.end is not None
        lines = item.end - first_line
        current.wrap(width, MEASURE_HEIGHT)
        head, rest = current.split(width, lines * item.flowable.style.leading + 0.5)
        head.keepWithNext = 0
        flowables.append(head)
        rests[key] = rest
    return flowables


def _line_count(flowable: Flowable, width: float) -> int:
    flowable.wrap(width, MEASURE_HEIGHT)
    return len(flowable.blPara.lines)


def _tighten(flowables: list[Flowable], factor: float) -> None:
    """Scale the space around each flowable of a page that holds one block more."""
    for flowable in flowables:
        flowable.spaceBefore = flowable.getSpaceBefore() * factor
        flowable.spaceAfter = flowable.getSpaceAfter() * factor


def _pieces(chapter: list[Flowable], frame: Frame) -> list[Piece]:
    """The chapter cut wherever a page may end.

    That is after a flowable not kept with the next, and between the lines of a
    paragraph that may split.
    """
    groups: list[list[Slice]] = [[]]
    previous: Flowable | None = None
    for flowable in chapter:
        after_kept = previous is not None and bool(previous.getKeepWithNext())
        previous = flowable
        for cut in _cuts(flowable, frame, HEADED_LINES if after_kept else LINES_KEPT):
            groups[-1].append(cut)
            if cut.end is not None and cut.end < _line_count(flowable, frame.width):
                groups.append([])
        if not flowable.getKeepWithNext():
            groups.append([])
    return [_measure(group, frame) for group in groups if group]


def _cuts(flowable: Flowable, frame: Frame, first: int = LINES_KEPT) -> list[Slice]:
    """A paragraph that may split as runs of lines, between which a page may end.

    At least ``first`` lines stay before the first place (more under a heading).
    """
    if not getattr(flowable, "may_split", False) or flowable.getKeepWithNext():
        return [Slice(flowable)]  # an introduction stays whole, with what it introduces
    count = _line_count(flowable, frame.width)
    if count < max(first + LINES_KEPT, frame.split_lines):
        return [Slice(flowable)]
    ends = [first, *range(first + 1, count - LINES_KEPT + 1), count]
    return [Slice(flowable, first, end) for first, end in zip([0, *ends], ends, strict=False)]


def _measure(slices: list[Slice], frame: Frame) -> Piece:
    """Height as ReportLab stacks it: the larger of the space after and before, between."""
    height, gaps, previous = 0.0, 0.0, None
    for item in slices:
        own, before, after = _slice_size(item, frame)
        height += own
        if previous is not None:
            gaps += max(previous, before)
        previous = after
    first, last = _slice_size(slices[0], frame), _slice_size(slices[-1], frame)
    fills = any(s.whole and bool(getattr(s.flowable, "fills_page", False)) for s in slices)
    penalty = float(getattr(slices[-1].flowable, "break_penalty", 0.0))
    makers = getattr(slices[-1].flowable, "continued_by", None)
    cue = Continued.measured(makers, frame.width) if makers else None
    end = slices[-1].end
    mid_text = end is not None and end < _line_count(slices[-1].flowable, frame.width)
    opens = isinstance(slices[0].flowable, FLOWING) and not isinstance(slices[0].flowable, Heading)
    return Piece(
        slices, height + gaps, gaps, first[1], last[2], fills, penalty, cue, mid_text, opens
    )


def _slice_size(item: Slice, frame: Frame) -> tuple[float, float, float]:
    """A slice's height, and the space before and after it."""
    flowable = item.flowable
    before, after = flowable.getSpaceBefore(), flowable.getSpaceAfter()
    if not item.whole:
        assert item.end is not None
        whole = item.first == 0 and item.end == _line_count(flowable, frame.width)
        before = before if item.first == 0 else 0.0
        after = after if whole or item.end == _line_count(flowable, frame.width) else 0.0
        return ((item.end - item.first) * flowable.style.leading, before, after)
    planned = getattr(flowable, "planned_height", None)
    if planned is not None:  # it grows to fill what room is left (ruled lines)
        return (planned(), before, after)
    try:
        _, own = flowable.wrap(frame.width, MEASURE_HEIGHT)
    except ValueError:  # too wide for the frame: the layout pass reports where
        own = frame.height
    return (own, before, after)


def _best_pages(pieces: list[Piece], frame: Frame, first_page: int = 1) -> list[Page]:
    """The least costly way to fill the chapter's pages with its pieces, in order.

    Which page ends are turns depends on how many pages come before: so the best way
    to reach each piece is kept twice, after an even and after an odd count of pages.
    """
    count = len(pieces)
    best: list[list[float]] = [[0.0, float("inf")]] + [[float("inf")] * 2 for _ in pieces]
    last_page: list[list[Page | None]] = [[None, None] for _ in range(count + 1)]
    for end in range(1, count + 1):
        for page, page_cost in _pages_ending(pieces, end, frame):
            for before in (0, 1):  # pages before this one in the chapter, modulo 2
                cost = best[page.start][before] + page_cost
                if end < count:  # the page ends inside the chapter, after this piece
                    turn = (first_page + before) % 2 == 1
                    cost += pieces[end - 1].break_penalty * (TURN_FACTOR if turn else 1.0)
                if cost < best[end][1 - before]:
                    best[end][1 - before] = cost
                    last_page[end][1 - before] = page
    pages: list[Page] = []
    end, parity = count, min((0, 1), key=lambda side: best[count][side])
    while end > 0:
        found = last_page[end][parity]
        assert found is not None
        pages.append(found)
        end, parity = found.start, 1 - parity
    return pages[::-1]


def _pages_ending(pieces: list[Piece], end: int, frame: Frame) -> list[tuple[Page, float]]:
    """Every page that may end after piece ``end - 1``, with what its fill costs."""
    room = frame.height - frame.slack
    found: list[tuple[Page, float]] = []
    height, gaps = 0.0, 0.0
    after = pieces[end - 1].continued if end < len(pieces) else None
    foot = after.foot_height if after else 0.0
    for start in range(end - 1, -1, -1):
        piece = pieces[start]
        if start < end - 1:
            gap = max(piece.space_after, pieces[start + 1].space_before)
            height, gaps = height + gap, gaps + gap
        height, gaps = height + piece.height, gaps + piece.gaps
        before = pieces[start - 1].continued if start > 0 else None
        total = height + foot + (before.head_height if before else 0.0)
        fitted = max(total - gaps * frame.shrink, min(total, room))
        if fitted > room and start < end - 1:
            break
        cost = _page_cost(room if pieces[end - 1].fills else fitted, frame, end == len(pieces))
        empty = max(0.0, room - fitted) / frame.height
        if pieces[end - 1].mid_text:  # the reader's sentence stops short of the page's foot
            cost += MID_TEXT_COST * empty
        elif end < len(pieces) and pieces[end].opens_flow:  # the section goes on overleaf
            cost += FLOW_COST * empty
        found.append((Page(start, end - 1, total, gaps), cost))
    return found


def _page_cost(height: float, frame: Frame, last: bool = False) -> float:
    """Squared emptiness, and far more for a page short of the target; nothing if too tall.

    A chapter's last page pays a fifth of its emptiness: the pages before it fill, and
    what room is left stays at the chapter's end, where the next part starts a page.
    """
    fill = height / frame.height
    if fill >= 1:
        return 0.0
    cost = (1 - fill) ** 2 * (LAST_PAGE_SHARE if last else 1.0)
    if fill < frame.target:
        cost += SHORT_PAGE_COST * (frame.target - fill)
    if fill < frame.floor:  # linear to avoid it, squared to share a shortfall between pages
        short = frame.floor - fill
        cost += UNDER_FLOOR_COST * (short + short**2)
    return cost
