from pathlib import Path

import pytest

from booklet.source.templating import TemplateProblem, render_text, render_tree
from booklet.source.yamlsource import parse_yaml

CONTEXT = {"clinic": {"name": "Riverside Clinic", "phone": None}}


def test_plain_text_is_returned_untouched() -> None:
    assert render_text("Check your feet {daily}.", CONTEXT) == "Check your feet {daily}."


def test_placeholder_is_filled() -> None:
    assert render_text("Call {{ clinic.name }}.", CONTEXT) == "Call Riverside Clinic."


def test_conditionals_see_missing_optional_values() -> None:
    text = "Call {{ clinic.name }}{% if clinic.phone %} at {{ clinic.phone }}{% endif %}."
    assert render_text(text, CONTEXT) == "Call Riverside Clinic."


def test_unknown_attribute_is_an_error_that_lists_valid_names() -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_text("Call {{ clinic.nmae }}", CONTEXT)
    assert str(caught.value) == (
        "unknown template variable clinic.nmae (valid: clinic.name, clinic.phone)"
    )


def test_unknown_top_level_name_is_an_error() -> None:
    with pytest.raises(TemplateProblem, match="unknown template variable doctor"):
        render_text("Ask {{ doctor }}", CONTEXT)


def test_syntax_error_is_reported() -> None:
    with pytest.raises(TemplateProblem, match="template syntax error"):
        render_text("Call {{ clinic.name ", CONTEXT)


@pytest.mark.parametrize(
    "attack",
    [
        "{{ clinic.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ clinic.name.__class__.__init__.__globals__ }}",
    ],
)
def test_sandbox_blocks_python_internals(attack: str) -> None:
    with pytest.raises(TemplateProblem):
        render_text(attack, CONTEXT)


def test_render_tree_locates_problems_and_skips_fields() -> None:
    text = "default_clinic:\n  name: '{{ nope }}'\nintro: Hi {{ clinic.fax }}\n"
    document = parse_yaml(text, Path("c.yaml"))
    data, problems = render_tree(document, CONTEXT, skip=("default_clinic",))
    assert data["default_clinic"]["name"] == "{{ nope }}"
    assert [str(problem) for problem in problems] == [
        "c.yaml:3:8: intro: unknown template variable clinic.fax (valid: clinic.name, clinic.phone)"
    ]


def test_templates_cannot_include_files() -> None:
    with pytest.raises(TemplateProblem):
        render_text("{% include '/etc/passwd' %}", CONTEXT)


@pytest.mark.parametrize(
    ("template", "refused"),
    [
        pytest.param("{{ 'x' * 999999999 }}", "arithmetic", id="string-multiplication"),
        pytest.param("{{ 1 / 0 }}", "arithmetic", id="division"),
        pytest.param(
            "{% for a in clinic.name %}{% for b in clinic.name %}x{% endfor %}{% endfor %}",
            "loops ({% for %})",
            id="nested-loops",
        ),
        pytest.param("{{ range(10) }}", "calls", id="range"),
        pytest.param("{{ clinic.name | upper }}", "filters (|)", id="filter"),
        pytest.param("{{ clinic['name'] }}", "subscripts ([...])", id="subscript"),
        pytest.param("{% set x = 1 %}", "assignments ({% set %})", id="assignment"),
    ],
)
def test_templates_may_only_use_placeholders_and_conditions(template: str, refused: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_text(template, CONTEXT)
    assert str(caught.value) == (
        f"template not allowed: {refused} (valid: placeholders such as {{{{ clinic.name }}}} "
        "and {% if %} conditions)"
    )
