import pytest

from booklet.finish.imposition import saddle_stitch_order


def test_eight_pages() -> None:
    assert saddle_stitch_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]


@pytest.mark.parametrize("pages", [4, 12, 20, 36])
def test_every_page_appears_once_and_follows_the_rule(pages: int) -> None:
    sides = saddle_stitch_order(pages)
    assert sorted(number for side in sides for number in side) == list(range(1, pages + 1))
    for k in range(pages // 4):
        assert sides[2 * k] == (pages - 2 * k, 2 * k + 1)
        assert sides[2 * k + 1] == (2 * k + 2, pages - 2 * k - 1)


def test_page_count_must_be_a_multiple_of_four() -> None:
    with pytest.raises(ValueError, match="multiple of 4"):
        saddle_stitch_order(10)
