"""Shared fixtures: the project folder, and the default booklet built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from booklet.pipeline import BuildRequest, build
from booklet.variant.resolve import Project

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def default_pdf(tmp_path_factory: pytest.TempPathFactory, project: Project) -> Path:
    """The default booklet, built through the whole pipeline."""
    out_dir = tmp_path_factory.mktemp("default")
    (path,) = build(BuildRequest(ROOT / "content.yaml", "standard", out_dir, project))
    return path


@pytest.fixture(scope="session")
def reader(default_pdf: Path) -> PdfReader:
    return PdfReader(default_pdf)


@pytest.fixture(scope="session")
def plumber(default_pdf: Path):
    with pdfplumber.open(default_pdf) as pdf:
        yield pdf


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the project (content, layouts, fonts) to edit freely."""
    for name in ("layouts", "fonts"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "content.yaml", tmp_path / "content.yaml")
    return tmp_path


@pytest.fixture(scope="session")
def fonts_registered(root: Path):
    from booklet.model.layout import load_layout
    from booklet.variant.fonts import register_family

    layout = load_layout(root / "layouts" / "standard.yaml")
    return register_family(layout.fonts, root / "fonts")
