"""Reuse across builds: what one build can hand the next, kept in the output folder.

Two things are worth keeping: a layout's settled numbers (:mod:`booklet.render.seeds`)
and the HTML edition's subset fonts (:mod:`booklet.web.webfonts`). Both live in the
output folder's hidden ``.cache/``, one small file per key, written atomically, so
parallel builds and shards into one folder never clash. A cached item is either checked
before use (a seed) or keyed by everything it is made from (a subset font), so the files
come out the same with the cache or without it; ``BOOKLET_NO_CACHE=1`` turns it off,
together with a worker's reuse of what it already loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from booklet.finish.output import write_atomically
from booklet.source.errors import BookletError

CACHE_FOLDER = ".cache"
NO_CACHE_VARIABLE = "BOOKLET_NO_CACHE"
"""Set to 1 to build without seeds or caches: the same bytes, in more time."""


def caches_enabled() -> bool:
    """Whether reuse across builds is on (``BOOKLET_NO_CACHE=1`` turns it off)."""
    return os.environ.get(NO_CACHE_VARIABLE, "") in ("", "0")


@contextlib.contextmanager
def unchecked_shapes(unchecked: bool = True) -> Iterator[None]:
    """ReportLab's check of every attribute given to a drawing's shapes, off for a while.

    The check (``rl_config.shapeChecking``) is a development aid: it tests each value's
    type and changes none, so the drawing is the same without it, made sooner. A build
    with caches off (``BOOKLET_NO_CACHE=1``) keeps it, and the tests compare the two.
    """
    from reportlab import rl_config

    before = rl_config.shapeChecking
    if unchecked:
        rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = before


class FolderCache:
    """Small files by kind and key under ``out_dir/.cache``; a miss is never an error."""

    def __init__(self, out_dir: Path) -> None:
        self.folder = out_dir / CACHE_FOLDER

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def read(self, kind: str, key: str) -> bytes | None:
        """The bytes kept under ``key``, or None."""
        try:
            return self._path(kind, key).read_bytes()
        except OSError:
            return None

    def write(self, kind: str, key: str, data: bytes) -> None:
        """Keep ``data`` under ``key``; unchanged data is not rewritten, a failure is ignored."""
        if self.read(kind, key) == data:
            return
        with contextlib.suppress(BookletError):
            write_atomically(self._path(kind, key), data)
