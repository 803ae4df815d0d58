"""The build pipeline, one stage after another, as the package layout shows it.

Load and validate content → resolve the variant → lay out with ReportLab (tagging
the content as it is drawn) → finish with pypdf → write the structure tree with
pikepdf → write atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from booklet.finish.output import write_atomically
from booklet.finish.postprocess import finish
from booklet.finish.structure import tag_pdf
from booklet.memo import Memo, folder_stamp
from booklet.model.content import Content, load_content
from booklet.model.editions import Format, OutputRole, edition_stem
from booklet.model.layout import POINTS_PER_UNIT
from booklet.model.views import VIEWS_FOLDER
from booklet.render.document import Rendered, render_pdf
from booklet.render.seeds import SEEDS, SeedKeys
from booklet.reuse import FolderCache, caches_enabled, unchecked_shapes
from booklet.source.errors import BookletError
from booklet.variant.fonts import FontSet, describe_characters, register_family
from booklet.variant.resolve import Project, Variant, Warn, resolve_variant
from booklet.web.page import render_html

ROLE_ORDER: tuple[OutputRole, ...] = ("reading", "print-shop", "html", "print", "instructions")
"""The order an edition's files are written and listed in: what a reader opens first."""


@dataclass(frozen=True)
class BuildRequest:
    """What one ``booklet build`` asks for."""

    content: Path
    layout: str
    out_dir: Path
    project: Project
    paper: str | None = None
    brand: Path | None = None
    booklet: bool = False
    bleed: float = 0
    crop_marks: bool = False
    format: Format = "pdf"
    """What to write; the command line asks for both the PDF and the HTML edition."""
    caches: bool = True
    """Start the layout from a seed and reuse what the process already built (same bytes)."""

    @property
    def reuse(self) -> bool:
        """Whether this build may use seeds and caches: asked for, and not turned off."""
        return self.caches and caches_enabled()


@dataclass(frozen=True)
class Built:
    """What one build wrote, by role, and what it was, for the editions manifest and page."""

    files: dict[OutputRole, Path]
    content: Content
    variant: Variant

    @property
    def paths(self) -> list[Path]:
        """Every file written, the main one first."""
        return list(self.files.values())


def build(request: BuildRequest, warn: Warn = lambda message: None) -> list[Path]:
    """Build one edition and return the paths of the PDFs written."""
    return build_edition(request, warn).paths


def build_edition(request: BuildRequest, warn: Warn = lambda message: None) -> Built:
    """Build one edition: its tagged PDF and its HTML edition, as ``request.format`` asks.

    A folded booklet also gets its print file (pages two-up on sheets, in saddle-stitch
    order) and a sheet of printing instructions; a print-shop build gets bleed and marks.
    """
    content, variant, fonts = prepare(request, warn)
    brand = variant.brand.slug if variant.brand else None
    stem = edition_stem(content.meta.slug, brand, variant.layout.name, variant.paper)
    outputs: dict[OutputRole, tuple[str, bytes]] = {}
    with unchecked_shapes(request.reuse):
        if request.format in ("pdf", "both"):
            outputs |= _pdf_outputs(request, content, variant, fonts, stem)
        if request.format in ("html", "both"):
            pdf_name = f"{stem}.pdf" if "reading" in outputs else None
            cache = FolderCache(request.out_dir) if request.reuse else None
            html = render_html(content, variant, fonts, pdf_name=pdf_name, cache=cache)
            outputs["html"] = (f"{stem}.html", html)
    files: dict[OutputRole, Path] = {}
    for role, (name, data) in sorted(outputs.items(), key=lambda item: ROLE_ORDER.index(item[0])):
        files[role] = request.out_dir / name
        write_atomically(files[role], data)
    return Built(files, content, variant)


def _pdf_outputs(
    request: BuildRequest, content: Content, variant: Variant, fonts: FontSet, stem: str
) -> dict[OutputRole, tuple[str, bytes]]:
    """The tagged reading PDF (or print-shop file) and, for a booklet, its print files."""
    rendered = _layout(request, content, variant, fonts, stem)
    pdf = tag_pdf(rendered.pdf, rendered.tree, lambda document: finish(document, content))
    outputs: dict[OutputRole, tuple[str, bytes]] = {}
    if request.bleed or request.crop_marks:
        from booklet.finish.printshop import add_bleed  # pypdf, for print files only

        outputs["print-shop"] = (
            f"{stem}-{print_shop_name(request.bleed, request.crop_marks)}.pdf",
            add_bleed(pdf, request.bleed, request.crop_marks),
        )
    else:
        outputs["reading"] = (f"{stem}.pdf", pdf)
    if variant.booklet:
        from booklet.finish.imposition import impose
        from booklet.render.how_to_print import render_how_to_print

        rim = variant.layout.page.printer_rim
        outputs["print"] = (f"{stem}-print.pdf", impose(pdf, variant.sheet, rim))
        sheets = rendered.pages // 4  # four booklet pages to a sheet, two a side
        full_pages = _full_page_stem(content, variant)
        instructions = render_how_to_print(
            content,
            variant.layout,
            fonts,
            variant.sheet,
            (f"{stem}-print.pdf", f"{full_pages}.pdf"),
            sheets,
            variant.paper,
            variant.brand.brand.short_name or variant.brand.brand.name if variant.brand else None,
        )
        outputs["instructions"] = (f"{stem}-how-to-print.pdf", instructions)
    return outputs


def _full_page_stem(content: Content, variant: Variant) -> str:
    """The stem of the booklet's full-page edition: its layout without ``-booklet``."""
    brand = variant.brand.slug if variant.brand else None
    layout = variant.layout.name.removesuffix("-booklet")
    return edition_stem(content.meta.slug, brand, layout, variant.paper)


def _layout(
    request: BuildRequest, content: Content, variant: Variant, fonts: FontSet, stem: str
) -> Rendered:
    """Lay the booklet out, from a seed when there is one, and keep what it settled on."""
    multiple = variant.page_multiple
    if not request.reuse:
        return render_pdf(content, variant, fonts, pages_multiple_of=multiple)
    sibling = edition_stem(content.meta.slug, None, variant.layout.name, variant.paper)
    keys = SeedKeys(own=f"{stem}:{variant.bleed:g}", sibling=f"{sibling}:{variant.bleed:g}")
    cache = FolderCache(request.out_dir)
    seed = SEEDS.find(keys, cache)
    rendered = render_pdf(content, variant, fonts, pages_multiple_of=multiple, seed=seed)
    SEEDS.remember(keys, rendered.seed, cache)
    return rendered


def print_shop_name(bleed: float, crop_marks: bool) -> str:
    """``print-shop-3mm-crop``: each option that changes the file changes its name."""
    millimetres = round(bleed / POINTS_PER_UNIT["mm"], 2)
    return f"print-shop-{millimetres:g}mm" + ("-crop" if crop_marks else "")


def build_review_sheet(request: BuildRequest, warn: Warn = lambda message: None) -> Path:
    """Draw every step diagram of a content file onto one review sheet."""
    from booklet.render.review_sheet import render_review_sheet

    content, variant, fonts = prepare(request, warn)
    pdf = render_review_sheet(content, variant.layout, fonts)
    target = request.out_dir / f"{content.meta.slug}-diagrams.pdf"
    write_atomically(target, pdf)
    return target


def check_edition(
    request: BuildRequest, warn: Warn = lambda message: None
) -> tuple[Content, Variant, FontSet]:
    """Everything ``build`` would do short of writing: what this accepts, build accepts.

    The booklet is laid out in memory too, since only a layout pass can show that some
    mix of content and layout sizes cannot fit its pages.
    """
    content, variant, fonts = prepare(request, warn)
    if request.format in ("pdf", "both"):
        render_pdf(content, variant, fonts, pages_multiple_of=variant.page_multiple)
    if request.format in ("html", "both"):
        render_html(content, variant, fonts)
    return content, variant, fonts


def prepare(
    request: BuildRequest, warn: Warn = lambda message: None
) -> tuple[Content, Variant, FontSet]:
    """Every check short of rendering: brand, content, layout, fonts and font coverage.

    A worker prepares each edition once while its files are unchanged; the notes the
    first time gave (a darkened brand colour) are given again each time.
    """
    content, variant, fonts, notes = _PREPARED.get(
        _prepared_key(request), lambda: _prepare(request, warn)
    )
    for note in notes:
        warn(note)
    return content, variant, fonts


_PREPARED: Memo[tuple[Content, Variant, FontSet, list[str]]] = Memo(64)


def _prepared_key(request: BuildRequest) -> object:
    """What a prepared edition depends on: the request and the folders it reads from."""
    project = request.project
    folders = [request.content.parent, request.content.parent / VIEWS_FOLDER]
    folders += [project.layouts_dir, project.fonts_dir]
    if request.brand is not None:
        folders.append(request.brand.parent)
    stamps = tuple(folder_stamp(folder) for folder in folders)
    return (
        request.content,
        request.layout,
        request.paper,
        request.brand,
        request.booklet,
        request.bleed,
        project,
        stamps,
    )


def _prepare(request: BuildRequest, warn: Warn) -> tuple[Content, Variant, FontSet, list[str]]:
    """Prepare an edition, collecting its notes (given at once if preparing fails)."""
    notes: list[str] = []
    try:
        return (*_prepare_noting(request, notes.append), notes)
    except BookletError:
        for note in notes:
            warn(note)
        raise


def _prepare_noting(request: BuildRequest, warn: Warn) -> tuple[Content, Variant, FontSet]:
    variant = resolve_variant(
        request.project,
        request.layout,
        paper=request.paper,
        brand=request.brand,
        booklet=request.booklet,
        bleed=request.bleed,
        warn=warn,
    )
    clinic = variant.brand.brand.clinic() if variant.brand else None
    content = load_content(request.content, clinic)
    if variant.brand is not None:  # the brand's words in the booklet's language
        local = variant.brand.brand.in_language(content.meta.language)
        if local is not variant.brand.brand:
            variant = replace(variant, brand=replace(variant.brand, brand=local))
            content = load_content(request.content, local.clinic())
    fonts = register_family(variant.layout.fonts, variant.fonts_dir)
    check_coverage(content, fonts, variant.layout.fonts.family)
    return content, variant, fonts


def check_coverage(content: Content, fonts: FontSet, family: str) -> None:
    """Refuse text the font cannot draw: it would print as empty boxes."""
    problems = []
    for path, text in content.text_fields():
        missing = fonts.missing_characters(text)
        if missing:
            problems.append(
                content.problem(
                    path,
                    f"no font of the layout ({family} or its fallback) has a glyph for "
                    f"{describe_characters(missing)} (valid: characters those fonts cover; "
                    "add a fallback font that has them to the layout)",
                )
            )
    if problems:
        raise BookletError(problems)
