import shutil
from pathlib import Path

import pytest

from booklet.model.layout import load_layout, resolve_layout
from booklet.source.errors import BookletError


def test_standard_layout_loads(root: Path) -> None:
    layout = load_layout(root / "layouts" / "standard.yaml")
    assert layout.page.dimensions == (612.0, 792.0)
    assert layout.page.margins.inner == pytest.approx(68.4)
    assert layout.text.body.size >= 12


def write_layout(tmp_path: Path, root: Path, old: str, new: str) -> Path:
    text = (root / "layouts" / "standard.yaml").read_text()
    assert old in text
    path = tmp_path / "custom.yaml"
    path.write_text(text.replace(old, new, 1))
    return path


def problem_for(tmp_path: Path, root: Path, old: str, new: str) -> str:
    with pytest.raises(BookletError) as caught:
        load_layout(write_layout(tmp_path, root, old, new))
    (problem,) = caught.value.problems
    return str(problem)


def test_lengths_take_units(tmp_path: Path, root: Path) -> None:
    path = write_layout(tmp_path, root, "top: 0.8in", "top: 20mm")
    assert load_layout(path).page.margins.top == pytest.approx(56.69, abs=0.01)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "top: 0.8in",
            "top: 2 inches",
            "page.margins.top: '2 inches' is not a length (valid: a number with pt, in, mm or cm)",
        ),
        (
            'accent: "#13657D"',
            "accent: teal",
            "colors.accent: 'teal' is not a colour (valid: #RRGGBB, e.g. '#1F5F8B')",
        ),
        (
            "size: letter",
            "size: legal",
            "page.size: 'legal' is not valid (valid: letter, a4, half-letter, a5)",
        ),
        (
            "regular: AtkinsonHyperlegible-Regular.ttf",
            "regular: ../../etc/passwd.ttf",
            "fonts.regular: '../../etc/passwd.ttf' is not a font file name",
        ),
        (
            "body:           {size: 13.5, leading: 20",
            "body:           {size: 13.5, leading: 10",
            "text.body: leading (10pt) is smaller than size (13.5pt)",
        ),
        (
            "  rule_width: 0.75\n",
            "  rule_width: 0.75\n  gutter: 3\n",
            "spacing.gutter: unknown field 'gutter'",
        ),
    ],
)
def test_layout_errors(tmp_path: Path, root: Path, old: str, new: str, expected: str) -> None:
    assert expected in problem_for(tmp_path, root, old, new)


def test_resolve_by_name_and_by_path(root: Path) -> None:
    layouts = root / "layouts"
    assert resolve_layout("standard", layouts) == layouts / "standard.yaml"
    assert resolve_layout("other/mine.yaml", layouts) == Path("other/mine.yaml")


def test_unknown_layout_name_lists_the_valid_ones(root: Path) -> None:
    with pytest.raises(BookletError, match=r"no layout named 'fancy' \(valid: .*standard"):
        resolve_layout("fancy", root / "layouts")


def test_low_contrast_colours_are_refused(tmp_path: Path, root: Path) -> None:
    problem = problem_for(tmp_path, root, 'accent: "#13657D"', 'accent: "#9FC7D3"')
    assert "colors: on_accent #FFFFFF on accent #9FC7D3 has contrast 1.81:1" in problem
    assert "(valid: at least 4.5:1)" in problem
    problem = problem_for(tmp_path, root, 'figure_fill: "#F3EDE6"', 'figure_fill: "#3A8AA0"')
    assert "colors: accent #13657D on figure_fill #3A8AA0 has contrast" in problem
    assert "(valid: at least 3.0:1)" in problem


def test_standard_colours_meet_their_contrast(root: Path) -> None:
    from booklet.model.colors import contrast_ratio

    colors = load_layout(root / "layouts" / "standard.yaml").colors
    assert contrast_ratio(colors.accent, colors.paper) >= 3
    assert contrast_ratio(colors.accent, colors.figure_fill) >= 3
    assert contrast_ratio(colors.text, colors.paper) >= 7


def test_large_print_extends_standard(root: Path) -> None:
    standard = load_layout(root / "layouts" / "standard.yaml")
    large = load_layout(root / "layouts" / "large-print.yaml")
    assert large.name == "large-print"
    assert large.fonts == standard.fonts  # inherited
    assert large.text.body.size == 18 and large.text.body.leading / large.text.body.size >= 1.25
    text = large.text
    assert text.h2.size >= 20 and text.h1.size >= 1.2 * text.h2.size  # levels clearly apart
    assert text.h2.size >= 1.2 * text.body.size
    for name in ("large-print", "large-print-booklet"):
        levels = load_layout(root / "layouts" / f"{name}.yaml").text
        assert levels.h1.size >= 1.2 * levels.h2.size, name
    assert large.colors.min_text_contrast == 7
    assert large.page.margins.inner == pytest.approx(72)


def test_paper_replaces_the_size(root: Path) -> None:
    assert load_layout(root / "layouts" / "standard.yaml", "a4").page.size == "a4"


def test_errors_in_an_extending_layout_point_at_that_file(tmp_path: Path, root: Path) -> None:
    shutil.copy(root / "layouts" / "standard.yaml", tmp_path / "standard.yaml")
    child = tmp_path / "child.yaml"
    child.write_text("extends: standard\nname: child\ntext:\n  body: {size: 20, leading: 10}\n")
    with pytest.raises(BookletError) as caught:
        load_layout(child)
    assert str(caught.value).startswith(f"{child}:4:9: text.body: leading (10pt) is smaller")


def test_extends_must_name_an_existing_layout(tmp_path: Path) -> None:
    child = tmp_path / "child.yaml"
    child.write_text("extends: nowhere\nname: child\n")
    with pytest.raises(BookletError, match="1:10: extends: no layout named 'nowhere'"):
        load_layout(child)
    child.write_text("extends: child\nname: child\n")
    with pytest.raises(BookletError, match="layouts extend each other in a loop"):
        load_layout(child)


def test_a_layout_remembers_its_file(tmp_path: Path, root: Path) -> None:
    path = write_layout(tmp_path, root, "name: standard", "name: mine")
    assert load_layout(path).source == path


def test_story_proportions_are_layout_data(tmp_path: Path, root: Path) -> None:
    standard = load_layout(root / "layouts" / "standard.yaml")
    assert standard.sizes.step_badge == 1.75
    path = write_layout(tmp_path, root, "  step_badge: 1.75 ", "  step_badge: 2.5 ")
    assert load_layout(path).sizes.step_badge == 2.5


def test_a_zero_ratio_is_refused(tmp_path: Path, root: Path) -> None:
    problem = problem_for(tmp_path, root, "  step_badge: 1.75 ", "  step_badge: 0 ")
    assert problem.endswith("sizes.step_badge: 0 is out of range (greater than 0)")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'figure_outline: "#4D4540"',
            'figure_outline: "#C9C2BC"',
            "colors: figure_outline #C9C2BC on paper #FFFFFF has contrast 1.76:1 "
            "(valid: at least 3.0:1)",
        ),
        (
            'figure_hand: "#E1C0A6"',
            'figure_hand: "#6E655F"',
            "colors: figure_outline #4D4540 on figure_hand #6E655F has contrast",
        ),
    ],
    ids=["pale outline", "dark hands"],
)
def test_figures_keep_their_outline_in_black_and_white(
    tmp_path: Path, root: Path, old: str, new: str, expected: str
) -> None:
    assert expected in problem_for(tmp_path, root, old, new)
