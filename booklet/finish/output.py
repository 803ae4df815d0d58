"""Writing finished files so that a reader never sees half of one.

A build that fails, or is interrupted, must leave the previous good PDF in place: we
write a hidden temporary file beside the target and rename it over the target, which
is atomic on the same filesystem.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from booklet.source.errors import BookletError


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BookletError.about_file(path.parent, f"cannot create folder ({error})") from None
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise BookletError.about_file(path, f"cannot write file ({error})") from None
        raise
