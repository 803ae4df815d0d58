"""The HTML edition: the booklet as one self-contained, semantic, responsive web page.

GOV.UK's advice is "HTML first": on a phone, with a screen reader or a magnifier, a web
page serves better than any PDF. The page holds everything the PDF says, in the same
order, with the same clinic branding, disclaimer and edition details; its style sheet,
fonts, diagrams (inline SVG with their alt text) and logo are inside it, so it works
from any server or straight from disk and makes no request of its own. The checklist
is made of real checkboxes, which work without scripts.
"""

from __future__ import annotations

import base64
import itertools
import re
from dataclasses import dataclass, replace

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from reportlab.graphics.shapes import Drawing

from booklet.marks import legend_kinds
from booklet.marks.base import DiagramStyle
from booklet.memo import Memo
from booklet.model.brand import LoadedBrand
from booklet.model.content import Content, Diagram
from booklet.render.cover_art import cover_art_group, cover_style
from booklet.render.diagram import booklet_grid, draw_diagram, inset_of, legend_symbol
from booklet.render.diagram_layout import Grid
from booklet.render.diagram_memo import inset_key, poses_key, style_key, view_key
from booklet.render.legend import symbols_used
from booklet.render.markup import keep_numbers_together, long_date, phones_unbroken
from booklet.render.styles import build_diagram_style
from booklet.reuse import FolderCache
from booklet.variant.fonts import FontSet
from booklet.variant.resolve import Variant
from booklet.web.style import web_style
from booklet.web.svg import inline_svg
from booklet.web.webfonts import face_weights, web_fonts

_ENVIRONMENT = Environment(
    loader=PackageLoader("booklet.web", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_NOWRAP = '<span class="nowrap">'
_LOGO_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "SVG": "image/svg+xml"}


def rich(text: str) -> Markup:
    """Content text as HTML: escaped, with ``**bold**`` as ``<strong>``."""
    escaped = str(escape(keep_numbers_together(text)))
    return Markup(_BOLD.sub(r"<strong>\1</strong>", phones_unbroken(escaped, _NOWRAP, "</span>")))


@dataclass(frozen=True)
class LegendEntry:
    """One symbol of the legend (decorative SVG) and its words."""

    symbol: Markup
    words: str


def render_html(
    content: Content,
    variant: Variant,
    fonts: FontSet,
    *,
    pdf_name: str | None = None,
    cache: FolderCache | None = None,
) -> bytes:
    """The HTML edition's bytes (same input, same bytes); ``pdf_name`` links its PDF.

    ``cache`` keeps the subset fonts for the next build into the same folder.
    """
    layout = variant.layout
    diagram_style = build_diagram_style(layout, fonts)
    grid = booklet_grid(content, diagram_style)
    counter = itertools.count(1)

    def figure(diagram: Diagram) -> Markup:
        return _figure(content, diagram, diagram_style, grid, f"figure-{next(counter)}", fonts)

    legend = [
        LegendEntry(
            inline_svg(
                legend_symbol(kind, diagram_style, layout.diagrams.legend_symbol),
                f"symbol-{kind}",
                None,
                face_weights(fonts),
            ),
            content.labels.symbol(kind),
        )
        for kind in legend_kinds()
        if kind in symbols_used(content)
    ]
    page = _ENVIRONMENT.get_template("booklet.html.j2").render(
        content=content,
        meta=content.meta,
        labels=content.labels,
        brand=variant.brand,
        clinic=variant.brand.brand.clinic() if variant.brand else None,
        logo=_logo_uri(variant.brand),
        style=web_style(layout),
        fonts=web_fonts(layout.fonts, fonts, variant.fonts_dir, _all_text(content, variant), cache),
        legend=legend,
        figure=figure,
        cover_art=_cover_art(content, variant, fonts),
        rich=rich,
        tel=lambda number: re.sub(r"[^0-9+]", "", number),
        long_date=lambda day: long_date(day, content.meta.language),
        pdf_name=pdf_name,
    )
    return page.encode("utf-8")


def _figure(
    content: Content,
    diagram: Diagram,
    style: DiagramStyle,
    grid: Grid,
    ident: str,
    fonts: FontSet,
) -> Markup:
    """A step's picture as inline SVG, drawn once per worker for each look it takes."""
    view = content.view(diagram)
    weights = face_weights(fonts)
    overlays = [*diagram.overlays, *(diagram.inset.overlays if diagram.inset else ())]
    poses = {name: content.poses[name] for overlay in overlays for _, name in overlay.mark.poses()}
    inset = inset_of(content, diagram)
    key = (
        diagram.model_dump_json(),
        view_key(view),
        poses_key(poses),
        style_key(style),
        grid,
        ident,
        repr(weights),
        inset_key(inset),
    )

    def draw() -> Markup:
        drawing = draw_diagram(diagram, view, style, grid, poses=poses, inset=inset)
        alt = " ".join(diagram.alt.split())
        return inline_svg(drawing, ident, alt, weights)

    return _FIGURES.get(key, draw)


_FIGURES: Memo[Markup] = Memo(512)


COVER_ART_BOX = (0.0, 0.0, 240.0, 180.0)
"""The cover picture's box on the web page, in points (CSS sizes it to the screen)."""


def _cover_art(content: Content, variant: Variant, fonts: FontSet) -> Markup | None:
    """The cover's picture, drawn as in print; decoration, hidden from screen readers.

    The limbs fade into the band by a CSS mask, whatever colour the page gives the band,
    rather than by veils of the print band's colour.
    """
    if content.cover_art is None:
        return None
    layout = variant.layout
    style = replace(cover_style(build_diagram_style(layout, fonts), layout.colors), backdrop=None)
    drawing = Drawing(COVER_ART_BOX[2], COVER_ART_BOX[3])
    drawing.initialFontName = fonts.regular
    drawing.add(cover_art_group(content.cover_art, content, style, COVER_ART_BOX))
    return inline_svg(drawing, "cover-art", None, face_weights(fonts))


def _logo_uri(brand: LoadedBrand | None) -> str | None:
    if brand is None or brand.logo is None:
        return None
    data = base64.b64encode(brand.logo.data).decode("ascii")
    return f"data:{_LOGO_TYPES[brand.logo.kind]};base64,{data}"


def _all_text(content: Content, variant: Variant) -> str:
    """Every character the page may show, for subsetting its fonts."""
    parts: list[str] = [text for _, text in content.text_fields()]
    if variant.brand is not None:
        parts.append(variant.brand.brand.model_dump_json())
    for diagram in content.diagrams():
        parts.append(content.caption(diagram))
        if diagram.inset is not None:
            parts.append(content.caption(diagram.inset))
    return "".join(parts) + "×•·–—“”‘’…"
