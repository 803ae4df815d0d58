"""Imposition: booklet pages two-up on landscape sheets, in saddle-stitch order.

Clinics print booklets on an office duplex printer, fold the stack in half and staple
it on the fold. For that the pages must sit on the sheets in a particular order: for
P pages (a multiple of four), sheet side 2k carries pages P−2k and 2k+1, and side 2k+1
carries 2k+2 and P−2k−1. pypdf places each page with a transformation, so text stays
text, fonts stay embedded and the file stays small.
"""

from __future__ import annotations

import io

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import ContentStream, FloatObject, NameObject


def saddle_stitch_order(page_count: int) -> list[tuple[int, int]]:
    """For each sheet side, the (left, right) page numbers, counted from 1."""
    if page_count % 4:
        raise ValueError(f"a folded booklet needs a multiple of 4 pages, not {page_count}")
    sides = []
    for sheet in range(page_count // 4):
        front, back = 2 * sheet, 2 * sheet + 1
        sides.append((page_count - front, front + 1))
        sides.append((back + 1, page_count - back))
    return sides


def impose(pdf: bytes, sheet_size: tuple[float, float], rim: float = 0.0) -> bytes:
    """Two booklet pages side by side on each landscape sheet side, ready for duplex.

    Everything is clipped to ``rim`` points inside the sheet's edge, so what runs to the
    edge of a page (the cover band) stops evenly where an office printer can print.
    """
    reader = PdfReader(io.BytesIO(pdf))
    sheet_width, sheet_height = sheet_size
    writer = PdfWriter()
    for left, right in saddle_stitch_order(len(reader.pages)):
        side = writer.add_blank_page(sheet_width, sheet_height)
        for number, x in ((left, 0.0), (right, sheet_width / 2)):
            page = reader.pages[number - 1]
            y = (sheet_height - float(page.mediabox.height)) / 2
            side.merge_transformed_page(page, Transformation().translate(x, y))
        if rim > 0:
            _clip(side, writer, (rim, rim, sheet_width - 2 * rim, sheet_height - 2 * rim))
        side.compress_content_streams()
    writer.add_metadata(reader.metadata or {})
    language = reader.root_object.get("/Lang")
    if language:
        writer.root_object[NameObject("/Lang")] = language
    writer.compress_identical_objects()
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _clip(side: PageObject, writer: PdfWriter, box: tuple[float, float, float, float]) -> None:
    """Clip everything drawn on a sheet side to ``box`` (x, y, width, height)."""
    content = ContentStream(side.get_contents(), writer)
    numbers = [FloatObject(round(value, 3)) for value in box]
    content.operations = [
        ([], b"q"),
        (numbers, b"re"),
        ([], b"W"),
        ([], b"n"),
        *content.operations,
        ([], b"Q"),
    ]
    side.replace_contents(content)
