"""``booklet serve``: the output folder on localhost, for staff to preview the page."""

from __future__ import annotations

import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from booklet.source.errors import BookletError


def serve(folder: Path, port: int) -> None:
    """Serve ``folder`` on 127.0.0.1 until interrupted (only this machine can reach it)."""
    if not (folder / "index.html").is_file():
        raise BookletError.about_file(
            folder / "index.html", "no download page yet (run `booklet build-all` first)"
        )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as error:
        message = f"cannot serve on port {port} ({error.strerror})"
        raise BookletError.about_file(folder, message) from None
    print(f"http://127.0.0.1:{server.server_port}/", flush=True)
    print("serving; press Ctrl+C to stop", file=sys.stderr)
    with server:
        server.serve_forever()
