"""The capture side of tagging: structure nodes, MCIDs page by page, artifacts."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from booklet.render.tagging import TAGGER_ATTRIBUTE, Node, Tagger, artifact, marked


def tagged_canvas(root: Node) -> tuple[Canvas, Tagger]:
    canvas = Canvas(io.BytesIO(), invariant=1)
    tagger = Tagger(root)
    setattr(canvas, TAGGER_ATTRIBUTE, tagger)
    return canvas, tagger


def stream(canvas: Canvas) -> str:
    return "\n".join(canvas._code)


def test_each_page_numbers_its_marked_content_from_zero() -> None:
    root = Node("Document")
    first, second, third = root.add("H1"), root.add("P"), root.add("P")
    canvas, _ = tagged_canvas(root)
    for node in (first, second):
        with marked(canvas, node):
            canvas.drawString(10, 10, node.role)
    canvas.showPage()
    with marked(canvas, third):
        canvas.drawString(10, 10, "third")
    assert first.marks == [(0, 0)] and second.marks == [(0, 1)] and third.marks == [(1, 0)]


def test_marked_content_brackets_what_is_drawn() -> None:
    root = Node("Document")
    canvas, _ = tagged_canvas(root)
    with marked(canvas, root.add("P")):
        canvas.drawString(10, 10, "Hello")
    code = stream(canvas)
    assert code.index("/P <</MCID 0>> BDC") < code.index("(Hello) Tj") < code.index("EMC")


def test_content_inside_a_tagged_node_is_not_tagged_again() -> None:
    root = Node("Document")
    outer, inner = root.add("Figure", alt="A picture"), root.add("P")
    canvas, _ = tagged_canvas(root)
    with marked(canvas, outer), marked(canvas, inner):
        canvas.drawString(10, 10, "label inside the picture")
    assert outer.marks == [(0, 0)] and inner.marks == []
    assert stream(canvas).count("BDC") == 1


def test_a_new_layout_pass_forgets_the_last() -> None:
    root = Node("Document")
    child = root.add("P")
    canvas, tagger = tagged_canvas(root)
    with marked(canvas, child):
        canvas.drawString(10, 10, "x")
    tagger.reset()
    assert child.marks == [] and child.annotations == []


def test_links_drawn_inside_a_node_are_remembered() -> None:
    root = Node("Document")
    link = root.add("Link", alt="Key points, page 3")
    canvas, _ = tagged_canvas(root)
    canvas.bookmarkPage("target")
    with marked(canvas, link):
        canvas.linkRect("", "target", (10, 10, 50, 20))
        canvas.linkRect("", "target", (10, 30, 50, 40))
    assert link.annotations == [(0, 0), (0, 1)]


def test_without_a_tagger_nothing_is_marked() -> None:
    canvas = Canvas(io.BytesIO(), invariant=1)
    with marked(canvas, Node("P")), artifact(canvas, "Pagination", "Footer"):
        canvas.drawString(10, 10, "untagged sheet")
    assert "BDC" not in stream(canvas)


def test_page_furniture_is_a_typed_artifact() -> None:
    canvas, _ = tagged_canvas(Node("Document"))
    with artifact(canvas, "Pagination", "Footer"):
        canvas.drawString(10, 10, "Page 1 of 2")
    assert "/Artifact <</Type /Pagination /Subtype /Footer>> BDC" in stream(canvas)
