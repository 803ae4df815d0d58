from pathlib import Path

import pytest
from reportlab.graphics.shapes import Polygon, String

from booklet.marks import legend_kinds
from booklet.marks.stroke import stroke_arrow
from booklet.model.content import Diagram
from booklet.model.layout import load_layout
from booklet.model.views import load_views
from booklet.render.diagram import _badge_at, draw_diagram, legend_symbol
from booklet.render.diagram_layout import lay_out, plan_grid
from booklet.render.styles import build_diagram_style

FIGURES = load_views(Path("/nonexistent"))
VIEWS = FIGURES.views


def foot_view(name: str):
    return VIEWS[name]


def view_of(diagram: Diagram):
    view = VIEWS[diagram.view]
    return view.mirrored() if diagram.mirror else view


def grid_of(diagram: Diagram, style):
    return plan_grid([(diagram, view_of(diagram))], FIGURES.poses, style)


def layout_of(diagram: Diagram, style):
    return lay_out(diagram, view_of(diagram), style, grid_of(diagram, style), FIGURES.poses)


def draw(diagram: Diagram, style, **options):
    return draw_diagram(
        diagram, view_of(diagram), style, grid_of(diagram, style), poses=FIGURES.poses, **options
    )


@pytest.fixture(scope="module")
def style(root: Path, fonts_registered):
    return build_diagram_style(load_layout(root / "layouts" / "standard.yaml"), fonts_registered)


def shapes(group):
    for item in group.contents:
        if hasattr(item, "contents"):
            yield from shapes(item)
        else:
            yield item


def test_arrow_ends_where_its_data_says(style) -> None:
    view = foot_view("top")
    diagram = Diagram.model_validate({"view": "top", "alt": "a", "overlays": []})
    frame = layout_of(diagram, style).frame
    end = frame(view.landmarks["ankle"])
    arrow = stroke_arrow([frame(view.landmarks["toes"]), end], style)
    (head,) = [shape for shape in shapes(arrow) if isinstance(shape, Polygon)]
    assert (head.points[0], head.points[1]) == pytest.approx(end)


def test_labels_are_real_text_with_the_step_number(style) -> None:
    diagram = Diagram.model_validate(
        {
            "view": "sole",
            "alt": "Sole with heel marked",
            "repeat": "×5",
            "overlays": [{"label": {"text": "Heel", "at": "heel"}}, {"circles": {"at": "arch"}}],
        }
    )
    drawing = draw(diagram, style, number=3)
    texts = [shape.text for shape in shapes(drawing) if isinstance(shape, String)]
    assert sorted(texts) == ["3", "Heel", "×5"]
    assert drawing.width == style.width and drawing.height <= style.height


def test_labels_stay_inside_the_drawing(style) -> None:
    diagram = Diagram.model_validate(
        {
            "view": "sole",
            "alt": "Many labels",
            "overlays": [
                {"label": {"text": name.title(), "at": name}}
                for name in ("toe-gaps", "ball", "arch", "heel", "outer-edge", "inner-edge")
            ],
        }
    )
    drawing = draw(diagram, style)
    for shape in shapes(drawing):
        if isinstance(shape, String):
            assert 0 <= shape.y <= style.height
            assert shape.x >= 0


def test_mirrored_view_draws_mirrored(style) -> None:
    right = Diagram.model_validate(
        {"view": "top", "alt": "a", "overlays": [{"press": {"at": "toe-1"}}]}
    )
    left = right.model_copy(update={"mirror": True})

    def press_centre(diagram: Diagram) -> float:
        circles = [s for s in shapes(draw(diagram, style)) if type(s).__name__ == "Circle"]
        return circles[-1].cx

    view = foot_view("top")
    right_frame, left_frame = layout_of(right, style).frame, layout_of(left, style).frame
    assert press_centre(right) == pytest.approx(right_frame(view.landmarks["toe-1"])[0])
    assert press_centre(left) == pytest.approx(
        left_frame((view.width - view.landmarks["toe-1"][0], 0))[0]
    )


def test_every_mark_but_the_drawn_ones_has_a_legend_entry() -> None:
    assert legend_kinds() == [
        "tint",
        "hatch",
        "stroke",
        "stroke_dashed",
        "rotate",
        "circles",
        "roll",
        "press",
        "avoid",
        "avoid_row",
        "touch",
        "repeat",
    ]


@pytest.mark.parametrize("kind", legend_kinds())
def test_legend_symbols_fit_their_box(style, kind: str) -> None:
    symbol = legend_symbol(kind, style, 30)
    x0, y0, x1, y1 = symbol.getBounds()
    assert x0 >= -2 and y0 >= -2 and x1 <= 32 and y1 <= 26
    assert x1 - x0 > 5 and y1 - y0 > 5  # something was drawn


def test_two_way_arrow_has_a_head_at_each_end(style) -> None:
    points = [(10, 10), (60, 80)]
    one_way = [s for s in shapes(stroke_arrow(points, style)) if isinstance(s, Polygon)]
    two_way = [
        s for s in shapes(stroke_arrow(points, style, both_ways=True)) if isinstance(s, Polygon)
    ]
    assert len(one_way) == 1 and len(two_way) == 2
    tips = sorted((head.points[0], head.points[1]) for head in two_way)
    assert tips == [pytest.approx(points[0]), pytest.approx(points[1])]


def test_caption_names_the_view(style) -> None:
    diagram = Diagram.model_validate({"view": "top", "alt": "a", "overlays": []})
    drawing = draw(diagram, style, caption="Top of the foot")
    assert [s.text for s in shapes(drawing) if isinstance(s, String)] == ["Top of the foot"]


def test_a_caption_wider_than_its_half_of_the_drawing_stays_inside_it(style) -> None:
    # the booklet's centre line near the drawing's left edge (a wide label column on the
    # right): centred on the line, a long caption would start left of the drawing
    from dataclasses import replace

    from reportlab.pdfbase.pdfmetrics import stringWidth

    diagram = Diagram.model_validate({"view": "top", "alt": "a", "overlays": []})
    grid = grid_of(diagram, style)
    words = "Top of the foot, seen from above"

    def caption_of(centre: float) -> tuple[String, float]:
        drawing = draw_diagram(
            diagram, view_of(diagram), style, replace(grid, centre=centre), caption=words
        )
        (caption,) = [s for s in shapes(drawing) if isinstance(s, String)]
        return caption, drawing.width

    half = stringWidth(words, style.caption_font, style.label_size) / 2
    middle, width = caption_of(grid.centre)
    assert middle.x == pytest.approx(grid.centre, abs=0.5)  # on the line where it fits
    near_edge = half / 2
    moved, width = caption_of(near_edge)
    assert moved.x - half == pytest.approx(0, abs=0.5) and moved.x + half <= width


def test_a_hatch_label_points_at_the_middle_of_the_figure(style) -> None:
    diagram = Diagram.model_validate(
        {"view": "sole", "alt": "a", "overlays": [{"hatch": {"label": "All over"}}]}
    )
    drawing = draw(diagram, style)
    assert "All over" in [s.text for s in shapes(drawing) if isinstance(s, String)]


def test_a_badge_draws_a_plain_zero_where_its_face_slashes_it(style) -> None:
    """Atkinson Hyperlegible slashes its zero; on a badge that reads as "not here"."""
    assert style.badge_font == "NotoSans-Bold"
    (text,) = [s for s in shapes(_badge_at("×10", 0, 0, style)) if isinstance(s, String)]
    assert (text.text, text.fontName) == ("×10", "NotoSans-Bold")  # one run, to copy


def test_a_close_up_leaves_out_the_lines_seen_only_in_a_whole_view(style) -> None:
    """The top view's long grooves show in the whole foot, not in the toes' close-up."""
    assert len(foot_view("top").overview) == 3
    whole = Diagram.model_validate({"view": "top", "alt": "a"})
    close = Diagram.model_validate({"view": "top", "alt": "a", "close_up": {"at": "toes"}})

    def paths(diagram: Diagram) -> int:
        return sum(type(item).__name__ == "Path" for item in shapes(draw(diagram, style)))

    assert paths(whole) - paths(close) == 3 - 1  # the close-up adds its frame


def test_a_dashed_arrow_has_its_own_legend_entry(style) -> None:
    """The lighter dashed arrow (the way back, or on) is explained apart from the solid one."""
    from booklet.marks import default_legend
    from booklet.marks.stroke import Stroke

    dashed = Stroke.model_validate({"path": ["heel", "ball"], "dashed": True})
    assert dashed.legend_entry() == "stroke_dashed"
    assert Stroke.model_validate({"path": ["heel", "ball"]}).legend_entry() == "stroke"
    assert default_legend("stroke_dashed") == "Then go back, or on to the next place"
    dashes = [
        item
        for item in shapes(legend_symbol("stroke_dashed", style, 27))
        if getattr(item, "strokeDashArray", None)
    ]
    assert dashes
