"""Print-shop files: bleed, trim and crop marks around each page.

A print shop prints on larger sheets and trims to size; anything that runs to the edge
(the cover's colour band) must run past it into the bleed so no white sliver shows
after trimming. We grow each page by the bleed plus a margin for crop marks, move the
content to the middle, and record the TrimBox and BleedBox; the renderer already drew
the cover band past the page edge by the bleed. Everything the page draws is clipped to
the bleed box, so no decoration can reach the crop marks' margin, whatever draws it.
"""

from __future__ import annotations

import io

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

MARK_LENGTH = 18.0
MARK_GAP = 3.0
MARK_WIDTH = 0.3


def add_bleed(pdf: bytes, bleed: float, crop_marks: bool) -> bytes:
    """Every page grown by ``bleed`` (and room for crop marks), with trim and bleed boxes."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    margin = bleed + (MARK_GAP + MARK_LENGTH if crop_marks else 0)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(Transformation().translate(margin, margin))
        full = (0, 0, width + 2 * margin, height + 2 * margin)
        trim = (margin, margin, margin + width, margin + height)
        bleed_box = (
            margin - bleed,
            margin - bleed,
            margin + width + bleed,
            margin + height + bleed,
        )
        page[NameObject("/MediaBox")] = _box(full)
        page[NameObject("/CropBox")] = _box(full)
        page[NameObject("/BleedBox")] = _box(bleed_box)
        page[NameObject("/TrimBox")] = _box(trim)
        marks = _crop_marks(trim, bleed) if crop_marks else b""
        _clip_to(page, bleed_box, marks)
        page.compress_content_streams()
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _box(values: tuple[float, ...]) -> ArrayObject:
    return ArrayObject(FloatObject(round(value, 3)) for value in values)


def _clip_to(page: PageObject, box: tuple[float, float, float, float], after: bytes) -> None:
    """The page's drawing clipped to ``box``; ``after`` (the crop marks) drawn unclipped."""
    left, bottom, right, top = box
    clip = f"q {left:.3f} {bottom:.3f} {right - left:.3f} {top - bottom:.3f} re W n\n".encode()
    contents = page.get_contents()
    stream = DecodedStreamObject()
    body = contents.get_data() if contents is not None else b""
    stream.set_data(clip + body + b"\nQ\n" + after)
    page.replace_contents(stream)  # type: ignore[arg-type]  # any stream works; stubs are narrow


def _crop_marks(trim: tuple[float, float, float, float], bleed: float) -> bytes:
    """Short lines on the trim lines, outside the bleed so they are cut away."""
    left, bottom, right, top = trim
    start = bleed + MARK_GAP
    end = start + MARK_LENGTH
    lines = []
    for x, y, outward_x, outward_y in (
        (left, bottom, -1, -1),
        (right, bottom, 1, -1),
        (left, top, -1, 1),
        (right, top, 1, 1),
    ):
        lines.append((x + outward_x * start, y, x + outward_x * end, y))
        lines.append((x, y + outward_y * start, x, y + outward_y * end))
    path = " ".join(f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S" for x1, y1, x2, y2 in lines)
    return f"q {MARK_WIDTH} w 0 0 0 1 K {path} Q\n".encode()
