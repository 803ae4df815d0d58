"""The layout model: every size, space and colour of a booklet, as data.

Layouts live in ``layouts/NAME.yaml`` so a designer can retune type, margins and colour
without touching code. Lengths accept units (``0.75in``, ``18mm``, ``12pt``; a bare
number is points) because print people think in inches and millimetres. The parts of a
layout are defined in :mod:`booklet.model.layout_style` (page and type) and
:mod:`booklet.model.layout_parts` (cover, diagrams, sizes, pagination); this module
puts them together, loads them with their ``extends`` chain and checks the geometry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from pydantic import PrivateAttr, StringConstraints

from booklet.model.layout_parts import BrandBox, Cover, Diagrams, Footer, Pagination, Sizes
from booklet.model.layout_style import Colors, Fonts, Page, Spacing, TextStyle, TypeScale
from booklet.model.lengths import (
    MIN_TEXT_HEIGHT,
    MIN_TEXT_WIDTH,
    PAPER_SIZES,
    POINTS_PER_UNIT,
    SHEET_FOR_BOOKLET_PAGE,
    Color,
)
from booklet.source.errors import BookletError, Problem
from booklet.source.validation import StrictModel, validate
from booklet.source.yamlsource import LayeredDocument, YamlDocument, load_yaml, merge

__all__ = [
    "PAPER_SIZES",
    "POINTS_PER_UNIT",
    "SHEET_FOR_BOOKLET_PAGE",
    "Color",
    "Colors",
    "Fonts",
    "Layout",
    "TextStyle",
    "layout_files",
    "load_layout",
    "resolve_layout",
]


class Layout(StrictModel):
    """A complete layout."""

    name: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    """Part of every file name, so only lowercase letters, digits and single hyphens."""
    page: Page
    fonts: Fonts
    text: TypeScale
    colors: Colors
    spacing: Spacing
    diagrams: Diagrams
    brand: BrandBox = BrandBox()
    cover: Cover
    sizes: Sizes = Sizes()
    footer: Footer = Footer()
    pagination: Pagination = Pagination()
    _source: Path = PrivateAttr(default=Path("layouts/layout.yaml"))

    @property
    def source(self) -> Path:
        """The file this layout was loaded from (the top of its ``extends`` chain)."""
        return self._source


def resolve_layout(reference: str, layouts_dir: Path) -> Path:
    """Turn ``--layout`` into a file: a name in ``layouts/`` or a path to a YAML file."""
    if reference.endswith((".yaml", ".yml")) or "/" in reference:
        return Path(reference)
    candidate = layouts_dir / f"{reference}.yaml"
    if not layouts_dir.is_dir():
        raise BookletError.about_file(
            candidate,
            f"no layout named {reference!r}: there is no layouts folder at "
            f"{layouts_dir.resolve()} (valid: run booklet from the project folder, the one "
            "that holds layouts/ and fonts/, or pass --project)",
        )
    if not candidate.is_file():
        available = sorted(path.stem for path in layouts_dir.glob("*.yaml"))
        raise BookletError.about_file(
            candidate,
            f"no layout named {reference!r} (valid: {', '.join(available) or 'none found'})",
        )
    return candidate


def load_layout(path: Path, paper: str | None = None) -> Layout:
    """Load a layout (and the layouts it extends) and validate the result.

    ``paper`` (``letter`` or ``a4``) replaces the layout's paper size; margins stay, and
    every frame is computed from the page, so the text reflows to fit.
    """
    layers = _layers(path, [])
    data = layers[0].data
    for layer in layers[1:]:
        data = merge(data, layer.data)
    if isinstance(data, dict):
        data = dict(data)  # the parsed file may be shared (booklet.memo): change a copy
        data.pop("extends", None)
        if paper is not None and isinstance(data.get("page"), dict):
            data["page"] = {**data["page"], "size": paper}
    document = LayeredDocument(layers, data)
    layout = validate(document, Layout)
    problems = list(_geometry_problems(layout, document))
    if problems:
        raise BookletError(problems)
    layout._source = path
    return layout


def _geometry_problems(layout: Layout, document: LayeredDocument) -> Iterator[Problem]:
    """Margins and diagrams that leave the text no room on the page."""
    width, height = layout.page.dimensions
    margins = layout.page.margins
    text_width = width - margins.inner - margins.outer
    text_height = height - margins.top - margins.bottom
    if text_width < MIN_TEXT_WIDTH or text_height < MIN_TEXT_HEIGHT:
        yield document.problem(
            ("page", "margins"),
            f"leave a text area of {max(text_width, 0):g} × {max(text_height, 0):g} pt on "
            f"{layout.page.size} paper (valid: at least {MIN_TEXT_WIDTH:g} pt wide and "
            f"{MIN_TEXT_HEIGHT:g} pt tall)",
        )
        return
    diagrams = layout.diagrams
    room = text_width if diagrams.placement == "below" else text_width - MIN_TEXT_WIDTH / 2
    if diagrams.width > room or diagrams.height > text_height * 0.9:
        yield document.problem(
            ("diagrams",),
            f"a {diagrams.width:g} × {diagrams.height:g} pt diagram does not fit the "
            f"{text_width:g} × {text_height:g} pt text area (valid: at most {room:g} pt wide "
            f"and {text_height * 0.9:g} pt tall here)",
        )


def _layers(path: Path, seen: list[Path]) -> list[YamlDocument]:
    """The chain of files from the first base layout to ``path``."""
    if path in seen:
        chain = " → ".join(str(p) for p in [*seen, path])
        raise BookletError.about_file(path, f"layouts extend each other in a loop ({chain})")
    document = load_yaml(path)
    base = document.data.get("extends") if isinstance(document.data, dict) else None
    if base is None:
        return [document]
    if not isinstance(base, str) or not re.fullmatch(r"[\w-]+", base):
        raise BookletError(
            [
                document.problem(
                    ("extends",), f"{base!r} is not a layout name (valid: e.g. standard)"
                )
            ]
        )
    base_path = path.parent / f"{base}.yaml"
    if not base_path.is_file():
        raise BookletError(
            [document.problem(("extends",), f"no layout named {base!r} next to this file")]
        )
    return [*_layers(base_path, [*seen, path]), document]


def layout_files(path: Path) -> list[Path]:
    """Every file a layout is made of: itself and the layouts it extends."""
    return [layer.path for layer in _layers(path, [])]
