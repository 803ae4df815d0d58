"""Sharding ``build-all`` over several machines, and publishing what the shards built.

``booklet build-all --shard I/N`` builds only the editions of shard I of N and writes
its part of the manifest (``.manifest-I-of-N.json``); ``booklet publish`` merges the
parts into ``.manifest.json`` and writes the download page. Run the N shards anywhere
(a Kubernetes Indexed Job, a CI matrix) into one output folder, then publish once.

An edition's shard comes from a hash of its key (rendezvous hashing: each shard scores
the key and the highest score wins), so it never depends on the other editions: adding
an edition moves no other, and going from N to N+1 shards moves only the editions the
new shard wins, about one in N+1. The hash spreads editions evenly.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from booklet.model.editions import Edition
from booklet.publish.manifest import MANIFEST, Manifest, read_manifest_file

SHARD_PATTERN = re.compile(r"([1-9][0-9]*)/([1-9][0-9]*)")
PART_GLOB = ".manifest-*-of-*.json"
MAX_SHARDS = 10_000


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1 to ``count``) of ``count``."""

    index: int
    count: int

    @property
    def part_name(self) -> str:
        """The file this shard's part of the manifest is written to."""
        return f".manifest-{self.index}-of-{self.count}.json"

    @property
    def lock_name(self) -> str:
        """Shards of one run write different editions, so each has a lock of its own."""
        return f".build-all-{self.index}-of-{self.count}.lock"

    def holds(self, edition: Edition) -> bool:
        """Whether this shard builds ``edition``."""
        return shard_of(edition.key, self.count) == self.index


def parse_shard(text: str) -> Shard:
    """``2/4`` as a shard; raises ValueError with the reason for anything else."""
    valid = f"(valid: I/N with N from 1 to {MAX_SHARDS:,} and I from 1 to N, e.g. 1/4)"
    match = SHARD_PATTERN.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a shard {valid}")
    index, count = int(match[1]), int(match[2])
    if count > MAX_SHARDS:
        raise ValueError(f"{text!r} has too many shards {valid}")
    if index > count:
        raise ValueError(f"{text!r} names shard {index} of only {count} {valid}")
    return Shard(index, count)


def shard_of(key: str, count: int) -> int:
    """The shard (1 to ``count``) an edition key belongs to: the one that scores it highest."""
    scores = [
        (hashlib.sha256(f"{index}\n{key}".encode()).digest(), index)
        for index in range(1, count + 1)
    ]
    return max(scores)[1]


def merged_manifest(out_dir: Path) -> Manifest:
    """The last published manifest with every shard's part over it, parts in name order."""
    manifest = read_manifest_file(out_dir / MANIFEST)
    for part in part_files(out_dir):
        manifest.update(read_manifest_file(part))
    return manifest


def part_files(out_dir: Path) -> list[Path]:
    """The parts of the manifest that shards have written and no publish has merged yet."""
    return sorted(path for path in out_dir.glob(PART_GLOB) if _is_part(path.name))


def _is_part(name: str) -> bool:
    return re.fullmatch(r"\.manifest-[1-9][0-9]*-of-[1-9][0-9]*\.json", name) is not None
