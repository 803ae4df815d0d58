"""The download page: every built edition, grouped by clinic and topic, for patients.

A static HTML file with no external assets, so it works from any web server or straight
from disk. Jinja2 escapes everything that came from content and brand files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from babel import Locale
from jinja2 import Environment, PackageLoader, select_autoescape

from booklet.model.editions import OutputRole
from booklet.model.labels import Labels, labels_for
from booklet.publish.manifest import Entry
from booklet.render.markup import long_date
from booklet.web.webfonts import WebFont

_ENVIRONMENT = Environment(
    loader=PackageLoader("booklet.publish", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    keep_trailing_newline=True,
)
VARIANT_ORDER = ["standard", "large-print"]
PAPER_LABELS = {"letter": "US Letter", "a4": "A4"}
UNBRANDED = "General edition (no clinic name)"
EXTRAS: tuple[OutputRole, ...] = ("print", "instructions")


@dataclass(frozen=True)
class Link:
    """A file of an edition: where it is, what it is, and its unique accessible name."""

    href: str
    label: str
    name: str
    """The words a screen reader adds, so every link says what it opens."""


@dataclass(frozen=True)
class EditionCard:
    """One topic for one clinic in one print size: read it online, or pick a PDF."""

    entry: Entry
    variant_label: str
    language_label: str
    reviewed_label: str
    read_online: Link | None
    pdfs: list[Link]
    extras: list[Link]
    words: Labels
    """The fixed words of the card, in the edition's own language."""
    anchor: str | None = None
    """An id for the first edition in its language, so the page can jump to it."""


@dataclass(frozen=True)
class Topic:
    """One topic's editions for one clinic: standard print first, then large print."""

    title: str
    subtitle: str
    editions: list[EditionCard]
    language: str


@dataclass(frozen=True)
class ClinicGroup:
    """One clinic's topics (or the general editions, without a clinic's name)."""

    name: str
    anchor: str
    topics: list[Topic]


@dataclass(frozen=True)
class Language:
    """A language the page offers, and where its first edition is."""

    label: str
    anchor: str


def render_download_page(
    entries: list[Entry], fonts: Callable[[str], list[WebFont]] | None = None
) -> str:
    """The page for these entries: named clinics first, then the general editions.

    Within a clinic, topics are grouped by language. ``fonts`` makes the booklets'
    typeface for the page's text (inside the page, as the HTML editions carry theirs).
    """
    clinics = []
    languages: dict[str, Language] = {}
    by_clinic = sorted(entries, key=lambda entry: (entry.clinic == "", entry.clinic))
    for number, (clinic, clinic_entries) in enumerate(
        groupby(by_clinic, key=lambda entry: entry.clinic), start=1
    ):
        topics = []
        by_topic = sorted(clinic_entries, key=lambda entry: (entry.language, entry.topic))
        for _, topic_entries in groupby(by_topic, key=lambda entry: entry.topic):
            group = list(topic_entries)
            sizes = sorted({entry.variant for entry in group}, key=_variant_order)
            cards = [
                _card([entry for entry in group if entry.variant == size], languages)
                for size in sizes
            ]
            topics.append(Topic(group[0].title, group[0].subtitle, cards, group[0].language))
        clinics.append(ClinicGroup(clinic or UNBRANDED, f"clinic-{number}", topics))
    template = _ENVIRONMENT.get_template("index.html.j2")
    page = template.render(clinics=clinics, languages=list(languages.values()), fonts=[])
    if fonts is None:
        return page
    faces = fonts(page)  # subset to every character the page holds
    return template.render(clinics=clinics, languages=list(languages.values()), fonts=faces)


def _variant_order(variant: str) -> tuple[int, str]:
    order = VARIANT_ORDER
    return (order.index(variant) if variant in order else len(order), variant)


def _card(entries: list[Entry], languages: dict[str, Language]) -> EditionCard:
    """One card for the editions of a topic, clinic and print size (papers, booklets)."""
    entries = sorted(entries, key=lambda entry: (entry.booklet, entry.paper != "letter"))
    first = entries[0]
    words = labels_for(first.language)
    variant = words.print_size(first.variant) or first.variant
    language = Locale.parse(first.language, sep="-").get_display_name("en") or first.language
    anchor = None
    if first.language not in languages:
        anchor = f"language-{first.language.lower()}"
        languages[first.language] = Language(language, anchor)
    name = f"{first.title}, {first.clinic or UNBRANDED}, {variant}"
    html = next((entry.file("html") for entry in entries if entry.file("html")), None)
    pdfs, extras = [], []
    for entry in entries:
        paper = PAPER_LABELS.get(entry.paper, entry.paper)
        form = f"{words.booklet_form}, {paper}" if entry.booklet else paper
        reading = entry.file("reading")
        if reading is not None:
            size = f"{reading.pages}\u00a0{words.pages}, {_size(reading.bytes)}"  # no lone "KB"
            label = f"{form[0].upper()}{form[1:]} ({size})"
            pdfs.append(Link(reading.path, label, f"{name}, PDF, {form}"))
        extra_words = {"print": words.print_file, "instructions": words.how_to_print}
        for kind in EXTRAS:
            extra = entry.file(kind)
            if extra is not None:
                what = extra_words[kind]
                extras.append(Link(extra.path, f"{what}, {form}", f"{name}, {what}, {form}"))
    return EditionCard(
        entry=first,
        variant_label=variant,
        language_label=language,
        reviewed_label=long_date(date.fromisoformat(first.reviewed), first.language),
        read_online=(
            Link(html.path, words.read_online, f"{name}, {words.web_page}") if html else None
        ),
        words=words,
        pdfs=pdfs,
        extras=extras,
        anchor=anchor,
    )


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f}\u00a0MB"
    return f"{round(size / 1000)}\u00a0KB"
