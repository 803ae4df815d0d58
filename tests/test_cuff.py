"""A hand cut off at its wrist: the pose kept on its grip's side, a sleeve's cuff across it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_marks import _hand_place

from booklet.marks.cuff import DEPTH, arm_span, cuff_outline, cut_of, kept
from booklet.marks.hand import Hand
from booklet.model.content import load_content
from booklet.model.geometry import bounds, clip_half_plane
from booklet.source.errors import BookletError

SQUARE = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]


def test_a_half_plane_clip_keeps_the_side_its_normal_faces() -> None:
    kept_part = clip_half_plane(SQUARE, (0.0, 4.0), (0.0, 1.0))
    assert bounds(kept_part) == pytest.approx((0.0, 4.0, 10.0, 10.0))
    assert clip_half_plane(SQUARE, (0.0, 20.0), (0.0, 1.0)) == []


def test_the_cut_keeps_the_grips_side_and_spans_the_arm() -> None:
    cut = cut_of(((0.0, 3.0), (10.0, 3.0)), grip=(5.0, 9.0))
    assert cut.toward_grip == pytest.approx((0.0, 1.0))
    assert arm_span(cut, [SQUARE]) == pytest.approx((0.0, 10.0))
    (part,) = kept(cut, [SQUARE])
    assert min(y for _, y in part) == pytest.approx(0.0)  # laps under the cuff by OVERLAP
    cuff = cuff_outline(cut, (0.0, 10.0))
    assert min(y for _, y in cuff) == pytest.approx(3.0 - DEPTH)
    assert min(x for x, _ in cuff) < 0.0 and max(x for x, _ in cuff) > 10.0  # round the wrist


def test_a_cuffed_hand_has_no_outline_past_its_cuff() -> None:
    _, place = _hand_place()
    whole = Hand.model_validate({"pose": "glove", "at": "middle"})
    cuffed = Hand.model_validate({"pose": "glove", "at": "middle", "cuff": [[0, 40], [60, 40]]})
    lowest = min(y for polygon in whole.outlines(place) for _, y in polygon)
    cut_lowest = min(y for polygon in cuffed.outlines(place) for _, y in polygon)
    assert cut_lowest > lowest
    front = cuffed.draw(place)
    assert len(front.contents) == 2  # the clipped hand, then its cuff


def test_a_cuff_that_misses_the_pose_is_an_error_at_its_line(tmp_path: Path, sample: Path) -> None:
    text = sample.read_text()
    assert "pose: glove" in text
    broken = tmp_path / "content.yaml"
    broken.write_text(
        text.replace("{pose: glove,", "{pose: glove, cuff: [[500, 500], [600, 500]],", 1)
    )
    (tmp_path / "views").symlink_to(sample.parent / "views")
    with pytest.raises(BookletError) as error:
        load_content(broken)
    assert "hand.cuff: the cuff's line does not cross the pose (valid: across its wrist)" in str(
        error.value
    )


def test_a_cuff_of_one_point_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="the cuff's two points are the same"):
        Hand.model_validate({"pose": "glove", "at": "middle", "cuff": [[1, 2], [1, 2]]})


def test_the_cuff_is_pale_opaque_cloth_ending_in_a_crisp_edge() -> None:
    """A dark band at the wrist reads as a glove's, a sleeve fading into the paper as
    unfinished: the cuff is pale cloth, opaque, outlined all round, across its far end too."""
    from reportlab.graphics.shapes import Path as RLPath
    from reportlab.lib.colors import HexColor, black

    from booklet.marks.cuff import cuff_group
    from booklet.model.colors import relative_luminance

    _, place = _hand_place()
    style = replace(place.style, figure_sleeve=HexColor("#DCE8EC"), figure_detail=black)
    cut = cut_of(((0.0, 3.0), (10.0, 3.0)), grip=(5.0, 9.0))
    group = cuff_group(cut, (0.0, 10.0), 1.0, style)
    fills = [item for item in group.contents if isinstance(item, RLPath) and item.fillColor]
    assert [item.fillColor.hexval() for item in fills] == [style.figure_sleeve.hexval()]
    assert all(item.fillOpacity in (None, 1) for item in fills)  # no fade
    assert relative_luminance("#" + style.figure_sleeve.hexval()[2:]) > 0.5
    (cloth,) = fills
    assert cloth.strokeColor == style.figure_outline and cloth.strokeWidth > 0
    ys = cloth.points[1::2]
    assert min(ys) == pytest.approx(3.0 - DEPTH)  # the outline runs across the far end
    assert cloth.operators[-1] == 3  # closed: a crisp edge all round (reportlab's closePath)
