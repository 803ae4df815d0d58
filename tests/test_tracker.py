"""The daily check as a 7-day tracker: a real table in the PDF and on the web page."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from lxml import html as lxml_html
from pagefill import page_fills
from pdfcheck import normalise
from reportlab.platypus import Spacer

from booklet.model.content import Content, load_content
from booklet.model.layout import load_layout, resolve_layout
from booklet.model.layout_parts import Pagination
from booklet.pipeline import BuildRequest, build
from booklet.render.tracker import _chain_to_grid
from booklet.variant.resolve import Project

ROOT = Path(__file__).resolve().parent.parent
SPANISH = ROOT / "topics" / "foot-neuropathy-es" / "content.yaml"


def checks(content: Content) -> list[str]:
    (tracker,) = [
        block.tracker for part in content.sections for block in part.blocks if block.tracker
    ]
    return [check.text for check in tracker]


def walk(elements: list[dict]):
    for element in elements:
        yield element
        yield from walk(element.get("children", []))


def cell_text(element: dict, plumber_page_chars: dict[int, str]) -> str:
    ids = [mcid for item in walk([element]) for mcid in item.get("mcids", [])]
    return normalise("".join(plumber_page_chars.get(mcid, "") for mcid in ids))


@pytest.fixture(scope="module", params=["standard", "large-print"])
def built(request, tmp_path_factory, sample: Path, project: Project):
    out_dir = tmp_path_factory.mktemp(request.param)
    paths = build(BuildRequest(sample, request.param, out_dir, project, format="both"))
    return request.param, paths[0], paths[1]


def tracker_tables(pdf) -> list[dict]:
    return [
        element
        for element in walk(pdf.structure_tree)
        if element["type"] == "Table"
        and element["children"][0]["children"][1:]
        and all(cell["type"] == "TH" for cell in element["children"][0]["children"])
        and len(element["children"][0]["children"]) == 8
    ]


def test_the_tracker_is_a_table_of_days_across_and_checks_down(built, sample_content) -> None:
    _, pdf_path, _ = built
    with pdfplumber.open(pdf_path) as pdf:
        (table,) = tracker_tables(pdf)
    header, *rows = table["children"]
    assert [cell.get("attributes", {}).get("Scope") for cell in header["children"]] == [
        "Column"
    ] * 8
    assert len(rows) == len(checks(sample_content))
    for row in rows:
        kinds = [cell["type"] for cell in row["children"]]
        assert kinds == ["TH", *["TD"] * 7]
        assert row["children"][0]["attributes"]["Scope"] == "Row"


def test_the_tracker_has_a_page_of_its_own_and_fills_it(built, sample_content, project) -> None:
    variant, pdf_path, _ = built
    layout = load_layout(resolve_layout(variant, project.layouts_dir))
    margins = layout.page.margins
    fills = page_fills(pdf_path, margins.top, margins.bottom)
    labels = sample_content.labels
    (page,) = [fill for fill in fills if labels.tracker_week in fill.text]
    assert all(day in page.text for day in labels.tracker_days)
    assert page.fill > 0.85  # its rows grow to fill the page, up to three times their height
    other_titles = [part.title for part in sample_content.sections if part.title != "Weekly care"]
    assert not any(title in page.text for title in other_titles)


def test_the_web_page_has_the_tracker_as_a_table_with_a_named_box_per_cell(
    built, sample_content
) -> None:
    _, _, html_path = built
    tree = lxml_html.fromstring(html_path.read_bytes())
    (table,) = tree.xpath("//table[@class='tracker']")
    days = [normalise(cell.text_content()) for cell in table.xpath("./thead//th")]
    assert days == [sample_content.labels.tracker_check, *sample_content.labels.tracker_days]
    rows = table.xpath("./tbody/tr")
    assert [normalise(row.xpath("./th[@scope='row']")[0].text_content()) for row in rows] == [
        normalise(check) for check in checks(sample_content)
    ]
    for row in rows:
        boxes = row.xpath("./td/input[@type='checkbox']")
        assert len(boxes) == 7
        for box in boxes:
            day, check = box.get("aria-labelledby").split()
            assert tree.get_element_by_id(day).text_content() in sample_content.labels.tracker_days
            assert tree.get_element_by_id(check) is row.xpath("./th")[0]


def test_the_day_names_come_from_the_language_label_set(tmp_path: Path, project: Project) -> None:
    paths = build(BuildRequest(SPANISH, "standard", tmp_path, project, format="both"))
    labels = load_content(SPANISH).labels
    assert labels.tracker_days[0] == "Lun"
    with pdfplumber.open(paths[0]) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
    assert " ".join(labels.tracker_days) in normalise(text)
    web = paths[1].read_text()
    assert all(f">{day}</th>" in web for day in labels.tracker_days)


def grid_rows(path: Path, week: str) -> list[str]:
    """The first cell of each of the grid's rows, read off the page with the week line."""
    with pdfplumber.open(path) as pdf:
        page = next(p for p in pdf.pages if week in (p.extract_text() or ""))
        table = page.find_tables()[0].extract()
    return [normalise(row[0] or "") for row in table[1:]]


def test_a_narrow_grid_carries_each_checks_number_and_short_words(tmp_path: Path) -> None:
    # the shipped topic gives each check its short words: on a large-print page the checks
    # are listed above the grid, whose rows carry their numbers and short words
    content_file = ROOT / "content.yaml"
    (pdf,) = build(BuildRequest(content_file, "large-print", tmp_path, Project(ROOT), format="pdf"))
    content = load_content(content_file)
    (tracker,) = [b.tracker for s in content.sections for b in s.blocks if b.tracker]
    expected = [f"{number} {check.short}" for number, check in enumerate(tracker, start=1)]
    assert grid_rows(pdf, content.labels.tracker_week) == expected
    # without short words, only the numbers
    plain = re.sub(r", short: [^}]*\}", "}", content_file.read_text())
    plain = re.sub(r"\n {10,}short: [^\n]*", "", plain)  # a check's, not the disclaimer's
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "content.yaml").write_text(plain)
    (pdf,) = build(
        BuildRequest(bare / "content.yaml", "large-print", bare, Project(ROOT), format="pdf")
    )
    assert grid_rows(pdf, content.labels.tracker_week) == [
        str(n) for n in range(1, len(tracker) + 1)
    ]


@pytest.mark.slow
def test_checks_too_many_to_share_the_grids_page_leave_two_with_it(tmp_path: Path) -> None:
    # on the folded large-print booklet's small page the numbered checks and the grid do
    # not fit one page: the last two go over with the grid, none alone, and the page
    # before holds the rest
    content_file = ROOT / "content.yaml"
    request = BuildRequest(
        content_file, "large-print", tmp_path, Project(ROOT), format="pdf", booklet=True
    )
    reading = build(request)[0]
    content = load_content(content_file)
    (checks_,) = [b.tracker for s in content.sections for b in s.blocks if b.tracker]
    with pdfplumber.open(reading) as pdf:
        texts = [normalise(page.extract_text() or "") for page in pdf.pages]
    week = next(i for i, text in enumerate(texts) if content.labels.tracker_week in text)
    numbered = [f"{n}. {normalise(c.text)[:12]}" for n, c in enumerate(checks_, start=1)]
    on_grid = [item for item in numbered if item in texts[week]]
    before = [item for item in numbered if item in texts[week - 1]]
    assert on_grid == numbered[-2:]
    assert before == numbered[:-2]


@pytest.mark.parametrize(
    ("frame_height", "kept"),
    [
        (400, [1, 1, 1, 1, 1, 1]),  # all share the grid's page: every check leads to the grid
        (200, [1, 0, 0, 0, 1, 0]),  # they cannot: two at the start, the last two together
    ],
    ids=["all-fit", "too-tall"],
)
def test_checks_keep_their_start_and_end_together_where_the_grid_cannot_join_them(
    frame_height: float, kept: list[int]
) -> None:
    key = [Spacer(100, 30) for _ in range(6)]
    _chain_to_grid(key, Spacer(100, 150), (100, frame_height), Pagination(list_start=2))
    assert [item.keepWithNext for item in key] == kept
