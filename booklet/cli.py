"""The ``booklet`` command line.

Paths of files written go to stdout, one per line, so scripts can pipe them; everything
else goes to stderr. A user's mistake prints one line per problem and exits 1, never a
traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from booklet import __version__
from booklet.model.layout import POINTS_PER_UNIT
from booklet.publish.shards import Shard, parse_shard
from booklet.source.errors import BookletError
from booklet.source.limits import MAX_BLEED_MM
from booklet.variant.resolve import Project

if TYPE_CHECKING:
    from booklet.model.content import Content
    from booklet.pipeline import BuildRequest

EXIT_USER_ERROR = 1
MAX_BLEED = MAX_BLEED_MM * POINTS_PER_UNIT["mm"]


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the CLI and return the exit code; output goes to ``stdout`` and ``stderr``.

    Tests call this in-process with string buffers; the ``booklet`` script passes none,
    so the process's own streams are used.
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _parser()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            arguments = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a usage error argparse has printed
        return stop.code if isinstance(stop.code, int) else EXIT_USER_ERROR
    try:
        return _run(parser, arguments, out, err)
    except BookletError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=err)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=err)
        return 130


def _run(
    parser: argparse.ArgumentParser, arguments: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    """Carry out one command."""

    def warn(message: str) -> None:
        print(f"note: {message}", file=err)

    command = arguments.command
    if command in ("build", "diagrams", "check"):
        from booklet.pipeline import build, build_review_sheet, check_edition  # not for build-all

        request = _request(arguments)
        if command == "build":
            for path in build(request, warn):
                print(path, file=out)
        elif command == "diagrams":
            print(build_review_sheet(request, warn), file=out)
        else:
            content, _, _ = check_edition(request, warn)
            return _reading_report(content, arguments.strict, err, arguments.content)
        return 0
    if command == "build-all":
        # layouts/ and fonts/ belong to the project the editions file describes
        project = Project(arguments.editions.parent)
        return _build_all(arguments, project, out, err)
    if command == "publish":
        return _publish(arguments.editions, out, err)
    if command == "serve":
        from booklet.publish.serve import serve

        serve(arguments.out, arguments.port)
        return 0
    parser.print_help(err)
    return EXIT_USER_ERROR


def _reading_report(content: Content, strict: bool, err: TextIO, path: Path) -> int:
    """The reading level of each section; a missed target warns, or fails with --strict."""
    from booklet.model.readability import report

    lines, misses = report(content)
    for line in lines:
        print(f"reading: {line}", file=err)
    for miss in misses:
        print(f"{'error' if strict else 'warning'}: {path}: {miss}", file=err)
    if misses and strict:
        return EXIT_USER_ERROR
    print(f"{path}: OK", file=err)
    return 0


def _request(arguments: argparse.Namespace) -> BuildRequest:
    from booklet.pipeline import BuildRequest

    return BuildRequest(
        arguments.content,
        arguments.layout,
        getattr(arguments, "out", Path("output")),
        Project(arguments.project),
        paper=arguments.paper,
        brand=arguments.brand,
        booklet=getattr(arguments, "booklet", False),
        bleed=getattr(arguments, "bleed", 0.0),
        crop_marks=getattr(arguments, "crop_marks", False),
        format=getattr(arguments, "format", "both"),
    )


def _build_all(arguments: argparse.Namespace, project: Project, out: TextIO, err: TextIO) -> int:
    from booklet.publish.build_all import build_all  # its worker pool and page tools load here

    summary = build_all(
        arguments.editions,
        project,
        jobs=arguments.jobs,
        say=lambda line: print(line, file=err),
        format=arguments.format,
        shard=arguments.shard,
    )
    for outcome in summary.failed:
        for error in outcome.errors:
            print(f"error: {outcome.key}: {error}", file=err)
    print(
        f"{len(summary.built)} built, {len(summary.up_to_date)} up to date, "
        f"{len(summary.failed)} failed",
        file=err,
    )
    if summary.page is not None:
        print(summary.page, file=out)
    return EXIT_USER_ERROR if summary.failed else 0


def _publish(editions: Path, out: TextIO, err: TextIO) -> int:
    from booklet.publish.build_all import publish

    page, missing = publish(editions)
    for key in missing:
        print(f"note: {key}: not built yet, so not on the page", file=err)
    print(page, file=out)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="booklet",
        description="Turn structured patient-education content into print-ready PDF booklets.",
    )
    parser.add_argument("--version", action="version", version=f"booklet {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (
        _build_parser,
        _diagrams_parser,
        _build_all_parser,
        _publish_parser,
        _serve_parser,
        _check_parser,
    ):
        add(commands)
    return parser


Commands = Any  # argparse's subparsers action has no public type


def _build_parser(commands: Commands) -> None:
    build_command = commands.add_parser(
        "build", help="build a booklet PDF", description="Build a booklet PDF into --out."
    )
    _content_option(build_command)
    _layout_option(build_command)
    _out_option(build_command)
    _format_option(build_command)
    build_command.add_argument(
        "--booklet",
        action="store_true",
        help="half-size pages for a folded, stapled booklet; also writes the print file "
        "(two pages a sheet side, in saddle-stitch order) and printing instructions",
    )
    build_command.add_argument(
        "--bleed",
        type=_length,
        default=0.0,
        metavar="LENGTH",
        help="bleed for a print shop, e.g. 3mm or 0.125in (backgrounds run into it)",
    )
    build_command.add_argument(
        "--crop-marks", action="store_true", help="crop marks outside the trim, for a print shop"
    )


def _diagrams_parser(commands: Commands) -> None:
    diagrams_command = commands.add_parser(
        "diagrams",
        help="draw every step diagram onto a review sheet",
        description="Draw every step diagram of a content file onto one PDF, for review.",
    )
    _content_option(diagrams_command)
    _layout_option(diagrams_command)
    _out_option(diagrams_command)


def _build_all_parser(commands: Commands) -> None:
    build_all_command = commands.add_parser(
        "build-all",
        help="build every edition in an editions file, and the download page",
        description="Build every edition listed in an editions file (only those whose "
        "inputs changed), in parallel, then write the download page index.html.",
    )
    _editions_option(build_all_command)
    build_all_command.add_argument(
        "--shard",
        type=_shard,
        default=None,
        metavar="I/N",
        help="build only shard I of N (a stable share of the editions) and write its part "
        "of the manifest; run `booklet publish` once every shard is done",
    )
    build_all_command.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="editions built at once (default: one per CPU core)",
    )
    _format_option(build_all_command)


def _publish_parser(commands: Commands) -> None:
    publish_command = commands.add_parser(
        "publish",
        help="merge the shards' manifests and write the download page",
        description="Merge the manifest parts that `build-all --shard` wrote into the "
        "output folder's manifest, then write the download page index.html.",
    )
    _editions_option(publish_command)


def _editions_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--editions",
        type=Path,
        default=Path("editions.yaml"),
        metavar="FILE",
        help="editions file (default: editions.yaml)",
    )


def _serve_parser(commands: Commands) -> None:
    serve_command = commands.add_parser(
        "serve",
        help="preview the output folder on localhost",
        description="Serve the output folder on http://127.0.0.1:PORT/ for staff to preview.",
    )
    serve_command.add_argument(
        "--port",
        type=_port,
        default=8000,
        metavar="N",
        help="port, 1024 to 65535, or 0 for any free one (default: 8000)",
    )
    _out_option(serve_command)


def _check_parser(commands: Commands) -> None:
    check_command = commands.add_parser(
        "check",
        help="validate content without building",
        description="Validate a content file (and the layout it will use); list every problem.",
    )
    _content_option(check_command)
    _layout_option(check_command)
    check_command.add_argument(
        "--strict",
        action="store_true",
        help="fail when the text reads above the content's plain-language targets",
    )


def _content_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content",
        type=Path,
        default=Path("content.yaml"),
        metavar="FILE",
        help="content file (default: content.yaml)",
    )


def _layout_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project",
        type=Path,
        default=Path(),
        metavar="DIR",
        help="the project folder, which holds layouts/ and fonts/ (default: this folder)",
    )
    parser.add_argument(
        "--variant",
        dest="layout",
        default="standard",
        metavar="NAME",
        help="a layout from layouts/: standard (default) or large-print",
    )
    parser.add_argument(
        "--paper",
        choices=["letter", "a4"],
        help="paper size (default: the layout's, letter)",
    )
    parser.add_argument(
        "--brand",
        type=Path,
        metavar="FILE",
        help="a clinic brand file (YAML) for the logo, colours and contact details",
    )
    parser.add_argument(
        "--layout",
        default="standard",
        metavar="NAME_OR_FILE",
        help="a layout name from layouts/, or a layout YAML file (default: standard)",
    )


def _out_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("output"),
        metavar="DIR",
        help="folder for the files written (default: output)",
    )


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=["pdf", "html", "both"],
        default="both",
        help="write the tagged PDF, the HTML edition, or both (default: both)",
    )


def _length(text: str) -> float:
    """A bleed with its unit (3mm, 0.125in, 9pt), in points, for argparse: 0 to 10 mm."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(pt|in|mm|cm)\s*", text)
    valid = f"(valid: 0 to {MAX_BLEED_MM}mm with its unit, e.g. 3mm or 0.125in)"
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a length {valid}")
    points = float(match[1]) * POINTS_PER_UNIT[match[2]]
    if points > MAX_BLEED:
        raise argparse.ArgumentTypeError(f"{text!r} is more bleed than a print shop uses {valid}")
    return points


def _port(text: str) -> int:
    """A TCP port a user may open: 1024 to 65535, or 0 for any free one."""
    if not text.isdigit() or not (int(text) == 0 or 1024 <= int(text) <= 65535):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port (valid: 1024 to 65535, or 0 for any free port)"
        )
    return int(text)


def _shard(text: str) -> Shard:
    """``I/N``: shard I of N, for argparse."""
    try:
        return parse_shard(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(text: str) -> int:
    """A whole number of 1 or more, for argparse."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)
