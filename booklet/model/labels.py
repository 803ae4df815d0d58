"""The words a layout adds around the content ("Contents", "Page 2 of 12", "Tip").

They live in the content file's ``labels`` so that a topic can be translated or
reworded without touching a layout or the code; every field has an English default.
"""

from __future__ import annotations

import string

from pydantic import field_validator

from booklet.marks import default_legend, legend_kinds
from booklet.source.validation import StrictModel, Text


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
    symbols: dict[str, Text] = {}
    """The legend's words for each symbol, by mark kind (and ``repeat``), when the
    marks' own neutral words do not suit the topic."""
    views: dict[str, Text] = {}
    """Captions that replace a view file's own, by view name (for another language)."""
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
    skip_to_content: Text = "Skip to the content"
    pdf_version: Text = "This booklet as a PDF, to print"
    checklist_hint: Text = "Your ticks are not saved when you leave the page."

    @field_validator("page")
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

    @field_validator("symbols")
    @classmethod
    def _symbol_kinds(cls, value: dict[str, str]) -> dict[str, str]:
        valid = legend_kinds()
        for kind in value:
            if kind not in valid:
                raise ValueError(f"{kind!r} is not a legend symbol (valid: {', '.join(valid)})")
        return value

    def symbol(self, kind: str) -> str:
        """The legend's words for ``kind``."""
        return self.symbols.get(kind) or default_legend(kind)
