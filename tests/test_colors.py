import pytest

from booklet.model.colors import (
    TINT_CONTRAST,
    blend,
    contrast_ratio,
    relative_luminance,
    visible_tint,
)


def test_luminance_extremes() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#FFFFFF") == pytest.approx(1)


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#767676") == contrast_ratio("#767676", "#FFFFFF")


@pytest.mark.parametrize(
    ("color", "share"),
    [("#0B5394", 0.9), ("#9BD3CB", None)],
    ids=["strong-colour-at-10-percent", "pale-colour-takes-more"],
)
def test_a_tint_panel_always_stands_apart_from_the_paper(color: str, share: float | None) -> None:
    tint = visible_tint(color, "#FFFFFF")
    assert contrast_ratio(tint, "#FFFFFF") >= TINT_CONTRAST
    if share is not None:
        assert tint == blend(color, "#FFFFFF", share)
    else:
        assert contrast_ratio(blend(color, "#FFFFFF", 0.9), "#FFFFFF") < TINT_CONTRAST
