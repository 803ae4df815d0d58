"""The page and the type: paper and margins, the typeface, the type scale, colours, spacing.

These are the parts of a layout a designer tunes first; :mod:`booklet.model.layout`
puts them together with the rest and loads them from ``layouts/NAME.yaml``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from booklet.model.colors import contrast_ratio, visible_stripe
from booklet.model.lengths import PAPER_SIZES, Color, FontFile, FontSize, Length
from booklet.source.validation import StrictModel


class Margins(StrictModel):
    """Page margins; inner and outer mirror on facing pages of a bound booklet."""

    top: Length
    bottom: Length
    inner: Length
    outer: Length


class Page(StrictModel):
    """Paper size and margins."""

    size: Literal["letter", "a4", "half-letter", "a5"]
    margins: Margins
    printer_rim: Length = 18
    """The white rim round each sheet of a folded booklet's print file (0.25 in): an
    office printer cannot print to the sheet's edge, so the cover band stops evenly
    short of it instead of wherever the printer gives up."""

    @property
    def dimensions(self) -> tuple[float, float]:
        """Width and height in points."""
        return PAPER_SIZES[self.size]


class Fallback(StrictModel):
    """Faces for characters the main family lacks (other scripts, Vietnamese accents)."""

    regular: FontFile
    bold: FontFile


class Fonts(StrictModel):
    """One family's four faces, as file names inside the project's ``fonts/`` folder."""

    family: str
    regular: FontFile
    bold: FontFile
    italic: FontFile
    bold_italic: FontFile
    fallback: Fallback | None = None


class TextStyle(StrictModel):
    """One role in the type scale."""

    size: FontSize
    leading: Length
    space_before: Length = 0
    space_after: Length = 0
    bold: bool = False

    @model_validator(mode="after")
    def _leading_fits_size(self) -> TextStyle:
        if self.leading < self.size:
            raise ValueError(
                f"leading ({self.leading:g}pt) is smaller than size ({self.size:g}pt); "
                "lines would overlap (valid: leading of at least the size)"
            )
        return self


class TypeScale(StrictModel):
    """Every text role the booklet uses."""

    body: TextStyle
    h1: TextStyle
    h2: TextStyle
    small: TextStyle
    footer: TextStyle
    cover_kicker: TextStyle
    cover_title: TextStyle
    cover_subtitle: TextStyle
    cover_audience: TextStyle
    contents: TextStyle
    callout_label: TextStyle
    step_number: TextStyle
    step_title: TextStyle
    diagram_label: TextStyle
    diagram_badge: TextStyle


class CalloutColors(StrictModel):
    """A callout kind's background, border and icon colours."""

    background: Color
    border: Color
    icon: Color


class Colors(StrictModel):
    """Colour roles; text colours must read well on the paper and tints they sit on."""

    paper: Color
    text: Color
    muted: Color
    heading: Color
    accent: Color
    accent_tint: Color
    on_accent: Color
    rule: Color
    tip: CalloutColors
    caution: CalloutColors
    figure_fill: Color
    figure_outline: Color
    figure_detail: Color
    figure_hand: Color | None = None
    """The fill of hands drawn on a figure; without it, the figure's fill moved toward its
    outline until it stands off the figure (1.4:1), in black and white too."""
    figure_nail: Color | None = None
    """The nails of drawn hands; without it, the hand's fill moved most of the way to the paper."""
    figure_sleeve: Color | None = None
    """The cloth of a sleeve's cuff where a hand leaves the picture; without it, a pale
    shade of the accent: clothing, apart from the skin, not a dark band like a glove's."""
    stripe: Color | None = None
    band: Color | None = None
    """The cover band, when it is not ``accent``: a clinic's pale colour as a tint panel."""
    on_band: Color | None = None
    """Text on the cover band, when it is not ``on_accent``: dark text on a pale band."""
    min_text_contrast: Annotated[float, Field(ge=4.5, le=21)] = 4.5
    brand_text_contrast: Annotated[float, Field(ge=4.5, le=21)] = 7
    """A clinic's colour made into text (headings, the title on a pale band) is darkened
    until it reaches this, and at least ``min_text_contrast``: its shade is not chosen by
    a designer of this layout."""

    def text_pairs(self) -> list[tuple[str, str, str, str]]:
        """Every (text role, colour, background role, colour) the booklet prints."""
        return [
            ("text", self.text, "paper", self.paper),
            ("muted", self.muted, "paper", self.paper),
            ("heading", self.heading, "paper", self.paper),
            ("heading", self.heading, "accent_tint", self.accent_tint),
            ("text", self.text, "accent_tint", self.accent_tint),
            ("on_accent", self.on_accent, "accent", self.accent),
            ("on_band", self.cover_text, "band", self.cover_band),
            ("text", self.text, "tip.background", self.tip.background),
            ("text", self.text, "caution.background", self.caution.background),
        ]

    @property
    def cover_band(self) -> str:
        """The colour of the cover band."""
        return self.band or self.accent

    @property
    def cover_text(self) -> str:
        """The colour of the title and words on the cover band."""
        return self.on_band or self.on_accent

    @property
    def cover_stripe(self) -> str | None:
        """The stripe under the band, or None where it would not be seen."""
        return visible_stripe(self.stripe or self.rule, self.cover_band, self.paper)

    @model_validator(mode="after")
    def _readable(self) -> Colors:
        """Text must reach ``min_text_contrast``; diagram marks and outlines 3:1 on their ground.

        The figures' outlines carry their shape in black and white, so they must stand
        off the page, the figure's fill and the hands' fill.
        """
        needed = self.min_text_contrast
        pairs = [(*pair, needed) for pair in self.text_pairs()] + [
            ("accent", self.accent, "paper", self.paper, 3.0),
            ("accent", self.accent, "figure_fill", self.figure_fill, 3.0),
            ("figure_outline", self.figure_outline, "paper", self.paper, 3.0),
            ("figure_outline", self.figure_outline, "figure_fill", self.figure_fill, 3.0),
        ]
        if self.figure_hand:
            pairs.append(
                ("figure_outline", self.figure_outline, "figure_hand", self.figure_hand, 3.0)
            )
        for name, color, background_name, background, needed in pairs:
            ratio = contrast_ratio(color, background)
            if ratio < needed:
                raise ValueError(
                    f"{name} {color} on {background_name} {background} has contrast "
                    f"{ratio:.2f}:1 (valid: at least {needed}:1)"
                )
        return self


class Spacing(StrictModel):
    """Vertical and horizontal rhythm."""

    list_item: Length
    bullet_indent: Length
    block: Length
    callout_padding: Length
    footer_gap: Length
    note_line_gap: Length
    checkbox: Length
    step_gap: Length
    step_number_column: Length
    rule_width: Length
    note_lines_least: Annotated[int, Field(ge=0, le=40)] = 6
    """A notes page with room for fewer ruled lines than this goes on to the next page."""
    contents_padding: Length = 6
