"""Single-frame documents for the extra sheets (diagram review, printing instructions).

They share the booklet's settings that matter: embedded fonts from the first byte,
the content's language and publisher, and byte-identical output for the same input.
"""

from __future__ import annotations

import io

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from booklet import __version__
from booklet.model.content import Content
from booklet.variant.fonts import FontSet


def sheet_document(
    buffer: io.BytesIO,
    size: tuple[float, float],
    frame: tuple[float, float, float, float],
    title: str,
    content: Content,
    fonts: FontSet,
) -> BaseDocTemplate:
    """A document of ``size`` whose pages hold one frame at ``(x, y, width, height)``."""
    document = BaseDocTemplate(
        buffer,
        pagesize=size,
        title=title,
        author=content.meta.publisher,
        creator=f"booklet {__version__}",
        producer=f"booklet {__version__} (ReportLab)",
        lang=content.meta.language,
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.regular,
    )
    document.addPageTemplates([PageTemplate("sheet", [Frame(*frame, id="sheet")])])
    return document
