"""Every shipped edition built once per test run, with what it was built from.

The tests in ``tests/shipped/`` measure the real booklets that ``editions.yaml`` lists;
building each edition once and sharing it keeps the suite's time in check. An edition
comes back with its content as rendered (the clinic's name filled in) and its layout,
so every expectation can be read from the same files the booklet was made from.

When the suite runs in several processes (pytest-xdist), they share one folder of
builds (``SHARED_ENV``, made by ``conftest.py`` before the workers start): the first
process to ask for an edition builds it under a lock, and the others read its PDF.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from filelock import FileLock
from pdfcheck import text_lines

from booklet.model.brand import LoadedBrand
from booklet.model.content import Content
from booklet.model.editions import Edition, load_editions
from booklet.model.layout import Layout
from booklet.pipeline import BuildRequest, build, prepare
from booklet.variant.fonts import FontSet
from booklet.variant.resolve import Project, Variant

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = load_editions(ROOT / "editions.yaml").editions
LARGE_PRINT = [edition for edition in EDITIONS if edition.variant == "large-print"]
TOPICS = [ROOT / "content.yaml", *sorted(ROOT.glob("topics/*/content.yaml"))]
"""Every shipped topic's content file."""
LAYOUTS = sorted(path.stem for path in (ROOT / "layouts").glob("*.yaml"))
"""Every shipped layout, by name."""


def topic_id(path: Path) -> str:
    """A topic's test id: its folder's name, or the first topic's file name."""
    return path.parent.name if path.parent != ROOT else "content.yaml"


@dataclass(frozen=True)
class Shipped:
    """One built edition: its reading PDF and what it was made from."""

    edition: Edition
    content: Content
    layout: Layout
    brand: LoadedBrand | None
    pdf: Path
    variant: Variant
    fonts: FontSet


SHARED_ENV = "BOOKLET_TEST_BUILDS"
"""The environment variable naming the folder the test processes share builds in."""

_BUILT: dict[str, Shipped] = {}


def _shared_folder() -> Path:
    """The folder every test process builds into, or a private one outside pytest."""
    if SHARED_ENV in os.environ:
        return Path(os.environ[SHARED_ENV])
    private = tempfile.mkdtemp(prefix="shipped-")
    atexit.register(shutil.rmtree, private, ignore_errors=True)
    os.environ[SHARED_ENV] = private
    return Path(private)


def edition_id(edition: Edition) -> str:
    return edition.key


def shipped(edition: Edition) -> Shipped:
    """The edition, built the first time it is asked for."""
    if edition.key not in _BUILT:
        out_dir = _shared_folder() / "shipped" / re.sub(r"[^\w.-]+", "-", edition.key)
        request = BuildRequest(
            edition.content,
            edition.variant,
            out_dir,
            Project(ROOT),
            edition.paper,
            edition.brand,
            booklet=edition.booklet,
            format="pdf",
        )
        content, variant, fonts = prepare(request)
        pdf = _built_once(request, out_dir)
        _BUILT[edition.key] = Shipped(
            edition, content, variant.layout, variant.brand, pdf, variant, fonts
        )
    return _BUILT[edition.key]


def _built_once(request: BuildRequest, out_dir: Path) -> Path:
    """The request's PDF, built by whichever test process asks first."""
    done = out_dir.parent / f"{out_dir.name}.built"
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(out_dir.parent / f"{out_dir.name}.lock"):
        if not done.exists():
            pdf = build(request)[0]
            done.write_text(pdf.name, encoding="utf-8")
    return out_dir / done.read_text(encoding="utf-8")


def squeeze(text: str) -> str:
    """Text without white space, bold marks, bullets or a leading step number."""
    return re.sub(r"^[•\d.]+", "", re.sub(r"[\s*]+", "", text))


@dataclass(frozen=True)
class PageText:
    """A page's text lines as pdfplumber gives them, its height, and whether it has text."""

    lines: list[dict]
    height: float
    has_text: bool


def page_text(built: Shipped) -> list[PageText]:
    """Every page's text lines, read once per edition: many tests ask."""
    if built.edition.key not in _TEXT:
        with pdfplumber.open(built.pdf) as pdf:
            _TEXT[built.edition.key] = [
                PageText(text_lines(page), page.height, bool(page.chars)) for page in pdf.pages
            ]
    return _TEXT[built.edition.key]


_TEXT: dict[str, list[PageText]] = {}


def page_lines(built: Shipped) -> list[list[str]]:
    """The text lines of every page above the footer, squeezed of white space."""
    bottom = built.layout.page.margins.bottom
    return [
        [squeeze(line["text"]) for line in page.lines if line["top"] < page.height - bottom]
        for page in page_text(built)
    ]


def page_of(pages: list[list[str]], text: str, start: int = 0) -> tuple[int, int]:
    """(page, line) where ``text`` (squeezed) begins, searching from page ``start``."""
    wanted = squeeze(text)
    for number in range(start, len(pages)):
        for index, line in enumerate(pages[number]):
            whole_line = len(line) >= min(len(wanted), 6) and wanted.startswith(line)
            if whole_line or line.startswith(wanted[:40]):
                return number, index
    raise AssertionError(f"{text[:40]!r} not found")


def heading_pages(built: Shipped, title: str) -> list[int]:
    """The pages (0-based) where ``title`` is set as a heading, larger than the body."""
    body = built.layout.text.body.size
    wanted = squeeze(title)
    return [
        number
        for number, page in enumerate(page_text(built))
        if any(squeeze(line["text"]) == wanted and line["size"] > body for line in page.lines)
    ]
