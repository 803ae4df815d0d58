"""Small parts of the content model that the brand model shares or that carry data.

The clinic a booklet speaks for (``Clinic``, which a brand file becomes), a fill-in
line that a branded edition may write on, and one "when to call" summary of the back
page, and one check of the week's tracker. They live apart from
:mod:`booklet.model.content` to keep that module readable.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import model_validator

from booklet.source.validation import ShortText, StrictModel, Text


class Contact(StrictModel):
    """How patients reach a clinic."""

    phone: Text | None = None
    address: Text | None = None
    website: Text | None = None
    email: Text | None = None
    hours: Text | None = None


class Clinic(Contact):
    """Who hands the booklet out; content templates see it as ``clinic``."""

    name: ShortText
    short_name: ShortText | None = None
    """A shorter name for headings and running text ("Meadow Lane"); the name if not given."""

    def template_context(self) -> dict[str, Any]:
        """What templates see: every field, ``short_name`` filled in from ``name``.

        A short name given is one name, so its words never part at a line's end ("Call
        Meadow / Lane"): they are joined by no-break spaces.
        """
        short = self.short_name.replace(" ", "\u00a0") if self.short_name else self.name
        return {**self.model_dump(), "short_name": short}


ClinicField = Literal["name", "short_name", "phone", "address", "website", "email", "hours"]
"""What a branded edition can write on a fill-in line for the reader."""


class Shorthand(StrictModel):
    """A model that a bare string may stand for: the string is its ``bare`` field."""

    bare: ClassVar[str]

    @model_validator(mode="before")
    @classmethod
    def _from_bare_string(cls, value: Any) -> Any:
        return {cls.bare: value} if isinstance(value, str) else value


class FillIn(Shorthand):
    """A label with a line to write on; a bare label is short for ``{label: ...}``.

    ``clinic`` names the clinic's detail that a branded edition writes on the line
    (``phone``: the clinic's phone number); an unbranded one leaves the line blank.
    """

    bare: ClassVar[str] = "label"
    label: ShortText
    clinic: ClinicField | None = None

    def value(self, clinic: Clinic | None) -> str | None:
        """What goes on the line for ``clinic`` (the brand's clinic, or None)."""
        if clinic is None or self.clinic is None:
            return None
        found = clinic.template_context()[self.clinic]
        return str(found) if found else None


class Summary(Shorthand):
    """One part the back page may repeat; a bare title is short for ``{title: ...}``.

    ``kind: caution`` marks the urgent one (the emergency signs): its panel takes the
    caution colours and icon, so it stands apart from the others.
    """

    bare: ClassVar[str] = "title"
    title: ShortText
    kind: Literal["caution"] | None = None


class TrackerCheck(Shorthand):
    """One check of a week's tracker; a bare text is short for ``{text: ...}``.

    ``short`` is a few words for the grid's row ("Between toes"), where the page is too
    narrow for the whole check beside seven days: the rows then carry the short words,
    and the whole checks are listed, numbered, above the grid.
    """

    bare: ClassVar[str] = "text"
    text: Text
    short: ShortText | None = None
