import shutil
from pathlib import Path

import pytest

from booklet.model.brand import load_brand
from booklet.source.errors import BookletError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def brand_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic"
    shutil.copytree(ROOT / "brands" / "riverside", folder)
    return folder


def write(folder: Path, text: str) -> Path:
    path = folder / "brand.yaml"
    path.write_text(text)
    return path


def problem(path: Path) -> str:
    with pytest.raises(BookletError) as caught:
        load_brand(path)
    (only,) = caught.value.problems
    return str(only)


def test_sample_brands_load() -> None:
    riverside = load_brand(ROOT / "brands" / "riverside" / "brand.yaml")
    assert riverside.slug == "riverside"
    assert riverside.logo.kind == "PNG"
    assert riverside.brand.qr_target == "https://riverside.example/foot-care"
    meadow = load_brand(ROOT / "brands" / "meadow" / "brand.yaml")
    assert meadow.logo.kind == "SVG" and meadow.logo.size == (240, 120)
    assert meadow.brand.qr_target == "https://meadowlane.example"


def test_only_the_name_is_required(brand_dir: Path) -> None:
    loaded = load_brand(write(brand_dir, "name: Small Clinic\n"))
    assert loaded.brand.clinic().name == "Small Clinic"
    assert loaded.logo is None and loaded.brand.qr_target is None
    assert problem(write(brand_dir, "logo: logo.png\nlogo_alt: A logo\n")).endswith(
        "brand.yaml:1:1: name: required field is missing"
    )


def test_headings_and_running_text_use_the_short_name(brand_dir: Path) -> None:
    from booklet.model.content import load_content

    content_file = ROOT / "content.yaml"
    brand = load_brand(write(brand_dir, "name: Long Name Community Clinic\nshort_name: Long\n"))
    content = load_content(content_file, brand.brand.clinic())
    titles = [sub.title for section in content.sections for sub in section.subsections]
    assert "Call Long today if you notice" in titles
    assert content.meta.publisher == "Long Name Community Clinic"  # the full name
    # without a short name, the name stands in
    plain = load_brand(write(brand_dir, "name: Long Name Community Clinic\n"))
    titles = [
        sub.title
        for section in load_content(content_file, plain.brand.clinic()).sections
        for sub in section.subsections
    ]
    assert "Call Long Name Community Clinic today if you notice" in titles


BRAND_IN_TWO_LANGUAGES = """\
name: Long Name Community Clinic
short_name: Long
note: Bring this booklet.
contact: {phone: "(555) 010-0000", hours: Mon-Fri 8-5}
languages:
  es:
    short_name: Clínica Long
    note: Traiga este folleto.
    contact: {hours: Lun-Vie 8-5}
  es-MX:
    note: Traiga este folleto, por favor.
"""


def test_a_brand_speaks_the_booklets_language(brand_dir: Path) -> None:
    brand = load_brand(write(brand_dir, BRAND_IN_TWO_LANGUAGES)).brand
    spanish = brand.in_language("es-US")  # no es-US: the words for es
    assert (spanish.short_name, spanish.note) == ("Clínica Long", "Traiga este folleto.")
    assert (spanish.contact.hours, spanish.contact.phone) == ("Lun-Vie 8-5", "(555) 010-0000")
    assert spanish.name == brand.name  # the clinic's name is its name in every language
    mexican = brand.in_language("es-MX")  # its own words first, nothing else from es
    assert (mexican.note, mexican.short_name) == ("Traiga este folleto, por favor.", "Long")
    assert brand.in_language("en-US") is brand


def test_a_spanish_booklet_takes_the_brands_spanish_words() -> None:
    from booklet.pipeline import BuildRequest, prepare
    from booklet.variant.resolve import Project

    request = BuildRequest(
        ROOT / "topics" / "foot-neuropathy-es" / "content.yaml",
        "standard",
        ROOT / "output",
        Project(ROOT),
        brand=ROOT / "brands" / "riverside" / "brand.yaml",
    )
    content, variant, _ = prepare(request)
    spanish = load_brand(ROOT / "brands" / "riverside" / "brand.yaml").brand.languages["es"]
    assert variant.brand is not None and variant.brand.brand.note == spanish.note
    assert spanish.short_name is not None
    joined = spanish.short_name.replace(" ", "\u00a0")  # one name: never parted at a line end
    assert any(joined in text for _, text in content.text_fields())


def test_a_brands_language_is_a_language_tag(brand_dir: Path) -> None:
    text = "name: A\nlanguages:\n  Spanish: {note: Hola}\n"
    assert "brand.yaml:3:3: languages: 'Spanish' is not a language tag (valid: e.g. es, " in (
        problem(write(brand_dir, text))
    )


def test_unknown_keys_and_bad_colours_are_located(brand_dir: Path) -> None:
    text = "name: A\ncolours:\n  primary: '#123456'\n"
    assert (
        "brand.yaml:2:1: colours: unknown field 'colours' "
        "(valid: name, short_name, logo, logo_alt, colors" in problem(write(brand_dir, text))
    )
    text = "name: A\ncolors:\n  primary: blue\n"
    assert "brand.yaml:3:12: colors.primary: 'blue' is not a colour" in problem(
        write(brand_dir, text)
    )


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        ("../outside.png", "is outside the brand file's folder"),
        ("/etc/hosts.png", "is outside the brand file's folder"),
        ("missing.png", "logo file 'missing.png' not found next to the brand file"),
        ("logo.gif", "'logo.gif' is not a PNG, JPEG or SVG file"),
    ],
)
def test_bad_logo_paths(brand_dir: Path, logo: str, message: str) -> None:
    (brand_dir.parent / "outside.png").write_bytes((brand_dir / "logo.png").read_bytes())
    text = f"name: A\nlogo: {logo}\nlogo_alt: A logo\n"
    found = problem(write(brand_dir, text))
    assert "brand.yaml:2:7: logo:" in found and message in found


def test_symlink_out_of_the_folder_is_refused(brand_dir: Path) -> None:
    secret = brand_dir.parent / "secret.png"
    secret.write_bytes((brand_dir / "logo.png").read_bytes())
    (brand_dir / "link.png").symlink_to(secret)
    assert "is outside the brand file's folder" in problem(
        write(brand_dir, "name: A\nlogo: link.png\nlogo_alt: A logo\n")
    )


def test_corrupt_or_mislabelled_logos(brand_dir: Path) -> None:
    (brand_dir / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    assert "'broken.png' is not a readable PNG image" in problem(
        write(brand_dir, "name: A\nlogo: broken.png\nlogo_alt: A logo\n")
    )
    shutil.copy(brand_dir / "logo.png", brand_dir / "photo.jpg")
    assert "'photo.jpg' is a PNG file, not JPEG" in problem(
        write(brand_dir, "name: A\nlogo: photo.jpg\nlogo_alt: A logo\n")
    )


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            '<image href="file:///etc/passwd" width="10" height="10"/></svg>',
            "refers to another file",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&x;</text></svg>',
            "declares a DTD or entities",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            "<script>alert(1)</script></svg>",
            "contains <script>",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            '<rect style="fill: url(http://example.com/x)" width="5" height="5"/></svg>',
            "refers to another file",
        ),
        ("<svg", "is not a readable SVG"),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>',
            "has no size",
        ),
    ],
)
def test_unsafe_or_broken_svg_logos(brand_dir: Path, svg: str, message: str) -> None:
    (brand_dir / "logo.svg").write_text(svg)
    assert message in problem(write(brand_dir, "name: A\nlogo: logo.svg\nlogo_alt: A logo\n"))


def test_a_logo_without_alt_text_is_refused_with_its_location(brand_dir: Path) -> None:
    path = write(brand_dir, "name: A\nlogo: logo.png\n")
    assert problem(path) == (
        f"{path}:2:7: logo: a logo needs alt text for screen readers: add logo_alt (valid: a "
        "short description, e.g. logo_alt: Riverside Clinic logo, a blue wave)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "name: A\ncolors:\n  primary: #1F6F5C\n",
            "brand.yaml:3:11: colors.primary: expected text, got nothing; a # starts a comment "
            "in YAML, so put quotes around the value (valid: e.g. '#1F6F5C')",
            id="unquoted-colour",
        ),
        pytest.param(
            "name: A\ncolors:\n  primary: '#1F6F5C'\naccent: '#E69138'\n",
            "brand.yaml:4:1: accent: unknown field 'accent' (valid: name, short_name, logo, "
            "logo_alt, colors, contact, qr, note, languages; is it indented wrongly? "
            "'accent' belongs under 'colors')",
            id="key-needs-indenting",
        ),
        pytest.param(
            "name: A\ncontact:\n  phone: '1'\n  note: Hello\n",
            "brand.yaml:4:3: contact.note: unknown field 'note' (valid: phone, address, "
            "website, email, hours; is it indented wrongly? 'note' belongs beside 'contact', "
            "not under it)",
            id="key-indented-too-far",
        ),
        pytest.param(
            "name: A\ncolors:\n  primary: '#1F6F5C'\n  use: headings\n",
            "brand.yaml:4:8: colors.use: 'headings' is not valid (valid: cover, everywhere)",
            id="colour-use-unknown",
        ),
        pytest.param(
            "name: " + "A" * 400 + "\n",
            "brand.yaml:1:7: name: is 400 characters long (valid: at most 300 characters)",
            id="name-too-long",
        ),
        pytest.param(
            'name: "A\\u001b[31m"\n',
            "brand.yaml:1:7: name: contains the control character U+001B (valid: text without "
            "control characters; new lines and tabs are fine)",
            id="control-character",
        ),
    ],
)
def test_common_slips_get_a_hint(brand_dir: Path, text: str, expected: str) -> None:
    assert problem(write(brand_dir, text)).endswith(expected)


def test_a_logo_of_too_many_pixels_is_refused_before_it_is_decoded(brand_dir: Path) -> None:
    from PIL import Image

    Image.new("1", (6000, 6000)).save(brand_dir / "huge.png", optimize=True)
    text = "name: A\nlogo: huge.png\nlogo_alt: A logo\n"
    assert problem(write(brand_dir, text)).endswith(
        "brand.yaml:2:7: logo: 'huge.png' is 6000 × 6000 pixels (valid: at most 25,000,000 pixels)"
    )
