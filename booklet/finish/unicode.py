"""Clean ToUnicode maps, so every glyph a reader's software meets maps to real text.

ReportLab's TrueType subsets reserve codes they never use and map them to U+0000 in
each font's ToUnicode CMap. PDF/UA forbids mapping to U+0000 (a screen reader would
announce nothing, or garbage); the unused codes are simply left out.
"""

from __future__ import annotations

import re

import pikepdf

_NULL_ENTRY = re.compile(rb"^<[0-9A-Fa-f]+> <0000>\r?\n", re.MULTILINE)
_BLOCK = re.compile(rb"(\d+) beginbfchar\r?\n(.*?)endbfchar", re.DOTALL)


def clean_to_unicode(document: pikepdf.Pdf) -> None:
    """Drop the entries mapping to U+0000 from every font's ToUnicode map."""
    seen: set[tuple[int, int]] = set()
    for page in document.pages:
        resources = page.obj.get("/Resources")
        fonts = resources.get("/Font") if resources is not None else None
        for font in (fonts or pikepdf.Dictionary()).values():
            cmap = font.get("/ToUnicode")
            if cmap is None or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            cmap.write(without_null_entries(cmap.read_bytes()))


def without_null_entries(cmap: bytes) -> bytes:
    """A ToUnicode CMap's text with its U+0000 entries gone and block counts fixed."""

    def block(match: re.Match[bytes]) -> bytes:
        entries = _NULL_ENTRY.sub(b"", match[2])
        count = entries.count(b"\n")
        return b"%d beginbfchar\n%sendbfchar" % (count, entries)

    return _BLOCK.sub(block, cmap)
