"""Layout seeds: what the last layout of an edition settled on, so the next lays out once.

"Page X of Y" and the contents page's numbers are only known once the booklet has been
laid out. ReportLab's ``multiBuild`` therefore lays it out, looks at the page count and
the contents, and lays it out again until both stop changing. A *seed* is the settled
answer of an earlier build (the page count, the contents entries and, for a folded
booklet, the blank pages it needed). Starting from a seed, the first pass already has
the right numbers, ``multiBuild`` finds it settled and stops: one pass.

A seed is a guess, never trusted: ``multiBuild`` checks it like any previous pass, and a
wrong seed (the content or the brand changed the pagination) costs one more pass and
gives the same file a build without seeds gives. Seeds come from memory (a worker
remembers every edition it laid out, and an edition that differs only in brand starts
from its sibling's seed) and from a small file per edition in the output folder's
cache (:mod:`booklet.reuse`), so a cold ``booklet build`` into the same folder lays out
once too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from booklet.reuse import FolderCache

KIND = "layout"

SPREAD_BY = ("disclaimer", "notes", "disclaimer+notes")
"""What may move before a two-page form so that it starts on a left-hand page, tried in
this order: the disclaimer's page, the notes' page, both."""

Entry = tuple[str, int, str]
"""One contents entry: title, page and bookmark key."""


@dataclass(frozen=True)
class Seed:
    """What a settled layout found: pages, contents entries, blank pages added."""

    total: int
    entries: tuple[Entry, ...]
    blank_pages: int = 0
    spread_by: str = ""
    """What moved before the forms to lay them open on a spread (one of ``SPREAD_BY``)."""

    def to_json(self) -> bytes:
        data = {
            "total": self.total,
            "entries": self.entries,
            "blank_pages": self.blank_pages,
            "spread_by": self.spread_by,
        }
        return json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Seed | None:
        """The seed in ``data``, or None for anything unexpected (a seed is only a guess)."""
        try:
            raw = json.loads(data)
            entries = tuple((str(t), int(p), str(k)) for t, p, k in raw["entries"])
            spread = raw.get("spread_by") if raw.get("spread_by") in SPREAD_BY else ""
            return cls(int(raw["total"]), entries, int(raw["blank_pages"]), spread)
        except (ValueError, TypeError, KeyError):
            return None


@dataclass(frozen=True)
class SeedKeys:
    """Where to look for an edition's seed: its own, then a sibling's (brand aside)."""

    own: str
    sibling: str


class Seeds:
    """Seeds by key, in memory for this process and, given a folder, on disk too."""

    def __init__(self) -> None:
        self._memory: dict[str, Seed] = {}

    def find(self, keys: SeedKeys, cache: FolderCache | None) -> Seed | None:
        """The best guess for an edition: its own seed, a sibling's, or its file on disk."""
        for key in (keys.own, keys.sibling):
            if key in self._memory:
                return self._memory[key]
        data = cache.read(KIND, keys.own) if cache is not None else None
        return Seed.from_json(data) if data is not None else None

    def remember(self, keys: SeedKeys, seed: Seed, cache: FolderCache | None) -> None:
        """Keep ``seed`` for next time, in memory and, given a folder cache, on disk."""
        self._memory[keys.own] = seed
        self._memory[keys.sibling] = seed
        if cache is not None:
            cache.write(KIND, keys.own, seed.to_json())

    def clear(self) -> None:
        self._memory.clear()


SEEDS = Seeds()
"""This process's seeds: a worker keeps them for every edition it builds."""
