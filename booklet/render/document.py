"""Page templates and the ReportLab document: cover, facing body pages, footers, outline.

Body pages come in mirrored pairs (inner margin toward the fold) so the same layout
serves single sheets and bound booklets. Footers need the total page count, which only
exists after layout; ``multiBuild`` reruns until it and the contents page are settled.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, LayoutError, PageTemplate

from booklet import __version__
from booklet.model.content import Content
from booklet.render.cover_art import cover_art_group, cover_style
from booklet.render.flowables import BlankPage, ContentsList, Heading, PageCounter, Paragraph
from booklet.render.markup import to_markup
from booklet.render.seeds import SPREAD_BY, Seed
from booklet.render.story import StoryBuilder, form_split_by_page_turn
from booklet.render.styles import Styles, build_diagram_style, build_styles
from booklet.render.tagging import TAGGER_ATTRIBUTE, Tagger, Tree, artifact
from booklet.reuse import caches_enabled
from booklet.source.errors import BookletError
from booklet.variant.fonts import FontSet
from booklet.variant.resolve import Variant


@dataclass(frozen=True)
class Rendered:
    """A laid-out booklet: the PDF's bytes and the structure tree its content is tagged with."""

    pdf: bytes
    tree: Tree
    pages: int
    seed: Seed
    """The numbers this layout settled on, to start the next build of the edition from."""
    passes: int
    """How many times the booklet was laid out (one, when a seed was right)."""


def render_pdf(
    content: Content,
    variant: Variant,
    fonts: FontSet,
    *,
    pages_multiple_of: int = 1,
    seed: Seed | None = None,
) -> Rendered:
    """Lay the content out and return the PDF (same input, same bytes) and its structure.

    With ``pages_multiple_of`` (4 for a folded booklet, 2 else), padding pages go before
    the back page until the count fits; that needs a second layout pass. A ``seed``
    (see :mod:`.seeds`) lets the first pass start from the settled numbers; it is
    checked, and a wrong one changes nothing but the time taken.
    """
    if seed is not None:
        rendered = _render(content, variant, fonts, blank_pages=seed.blank_pages, seed=seed)
        if _fits(rendered.pages, seed.blank_pages, pages_multiple_of) and _settled(
            content, rendered
        ):
            return rendered
    rendered = _render(content, variant, fonts, blank_pages=0)
    spread = ""
    if form_split_by_page_turn(content, rendered.seed):
        rendered, spread = _on_spread(content, variant, fonts, rendered)
    missing = -rendered.pages % pages_multiple_of
    if missing:
        guess = Seed(rendered.pages + missing, rendered.seed.entries, missing, spread)
        seed = guess if caches_enabled() else None
        rendered = _render(content, variant, fonts, blank_pages=missing, seed=seed, spread=spread)
    return rendered


def _on_spread(
    content: Content, variant: Variant, fonts: FontSet, rendered: Rendered
) -> tuple[Rendered, str]:
    """The first layout with no page turn cutting the two-page form, and what moved.

    Each of ``SPREAD_BY`` is tried in turn; where none helps, ``rendered`` stays.
    """
    for spread in SPREAD_BY:
        trial = _render(content, variant, fonts, blank_pages=0, spread=spread)
        if not form_split_by_page_turn(content, trial.seed):
            return trial, spread
    return rendered, ""


def _settled(content: Content, rendered: Rendered) -> bool:
    """Whether a seeded layout has no page turn cutting a form (else it is searched)."""
    return not form_split_by_page_turn(content, rendered.seed)


def _fits(pages: int, blank_pages: int, multiple: int) -> bool:
    """Whether ``blank_pages`` are exactly what ``pages`` less them needs to fill a sheet."""
    return blank_pages == -(pages - blank_pages) % multiple


def _render(
    content: Content,
    variant: Variant,
    fonts: FontSet,
    *,
    blank_pages: int,
    seed: Seed | None = None,
    spread: str | None = None,
) -> Rendered:
    """One layout; ``spread`` (else the seed's) names what moves to lay the forms open."""
    buffer = io.BytesIO()
    if spread is None:
        spread = seed.spread_by if seed is not None else ""
    layout = variant.layout
    styles = build_styles(layout, fonts)
    counter = PageCounter()
    builder = StoryBuilder(content, layout, styles, fonts, variant.brand, spread)
    story = builder.story(blank_pages)
    contents = next((item for item in story if isinstance(item, ContentsList)), None)
    document = BookletDocument(buffer, content, variant, fonts, styles, counter)
    document.tagger = Tagger(builder.tree)
    if seed is not None:
        counter.seed(seed.total)
        if contents is not None:
            contents.seed(seed.entries)
        document.seeded = True
    try:
        document.multiBuild([counter, *story])
    except LayoutError as error:
        page = re.search(r"on page (\d+)", str(error))
        where = f" on page {page[1]}" if page else ""
        raise BookletError.about_file(
            layout.source,
            f"the content does not fit this layout's pages: something{where} is taller than "
            "a page (valid: smaller diagrams, padding, type or margins)",
        ) from None
    entries = tuple(contents.entries) if contents is not None else ()
    settled = Seed(counter.total, entries, blank_pages, spread)
    tree = Tree(builder.tree, content.meta.language)
    return Rendered(buffer.getvalue(), tree, counter.total, settled, document.passes)


class BookletDocument(BaseDocTemplate):
    """A booklet: one cover page, then facing pages with a disclaimer footer."""

    def __init__(
        self,
        target: io.BytesIO,
        content: Content,
        variant: Variant,
        fonts: FontSet,
        styles: Styles,
        counter: PageCounter,
    ) -> None:
        meta = content.meta
        layout = variant.layout
        super().__init__(
            target,
            pagesize=layout.page.dimensions,
            title=meta.title,
            author=meta.publisher,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator=f"booklet {__version__}",
            producer=f"booklet {__version__} (ReportLab)",
            lang=meta.language,
            displayDocTitle=1,
            invariant=1,
            pageCompression=1,
            initialFontName=fonts.regular,
            initialFontSize=styles.body.fontSize,
            initialLeading=styles.body.leading,
        )
        self.content = content
        self.layout = layout
        self.bleed = variant.bleed
        self.styles = styles
        self.fonts = fonts
        self.counter = counter
        self._blank_page = False
        self.draft = False
        self._passes = 0
        self.seeded = False
        """Started from a seed: the first pass may be the final one, so it draws everything."""
        self.tagger: Tagger | None = None
        self.addPageTemplates([self._cover_template(), self._body_template()])

    def _cover_template(self) -> PageTemplate:
        width, height = self.pagesize
        margins = self.layout.page.margins
        band_bottom = height * (1 - self.layout.cover.band_height)
        text_width = width - margins.inner - margins.outer
        gap = self.styles.cover_title.leading
        band = _frame(
            "cover-band",
            margins.inner,
            band_bottom + gap,
            text_width,
            height - band_bottom - gap - margins.top,
        )
        lower = _frame(
            "cover-lower",
            margins.inner,
            margins.top,
            text_width,
            band_bottom - gap - margins.top,
            top_padding=gap / 2,
        )
        return PageTemplate(
            "cover", [band, lower], onPage=self._draw_cover, autoNextPageTemplate="body"
        )

    def _body_template(self) -> PageTemplate:
        """Facing pages: the frame moves to the outer or inner margin on each page."""
        width, height = self.pagesize
        margins = self.layout.page.margins
        frame = _frame(
            "body",
            margins.inner,
            margins.bottom,
            width - margins.inner - margins.outer,
            height - margins.top - margins.bottom,
        )
        return PageTemplate("body", [frame], onPage=self._place_frame, onPageEnd=self._draw_footer)

    def _place_frame(self, canvas: Canvas, document: Any) -> None:
        """Even pages sit left of the fold, so their outer margin is on the left."""
        margins = self.layout.page.margins
        frame = self.pageTemplate.frames[0]
        frame._x1 = margins.inner if self.page % 2 else margins.outer

    def _draw_cover(self, canvas: Canvas, document: Any) -> None:
        """The colour band, its illustration (or rings) and the tint stripe under it."""
        width, height = self.pagesize
        colors, cover = self.layout.colors, self.layout.cover
        band_height = height * cover.band_height
        accent = HexColor(colors.cover_band)
        bleed = self.bleed
        canvas.saveState()
        canvas.setFillColor(accent)
        canvas.rect(-bleed, height - band_height, width + 2 * bleed, band_height + bleed, 0, 1)
        canvas.saveState()
        band = canvas.beginPath()  # the decoration stays inside the band and its bleed
        band.rect(-bleed, height - band_height, width + 2 * bleed, band_height + bleed)
        canvas.clipPath(band, stroke=0, fill=0)
        if self.content.cover_art is not None and cover.art is not None:
            self._draw_cover_art(canvas, cover.art.box, band_height)
        else:
            self._draw_rings(canvas, band_height)
        canvas.restoreState()
        if colors.cover_stripe:  # left out where it would not stand out
            canvas.setFillColor(HexColor(colors.cover_stripe))
            stripe_y = height - band_height - cover.stripe
            canvas.rect(-bleed, stripe_y, width + 2 * bleed, cover.stripe, stroke=0, fill=1)
        canvas.restoreState()

    def _draw_rings(self, canvas: Canvas, band_height: float) -> None:
        width, height = self.pagesize
        colors, rings = self.layout.colors, self.layout.cover.rings
        canvas.setStrokeColor(
            _blend(HexColor(colors.cover_band), HexColor(colors.cover_text), rings.tint)
        )
        canvas.setLineWidth(rings.line_width)
        centre_x = width * rings.centre[0]
        centre_y = height - band_height * rings.centre[1]
        for ring in range(1, rings.count + 1):
            canvas.circle(centre_x, centre_y, band_height * rings.spacing * ring, stroke=1, fill=0)

    def _draw_cover_art(
        self, canvas: Canvas, box: tuple[float, float, float, float], band_height: float
    ) -> None:
        """The content's illustration in the layout's box of the band (an artifact)."""
        assert self.content.cover_art is not None
        width, height = self.pagesize
        bottom = height - band_height
        style = cover_style(build_diagram_style(self.layout, self.fonts), self.layout.colors)
        page_box = (
            width * box[0],
            bottom + band_height * box[1],
            width * box[2],
            bottom + band_height * box[3],
        )
        drawing = Drawing(width, height)
        drawing.initialFontName = self.fonts.regular
        drawing.add(cover_art_group(self.content.cover_art, self.content, style, page_box))
        renderPDF.draw(drawing, canvas, 0, 0)

    def _draw_footer(self, canvas: Canvas, document: Any) -> None:
        """Rule, short disclaimer and "Page X of Y"; the number sits on the outer edge.

        Drawn when the page ends, so a page marked blank can stay truly blank.
        """
        if self._blank_page:
            self._blank_page = False
            return
        width, _ = self.pagesize
        margins, style = self.layout.page.margins, self.styles.footer
        odd = self.page % 2 == 1
        left = margins.inner if odd else margins.outer
        text_width = width - margins.inner - margins.outer
        rule_y = margins.bottom - self.layout.spacing.footer_gap
        total = self.counter.previous_total or self.page
        label = self.content.labels.page
        if self.layout.footer.page_label == "short":
            label = self.content.labels.page_short
        page_text = label.format(page=self.page, pages=total)
        number_width = 1 + max(
            stringWidth(
                label.format(page=page, pages=total),
                style.fontName,
                style.fontSize,
            )
            for page in range(1, total + 1)
        )
        gap = style.fontSize * 1.5
        numbered = self.layout.footer.number_back_page or self.page != total
        if not numbered:
            number_width = gap = 0
        page_label = Paragraph(to_markup(page_text), self.styles.footer_page if odd else style)
        words = self.content.disclaimer
        text = words.brief if self.layout.footer.disclaimer == "brief" and words.brief else None
        disclaimer = Paragraph(to_markup(text or words.short), style)
        _, disclaimer_height = disclaimer.wrap(text_width - number_width - gap, rule_y)
        _, number_height = page_label.wrap(number_width, rule_y)
        top = rule_y - style.fontSize * 0.6
        number_x, disclaimer_x = left + text_width - number_width, left
        if not odd:
            number_x, disclaimer_x = left, left + number_width + gap
        with artifact(canvas, "Pagination", "Footer"):
            canvas.saveState()
            canvas.setStrokeColor(HexColor(self.layout.colors.rule))
            canvas.setLineWidth(self.layout.spacing.rule_width)
            canvas.line(left, rule_y, left + text_width, rule_y)
            disclaimer.drawOn(canvas, disclaimer_x, top - disclaimer_height)
            if numbered:
                page_label.drawOn(canvas, number_x, top - number_height)
            canvas.restoreState()

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        """One layout pass; the first is a draft whose pages are thrown away."""
        self._passes += 1
        self.draft = self._passes == 1 and not self.seeded
        super().build(flowables, *args, **kwargs)

    @property
    def passes(self) -> int:
        """Layout passes made so far."""
        return self._passes

    def beforeDocument(self) -> None:
        """Give this pass's canvas the tagger, which forgets the previous pass."""
        if self.tagger is not None:
            self.tagger.reset()
            setattr(self.canv, TAGGER_ATTRIBUTE, self.tagger)

    def afterFlowable(self, flowable: Flowable) -> None:
        """Bookmark each heading and list the top-level ones in the contents."""
        if isinstance(flowable, BlankPage):
            self._blank_page = True
        if not isinstance(flowable, Heading):
            return
        self.canv.bookmarkPage(flowable.key)
        self.canv.addOutlineEntry(flowable.plain_text, flowable.key, level=flowable.level)
        if flowable.in_contents:
            self.notify("ContentsEntry", (flowable.plain_text, self.page, flowable.key))

    def handle_pageEnd(self) -> None:
        """Tell the page counter how far we got."""
        self.notify("pageEnd", self.page)
        super().handle_pageEnd()


def _frame(
    name: str, x: float, y: float, width: float, height: float, *, top_padding: float = 0
) -> Frame:
    """A frame with no padding of its own: the layout's margins already give the space."""
    return Frame(
        x,
        y,
        width,
        height,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=top_padding,
        bottomPadding=0,
    )


def _blend(base: Color, other: Color, share: float) -> Color:
    """``share`` of ``other`` mixed into ``base``: a quiet tint for decoration."""
    return Color(
        base.red + (other.red - base.red) * share,
        base.green + (other.green - base.green) * share,
        base.blue + (other.blue - base.blue) * share,
    )
