"""The download page in a real browser: headless Chromium driven by Playwright, checked
with axe-core for accessibility, every link fetched."""

from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import AXE_EVERYTHING

from booklet.publish.build_all import build_all
from booklet.variant.resolve import Project

pytestmark = pytest.mark.slow

EDITIONS = """output: out
editions:
  - contents: [content.yaml]
    brands: [none, brands/riverside/brand.yaml]
    variants: [standard, large-print]
    papers: [letter]
  - contents: [content.yaml]
    brands: [brands/meadow/brand.yaml]
    variants: [standard]
    booklet: [true]
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""


@pytest.fixture(scope="module")
def site(tmp_path_factory, root: Path):
    project = tmp_path_factory.mktemp("site")
    for name in ("layouts", "fonts", "brands"):
        shutil.copytree(root / name, project / name)
    sample = root / "tests" / "fixtures" / "sample"
    shutil.copy(sample / "content.yaml", project / "content.yaml")
    shutil.copytree(sample / "views", project / "views")
    (project / "editions.yaml").write_text(EDITIONS)
    summary = build_all(project / "editions.yaml", Project(project), say=lambda line: None)
    assert not summary.failed
    handler = functools.partial(QuietHandler, directory=str(project / "out"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_page_loads_with_every_edition(site: str, browser) -> None:
    page = browser.new_page()
    response = page.goto(site)
    assert response.ok
    assert page.title() == "Patient booklets: read online or print"
    assert page.locator("h1").inner_text() == "Patient booklets: read online or print"
    assert page.locator("li.edition").count() == 5  # one card a topic, clinic and print size
    assert page.locator(".badge.large-print").count() == 2
    headings = page.locator("main > section > h2").all_inner_texts()
    assert headings == [
        "Meadow Lane Community Health Centre and Podiatry Service",
        "Riverside Foot & Ankle Clinic",
        "General edition (no clinic name)",
    ]
    for image in page.locator("img").all():
        assert image.get_attribute("alt") == ""  # the card's words say what it is
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_each_edition_offers_the_web_page_first_then_the_pdf(site: str, browser) -> None:
    page = browser.new_page()
    page.goto(site)
    for card in page.locator("li.edition").all():
        links = card.locator("a[href]").all()
        types = [link.get_attribute("type") for link in links]
        assert types[0] == "text/html" and set(types[1:]) == {"application/pdf"}
        assert links[0].inner_text().startswith("Read online")


def test_every_link_resolves_and_says_uniquely_what_it_opens(site: str, browser) -> None:
    page = browser.new_page()
    page.goto(site)
    links = page.locator("main li.edition a[href]").all()
    assert len(links) == 12  # 5 web pages, 5 PDFs, and a booklet's print file and instructions
    names = [link.inner_text() for link in links]
    assert len(set(names)) == len(names)
    for link in links:
        href = link.get_attribute("href")
        response = page.request.get(site + href)
        assert response.ok, href
        expected = link.get_attribute("type")
        assert response.headers["content-type"].split(";")[0] == expected
        magic = b"%PDF-" if expected == "application/pdf" else b"<!DOCTYPE html>"
        assert response.body().startswith(magic)


def test_a_visitor_can_jump_to_a_clinic_or_a_language(site: str, browser) -> None:
    page = browser.new_page()
    page.goto(site)
    jumps = page.locator("nav.jump a").all()
    assert [link.inner_text() for link in jumps] == [
        "Meadow Lane Community Health Centre and Podiatry Service",
        "Riverside Foot & Ankle Clinic",
        "General edition (no clinic name)",
    ]  # and no language list while there is only one language
    for link in jumps:
        target = link.get_attribute("href")
        assert page.locator(target).count() == 1, target


def test_axe_finds_no_accessibility_violations(site: str, browser) -> None:
    page = browser.new_page()
    page.goto(site)
    results = Axe().run(page, options=AXE_EVERYTHING)
    assert results.violations_count == 0, results.generate_report()


def test_readable_on_a_phone(site: str, browser) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 740}, device_scale_factor=2)
    page.goto(site)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    button = page.locator("a.download").first.bounding_box()
    assert button["height"] >= 44 and button["width"] >= 44


def test_focus_is_visible(site: str, browser) -> None:
    page = browser.new_page()
    page.goto(site)
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle + ' ' + "
        "getComputedStyle(document.activeElement).outlineWidth"
    )
    assert outline.startswith("solid") and not outline.endswith(" 0px")


def test_page_offers_the_languages_when_there_are_several() -> None:
    from booklet.publish.download_page import render_download_page
    from booklet.publish.manifest import Entry, FileRecord

    def entry(language: str) -> Entry:
        return Entry(
            fingerprint="x",
            files=[FileRecord(kind="html", path=f"{language}.html", bytes=1, pages=0)],
            thumbnail="",
            title="Title",
            subtitle="",
            topic=f"topic-{language}",
            clinic="",
            language=language,
            reviewed="2026-01-01",
            variant="standard",
            paper="letter",
            booklet=False,
        )

    page = render_download_page([entry("en-US"), entry("es-US")])
    assert '<a href="#language-en-us">English (United States)</a>' in page
    assert '<a href="#language-es-us">Spanish (United States)</a>' in page
    assert 'id="language-es-us"' in page


def test_a_pdfs_page_count_and_size_never_break_apart() -> None:
    from booklet.publish.download_page import render_download_page
    from booklet.publish.manifest import Entry, FileRecord

    reading = FileRecord(kind="reading", path="a.pdf", bytes=95_000, pages=16)
    page = render_download_page(
        [
            Entry(
                fingerprint="x",
                files=[reading],
                thumbnail="",
                title="Title",
                subtitle="",
                topic="topic",
                clinic="",
                language="en-US",
                reviewed="2026-01-01",
                variant="standard",
                paper="letter",
                booklet=False,
            )
        ]
    )
    assert "(16\u00a0pages, 95\u00a0KB)" in page


def test_the_page_is_set_in_the_booklets_typeface(site: str, browser) -> None:
    page = browser.new_page()
    page.goto(site)
    loaded = page.evaluate(
        "document.fonts.ready.then(() => [...document.fonts]"
        ".filter(face => face.status === 'loaded')"
        ".map(face => face.family.replaceAll('\"', '') + ' ' + face.weight))"
    )
    assert sorted(loaded) == ["Booklet 400", "Booklet 700"]
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Booklet"') or family.startswith("Booklet")
