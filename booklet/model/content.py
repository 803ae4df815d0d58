"""The content model: what a booklet says, independent of how it looks.

A content file is YAML validated against these models. Each block and diagram overlay is
a one-key mapping (``- paragraph: ...``, ``- callout: {...}``) so the file reads like an
outline; :class:`OneOf` turns that shape into a validated choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import pydantic
from pydantic import Field, PrivateAttr, StringConstraints, field_validator, model_validator

from booklet.model.views import foot_view, point_problem
from booklet.source import templating
from booklet.source.errors import BookletError, Problem
from booklet.source.validation import StrictModel, explain
from booklet.source.yamlsource import FieldPath, YamlDocument, format_path, load_yaml

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""Non-empty text; may use template placeholders such as ``{{ clinic.name }}``."""

Point = Text | tuple[float, float]
"""A place on a foot diagram: a landmark name, or ``[x, y]`` relative to the foot."""


class OneOf(StrictModel):
    """A mapping that holds exactly one of its fields; the field's name is the kind."""

    @model_validator(mode="before")
    @classmethod
    def _exactly_one_kind(cls, data: Any) -> Any:
        if isinstance(data, dict):
            kinds = [key for key in data if key in cls.model_fields]
            valid = ", ".join(cls.model_fields)
            if not data:
                raise ValueError(f"is empty (valid: one of {valid})")
            if len(kinds) > 1:
                raise ValueError(
                    f"has {' and '.join(kinds)}; each item holds one of them (valid: one of "
                    f"{valid}, each as its own '- ' item)"
                )
        return data

    @property
    def kind(self) -> str:
        """The name of the one field that is set."""
        return next(name for name in type(self).model_fields if getattr(self, name) is not None)

    @property
    def value(self) -> Any:
        """The value of the one field that is set."""
        return getattr(self, self.kind)


class Contact(StrictModel):
    """How patients reach a clinic."""

    phone: Text | None = None
    address: Text | None = None
    website: Text | None = None
    email: Text | None = None
    hours: Text | None = None


class Clinic(Contact):
    """Who hands the booklet out; content templates see it as ``clinic``."""

    name: Text


class Meta(StrictModel):
    """Document facts shown on the cover and back page and written into the PDF."""

    title: Text
    subtitle: Text | None = None
    kicker: Text | None = None
    audience: Text | None = None
    language: str
    edition: Text
    reviewed: date
    next_review: date
    document_code: Text
    publisher: Text
    subject: Text
    keywords: list[Text] = []
    slug: str

    @field_validator("language", mode="before")
    @classmethod
    def _language_tag(cls, value: Any) -> Any:
        if isinstance(value, str) and not re.fullmatch(r"[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?", value):
            raise ValueError(f"{value!r} is not a language tag (valid: e.g. en, en-US, es-MX)")
        return value

    @field_validator("slug", mode="before")
    @classmethod
    def _slug(cls, value: Any) -> Any:
        if isinstance(value, str) and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value):
            raise ValueError(
                f"{value!r} is not a file-name slug (valid: lowercase letters, digits and "
                "single hyphens, e.g. foot-care)"
            )
        return value

    @model_validator(mode="after")
    def _review_dates_in_order(self) -> Meta:
        if self.next_review <= self.reviewed:
            raise ValueError(
                f"next_review ({self.next_review}) must come after reviewed ({self.reviewed})"
            )
        return self


class Labels(StrictModel):
    """Words the layout adds around the content, kept here so a topic can be translated."""

    contents: Text = "Contents"
    page: Text = "Page {page} of {pages}"
    tip: Text = "Tip"
    caution: Text = "Caution"
    step: Text = "Step"
    how_long: Text = "How long"
    edition: Text = "Edition"
    reviewed: Text = "Reviewed"
    next_review: Text = "Next review"
    document_code: Text = "Document code"
    prepared_by: Text = "Prepared by"
    legend: Text = "How to read the pictures"
    legend_stroke: Text = "Stroke in the direction of the arrow"
    legend_circles: Text = "Make small circles with your thumb"
    legend_press: Text = "Press gently here"
    legend_hand: Text = "Put your thumb or hand here"
    legend_rotate: Text = "Turn slowly, as the arrows show"
    legend_hatch: Text = "Cover this whole area"
    legend_avoid: Text = "Not here"
    legend_repeat: Text = "How many times"
    contact_address: Text = "Address"
    contact_phone: Text = "Phone"
    contact_hours: Text = "Hours"
    contact_website: Text = "Website"
    contact_email: Text = "Email"
    scan_qr: Text = "Scan with your phone to visit our web page."
    print_title: Text = "How to print this booklet"
    print_steps: list[Text] = [
        "Print on **both sides** of the paper and choose **flip on short edge**.",
        "Print at **actual size** (100%). Turn off “fit to page” or “shrink”.",
        "Keep the sheets in the order they come out. Fold the stack in half.",
        "Staple twice along the fold, from the outside.",
    ]
    print_fold: Text = "Fold"
    print_staples: Text = "Staples"
    view_sole: Text = "Bottom of the foot"
    view_top: Text = "Top of the foot"
    view_inner: Text = "Inner side of the foot"

    @field_validator("page")
    @classmethod
    def _page_placeholders(cls, value: str) -> str:
        if "{page}" not in value or "{pages}" not in value:
            raise ValueError(
                f"{value!r} must contain {{page}} and {{pages}} (valid: e.g. 'Page {{page}} of "
                "{pages}')"
            )
        return value


class Callout(StrictModel):
    """A boxed aside; its kind is shown by an icon and a label, not by colour alone."""

    kind: Literal["tip", "caution"]
    title: Text | None = None
    text: Text


class Stroke(StrictModel):
    """A stroking motion along a path of two or more points."""

    path: list[Point]
    both_ways: bool = False
    label: Text | None = None

    @field_validator("path")
    @classmethod
    def _two_points(cls, path: list[Any]) -> list[Any]:
        if len(path) < 2:
            raise ValueError(
                f"an arrow needs at least 2 points, got {len(path)} (valid: e.g. [heel, ball])"
            )
        return path


class Spot(StrictModel):
    """A motion or marker at one point: thumb circles, a press, a hand."""

    at: Point
    label: Text | None = None


class Rotate(StrictModel):
    """A turning motion around a point, such as ankle circles."""

    around: Point
    direction: Literal["clockwise", "counterclockwise", "both"] = "clockwise"
    label: Text | None = None


class Label(StrictModel):
    """A text label with a leader line to a point."""

    text: Text
    at: Point


class Hatch(StrictModel):
    """Shading over the whole foot: "this whole area"."""

    label: Text | None = None


class Overlay(OneOf):
    """One mark drawn over a foot view."""

    def points(self) -> Iterator[tuple[FieldPath, Any]]:
        """The places this mark refers to, each with its field path inside the overlay."""
        value = self.value
        if self.kind == "stroke":
            for index, point in enumerate(value.path):
                yield (self.kind, "path", index), point
        elif self.kind == "rotate":
            yield (self.kind, "around"), value.around
        elif self.kind != "hatch":
            yield (self.kind, "at"), value.at

    stroke: Stroke | None = None
    circles: Spot | None = None
    press: Spot | None = None
    hand: Spot | None = None
    rotate: Rotate | None = None
    hatch: Hatch | None = None
    avoid: Spot | None = None
    label: Label | None = None


class Diagram(StrictModel):
    """What a step's illustration shows, as data: a foot view and marks over it."""

    view: Literal["sole", "top", "inner"]
    foot: Literal["right", "left"] = "right"
    alt: Text
    repeat: Text | None = None
    overlays: list[Overlay] = []


class Step(StrictModel):
    """One numbered massage instruction."""

    title: Text
    instruction: Text
    how_long: Text
    diagram: Diagram


class NoteLines(StrictModel):
    """Ruled lines for the reader's own notes; without a count they fill the page."""

    count: Annotated[int, Field(ge=1, le=60)] | None = None


class Block(OneOf):
    """One piece of a section's body; ``fill_in`` lists labels with lines to write on."""

    paragraph: Text | None = None
    bullets: Annotated[list[Text], Field(min_length=1)] | None = None
    callout: Callout | None = None
    checklist: Annotated[list[Text], Field(min_length=1)] | None = None
    steps: Annotated[list[Step], Field(min_length=1)] | None = None
    note_lines: NoteLines | None = None
    fill_in: Annotated[list[Text], Field(min_length=1)] | None = None


class Subsection(StrictModel):
    """A titled part of a section."""

    title: Text
    blocks: list[Block] = []


class Section(StrictModel):
    """A top-level part of the booklet, listed in the contents and the PDF outline."""

    title: Text
    new_page: bool = False
    blocks: list[Block] = []
    subsections: list[Subsection] = []


class Disclaimer(StrictModel):
    """The short form runs in every page footer; the full form closes the booklet."""

    title: Text
    short: Text
    full: Annotated[list[Text], Field(min_length=1)]


class Content(StrictModel):
    """A whole booklet's text, and the file it came from (to locate later problems)."""

    meta: Meta
    default_clinic: Clinic
    labels: Labels = Labels()
    sections: Annotated[list[Section], Field(min_length=1)]
    disclaimer: Disclaimer
    _source: YamlDocument | None = PrivateAttr(default=None)

    def problem(self, path: FieldPath, message: str) -> Problem:
        """A problem found after loading (by a later stage), located in the source file."""
        if self._source is None:
            return Problem("<content>", 0, 0, format_path(path), message)
        return self._source.problem(path, message)

    def steps(self) -> Iterator[Step]:
        """Every massage step, in reading order."""
        for _, step in self.located_steps():
            yield step

    def located_steps(self) -> Iterator[tuple[FieldPath, Step]]:
        """Every step with its field path, for problems found after validation."""
        for section_index, section in enumerate(self.sections):
            parts = [(("sections", section_index), section.blocks)]
            parts += [
                (("sections", section_index, "subsections", index), subsection.blocks)
                for index, subsection in enumerate(section.subsections)
            ]
            for prefix, blocks in parts:
                for block_index, block in enumerate(blocks):
                    for step_index, step in enumerate(block.steps or []):
                        yield (*prefix, "blocks", block_index, "steps", step_index), step

    def text_fields(self) -> Iterator[tuple[FieldPath, str]]:
        """Every piece of text the booklet will print, with its field path."""
        yield from _text_fields(self.model_dump(exclude={"default_clinic"}), ())


def _text_fields(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _text_fields(item, (*path, key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _text_fields(item, (*path, index))
    elif isinstance(value, str):
        yield path, value


def load_content(path: Path, clinic: Clinic | None = None) -> Content:
    """Load, template and validate a content file, reporting every problem at once.

    ``clinic`` is what templates see; without one, the file's own ``default_clinic``
    stands in, so an unbranded booklet still reads naturally.
    """
    document = load_yaml(path)
    if clinic is None:
        clinic = _default_clinic(document.data)
    problems = []
    data = document.data
    if clinic is not None:
        data, problems = templating.render_tree(
            document, {"clinic": clinic.model_dump()}, skip=("default_clinic",)
        )
    try:
        content = Content.model_validate(data)
    except pydantic.ValidationError as error:
        problems += explain(error, document, Content)
    if problems:
        raise BookletError(problems)
    content._source = document
    diagram_problems = [
        content.problem(path, message) for path, message in _diagram_problems(content)
    ]
    if diagram_problems:
        raise BookletError(diagram_problems)
    return content


def _diagram_problems(content: Content) -> Iterator[tuple[FieldPath, str]]:
    """Landmarks and coordinates that do not exist on the view a diagram asks for."""
    for step_path, step in content.located_steps():
        view = foot_view(step.diagram.view, step.diagram.foot)
        for index, overlay in enumerate(step.diagram.overlays):
            for point_path, point in overlay.points():
                message = point_problem(view, point)
                if message:
                    yield (*step_path, "diagram", "overlays", index, *point_path), message


def _default_clinic(data: Any) -> Clinic | None:
    """The file's fallback clinic, or None when it is broken (validation reports why)."""
    if not isinstance(data, dict):
        return None
    try:
        return Clinic.model_validate(data.get("default_clinic"))
    except ValueError:
        return None
