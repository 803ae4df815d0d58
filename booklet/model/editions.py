"""The editions file: which contents × brands × variants × papers (× booklet) to build.

A health system keeps one content file per topic and one brand file per clinic; this
file says which combinations exist, so one command can rebuild them all.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from booklet.source.errors import BookletError, Problem
from booklet.source.limits import MAX_EDITIONS, MAX_ITEMS
from booklet.source.validation import StrictModel, validate
from booklet.source.yamlsource import YamlDocument, load_yaml

OutputRole = Literal["reading", "html", "print", "instructions", "print-shop"]
"""What a file an edition writes is for: the reading PDF (on screen, or printed page by
page), the HTML edition, the imposed print file of a booklet, its printing
instructions, or the print shop's file."""
Format = Literal["pdf", "html", "both"]


def edition_stem(slug: str, brand: str | None, layout: str, paper: str) -> str:
    """What every file of an edition is named after: topic, clinic, layout and paper."""
    return f"{slug}{f'-{brand}' if brand else ''}-{layout}-{paper}"


"""Which editions a build writes: the PDFs, the HTML edition, or both."""


VariantName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
"""A layout's name in layouts/, never a path."""


class EditionGroup(StrictModel):
    """Every combination of these lists is one edition; ``none`` means no brand."""

    contents: Annotated[list[str], Field(min_length=1, max_length=MAX_ITEMS)]
    brands: Annotated[list[str], Field(min_length=1, max_length=MAX_ITEMS)] = ["none"]
    variants: Annotated[list[VariantName], Field(min_length=1, max_length=MAX_ITEMS)] = ["standard"]
    papers: Annotated[list[Literal["letter", "a4"]], Field(min_length=1)] = ["letter"]
    booklet: Annotated[list[bool], Field(min_length=1)] = [False]


class EditionsFile(StrictModel):
    """An editions file."""

    output: str = "output"
    editions: Annotated[list[EditionGroup], Field(min_length=1)]


@dataclass(frozen=True)
class Edition:
    """One PDF (or, for a booklet, one set of PDFs) to build."""

    content: Path
    brand: Path | None
    variant: str
    paper: str
    booklet: bool
    key: str
    """A stable name in the manifest, from the paths as the editions file writes them."""


@dataclass(frozen=True)
class EditionPlan:
    """The editions to build and where their files go."""

    editions: list[Edition]
    out_dir: Path


def load_editions(path: Path) -> EditionPlan:
    """Read an editions file; paths in it are relative to the file's folder, and stay in it."""
    document = load_yaml(path)
    spec = validate(document, EditionsFile)
    base = path.parent
    problems = list(_path_problems(spec, document, base))
    if problems:
        raise BookletError(problems)
    editions = []
    for group in spec.editions:
        for content, brand, variant, paper, booklet in itertools.product(
            group.contents, group.brands, group.variants, group.papers, group.booklet
        ):
            brand_path = None if brand == "none" else _relative(base / brand)
            shape = "booklet" if booklet else "pages"
            key = "|".join(
                [
                    _relative(Path(content)).as_posix(),
                    _relative(Path(brand)).as_posix(),
                    variant,
                    paper,
                    shape,
                ]
            )
            editions.append(
                Edition(_relative(base / content), brand_path, variant, paper, booklet, key)
            )
    unique = list(dict.fromkeys(editions))
    if len(unique) > MAX_EDITIONS:
        raise BookletError(
            [
                document.problem(
                    ("editions",),
                    f"describes {len(unique):,} editions (valid: at most {MAX_EDITIONS:,})",
                )
            ]
        )
    return EditionPlan(unique, _relative(base / spec.output))


def _path_problems(spec: EditionsFile, document: YamlDocument, base: Path) -> Iterator[Problem]:
    """Each path once, located: it must be a file inside the editions file's folder."""
    root = base.resolve()
    output = (base / spec.output).resolve()
    if not output.is_relative_to(root):
        yield document.problem(("output",), _outside(spec.output))
    for index, group in enumerate(spec.editions):
        fields = [("contents", group.contents), ("brands", group.brands)]
        for field, values in fields:
            for place, value in enumerate(values):
                if field == "brands" and value == "none":
                    continue
                where = ("editions", index, field, place)
                target = (base / value).resolve()
                if not target.is_relative_to(root):
                    yield document.problem(where, _outside(value))
                elif not target.is_file():
                    yield document.problem(where, f"{value!r}: file not found next to this file")


def _outside(value: str) -> str:
    return (
        f"{value!r} is outside the editions file's folder (valid: a path inside it, such as "
        "topics/hand-care/content.yaml)"
    )


def _relative(path: Path) -> Path:
    """Tidy ``./x`` and ``a/../b`` without resolving links, for readable names."""
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
                continue
        elif part == ".":
            continue
        parts.append(part)
    return Path(*parts) if parts else Path()
