"""The invariant, tested on generated documents: if ``check`` accepts it, ``build`` succeeds.

Hypothesis mutates the sample topic's content, a layout and a brand (valid values and
broken ones: odd text, control characters, braces, huge strings, wrong types, missing
keys) and asserts that checking either accepts or reports problems (never a traceback),
and that an accepted document always builds. ``HYPOTHESIS_PROFILE=long`` runs many more
examples than the test command does.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booklet.pipeline import BuildRequest, build_edition, check_edition
from booklet.source.errors import BookletError
from booklet.variant.resolve import Project

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample"

settings.register_profile(
    "default",
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile("long", parent=settings.get_profile("default"), max_examples=400)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "{{ clinic.name }}",
            "{{ clinic.nope }}",
            "{% if clinic.phone %}x{% endif %}",
            "{{",
            "**bold",
            "<b>&amp;",
            "x" * 6000,
            ("word " * 59).strip(),  # just under the 300 characters of a name
            "W" * 299,
            "\x1b[31m",
            "Page {page} of {pages}",
            "Phòng khám Việt",
            "足",
        ]
    ),
)
VALUES = st.one_of(
    TEXT,
    st.integers(-5, 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.lists(TEXT, max_size=3),
    st.dictionaries(st.sampled_from(["title", "text", "at", "kind", "x"]), TEXT, max_size=2),
)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a YAML document that a mutation may change."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


def mutate(data: Any, path: tuple[Any, ...], value: Any, delete: bool) -> Any:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


@st.composite
def documents(draw: st.DrawFn, file: str) -> str:
    data = yaml.safe_load((ROOT / file).read_text())
    places = paths(data)
    for _ in range(draw(st.integers(1, 3))):
        place = draw(st.sampled_from(places))
        try:
            data = mutate(data, place, draw(VALUES), draw(st.booleans()))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
        places = paths(data) or places
    return yaml.safe_dump(data, allow_unicode=True)


def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ROOT / "layouts", folder / "layouts")
    shutil.copytree(ROOT / "fonts", folder / "fonts")
    shutil.copytree(SAMPLE / "views", folder / "views")
    shutil.copytree(ROOT / "brands" / "riverside", folder / "brand")
    shutil.copy(SAMPLE / "content.yaml", folder / "content.yaml")
    return folder


def check_then_build(folder: Path, *, brand: bool = False) -> None:
    request = BuildRequest(
        folder / "content.yaml",
        "standard",
        folder / "out",
        Project(folder),
        brand=folder / "brand" / "brand.yaml" if brand else None,
        format="both",
    )
    try:
        check_edition(request)
    except BookletError as error:
        assert error.problems and all(problem.message for problem in error.problems)
        return
    build_edition(request)  # check said yes: any exception here fails the test


@pytest.mark.slow
@given(text=documents("tests/fixtures/sample/content.yaml"))
def test_content_that_check_accepts_builds(tmp_path: Path, text: str) -> None:
    folder = project(tmp_path)
    (folder / "content.yaml").write_text(text)
    check_then_build(folder)


@pytest.mark.slow
@given(text=documents("layouts/standard.yaml"))
def test_a_layout_that_check_accepts_builds(tmp_path: Path, text: str) -> None:
    folder = project(tmp_path)
    (folder / "layouts" / "standard.yaml").write_text(text)
    check_then_build(folder)


@pytest.mark.slow
@given(text=documents("brands/riverside/brand.yaml"))
def test_a_brand_that_check_accepts_builds(tmp_path: Path, text: str) -> None:
    folder = project(tmp_path)
    (folder / "brand" / "brand.yaml").write_text(text)
    check_then_build(folder, brand=True)
