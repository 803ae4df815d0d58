"""Everything drawn outside tagged content is decoration: mark it as an artifact.

PDF/UA asks that every mark on a page be either real content, tied to the structure
tree, or an artifact that assistive technology skips. Rendering tags the real content
(:mod:`booklet.render.tagging`); what is left at the top level of a page's content
stream (the cover band, tints behind callouts, rules, tick boxes, table lines, the
page's own set-up) is wrapped here in ``/Artifact BMC ... EMC``.
"""

from __future__ import annotations

import pikepdf
from pikepdf import ContentStreamInlineImage, ContentStreamInstruction, Operator

Instruction = ContentStreamInstruction | ContentStreamInlineImage

_OPENERS = {"BDC", "BMC"}
_STATE_ONLY = {"q", "Q", "cm", "w", "J", "j", "M", "d", "ri", "i", "gs"}
"""Operators that paint nothing; a run of only these needs no artifact bracket."""


def mark_artifacts(document: pikepdf.Pdf) -> None:
    """Wrap every untagged run of each page's content in an artifact sequence."""
    for page in document.pages:
        instructions = pikepdf.parse_content_stream(page)
        wrapped = wrap_untagged(instructions)
        page.Contents = document.make_stream(pikepdf.unparse_content_stream(wrapped))


def wrap_untagged(instructions: list[Instruction]) -> list[Instruction]:
    """The instructions with each top-level run outside marked content made an artifact.

    A run is not split inside a text object (an open ``BT``), which must stay whole.
    """
    result: list[Instruction] = []
    run: list[Instruction] = []
    depth = 0
    text_depth = 0  # text objects open in ``run``
    for instruction in instructions:
        operator = _operator(instruction)
        opener = operator in _OPENERS
        if depth == 0 and opener and text_depth <= 0:
            result += _as_artifact(run)
            run = []
            text_depth = 0
        if depth > 0 or opener:
            result.append(instruction)
            depth += 1 if opener else -1 if operator == "EMC" else 0
        else:
            run.append(instruction)
            text_depth += 1 if operator == "BT" else -1 if operator == "ET" else 0
    return result + _as_artifact(run)


def _operator(instruction: Instruction) -> str:
    if isinstance(instruction, ContentStreamInstruction):
        return str(instruction.operator)
    return ""  # an inline image: content like any other


def _as_artifact(run: list[Instruction]) -> list[Instruction]:
    if all(_operator(instruction) in _STATE_ONLY for instruction in run):
        return run
    begin = ContentStreamInstruction([pikepdf.Name.Artifact], Operator("BMC"))
    end = ContentStreamInstruction([], Operator("EMC"))
    return [begin, *run, end]
