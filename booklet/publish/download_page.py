"""The download page: every built edition, grouped by clinic and topic, for patients.

A static HTML file with no external assets, so it works from any web server or straight
from disk. Jinja2 escapes everything that came from content and brand files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from babel import Locale
from jinja2 import Environment, PackageLoader, select_autoescape

from booklet.publish.manifest import Entry
from booklet.render.markup import long_date

_ENVIRONMENT = Environment(
    loader=PackageLoader("booklet.publish", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    keep_trailing_newline=True,
)
VARIANT_LABELS = {"standard": "Standard print", "large-print": "Large print"}
PAPER_LABELS = {"letter": "US Letter", "a4": "A4"}
EXTRA_LABELS = {
    "print": "Print file (two pages a side)",
    "instructions": "How to print it",
    "print-shop": "Print-shop file",
    "reading": "Read",
}
UNBRANDED = "All clinics"


@dataclass(frozen=True)
class Link:
    """A further file of an edition (a booklet's print file and its instructions)."""

    href: str
    label: str


@dataclass(frozen=True)
class EditionCard:
    """What the page shows of one edition."""

    entry: Entry
    href: str
    pages: int
    size: str
    variant_label: str
    paper_label: str
    language_label: str
    reviewed_label: str
    extras: list[Link]


@dataclass(frozen=True)
class Topic:
    """One topic's editions for one clinic."""

    title: str
    subtitle: str
    editions: list[EditionCard]


@dataclass(frozen=True)
class ClinicGroup:
    """One clinic's topics (or every clinic's, for unbranded editions)."""

    name: str
    topics: list[Topic]


def render_download_page(entries: list[Entry]) -> str:
    """The page for these manifest entries, in the order given."""
    clinics = []
    by_clinic = sorted(entries, key=lambda entry: entry.clinic)
    for clinic, clinic_entries in groupby(by_clinic, key=lambda entry: entry.clinic):
        topics = []
        for _, topic_entries in groupby(list(clinic_entries), key=lambda entry: entry.topic):
            editions = [_card(entry) for entry in topic_entries]
            first = editions[0].entry
            topics.append(Topic(first.title, first.subtitle, editions))
        clinics.append(ClinicGroup(clinic or UNBRANDED, topics))
    return _ENVIRONMENT.get_template("index.html.j2").render(clinics=clinics)


def _card(entry: Entry) -> EditionCard:
    reading = entry.reading
    return EditionCard(
        entry=entry,
        href=reading.path,
        pages=reading.pages,
        size=_size(reading.bytes),
        variant_label=VARIANT_LABELS.get(entry.variant, entry.variant),
        paper_label=PAPER_LABELS.get(entry.paper, entry.paper),
        language_label=Locale.parse(entry.language, sep="-").get_display_name("en") or "",
        reviewed_label=long_date(date.fromisoformat(entry.reviewed), "en-US"),
        extras=[Link(file.path, EXTRA_LABELS[file.kind]) for file in entry.files[1:]],
    )


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"
