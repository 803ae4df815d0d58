import io

import pypdfium2
import pytest
from reportlab.pdfgen.canvas import Canvas

from booklet.finish.imposition import impose, saddle_stitch_order


def test_eight_pages() -> None:
    assert saddle_stitch_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]


@pytest.mark.parametrize("pages", [4, 12, 20, 36])
def test_every_page_appears_once_and_follows_the_rule(pages: int) -> None:
    sides = saddle_stitch_order(pages)
    assert sorted(number for side in sides for number in side) == list(range(1, pages + 1))
    for k in range(pages // 4):
        assert sides[2 * k] == (pages - 2 * k, 2 * k + 1)
        assert sides[2 * k + 1] == (2 * k + 2, pages - 2 * k - 1)


def test_page_count_must_be_a_multiple_of_four() -> None:
    with pytest.raises(ValueError, match="multiple of 4"):
        saddle_stitch_order(10)


def pages_filled_black(count: int) -> bytes:
    """``count`` half-letter pages, each painted black to its edges."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(396, 612))
    for _ in range(count):
        canvas.rect(0, 0, 396, 612, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_print_file_stops_everything_evenly_inside_the_sheets_edge() -> None:
    imposed = impose(pages_filled_black(4), (792, 612), rim=18)
    document = pypdfium2.PdfDocument(imposed)
    image = document[0].render(scale=1).to_pil().convert("L")
    assert len(document) == 2 and image.size == (792, 612)
    for x, y in [(9, 306), (782, 306), (396, 9), (396, 602)]:  # in the rim: white
        assert image.getpixel((x, y)) > 250, (x, y)
    for x, y in [(27, 306), (765, 306), (396, 27), (396, 585)]:  # inside it: the page
        assert image.getpixel((x, y)) < 5, (x, y)
    # without a rim the pages run to the edge
    edge = pypdfium2.PdfDocument(impose(pages_filled_black(4), (792, 612)))
    assert edge[0].render(scale=1).to_pil().convert("L").getpixel((2, 306)) < 5
