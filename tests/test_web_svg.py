"""Diagrams as inline SVG: ids of their own, and the PDF's clipping kept."""

from __future__ import annotations

from lxml import etree
from reportlab.graphics.shapes import Drawing, Group, Path, Rect

from booklet.web.svg import inline_svg

SVG = "{http://www.w3.org/2000/svg}"


def window_drawing() -> Drawing:
    """A hand-sized rectangle reaching past a picture's window, clipped to it."""
    window = Path(isClipPath=1, fillColor=None, strokeColor=None)
    window.moveTo(10, 10)
    window.lineTo(60, 10)
    window.lineTo(60, 60)
    window.lineTo(10, 60)
    window.closePath()
    drawing = Drawing(100, 100)
    drawing.add(Group(window, Rect(0, 0, 100, 100)))
    return drawing


def test_a_clipping_path_clips_its_group_on_screen_too() -> None:
    root = etree.fromstring(str(inline_svg(window_drawing(), "figure-4", "A picture")))
    (clip,) = [
        element for element in root.iter(f"{SVG}clipPath") if "window" in element.get("id", "")
    ]
    assert clip.get("id") == next(
        group.get("clip-path")[5:-1] for group in root.iter(f"{SVG}g") if group.get("clip-path")
    )
    (outline,) = list(clip)
    assert outline.get("d", "").startswith("M 10 10")
    # the window's outline is no longer drawn; the rectangle still is
    drawn = [path for path in root.iter(f"{SVG}path") if path.getparent() is not clip]
    assert not any(path.get("d", "").startswith("M 10 10") for path in drawn)
    assert len(list(root.iter(f"{SVG}rect"))) >= 1


def test_ids_are_the_drawing_s_own() -> None:
    root = etree.fromstring(str(inline_svg(window_drawing(), "figure-9", None)))
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert ids and all(ident.startswith("figure-9-") for ident in ids)
    assert root.get("aria-hidden") == "true"
