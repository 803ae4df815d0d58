"""Fingerprints of everything an edition is built from, so a rerun rebuilds only what changed.

An edition's inputs are its content file (and the view files beside it), its layout
and the layouts it extends, the fonts, its brand file and logo, and booklet itself (its
version and a digest of its own code and data, so an engine change rebuilds everything).
A file counts as changed when its contents or modification time change.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import booklet
from booklet import __version__
from booklet.model.brand import load_brand
from booklet.model.editions import Edition, edition_stem
from booklet.model.layout import SHEET_FOR_BOOKLET_PAGE, layout_files, load_layout, resolve_layout
from booklet.model.views import VIEWS_FOLDER
from booklet.source.yamlsource import load_yaml
from booklet.variant.resolve import Project


class Fingerprints:
    """File fingerprints, each file read once per run however many editions share it."""

    def __init__(self) -> None:
        self._cache: dict[Path, str] = {}
        self.layouts: dict[str, list[Path]] = {}
        self.layout_names: dict[str, str] = {}
        self.logos: dict[Path, list[Path]] = {}
        self.brand_slugs: dict[Path, str] = {}
        self.content_slugs: dict[Path, str] = {}

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
        layout = load_layout(layout_path)
        prints.layout_names[reference] = layout.name
        fonts = layout.fonts
        names = [fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic]
        if fonts.fallback:
            names += [fonts.fallback.regular, fonts.fallback.bold]
        font_files = [project.fonts_dir / name for name in names]
        prints.layouts[reference] = [*layout_files(layout_path), *font_files]
    library = Path(booklet.__file__).parent / "data" / VIEWS_FOLDER
    views = sorted((edition.content.parent / VIEWS_FOLDER).glob("*.yaml"))
    views += sorted(library.glob("*.yaml"))
    files = [edition.content, *views, *prints.layouts[reference]]
    if edition.brand is not None:
        if edition.brand not in prints.logos:
            loaded = load_brand(edition.brand)
            logo = loaded.brand.logo
            prints.logos[edition.brand] = [edition.brand.parent / logo] if logo else []
            prints.brand_slugs[edition.brand] = loaded.slug
        files += [edition.brand, *prints.logos[edition.brand]]
    return files


@cache
def engine_digest() -> str:
    """A digest of booklet's own code, templates and data files, read once per process."""
    root = Path(booklet.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yaml", ".j2", ".css", ".html"}:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(edition: Edition, project: Project, prints: Fingerprints) -> str:
    """One digest over everything an edition depends on, the tool's version included."""
    files = input_files(edition, project, prints)
    parts = [__version__, engine_digest(), edition.key, *(prints.of(path) for path in files)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def output_stem(edition: Edition, project: Project, prints: Fingerprints) -> str:
    """The name an edition's files start with, known before it is built."""
    input_files(edition, project, prints)  # loads the layout and brand, once a run
    if edition.content not in prints.content_slugs:
        data = load_yaml(edition.content).data
        meta = data.get("meta") if isinstance(data, dict) else None
        slug = meta.get("slug") if isinstance(meta, dict) else None
        prints.content_slugs[edition.content] = str(slug)
    reference = f"{edition.variant}-booklet" if edition.booklet else edition.variant
    brand = prints.brand_slugs.get(edition.brand) if edition.brand else None
    sheet = SHEET_FOR_BOOKLET_PAGE.get(edition.paper, edition.paper)
    return edition_stem(
        prints.content_slugs[edition.content], brand, prints.layout_names[reference], sheet
    )
