"""The words a layout adds around the content ("Contents", "Page 2 of 12", "Tip").

They live in the content file's ``labels`` so that a topic can be translated or
reworded without touching a layout or the code; every field has an English default.
"""

from __future__ import annotations

import re
import string
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import Field, field_validator

from booklet.marks import default_legend, legend_kinds
from booklet.model.lengths import SHEET_FOR_BOOKLET_PAGE
from booklet.source.validation import StrictModel, Text


class Labels(StrictModel):
    """Words the layout adds around the content, kept here so a topic can be translated."""

    contents: Text = "Contents"
    page: Text = "Page {page} of {pages}"
    page_short: Text = "{page} of {pages}"
    """The page number where a narrow footer needs the room (``footer.page_label``)."""
    tip: Text = "Tip"
    caution: Text = "Caution"
    step: Text = "Step"
    how_long: Text = "How long"
    edition: Text = "Edition"
    reviewed: Text = "Reviewed"
    next_review: Text = "Next review"
    document_code: Text = "Document code"
    prepared_by: Text = "Prepared by"
    belongs_to: Text = "This booklet belongs to"
    """A line on the cover for the reader's name, where the cover has room."""
    legend: Text = "How to read the pictures"
    symbols: dict[str, Text] = {}
    """The legend's words for each symbol, by mark kind (and ``repeat``), when the
    marks' own neutral words do not suit the topic."""
    continued: Text = "{title}, continued"
    """The head of a page that the notes, or a safety list, go on over; ``{title}`` is
    their section's title."""
    continues: Text = "Continued on the next page"
    """The last line of a page that a safety list goes on from."""
    close_up: Text = "{view}, close-up"
    """The caption of a close-up; ``{view}`` is the view's own caption."""
    views: dict[str, Text] = {}
    """Captions that replace a view file's own, by view name (for another language)."""
    contact_address: Text = "Address"
    contact_phone: Text = "Phone"
    contact_hours: Text = "Hours"
    contact_website: Text = "Website"
    contact_email: Text = "Email"
    scan_qr: Text = "Scan with your phone to visit our web page."
    print_title: Text = Field(default_factory=lambda: _english("print_title"))
    print_which: Text = Field(default_factory=lambda: _english("print_which"))
    print_sheets: Text = Field(default_factory=lambda: _english("print_sheets"))
    print_settings: Text = Field(default_factory=lambda: _english("print_settings"))
    print_one_sided: Text = Field(default_factory=lambda: _english("print_one_sided"))
    """What to do without a two-sided printer, under the file and its sheets."""
    paper_names: dict[str, Text] = Field(default_factory=lambda: _english("paper_names"))
    """The sheet sizes as a printer's menu names them, by paper (``letter``, ``a4``)."""
    print_choices: list[Text] = Field(default_factory=lambda: _english("print_choices"))
    """The printer settings, each beside a tick box on the printing instructions."""
    print_pictures: list[Text] = Field(default_factory=lambda: _english("print_pictures"))
    """The names of the four pictures: print, stack, fold, staple."""
    print_steps: list[Text] = Field(default_factory=lambda: _english("print_steps"))
    """What to do, one step under each picture."""
    tracker_days: list[Text] = Field(default_factory=lambda: _english("tracker_days"))
    """The seven column headings of the daily check's tracker."""
    tracker_days_short: list[Text] = Field(default_factory=lambda: _english("tracker_days_short"))
    """Shorter day headings, for a page too narrow for ``tracker_days``."""
    tracker_number: Text = Field(default_factory=lambda: _english("tracker_number"))
    tracker_week: Text = Field(default_factory=lambda: _english("tracker_week"))
    tracker_check: Text = Field(default_factory=lambda: _english("tracker_check"))
    skip_to_content: Text = "Skip to the content"
    pdf_version: Text = "This booklet as a PDF, to print"
    checklist_hint: Text = "Your ticks are not saved when you leave the page."
    read_online: Text = "Read online"
    download_pdf: Text = "Download a PDF to print:"
    standard_print: Text = "Standard print"
    large_print: Text = "Large print"
    booklet_form: Text = "fold-and-staple booklet"
    print_file: Text = "Print file (two pages a side)"
    how_to_print: Text = "How to print it"
    pages: Text = "pages"
    web_page: Text = "web page"

    @field_validator("page", "page_short")
    @classmethod
    def _page_placeholders(cls, value: str) -> str:
        """Only ``{page}`` and ``{pages}``, plain: no format specs, which could pad to gigabytes."""
        valid = "(valid: {page} and {pages}, e.g. 'Page {page} of {pages}')"
        try:
            fields = [
                (name, spec, conversion)
                for _, name, spec, conversion in string.Formatter().parse(value)
                if name is not None
            ]
        except ValueError:
            raise ValueError(f"{value!r} has an unmatched {{ or }} {valid}") from None
        for name, spec, conversion in fields:
            if name not in ("page", "pages") or spec or conversion:
                shown = "{" + name + (f"!{conversion}" if conversion else "")
                shown += (f":{spec}" if spec else "") + "}"
                raise ValueError(f"{value!r} uses {shown}, which is not a placeholder {valid}")
        if {name for name, _, _ in fields} != {"page", "pages"}:
            raise ValueError(f"{value!r} must contain {{page}} and {{pages}} {valid}")
        return value

    @field_validator("print_pictures", "print_steps")
    @classmethod
    def _four_pictures(cls, value: list[str]) -> list[str]:
        if len(value) != 4:
            raise ValueError(
                f"has {len(value)} items (valid: 4, one for each picture: print, stack, fold, "
                "staple)"
            )
        return value

    @field_validator("paper_names")
    @classmethod
    def _sheet_sizes(cls, value: dict[str, str]) -> dict[str, str]:
        valid = sorted(set(SHEET_FOR_BOOKLET_PAGE.values()))
        for name in sorted(set(value) - set(valid)):
            raise ValueError(f"{name!r} is not a sheet size (valid: {', '.join(valid)})")
        for name in sorted(set(valid) - set(value)):
            raise ValueError(f"has no name for {name!r} (valid: a name for each of {valid})")
        return value

    @field_validator("tracker_days", "tracker_days_short")
    @classmethod
    def _seven_days(cls, value: list[str]) -> list[str]:
        if len(value) != 7:
            raise ValueError(f"has {len(value)} days (valid: 7, e.g. Mon, Tue, ..., Sun)")
        return value

    @field_validator("symbols")
    @classmethod
    def _symbol_kinds(cls, value: dict[str, str]) -> dict[str, str]:
        valid = legend_kinds()
        for kind in value:
            if kind not in valid:
                raise ValueError(f"{kind!r} is not a legend symbol (valid: {', '.join(valid)})")
        return value

    def print_size(self, variant: str) -> str | None:
        """The words for a shipped type size ("Large print"); None for a layout of one's own."""
        sizes = {"standard": self.standard_print, "large-print": self.large_print}
        return sizes.get(variant.removesuffix("-booklet"))

    def symbol(self, kind: str) -> str:
        """The legend's words for ``kind``."""
        return self.symbols.get(kind) or default_legend(kind)


def label_set(language: str) -> dict[str, Any]:
    """The shipped words for ``language`` (``es-US``, then ``es``); none for English.

    Each set is a file in ``booklet/data/labels/``; a content file's own ``labels`` go
    over it.
    """
    for name in (language, language.split("-")[0]):
        words = _label_file(name)
        if words:
            return dict(words)
    return {}


@cache
def _label_file(name: str) -> dict[str, Any]:
    entry = resources.files("booklet").joinpath(f"data/labels/{name}.yaml")
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?", name) or not entry.is_file():
        return {}
    data = yaml.safe_load(entry.read_text("utf-8"))
    return data if isinstance(data, dict) else {}


def _english(key: str) -> Any:
    """A word from the English label set, the default for every language."""
    return _label_file("en")[key]


def labels_for(language: str) -> Labels:
    """The labels of ``language`` alone, for pages that list editions in many languages."""
    return Labels.model_validate(label_set(language))
