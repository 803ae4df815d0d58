"""Tagged PDF, the capture side: the structure tree and the marked content it points at.

Open-source ReportLab has no tagging API, so booklet does it in two halves. Here, while
the story is built, each piece of real content gets a :class:`Node` of the structure
tree (``H2``, ``P``, ``LI``, ``Figure`` with its alt text...), and when a tagged
flowable draws, it brackets what it draws with a marked-content sequence
(``/P <</MCID 3>> BDC ... EMC``) and the :class:`Tagger` records which page and MCID
belong to which node. :mod:`booklet.finish.structure` then writes the tree into the
file. Anything drawn outside such a sequence (rules, tints, the cover band, tick boxes)
is decoration, and the finishing stage marks it as an artifact.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas

TAGGER_ATTRIBUTE = "_booklet_tagger"
"""Where a tagged document's canvas carries its tagger."""


@dataclass(eq=False)
class Node:
    """One structure element: its standard role, attributes and children, in order."""

    role: str
    alt: str | None = None
    """Alternate text (required for a Figure): what a screen reader says instead."""
    lang: str | None = None
    identifier: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    """Standard attributes under their owner, e.g. ``{"Table": {"Scope": "Row"}}``."""
    children: list[Node] = field(default_factory=list)
    marks: list[tuple[int, int]] = field(default_factory=list)
    """Marked content of this node as drawn: (page index, MCID), in drawing order."""
    annotations: list[tuple[int, int]] = field(default_factory=list)
    """Annotations its content made (a link per line): (page index, place in /Annots)."""

    def add(self, role: str, **options: Any) -> Node:
        """A new child element, placed after the existing ones."""
        child = Node(role, **options)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[Node]:
        """Every node from here down, in reading order, this one first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Tree:
    """A finished structure tree: the document node and the language of the document."""

    root: Node
    language: str


class Tagger:
    """Hands out MCIDs page by page and records them on the nodes they belong to."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self._next_mcid: dict[int, int] = {}
        self._open: list[tuple[Node, int]] = []

    def reset(self) -> None:
        """Forget what an earlier layout pass drew; only the last pass counts."""
        self._next_mcid.clear()
        self._open.clear()
        for node in self.root.walk():
            node.marks.clear()
            node.annotations.clear()

    def begin(self, canvas: Canvas, node: Node) -> None:
        """Open a marked-content sequence for ``node`` on the canvas's current page."""
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        node.marks.append((page, mcid))
        self._open.append((node, _annotation_count(canvas)))
        canvas.addLiteral(f"/{node.role} <</MCID {mcid}>> BDC")

    def end(self, canvas: Canvas) -> None:
        """Close the innermost open sequence, noting the annotations drawn inside it."""
        node, before = self._open.pop()
        page = canvas.getPageNumber() - 1
        node.annotations += [(page, index) for index in range(before, _annotation_count(canvas))]
        canvas.addLiteral("EMC")

    @property
    def inside(self) -> bool:
        """Whether a sequence is open: content drawn now already belongs to a node."""
        return bool(self._open)


def _annotation_count(canvas: Canvas) -> int:
    """How many annotations (links) the canvas's current page has so far."""
    return len(getattr(canvas, "_annotationrefs", []))


def tagger_of(canvas: Canvas) -> Tagger | None:
    """The tagger of a tagged document's canvas; None when drawing untagged sheets."""
    tagger = getattr(canvas, TAGGER_ATTRIBUTE, None)
    return tagger if isinstance(tagger, Tagger) else None


@contextmanager
def marked(canvas: Canvas, node: Node | None) -> Iterator[None]:
    """Bracket what is drawn inside the block as ``node``'s content (if tagging)."""
    tagger = tagger_of(canvas)
    if tagger is None or node is None or tagger.inside:
        yield
        return
    tagger.begin(canvas, node)
    try:
        yield
    finally:
        tagger.end(canvas)


@contextmanager
def artifact(canvas: Canvas, kind: str = "Layout", subtype: str | None = None) -> Iterator[None]:
    """Bracket page furniture (running footers, page numbers) as a typed artifact."""
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    extra = f" /Subtype /{subtype}" if subtype else ""
    canvas.addLiteral(f"/Artifact <</Type /{kind}{extra}>> BDC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")
