"""Diagrams as inline SVG: the same vector drawing as the PDF, labelled for screen readers.

ReportLab's SVG renderer writes a stand-alone document; inline in HTML, each drawing
needs its own element ids (several diagrams share one page), no fixed size (CSS sizes
it to the screen), and either ``role="img"`` with its alt text or ``aria-hidden``.
"""

from __future__ import annotations

import re

from lxml import etree
from markupsafe import Markup
from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing

_SVG = "{http://www.w3.org/2000/svg}"
_FACE = re.compile(r"font-family:\s*([^;]+)")
SCREEN_SCALE = 4 / 3 * 1.2
"""A drawing's points as CSS pixels, a little larger than print: labels stay readable."""
FAMILY = "Booklet"
"""The CSS family name of the page's own embedded font."""


def _family(face: str, weights: dict[str, int]) -> str:
    face = face.strip()
    if face in weights:
        return f"font-family: {FAMILY}; font-weight: {weights[face]}"
    return f"font-family: {face}"


def inline_svg(
    drawing: Drawing, ident: str, alt: str | None, weights: dict[str, int] | None = None
) -> Markup:
    """``drawing`` as an ``<svg>`` element; with ``alt`` an image, without it decoration.

    ``weights`` maps the PDF face names the drawing uses to the weight of the page's
    own font family, so labels inside the picture are set in the page's type.
    """
    root = etree.fromstring(renderSVG.drawToString(drawing).encode("utf-8"))
    for element in list(root.iter(f"{_SVG}title", f"{_SVG}desc")):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    for element in root.iter():
        old = element.get("id")
        if old is not None:
            element.set("id", f"{ident}-{old}")
        style = element.get("style")
        if style and "url(#" in style:
            style = style.replace("url(#", f"url(#{ident}-")
        if style and "font-family" in style:
            style = _FACE.sub(lambda match: _family(match[1], weights or {}), style)
        if style is not None:
            element.set("style", style)
    _clip_windows(root, ident)
    width, height = root.get("width"), root.get("height")
    root.set("viewBox", f"0 0 {width} {height}")
    root.set("style", f"max-width: {float(width or 0) * SCREEN_SCALE:.0f}px")
    for attribute in ("width", "height", "version"):
        if attribute in root.attrib:
            del root.attrib[attribute]
    root.set("class", "drawing")
    root.set("focusable", "false")
    if alt is None:
        root.set("aria-hidden", "true")
    else:
        root.set("role", "img")
        root.set("aria-labelledby", f"{ident}-title")
        title = etree.Element(f"{_SVG}title", id=f"{ident}-title")
        title.text = alt
        root.insert(0, title)
    text = etree.tostring(root, encoding="unicode")
    return Markup(re.sub(r"\s*\n\s*", "\n", text))


def _clip_windows(root: etree._Element, ident: str) -> None:
    """Turn each group's clipping path into an SVG ``clipPath``, as the PDF clips.

    ReportLab's SVG renderer writes a clipping path (a picture's window, a close-up's
    rounded frame) as an invisible path and clips nothing, so hands reaching past the
    window would show on screen. Such a path opens its group: no fill and no stroke.
    """
    for number, group in enumerate(list(root.iter(f"{_SVG}g"))):
        children = list(group)
        if not children or children[0].tag != f"{_SVG}path":
            continue
        style = children[0].get("style") or ""
        if "fill: none" not in style or "stroke: none" not in style:
            continue
        window = etree.Element(f"{_SVG}clipPath", id=f"{ident}-window-{number}")
        window.append(children[0])  # moved out of the drawing, into the clip
        group.insert(0, window)
        group.set("clip-path", f"url(#{ident}-window-{number})")
