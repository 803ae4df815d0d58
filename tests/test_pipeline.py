from pathlib import Path

import pytest

from booklet.pipeline import BuildRequest, build, build_edition
from booklet.source.errors import BookletError
from booklet.variant.resolve import Project


def build_branded(workspace: Path, brand_yaml: str, variant: str = "standard") -> Path:
    brand = workspace / "brand.yaml"
    brand.write_text(brand_yaml)
    request = BuildRequest(
        workspace / "content.yaml", variant, workspace / "out", Project(workspace), brand=brand
    )
    (path,) = build(request)
    return path


def test_text_the_font_cannot_draw_fails_the_build_with_its_location(workspace: Path) -> None:
    content = workspace / "content.yaml"
    text = content.read_text()
    line = text[: text.index("kicker:")].count("\n") + 1
    content.write_text(text.replace("kicker: Sample guide", "kicker: Sample guide 足", 1))
    with pytest.raises(BookletError) as caught:
        build(BuildRequest(content, "standard", workspace / "output", Project(workspace)))
    (problem,) = caught.value.problems
    assert problem.field == "meta.kicker"
    assert problem.line == line
    assert "has a glyph for '足' (U+8DB3)" in problem.message
    assert not (workspace / "output").exists() or not any((workspace / "output").iterdir())


def test_build_names_the_pdf_after_slug_and_layout(workspace: Path) -> None:
    (path,) = build(
        BuildRequest(workspace / "content.yaml", "standard", workspace / "out", Project(workspace))
    )
    assert path == workspace / "out" / "sample-guide-standard-letter.pdf"
    assert path.read_bytes().startswith(b"%PDF-")


def test_a_name_in_vietnamese_is_drawn_with_the_fallback_font(workspace: Path) -> None:
    import pdfplumber

    path = build_branded(workspace, "name: Phòng khám Bàn chân Sài Gòn Việt\n")
    with pdfplumber.open(path) as pdf:
        cover = pdf.pages[0]
        faces = {char["text"]: char["fontname"].split("+")[-1] for char in cover.chars}
    assert faces["ệ"].startswith("NotoSans")
    assert faces["P"].startswith("AtkinsonHyperlegible")
    assert "Phòng khám Bàn chân Sài Gòn Việt" in "".join(c["text"] for c in cover.chars)


def test_a_long_clinic_name_stays_on_the_cover(workspace: Path) -> None:
    import pdfplumber

    long_name = "The Very Long Named Regional Community Podiatry and Diabetic Foot Care Centre"
    path = build_branded(workspace, f"name: {long_name}\n", "large-print")
    with pdfplumber.open(path) as pdf:
        cover = pdf.pages[0]
        name_chars = [c for c in cover.chars if c["top"] > cover.height * 0.6]
        assert all(c["x0"] >= 0 and c["x1"] <= cover.width - 72 + 1 for c in name_chars)
        assert min(c["size"] for c in name_chars) >= 18
        assert "Centre" in "".join(c["text"] for c in name_chars)


@pytest.mark.parametrize("size", [(12, 6), (4000, 300)])
def test_huge_or_tiny_logos_fit_their_box_keeping_shape_and_transparency(
    workspace: Path, size: tuple[int, int]
) -> None:
    import pdfplumber
    from PIL import Image
    from pypdf import PdfReader

    Image.new("RGBA", size, (200, 30, 30, 128)).save(workspace / "logo.png")
    path = build_branded(workspace, "name: Tiny Or Huge Clinic\nlogo: logo.png\nlogo_alt: A logo\n")
    with pdfplumber.open(path) as pdf:
        (image,) = pdf.pages[0].images
        width, height = image["x1"] - image["x0"], image["bottom"] - image["top"]
    assert width / height == pytest.approx(size[0] / size[1], rel=0.01)
    box = (1.6 * 72, 0.6 * 72)  # on its tile at the head of the cover band
    assert width <= box[0] + 0.1 and height <= box[1] + 0.1
    assert max(width / box[0], height / box[1]) == pytest.approx(1, rel=0.01)
    xobjects = PdfReader(path).pages[0]["/Resources"]["/XObject"]
    (logo,) = [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert "/SMask" in logo, "transparency was lost"


def test_content_that_cannot_fit_names_the_layout_file_it_came_from(workspace: Path) -> None:
    layout = workspace / "sub" / "big.yaml"
    layout.parent.mkdir()
    (workspace / "sub" / "standard.yaml").write_text(
        (workspace / "layouts" / "standard.yaml").read_text()
    )
    layout.write_text("extends: standard\nname: big\ndiagrams: {placement: below, height: 12in}\n")
    request = BuildRequest(
        workspace / "content.yaml", str(layout), workspace / "out", Project(workspace)
    )
    with pytest.raises(BookletError) as caught:
        build(request)
    (problem,) = caught.value.problems
    assert problem.file == str(layout) and problem.field == "diagrams"
    assert problem.message.startswith("a 201.6 × 864 pt diagram does not fit the 475.2 × 655.2 pt")


def test_each_file_of_an_edition_is_named_by_its_role(workspace: Path) -> None:
    request = BuildRequest(
        workspace / "content.yaml", "standard", workspace / "out", Project(workspace), booklet=True
    )
    built = build_edition(request)
    assert list(built.files) == ["reading", "print", "instructions"]
    assert built.files["print"].name.endswith("-booklet-letter-print.pdf")
