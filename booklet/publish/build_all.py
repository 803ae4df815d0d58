"""Building every edition of an editions file, in parallel, rebuilding only what changed.

A manifest in the output folder records each edition's input fingerprint and files. A
rerun with nothing changed renders nothing; a changed brand rebuilds only its editions.
Editions build in worker processes, one a core; a failing edition is reported and the
others carry on. A lock file keeps two runs from writing the same folder at once.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock
from tqdm import tqdm

from booklet.finish.output import write_atomically
from booklet.model.editions import Edition, EditionPlan, Format, load_editions
from booklet.model.layout import load_layout, resolve_layout
from booklet.publish.fingerprints import Fingerprints, fingerprint, output_stem
from booklet.publish.manifest import Entry, FileRecord, Manifest, read_manifest, write_manifest
from booklet.publish.shards import Shard, merged_manifest, part_files
from booklet.source.errors import BookletError
from booklet.variant.resolve import Project

if TYPE_CHECKING:
    from booklet.pipeline import Built
    from booklet.web.webfonts import WebFont

THUMBNAIL_WIDTH = 240
PAGE_LAYOUT = "standard"
"""The layout whose typeface the download page is set in."""
LOCK = ".build-all.lock"


@dataclass
class Outcome:
    """How one edition went; ``entry`` is its manifest record when it was built."""

    key: str
    entry: Entry | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Summary:
    """The end of a run: what was built, what was already up to date, what failed."""

    built: list[str]
    up_to_date: list[str]
    failed: list[Outcome]
    page: Path | None


def build_all(
    editions_path: Path,
    project: Project,
    *,
    jobs: int | None = None,
    say: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
    format: Format = "both",
    shard: Shard | None = None,
) -> Summary:
    """Build every stale edition of ``editions_path`` and write the download page.

    With a ``shard``, only that shard's editions, and its part of the manifest instead
    of the page: ``booklet publish`` (:func:`publish`) merges the parts and writes it.
    """
    plan = load_editions(editions_path)
    plan.out_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(plan.out_dir / (shard.lock_name if shard else LOCK)):
        summary = _run(plan, project, jobs or os.cpu_count() or 1, say, format, shard)
        page = summary.page
        if (page is not None and not page.is_file()) or _older(page, editions_path):
            summary.page = _write_page(plan, read_manifest(plan.out_dir), project)
        return summary


def _older(page: Path | None, editions_path: Path) -> bool:
    """Whether the page predates the editions file (its order or titles may have changed)."""
    try:
        return page is not None and page.stat().st_mtime_ns < editions_path.stat().st_mtime_ns
    except OSError:
        return True


def publish(editions_path: Path) -> tuple[Path, list[str]]:
    """Merge the shards' parts into the manifest, write the download page, drop the parts.

    Returns the page and the keys of listed editions that no build has produced yet.
    """
    plan = load_editions(editions_path)
    plan.out_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(plan.out_dir / LOCK):
        merged = merged_manifest(plan.out_dir)
        page = _write_page(plan, merged, Project(editions_path.parent))
        for part in part_files(plan.out_dir):
            part.unlink(missing_ok=True)
    missing = [edition.key for edition in plan.editions if edition.key not in merged]
    return page, missing


def _write_page(plan: EditionPlan, manifest: Manifest, project: Project) -> Path:
    """Write the manifest of the editions still listed, and the download page from it."""
    from booklet.publish.download_page import render_download_page  # Jinja2, Babel

    current = {edition.key for edition in plan.editions}
    manifest = {key: entry for key, entry in manifest.items() if key in current}
    write_manifest(plan.out_dir, manifest)
    ordered = [manifest[e.key] for e in plan.editions if e.key in manifest]
    page = plan.out_dir / "index.html"
    write_atomically(page, render_download_page(ordered, _page_fonts(project)).encode("utf-8"))
    return page


def _page_fonts(project: Project) -> Callable[[str], list[WebFont]] | None:
    """The standard layout's typeface for the download page, or None without that layout."""
    from booklet.web.webfonts import page_fonts  # fontTools

    try:
        layout = load_layout(resolve_layout(PAGE_LAYOUT, project.layouts_dir))
    except BookletError:
        return None  # the page falls back to the reader's own sans-serif
    return lambda text: page_fonts(layout.fonts, project.fonts_dir, text)


def _run(
    plan: EditionPlan,
    project: Project,
    jobs: int,
    say: Callable[[str], None],
    format: Format,
    shard: Shard | None,
) -> Summary:
    manifest = merged_manifest(plan.out_dir) if shard else read_manifest(plan.out_dir)
    prints = Fingerprints()
    stale: list[tuple[Edition, str]] = []
    up_to_date, failed = [], []
    clashes = _clashes(plan, project, prints)
    mine = [edition for edition in plan.editions if shard is None or shard.holds(edition)]
    for edition in mine:
        try:
            digest = f"{fingerprint(edition, project, prints)}:{format}"
        except BookletError as error:
            failed.append(Outcome(edition.key, errors=[str(p) for p in error.problems]))
            continue
        if edition.key in clashes:
            failed.append(Outcome(edition.key, errors=[clashes[edition.key]]))
            continue
        entry = manifest.get(edition.key)
        if entry and entry.fingerprint == digest and entry.exists_in(plan.out_dir):
            up_to_date.append(edition.key)
        else:
            stale.append((edition, digest))
    built = []
    for outcome in _build_stale(stale, plan.out_dir, project, jobs, say, format):
        if outcome.entry is None:
            failed.append(outcome)  # an earlier good build, if any, stays listed and on disk
        else:
            manifest[outcome.key] = outcome.entry
            built.append(outcome.key)
    if shard is None:
        page = plan.out_dir / "index.html"
        current = {edition.key for edition in plan.editions}
        if built or set(manifest) != current:  # else the manifest and page stand
            page = _write_page(plan, manifest, project)
        return Summary(built, up_to_date, failed, page)
    part = {edition.key: manifest[edition.key] for edition in mine if edition.key in manifest}
    write_manifest(plan.out_dir, part, shard.part_name)
    return Summary(built, up_to_date, failed, None)


def _clashes(plan: EditionPlan, project: Project, prints: Fingerprints) -> dict[str, str]:
    """Editions that would write the same files, each with an error naming the other."""
    by_stem: dict[str, list[str]] = {}
    for edition in plan.editions:
        try:
            by_stem.setdefault(output_stem(edition, project, prints), []).append(edition.key)
        except BookletError:
            continue  # reported with the edition's fingerprint
    clashes = {}
    for stem, keys in by_stem.items():
        for key in keys if len(keys) > 1 else []:
            others = ", ".join(other for other in keys if other != key)
            clashes[key] = (
                f"writes the same files ({stem}.*) as {others} (valid: editions whose topic "
                "slug, brand folder, layout name or paper differ)"
            )
    return clashes


def _build_stale(
    stale: list[tuple[Edition, str]],
    out_dir: Path,
    project: Project,
    jobs: int,
    say: Callable[[str], None],
    format: Format,
) -> list[Outcome]:
    """Build editions in worker processes; a progress bar on a terminal, lines otherwise."""
    if not stale:
        return []  # a run with nothing to build never loads the rendering modules
    import booklet.pipeline  # noqa: F401  (loaded once here, before the workers fork)

    tasks = [Task(edition, digest, out_dir, project.root, format) for edition, digest in stale]
    bar = tqdm(total=len(tasks), unit="edition", file=sys.stderr, disable=not sys.stderr.isatty())
    outcomes = []

    shown: set[str] = set()

    def record(outcome: Outcome) -> None:
        outcomes.append(outcome)
        bar.update()
        if bar.disable:
            state = "built" if outcome.entry else "FAILED"
            say(f"{state} {outcome.key} ({len(outcomes)}/{len(tasks)})")
        for note in outcome.notes:  # a brand's darkened colour, once however many editions
            if note not in shown:
                shown.add(note)
                say(f"note: {note}")

    if jobs == 1 or len(tasks) == 1:
        for task in tasks:
            record(build_one(task))
    else:
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            futures = [pool.submit(build_batch, batch) for batch in batches(tasks, jobs)]
            for future in as_completed(futures):
                for outcome in future.result():
                    record(outcome)
    bar.close()
    return sorted(outcomes, key=lambda outcome: outcome.key)


def batches(tasks: list[Task], jobs: int) -> list[list[Task]]:
    """Tasks in small batches for long-lived workers, a clinic's editions together.

    A worker keeps what it made for one edition (its seed, its brand prepared, its QR
    code, its diagrams in the clinic's colours) for the next, so a clinic's editions go
    to one worker, one batch after another; each worker remembers every layout's seed,
    so siblings (the same edition for another clinic) still lay out once. Batches are
    small (about sixteen to a worker) so that at the end no core waits long for the
    other's last batch.
    """
    ordered = sorted(tasks, key=lambda task: task.order)
    size = max(1, -(-len(ordered) // (jobs * BATCHES_PER_WORKER)))
    return [ordered[start : start + size] for start in range(0, len(ordered), size)]


BATCHES_PER_WORKER = 16


def build_batch(tasks: list[Task]) -> list[Outcome]:
    """Build a batch of editions in one worker, one after another."""
    return [build_one(task) for task in tasks]


@dataclass(frozen=True)
class Task:
    """One edition for a worker to build, and where."""

    edition: Edition
    digest: str
    out_dir: Path
    root: Path
    format: Format

    @property
    def order(self) -> tuple[str, str, str, str, bool]:
        """Where the edition goes in a worker's queue: by clinic, then as its siblings."""
        edition = self.edition
        brand = edition.brand.as_posix() if edition.brand else ""
        return (brand, edition.content.as_posix(), edition.variant, edition.paper, edition.booklet)


def build_one(task: Task) -> Outcome:
    """Build one edition (in a worker); user mistakes become errors, never a crash."""
    from booklet.pipeline import BuildRequest, build_edition

    edition, digest, out_dir = task.edition, task.digest, task.out_dir
    outcome = Outcome(edition.key)
    request = BuildRequest(
        edition.content,
        edition.variant,
        out_dir,
        Project(task.root),
        paper=edition.paper,
        brand=edition.brand,
        booklet=edition.booklet,
        format=task.format,
    )
    try:
        built = build_edition(request, outcome.notes.append)
        outcome.entry = _entry(built, digest, out_dir)
    except BookletError as error:
        outcome.errors = [str(problem) for problem in error.problems]
    except Exception as error:  # a bug must not stop the other editions
        outcome.errors = [f"internal error: {type(error).__name__}: {error}"]
    return outcome


def _entry(built: Built, digest: str, out_dir: Path) -> Entry:
    content, variant = built.content, built.variant
    files = [
        FileRecord(
            kind=role,
            path=path.relative_to(out_dir).as_posix(),
            bytes=path.stat().st_size,
            pages=_page_count(path) if path.suffix == ".pdf" else 0,
        )
        for role, path in built.files.items()
    ]
    pdf = next((path for path in built.paths if path.suffix == ".pdf"), None)
    thumbnail = Path("thumbs") / f"{built.paths[0].stem}.png"
    if pdf is not None:
        write_atomically(out_dir / thumbnail, _thumbnail(pdf))
    brand = variant.brand
    return Entry(
        fingerprint=digest,
        files=files,
        thumbnail=thumbnail.as_posix() if pdf is not None else "",
        title=content.meta.title,
        subtitle=content.meta.subtitle or "",
        topic=content.meta.slug,
        clinic=brand.brand.name if brand else "",
        language=content.meta.language,
        reviewed=content.meta.reviewed.isoformat(),
        variant=variant.layout.name.removesuffix("-booklet"),
        paper=variant.paper,
        booklet=variant.booklet,
    )


def _page_count(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def _thumbnail(pdf: Path) -> bytes:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    image = page.render(scale=THUMBNAIL_WIDTH / page.get_width()).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    document.close()
    return buffer.getvalue()
