"""Helpers that read facts out of a PDF for the tests."""

from __future__ import annotations

import re
from collections import defaultdict

from pypdf import PdfReader


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text with runs of white space folded to one space."""
    return [normalise(page.extract_text() or "") for page in reader.pages]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_lines(page, *, tolerance: float = 2.0) -> list[dict]:
    """Lines of text on a pdfplumber page, top to bottom, with their largest font size."""
    lines: dict[float, list[dict]] = defaultdict(list)
    for char in page.chars:
        if char["text"].strip():
            key = next((top for top in lines if abs(top - char["top"]) <= tolerance), char["top"])
            lines[key].append(char)
    result = []
    for top in sorted(lines):
        chars = sorted(lines[top], key=lambda c: c["x0"])
        result.append(
            {
                "top": top,
                "bottom": max(c["bottom"] for c in chars),
                "size": max(round(c["size"], 1) for c in chars),
                "text": "".join(c["text"] for c in chars),
                "bold": all("Bold" in c["fontname"] for c in chars),
            }
        )
    return result


def font_objects(reader: PdfReader) -> dict[str, dict]:
    """Every font dictionary used by any page, by base font name."""
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles
