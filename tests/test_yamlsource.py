from pathlib import Path

import pytest

from booklet.source.errors import BookletError
from booklet.source.yamlsource import format_path, load_yaml, parse_yaml


def test_positions_of_keys_and_values() -> None:
    document = parse_yaml("meta:\n  title: Feet\nsections:\n  - title: One\n", Path("c.yaml"))
    assert document.data == {"meta": {"title": "Feet"}, "sections": [{"title": "One"}]}
    assert document.source_map.locate(("meta", "title")) == (2, 10)
    assert document.source_map.locate(("meta", "title"), key=True) == (2, 3)
    assert document.source_map.locate(("sections", 0, "title")) == (4, 12)


def test_missing_path_falls_back_to_nearest_ancestor() -> None:
    document = parse_yaml("meta:\n  title: Feet\n", Path("c.yaml"))
    assert document.source_map.locate(("meta", "subtitle")) == (2, 3)


def test_problem_names_file_line_column_and_field() -> None:
    document = parse_yaml("sections:\n  - title: One\n", Path("c.yaml"))
    problem = document.problem(("sections", 0, "title"), "is wrong (valid: right)")
    assert str(problem) == "c.yaml:2:12: sections[0].title: is wrong (valid: right)"


def test_format_path() -> None:
    assert format_path(("sections", 2, "blocks", 0, "callout")) == "sections[2].blocks[0].callout"


def test_invalid_yaml_is_located() -> None:
    with pytest.raises(BookletError) as caught:
        parse_yaml("meta:\n  title: [unclosed\n", Path("c.yaml"))
    assert str(caught.value).startswith("c.yaml:3:1: invalid YAML:")


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(BookletError) as caught:
        parse_yaml("title: One\ntitle: Two\n", Path("c.yaml"))
    assert str(caught.value) == "c.yaml:2:1: invalid YAML: the key 'title' appears twice"


def test_aliases_are_refused() -> None:
    text = "a: &x [1, 2]\nb: *x\n"
    with pytest.raises(BookletError) as caught:
        parse_yaml(text, Path("c.yaml"))
    assert "c.yaml:2:4: invalid YAML: aliases (*name) are not supported" in str(caught.value)


def test_python_tags_are_not_executed() -> None:
    with pytest.raises(BookletError) as caught:
        parse_yaml("a: !!python/object/apply:os.system ['echo hi']\n", Path("c.yaml"))
    assert "c.yaml:1:4: invalid YAML" in str(caught.value)


def test_impossible_date_stays_text_for_validation_to_explain() -> None:
    assert parse_yaml("day: 2026-13-01\n", Path("c.yaml")).data == {"day": "2026-13-01"}


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BookletError) as caught:
        load_yaml(tmp_path / "nope.yaml")
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}: file not found"


def test_control_characters_in_a_file_are_located_not_a_crash() -> None:
    # found by the fuzz target: PyYAML's reader raised its own error for a NUL
    with pytest.raises(BookletError) as caught:
        parse_yaml("title: ok\nnote: a\x00b\n", Path("c.yaml"))
    (problem,) = caught.value.problems
    assert str(problem) == (
        "c.yaml:2:8: contains the control character U+0000 (valid: text without control "
        "characters; new lines and tabs are fine)"
    )
