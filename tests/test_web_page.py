"""The HTML edition: everything the content says, semantic and self-contained, and
accessible in a real browser at a phone's width and a desktop's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import AXE_EVERYTHING
from lxml import html as lxml_html

from booklet.model.brand import load_brand
from booklet.model.content import Content, load_content
from booklet.pipeline import BuildRequest, build
from booklet.variant.resolve import Project


def words(text: str) -> str:
    return " ".join(text.replace("**", "").split())


BRANDS = [None, "brands/riverside/brand.yaml"]


@pytest.fixture(scope="module", params=BRANDS, ids=["plain", "riverside"])
def brand(request, root: Path) -> Path | None:
    return root / request.param if request.param else None


@pytest.fixture(scope="module")
def edition(tmp_path_factory, project: Project, sample: Path, brand: Path | None) -> Path:
    out_dir = tmp_path_factory.mktemp("web")
    (path,) = build(BuildRequest(sample, "standard", out_dir, project, brand=brand, format="html"))
    return path


@pytest.fixture(scope="module")
def content(sample: Path, brand: Path | None) -> Content:
    clinic = load_brand(brand).brand.clinic() if brand else None
    return load_content(sample, clinic)


@pytest.fixture(scope="module")
def tree(edition: Path):
    return lxml_html.fromstring(edition.read_bytes())


def texts(tree, xpath: str) -> list[str]:
    return [words(element.text_content()) for element in tree.xpath(xpath)]


def test_one_h1_and_headings_in_the_contents_order(tree, content: Content) -> None:
    assert texts(tree, "//h1") == [content.meta.title]
    expected = [content.labels.contents]
    for section in content.sections:
        expected.append(section.title)
        for block in section.blocks:
            expected += [step.title for step in block.steps or []]
        expected += [sub.title for sub in section.subsections]
    expected.append(content.disclaimer.title)
    found = [re.sub(r"^Step \d+ ", "", text) for text in texts(tree, "//h2 | //h3 | //h4")]
    assert [text for text in found if text in expected] == expected
    numbered = texts(tree, "//ol[@class='steps']/li/*[1]")
    assert numbered[0].startswith("Step 1 ") and numbered[1].startswith("Step 2 ")


def test_every_paragraph_list_item_step_and_checklist_item_is_there(tree, content: Content) -> None:
    paragraphs = texts(tree, "//p")
    items = texts(tree, "//li")
    for section in content.sections:
        for block in section.blocks + [b for sub in section.subsections for b in sub.blocks]:
            if block.paragraph:
                assert words(block.paragraph) in paragraphs
            for item in block.bullets or []:
                assert words(item) in items
            for step in block.steps or []:
                assert any(words(step.instruction) in item for item in items)
    checks = texts(tree, "//ul[@class='checklist']//label")
    (checklist,) = [b.checklist for part in content.sections for b in part.blocks if b.checklist]
    assert checks == [words(item) for item in checklist]
    assert len(tree.xpath("//ul[@class='checklist']//input[@type='checkbox']")) == len(checklist)


def test_diagrams_are_inline_svg_images_with_the_alt_text(tree, content: Content) -> None:
    images = tree.xpath("//figure/svg[@role='img']")
    alts = [words(diagram.alt) for diagram in content.diagrams()]
    assert [words(svg.xpath("title")[0].text_content()) for svg in images] == alts
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_the_cover_shows_its_picture_as_decoration(tree, content: Content) -> None:
    # the same drawing as the printed cover, hidden from screen readers (it says nothing
    # the title does not), with shapes in it and no text
    assert content.cover_art is not None
    (art,) = tree.xpath("//div[@class='cover']//div[@class='cover-art']/svg")
    assert art.get("aria-hidden") == "true" and art.get("role") is None
    assert len(art.xpath(".//path")) >= 5  # the foot, the hands and their details
    assert not art.xpath(".//text")


def test_landmarks_language_and_no_external_requests(tree, edition: Path) -> None:
    assert tree.get("lang") == "en-US"
    for landmark in ("header", "nav", "main", "footer"):
        assert len(tree.xpath(f"//{landmark}")) >= 1
    source = edition.read_text()
    assert "<script" not in source
    for attribute in tree.xpath("//@src | //link/@href"):
        assert attribute.startswith("data:"), attribute
    assert "url(http" not in source and "@import" not in source


def test_callouts_say_what_they_are_in_text(tree) -> None:
    notes = texts(tree, "//div[@role='note']/*[@class='callout-label']")
    assert notes == ["Tip: How to use this guide", "Caution: Be gentle"]


@pytest.mark.slow
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_no_violation_at_phone_and_desktop_width(
    edition: Path, browser, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(edition.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    results = Axe().run(page, options=AXE_EVERYTHING)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.slow
def test_the_checklist_works_without_scripts(edition: Path, browser) -> None:
    page = browser.new_page(java_script_enabled=False)
    page.goto(edition.as_uri())
    box = page.locator("ul.checklist input").first
    page.locator("ul.checklist label").first.click()
    assert box.is_checked()


def test_the_page_is_the_same_bytes_every_time(edition: Path) -> None:
    import base64
    import io
    import re

    from fontTools.ttLib import TTFont

    source = edition.read_text()
    (first, *_) = re.findall(r"data:font/woff;base64,([A-Za-z0-9+/=]+)", source)
    embedded = TTFont(io.BytesIO(base64.b64decode(first)))
    original = TTFont(Path(__file__).parent.parent / "fonts" / "AtkinsonHyperlegible-Regular.ttf")
    assert embedded["head"].modified == original["head"].modified  # no clock in the file
