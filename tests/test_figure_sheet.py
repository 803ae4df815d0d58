"""The review sheet's illustrator pages: every view, pose and mark the topic can use."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pdfcheck import page_texts
from pypdf import PdfReader

from booklet.marks import MARKS, legend_kinds
from booklet.model.content import load_content
from booklet.model.layout import load_layout
from booklet.render.review_sheet import render_review_sheet

ROOT = Path(__file__).resolve().parent.parent


def test_the_sheet_shows_every_view_pose_and_mark(
    tmp_path: Path, sample: Path, root: Path, fonts_registered
) -> None:
    content = load_content(sample)
    layout = load_layout(root / "layouts" / "standard.yaml")
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(render_review_sheet(content, layout, fonts_registered))
    text = " ".join(page_texts(PdfReader(pdf)))
    for name, view in content.views_used().items():
        assert f"{name}: {view.caption}" in text
    for name, pose in content.hand_poses.items():
        assert f"{name}: {pose.caption}" in text
    for kind in legend_kinds():
        assert f"{kind}:" in text
    for mark in MARKS:
        assert f"{mark.kind}:" in text
    assert set(content.views_used()) == {"leaf", "pot"}  # only the views its pictures use


@pytest.mark.parametrize(
    "layout_name", sorted(path.stem for path in (ROOT / "layouts").glob("*.yaml"))
)
def test_the_sheet_fits_every_shipped_layout(
    sample: Path, layout_name: str, fonts_registered
) -> None:
    layout = load_layout(ROOT / "layouts" / f"{layout_name}.yaml")
    pdf = render_review_sheet(load_content(sample), layout, fonts_registered)
    assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("topic", ["content.yaml", "topics/hand-care/content.yaml"])
@pytest.mark.parametrize("layout_name", ["standard", "large-print"])
def test_the_sheet_of_a_shipped_topic_holds_every_step(
    topic: str, layout_name: str, fonts_registered
) -> None:
    # one picture a row in large print, with alt text taller than the rest of a page:
    # the steps flow on over the pages instead of failing as one row too tall for one
    content = load_content(ROOT / topic)
    layout = load_layout(ROOT / "layouts" / f"{layout_name}.yaml")
    pdf = render_review_sheet(content, layout, fonts_registered)
    pages = [" ".join(text.split()) for text in page_texts(PdfReader(io.BytesIO(pdf)))]
    text = " ".join(pages)
    for number, step in enumerate(content.steps(), start=1):
        assert f"{number}. {step.title}" in text
        assert step.diagram is not None
        assert " ".join(step.diagram.alt.split()[:6]) in text
