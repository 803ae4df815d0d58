"""No title leaves a lone word on its last line, in any shipped edition (A4 and letter).

Titles are set with balanced breaking, so a title of two lines has two lines of about
equal length; this reads every title the content gives (section and subsection
headings, step titles, callout titles) back from the built PDFs and counts the words
on the last line of each that takes more than one.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pdfplumber
import pytest
from shipped_builds import EDITIONS, Shipped, edition_id, shipped

pytestmark = pytest.mark.slow


def squeeze(text: str) -> str:
    return re.sub(r"[\s*]+", "", text)


def spaced_lines(page) -> list[str]:
    """A page's lines of text, top to bottom, with their spaces."""
    lines: dict[float, list[dict]] = defaultdict(list)
    for char in page.chars:
        key = next((top for top in lines if abs(top - char["top"]) <= 2), char["top"])
        lines[key].append(char)
    return [
        "".join(char["text"] for char in sorted(lines[top], key=lambda c: c["x0"]))
        for top in sorted(lines)
    ]


def titles(built: Shipped) -> list[str]:
    content, labels = built.content, built.content.labels
    found = []
    for section in content.sections:
        found.append(section.title)
        parts = [section.blocks, *(sub.blocks for sub in section.subsections)]
        found += [sub.title for sub in section.subsections]
        for blocks in parts:
            for block in blocks:
                found += [step.title for step in block.steps or []]
                if block.callout is not None:
                    label = getattr(labels, block.callout.kind)
                    title = block.callout.title
                    found.append(f"{label}: {title}" if title else label)
    return found


def lone_words(path, titles: list[str], first_page: int = 2) -> list[str]:
    """Titles set on two lines or more whose last line holds a single word."""
    wanted = {squeeze(title) for title in titles}
    lone = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[first_page:]:
            lines = [line.strip() for line in spaced_lines(page)]
            for index in range(len(lines)):
                for count in (2, 3, 4):
                    group = lines[index : index + count]
                    whole = len(group) == count and squeeze(" ".join(group)) in wanted
                    if whole and len(group[-1].split()) < 2:
                        lone.append(" / ".join(group))
    return lone


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_no_title_leaves_a_lone_word(edition) -> None:
    built = shipped(edition)
    assert titles(built)
    assert lone_words(built.pdf, titles(built)) == []


@pytest.mark.parametrize("edition", [e for e in EDITIONS if e.brand], ids=edition_id)
def test_the_clinic_name_never_leaves_a_lone_word(edition) -> None:
    # on the cover, in the contact block and on the back page
    built = shipped(edition)
    assert built.brand is not None
    name = built.brand.brand.name
    assert lone_words(built.pdf, [name], first_page=0) == []


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_covers_audience_line_never_leaves_a_lone_word(edition) -> None:
    built = shipped(edition)
    audience = built.content.meta.audience
    if not audience:
        pytest.skip("no audience line")
    assert lone_words(built.pdf, [audience], first_page=0) == []


def test_the_check_finds_a_lone_word(tmp_path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "lone.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 700, "Gently work each")
    canvas.drawString(72, 680, "toe")
    canvas.drawString(72, 600, "Thumb circles")
    canvas.drawString(72, 580, "on the sole")
    canvas.save()
    found = lone_words(path, ["Gently work each toe", "Thumb circles on the sole"], 0)
    assert found == ["Gently work each / toe"]
