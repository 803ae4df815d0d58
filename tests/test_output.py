import os
from pathlib import Path

import pytest

from booklet.finish.output import write_atomically


def test_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.pdf"
    write_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [path.name for path in target.parent.iterdir()] == ["a.pdf"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"%PDF-old")

    def broken_replace(source: str, destination: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-old"
    assert [path.name for path in tmp_path.iterdir()] == ["a.pdf"]
