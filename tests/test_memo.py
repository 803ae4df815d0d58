"""What a worker keeps between editions: kept while current, dropped at capacity, never leaked."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from booklet.memo import Memo, folder_stamp, stamp
from booklet.pipeline import BuildRequest, prepare
from booklet.reuse import NO_CACHE_VARIABLE
from booklet.source.yamlsource import load_yaml
from booklet.variant.resolve import Project


class Maker:
    """A ``make`` for a memo that counts its calls and gives a new object each time."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> list[int]:
        self.calls += 1
        return [self.calls]


def test_a_kept_result_is_the_same_object_and_is_made_once() -> None:
    memo: Memo[list[int]] = Memo(4)
    make = Maker()
    first = memo.get("key", make)
    assert memo.get("key", make) is first
    assert make.calls == 1


def test_at_capacity_the_least_recently_used_result_is_dropped() -> None:
    memo: Memo[list[int]] = Memo(2)
    make = Maker()
    a = memo.get("a", make)
    memo.get("b", make)
    assert memo.get("a", make) is a  # a is now the most recently used
    memo.get("c", make)  # over capacity: b goes, a stays
    assert make.calls == 3
    assert memo.get("a", make) is a
    assert make.calls == 3
    memo.get("b", make)
    assert make.calls == 4, "b should have been dropped and made again"


def test_a_memo_never_holds_more_than_its_size() -> None:
    memo: Memo[list[int]] = Memo(3)
    make = Maker()
    for key in range(10):
        memo.get(key, make)
    for key in (7, 8, 9):
        memo.get(key, make)
    assert make.calls == 10
    memo.get(0, make)
    assert make.calls == 11


def test_with_caches_off_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    memo: Memo[list[int]] = Memo(4)
    make = Maker()
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    first = memo.get("key", make)
    assert memo.get("key", make) is not first
    monkeypatch.delenv(NO_CACHE_VARIABLE)
    assert make.calls == 2
    memo.get("key", make)
    assert make.calls == 3, "nothing made while caches were off may be handed out later"


def test_clear_forgets_everything() -> None:
    memo: Memo[list[int]] = Memo(4)
    make = Maker()
    memo.get("key", make)
    memo.clear()
    memo.get("key", make)
    assert make.calls == 2


def test_a_stamp_changes_with_size_and_modification_time(tmp_path: Path) -> None:
    path = tmp_path / "file.yaml"
    path.write_text("a: 1\n")
    before = stamp([path])
    assert stamp([path]) == before
    path.write_text("a: 12\n")
    grown = stamp([path])
    assert grown != before
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    assert stamp([path]) != grown


def test_a_missing_file_has_a_stamp_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "gone.yaml"
    assert stamp([path]) == ((str(path), -1, -1),)
    path.write_text("")
    assert stamp([path]) != ((str(path), -1, -1),)


def test_a_folders_stamp_covers_its_files_only_in_order(tmp_path: Path) -> None:
    assert folder_stamp(tmp_path / "missing") == ()
    (tmp_path / "b.yaml").write_text("b")
    (tmp_path / "a.yaml").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.yaml").write_text("c")
    names = [Path(path).name for path, _, _ in folder_stamp(tmp_path)]
    assert names == ["a.yaml", "b.yaml"]
    before = folder_stamp(tmp_path)
    (tmp_path / "sub" / "c.yaml").write_text("changed below: not this folder's")
    assert folder_stamp(tmp_path) == before
    (tmp_path / "new.png").write_bytes(b"x")
    assert folder_stamp(tmp_path) != before
    assert [Path(p).name for p, _, _ in folder_stamp(tmp_path, "*.yaml")] == names


def test_a_parsed_file_is_shared_until_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("name: one\n")
    first = load_yaml(path)
    assert load_yaml(path) is first
    path.write_text("name: two\n")  # same size, later modification time
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    changed = load_yaml(path)
    assert changed is not first
    assert changed.data == {"name": "two"}


@pytest.fixture
def branded(workspace: Path, root: Path) -> Path:
    shutil.copytree(root / "brands", workspace / "brands")
    return workspace


def request(folder: Path, brand: str | None = None, paper: str | None = None) -> BuildRequest:
    return BuildRequest(
        folder / "content.yaml",
        "standard",
        folder / "out",
        Project(folder),
        paper=paper,  # type: ignore[arg-type]
        brand=folder / brand if brand else None,
    )


def test_a_prepared_edition_is_reused_and_its_notes_given_each_time(branded: Path) -> None:
    meadow = request(branded, "brands/meadow/brand.yaml")
    first: list[str] = []
    again: list[str] = []
    content, variant, _ = prepare(meadow, first.append)
    assert prepare(meadow, again.append)[0] is content
    assert first and first == again, "the darkened colour's note must be given every time"
    assert variant.brand is not None


def test_an_edited_brand_is_prepared_again(branded: Path) -> None:
    meadow = request(branded, "brands/meadow/brand.yaml")
    content, _, _ = prepare(meadow)
    brand_file = branded / "brands" / "meadow" / "brand.yaml"
    text = brand_file.read_text()
    brand_file.write_text(text.replace("Meadow Lane", "Meadow Lake"))
    status = brand_file.stat()
    os.utime(brand_file, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    content_after, variant_after, _ = prepare(meadow)
    assert content_after is not content
    assert variant_after.brand is not None and "Meadow Lake" in variant_after.brand.brand.name


def test_a_new_logo_beside_the_brand_is_prepared_again(branded: Path) -> None:
    meadow = request(branded, "brands/meadow/brand.yaml")
    _, variant, _ = prepare(meadow)
    assert variant.brand is not None and variant.brand.logo is not None
    logo = branded / "brands" / "meadow" / variant.brand.brand.logo  # type: ignore[operator]
    logo.write_bytes(logo.read_bytes() + b"\n<!-- a new version -->\n")
    _, after, _ = prepare(meadow)
    assert after.brand is not None and after.brand.logo is not None
    assert after.brand.logo.data != variant.brand.logo.data


def test_a_brand_or_paper_never_reaches_another_edition(branded: Path) -> None:
    prepare(request(branded, "brands/meadow/brand.yaml", "a4"))
    prepare(request(branded, "brands/riverside/brand.yaml"))
    content, variant, _ = prepare(request(branded))
    assert variant.brand is None
    assert variant.paper == "letter"
    assert "Meadow" not in content.default_clinic.name
    text = " ".join(text for _, text in content.text_fields())
    assert "Meadow" not in text and "Riverside" not in text
    _, riverside, _ = prepare(request(branded, "brands/riverside/brand.yaml", "a4"))
    assert riverside.brand is not None and riverside.brand.slug == "riverside"
    assert riverside.paper == "a4"
