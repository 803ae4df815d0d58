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
EXTRA_LABELS = {"print": "Print file (two pages a side)", "instructions": "How to print it"}
UNBRANDED = "All clinics"


@dataclass(frozen=True)
class Link:
    """A file of an edition: where it is, what it is, and its unique accessible name."""

    href: str
    label: str
    name: str
    """The words a screen reader adds, so every link says what it opens."""


@dataclass(frozen=True)
class EditionCard:
    """What the page shows of one edition."""

    entry: Entry
    read_online: Link | None
    pdf: Link | None
    pages: int
    size: str
    variant_label: str
    paper_label: str
    language_label: str
    reviewed_label: str
    extras: list[Link]
    anchor: str | None = None
    """An id for the first edition in its language, so the page can jump to it."""


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
    anchor: str
    topics: list[Topic]


@dataclass(frozen=True)
class Language:
    """A language the page offers, and where its first edition is."""

    label: str
    anchor: str


def render_download_page(entries: list[Entry]) -> str:
    """The page for these manifest entries, in the order given."""
    clinics = []
    languages: dict[str, Language] = {}
    by_clinic = sorted(entries, key=lambda entry: entry.clinic)
    for number, (clinic, clinic_entries) in enumerate(
        groupby(by_clinic, key=lambda entry: entry.clinic), start=1
    ):
        topics = []
        for _, topic_entries in groupby(list(clinic_entries), key=lambda entry: entry.topic):
            editions = [_card(entry, languages) for entry in topic_entries]
            first = editions[0].entry
            topics.append(Topic(first.title, first.subtitle, editions))
        clinics.append(ClinicGroup(clinic or UNBRANDED, f"clinic-{number}", topics))
    template = _ENVIRONMENT.get_template("index.html.j2")
    return template.render(clinics=clinics, languages=list(languages.values()))


def _card(entry: Entry, languages: dict[str, Language]) -> EditionCard:
    variant = VARIANT_LABELS.get(entry.variant, entry.variant)
    paper = PAPER_LABELS.get(entry.paper, entry.paper)
    language = Locale.parse(entry.language, sep="-").get_display_name("en") or entry.language
    anchor = None
    if entry.language not in languages:
        anchor = f"language-{entry.language.lower()}"
        languages[entry.language] = Language(language, anchor)
    name = ", ".join(
        [entry.title, entry.clinic or UNBRANDED, variant, paper]
        + (["fold-and-staple booklet"] if entry.booklet else [])
    )
    html, pdf = entry.file("html"), entry.file("reading")
    return EditionCard(
        entry=entry,
        read_online=Link(html.path, "Read online", f"{name}, web page") if html else None,
        pdf=Link(pdf.path, "Download PDF", f"{name}, PDF") if pdf else None,
        pages=pdf.pages if pdf else 0,
        size=_size(pdf.bytes) if pdf else "",
        variant_label=variant,
        paper_label=paper,
        language_label=language,
        reviewed_label=long_date(date.fromisoformat(entry.reviewed), "en-US"),
        extras=[
            Link(file.path, EXTRA_LABELS[file.kind], f"{name}, {EXTRA_LABELS[file.kind]}")
            for file in entry.files
            if file.kind in ("print", "instructions")
        ],
        anchor=anchor,
    )


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"
