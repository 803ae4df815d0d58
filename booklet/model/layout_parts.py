"""What a layout sizes beyond page and type: cover, diagrams, proportions, footer, pages.

Split from the page and type (:mod:`booklet.model.layout_style`) so each module stays
about one concern; :mod:`booklet.model.layout` gathers both into a ``Layout``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from booklet.model.lengths import Length
from booklet.source.validation import StrictModel

Share = Annotated[float, Field(ge=0, le=1)]


class Rings(StrictModel):
    """Concentric rings that decorate the cover band."""

    count: Annotated[int, Field(ge=0, le=20)]
    centre: tuple[Share, Share]
    spacing: Share
    tint: Share
    line_width: Length


class ArtBox(StrictModel):
    """Where the cover's illustration goes in the band: left, bottom, right, top.

    x as shares of the page width, y as shares of the band's height from its bottom.
    """

    box: tuple[Share, Share, Share, Share]

    @model_validator(mode="after")
    def _ordered(self) -> ArtBox:
        left, bottom, right, top = self.box
        if right - left < 0.1 or top - bottom < 0.1:
            raise ValueError(
                "box must be at least 0.1 wide and tall (valid: [left, bottom, right, top], "
                "e.g. [0.5, 0.5, 0.95, 0.95])"
            )
        return self


class Cover(StrictModel):
    """The cover's colour band; shares are of the page width and of the band's height.

    The band carries the content's cover illustration in ``art``'s box; a topic
    without one gets the ``rings`` instead.
    """

    band_height: Annotated[float, Field(gt=0.2, lt=0.9)]
    stripe: Length
    rings: Rings
    art: ArtBox | None = None


class Diagrams(StrictModel):
    """Size of step diagrams and the weight of their lines; marks use the accent colour.

    ``placement`` puts a diagram beside its step's text, or below it where large type
    would leave too narrow a column beside it.
    """

    placement: Literal["beside", "below"] = "beside"
    width: Length
    height: Length
    gap: Length
    outline_width: Length
    detail_width: Length
    mark_width: Length
    mark_size: Length
    legend_symbol: Length
    hand_reach: Annotated[float, Field(ge=0, le=1)] = 0.3
    """How far a hand may reach past the view's sides before the picture cuts it off,
    as a share of the view's width (half that above and below)."""


Ratio = Annotated[float, Field(gt=0, le=50)]


class Sizes(StrictModel):
    """Proportions of the story's pieces; ratios multiply the size named in each comment."""

    step_badge: Ratio = 1.75
    """Step number circle, times the step number's font size."""
    step_text_gap: Length = 4
    """Between a step's instruction and its "How long" line."""
    callout_icon: Ratio = 1.3
    """Callout icon, times the callout label's font size."""
    callout_title_gap: Length = 3
    """Between a callout's label line and its text."""
    checkbox_line: Ratio = 2
    """Tick box outline, times the rule width."""
    checklist_gap: Ratio = 1.8
    """Between checklist items, times the list item gap."""
    legend_symbol_gap: Length = 8
    """Between a legend symbol and its words."""
    legend_columns_from: Ratio = 15
    """The legend takes two columns when each leaves at least this many ems for words."""
    write_in_row: Ratio = 1.9
    """Height of a write-in line, times the text's leading."""
    write_in_line: Ratio = 1.5
    """Weight of a write-in line, times the rule width."""
    cover_clinic: Ratio = 1.35
    """The clinic's name on the cover, times the audience line's size."""
    colophon_labels: Ratio = 11
    """The most width of the edition details' labels, in ems of the small text; less where
    the longest label needs less, so a long date is not squeezed."""
    back_page_keep: Ratio = 6
    """Lines of small text the edition details need at the bottom of the back page."""


class BrandBox(StrictModel):
    """Room for a clinic's logo on the cover and its QR code on the back page."""

    logo_width: Length = 1.6 * 72
    logo_height: Length = 0.9 * 72
    qr_size: Length = 1.3 * 72
    masthead_height: Length = 0.6 * 72
    """The logo's greatest height on its tile at the top of the cover band, beside the
    name (its width at most ``logo_width``)."""


class Footer(StrictModel):
    """What the running footer says: the short disclaimer, or the brief one.

    ``page_label: short`` numbers pages "3 of 24" (the content's ``page_short``) where
    "Page 3 of 24" would leave the disclaimer too little of a narrow page's line.
    """

    disclaimer: Literal["short", "brief"] = "short"
    page_label: Literal["full", "short"] = "full"
    number_back_page: bool = True
    """False for a folded booklet, whose last page is its outside back cover: a cover
    carries no page number (the disclaimer stays, across the whole line)."""


class Pagination(StrictModel):
    """How pages are filled and what is kept together (see :mod:`booklet.render.pagination`)."""

    target: Annotated[float, Field(ge=0, le=0.9)] = 0.6
    """A page of a chapter less full than this share of the frame takes from the page
    before it, where a break there balances the two."""
    floor: Annotated[float, Field(ge=0, le=0.9)] = 0.55
    """No page of a chapter is less full than this share of the frame where any way of
    filling the chapter's pages avoids it (a little over half, so pictures redrawn a
    little shorter do not take a page under half)."""
    shrink: Annotated[float, Field(ge=0, le=0.9)] = 0.4
    """The share of the space between blocks a page may give up to hold one block more."""
    section_fill: Annotated[float, Field(ge=0, le=1)] = 0
    """A section the content starts on a new page (``new_page``) follows on instead
    where the page it would leave is less full than this share of the frame; the forms
    at the end always start their own page. 0 keeps every new page."""
    split_lines: Annotated[int, Field(ge=4, le=50)] = 6
    """A paragraph of fewer lines than this never ends a page part-way (a short one torn
    apart reads badly); a longer one keeps at least two lines on each page."""
    contents_fill: Annotated[float, Field(ge=0, le=1)] = 0.6
    """A short contents page spaces its rows out to reach this share of the frame."""
    contents_stretch: Annotated[float, Field(ge=1, le=10)] = 3
    """How far the space above and below each contents row may grow, times its own."""
    legend_fill: Annotated[float, Field(ge=0, le=1)] = 0.66
    """A legend whose page cannot also hold the first step spaces its rows out to reach
    this share of the frame."""
    list_whole: Annotated[int, Field(ge=2, le=50)] = 4
    """Lists of up to this many items are never split across pages."""
    list_ends: Annotated[int, Field(ge=1, le=10)] = 2
    """A longer list keeps at least this many items together at its start and its end."""
    list_start: Annotated[int, Field(ge=1, le=10)] | None = None
    """Items kept together at a longer list's start, where it differs from ``list_ends``
    (a small page of large type may need to end a page after the first item)."""
