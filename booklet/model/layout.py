"""The layout model: every size, space and colour of a booklet, as data.

Layouts live in ``layouts/NAME.yaml`` so a designer can retune type, margins and colour
without touching code. Lengths accept units (``0.75in``, ``18mm``, ``12pt``; a bare
number is points) because print people think in inches and millimetres.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PrivateAttr, StringConstraints, model_validator

from booklet.model.colors import contrast_ratio, visible_stripe
from booklet.source.errors import BookletError, Problem
from booklet.source.validation import StrictModel, validate
from booklet.source.yamlsource import LayeredDocument, YamlDocument, load_yaml, merge

POINTS_PER_UNIT = {"pt": 1.0, "in": 72.0, "mm": 72 / 25.4, "cm": 72 / 2.54}
MIN_FONT, MAX_FONT = 6.0, 144.0
"""Type sizes a layout may use, in points."""
MAX_LENGTH = 1000.0
"""The longest length a layout may give, in points (about 14 inches)."""
MIN_TEXT_WIDTH, MIN_TEXT_HEIGHT = 144.0, 216.0
"""The smallest text area the margins may leave: 2 by 3 inches."""
PAPER_SIZES = {
    "letter": (612.0, 792.0),
    "a4": (595.2756, 841.8898),
    "half-letter": (396.0, 612.0),
    "a5": (420.9449, 595.2756),
}
"""Booklet pages are exactly half their sheet; ISO A5 (148 mm) is 0.5 mm narrower than
half of A4, which would leave a gap at the fold, so "a5" here means 148.5 × 210 mm."""
SHEET_FOR_BOOKLET_PAGE = {"half-letter": "letter", "a5": "a4"}
"""A booklet page is half a sheet: two sit side by side on a landscape sheet."""


def _to_points(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(pt|in|mm|cm)?\s*", value)
        if match:
            return float(match[1]) * POINTS_PER_UNIT[match[2] or "pt"]
        raise ValueError(f"{value!r} is not a length (valid: a number with pt, in, mm or cm)")
    return value


def _to_color(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        raise ValueError(f"{value!r} is not a colour (valid: #RRGGBB, e.g. '#1F5F8B')")
    return value


def _to_font_file(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"[\w.-]+\.ttf", value):
        raise ValueError(
            f"{value!r} is not a font file name (valid: a .ttf file name inside fonts/, "
            "with no folder)"
        )
    return value


Length = Annotated[float, BeforeValidator(_to_points), Field(ge=0, le=MAX_LENGTH)]
FontSize = Annotated[float, BeforeValidator(_to_points), Field(ge=MIN_FONT, le=MAX_FONT)]
Color = Annotated[str, BeforeValidator(_to_color)]
FontFile = Annotated[str, BeforeValidator(_to_font_file)]


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
    stripe: Color | None = None
    band: Color | None = None
    """The cover band, when it is not ``accent``: a clinic's pale colour as a tint panel."""
    on_band: Color | None = None
    """Text on the cover band, when it is not ``on_accent``: dark text on a pale band."""
    min_text_contrast: Annotated[float, Field(ge=4.5, le=21)] = 4.5

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
    contents_padding: Length = 6


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
    """Width of the edition details' labels, in ems of the small text."""
    back_page_keep: Ratio = 6
    """Lines of small text the edition details need at the bottom of the back page."""


class BrandBox(StrictModel):
    """Room for a clinic's logo on the cover and its QR code on the back page."""

    logo_width: Length = 1.6 * 72
    logo_height: Length = 0.9 * 72
    qr_size: Length = 1.3 * 72


class Footer(StrictModel):
    """What the running footer says: the short disclaimer, or the brief one."""

    disclaimer: Literal["short", "brief"] = "short"


class Pagination(StrictModel):
    """How pages are filled and what is kept together (see :mod:`booklet.render.pagination`)."""

    target: Annotated[float, Field(ge=0, le=0.9)] = 0.6
    """A page of a chapter less full than this share of the frame takes from the page
    before it, where a break there balances the two."""
    shrink: Annotated[float, Field(ge=0, le=0.9)] = 0.4
    """The share of the space between blocks a page may give up to hold one block more."""
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


class Layout(StrictModel):
    """A complete layout."""

    name: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    """Part of every file name, so only lowercase letters, digits and single hyphens."""
    page: Page
    fonts: Fonts
    text: TypeScale
    colors: Colors
    spacing: Spacing
    diagrams: Diagrams
    brand: BrandBox = BrandBox()
    cover: Cover
    sizes: Sizes = Sizes()
    footer: Footer = Footer()
    pagination: Pagination = Pagination()
    _source: Path = PrivateAttr(default=Path("layouts/layout.yaml"))

    @property
    def source(self) -> Path:
        """The file this layout was loaded from (the top of its ``extends`` chain)."""
        return self._source


def resolve_layout(reference: str, layouts_dir: Path) -> Path:
    """Turn ``--layout`` into a file: a name in ``layouts/`` or a path to a YAML file."""
    if reference.endswith((".yaml", ".yml")) or "/" in reference:
        return Path(reference)
    candidate = layouts_dir / f"{reference}.yaml"
    if not layouts_dir.is_dir():
        raise BookletError.about_file(
            candidate,
            f"no layout named {reference!r}: there is no layouts folder at "
            f"{layouts_dir.resolve()} (valid: run booklet from the project folder, the one "
            "that holds layouts/ and fonts/, or pass --project)",
        )
    if not candidate.is_file():
        available = sorted(path.stem for path in layouts_dir.glob("*.yaml"))
        raise BookletError.about_file(
            candidate,
            f"no layout named {reference!r} (valid: {', '.join(available) or 'none found'})",
        )
    return candidate


def load_layout(path: Path, paper: str | None = None) -> Layout:
    """Load a layout (and the layouts it extends) and validate the result.

    ``paper`` (``letter`` or ``a4``) replaces the layout's paper size; margins stay, and
    every frame is computed from the page, so the text reflows to fit.
    """
    layers = _layers(path, [])
    data = layers[0].data
    for layer in layers[1:]:
        data = merge(data, layer.data)
    if isinstance(data, dict):
        data = dict(data)  # the parsed file may be shared (booklet.memo): change a copy
        data.pop("extends", None)
        if paper is not None and isinstance(data.get("page"), dict):
            data["page"] = {**data["page"], "size": paper}
    document = LayeredDocument(layers, data)
    layout = validate(document, Layout)
    problems = list(_geometry_problems(layout, document))
    if problems:
        raise BookletError(problems)
    layout._source = path
    return layout


def _geometry_problems(layout: Layout, document: LayeredDocument) -> Iterator[Problem]:
    """Margins and diagrams that leave the text no room on the page."""
    width, height = layout.page.dimensions
    margins = layout.page.margins
    text_width = width - margins.inner - margins.outer
    text_height = height - margins.top - margins.bottom
    if text_width < MIN_TEXT_WIDTH or text_height < MIN_TEXT_HEIGHT:
        yield document.problem(
            ("page", "margins"),
            f"leave a text area of {max(text_width, 0):g} × {max(text_height, 0):g} pt on "
            f"{layout.page.size} paper (valid: at least {MIN_TEXT_WIDTH:g} pt wide and "
            f"{MIN_TEXT_HEIGHT:g} pt tall)",
        )
        return
    diagrams = layout.diagrams
    room = text_width if diagrams.placement == "below" else text_width - MIN_TEXT_WIDTH / 2
    if diagrams.width > room or diagrams.height > text_height * 0.9:
        yield document.problem(
            ("diagrams",),
            f"a {diagrams.width:g} × {diagrams.height:g} pt diagram does not fit the "
            f"{text_width:g} × {text_height:g} pt text area (valid: at most {room:g} pt wide "
            f"and {text_height * 0.9:g} pt tall here)",
        )


def _layers(path: Path, seen: list[Path]) -> list[YamlDocument]:
    """The chain of files from the first base layout to ``path``."""
    if path in seen:
        chain = " → ".join(str(p) for p in [*seen, path])
        raise BookletError.about_file(path, f"layouts extend each other in a loop ({chain})")
    document = load_yaml(path)
    base = document.data.get("extends") if isinstance(document.data, dict) else None
    if base is None:
        return [document]
    if not isinstance(base, str) or not re.fullmatch(r"[\w-]+", base):
        raise BookletError(
            [
                document.problem(
                    ("extends",), f"{base!r} is not a layout name (valid: e.g. standard)"
                )
            ]
        )
    base_path = path.parent / f"{base}.yaml"
    if not base_path.is_file():
        raise BookletError(
            [document.problem(("extends",), f"no layout named {base!r} next to this file")]
        )
    return [*_layers(base_path, [*seen, path]), document]


def layout_files(path: Path) -> list[Path]:
    """Every file a layout is made of: itself and the layouts it extends."""
    return [layer.path for layer in _layers(path, [])]
