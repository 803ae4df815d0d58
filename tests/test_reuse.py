"""The output folder's cache: a miss is never an error; ``BOOKLET_NO_CACHE=1`` turns it off."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.reuse import (
    CACHE_FOLDER,
    NO_CACHE_VARIABLE,
    FolderCache,
    caches_enabled,
    unchecked_shapes,
)


@pytest.mark.parametrize(
    ("value", "enabled"), [(None, True), ("", True), ("0", True), ("1", False), ("yes", False)]
)
def test_caches_are_on_unless_the_variable_says_otherwise(
    monkeypatch: pytest.MonkeyPatch, value: str | None, enabled: bool
) -> None:
    if value is None:
        monkeypatch.delenv(NO_CACHE_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(NO_CACHE_VARIABLE, value)
    assert caches_enabled() is enabled


def test_a_kept_item_is_read_back_by_kind_and_key(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path)
    assert cache.read("layout", "one") is None
    cache.write("layout", "one", b"first")
    cache.write("layout", "two", b"second")
    cache.write("fonts", "one", b"a font")
    assert cache.read("layout", "one") == b"first"
    assert cache.read("layout", "two") == b"second"
    assert cache.read("fonts", "one") == b"a font"
    assert cache.read("fonts", "two") is None


def test_the_cache_lives_in_a_hidden_folder_of_the_output(tmp_path: Path) -> None:
    FolderCache(tmp_path).write("layout", "a key with / and spaces", b"data")
    (kind,) = (tmp_path / CACHE_FOLDER).iterdir()
    assert kind.name == "layout"
    (item,) = kind.iterdir()
    assert item.read_bytes() == b"data"
    assert "/" not in item.name and " " not in item.name
    assert not [path for path in tmp_path.iterdir() if path.name != CACHE_FOLDER]


def test_a_new_value_replaces_the_old_and_an_unchanged_one_is_not_rewritten(
    tmp_path: Path,
) -> None:
    cache = FolderCache(tmp_path)
    cache.write("layout", "key", b"old")
    cache.write("layout", "key", b"new")
    assert cache.read("layout", "key") == b"new"
    (item,) = (tmp_path / CACHE_FOLDER / "layout").iterdir()
    before = item.stat()
    cache.write("layout", "key", b"new")
    after = item.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_cache_that_cannot_be_written_is_only_a_miss(tmp_path: Path) -> None:
    blocked = tmp_path / "out"
    blocked.mkdir()
    (blocked / CACHE_FOLDER).write_text("a file where the cache folder would go")
    cache = FolderCache(blocked)
    cache.write("layout", "key", b"data")  # no error
    assert cache.read("layout", "key") is None


def test_shape_checks_are_off_only_while_asked_and_come_back_after_an_error() -> None:
    from reportlab import rl_config

    before = rl_config.shapeChecking
    with unchecked_shapes(False):
        assert rl_config.shapeChecking == before
    with pytest.raises(RuntimeError), unchecked_shapes():
        assert not rl_config.shapeChecking
        raise RuntimeError
    assert rl_config.shapeChecking == before
