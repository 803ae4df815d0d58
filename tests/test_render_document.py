"""The sample booklet, read back: structure, text, typography, fonts and metadata.

What each test expects is read from the sample topic's content file.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from pdfcheck import font_objects, normalise, outline_titles, page_texts, text_lines
from pypdf import PdfReader

from booklet.marks import legend_kinds
from booklet.model.content import Content, load_content
from booklet.model.layout import load_layout
from booklet.render.document import render_pdf
from booklet.variant.fonts import register_family
from booklet.variant.resolve import resolve_variant


@pytest.fixture(scope="module")
def layout(root: Path):
    return load_layout(root / "layouts" / "standard.yaml")


@pytest.fixture(scope="module")
def texts(reader: PdfReader) -> list[str]:
    return page_texts(reader)


def test_every_page_is_letter_size(reader: PdfReader) -> None:
    assert len(reader.pages) >= 6
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


def test_title_appears_once_on_the_cover(texts: list[str], sample_content: Content) -> None:
    title = sample_content.meta.title
    assert title in texts[0]
    assert sum(text.count(title) for text in texts[1:]) == 0


def test_footer_on_every_page_but_the_cover(texts: list[str], sample_content: Content) -> None:
    total = len(texts)
    short = sample_content.disclaimer.short
    assert "Page 1 of" not in texts[0]
    assert short not in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert short in text


def test_contents_lists_sections_with_their_pages(
    texts: list[str], sample_content: Content
) -> None:
    contents = texts[1]
    assert sample_content.labels.contents in contents
    titles = [section.title for section in sample_content.sections]
    for title in [*titles, sample_content.disclaimer.title]:
        match = re.search(re.escape(title) + r" (\d+)", contents)
        assert match, f"{title!r} has no contents entry"
        page = int(match[1])
        assert title in texts[page - 1], f"{title!r} is not on page {page}"


def test_steps_are_numbered_with_how_long(texts: list[str], sample_content: Content) -> None:
    whole = " ".join(texts)
    steps = list(sample_content.steps())
    position = 0
    for step in steps:
        position = whole.index(step.title, position)
    assert whole.count("How long:") == len(steps)


def test_callouts_carry_a_label_not_only_colour(texts: list[str]) -> None:
    whole = " ".join(texts)
    assert "Tip: How to use this guide" in whole
    assert "Caution: Be gentle" in whole


def test_checklist_has_a_tick_box_per_item(plumber, sample_content: Content) -> None:
    (items,) = [
        block.checklist
        for section in sample_content.sections
        for block in section.blocks
        if block.checklist
    ]
    page = next(p for p in plumber.pages if items[0] in (p.extract_text() or ""))
    squeezed = {item.replace(" ", "") for item in items}
    lines = [line for line in text_lines(page) if line["text"] in squeezed]
    boxes = [curve for curve in page.curves + page.rects if 8 < curve["width"] < 20]
    assert len(lines) == len(items)
    assert len(boxes) >= len(items)


def test_back_page_has_edition_review_dates_and_code(texts: list[str]) -> None:
    back = texts[-1]
    for expected in [
        "Prepared by",  # no brand: a line to write or stamp the clinic on
        "Edition 2.1",
        "Reviewed March 2, 2026",
        "Next review March 2, 2027",
        "Document code TEST-PLANT-001",
    ]:
        assert expected in back


def test_text_sizes(plumber, layout) -> None:
    sizes = Counter()
    for page in plumber.pages:
        sizes.update(round(char["size"], 1) for char in page.chars if char["text"].strip())
    body_size, _ = sizes.most_common(1)[0]
    assert body_size >= 12
    assert min(sizes) >= 10


def test_no_heading_stranded_at_the_foot_of_a_page(plumber, layout) -> None:
    heading_sizes = {layout.text.h1.size, layout.text.h2.size, layout.text.step_title.size}
    footer_top = plumber.pages[0].height - layout.page.margins.bottom
    for number, page in enumerate(plumber.pages[1:], start=2):
        lines = [line for line in text_lines(page) if line["bottom"] < footer_top]
        if lines:  # not a blank page that pads the booklet to an even count
            assert lines[-1]["size"] not in heading_sizes, f"page {number}: {lines[-1]['text']}"


def test_text_stays_inside_the_margins(plumber, layout) -> None:
    margins = layout.page.margins
    for number, page in enumerate(plumber.pages[1:], start=2):
        left = margins.inner if number % 2 else margins.outer
        right = page.width - (margins.outer if number % 2 else margins.inner)
        for char in page.chars:
            assert left - 0.5 <= char["x0"] and char["x1"] <= right + 0.5, (number, char["text"])
            assert char["top"] >= margins.top - 12 and char["bottom"] <= page.height - 12


def test_no_text_overlaps(plumber) -> None:
    for number, page in enumerate(plumber.pages, start=1):
        words = sorted(page.extract_words(), key=lambda word: word["top"])
        for index, word in enumerate(words):
            for other in words[index + 1 :]:
                if other["top"] >= word["bottom"] - 0.5:
                    break
                horizontal = min(word["x1"], other["x1"]) - max(word["x0"], other["x0"])
                assert horizontal <= 0.5, f"page {number}: {word['text']!r} / {other['text']!r}"


def test_every_font_is_an_embedded_subset(reader: PdfReader, sample_pdf: Path) -> None:
    fonts = font_objects(reader)
    assert fonts
    for name, font in fonts.items():
        # the family, or its fallback (the repetitions badge's plain zero is Noto Sans)
        assert re.fullmatch(r"/[A-Z]{6}\+(AtkinsonHyperlegible|NotoSans)-\w+", name), name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    raw = sample_pdf.read_bytes()
    for standard_font in (b"Helvetica", b"Times-Roman", b"Courier", b"Symbol"):
        assert standard_font not in raw


def test_metadata_language_and_viewer_title(reader: PdfReader) -> None:
    info = reader.metadata
    assert info.title == "Sample Guide to Plant Care"
    assert info.author == "your plant shop"
    assert info.subject.startswith("How to water, wipe and turn")
    assert "plants" in info["/Keywords"]
    assert info["/CreationDate"] == "D:20260302000000Z"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-US"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"]) is True
    assert root["/PageMode"] == "/UseOutlines"
    xmp = reader.xmp_metadata
    assert xmp.dc_title["x-default"] == "Sample Guide to Plant Care"
    assert xmp.dc_language == ["en-US"]


def test_outline_has_every_section(reader: PdfReader, sample_content: Content) -> None:
    titles = outline_titles(reader)
    content = sample_content
    for section in content.sections:
        assert section.title in titles
        for subsection in section.subsections:
            assert subsection.title in titles
    assert titles[0] == "Contents" and "Important information" in titles
    # the full disclaimer is on the back page (the last entry), or else closes the
    # reading pages, just before the forms at the end: the tracker and the notes page
    forms = [s.title for s in content.sections if any(b.note_lines or b.tracker for b in s.blocks)]
    where = titles.index("Important information")
    assert where in (len(titles) - 1, titles.index(forms[0]) - 1)


def test_outline_entries_point_at_their_pages(reader: PdfReader) -> None:
    def walk(items):
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield item

    for entry in walk(reader.outline):
        page_number = reader.get_destination_page_number(entry)
        assert normalise(entry.title) in normalise(reader.pages[page_number].extract_text())


def test_rendering_is_deterministic(sample: Path, project) -> None:
    content = load_content(sample)
    variant = resolve_variant(project, "standard")
    fonts = register_family(variant.layout.fonts, project.fonts_dir)
    assert render_pdf(content, variant, fonts).pdf == render_pdf(content, variant, fonts).pdf


def test_write_in_lines_sit_beside_their_labels(plumber) -> None:
    page = next(p for p in plumber.pages if "My care team" in (p.extract_text() or ""))
    for label in ("My care team", "Phone"):
        ends = [w for w in page.extract_words() if w["text"] == label.split()[-1]]
        beside = [
            line
            for word in ends
            for line in page.lines
            if abs(line["top"] - word["bottom"]) < 6
            and line["x0"] > word["x1"]
            and line["x1"] - line["x0"] > 150
        ]
        assert beside, f"no line to write on beside {label!r}"


def test_cover_leaves_room_to_name_the_care_team(texts: list[str]) -> None:
    assert "Prepared by" in texts[0]
    assert "your plant shop" not in texts[0]


def step_pages(reader: PdfReader, content: Content) -> dict[str, int]:
    """Each pictured step's title and the page (0-based) it is printed on."""
    texts = page_texts(reader)
    return {
        step.title: next(i for i, text in enumerate(texts) if step.title in text and i > 1)
        for step in content.steps()
        if step.diagram is not None
    }


def test_every_step_page_carries_vector_drawings_not_images(
    reader: PdfReader, sample_content: Content
) -> None:
    for title, index in step_pages(reader, sample_content).items():
        page = reader.pages[index]
        stream = page.get_contents().get_data().decode("latin-1")
        curves = len(re.findall(r"\sc\n", stream))
        assert curves >= 40, f"{title!r}: only {curves} curve operators"
        xobjects = page["/Resources"].get("/XObject", {})
        assert not any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def test_each_step_has_its_own_diagram_beside_it(plumber, sample_content: Content, reader) -> None:
    for title, index in step_pages(reader, sample_content).items():
        page = plumber.pages[index]
        (title_word, *_) = [w for w in page.extract_words() if w["text"] == title.split()[0]]
        figure_fill = [
            curve
            for curve in page.curves
            if curve["x0"] > page.width / 2 and abs(curve["top"] - title_word["top"]) < 200
        ]
        assert figure_fill, f"no drawing beside {title!r}"


def test_diagram_labels_are_real_text(texts: list[str]) -> None:
    whole = " ".join(texts)
    for label in ("Tip", "Middle", "Edge", "Soil", "Not the roots", "×3", "×1"):
        assert label in whole


def test_legend_explains_each_symbol_used_once_before_the_first_step(
    texts: list[str], sample_content: Content
) -> None:
    whole = " ".join(texts)
    assert whole.count("How to read the pictures") == 1
    assert whole.index("How to read the pictures") < whole.index("Look at the leaves")
    content = sample_content
    used = {overlay.kind for diagram in content.diagrams() for overlay in diagram.overlays}
    labels = content.labels
    for kind in legend_kinds():
        if kind != "repeat":
            assert (labels.symbol(kind) in whole) == (kind in used), kind
    assert labels.symbol("repeat") in whole
