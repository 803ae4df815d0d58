"""Validate YAML data against a pydantic model and explain failures in the user's terms.

Pydantic reports locations as tuples and messages written for programmers; staff editing
a YAML file need ``content.yaml:41:7: sections[2].blocks[0].callout.kind: 'tipp' is not
valid (valid: tip, caution)``. This module does that translation for every input model.
"""

from __future__ import annotations

import difflib
import types
import typing
import unicodedata
from datetime import date
from typing import Annotated, Any, Protocol, TypeVar

import pydantic
from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, model_validator

from booklet.source.errors import BookletError, Problem
from booklet.source.limits import MAX_SHORT_TEXT, MAX_TEXT
from booklet.source.yamlsource import FieldPath

ModelT = TypeVar("ModelT", bound=BaseModel)


def _clean(text: str) -> str:
    """Refuse control characters other than new line and tab: they would reach the PDF."""
    for character in text:
        if unicodedata.category(character) == "Cc" and character not in "\n\t":
            raise ValueError(
                f"contains the control character U+{ord(character):04X} (valid: text without "
                "control characters; new lines and tabs are fine)"
            )
    return text


Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT),
    AfterValidator(_clean),
]
"""Non-empty text; in content, may use template placeholders such as ``{{ clinic.name }}``."""
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_SHORT_TEXT),
    AfterValidator(_clean),
]
"""A title, name or label: non-empty, and short."""


class StrictModel(BaseModel):
    """Base for every input model: unknown keys are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class Located(Protocol):
    """A parsed file (or stack of files) that can say where a field path came from."""

    data: Any

    def problem(self, path: FieldPath, message: str, *, key: bool = False) -> Problem: ...

    def line_at(self, path: FieldPath) -> str: ...


def validate(document: Located, model: type[ModelT]) -> ModelT:
    """Validate a whole document against ``model``, raising every problem at once."""
    try:
        return model.model_validate(document.data)
    except pydantic.ValidationError as error:
        raise BookletError(explain(error, document, model)) from None


def explain(
    error: pydantic.ValidationError, document: Located, model: type[BaseModel]
) -> list[Problem]:
    """One located, plain-language :class:`Problem` per pydantic error."""
    problems = []
    for detail in error.errors(include_url=False):
        path: FieldPath = tuple(detail["loc"])
        kind = detail["type"]
        if kind == "extra_forbidden":
            problem = document.problem(path, _unknown_field(path, model), key=True)
        elif kind == "missing":
            problem = document.problem(path, "required field is missing")
        else:
            problem = document.problem(path, _describe(detail) + _comment_hint(detail, document))
        problems.append(problem)
    return problems


def _comment_hint(detail: Any, document: Located) -> str:
    """An empty value where the line has a ``#``: YAML read the rest as a comment."""
    if detail.get("input", "") is not None:
        return ""
    line = document.line_at(tuple(detail["loc"]))
    _, _, after = line.partition(":")
    if after.strip().startswith("#"):
        value = after.strip().split()[0]
        return (
            f"; a # starts a comment in YAML, so put quotes around the value "
            f"(valid: e.g. '{value}')"
        )
    return ""


def _unknown_field(path: FieldPath, root: type[BaseModel]) -> str:
    name = str(path[-1])
    owner = model_at(root, path[:-1])
    if owner is None:
        return f"unknown field {name!r}"
    valid = list(owner.model_fields)
    hint = difflib.get_close_matches(name, valid, n=1)
    suggestion = f"; did you mean {hint[0]!r}?" if hint else _indent_hint(name, path, root, owner)
    return f"unknown field {name!r} (valid: {', '.join(valid)}{suggestion})"


def _indent_hint(name: str, path: FieldPath, root: type[BaseModel], owner: type[BaseModel]) -> str:
    """An indentation slip: the key belongs one level in, or one level out."""
    for field in owner.model_fields:
        inner = model_at(root, (*path[:-1], field))
        if inner is not None and name in inner.model_fields:
            return f"; is it indented wrongly? {name!r} belongs under {field!r}"
    parent_path = path[:-2]
    parent = model_at(root, parent_path) if len(path) >= 2 else None
    if parent is not None and name in parent.model_fields:
        return f"; is it indented wrongly? {name!r} belongs beside {path[-2]!r}, not under it"
    return ""


def model_at(root: type[BaseModel], path: FieldPath) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``path``, if the path leads to one."""
    annotation: Any = root
    for part in path:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else None
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(part)
            annotation = field.annotation if field else None
        else:
            return None
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _unwrap(annotation: Any) -> Any:
    """Strip ``Optional`` and ``Annotated`` wrappers to reach the type that matters."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list (lines starting with '- ')",
    "dict_type": "a mapping of 'key: value' lines",
    "model_type": "a mapping of 'key: value' lines",
    "model_attributes_type": "a mapping of 'key: value' lines",
    "date_type": "a date written YYYY-MM-DD",
    "date_parsing": "a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "a date written YYYY-MM-DD",
}


def _describe(detail: Any) -> str:
    kind = detail["type"]
    given = detail.get("input")
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {_kind_of(given)}"
    if kind == "literal_error":
        expected = detail.get("ctx", {}).get("expected", "")
        valid = expected.replace("'", "").replace(" or ", ", ")
        return f"{given!r} is not valid (valid: {valid})"
    if kind == "too_short":
        return f"needs at least {detail['ctx']['min_length']} item(s)"
    if kind == "too_long":
        return f"has {len(given)} items (valid: at most {detail['ctx']['max_length']})"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        limit = detail["ctx"]["max_length"]
        return f"is {len(given)} characters long (valid: at most {limit} characters)"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        return f"{given!r} is out of range ({detail['msg'].removeprefix('Input should be ')})"
    message = str(detail["msg"]).removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    return type(value).__name__


class OneOf(StrictModel):
    """A mapping that holds exactly one of its fields; the field's name is the kind."""

    @model_validator(mode="before")
    @classmethod
    def _exactly_one_kind(cls, data: Any) -> Any:
        if isinstance(data, dict):
            kinds = [key for key in data if key in cls.model_fields]
            valid = ", ".join(cls.model_fields)
            if not data:
                raise ValueError(f"is empty (valid: one of {valid})")
            if len(kinds) > 1:
                raise ValueError(
                    f"has {' and '.join(kinds)}; each item holds one of them (valid: one of "
                    f"{valid}, each as its own '- ' item)"
                )
            if kinds and data[kinds[0]] is None:
                raise ValueError(
                    f"{kinds[0]} has nothing after it (valid: a value, e.g. '{kinds[0]}: ...')"
                )
        return data

    @property
    def kind(self) -> str:
        """The name of the one field that is set."""
        return next(name for name in type(self).model_fields if getattr(self, name) is not None)

    @property
    def value(self) -> Any:
        """The value of the one field that is set."""
        return getattr(self, self.kind)
