"""The build-all manifest: what each edition's last good build wrote, and from what.

``output/.manifest.json`` maps each edition's key to one :class:`Entry`. A rerun compares
fingerprints with it to skip what has not changed, and the download page lists from it.
A manifest that cannot be read (deleted, edited by hand, from an older version) counts
as empty: the next run simply rebuilds everything.
"""

from __future__ import annotations

import json
from pathlib import Path

import pydantic
from pydantic import BaseModel, ConfigDict

from booklet.finish.output import write_atomically
from booklet.model.editions import OutputRole

MANIFEST = ".manifest.json"


class FileRecord(BaseModel):
    """One file an edition wrote, by its role."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: OutputRole
    path: str
    """Relative to the output folder, with forward slashes (it is also the page's link)."""
    bytes: int
    pages: int


class Entry(BaseModel):
    """One edition's last good build."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str
    files: list[FileRecord]
    thumbnail: str
    title: str
    subtitle: str
    topic: str
    clinic: str
    language: str
    reviewed: str
    variant: str
    paper: str
    booklet: bool

    @property
    def reading(self) -> FileRecord:
        """The main file: the reading PDF, or the HTML edition when no PDF was made."""
        return self.files[0]

    def file(self, kind: OutputRole) -> FileRecord | None:
        """The file of that role, if the edition has one."""
        return next((file for file in self.files if file.kind == kind), None)

    def exists_in(self, out_dir: Path) -> bool:
        """Whether every file of this entry, thumbnail included, is still on disk."""
        names = [file.path for file in self.files] + ([self.thumbnail] if self.thumbnail else [])
        return all((out_dir / name).is_file() for name in names)


Manifest = dict[str, Entry]

_MANIFEST = pydantic.TypeAdapter(Manifest)


def read_manifest(out_dir: Path) -> Manifest:
    """The manifest in ``out_dir``, or an empty one if it is missing or unreadable."""
    return read_manifest_file(out_dir / MANIFEST)


def read_manifest_file(path: Path) -> Manifest:
    """The manifest (or a shard's part of one) in ``path``; empty if missing or unreadable."""
    try:
        return _MANIFEST.validate_json(path.read_bytes())
    except (OSError, ValueError):
        return {}


def write_manifest(out_dir: Path, manifest: Manifest, name: str = MANIFEST) -> None:
    """Write the manifest (or a part, by ``name``) atomically; sorted, so reruns match."""
    data = {key: entry.model_dump() for key, entry in manifest.items()}
    write_atomically(out_dir / name, json.dumps(data, indent=1, sort_keys=True).encode())
