"""The build-all manifest as typed records: written, read back, and forgiving of damage."""

from __future__ import annotations

from pathlib import Path

from booklet.publish.manifest import MANIFEST, Entry, FileRecord, read_manifest, write_manifest


def entry(**changes: object) -> Entry:
    fields: dict[str, object] = {
        "fingerprint": "abc",
        "files": [FileRecord(kind="reading", path="a.pdf", bytes=10, pages=2)],
        "thumbnail": "thumbs/a.png",
        "title": "A",
        "subtitle": "",
        "topic": "a",
        "clinic": "",
        "language": "en-US",
        "reviewed": "2026-01-01",
        "variant": "standard",
        "paper": "letter",
        "booklet": False,
    }
    return Entry.model_validate({**fields, **changes})


def test_a_manifest_reads_back_as_written_with_the_same_bytes(tmp_path: Path) -> None:
    manifest = {"b": entry(), "a": entry(fingerprint="def")}
    write_manifest(tmp_path, manifest)
    first = (tmp_path / MANIFEST).read_bytes()
    assert read_manifest(tmp_path) == manifest
    write_manifest(tmp_path, read_manifest(tmp_path))
    assert (tmp_path / MANIFEST).read_bytes() == first
    assert first.index(b'"a"') < first.index(b'"b"')  # sorted keys


def test_a_missing_or_damaged_manifest_counts_as_empty(tmp_path: Path) -> None:
    assert read_manifest(tmp_path) == {}
    (tmp_path / MANIFEST).write_text("{not json")
    assert read_manifest(tmp_path) == {}
    (tmp_path / MANIFEST).write_text('{"a": {"fingerprint": 1}}')
    assert read_manifest(tmp_path) == {}


def test_an_entry_knows_whether_its_files_are_still_there(tmp_path: Path) -> None:
    record = entry()
    assert not record.exists_in(tmp_path)
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "thumbs").mkdir()
    (tmp_path / "thumbs" / "a.png").write_bytes(b"png")
    assert record.exists_in(tmp_path)
    assert record.reading.path == "a.pdf"
