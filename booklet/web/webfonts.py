"""The booklet's typeface inside the HTML edition, subset to the characters it uses.

The HTML edition makes no external requests, so its fonts travel inside it as data
URIs. Atkinson Hyperlegible is chosen for low-vision readers; subsetting (fontTools)
keeps each face to a few kilobytes. The faces form one CSS family; the diagrams' SVG
names ReportLab's faces, which :mod:`.svg` maps onto that family by weight.
"""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from booklet.model.layout import Fonts
from booklet.reuse import FolderCache
from booklet.variant.fonts import FontSet
from booklet.web.svg import FAMILY


@dataclass(frozen=True)
class WebFont:
    """One face as CSS needs it: its family name, weight, style and data URI."""

    family: str
    weight: int
    style: str
    url: str


def web_fonts(
    fonts: Fonts, names: FontSet, fonts_dir: Path, text: str, cache: FolderCache | None = None
) -> list[WebFont]:
    """The regular, bold and italic faces, each subset to the characters of ``text``.

    A subset is made once per worker, or taken from the output folder's ``cache``.
    """
    faces = [
        (names.regular, fonts.regular, 400, "normal"),
        (names.bold, fonts.bold, 700, "normal"),
        (names.italic, fonts.italic, 400, "italic"),
    ]
    characters = "".join(sorted(set(text) | _ALWAYS))
    return [
        WebFont(FAMILY, weight, style, _cached_data_uri(fonts_dir / file, characters, cache))
        for _, file, weight, style in faces
    ]


def page_fonts(fonts: Fonts, fonts_dir: Path, text: str) -> list[WebFont]:
    """The regular and bold faces, subset to ``text``: for a page without italics."""
    characters = "".join(sorted(set(text) | _ALWAYS))
    return [
        WebFont(FAMILY, weight, "normal", _data_uri(fonts_dir / file, characters))
        for file, weight in ((fonts.regular, 400), (fonts.bold, 700))
    ]


SUBSET_VERSION = "woff-kern-liga-names-1-2-notdef"
"""Changes whenever the subset options below do, so an old cached subset is never used."""


def _cached_data_uri(path: Path, characters: str, cache: FolderCache | None) -> str:
    if cache is None or (path, characters) in _MADE:
        return _data_uri(path, characters)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return _data_uri(path, characters)  # reported where the font is loaded
    key = f"{SUBSET_VERSION}\n{digest}\n{characters}"
    kept = cache.read("fonts", key)
    if kept is not None:
        return kept.decode("ascii")
    uri = _data_uri(path, characters)
    cache.write("fonts", key, uri.encode("ascii"))
    return uri


_MADE: set[tuple[Path, str]] = set()
"""Subsets this worker has made: in memory already, no need to look on disk."""


_ALWAYS = {chr(code) for code in range(0x20, 0x7F)} | {chr(code) for code in range(0xA0, 0x100)}
"""Basic Latin and Latin-1 in every subset: the editions of one topic, whatever their
clinic, then share one subset, which a worker builds once."""


def face_weights(names: FontSet) -> dict[str, int]:
    """The weight each registered face stands for, to name it in CSS."""
    weights = {names.regular: 400, names.bold: 700, names.italic: 400}
    if names.fallback_regular and names.fallback_bold:
        weights |= {names.fallback_regular: 400, names.fallback_bold: 700}
    return weights


@lru_cache(maxsize=16)
def _data_uri(path: Path, characters: str) -> str:
    from fontTools import subset  # only an HTML edition needs fontTools
    from fontTools.ttLib import TTFont

    _MADE.add((path, characters))
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["kern", "liga"]
    options.name_IDs = [1, 2]
    options.notdef_outline = True
    font = TTFont(path, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    font.flavor = "woff"
    buffer = io.BytesIO()
    font.save(buffer, reorderTables=False)
    return "data:font/woff;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
