"""The back page's QR code: encoded once per target and colour in a worker, drawn the same."""

from __future__ import annotations

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import HexColor

from booklet.render.brand_blocks import qr_drawing
from booklet.reuse import NO_CACHE_VARIABLE

TARGET = "https://riverside.example/foot-care"


def squares(drawing: Drawing) -> list[Rect]:
    (group,) = drawing.contents
    return [shape for shape in group.contents if isinstance(shape, Rect)]


def test_a_qr_code_is_encoded_once_per_target_and_colour() -> None:
    blue, red = HexColor("#0B5394"), HexColor("#990000")
    first = qr_drawing(TARGET, 90, blue, "Helvetica")
    again = qr_drawing(TARGET, 60, blue, "Helvetica")
    assert again.contents[0] is first.contents[0]
    assert (again.width, first.width) == (60, 90)
    other = qr_drawing(TARGET, 90, red, "Helvetica")
    assert other.contents[0] is not first.contents[0]
    assert {str(s.fillColor) for s in squares(other)[1:]} == {str(red)}
    elsewhere = qr_drawing("https://meadow.example", 90, blue, "Helvetica")
    assert len(squares(elsewhere)) != len(squares(first))


def test_a_kept_qr_code_has_the_squares_the_widget_draws() -> None:
    color = HexColor("#38761D")
    widget = QrCodeWidget(TARGET, barLevel="M", barFillColor=color, barBorder=4)
    expected = [(s.x, s.y, s.width, s.height) for s in widget.draw().contents]
    for _ in range(2):
        drawing = qr_drawing(TARGET, 90, color, "Helvetica")
        assert [(s.x, s.y, s.width, s.height) for s in squares(drawing)] == expected
        x0, y0, x1, y1 = widget.getBounds()
        assert tuple(drawing.transform) == (90 / (x1 - x0), 0, 0, 90 / (y1 - y0), 0, 0)


def test_with_caches_off_each_qr_code_is_encoded_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    color = HexColor("#674EA7")
    first = qr_drawing(TARGET, 90, color, "Helvetica")
    assert qr_drawing(TARGET, 90, color, "Helvetica").contents[0] is not first.contents[0]
