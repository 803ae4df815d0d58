"""Where a diagram's pieces go: shared scale and centre line, label wrapping, the badge."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.model.content import Diagram, load_content
from booklet.model.layout import load_layout
from booklet.render.diagram import booklet_grid
from booklet.render.diagram_layout import badge_clear, lay_out, picture_box, wrap_label
from booklet.render.styles import build_diagram_style


@pytest.fixture(scope="module")
def style(root: Path, fonts_registered):
    return build_diagram_style(load_layout(root / "layouts" / "standard.yaml"), fonts_registered)


@pytest.fixture(scope="module")
def sample_content(sample: Path):
    return load_content(sample)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Tip", ("Tip",)),
        ("The whole leaf edge", ("The whole", "leaf edge")),
        ("Not the old roots", ("Not the", "old roots")),
        ("Keep away from roots", ("Keep away", "from roots")),
        ("Never leave one word", ("Never leave", "one word")),
        ("Three short words", ("Three short words",)),
    ],
    ids=["one word", "four words", "balanced", "four again", "no lone word", "three stay"],
)
def test_labels_wrap_in_balanced_lines_never_leaving_a_word_alone(style, text, lines) -> None:
    assert wrap_label(text, style) == lines


def test_every_picture_of_a_booklet_shares_its_scale_and_centre(sample_content, style) -> None:
    grid = booklet_grid(sample_content, style)
    for diagram in sample_content.diagrams():
        view = sample_content.view(diagram)
        layout = lay_out(diagram, view, style, grid, sample_content.poses)
        assert layout.frame.scale == pytest.approx(grid.scale)
        assert layout.frame.x + view.middle() * grid.scale == pytest.approx(grid.centre)
        assert layout.height <= style.height + 0.01
        assert badge_clear(layout)


def test_a_hand_widens_the_picture_but_only_so_far(sample_content, style) -> None:
    diagram = Diagram.model_validate(
        {
            "view": "leaf",
            "alt": "a",
            "overlays": [{"hand": {"pose": "glove", "at": "left-edge", "angle": -90, "scale": 2}}],
        }
    )
    view = sample_content.view(diagram)
    left, _, right, _ = picture_box(diagram, view, sample_content.poses, style)
    assert left == pytest.approx(-style.hand_reach * view.width)
    assert right == pytest.approx(view.width)


def test_a_close_up_is_its_zoom_larger_in_a_window_on_the_centre_line(
    sample_content, style
) -> None:
    diagram = Diagram.model_validate(
        {"view": "leaf", "alt": "a", "close_up": {"at": "tip", "zoom": 2.5}}
    )
    grid = booklet_grid(sample_content, style)
    layout = lay_out(diagram, sample_content.view(diagram), style, grid, sample_content.poses)
    assert layout.close_up and layout.frame.scale == pytest.approx(grid.scale * 2.5)
    assert (layout.window[0] + layout.window[2]) / 2 == pytest.approx(grid.centre)


def test_a_close_up_aspect_lowers_its_window_and_keeps_its_width_and_zoom(
    sample_content, style
) -> None:
    def window(**close_up: object):
        diagram = Diagram.model_validate(
            {"view": "leaf", "alt": "a", "close_up": {"at": "tip", "zoom": 2.5, **close_up}}
        )
        grid = booklet_grid(sample_content, style)
        view = sample_content.view(diagram)
        layout = lay_out(diagram, view, style, grid, sample_content.poses)
        return layout.window, layout.frame.scale

    (left, bottom, right, top), scale = window()
    (low_left, low_bottom, low_right, low_top), low_scale = window(aspect=0.5)
    assert (low_left, low_right, low_scale) == pytest.approx((left, right, scale))
    assert low_top - low_bottom <= (low_right - low_left) * 0.5 + 0.01
    assert low_top - low_bottom <= top - bottom
