"""The download page: every built edition, grouped by clinic and topic, for patients.

A static HTML file with no external assets, so it works from any web server or straight
from disk. Jinja2 escapes everything that came from content and brand files.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby
from typing import Any

from babel import Locale
from jinja2 import Environment, PackageLoader, select_autoescape

from booklet.render.markup import long_date

_ENVIRONMENT = Environment(
    loader=PackageLoader("booklet.publish", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    keep_trailing_newline=True,
)
VARIANT_LABELS = {"standard": "Standard print", "large-print": "Large print"}
PAPER_LABELS = {"letter": "US Letter", "a4": "A4"}
EXTRA_LABELS = {"print": "Print file (two pages a side)", "instructions": "How to print it"}
UNBRANDED = "All clinics"


def render_download_page(entries: list[dict[str, Any]]) -> str:
    """The page for these manifest entries, in the order given."""
    clinics = []
    by_clinic = sorted(entries, key=lambda entry: entry["clinic"] or "")
    for clinic, clinic_entries in groupby(by_clinic, key=lambda entry: entry["clinic"]):
        topics = []
        for _, topic_entries in groupby(list(clinic_entries), key=lambda entry: entry["topic"]):
            editions = [_edition(entry) for entry in topic_entries]
            first = editions[0]
            topics.append(
                {"title": first["title"], "subtitle": first["subtitle"], "editions": editions}
            )
        clinics.append({"name": clinic or UNBRANDED, "topics": topics})
    return _ENVIRONMENT.get_template("index.html.j2").render(clinics=clinics)


def _edition(entry: dict[str, Any]) -> dict[str, Any]:
    reading = entry["files"][0]
    return {
        **entry,
        "href": reading["path"],
        "pages": reading["pages"],
        "size": _size(reading["bytes"]),
        "variant_label": VARIANT_LABELS.get(entry["variant"], entry["variant"]),
        "paper_label": PAPER_LABELS.get(entry["paper"], entry["paper"]),
        "language_label": Locale.parse(entry["language"], sep="-").get_display_name("en"),
        "reviewed_label": long_date(date.fromisoformat(entry["reviewed"]), "en-US"),
        "extras": [
            {"href": file["path"], "label": EXTRA_LABELS[file["kind"]]}
            for file in entry["files"][1:]
        ],
    }


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"
