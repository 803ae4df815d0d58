"""Layout seeds: one pass when a seed is right, and the same bytes whatever the seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from booklet.model.editions import edition_stem
from booklet.pipeline import BuildRequest, build, prepare
from booklet.render.document import render_pdf
from booklet.render.seeds import KIND, SEEDS, Seed, SeedKeys, Seeds
from booklet.reuse import NO_CACHE_VARIABLE, FolderCache
from booklet.variant.resolve import Project

EDITIONS = [
    pytest.param({}, id="standard"),
    pytest.param({"layout": "large-print", "paper": "a4"}, id="large-print-a4"),
    pytest.param({"brand": "brands/meadow/brand.yaml"}, id="branded"),
    pytest.param({"booklet": True}, id="booklet"),
    pytest.param({"bleed": 8.5, "crop_marks": True}, id="print-shop"),
]


@pytest.fixture
def project_dir(workspace: Path, root: Path) -> Path:
    shutil.copytree(root / "brands", workspace / "brands")
    return workspace


def request(folder: Path, out: str, options: dict[str, object]) -> BuildRequest:
    brand = options.get("brand")
    return BuildRequest(
        folder / "content.yaml",
        str(options.get("layout", "standard")),
        folder / out,
        Project(folder),
        paper=options.get("paper"),  # type: ignore[arg-type]
        brand=folder / str(brand) if brand else None,
        booklet=bool(options.get("booklet", False)),
        bleed=float(options.get("bleed", 0)),  # type: ignore[arg-type]
        crop_marks=bool(options.get("crop_marks", False)),
        format="both",
    )


def files(paths: list[Path]) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in paths}


@pytest.mark.slow
@pytest.mark.parametrize("options", EDITIONS)
def test_a_build_with_seeds_and_caches_gives_the_bytes_of_one_without(
    project_dir: Path, options: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    SEEDS.clear()
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    plain = files(build(request(project_dir, "plain", options)))
    assert not (project_dir / "plain" / ".cache").exists()
    monkeypatch.delenv(NO_CACHE_VARIABLE)
    first = files(build(request(project_dir, "fast", options)))  # no seed yet: seeds it
    again = files(build(request(project_dir, "fast", options)))  # from its own seed
    SEEDS.clear()
    from_disk = files(build(request(project_dir, "fast", options)))  # from the seed file
    assert plain == first == again == from_disk


SIBLINGS = [
    {"brand": "brands/riverside/brand.yaml"},
    {"brand": "brands/meadow/brand.yaml"},
    {},
    {"brand": "brands/meadow/brand.yaml", "paper": "a4"},
    {"brand": "brands/riverside/brand.yaml", "layout": "large-print"},
    {"brand": "brands/riverside/brand.yaml"},
]
"""Editions one worker builds in turn: other clinics' colours and papers, then one again."""


@pytest.mark.slow
def test_editions_built_in_turn_by_one_worker_give_the_bytes_each_gives_alone(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    alone = [files(build(request(project_dir, f"alone-{n}", o))) for n, o in enumerate(SIBLINGS)]
    monkeypatch.delenv(NO_CACHE_VARIABLE)
    in_turn = [files(build(request(project_dir, "worker", options))) for options in SIBLINGS]
    assert in_turn == alone


def test_a_right_seed_lays_out_once_and_a_wrong_one_changes_nothing_but_time(
    project_dir: Path,
) -> None:
    content, variant, fonts = prepare(request(project_dir, "out", {}))
    unseeded = render_pdf(content, variant, fonts)
    assert unseeded.passes >= 2
    right = render_pdf(content, variant, fonts, seed=unseeded.seed)
    assert right.passes == 1 and right.pdf == unseeded.pdf
    entries = tuple((title, page + 5, key) for title, page, key in unseeded.seed.entries)
    wrong = render_pdf(content, variant, fonts, seed=Seed(99, entries, 3))
    assert wrong.pdf == unseeded.pdf and wrong.seed == unseeded.seed


def test_a_folded_booklets_seed_holds_its_blank_pages(project_dir: Path) -> None:
    content, variant, fonts = prepare(request(project_dir, "out", {"booklet": True}))
    rendered = render_pdf(content, variant, fonts, pages_multiple_of=4)
    assert rendered.pages % 4 == 0
    assert rendered.seed.total == rendered.pages
    again = render_pdf(content, variant, fonts, pages_multiple_of=4, seed=rendered.seed)
    assert again.passes == 1 and again.pdf == rendered.pdf


def test_a_sibling_that_differs_only_in_brand_starts_from_the_others_seed(
    project_dir: Path,
) -> None:
    SEEDS.clear()
    build(request(project_dir, "out", {}))
    branded = request(project_dir, "out", {"brand": "brands/riverside/brand.yaml"})
    content, variant, _ = prepare(branded)
    sibling = edition_stem(content.meta.slug, None, variant.layout.name, variant.paper)
    own = edition_stem(content.meta.slug, "riverside", variant.layout.name, variant.paper)

    found = SEEDS.find(SeedKeys(own=f"{own}:0", sibling=f"{sibling}:0"), None)
    assert found is not None and found.total > 0


@pytest.mark.parametrize(
    "data", [b"", b"{}", b"[1, 2]", b'{"total": "x", "entries": [], "blank_pages": 0}']
)
def test_an_unreadable_seed_file_is_no_seed(data: bytes) -> None:
    assert Seed.from_json(data) is None


def test_a_seed_survives_its_file() -> None:
    seed = Seed(12, (("Key points", 3, "heading-2"), ("Étapes", 5, "heading-4")), 2)
    assert Seed.from_json(seed.to_json()) == seed
    spread = Seed(12, seed.entries, 2, spread_by="notes")
    assert Seed.from_json(spread.to_json()) == spread


def test_an_editions_own_seed_comes_before_its_siblings_and_memory_before_disk(
    tmp_path: Path,
) -> None:
    seeds = Seeds()
    cache = FolderCache(tmp_path)
    keys = SeedKeys(own="topic-clinic-standard-letter:0", sibling="topic-standard-letter:0")
    assert seeds.find(keys, cache) is None
    sibling = Seed(10, (("Steps", 4, "heading-2"),))
    seeds.remember(SeedKeys(own=keys.sibling, sibling=keys.sibling), sibling, cache)
    assert seeds.find(keys, cache) == sibling
    own = Seed(11, (("Steps", 5, "heading-2"),))
    seeds.remember(keys, own, cache)
    assert seeds.find(keys, cache) == own
    on_disk = Seed(12, ())
    cache.write(KIND, keys.own, on_disk.to_json())
    assert seeds.find(keys, cache) == own, "this process's own seed is the freshest"
    seeds.clear()
    assert seeds.find(keys, cache) == on_disk
    assert seeds.find(keys, None) is None


def test_a_seed_on_disk_is_only_ever_a_guess(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path)
    keys = SeedKeys(own="own:0", sibling="sibling:0")
    cache.write(KIND, keys.own, b"not json")
    assert Seeds().find(keys, cache) is None
