"""The shipped topics, read back: what each content file says reaches its booklet.

Every expectation here is read from the topic's own content file, so editing a topic's
text is a content change: these tests follow it without any code change. The topics
are the project's ``content.yaml`` and every ``topics/*/content.yaml``.
"""

from __future__ import annotations

from pathlib import Path

import page
import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import AXE_EVERYTHING
from pdfcheck import normalise, page_texts
from pypdf import PdfReader
from shipped_builds import ROOT, TOPICS, topic_id

from booklet.model.content import Content, load_content
from booklet.pipeline import BuildRequest, build
from booklet.variant.resolve import Project

BLOG_LEFTOVERS = [
    "Leave a Reply",
    "No comments yet",
    "start the discussion",
    "will not be published",
    "Required fields",
    "Unlocking Foot Neuropathy Relief",
    "blog post",
]
"""Furniture of the web page the first topic was written from; none of it belongs in print."""


@pytest.fixture(scope="module", params=TOPICS, ids=topic_id)
def topic(request, tmp_path_factory) -> tuple[Content, list[str]]:
    path: Path = request.param
    out_dir = tmp_path_factory.mktemp(topic_id(path))
    (pdf,) = build(BuildRequest(path, "standard", out_dir, Project(ROOT)))
    return load_content(path), page_texts(PdfReader(pdf))


def test_every_heading_appears_in_order(topic) -> None:
    content, texts = topic
    whole = " ".join(texts[2:])  # after the cover and the contents page
    position = 0
    headings = []
    for section in content.sections:
        headings += [section.title, *(sub.title for sub in section.subsections)]
    for heading in headings:
        found = whole.find(heading, position)
        assert found >= 0, f"{heading!r} missing or out of order"
        position = found + len(heading)
    # the full disclaimer closes the reading or is on the back page (test_back_page.py)
    assert content.disclaimer.title in whole


def test_the_title_is_on_the_cover_only(topic) -> None:
    content, texts = topic
    assert content.meta.title in texts[0]
    assert not any(content.meta.title in text for text in texts[1:])


def test_every_step_appears_in_order_with_how_long(topic) -> None:
    content, texts = topic
    whole = " ".join(texts)
    position = 0
    steps = list(content.steps())
    for step in steps:
        position = whole.index(step.title, position)
    assert whole.count(f"{content.labels.how_long}:") == len(steps)


def test_every_diagram_label_is_real_text(topic) -> None:
    content, texts = topic
    whole = " ".join(texts)
    for diagram in content.diagrams():
        for overlay in diagram.overlays:
            words = overlay.mark.caption()
            if words:
                assert words in whole
        if diagram.repeat:
            assert diagram.repeat in whole


def test_every_callout_says_what_it_is(topic) -> None:
    content, texts = topic
    whole = " ".join(texts)
    for section in content.sections:
        for block in section.blocks + [b for sub in section.subsections for b in sub.blocks]:
            if block.callout is not None:
                label = getattr(content.labels, block.callout.kind)
                expected = f"{label}: {block.callout.title}" if block.callout.title else label
                assert expected in whole


def test_the_back_page_carries_the_summaries_and_edition_details(topic) -> None:
    content, texts = topic
    back = texts[-1]
    # the outside back cover: every "when to call" list the content names, word for
    # word, where the page holds them all (else the first), and the edition details
    for title, items in content.summaries():
        assert normalise(title) in back
        assert all(normalise(item) in back for item in items)
    assert f"{content.labels.edition} {content.meta.edition}" in back
    assert f"{content.labels.document_code} {content.meta.document_code}" in back
    # the full disclaimer is on the back page or inside, once
    reading = " ".join(texts[2:])
    assert reading.count(normalise(content.disclaimer.full[0])[:40]) == 1


def test_no_web_page_leftovers(topic) -> None:
    _, texts = topic
    whole = " ".join(texts)
    for leftover in BLOG_LEFTOVERS:
        assert leftover not in whole


@pytest.mark.slow
@pytest.mark.parametrize("topic_path", TOPICS, ids=topic_id)
@pytest.mark.parametrize(
    ("variant", "paper", "brand", "booklet"),
    [
        ("standard", "letter", None, False),
        ("standard", "a4", None, False),
        ("large-print", "letter", None, False),
        ("standard", "letter", "brands/meadow/brand.yaml", False),
        ("large-print", "a4", "brands/riverside/brand.yaml", False),
        ("standard", "letter", None, True),
        ("large-print", "letter", "brands/riverside/brand.yaml", True),
    ],
    ids=[
        "standard",
        "a4",
        "large-print",
        "meadow",
        "riverside-large-print-a4",
        "booklet",
        "lp-booklet",
    ],
)
def test_every_topic_builds_in_every_variant_as_tagged_pdf_ua(
    tmp_path: Path, topic_path: Path, variant: str, paper: str, brand: str | None, booklet: bool
) -> None:
    request = BuildRequest(
        topic_path,
        variant,
        tmp_path,
        Project(ROOT),
        paper=paper,
        brand=ROOT / brand if brand else None,
        booklet=booklet,
    )
    paths = build(request)
    assert len(paths) == (3 if booklet else 1)
    reading = PdfReader(paths[0])
    assert len(reading.pages) % (4 if booklet else 1) == 0
    content = load_content(topic_path)
    assert content.meta.title in page_texts(reading)[0]
    report = page.validate_pdf(str(paths[0]), profile="ua1")
    assert [failure.rule_id for failure in report.failures] == []


@pytest.mark.parametrize("topic_path", TOPICS, ids=topic_id)
def test_every_topic_is_valid_and_every_picture_has_alt_text(topic_path: Path) -> None:
    content = load_content(topic_path)
    steps = list(content.steps())
    assert steps
    assert all(step.how_long for step in steps)
    assert all(" ".join(diagram.alt.split()) for diagram in content.diagrams())


@pytest.mark.slow
@pytest.mark.parametrize("topic_path", TOPICS, ids=topic_id)
@pytest.mark.parametrize(
    ("variant", "brand"),
    [("standard", None), ("large-print", "brands/meadow/brand.yaml")],
    ids=["standard", "meadow-large-print"],
)
def test_every_topic_has_an_accessible_html_edition(
    tmp_path: Path, browser, topic_path: Path, variant: str, brand: str | None
) -> None:
    request = BuildRequest(
        topic_path,
        variant,
        tmp_path,
        Project(ROOT),
        brand=ROOT / brand if brand else None,
        format="html",
    )
    (path,) = build(request)
    content = load_content(topic_path)
    for width in (390, 1280):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(path.as_uri())
        assert page.locator("h1").inner_text() == content.meta.title
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        results = Axe().run(page, options=AXE_EVERYTHING)
        assert results.violations_count == 0, results.generate_report()
        page.close()


@pytest.mark.parametrize("topic_path", TOPICS, ids=topic_id)
def test_every_topic_meets_its_plain_language_targets(topic_path: Path) -> None:
    from booklet.model.readability import report

    _, misses = report(load_content(topic_path))
    assert misses == []


FOOT_SAFETY = {
    "en": ("calf", "emergency room", "911", "elbow", "barefoot"),
    "es": ("pantorrilla", "sala de emergencias", "911", "codo", "sin zapatos"),
}
"""Safety advice every foot booklet gives: a swollen calf, when to go to the emergency
room, testing bath water with the elbow, never going barefoot."""


@pytest.mark.parametrize(
    "topic_path",
    [ROOT / "content.yaml", ROOT / "topics" / "foot-neuropathy-es" / "content.yaml"],
    ids=["en", "es"],
)
def test_the_foot_booklets_give_the_safety_advice(topic_path: Path) -> None:
    content = load_content(topic_path)
    whole = " ".join(text for _, text in content.text_fields()).lower()
    for words in FOOT_SAFETY[content.meta.language.split("-")[0]]:
        assert words in whole, words
