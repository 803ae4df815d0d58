"""Resolving a variant: which layout (and, later, which brand) one edition uses.

A booklet project is a folder holding ``content.yaml``, ``layouts/`` and ``fonts/``;
the CLI runs in it. Layouts name their font files, which are looked up only inside the
project's ``fonts/`` folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from booklet.layout import Layout, load_layout, resolve_layout


@dataclass(frozen=True)
class Project:
    """Where a booklet project keeps its shared files."""

    root: Path

    @property
    def layouts_dir(self) -> Path:
        """Layout files, one per ``--layout`` name."""
        return self.root / "layouts"

    @property
    def fonts_dir(self) -> Path:
        """Font files the layouts refer to by name."""
        return self.root / "fonts"


@dataclass(frozen=True)
class Variant:
    """Everything about one edition's look, resolved and validated."""

    layout: Layout
    fonts_dir: Path


def resolve_variant(project: Project, layout_reference: str) -> Variant:
    """Load the named layout (or layout file) for this project."""
    layout = load_layout(resolve_layout(layout_reference, project.layouts_dir))
    return Variant(layout=layout, fonts_dir=project.fonts_dir)
