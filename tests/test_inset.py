"""A diagram's inset: a second, smaller view of the figure beside the main one."""

from pathlib import Path

import pytest
from reportlab.graphics.shapes import String

from booklet.model.content import Diagram, load_content
from booklet.model.geometry import box_touches_polygon, boxes_overlap
from booklet.model.layout import load_layout
from booklet.model.views import load_views
from booklet.render.diagram import draw_diagram
from booklet.render.diagram_inset import InsetView
from booklet.render.diagram_layout import lay_out, plan_grid
from booklet.render.styles import build_diagram_style
from booklet.source.errors import BookletError

DATA = Path(__file__).parent / "data"
MINIMAL = (DATA / "minimal-content.yaml").read_text()
FIGURES = load_views(Path("/nonexistent"))
SHIPPED = load_content(Path(__file__).parents[1] / "content.yaml")


def view_of(diagram: Diagram):
    return SHIPPED.view(diagram)


STEP = """      - steps:
          - title: Lotion
            instruction: Smooth lotion on the top and the sole.
            how_long: 1 minute
            diagram:
              view: top
              alt: The top and the sole.
              inset:
{inset}
              overlays:
                - tint: {{stop: ball}}
"""
LOTION = {
    "view": "top",
    "alt": "a",
    "inset": {"view": "sole", "overlays": [{"tint": {"stop": "ball"}}]},
    "overlays": [
        {"tint": {"stop": "ball"}},
        {"avoid_row": {"along": ["gap-1", "gap-2", "gap-3", "gap-4"], "label": "Not here"}},
        {"label": {"text": "Thin layer of lotion", "at": [0.6, 0.5]}},
    ],
}


def problems(tmp_path: Path, inset: str) -> list[str]:
    text = MINIMAL.replace("      - checklist: [I washed my hands]\n", STEP.format(inset=inset))
    path = tmp_path / "content.yaml"
    path.write_text(text)
    with pytest.raises(BookletError) as caught:
        load_content(path)
    return [str(problem) for problem in caught.value.problems]


HERE = "sections[0].blocks[2].steps[0].diagram.inset"


@pytest.mark.parametrize(
    ("inset", "expected"),
    [
        (
            "                view: back",
            f"{HERE}.view: 'back' is not valid (valid: inner, sole, top)",
        ),
        (
            "                view: sole\n                scale: 0.9",
            f"{HERE}.scale: 0.9 is out of range (less than or equal to 0.8)",
        ),
        (
            "                view: sole\n                overlays:\n"
            "                  - press: {at: instep}",
            f"{HERE}.overlays[0].press.at: unknown landmark 'instep' for the sole view "
            "(valid: heel, arch",
        ),
        (
            "                view: sole\n                overlays:\n"
            "                  - press: {at: heel, label: Heel}",
            f"{HERE}.overlays[0].press.label: an inset's marks carry no label "
            "(valid: label it on the main view)",
        ),
    ],
)
def test_inset_errors_are_located(tmp_path: Path, inset: str, expected: str) -> None:
    (problem,) = problems(tmp_path, inset)
    assert expected in problem


def test_a_close_up_has_no_inset(tmp_path: Path) -> None:
    inset = "                view: sole\n              close_up: {at: toes}"
    (problem,) = problems(tmp_path, inset)
    assert problem.endswith(f"{HERE}: a close-up has no inset (valid: one of close_up or inset)")


@pytest.fixture(scope="module", params=["standard", "large-print", "standard-booklet"])
def style(request, root: Path, fonts_registered):
    layout = load_layout(root / "layouts" / f"{request.param}.yaml")
    return build_diagram_style(layout, fonts_registered)


def laid_out(style):
    """The lotion picture among the other steps of the foot booklet, on their grid."""
    diagram = Diagram.model_validate(LOTION)
    view, inset = FIGURES.views["top"], InsetView(FIGURES.views["sole"], "Bottom of the foot")
    others = [(d, view_of(d)) for d in SHIPPED.diagrams() if d.inset is None]
    insets = [None] * len(others) + [inset]
    grid = plan_grid([*others, (diagram, view)], FIGURES.poses, style, insets)
    layout = lay_out(diagram, view, style, grid, FIGURES.poses, inset=inset)
    return diagram, inset, grid, layout


def test_the_inset_is_its_scale_smaller_and_clear_of_the_labels_and_figure(style) -> None:
    _, _, grid, layout = laid_out(style)
    assert layout.inset is not None
    assert layout.inset.frame.scale == pytest.approx(grid.scale * 0.6)
    assert layout.frame.scale == pytest.approx(grid.scale)  # the main view keeps the grid
    room = layout.inset.room
    assert not any(boxes_overlap(room, label.box) for label in layout.labels)
    main = [p for p in layout.polygons if p not in layout.inset.polygons]
    assert not any(box_touches_polygon(layout.inset.window, polygon) for polygon in main)
    assert layout.inset.window[0] >= 0 and layout.inset.window[2] <= layout.width
    assert layout.height <= style.height + 0.01


def test_the_inset_is_drawn_with_its_caption(style) -> None:
    diagram, inset, grid, layout = laid_out(style)
    drawing = draw_diagram(
        diagram,
        FIGURES.views["top"],
        style,
        grid,
        poses=FIGURES.poses,
        caption="Top",
        inset=inset,
    )
    texts = [item.text for item in _shapes(drawing) if isinstance(item, String)]
    assert " ".join(layout.inset.lines) == "Bottom of the foot"
    assert all(line in texts for line in layout.inset.lines)
    assert "Top" in texts


def _shapes(group):
    for item in group.contents:
        if hasattr(item, "contents"):
            yield from _shapes(item)
        else:
            yield item
