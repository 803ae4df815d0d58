"""The editions file: which contents × brands × variants × papers (× booklet) to build.

A health system keeps one content file per topic and one brand file per clinic; this
file says which combinations exist, so one command can rebuild them all. Each edition's
inputs are fingerprinted (file contents and modification times, plus the tool version)
so that a rerun rebuilds only what changed.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from booklet import __version__
from booklet.model.brand import load_brand
from booklet.model.layout import layout_files, load_layout, resolve_layout
from booklet.source.validation import StrictModel, validate
from booklet.source.yamlsource import load_yaml
from booklet.variant.resolve import Project


class EditionGroup(StrictModel):
    """Every combination of these lists is one edition; ``none`` means no brand."""

    contents: Annotated[list[str], Field(min_length=1)]
    brands: Annotated[list[str], Field(min_length=1)] = ["none"]
    variants: Annotated[list[str], Field(min_length=1)] = ["standard"]
    papers: Annotated[list[Literal["letter", "a4"]], Field(min_length=1)] = ["letter"]
    booklet: Annotated[list[bool], Field(min_length=1)] = [False]


class EditionsFile(StrictModel):
    """An editions file."""

    output: str = "output"
    editions: Annotated[list[EditionGroup], Field(min_length=1)]


@dataclass(frozen=True)
class Edition:
    """One PDF (or, for a booklet, one set of PDFs) to build."""

    content: Path
    brand: Path | None
    variant: str
    paper: str
    booklet: bool
    key: str
    """A stable name in the manifest, from the paths as the editions file writes them."""


@dataclass(frozen=True)
class EditionPlan:
    """The editions to build and where their files go."""

    editions: list[Edition]
    out_dir: Path


def load_editions(path: Path) -> EditionPlan:
    """Read an editions file; paths in it are relative to the file's folder."""
    document = load_yaml(path)
    spec = validate(document, EditionsFile)
    base = path.parent
    editions = []
    for group in spec.editions:
        for content, brand, variant, paper, booklet in itertools.product(
            group.contents, group.brands, group.variants, group.papers, group.booklet
        ):
            brand_path = None if brand == "none" else _relative(base / brand)
            shape = "booklet" if booklet else "pages"
            key = "|".join(
                [
                    _relative(Path(content)).as_posix(),
                    _relative(Path(brand)).as_posix(),
                    variant,
                    paper,
                    shape,
                ]
            )
            editions.append(
                Edition(_relative(base / content), brand_path, variant, paper, booklet, key)
            )
    unique = list(dict.fromkeys(editions))
    return EditionPlan(unique, _relative(base / spec.output))


def _relative(path: Path) -> Path:
    """Tidy ``./x`` and ``a/../b`` without resolving links, for readable names."""
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
                continue
        elif part == ".":
            continue
        parts.append(part)
    return Path(*parts) if parts else Path()


class Fingerprints:
    """File fingerprints, each file read once per run however many editions share it."""

    def __init__(self) -> None:
        self._cache: dict[Path, str] = {}
        self.layouts: dict[str, list[Path]] = {}
        self.logos: dict[Path, list[Path]] = {}

    def of(self, path: Path) -> str:
        """Content digest, size and modification time: a touched file counts as changed."""
        if path not in self._cache:
            try:
                stat = path.stat()
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                self._cache[path] = f"{path.as_posix()}:{stat.st_size}:{stat.st_mtime_ns}:{digest}"
            except OSError:
                self._cache[path] = f"{path.as_posix()}:missing"
        return self._cache[path]


def input_files(edition: Edition, project: Project, prints: Fingerprints) -> list[Path]:
    """Every file that goes into an edition: content, layout chain, fonts, brand, logo."""
    reference = f"{edition.variant}-booklet" if edition.booklet else edition.variant
    if reference not in prints.layouts:
        layout_path = resolve_layout(reference, project.layouts_dir)
        fonts = load_layout(layout_path).fonts
        names = [fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic]
        if fonts.fallback:
            names += [fonts.fallback.regular, fonts.fallback.bold]
        font_files = [project.fonts_dir / name for name in names]
        prints.layouts[reference] = [*layout_files(layout_path), *font_files]
    files = [edition.content, *prints.layouts[reference]]
    if edition.brand is not None:
        if edition.brand not in prints.logos:
            logo = load_brand(edition.brand).brand.logo
            prints.logos[edition.brand] = [edition.brand.parent / logo] if logo else []
        files += [edition.brand, *prints.logos[edition.brand]]
    return files


def fingerprint(edition: Edition, project: Project, prints: Fingerprints) -> str:
    """One digest over everything an edition depends on, the tool's version included."""
    files = input_files(edition, project, prints)
    parts = [__version__, edition.key, *(prints.of(path) for path in files)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()
