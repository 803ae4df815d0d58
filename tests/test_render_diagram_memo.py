"""Diagram layouts and drawings kept per worker: shared by their inputs, never stale."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor

from booklet.marks.base import DiagramStyle
from booklet.model.content import Content, Diagram
from booklet.model.layout import load_layout
from booklet.model.views import View
from booklet.render import diagram_layout
from booklet.render.diagram import booklet_grid, draw_diagram
from booklet.render.diagram_memo import kept_drawing, lay_out, view_key
from booklet.render.styles import build_diagram_style
from booklet.reuse import NO_CACHE_VARIABLE


@pytest.fixture(scope="module")
def style(root: Path, fonts_registered) -> DiagramStyle:  # type: ignore[no-untyped-def]
    return build_diagram_style(load_layout(root / "layouts" / "standard.yaml"), fonts_registered)


def recoloured(style: DiagramStyle) -> DiagramStyle:
    """The style in another clinic's colours, every size and font the same."""
    return replace(style, mark=HexColor("#990000"), label=HexColor("#1C4587"))


def diagrams(content: Content) -> list[tuple[Diagram, View]]:
    return [(diagram, content.view(diagram)) for diagram in content.diagrams()]


def test_a_layout_in_other_colours_is_the_one_laid_out_afresh(
    sample_content: Content, style: DiagramStyle
) -> None:
    other = recoloured(style)
    grid = booklet_grid(sample_content, style)
    poses = sample_content.poses
    for diagram, view in diagrams(sample_content):
        lay_out(diagram, view, style, grid, poses)
        kept = lay_out(diagram, view, other, grid, poses)
        assert kept == diagram_layout.lay_out(diagram, view, other, grid, poses)
        assert kept.placement.style is other


def test_a_view_drawn_differently_is_laid_out_again(
    sample_content: Content, style: DiagramStyle
) -> None:
    grid = booklet_grid(sample_content, style)
    diagram, view = diagrams(sample_content)[0]
    wider = replace(view, width=view.width * 1.5)
    kept = lay_out(diagram, wider, style, grid, sample_content.poses)
    assert kept == diagram_layout.lay_out(diagram, wider, style, grid, sample_content.poses)
    assert view_key(wider) != view_key(view)


def test_equal_views_share_a_key_and_a_mirrored_one_does_not(sample_content: Content) -> None:
    _, view = diagrams(sample_content)[0]
    copy = replace(view)
    assert copy is not view and view_key(copy) == view_key(view)
    assert view_key(view.mirrored()) != view_key(view)


def drawing(
    content: Content, diagram: Diagram, view: View, style: DiagramStyle, caption: str
) -> Drawing:
    grid = booklet_grid(content, style)

    def draw() -> Drawing:
        return draw_diagram(diagram, view, style, grid, poses=content.poses, caption=caption)

    return kept_drawing(diagram, view, style, grid, content.poses, (caption,), draw)


def test_a_drawing_is_kept_for_its_inputs_colours_and_caption_included(
    sample_content: Content, style: DiagramStyle
) -> None:
    diagram, view = diagrams(sample_content)[0]
    first = drawing(sample_content, diagram, view, style, "Top")
    assert drawing(sample_content, diagram, replace(view), style, "Top") is first
    assert drawing(sample_content, diagram, view, recoloured(style), "Top") is not first
    assert drawing(sample_content, diagram, view, style, "Above") is not first


def test_with_caches_off_every_drawing_and_layout_is_made_afresh(
    sample_content: Content, style: DiagramStyle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    diagram, view = diagrams(sample_content)[0]
    first = drawing(sample_content, diagram, view, style, "Top")
    assert drawing(sample_content, diagram, view, style, "Top") is not first
