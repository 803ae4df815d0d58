"""Placeholders in content text (``{{ clinic.name }}``), rendered safely.

Content and brand files are edited by many hands and may come from outside, so templates
run in Jinja2's sandbox with strict undefined: a misspelt variable is an error that names
the variable and lists the valid ones, never an empty string, and no template can reach
Python internals. Only placeholders and conditions are allowed (no loops, arithmetic,
calls or filters), so a template can neither run for long nor grow large.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from booklet.source.errors import Problem
from booklet.source.limits import MAX_TEMPLATE_OUTPUT
from booklet.source.yamlsource import FieldPath, YamlDocument

_ENVIRONMENT = SandboxedEnvironment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True
)


class TemplateProblem(Exception):
    """A template that cannot be rendered with the context given."""


def render_text(text: str, context: Mapping[str, Any]) -> str:
    """Render one text field; plain text (the common case) is returned untouched."""
    if "{{" not in text and "{%" not in text and "{#" not in text:
        return text
    try:
        tree = _ENVIRONMENT.parse(text)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"template syntax error: {error.message}") from None
    if any(tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends))):
        raise TemplateProblem(
            "template not allowed: include, import and extends are not supported "
            "(valid: placeholders such as {{ clinic.name }} and {% if %} conditions)"
        )
    refused = next((node for node in tree.find_all(nodes.Node) if not _allowed(node)), None)
    if refused is not None:
        raise TemplateProblem(
            f"template not allowed: {_describe(refused)} (valid: placeholders such as "
            "{{ clinic.name }} and {% if %} conditions)"
        )
    unknown = sorted(_unknown_variables(tree, context))
    if unknown:
        raise TemplateProblem(
            f"unknown template variable {', '.join(unknown)} (valid: {_valid_names(context)})"
        )
    try:
        result = _ENVIRONMENT.from_string(tree).render(context)
    except jinja2.exceptions.SecurityError as error:
        raise TemplateProblem(f"template not allowed: {error}") from None
    except jinja2.TemplateError as error:
        raise TemplateProblem(f"template error: {error} (valid: {_valid_names(context)})") from None
    except Exception as error:  # a user's template failing at run time
        raise TemplateProblem(f"template error: {error}") from None
    if len(result) > MAX_TEMPLATE_OUTPUT:
        raise TemplateProblem(
            f"template output is {len(result):,} characters (valid: at most "
            f"{MAX_TEMPLATE_OUTPUT:,})"
        )
    return result


_ALLOWED = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.Const,
    nodes.Name,
    nodes.Getattr,
    nodes.If,
    nodes.Not,
    nodes.And,
    nodes.Or,
    nodes.Compare,
    nodes.Operand,
    nodes.CondExpr,
)
"""What content templates may use: placeholders, conditions and comparisons. No loops,
arithmetic, calls, filters or subscripts, so no template can run long or grow large."""


def _allowed(node: nodes.Node) -> bool:
    return isinstance(node, _ALLOWED)


def _describe(node: nodes.Node) -> str:
    kinds = {
        nodes.For: "loops ({% for %})",
        nodes.Call: "calls",
        nodes.Filter: "filters (|)",
        nodes.Getitem: "subscripts ([...])",
        nodes.Macro: "macros",
        nodes.Assign: "assignments ({% set %})",
    }
    for kind, words in kinds.items():
        if isinstance(node, kind):
            return words
    if isinstance(node, nodes.BinExpr | nodes.UnaryExpr):
        return "arithmetic"
    return f"{type(node).__name__} expressions"


def render_tree(
    document: YamlDocument, context: Mapping[str, Any], skip: tuple[str, ...] = ()
) -> tuple[Any, list[Problem]]:
    """Render every text field of a document; problems carry each field's position."""
    problems: list[Problem] = []

    def visit(value: Any, path: FieldPath) -> Any:
        if isinstance(value, dict):
            return {
                key: item if path == () and key in skip else visit(item, (*path, key))
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [visit(item, (*path, index)) for index, item in enumerate(value)]
        if isinstance(value, str):
            try:
                return render_text(value, context)
            except TemplateProblem as error:
                problems.append(document.problem(path, str(error)))
        return value

    return visit(document.data, ()), problems


def _unknown_variables(tree: nodes.Template, context: Mapping[str, Any]) -> Iterator[str]:
    """Names and ``name.attribute`` uses that the context does not provide."""
    for name in meta.find_undeclared_variables(tree):
        if name not in context:
            yield name
    for access in tree.find_all(nodes.Getattr):
        owner = access.node
        if not isinstance(owner, nodes.Name):
            continue
        fields = context.get(owner.name)
        if isinstance(fields, Mapping) and access.attr not in fields:
            yield f"{owner.name}.{access.attr}"


def _valid_names(context: Mapping[str, Any]) -> str:
    names = []
    for name, value in context.items():
        if isinstance(value, Mapping):
            names += [f"{name}.{key}" for key in value]
        else:
            names.append(name)
    return ", ".join(sorted(names))
