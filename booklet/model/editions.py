"""The editions file: which contents × brands × variants × papers (× booklet) to build.

A health system keeps one content file per topic and one brand file per clinic; this
file says which combinations exist, so one command can rebuild them all.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from booklet.source.validation import StrictModel, validate
from booklet.source.yamlsource import load_yaml

OutputRole = Literal["reading", "html", "print", "instructions", "print-shop"]
"""What a file an edition writes is for: the reading PDF (on screen, or printed page by
page), the HTML edition, the imposed print file of a booklet, its printing
instructions, or the print shop's file."""
Format = Literal["pdf", "html", "both"]
"""Which editions a build writes: the PDFs, the HTML edition, or both."""


class EditionGroup(StrictModel):
    """Every combination of these lists is one edition; ``none`` means no brand."""

    contents: Annotated[list[str], Field(min_length=1)]
    brands: Annotated[list[str], Field(min_length=1)] = ["none"]
    variants: Annotated[list[str], Field(min_length=1)] = ["standard"]
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
    """Read an editions file; paths in it are relative to the file's folder."""
    document = load_yaml(path)
    spec = validate(document, EditionsFile)
    base = path.parent
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
    return EditionPlan(unique, _relative(base / spec.output))


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
