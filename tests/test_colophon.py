"""The edition details: two pairs to a row where the frame holds them, else fewer."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.model.content import load_content
from booklet.model.layout import load_layout
from booklet.render.colophon import colophon
from booklet.render.styles import build_styles
from booklet.render.tagging import Node

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("layout", "width", "shape"),
    [
        ("standard", 475, (2, 4)),  # a letter page's measure holds both pairs side by side
        ("large-print", 468, (3, 4)),  # 18 pt does not: the code beside the edition only
        ("large-print", 300, (4, 2)),  # nor that: one pair to a row
        ("standard", None, (4, 2)),  # no width given: one to a row
    ],
    ids=["standard", "large-print", "large-print-narrow", "unmeasured"],
)
def test_the_details_take_two_rows_where_the_width_holds_them(
    fonts_registered, layout: str, width: float | None, shape: tuple[int, int]
) -> None:
    content = load_content(ROOT / "content.yaml")
    chosen = load_layout(ROOT / "layouts" / f"{layout}.yaml")
    table = Node("Table")
    details = colophon(
        content, chosen, build_styles(chosen, fonts_registered), fonts_registered, table, width
    )
    rows = details._cellvalues
    assert (len(rows), len(rows[0])) == shape
    texts = [cell.getPlainText() for row in rows for cell in row if cell != ""]
    assert texts.index("Edition") < texts.index("Reviewed") < texts.index("Next review")
    assert content.meta.document_code in texts
    # each label heads its value in the structure tree: one TH and one TD a pair
    kinds = [cell.role for row in table.children for cell in row.children]
    assert kinds.count("TH") == kinds.count("TD") == 4
    if shape == (3, 4):  # a date's value spans the three columns after its label
        assert [texts[0], texts[2]] == ["Edition", "Document code"]
        spans = [row.children[-1].attributes for row in table.children[1:]]
        assert spans == [{"Table": {"ColSpan": 3}}] * 2
    if width is not None:
        assert details.wrap(width, 1000)[0] <= width
    if shape == (2, 4):  # the pairs stand apart: two ems at least after the first values
        from reportlab.pdfbase.pdfmetrics import stringWidth

        values = [row[1][0] if isinstance(row[1], (list, tuple)) else row[1] for row in rows]
        size = values[0].style.fontSize
        longest = max(stringWidth(v.getPlainText(), v.style.fontName, size) for v in values)
        assert details._colWidths[1] - longest >= 2 * size
