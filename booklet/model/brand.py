"""Clinic brands: who hands the booklet out, their logo, colours and contact details.

A brand file is untrusted input (clinics send them in), so its logo must sit inside the
brand file's own folder, must really be a PNG, JPEG or SVG, and an SVG may not reach
for other files, entities or scripts. Anything else is a clear error, never a crash.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from lxml import etree
from PIL import Image, UnidentifiedImageError
from pydantic import field_validator

from booklet.model.content import Clinic, Contact
from booklet.model.layout import Color
from booklet.source.errors import BookletError
from booklet.source.limits import MAX_LOGO_BYTES, MAX_LOGO_PIXELS
from booklet.source.validation import ShortText, StrictModel, Text, validate
from booklet.source.yamlsource import YamlDocument, load_yaml

LOGO_TYPES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".svg": "SVG"}


class BrandColors(StrictModel):
    """The clinic's colours; the tool darkens them where text would be hard to read."""

    primary: Color
    accent: Color | None = None
    use: Literal["cover", "everywhere"] = "cover"
    """Where the clinic's colours go. ``cover`` (a co-brand, not a recolour): the pages
    keep the layout's own colours, and the clinic's colour is the cover band, itself if
    pale, else a tint of it, behind the title in the colour's dark shade, with the accent
    as the stripe under it; the logo marks the rest. ``everywhere``: the clinic's colour
    also takes the headings, step numbers and diagram marks (darkened where text needs it)."""


class BrandWords(StrictModel):
    """A brand's words in another language: what is given replaces the brand's own."""

    short_name: ShortText | None = None
    logo_alt: Text | None = None
    note: Text | None = None
    contact: Contact = Contact()


class Brand(StrictModel):
    """A brand file. Only ``name`` is required.

    ``languages`` gives the brand's words (note, logo description, opening hours...) in
    other languages, by language tag (``es``, or ``es-MX`` before ``es``): a booklet in
    that language uses them in place of the brand's own.
    """

    name: ShortText
    short_name: ShortText | None = None
    """A shorter name for headings and running text; the name if not given."""
    logo: Text | None = None
    logo_alt: Text | None = None
    """What the logo shows, for screen readers; required with a logo."""
    colors: BrandColors | None = None
    contact: Contact = Contact()
    qr: Text | None = None
    note: Text | None = None
    languages: dict[str, BrandWords] = {}

    @field_validator("languages")
    @classmethod
    def _language_tags(cls, value: dict[str, BrandWords]) -> dict[str, BrandWords]:
        for tag in value:
            if not re.fullmatch(r"[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?", tag):
                raise ValueError(f"{tag!r} is not a language tag (valid: e.g. es, es-MX, fr-CA)")
        return value

    @field_validator("logo")
    @classmethod
    def _logo_type(cls, value: str | None) -> str | None:
        if value is not None and Path(value).suffix.lower() not in LOGO_TYPES:
            raise ValueError(f"{value!r} is not a PNG, JPEG or SVG file (valid: .png, .jpg, .svg)")
        return value

    def clinic(self) -> Clinic:
        """What content templates see as ``clinic``; a phone number never breaks a line."""
        contact = self.contact.model_dump()
        if contact["phone"]:
            contact["phone"] = keep_together(contact["phone"])
        return Clinic(name=self.name, short_name=self.short_name, **contact)

    def in_language(self, tag: str) -> Brand:
        """The brand as a booklet in language ``tag`` shows it."""
        words = self.languages.get(tag) or self.languages.get(tag.split("-")[0])
        if words is None:
            return self
        given = words.model_dump(exclude_none=True, exclude={"contact"})
        contact = {**self.contact.model_dump(), **words.contact.model_dump(exclude_none=True)}
        return self.model_copy(update={**given, "contact": Contact(**contact)})

    @property
    def qr_target(self) -> str | None:
        """Where the back-cover QR code leads: ``qr``, or else the website."""
        return self.qr or self.contact.website


def keep_together(text: str) -> str:
    """``text`` with non-breaking spaces, so "(555) 010-2000" stays on one line."""
    return text.replace(" ", "\u00a0")


@dataclass(frozen=True)
class Logo:
    """A checked logo: raster bytes with their pixel size, or SVG bytes."""

    kind: str
    data: bytes
    size: tuple[float, float]


@dataclass(frozen=True)
class LoadedBrand:
    """A validated brand, its file's slug (for output names) and its checked logo."""

    brand: Brand
    slug: str
    logo: Logo | None


def load_brand(path: Path) -> LoadedBrand:
    """Load a brand file and its logo, refusing anything unsafe or unreadable."""
    document = load_yaml(path)
    brand = validate(document, Brand)
    if brand.logo and not brand.logo_alt:
        raise BookletError(
            [
                document.problem(
                    ("logo",),
                    "a logo needs alt text for screen readers: add logo_alt (valid: a short "
                    "description, e.g. logo_alt: Riverside Clinic logo, a blue wave)",
                )
            ]
        )
    logo = _load_logo(document, brand.logo) if brand.logo else None
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    if slug in ("brand", ""):
        slug = re.sub(r"[^a-z0-9]+", "-", path.parent.name.lower()).strip("-") or "brand"
    return LoadedBrand(brand, slug, logo)


def _load_logo(document: YamlDocument, name: str) -> Logo:
    folder = document.path.parent.resolve()
    candidate = (folder / name).resolve()

    def fail(message: str) -> BookletError:
        return BookletError([document.problem(("logo",), message)])

    if Path(name).is_absolute() or not candidate.is_relative_to(folder):
        raise fail(f"{name!r} is outside the brand file's folder (valid: a file next to it)")
    try:
        size = candidate.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise fail(f"{name!r} is {size:,} bytes (valid: at most {MAX_LOGO_BYTES:,} bytes)")
        data = candidate.read_bytes()
    except FileNotFoundError:
        raise fail(f"logo file {name!r} not found next to the brand file") from None
    except OSError as error:
        raise fail(f"cannot read logo {name!r} ({error.strerror})") from None
    kind = LOGO_TYPES[candidate.suffix.lower()]
    if kind == "SVG":
        return Logo("SVG", data, _check_svg(data, name, fail))
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_LOGO_PIXELS:
                raise fail(
                    f"{name!r} is {image.width} × {image.height} pixels (valid: at most "
                    f"{MAX_LOGO_PIXELS:,} pixels)"
                )
            image.load()
            if image.format != kind:
                raise fail(f"{name!r} is a {image.format} file, not {kind}")
            return Logo(kind, data, (float(image.width), float(image.height)))
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise fail(f"{name!r} is not a readable {kind} image") from None


_EXTERNAL = re.compile(r"url\(\s*['\"]?(?!#)", re.IGNORECASE)


def _check_svg(data: bytes, name: str, fail: Any) -> tuple[float, float]:
    """Refuse SVGs that could read other files or expand entities; return their size."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        raise fail(f"{name!r} is not a readable SVG ({error})") from None
    if root.getroottree().docinfo.internalDTD is not None or b"<!ENTITY" in data:
        raise fail(f"{name!r} declares a DTD or entities, which logos may not use")
    if not str(root.tag).endswith("svg"):
        raise fail(f"{name!r} is not an SVG image")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = etree.QName(element).localname
        if tag in ("script", "foreignObject"):
            raise fail(f"{name!r} contains <{tag}>, which logos may not use")
        for attribute, raw in element.attrib.items():
            value = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
            local = etree.QName(attribute).localname
            if local == "href" and not value.startswith(("#", "data:image/")):
                raise fail(
                    f"{name!r} refers to another file ({value!r}); logos must be self-contained"
                )
            if _EXTERNAL.search(value):
                raise fail(f"{name!r} refers to another file; logos must be self-contained")
        if (
            tag == "style"
            and element.text
            and ("@import" in element.text or _EXTERNAL.search(element.text))
        ):
            raise fail(f"{name!r} imports styles from another file")
    width, height = _svg_size(root)
    if width <= 0 or height <= 0:
        raise fail(f"{name!r} has no size (valid: a width and height or a viewBox)")
    return (width, height)


def _svg_size(root: Any) -> tuple[float, float]:
    box = root.get("viewBox")
    if box:
        parts = [float(value) for value in re.split(r"[\s,]+", box.strip())]
        if len(parts) == 4:
            return (parts[2], parts[3])
    number = re.compile(r"[\d.]+")
    width, height = number.match(root.get("width", "0")), number.match(root.get("height", "0"))
    return (float(width[0]) if width else 0.0, float(height[0]) if height else 0.0)
