"""Shared fixtures: the project folder, the sample topic, and its booklet built once.

Engine tests use the small sample topic in ``tests/fixtures/sample/`` (every kind of
block and mark, nothing medical), so editing the shipped ``content.yaml`` is a content
change, never a code change. Tests about the shipped booklets live in ``tests/shipped/``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pdfplumber
import pytest
from playwright.sync_api import sync_playwright
from pypdf import PdfReader
from shipped_builds import SHARED_ENV

from booklet.model.content import Content, load_content
from booklet.pipeline import BuildRequest, build
from booklet.variant.resolve import Project

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample"


def pytest_configure(config: pytest.Config) -> None:
    """One folder for the builds every test process shares, made before they start."""
    if hasattr(config, "workerinput"):
        return
    shared = tempfile.mkdtemp(prefix="booklet-tests-")
    os.environ[SHARED_ENV] = shared
    config.add_cleanup(lambda: shutil.rmtree(shared, ignore_errors=True))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def sample() -> Path:
    """The sample topic's content file."""
    return SAMPLE / "content.yaml"


@pytest.fixture(scope="session")
def sample_content(sample: Path) -> Content:
    return load_content(sample)


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory, project: Project, sample: Path) -> Path:
    """The sample topic's standard booklet, built through the whole pipeline."""
    out_dir = tmp_path_factory.mktemp("sample")
    (path,) = build(BuildRequest(sample, "standard", out_dir, project))
    return path


@pytest.fixture(scope="session")
def reader(sample_pdf: Path) -> PdfReader:
    return PdfReader(sample_pdf)


@pytest.fixture(scope="session")
def plumber(sample_pdf: Path):
    with pdfplumber.open(sample_pdf) as pdf:
        yield pdf


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A project folder to edit freely: layouts, fonts and the sample topic as content.yaml."""
    for name in ("layouts", "fonts"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(SAMPLE / "content.yaml", tmp_path / "content.yaml")
    shutil.copytree(SAMPLE / "views", tmp_path / "views")
    return tmp_path


@pytest.fixture(scope="session")
def fonts_registered(root: Path):
    from booklet.model.layout import load_layout
    from booklet.variant.fonts import register_family

    layout = load_layout(root / "layouts" / "standard.yaml")
    return register_family(layout.fonts, root / "fonts")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_EVERYTHING = {
    "runOnly": {
        "type": "tag",
        "values": [
            "wcag2a",
            "wcag2aa",
            "wcag21a",
            "wcag21aa",
            "wcag22aa",
            "wcag2aaa",
            "best-practice",
        ],
    }
}
"""Every WCAG level (AAA colour contrast included) and axe's best practices."""


@pytest.fixture(scope="session")
def browser():
    assert Path(CHROMIUM).exists(), "Chromium is missing: run the README's test command"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
