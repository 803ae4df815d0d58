"""``label``: text beside the figure, with a leader line to a point."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from booklet.marks.base import Mark, PointRef
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath


class Label(Mark):
    """Words only: the diagram sets them in its label column, with a leader line."""

    kind: ClassVar[str] = "label"
    legend: ClassVar[str] = ""

    text: Text
    at: PointRef

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        yield ("at",), self.at

    def anchor(self) -> PointRef | None:
        return self.at

    def caption(self) -> str | None:
        return self.text
