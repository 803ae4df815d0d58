"""The sample booklet's logical structure, read back: PDF/UA-1, reading order, alt text."""

from __future__ import annotations

from pathlib import Path

import page
import pikepdf
import pytest

from booklet.model.content import Content


@pytest.fixture(scope="module")
def tree(plumber) -> list[dict]:
    return plumber.structure_tree


def walk(elements: list[dict]):
    for element in elements:
        yield element
        yield from walk(element.get("children", []))


def test_pdf_ua_1_validation_finds_no_failed_rule(sample_pdf: Path) -> None:
    report = page.validate_pdf(str(sample_pdf), profile="ua1")
    assert [failure.rule_id for failure in report.failures] == []
    assert report.is_compliant


def test_one_figure_per_diagram_with_the_contents_alt_text(tree, sample_content: Content) -> None:
    figures = [element for element in walk(tree) if element["type"] == "Figure"]
    expected = [" ".join(diagram.alt.split()) for diagram in sample_content.diagrams()]
    assert [figure["alt_text"] for figure in figures] == expected


def test_headings_follow_the_content_in_order(plumber, tree, sample_content: Content) -> None:
    texts = {}
    for number, pdf_page in enumerate(plumber.pages):
        for char in pdf_page.chars:
            if char.get("mcid") is not None:
                texts.setdefault((number, char["mcid"]), []).append(char["text"])
    headings = [
        (element["type"], "".join(texts[(element["page_number"] - 1, element["mcids"][0])]))
        for element in walk(tree)
        if element["type"].startswith("H") and element.get("mcids")
    ]
    squeeze = lambda text: text.replace(" ", "")  # noqa: E731
    expected = [("H1", sample_content.meta.title), ("H2", sample_content.labels.contents)]
    forms = [
        section
        for section in sample_content.sections
        if any(block.note_lines is not None or block.tracker for block in section.blocks)
    ]
    disclaimer = ("H2", sample_content.disclaimer.title)
    on_back = headings[-1][1].replace(" ", "") == disclaimer[1].replace(" ", "")
    for section in sample_content.sections:
        if section is forms[0] and not on_back:  # else it closes the reading, before forms
            expected.append(disclaimer)
        expected.append(("H2", section.title))
        for block in section.blocks:
            expected += [("H3", step.title) for step in block.steps or []]
        expected += [("H3", sub.title) for sub in section.subsections]
    if on_back:
        expected.append(disclaimer)
    assert [(role, squeeze(text)) for role, text in headings] == [
        (role, squeeze(text)) for role, text in expected
    ]


def test_every_character_is_tagged_but_the_running_footer_and_head(
    plumber, sample_content: Content
) -> None:
    footer = sample_content.disclaimer.short.replace(" ", "")
    notes = next(s.title for s in sample_content.sections if any(b.note_lines for b in s.blocks))
    head = sample_content.labels.continued.replace("{title}", notes).replace(" ", "")
    for number, pdf_page in enumerate(plumber.pages, start=1):
        untagged = "".join(c["text"] for c in pdf_page.chars if c.get("mcid") is None)
        untagged = untagged.replace(" ", "").replace(footer, "").replace(head, "")
        untagged = untagged.replace(f"Page{number}of{len(plumber.pages)}", "")
        assert untagged in ("", "×5"), f"page {number}: {untagged!r}"  # ×5: a legend symbol


def test_lists_steps_notes_and_tables_have_their_standard_shape(tree) -> None:
    roles = [element["type"] for element in walk(tree)]
    assert roles[0] == "Document"
    for element in walk(tree):
        kids = [kid["type"] for kid in element.get("children", [])]
        if element["type"] == "L":
            assert kids and set(kids) == {"LI"}
        if element["type"] == "LI":
            assert set(kids) <= {"Lbl", "LBody"} and "LBody" in kids
        if element["type"] == "TOC":
            assert set(kids) == {"TOCI"}
        if element["type"] == "Table":
            assert set(kids) == {"TR"}
    assert roles.count("Note") == 2  # the tip and the caution


def test_links_have_a_description_and_belong_to_a_link_element(sample_pdf: Path) -> None:
    with pikepdf.open(sample_pdf) as document:
        assert document.Root.MarkInfo.Marked is True
        links = 0
        for pdf_page in document.pages:
            assert pdf_page.Tabs == pikepdf.Name.S
            for annotation in pdf_page.obj.get("/Annots", []):
                links += 1
                assert str(annotation.Contents).strip()
                parent = document.Root.StructTreeRoot.ParentTree.Nums
                keys = [int(parent[i]) for i in range(0, len(parent), 2)]
                assert int(annotation.StructParent) in keys
        assert links >= 6  # one contents entry per section and the back page


def test_the_pdf_ua_identifier_is_in_the_xmp(sample_pdf: Path) -> None:
    with pikepdf.open(sample_pdf) as document:
        assert document.open_metadata().get("pdfuaid:part") == "1"
        assert str(document.Root.Lang) == "en-US"
