"""What a long-lived worker keeps between editions: parsed files and prepared editions.

A worker of ``build-all`` builds many editions of few inputs: the same content file
under many brands, the same layouts and brands on many topics. Parsing a YAML file,
templating and validating a content file or resolving a layout costs milliseconds each
time; here each is done once and reused while its files are unchanged. A key holds the
size and modification time of every file the result was read from, so an edited file
is read again. Results are frozen models, shared, never changed. ``BOOKLET_NO_CACHE=1``
(:mod:`booklet.reuse`) turns this off.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Generic, TypeVar

from booklet.reuse import caches_enabled

T = TypeVar("T")

Stamp = tuple[str, int, int]
"""A file's path, size and modification time; a missing file is (path, -1, -1)."""


def stamp(paths: Iterable[Path]) -> tuple[Stamp, ...]:
    """Stamps of ``paths``, in order: what says a cached result is still current."""
    stamps = []
    for path in paths:
        try:
            status = path.stat()
            stamps.append((str(path), status.st_size, status.st_mtime_ns))
        except OSError:
            stamps.append((str(path), -1, -1))
    return tuple(stamps)


def folder_stamp(folder: Path, pattern: str = "*") -> tuple[Stamp, ...]:
    """Stamps of the files in ``folder`` (not below it), sorted; empty when it is missing."""
    try:
        return stamp(sorted(path for path in folder.glob(pattern) if path.is_file()))
    except OSError:
        return ()


class Memo(Generic[T]):
    """The last ``size`` results by key, least recently used dropped first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[object, T] = OrderedDict()

    def get(self, key: object, make: Callable[[], T]) -> T:
        """The result kept for ``key``, or ``make()``'s, kept (unless caches are off)."""
        if not caches_enabled():
            return make()
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        value = make()
        self._items[key] = value
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        self._items.clear()
