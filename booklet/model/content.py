"""The content model: what a booklet says, independent of how it looks.

The pictures (step diagrams, the cover's illustration) are modelled in
:mod:`booklet.model.pictures` and re-exported here for the stages that read content.

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
from pydantic import Field, PrivateAttr, field_validator, model_validator

from booklet.model.labels import Labels, label_set
from booklet.model.parts import Clinic, Contact, FillIn, Summary, TrackerCheck
from booklet.model.pictures import (
    CloseUp,
    CoverArt,
    Diagram,
    Inset,
    Overlay,
    Picture,
    picture_problems,
)
from booklet.model.views import Figures, View, load_views
from booklet.source import templating
from booklet.source.errors import BookletError, Problem
from booklet.source.limits import MAX_BLOCKS, MAX_ITEMS, MAX_SECTIONS
from booklet.source.validation import OneOf, ShortText, StrictModel, Text, explain
from booklet.source.yamlsource import FieldPath, YamlDocument, format_path, load_yaml, merge

__all__ = [
    "Clinic",
    "CloseUp",
    "Contact",
    "Content",
    "CoverArt",
    "Diagram",
    "FillIn",
    "Inset",
    "Overlay",
    "Picture",
    "Summary",
    "TrackerCheck",
    "load_content",
]


class ReadingTargets(StrictModel):
    """Plain-language targets ``booklet check`` measures the text against."""

    grade: Annotated[float, Field(ge=1, le=20)] = 6
    """Flesch–Kincaid grade for the whole booklet (English), at most."""
    section_grade: Annotated[float, Field(ge=1, le=20)] = 8
    """Flesch–Kincaid grade for any one section, at most."""
    ease: Annotated[float, Field(ge=0, le=120)] = 70
    """Fernández-Huerta ease for the whole booklet (Spanish), at least."""
    section_ease: Annotated[float, Field(ge=0, le=120)] = 60
    """Fernández-Huerta ease for any one section, at least."""


class Meta(StrictModel):
    """Document facts shown on the cover and back page and written into the PDF."""

    title: ShortText
    subtitle: ShortText | None = None
    kicker: ShortText | None = None
    audience: Text | None = None
    language: str
    edition: Text
    reviewed: date
    next_review: date
    document_code: Text
    publisher: Text
    subject: Text
    keywords: Annotated[list[ShortText], Field(max_length=MAX_ITEMS)] = []
    reading: ReadingTargets = ReadingTargets()
    slug: str

    @field_validator("language", mode="before")
    @classmethod
    def _language_tag(cls, value: Any) -> Any:
        if isinstance(value, str) and not re.fullmatch(r"[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?", value):
            raise ValueError(f"{value!r} is not a language tag (valid: e.g. en, en-US, es-MX)")
        if isinstance(value, str) and not _known_locale(value):
            raise ValueError(
                f"{value!r} is not a language booklet can write dates in (valid: e.g. en-US, "
                "en-GB, es-MX, fr-CA)"
            )
        return value

    @field_validator("slug", mode="before")
    @classmethod
    def _slug(cls, value: Any) -> Any:
        if isinstance(value, str) and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value):
            raise ValueError(
                f"{value!r} is not a file-name slug (valid: lowercase letters, digits and "
                "single hyphens, e.g. patient-guide)"
            )
        return value

    @model_validator(mode="after")
    def _review_dates_in_order(self) -> Meta:
        if self.next_review <= self.reviewed:
            raise ValueError(
                f"next_review ({self.next_review}) must come after reviewed ({self.reviewed})"
            )
        return self


class Callout(StrictModel):
    """A boxed aside; its kind is shown by an icon and a label, not by colour alone."""

    kind: Literal["tip", "caution"]
    title: ShortText | None = None
    text: Text


class Step(StrictModel):
    """One numbered instruction, with a picture if it has one."""

    title: ShortText
    instruction: Text
    how_long: ShortText
    diagram: Diagram | None = None


class NoteLines(StrictModel):
    """Ruled lines for the reader's own notes; without a count they fill the page."""

    count: Annotated[int, Field(ge=1, le=60)] | None = None


class Block(OneOf):
    """One piece of a section's body; ``fill_in`` lists labels with lines to write on."""

    paragraph: Text | None = None
    bullets: Annotated[list[Text], Field(min_length=1, max_length=MAX_ITEMS)] | None = None
    callout: Callout | None = None
    checklist: Annotated[list[Text], Field(min_length=1, max_length=MAX_ITEMS)] | None = None
    tracker: Annotated[list[TrackerCheck], Field(min_length=1, max_length=MAX_ITEMS)] | None = None
    """Checks to tick every day for a week: the days across, the checks down."""
    steps: Annotated[list[Step], Field(min_length=1, max_length=MAX_ITEMS)] | None = None
    note_lines: NoteLines | None = None
    fill_in: Annotated[list[FillIn], Field(min_length=1, max_length=MAX_ITEMS)] | None = None


class Subsection(StrictModel):
    """A titled part of a section."""

    title: ShortText
    blocks: Annotated[list[Block], Field(max_length=MAX_BLOCKS)] = []


class Section(StrictModel):
    """A top-level part of the booklet, listed in the contents and the PDF outline."""

    title: ShortText
    new_page: bool = False
    blocks: Annotated[list[Block], Field(max_length=MAX_BLOCKS)] = []
    subsections: Annotated[list[Subsection], Field(max_length=MAX_BLOCKS)] = []


class Disclaimer(StrictModel):
    """The short form runs in every page footer; the full form closes the booklet.

    ``brief`` is a shorter form still, for layouts whose footer must stay one line
    (large print); without it they use ``short``.
    """

    title: ShortText
    short: Text
    brief: ShortText | None = None
    full: Annotated[list[Text], Field(min_length=1, max_length=MAX_ITEMS)]


class BackPage(StrictModel):
    """What the outside back cover repeats from inside the booklet.

    ``summary`` names sections or subsections by their titles, in order of preference;
    the first whose list fits on the back page (with the clinic's details) is repeated
    there word for word, as the "when to call" summary a reader sees without opening
    the booklet. Staff choose the lists: nothing is written for the back page.
    """

    summary: Annotated[list[Summary], Field(min_length=1, max_length=MAX_ITEMS)]


class Content(StrictModel):
    """A whole booklet's text, and the file it came from (to locate later problems)."""

    meta: Meta
    default_clinic: Clinic
    labels: Labels = Labels()
    cover_art: CoverArt | None = None
    sections: Annotated[list[Section], Field(min_length=1, max_length=MAX_SECTIONS)]
    disclaimer: Disclaimer
    back_page: BackPage | None = None
    _source: YamlDocument | None = PrivateAttr(default=None)
    _figures: Figures = PrivateAttr(default_factory=Figures)

    def view(self, diagram: Picture) -> View:
        """The view a diagram is drawn on, mirrored if it asks to be."""
        view = self._figures.views[diagram.view]
        return view.mirrored() if diagram.mirror else view

    def inset_view(self, diagram: Diagram) -> View | None:
        """The view of a diagram's inset, mirrored if it asks to be; None without one."""
        return None if diagram.inset is None else self.view(diagram.inset)

    def views_used(self) -> dict[str, View]:
        """The views this content's pictures are drawn on, by name, as drawn in their files."""
        pictures: list[Picture] = [*self.diagrams(), *([self.cover_art] if self.cover_art else [])]
        pictures += [d.inset for d in self.diagrams() if d.inset is not None]
        return {picture.view: self._figures.views[picture.view] for picture in pictures}

    @property
    def poses(self) -> dict[str, View]:
        """The hand poses and other props its marks place or show (views, in a mirror)."""
        return self._figures.props()

    @property
    def hand_poses(self) -> dict[str, View]:
        """The hand poses alone, by name (the review sheet's grid of them)."""
        return self._figures.poses

    def caption(self, diagram: Diagram | Inset) -> str:
        """The words under a diagram that name its view: the content's, or the view's own."""
        caption = self.labels.views.get(diagram.view) or self._figures.views[diagram.view].caption
        if not isinstance(diagram, Diagram) or diagram.close_up is None:
            return caption
        return self.labels.close_up.replace("{view}", caption)

    def diagrams(self) -> Iterator[Diagram]:
        """Every step's diagram, in reading order (steps without a picture have none)."""
        for step in self.steps():
            if step.diagram is not None:
                yield step.diagram

    def summaries(self) -> list[tuple[str, list[str]]]:
        """The back page's candidate summaries: each part it names, with its first list."""
        if self.back_page is None:
            return []
        parts: list[Section | Subsection] = [*self.sections]
        parts += [sub for section in self.sections for sub in section.subsections]
        lists = {
            part.title: bullets[0]
            for part in parts
            if (bullets := [block.bullets for block in part.blocks if block.bullets])
        }
        titles = [entry.title for entry in self.back_page.summary]
        return [(title, lists[title]) for title in titles if title in lists]

    def safety_titles(self) -> set[str]:
        """The parts whose lists are safety lists, that a reader must see at once.

        Each part the back page names (the "when to call" lists), and every part of a
        section that holds one (a "do not massage if" list beside them).
        """
        named = {title for title, _ in self.summaries()}
        titles = set(named)
        for section in self.sections:
            parts = [section.title, *(sub.title for sub in section.subsections)]
            if named.intersection(parts):
                titles.update(parts)
        return titles

    def summary_kind(self, title: str) -> str | None:
        """The kind of the back page's summary of ``title`` (``caution``, or None)."""
        entries = self.back_page.summary if self.back_page else []
        return next((entry.kind for entry in entries if entry.title == title), None)

    def problem(self, path: FieldPath, message: str) -> Problem:
        """A problem found after loading (by a later stage), located in the source file."""
        if self._source is None:
            return Problem("<content>", 0, 0, format_path(path), message)
        return self._source.problem(path, message)

    def steps(self) -> Iterator[Step]:
        """Every step, in reading order."""
        for _, step in self.located_steps():
            yield step

    def located_steps(self) -> Iterator[tuple[FieldPath, Step]]:
        """Every step with its field path, for problems found after validation."""
        for section_index, section in enumerate(self.sections):
            parts: list[tuple[FieldPath, list[Block]]] = [
                (("sections", section_index), section.blocks)
            ]
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
    problems: list[Problem] = []
    data = document.data
    if clinic is not None:
        data, problems = templating.render_tree(
            document, {"clinic": clinic.template_context()}, skip=("default_clinic",)
        )
    try:
        content = Content.model_validate(_with_language_labels(data))
    except pydantic.ValidationError as error:
        problems += explain(error, document, Content)
    if problems:
        raise BookletError(problems)
    content._source = document
    content._figures = load_views(path.parent)
    pictures: list[tuple[FieldPath, Picture | None]] = [
        ((*step_path, "diagram"), step.diagram) for step_path, step in content.located_steps()
    ]
    pictures.append((("cover_art",), content.cover_art))
    found = picture_problems(pictures, content._figures, list(content.labels.views))
    diagram_problems = [content.problem(path, message) for path, message in found]
    found_titles = {title for title, _ in content.summaries()}
    for index, entry in enumerate(content.back_page.summary if content.back_page else []):
        title = entry.title
        if title not in found_titles:
            diagram_problems.append(
                content.problem(
                    ("back_page", "summary", index),
                    f"no section or subsection titled {title!r} with a list "
                    "(valid: the title of a part of the booklet that has bullets)",
                )
            )
    if diagram_problems:
        raise BookletError(diagram_problems)
    return content


def _with_language_labels(data: Any) -> Any:
    """The content with its language's shipped labels under its own ``labels``."""
    if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
        return data
    language = data["meta"].get("language")
    words = label_set(language) if isinstance(language, str) else {}
    own = data.get("labels")
    if not words or (own is not None and not isinstance(own, dict)):
        return data
    return {**data, "labels": merge(words, own or {})}


def _known_locale(tag: str) -> bool:
    """Whether Babel has the locale, so dates in the booklet can be written in it."""
    from babel import Locale, UnknownLocaleError  # Babel loads only for content files

    try:
        Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        return False
    return True


def _default_clinic(data: Any) -> Clinic | None:
    """The file's fallback clinic, or None when it is broken (validation reports why)."""
    if not isinstance(data, dict):
        return None
    try:
        return Clinic.model_validate(data.get("default_clinic"))
    except ValueError:
        return None
