"""Tagged PDF, the writing side: the structure tree, written into the file with pikepdf.

Rendering recorded a tree of structure elements and, for each, the marked content
(page and MCID) it drew. Here that becomes the PDF's logical structure: a
``StructTreeRoot`` holding the elements in reading order, the parent tree that leads
from each page's marked content back to its element, link annotations tied to their
``Link`` elements with a description, ``/Tabs /S`` and ``/StructParents`` on every
page, and ``/MarkInfo``. Untagged drawing becomes artifacts and font maps are cleaned
(:mod:`.artifacts`, :mod:`.unicode`), so the file can meet PDF/UA-1.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from booklet.finish.artifacts import mark_artifacts
from booklet.finish.unicode import clean_to_unicode
from booklet.render.tagging import Node, Tree


@dataclass
class _Writer:
    """What writing the elements collects: the parent tree, links and identifiers."""

    document: pikepdf.Pdf
    marked: dict[int, dict[int, pikepdf.Object]] = field(default_factory=dict)
    links: list[tuple[Node, pikepdf.Object]] = field(default_factory=list)
    identifiers: list[tuple[str, pikepdf.Object]] = field(default_factory=list)


def tag_pdf(
    pdf: bytes, tree: Tree, finishing: Callable[[pikepdf.Pdf], None] | None = None
) -> bytes:
    """``pdf`` with its structure tree, artifacts and clean font maps (same input, same bytes).

    ``finishing`` changes the document too (dates, metadata) before it is saved once.
    """
    with pikepdf.open(io.BytesIO(pdf)) as document:
        if finishing is not None:
            finishing(document)
        mark_artifacts(document)
        clean_to_unicode(document)
        writer = _Writer(document)
        root = document.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        top = _element(writer, tree.root, root)
        root.K = top if top is not None else Array()
        next_key = _parent_tree(writer, root)
        _tie_links(writer, root, next_key)
        if writer.identifiers:
            names = Array()
            for identifier, element in sorted(writer.identifiers, key=lambda item: item[0]):
                names.extend([String(identifier), element])
            root.IDTree = Dictionary(Names=names)
        document.Root.StructTreeRoot = root
        document.Root.MarkInfo = Dictionary(Marked=True)
        document.Root.Lang = String(tree.language)
        for index, page in enumerate(document.pages):
            page.obj.StructParents = index
            page.obj.Tabs = Name.S
        output = io.BytesIO()
        document.save(
            output,
            deterministic_id=True,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
    return output.getvalue()


def _element(writer: _Writer, node: Node, parent: pikepdf.Object) -> pikepdf.Object | None:
    """The element for ``node`` and those below it; None when nothing of it was drawn."""
    if not any(item.marks for item in node.walk()):
        return None
    document = writer.document
    element = document.make_indirect(
        Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent)
    )
    kids = Array()
    for page, mcid in node.marks:
        kids.append(Dictionary(Type=Name.MCR, Pg=document.pages[page].obj, MCID=mcid))
        writer.marked.setdefault(page, {})[mcid] = element
    for child in node.children:
        kid = _element(writer, child, element)
        if kid is not None:
            kids.append(kid)
    if len(node.marks) == 1 and not node.children and node.role != "Link":
        page, mcid = node.marks[0]  # the compact form: the page on the element, K the MCID
        element.Pg = document.pages[page].obj
        element.K = mcid
    else:
        element.K = kids
    _describe(writer, node, element)
    return element


def _describe(writer: _Writer, node: Node, element: pikepdf.Object) -> None:
    """Alt text, language, identifier and attributes; links are remembered for later."""
    if node.annotations:
        writer.links.append((node, element))
    if node.alt is not None and node.role != "Link":  # a link's goes on its annotations
        element.Alt = String(node.alt)
    if node.lang is not None:
        element.Lang = String(node.lang)
    if node.identifier is not None:
        element.ID = String(node.identifier)
        writer.identifiers.append((node.identifier, element))
    owners = [
        Dictionary({"/O": Name("/" + owner), **{"/" + k: _value(v) for k, v in values.items()}})
        for owner, values in node.attributes.items()
    ]
    if owners:
        element.A = owners[0] if len(owners) == 1 else Array(owners)


def _value(value: object) -> pikepdf.Object | int:
    """An attribute's value: a number as it is (``ColSpan 3``), a word as a name."""
    return value if isinstance(value, int) else Name("/" + str(value))


def _parent_tree(writer: _Writer, root: pikepdf.Object) -> int:
    """Each page's MCIDs back to their elements; returns the next free key."""
    numbers = Array()
    pages = len(writer.document.pages)
    for index in range(pages):
        elements = writer.marked.get(index, {})
        numbers.extend(_items(index, Array([elements[mcid] for mcid in sorted(elements)])))
    root.ParentTree = writer.document.make_indirect(Dictionary(Nums=numbers))
    return pages


def _tie_links(writer: _Writer, root: pikepdf.Object, next_key: int) -> None:
    """Tie each link annotation to the Link element whose text made it, with a description."""
    numbers = root.ParentTree.Nums
    key = next_key
    for node, element in writer.links:
        for page, index in node.annotations:
            page_object = writer.document.pages[page].obj
            annotation = page_object.Annots[index]
            annotation.StructParent = key
            annotation.Contents = String(node.alt or "Link")
            element.K.append(Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page_object))
            numbers.extend(_items(key, element))
            key += 1
    root.ParentTreeNextKey = key


def _items(key: int, value: pikepdf.Object) -> Array:
    """One entry of a number tree: the key and its value."""
    return Array([key, value])
