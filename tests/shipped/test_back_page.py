"""Where the full disclaimer and the "when to call" summary land in every shipped edition.

The back page holds as much as fits of the summary, the full disclaimer, the clinic and
the edition details; the disclaimer that does not fit there closes the reading pages
where it costs no page, else it opens the notes page. Either way a reader finds it
exactly once, after everything it speaks for.
"""

from __future__ import annotations

import pdfplumber
import pikepdf
import pytest
from shipped_builds import (
    EDITIONS,
    edition_id,
    heading_pages,
    page_lines,
    page_of,
    shipped,
    squeeze,
)

from booklet.model.content import Section

pytestmark = pytest.mark.slow


def is_form(section: Section, notes_only: bool = False) -> bool:
    """Whether a section is filled in by the reader: note lines (or a tracker)."""
    return any(
        block.note_lines is not None or (block.tracker is not None and not notes_only)
        for block in section.blocks
    )


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_full_disclaimer_appears_once_after_the_reading(edition) -> None:
    built = shipped(edition)
    content = built.content
    pages = page_lines(built)
    (where,) = heading_pages(built, content.disclaimer.title)
    reading = [part.title for part in content.sections if not is_form(part)]
    assert where >= page_of(pages, reading[-1], 2)[0]
    text = "".join(line for page in pages[where : where + 2] for line in page)
    assert all(squeeze(paragraph)[:60] in text for paragraph in content.disclaimer.full)
    if where == len(pages) - 1:  # on the back page, with a summary above it where one fits
        return
    notes = [part.title for part in content.sections if is_form(part, notes_only=True)]
    if notes:
        notes_page, _ = page_of(pages, notes[0], 2)
        assert where <= notes_page


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_disclaimer_shares_its_pages(edition) -> None:
    # it is set where it costs no page: its first or its last page holds other text, or
    # else the next page is the notes page, whose lines need the whole of their page, or
    # a two-page tracker that it moved onto a left-hand page, to lie open as one spread
    built = shipped(edition)
    content = built.content
    pages = page_lines(built)
    (where,) = heading_pages(built, content.disclaimer.title)
    words = squeeze(content.disclaimer.title) + "".join(
        squeeze(text) for text in content.disclaimer.full
    )
    ending = squeeze(content.disclaimer.full[-1])[-20:]
    last = where if ending in "".join(pages[where]) else where + 1
    others = [line for number in {where, last} for line in pages[number] if line not in words]
    notes = [squeeze(p.title) for p in content.sections if is_form(p, notes_only=True)]
    before_notes = last + 1 < len(pages) and bool(notes) and notes[0] in pages[last + 1]
    trackers = [squeeze(p.title) for p in content.sections if any(b.tracker for b in p.blocks)]
    spread = (
        last + 2 < len(pages)
        and bool(trackers)
        and trackers[0] in pages[last + 1]
        and (last + 2) % 2 == 0  # its checks on a left-hand page (0-based: odd)
        and squeeze(content.labels.tracker_week) in "".join(pages[last + 2])
    )
    assert others or before_notes or spread, f"page {where + 1} holds it alone"


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_back_page_holds_a_summary_where_one_fits(edition) -> None:
    built = shipped(edition)
    content = built.content
    back = "".join(page_lines(built)[-1])
    titles = [squeeze(title) for title, _ in content.summaries()]
    found = [title for title in titles if title in back]
    if edition.variant == "standard":  # a standard page always holds one
        assert found
    for title, items in content.summaries():
        if squeeze(title) in back:
            assert all(squeeze(item) in back for item in items)


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_notes_give_room_to_write(edition) -> None:
    # the notes page and the ruled pages after it hold at least the layout's least
    # number of lines (the notes go on to the next page rather than offer fewer)
    built = shipped(edition)
    notes = [part.title for part in built.content.sections if is_form(part, notes_only=True)]
    pages = page_lines(built)
    start, _ = page_of(pages, notes[0], 2)
    width = built.layout.page.dimensions[0] / 2
    with pdfplumber.open(built.pdf) as pdf:
        ruled = [
            line
            for page in pdf.pages[start:-1]
            for line in page.lines
            if line["x1"] - line["x0"] > width
            and line["top"] < page.height - built.layout.page.margins.bottom
        ]
    assert len(ruled) >= built.layout.spacing.note_lines_least


def panel_behind(page: pdfplumber.page.Page, title: str) -> str | None:
    """The fill colour (#RRGGBB) of the largest rectangle behind ``title``'s first words."""
    (match, *_) = page.search(" ".join(title.split()[:3]), regex=False)
    behind = [
        rect
        for rect in page.rects
        if rect["x0"] <= match["x0"]
        and rect["x1"] >= match["x1"]
        and rect["top"] <= match["top"]
        and rect["bottom"] >= match["bottom"]
        and rect.get("non_stroking_color")
    ]
    if not behind:
        return None
    rect = max(behind, key=lambda item: item["width"] * item["height"])
    red, green, blue = (round(channel * 255) for channel in rect["non_stroking_color"][:3])
    return f"#{red:02X}{green:02X}{blue:02X}"


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_urgent_summary_stands_apart_in_the_caution_colours(edition) -> None:
    built = shipped(edition)
    content = built.content
    colors = built.layout.colors
    with pdfplumber.open(built.pdf) as pdf:
        back = pdf.pages[-1]
        text = squeeze(back.extract_text() or "")
        for title, _ in content.summaries():
            if squeeze(title) not in text:
                continue
            urgent = content.summary_kind(title) == "caution"
            wanted = colors.caution.background if urgent else colors.accent_tint
            assert panel_behind(back, title) == wanted.upper(), title


@pytest.mark.parametrize("edition", [e for e in EDITIONS if e.brand], ids=edition_id)
def test_a_clinic_block_that_gives_way_to_a_second_list_goes_inside(edition) -> None:
    # the back page holds every safety list before the clinic's whole block; where that
    # leaves the block brief, the whole block (note, address, QR code) is set inside
    built = shipped(edition)
    assert built.brand is not None and built.brand.brand.note  # the shipped brands have one
    pages = page_lines(built)
    back = "".join(pages[-1])
    summaries = built.content.summaries()
    note = squeeze(built.brand.brand.note)
    if len(summaries) < 2 or not all(squeeze(title) in back for title, _ in summaries):
        pytest.skip("the back page holds one list at most")
    inside = [number for number, lines in enumerate(pages[:-1]) if note in "".join(lines)]
    assert note in back or len(inside) == 1, inside


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_edition_details_never_open_a_page(edition) -> None:
    # they close the disclaimer, or sit at the foot of the notes page, or the back page;
    # where pages of notes lines pad a folded booklet, at the foot of the last of them
    built = shipped(edition)
    pages = page_lines(built)
    labels = built.content.labels
    code = squeeze(labels.document_code)
    (page,) = [number for number, lines in enumerate(pages) if any(code in x for x in lines)]
    continued = squeeze(labels.continued.replace("{title}", ""))
    if pages[page][0].endswith(continued):  # below the lines of a page the notes go on over
        assert not any(lines[0].endswith(continued) for lines in pages[page + 1 : -1])
        return
    first = pages[page][0]
    assert not first.startswith(squeeze(labels.edition)), f"page {page + 1} opens with them"


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_a_back_page_with_one_list_gives_a_number_to_call(edition) -> None:
    # beside a single safety list there is always room for the phone: the clinic's
    # number in a branded copy, a line to write it on in a plain one
    built = shipped(edition)
    back = "".join(page_lines(built)[-1])
    found = [title for title, _ in built.content.summaries() if squeeze(title) in back]
    if len(found) != 1:
        pytest.skip("the back page holds every list, or none")
    phone = built.brand.brand.contact.phone if built.brand else built.content.labels.contact_phone
    assert phone and squeeze(phone) in back


def spans(pdf) -> list[object]:
    """Every table cell's ``ColSpan`` attribute in the structure tree, as written."""
    found: list[object] = []
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        element = stack.pop()
        kids = element.get("/K")
        if kids is not None:
            stack += [
                kid
                for kid in (kids if isinstance(kids, pikepdf.Array) else [kids])
                if isinstance(kid, pikepdf.Dictionary)
            ]
        owner = element.get("/A")
        if isinstance(owner, pikepdf.Dictionary) and "/ColSpan" in owner:
            found.append(owner.ColSpan)
    return found


def test_large_print_sets_the_edition_beside_its_code_and_the_dates_below() -> None:
    # on a large-print letter page the details take three rows, not four, so the back
    # page holds them with the list and the phone line; each date's value spans its row
    edition = next(e for e in EDITIONS if e.key == "content.yaml|none|large-print|letter|pages")
    built = shipped(edition)
    back = page_lines(built)[-1]
    labels = built.content.labels
    row = squeeze(f"{labels.edition} {built.content.meta.edition} {labels.document_code}")
    assert any(line.startswith(row) for line in back)
    assert squeeze(labels.contact_phone) in back
    with pikepdf.open(built.pdf) as pdf:
        assert [int(span) for span in spans(pdf)] == [3, 3]
