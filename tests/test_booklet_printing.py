"""Folded booklets and print-shop files, end to end, checked from the PDFs' text."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from pdfcheck import font_objects
from PIL import ImageDraw
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from booklet.finish.imposition import saddle_stitch_order
from booklet.finish.printshop import add_bleed
from booklet.model.layout import load_layout, resolve_layout
from booklet.pipeline import BuildRequest, build
from booklet.render.how_to_print import MARGIN
from booklet.variant.resolve import Project

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample" / "content.yaml"
SHEETS = {"letter": (792, 612), "a4": (841.89, 595.28)}
MM = 72 / 25.4


@pytest.fixture(
    scope="module",
    params=[("standard", "letter"), ("large-print", "letter"), ("standard", "a4")],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
def booklet(request, tmp_path_factory):
    variant, paper = request.param
    out_dir = tmp_path_factory.mktemp(f"{variant}-{paper}")
    paths = build(BuildRequest(SAMPLE, variant, out_dir, Project(ROOT), paper, booklet=True))
    reading, printing, instructions = paths
    return variant, paper, reading, printing, instructions


def page_identity(text: str, total: int) -> int | None:
    """Which booklet page a half-sheet shows: from its footer, the cover title, or blank.

    The footer says "Page 3 of 24", or "3 of 24" where a layout's footer is narrow; the
    outside back cover's footer has the disclaimer but no number.
    """
    text = " ".join(text.split())
    found = re.findall(rf"(?:Page )?(\d+) of {total}", text)
    if found:
        return int(found[0])
    if "Sample Guide to Plant Care" in text:
        return 1
    if "For testing only." in text:
        return total
    return None if text else 0  # 0: a blank page


def test_files_written(booklet) -> None:
    _, paper, reading, printing, instructions = booklet
    assert reading.name == f"sample-guide-{booklet[0]}-booklet-{paper}.pdf"
    assert printing.name == reading.stem + "-print.pdf"
    assert instructions.name == reading.stem + "-how-to-print.pdf"


def test_page_count_is_a_multiple_of_four_padded_with_notes_pages(booklet) -> None:
    # the pages that pad the booklet to a multiple of four carry on the notes page's
    # ruled lines under its running head, with their page numbers, just before the back
    _, _, reading, _, _ = booklet
    texts = [page.extract_text() or "" for page in PdfReader(reading).pages]
    total = len(texts)
    assert total % 4 == 0
    assert all(text.strip() for text in texts)  # no page prints empty
    assert all(f"{total} of {total}" not in text for text in texts)
    padding = [number for number, text in enumerate(texts) if "My notes, continued" in text]
    assert padding == list(range(total - 1 - len(padding), total - 1))  # before the back
    assert len(padding) < 4
    with pdfplumber.open(reading) as pdf:
        for number in padding:
            page = pdf.pages[number]
            assert len(page.lines) >= 10, f"page {number + 1} is not ruled"
            assert page_identity(texts[number], total) == number + 1


def test_the_outside_back_cover_has_the_disclaimer_but_no_page_number(booklet) -> None:
    _, _, reading, _, _ = booklet
    reader = PdfReader(reading)
    total = len(reader.pages)
    back = " ".join(reader.pages[-1].extract_text().split())
    inside = " ".join(reader.pages[-2].extract_text().split())
    assert "For testing only." in back and not re.search(rf"\d+ of {total}", back)
    assert re.search(rf"{total - 1} of {total}", inside)


def test_every_sheet_side_holds_the_saddle_stitch_pages(booklet) -> None:
    _, paper, reading, printing, _ = booklet
    total = len(PdfReader(reading).pages)
    blank = {n for n, p in enumerate(PdfReader(reading).pages, 1) if not p.extract_text().strip()}
    expected = saddle_stitch_order(total)
    with pdfplumber.open(printing) as pdf:
        assert len(pdf.pages) == total // 2
        for side, (left, right) in zip(pdf.pages, expected, strict=True):
            assert (side.width, side.height) == pytest.approx(SHEETS[paper], abs=0.01)
            halves = [
                side.crop((0, 0, side.width / 2, side.height)),
                side.crop((side.width / 2, 0, side.width, side.height)),
            ]
            found = [page_identity(half.extract_text() or "", total) for half in halves]
            wanted = [0 if number in blank else number for number in (left, right)]
            assert found == wanted


def test_print_file_stays_vector_text_embedded_and_small(booklet) -> None:
    variant, _, reading, printing, _ = booklet
    reader = PdfReader(printing)
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    for name, font in font_objects(reader).items():
        assert "+" in name and "/FontFile2" in font["/FontDescriptor"].get_object()
    assert printing.stat().st_size <= 1.5 * reading.stat().st_size
    whole = " ".join(page.extract_text() for page in reader.pages)
    assert "Wipe each leaf" in whole
    if variant == "large-print":
        with pdfplumber.open(printing) as pdf:
            sizes = [c["size"] for p in pdf.pages for c in p.chars if c["text"].strip()]
        assert round(min(sizes), 3) >= 18


def test_booklet_pages_are_half_the_sheet(booklet) -> None:
    _, paper, reading, _, _ = booklet
    sheet_width, sheet_height = SHEETS[paper]
    page = PdfReader(reading).pages[0]
    assert float(page.mediabox.width) == pytest.approx(sheet_width / 2, abs=1)
    assert float(page.mediabox.height) == pytest.approx(sheet_height, abs=1)


def test_instructions_explain_duplex_short_edge_actual_size_fold_and_staple(booklet) -> None:
    _, paper, _, _, instructions = booklet
    reader = PdfReader(instructions)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    size = (float(page.mediabox.width), float(page.mediabox.height))
    assert size == pytest.approx(SHEETS[paper], abs=0.01)
    text = " ".join(page.extract_text().split())
    for words in ("Both sides", "Flip on short edge", "Actual size", "1. Print", "2. Stack"):
        assert words in text
    assert "3. Fold" in text and "4. Staple" in text


def test_instructions_name_the_file_and_the_number_and_size_of_sheets(booklet) -> None:
    _, paper, reading, printing, instructions = booklet
    text = " ".join(PdfReader(instructions).pages[0].extract_text().split())
    assert f"File to print: {printing.name}" in text.replace(" -", "-")  # breaks before hyphens
    pages = len(PdfReader(reading).pages)
    size = {"letter": "Letter (8.5 × 11 in)", "a4": "A4 (210 × 297 mm)"}[paper]
    assert f"Sheets of paper: {pages // 4}, {size}" in text
    assert f"Then print pages 3 to {pages // 2}." in text  # two print pages a sheet


def test_instructions_name_the_edition_under_their_title(booklet) -> None:
    variant, *_, instructions = booklet
    lines = PdfReader(instructions).pages[0].extract_text().splitlines()
    size = {"standard": "Standard print", "large-print": "Large print"}[variant]
    assert lines[:2] == ["How to print this booklet", f"Sample Guide to Plant Care · {size}"]


def test_a_branded_sheet_names_its_clinic_by_its_short_name(tmp_path: Path) -> None:
    brand = tmp_path / "brand" / "brand.yaml"
    brand.parent.mkdir()
    brand.write_text("name: Hillside Community Clinic and Garden\nshort_name: Hillside\n")
    request = BuildRequest(SAMPLE, "standard", tmp_path, Project(ROOT), brand=brand, booklet=True)
    instructions = build(request)[-1]
    text = PdfReader(instructions).pages[0].extract_text().splitlines()[1]
    assert text == "Sample Guide to Plant Care · Standard print · Hillside"


def test_instructions_name_the_full_page_edition_for_a_one_sided_printer(
    booklet, tmp_path: Path
) -> None:
    # the file named is the one a build of the same edition without --booklet writes
    variant, paper, *_, instructions = booklet
    text = " ".join(PdfReader(instructions).pages[0].extract_text().split())
    full = build(BuildRequest(SAMPLE, variant, tmp_path, Project(ROOT), paper, format="pdf"))[0]
    said = "No two-sided printer? Print the full-page edition instead: "
    assert f"{said}{full.name}" in text.replace(" -", "-")


def test_instructions_words_never_overlap_and_stay_inside_the_margins(booklet) -> None:
    """Large print's longer lines narrow the pictures rather than run into the next step."""
    with pdfplumber.open(booklet[4]) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        words = page.extract_words()
    margin = MARGIN - 1
    for word in words:
        assert margin <= word["x0"] and word["x1"] <= page.width - margin, word["text"]
        assert margin <= word["top"] and word["bottom"] <= page.height - margin, word["text"]
    for index, word in enumerate(words):
        for other in words[index + 1 :]:
            apart = (
                word["x1"] <= other["x0"] + 0.5
                or other["x1"] <= word["x0"] + 0.5
                or word["bottom"] <= other["top"] + 0.5
                or other["bottom"] <= word["top"] + 0.5
            )
            assert apart, (word["text"], other["text"])


def test_instructions_show_four_vector_pictures_and_body_size_text(booklet) -> None:
    variant, _, _, _, instructions = booklet
    body = load_layout(resolve_layout(f"{variant}-booklet", ROOT / "layouts")).text.body.size
    with pdfplumber.open(instructions) as pdf:
        page = pdf.pages[0]
        sizes = {round(char["size"], 1) for char in page.chars if char["text"].strip()}
        assert min(sizes) == body
        assert not page.images  # drawn, not pasted in
        pictures = page.within_bbox((0, page.height * 0.45, page.width, page.height))
        shapes = pictures.rects + pictures.curves + pictures.lines
        columns = {round(shape["x0"] // (page.width / 4)) for shape in shapes}
        assert columns >= {0, 2}  # pictures on the left and right halves, two rows
        lowest = max(char["bottom"] for char in page.chars)
        assert lowest > page.height * 0.7  # the sheet is used down to its foot


def test_print_file_is_deterministic(tmp_path: Path) -> None:
    def print_file(folder: str) -> bytes:
        request = BuildRequest(SAMPLE, "standard", tmp_path / folder, Project(ROOT), booklet=True)
        return build(request)[1].read_bytes()

    assert print_file("first") == print_file("second")


@pytest.fixture(scope="module")
def print_shop(tmp_path_factory) -> Path:
    out_dir = tmp_path_factory.mktemp("print-shop")
    request = BuildRequest(
        SAMPLE, "standard", out_dir, Project(ROOT), bleed=3 * MM, crop_marks=True
    )
    (path,) = build(request)
    return path


def test_trim_and_bleed_boxes_are_3mm_apart(print_shop: Path) -> None:
    assert print_shop.name == "sample-guide-standard-letter-print-shop-3mm-crop.pdf"
    for page in PdfReader(print_shop).pages:
        trim, bleed = page.trimbox, page.bleedbox
        assert float(trim.width) == pytest.approx(612, abs=0.01)
        assert float(trim.height) == pytest.approx(792, abs=0.01)
        for inner, outer in ((trim.left, bleed.left), (trim.bottom, bleed.bottom)):
            assert float(inner) - float(outer) == pytest.approx(3 * MM, abs=0.01)
        for inner, outer in ((trim.right, bleed.right), (trim.top, bleed.top)):
            assert float(outer) - float(inner) == pytest.approx(3 * MM, abs=0.01)
        assert float(page.mediabox.width) > float(bleed.width)


def test_crop_marks_lie_outside_the_trim(print_shop: Path) -> None:
    page_box = PdfReader(print_shop).pages[1].trimbox
    left, bottom, right, top = (float(v) for v in page_box)
    with pdfplumber.open(print_shop) as pdf:
        page = pdf.pages[1]
        height = page.height
        marks = [
            line
            for line in page.lines
            if line["x1"] <= left
            or line["x0"] >= right
            or height - line["top"] <= bottom
            or height - line["bottom"] >= top
        ]
        assert len(marks) == 8


def test_cover_band_runs_into_the_bleed(print_shop: Path) -> None:
    page = PdfReader(print_shop).pages[0]
    bleed = page.bleedbox
    image = pypdfium2.PdfDocument(print_shop)[0].render(scale=1).to_pil().convert("RGB")
    height = image.height
    x = round(float(bleed.left)) + 2  # inside the bleed, outside the trim
    y = height - round(float(bleed.top)) + 2
    assert image.getpixel((x, y)) == image.getpixel((x + 40, y + 40)) != (255, 255, 255)


def test_nothing_but_the_crop_marks_lies_outside_the_bleed(print_shop: Path) -> None:
    # paint over the bleed box and the trim lines (where the crop marks are): all white
    reader = PdfReader(print_shop)
    document = pypdfium2.PdfDocument(print_shop)
    scale = 2
    for number, page in enumerate(reader.pages):
        image = document[number].render(scale=scale).to_pil().convert("L")
        width, height = image.size
        left, bottom, right, top = (float(value) * scale for value in page.bleedbox)
        cover = ImageDraw.Draw(image)
        cover.rectangle((left - 1, height - top - 1, right + 1, height - bottom + 1), fill=255)
        for x in (float(page.trimbox.left) * scale, float(page.trimbox.right) * scale):
            cover.rectangle((x - 3, 0, x + 3, height), fill=255)
        for y in (float(page.trimbox.bottom) * scale, float(page.trimbox.top) * scale):
            cover.rectangle((0, height - y - 3, width, height - y + 3), fill=255)
        assert image.getextrema() == (255, 255), f"page {number + 1}: ink beyond the bleed"


def test_a_decoration_past_the_bleed_is_clipped_to_it() -> None:
    # a page that paints 40 pt past every edge: only the bleed's 3 mm of it survive
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 200))
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(-40, -40, 280, 280, stroke=0, fill=1)
    canvas.save()
    shop = add_bleed(buffer.getvalue(), 3 * MM, crop_marks=True)
    page = PdfReader(io.BytesIO(shop)).pages[0]
    image = pypdfium2.PdfDocument(shop)[0].render(scale=1).to_pil().convert("L")
    middle = image.height // 2
    row = [x for x in range(image.width) if image.getpixel((x, middle)) < 128]
    column = [y for y in range(image.height) if image.getpixel((middle, y)) < 128]
    left, bottom, right, top = (float(value) for value in page.bleedbox)
    assert (row[0], row[-1] + 1) == pytest.approx((left, right), abs=1)
    assert (column[0], column[-1] + 1) == pytest.approx(
        (image.height - top, image.height - bottom), abs=1
    )


def test_body_and_footer_share_their_left_edge_on_every_page(booklet) -> None:
    # the fold moves the margins from page to page; body and footer must move together
    # (the body read as its text at the body size beside no picture: labels are not it)
    variant, _, reading, _, _ = booklet
    body_size = load_layout(resolve_layout(f"{variant}-booklet", ROOT / "layouts")).text.body.size
    checked = set()
    with pdfplumber.open(reading) as pdf:
        for number, page in enumerate(pdf.pages[1:], start=2):
            rules = [line for line in page.lines if line["x1"] - line["x0"] > 100]
            if not rules:
                continue  # a blank page
            footer_top = max(line["top"] for line in rules)  # the rule above the footer
            drawn = [(curve["top"], curve["bottom"]) for curve in page.curves]
            caption = 2 * body_size  # a picture's caption, centred under it, is the picture's
            body = [
                c["x0"]
                for c in page.chars
                if c["top"] < footer_top
                and abs(c["size"] - body_size) < 0.1
                and not any(top - 2 <= c["top"] <= bottom + caption for top, bottom in drawn)
            ]
            footer = [c["x0"] for c in page.chars if c["top"] >= footer_top]
            if not body or not footer:
                continue
            offset = min(body) - min(footer)
            assert offset >= -2, f"page {number}: text starts left of the footer's margin"
            if offset <= 2:  # a page whose text starts at the margin, not indented
                checked.add(number % 2)
    assert checked == {0, 1}
