"""Every variant end to end: {standard, large print} × {no brand, each sample brand} ×
{letter, A4}, built through the pipeline and measured in the PDF."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
import zxingcpp
from pdfcheck import font_objects, page_texts
from pypdf import PdfReader

from booklet.model.brand import load_brand
from booklet.model.colors import contrast_ratio
from booklet.model.content import load_content
from booklet.model.layout import load_layout, resolve_layout
from booklet.pipeline import BuildRequest, build
from booklet.variant.resolve import BAND_TINT_CONTRAST, Project, resolve_variant

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample" / "content.yaml"
BRANDS = sorted(ROOT.glob("brands/*/brand.yaml"))
COMBINATIONS = list(
    itertools.product(["standard", "large-print"], [None, *BRANDS], ["letter", "a4"])
)
PAPER = {"letter": (612, 792), "a4": (595, 842)}


def combination_id(combination) -> str:
    variant, brand, paper = combination
    return f"{variant}-{brand.parent.name if brand else 'unbranded'}-{paper}"


@pytest.fixture(scope="module", params=COMBINATIONS, ids=combination_id)
def edition(request, tmp_path_factory):
    variant, brand, paper = request.param
    out_dir = tmp_path_factory.mktemp(combination_id(request.param))
    (path,) = build(BuildRequest(SAMPLE, variant, out_dir, Project(ROOT), paper, brand))
    return variant, brand, paper, path


def test_there_are_two_sample_brands() -> None:
    assert len(BRANDS) >= 2


def test_paper_size(edition) -> None:
    _, _, paper, path = edition
    for page in PdfReader(path).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == PAPER[paper]


def test_type_sizes(edition) -> None:
    variant, _, _, path = edition
    sizes = Counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            sizes.update(round(char["size"], 1) for char in page.chars if char["text"].strip())
    if variant == "large-print":
        assert min(sizes) >= 18
    else:
        assert sizes.most_common(1)[0][0] >= 12
        assert min(sizes) >= 10


def test_everything_is_there(edition) -> None:
    _, _, _, path = edition
    whole = " ".join(" ".join(text.split()) for text in page_texts(PdfReader(path)))
    content = load_content(SAMPLE)
    for section in content.sections:
        assert " ".join(section.title.split()) in whole
    for step in content.steps():
        assert step.title in whole
    assert "Important information" in whole


def test_fonts_are_embedded(edition) -> None:
    _, _, _, path = edition
    for name, font in font_objects(PdfReader(path)).items():
        assert "+" in name and "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert b"Helvetica" not in path.read_bytes()


def test_brand_appears_on_cover_and_back(edition) -> None:
    _, brand_path, _, path = edition
    texts = page_texts(PdfReader(path))
    if brand_path is None:
        assert "Prepared by" in texts[0]
        return
    brand = load_brand(brand_path).brand
    name_words = brand.name.split()
    cover = texts[0]
    assert all(word in cover for word in name_words)
    back = " ".join(texts[-2:])
    assert brand.contact.phone in back
    assert brand.contact.website in back


def test_logo_is_on_the_cover(edition) -> None:
    _, brand_path, _, path = edition
    if brand_path is None:
        return
    logo = load_brand(brand_path).logo
    with pdfplumber.open(path) as pdf:
        cover = pdf.pages[0]
        if logo.kind == "SVG":
            svg_colours = {"#9BD3CB", "#F6D186"}
            fills = {
                _hex(shape["non_stroking_color"])
                for shape in cover.rects + cover.curves
                if shape.get("fill")
            }
            assert svg_colours <= fills, "the SVG logo's shapes are not on the cover"
            assert not cover.images, "an SVG logo must stay vector"
        else:
            (image,) = cover.images
            width, height = logo.size
            assert image["width"] / image["height"] == pytest.approx(width / height, rel=0.01)


def test_the_logo_heads_the_band_on_a_paper_tile_where_it_has_room(edition) -> None:
    # beside the cover art, on a white tile, with the clinic's name and phone below; a
    # name too long for two lines there (Meadow's) puts the logo and name below instead
    variant, brand_path, _, path = edition
    if brand_path is None or variant != "standard":
        return  # the large-print band may have no room above the title
    brand = load_brand(brand_path).brand
    with pdfplumber.open(path) as pdf:
        cover = pdf.pages[0]
        words = cover.extract_words()
        title = next(w for w in words if w["text"] == "Sample")
        tiles = [
            shape
            for shape in cover.rects + cover.curves
            if shape.get("fill")
            and _hex(shape["non_stroking_color"]) == "#FFFFFF"
            and shape["bottom"] < title["top"]
        ]
        name = brand.name.split()[0]
        above = [w for w in words if w["text"] == name and w["top"] < title["top"]]
        lower = " ".join(w["text"] for w in words if w["top"] > title["top"])
    if brand_path.parent.name == "riverside":
        assert above, "a short name heads the band"
    if above:
        (word,) = above
        assert any(t["x0"] < word["x0"] and word["x1"] < t["x1"] for t in tiles)
        assert brand.contact.phone.split()[-1] in lower  # the name and phone below
    else:
        assert name in lower.split()  # the logo and name in the lower part


def test_logo_repeats_on_the_back_page(edition) -> None:
    _, brand_path, _, path = edition
    if brand_path is None:
        return
    logo = load_brand(brand_path).logo
    with pdfplumber.open(path) as pdf:
        back = pdf.pages[-1]
        if logo.kind == "SVG":
            fills = {_hex(shape["non_stroking_color"]) for shape in back.rects + back.curves}
            assert {"#9BD3CB", "#F6D186"} <= fills
        else:
            assert len(back.images) == 1


def test_the_band_is_the_clinics_colour_and_the_stripe_stands_out_or_is_left_out(edition) -> None:
    variant, brand_path, paper, path = edition
    colors = resolve_variant(
        Project(ROOT), variant, paper=paper, brand=brand_path, warn=lambda note: None
    ).layout.colors
    if brand_path is not None:
        brand_colors = load_brand(brand_path).brand.colors
        primary = brand_colors.primary
        pale = contrast_ratio(primary, colors.on_accent) < colors.min_text_contrast
        if brand_colors.use == "cover":  # a co-brand: the pale colour, or a tint of it
            assert pale or contrast_ratio(colors.cover_band, colors.paper) >= BAND_TINT_CONTRAST
            assert contrast_ratio(colors.cover_text, colors.cover_band) >= 7
        else:
            assert colors.cover_band == (primary if pale else colors.accent)
    image = pypdfium2.PdfDocument(path)[0].render(scale=1).to_pil().convert("RGB")
    band_bottom = round(image.height * colors_band_height(variant))
    below = [image.getpixel((image.width // 2, band_bottom + offset)) for offset in (2, 4)]
    assert "#{:02X}{:02X}{:02X}".format(*image.getpixel((5, 5))) == colors.cover_band
    stripe = "#{:02X}{:02X}{:02X}".format(*below[0])
    if colors.cover_stripe is None:
        assert stripe == colors.paper
    else:
        assert stripe == colors.cover_stripe
        assert contrast_ratio(stripe, colors.cover_band) >= 3
        assert contrast_ratio(stripe, colors.paper) >= 3


def colors_band_height(variant: str) -> float:
    return load_layout(resolve_layout(variant, ROOT / "layouts")).cover.band_height


def test_qr_code_decodes_to_its_target(edition) -> None:
    _, brand_path, _, path = edition
    if brand_path is None:
        return
    target = load_brand(brand_path).brand.qr_target
    document = pypdfium2.PdfDocument(path)
    image = document[len(document) - 1].render(scale=3).to_pil()
    assert target in {result.text for result in zxingcpp.read_barcodes(image)}


def _hex(color) -> str:
    values = list(color) if isinstance(color, tuple | list) else [color]
    if len(values) == 1:
        values *= 3
    return "#" + "".join(f"{round(float(value) * 255):02X}" for value in values)


def test_every_word_meets_its_contrast_against_what_is_behind_it(edition) -> None:
    """The ground is measured on the rendered page: the commonest colour in each word's box."""
    variant, _, _, path = edition
    needed = 7 if variant == "large-print" else 4.5
    scale = 1.5
    rendered = pypdfium2.PdfDocument(path)
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            image = rendered[number - 1].render(scale=scale).to_pil().convert("RGB")
            for word in page.extract_words(extra_attrs=["non_stroking_color"]):
                box = [round(word[key] * scale) for key in ("x0", "top", "x1", "bottom")]
                crop = image.crop(box)
                counts = crop.getcolors(maxcolors=crop.width * crop.height)
                ground = "#{:02X}{:02X}{:02X}".format(*max(counts)[1])
                ratio = contrast_ratio(_hex(word["non_stroking_color"]), ground)
                assert ratio >= needed, f"page {number}: {word['text']!r} {ratio:.2f}:1 on {ground}"


def test_page_numbers_never_wrap(edition) -> None:
    _, _, _, path = edition
    with pdfplumber.open(path) as pdf:
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages[1:], start=2):
            lines = (page.extract_text() or "").splitlines()
            assert any(f"Page {number} of {total}" in line for line in lines), number


def test_the_large_print_footer_is_one_line(tmp_path: Path) -> None:
    (path,) = build(BuildRequest(SAMPLE, "large-print", tmp_path, Project(ROOT)))
    content = load_content(SAMPLE)
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages[1:], start=2):
            rules = [line for line in page.lines if line["x1"] - line["x0"] > 100]
            if not rules:
                continue
            footer_top = max(line["top"] for line in rules)
            lines = {round(char["top"]) for char in page.chars if char["top"] > footer_top}
            assert len(lines) == 1, f"page {number}"
    assert content.disclaimer.brief in " ".join(page_texts(PdfReader(path)))
