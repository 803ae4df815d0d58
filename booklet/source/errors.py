"""Problems a user can cause, reported as ``FILE:LINE:COL: field: what is wrong (what is valid)``.

Every stage raises :class:`BookletError` for mistakes in its input, so the CLI can print
one line per problem and exit non-zero without a traceback. Anything else is a bug.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one input file, located as precisely as the input allows."""

    file: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class BookletError(Exception):
    """A user mistake (bad content, layout, option or file); carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    @classmethod
    def about_file(cls, path: Path | str, message: str) -> BookletError:
        """A problem with a whole file (missing, unreadable), not with one of its fields."""
        return cls([Problem(str(path), 0, 0, "", message)])
