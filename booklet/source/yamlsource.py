"""Safe YAML loading that remembers where every value came from.

Validation errors must name the line and column of the offending field, which plain
``yaml.safe_load`` forgets. We compose the node graph with PyYAML's safe loader and
record the position of every mapping key and value while building plain Python data.
Aliases are refused: they are rarely useful in hand-written content and are the classic
way to make a small untrusted file expand into gigabytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from booklet.memo import Memo, stamp
from booklet.source.errors import BookletError, Problem
from booklet.source.limits import MAX_DEPTH, MAX_FILE_BYTES

Location = tuple[int, int]
FieldPath = tuple[str | int, ...]


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # PyYAML's stubs
            raise yaml.MarkedYAMLError(
                problem="aliases (*name) are not supported; write the value out in full",
                problem_mark=event.start_mark,
            )
        return super().compose_node(parent, index)


@dataclass
class SourceMap:
    """Where each field path starts in the file: values, and keys (for unknown-key errors)."""

    values: dict[FieldPath, Location] = field(default_factory=dict)
    keys: dict[FieldPath, Location] = field(default_factory=dict)

    def locate(self, path: FieldPath, *, key: bool = False) -> Location:
        """The position of ``path``, or of its nearest ancestor that exists in the file."""
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in table:
                return table[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)


@dataclass
class YamlDocument:
    """Plain data from one YAML file, with the positions of its fields."""

    path: Path
    data: Any
    source_map: SourceMap
    lines: tuple[str, ...] = ()

    def problem(self, path: FieldPath, message: str, *, key: bool = False) -> Problem:
        """A problem located at ``path`` in this file."""
        line, column = self.source_map.locate(path, key=key)
        return Problem(str(self.path), line, column, format_path(path), message)

    def line_at(self, path: FieldPath) -> str:
        """The source line where ``path`` is written, for hints about what was typed."""
        line, _ = self.source_map.locate(path, key=True)
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""


@dataclass
class LayeredDocument:
    """A document made of layers, each a YAML file overriding the one before it.

    Layouts use this: ``large-print.yaml`` says ``extends: standard`` and changes only
    what differs. A problem is reported in the layer that set the offending value.
    """

    layers: list[YamlDocument]
    data: Any

    def problem(self, path: FieldPath, message: str, *, key: bool = False) -> Problem:
        """A problem located in the topmost layer that mentions ``path``."""
        return self._layer(path).problem(path, message, key=key)

    def line_at(self, path: FieldPath) -> str:
        """The source line where ``path`` is written, in the layer that sets it."""
        return self._layer(path).line_at(path)

    def _layer(self, path: FieldPath) -> YamlDocument:
        for layer in reversed(self.layers):
            if path in layer.source_map.values or path in layer.source_map.keys:
                return layer
        return self.layers[-1]


def merge(base: Any, overlay: Any) -> Any:
    """``overlay`` on top of ``base``: mappings merge key by key, anything else replaces."""
    if isinstance(base, dict) and isinstance(overlay, dict):
        merged = dict(base)
        for key, value in overlay.items():
            merged[key] = merge(base[key], value) if key in base else value
        return merged
    return overlay


def format_path(path: FieldPath) -> str:
    """``("sections", 2, "title")`` becomes ``sections[2].title``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def load_yaml(path: Path) -> YamlDocument:
    """Read and parse ``path``; a missing file or broken YAML is a :class:`BookletError`.

    A worker parses each file once while it is unchanged (:mod:`booklet.memo`).
    """
    return _DOCUMENTS.get(stamp([path]), lambda: _read_yaml(path))


_DOCUMENTS: Memo[YamlDocument] = Memo(256)


def _read_yaml(path: Path) -> YamlDocument:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BookletError.about_file(
                path, f"is {size:,} bytes (valid: at most {MAX_FILE_BYTES:,} bytes)"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BookletError.about_file(path, "file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BookletError.about_file(path, f"cannot read file ({error})") from None
    return parse_yaml(text, path)


class _AliasFound(Exception):
    """The fast parser met an alias; the careful one will say exactly where."""


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def parse_yaml(text: str, path: Path) -> YamlDocument:
    """Parse YAML text that came from ``path`` (used in messages).

    libyaml's parser, when installed, is many times faster; it cannot refuse aliases as
    it reads, so a shared node sends the text to the pure-Python parser, which can.
    """
    if _FAST_LOADER is not None:
        try:
            return _parse(text, path, _FAST_LOADER)
        except _AliasFound:
            pass
    return _parse(text, path, _NoAliasLoader)


def _parse(text: str, path: Path, loader_class: Any) -> YamlDocument:
    bad = next((ch for ch in text if _unreadable(ch)), None)
    if bad is not None:  # YAML refuses these before it parses anything
        before = text[: text.index(bad)]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        message = (
            f"contains the control character U+{ord(bad):04X} (valid: text without control "
            "characters; new lines and tabs are fine)"
        )
        raise BookletError([Problem(str(path), line, column, "", message)])
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        source_map = SourceMap()
        data = _build(loader, root, (), source_map, set()) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = f"invalid YAML: {error.problem or error.context}"
        raise BookletError([Problem(str(path), line, column, "", message)]) from None
    finally:
        loader.dispose()
    return YamlDocument(path, data, source_map, tuple(text.splitlines()))


def _unreadable(character: str) -> bool:
    """Characters a YAML stream may not hold (control characters, surrogates, U+FFFE/F)."""
    code = ord(character)
    if character in "\t\n\r" or 0x20 <= code <= 0x7E or code == 0x85:
        return False
    return code < 0xA0 or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF)


def _position(node: Node) -> Location:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _build(
    loader: yaml.SafeLoader, node: Node, path: FieldPath, source_map: SourceMap, seen: set[int]
) -> Any:
    if id(node) in seen:
        raise _AliasFound
    if len(path) > MAX_DEPTH:
        raise yaml.MarkedYAMLError(
            problem=f"nests more than {MAX_DEPTH} levels deep (valid: at most {MAX_DEPTH})",
            problem_mark=node.start_mark,
        )
    seen.add(id(node))
    source_map.values[path] = _position(node)
    if not node.tag.startswith("tag:yaml.org,2002:") or "python" in node.tag:
        raise yaml.MarkedYAMLError(
            problem=f"the tag {node.tag} is not supported; write plain values",
            problem_mark=node.start_mark,
        )
    if isinstance(node, MappingNode):
        loader.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int):
                raise yaml.MarkedYAMLError(
                    problem="keys must be plain words", problem_mark=key_node.start_mark
                )
            if key in result:
                raise yaml.MarkedYAMLError(
                    problem=f"the key {key!r} appears twice", problem_mark=key_node.start_mark
                )
            key_path: FieldPath = (*path, key)
            source_map.keys[key_path] = _position(key_node)
            result[key] = _build(loader, value_node, (*path, key), source_map, seen)
        return result
    if isinstance(node, SequenceNode):
        return [
            _build(loader, item, (*path, index), source_map, seen)
            for index, item in enumerate(node.value)
        ]
    assert isinstance(node, ScalarNode)
    try:
        return loader.construct_object(node, deep=True)
    except ValueError:
        return node.value  # e.g. 2026-13-01: let validation say what a valid value is
