"""Resolving a variant: the layout, paper and clinic brand of one edition.

A booklet project is a folder holding ``content.yaml``, ``layouts/`` and ``fonts/``;
the CLI runs in it. A variant is a layout (``standard``, ``large-print`` or a file),
optionally on another paper size, optionally in a clinic's colours. Brand colours are
checked against what sits on or under them and darkened where text would be hard to
read, with a word on stderr, so no brand can make a booklet unreadable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from booklet.model.brand import Brand, LoadedBrand, load_brand
from booklet.model.colors import (
    STRIPE_CONTRAST,
    blend,
    contrast_ratio,
    darken_until_readable,
    visible_stripe,
    visible_tint,
)
from booklet.model.layout import (
    PAPER_SIZES,
    SHEET_FOR_BOOKLET_PAGE,
    Colors,
    Layout,
    load_layout,
    resolve_layout,
)

BOOKLET_PAGE_FOR_SHEET = {sheet: page for page, sheet in SHEET_FOR_BOOKLET_PAGE.items()}

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Project:
    """Where a booklet project keeps its shared files."""

    root: Path

    @property
    def layouts_dir(self) -> Path:
        """Layout files, one per ``--variant`` name."""
        return self.root / "layouts"

    @property
    def fonts_dir(self) -> Path:
        """Font files the layouts refer to by name."""
        return self.root / "fonts"


@dataclass(frozen=True)
class Variant:
    """Everything about one edition's look, resolved and validated."""

    layout: Layout
    fonts_dir: Path
    brand: LoadedBrand | None = None
    booklet: bool = False
    bleed: float = 0

    @property
    def paper(self) -> str:
        """The paper the edition is printed on, for file names: the sheet, for booklets."""
        return SHEET_FOR_BOOKLET_PAGE.get(self.layout.page.size, self.layout.page.size)

    @property
    def page_multiple(self) -> int:
        """What the page count is made a multiple of (with notes pages or blanks).

        A folded booklet has four pages to a sheet; other editions are printed on both
        sides, and an even count puts the back page on the back of the last sheet.
        """
        return 4 if self.booklet else 2

    @property
    def sheet(self) -> tuple[float, float]:
        """A booklet's landscape sheet: two pages side by side."""
        width, height = PAPER_SIZES[self.paper]
        return (height, width)


def resolve_variant(
    project: Project,
    layout_reference: str,
    *,
    paper: str | None = None,
    brand: Path | None = None,
    booklet: bool = False,
    bleed: float = 0,
    warn: Warn = lambda message: None,
) -> Variant:
    """Load the layout for this project, on ``paper``, in ``brand``'s colours.

    For a folded ``booklet`` the layout is its booklet form (``standard-booklet``) and
    the page is half of the ``paper`` sheet.
    """
    if booklet:
        layout_reference = f"{layout_reference}-booklet"
        paper = BOOKLET_PAGE_FOR_SHEET[paper or "letter"]
    layout = load_layout(resolve_layout(layout_reference, project.layouts_dir), paper)
    loaded = load_brand(brand) if brand is not None else None
    if loaded is not None and loaded.brand.colors is not None:
        colors = branded_colors(layout.colors, loaded.brand, warn)
        layout = layout.model_copy(update={"colors": colors})
    return Variant(
        layout=layout, fonts_dir=project.fonts_dir, brand=loaded, booklet=booklet, bleed=bleed
    )


BAND_TINT_CONTRAST = 1.6
"""A co-brand's pale cover band against the paper (see ``BrandColors.use``)."""


def branded_colors(colors: Colors, brand: Brand, warn: Warn) -> Colors:
    """The layout's colours with the brand's in their place, made readable where needed."""
    assert brand.colors is not None
    primary, needed = brand.colors.primary, colors.min_text_contrast
    tint = visible_tint(primary, colors.paper)
    if brand.colors.use == "cover":
        return _cover_only(colors, brand, warn)
    accent = _readable(
        primary,
        [(colors.on_accent, needed), (colors.paper, 3.0), (colors.figure_fill, 3.0)],
        "the cover band, step numbers and diagram marks",
        warn,
    )
    text = max(needed, colors.brand_text_contrast)
    heading = _readable(primary, [(colors.paper, text), (tint, text)], "headings", warn)
    updates = {"accent": accent, "heading": heading, "accent_tint": tint}
    band = accent
    if _pale(primary, colors):  # the clinic's own colour as a tint panel, dark text on it
        band = primary
        updates |= {"band": band, "on_band": _on_pale_band(primary, text, warn)}
    if brand.colors.accent:
        updates["stripe"] = _stripe(brand.colors.accent, band, colors.paper, warn)
    return Colors.model_validate({**colors.model_dump(), **updates})


def _cover_only(colors: Colors, brand: Brand, warn: Warn) -> Colors:
    """The layout's colours, with the clinic's as the cover band and the stripe under it.

    The band is the clinic's colour where it is pale, else a tint of it; the title
    on it is set in the colour's shade that reads on it.
    """
    assert brand.colors is not None
    primary = brand.colors.primary
    text = max(colors.min_text_contrast, colors.brand_text_contrast)
    if _pale(primary, colors):
        band, on_band = primary, _on_pale_band(primary, text, warn)
    else:
        band = _band_tint(primary, colors.paper)
        on_band = _readable(primary, [(band, text)], "the title on the cover band", warn)
    updates = {"band": band, "on_band": on_band}
    if brand.colors.accent:
        updates["stripe"] = _stripe(brand.colors.accent, band, colors.paper, warn)
    return Colors.model_validate({**colors.model_dump(), **updates})


def _on_pale_band(color: str, contrast: float, warn: Warn) -> str:
    """The shade of a pale ``color`` for text on a band of it, said on stderr."""
    shade = darken_until_readable(color, [(color, contrast)])
    warn(
        f"brand colour {color} is pale: the cover band keeps it, with text in its "
        f"darker shade {shade} ({contrast_ratio(shade, color):.1f}:1)"
    )
    return shade


def _band_tint(color: str, paper: str) -> str:
    """The palest tint of ``color`` that stands apart from the paper as a cover band.

    Apart enough (:data:`BAND_TINT_CONTRAST`) that the cover art's pale foot, paper
    white at most, stands off it.
    """
    for share in (0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5):
        band = blend(color, paper, share)
        if contrast_ratio(band, paper) >= BAND_TINT_CONTRAST:
            return band
    return blend(color, paper, 0.5)


def _pale(color: str, colors: Colors) -> bool:
    """Too light for the layout's light text on it, light enough for its dark text."""
    needed = colors.min_text_contrast
    return (
        contrast_ratio(color, colors.on_accent) < needed
        and contrast_ratio(color, colors.text) >= needed
    )


def _stripe(color: str, band: str, paper: str, warn: Warn) -> str:
    """The brand's accent for the stripe under the band, or a shade of it that stands out.

    A stripe must stand out from the band and the paper (3:1); where no shade of the
    accent does, the stripe is left out, and stderr says so.
    """
    if visible_stripe(color, band, paper):
        return color
    shade = darken_until_readable(color, [(paper, STRIPE_CONTRAST), (band, STRIPE_CONTRAST)])
    if visible_stripe(shade, band, paper):
        return shade
    worst = min(contrast_ratio(color, band), contrast_ratio(color, paper))
    warn(
        f"brand accent {color} does not stand out from the cover band {band} and the paper "
        f"{paper} ({worst:.1f}:1, {STRIPE_CONTRAST:g}:1 needed); leaving the stripe out"
    )
    return band  # no stripe: it is drawn only where it stands out


def _readable(color: str, grounds: list[tuple[str, float]], use: str, warn: Warn) -> str:
    """``color`` if it reads well on every ground, else a darker shade that does."""
    if all(contrast_ratio(color, ground) >= ratio for ground, ratio in grounds):
        return color
    darker = darken_until_readable(color, grounds)
    ground, ratio = min(grounds, key=lambda item: contrast_ratio(color, item[0]) / item[1])
    warn(
        f"brand colour {color} is too light for {use} "
        f"({contrast_ratio(color, ground):.1f}:1 against {ground}, {ratio:g}:1 needed); "
        f"using the darker {darker} ({contrast_ratio(darker, ground):.1f}:1)"
    )
    return darker
