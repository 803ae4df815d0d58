"""Sharding ``build-all``: a stable, even split, and shards plus publish equal one build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from booklet.cli import main
from booklet.publish.shards import Shard, parse_shard, shard_of

GROUPS = """editions:
  - contents: [content.yaml]
    brands: [none, brands/riverside/brand.yaml, brands/meadow/brand.yaml]
    variants: [standard]
    papers: [letter, a4]
  - contents: [content.yaml]
    brands: [brands/riverside/brand.yaml]
    variants: [standard]
    booklet: [true]
"""


VALID = "(valid: I/N with N from 1 to 10,000 and I from 1 to N, e.g. 1/4)"


def keys(count: int) -> list[str]:
    return [
        f"topic-{n % 7}.yaml|brands/clinic-{n}/brand.yaml|standard|letter|pages"
        for n in range(count)
    ]


def test_a_shard_reads_as_i_of_n() -> None:
    assert parse_shard("2/4") == Shard(2, 4)
    assert parse_shard("1/1") == Shard(1, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "3/2",
            f"'3/2' names shard 3 of only 2 {VALID}",
        ),
        (
            "0/2",
            f"'0/2' is not a shard {VALID}",
        ),
        (
            "two",
            f"'two' is not a shard {VALID}",
        ),
        (
            "1/20000",
            f"'1/20000' has too many shards {VALID}",
        ),
    ],
)
def test_a_bad_shard_says_what_is_valid(text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_shard(text)
    assert str(error.value) == message


def test_every_edition_has_exactly_one_shard_and_the_split_is_even() -> None:
    counts = Counter(shard_of(key, 4) for key in keys(4000))
    assert sorted(counts) == [1, 2, 3, 4]
    assert all(900 <= count <= 1100 for count in counts.values())


def test_the_shard_of_an_edition_depends_on_its_key_alone() -> None:
    before = {key: shard_of(key, 3) for key in keys(500)}
    after = {key: shard_of(key, 3) for key in reversed(keys(600))}  # more editions, new order
    assert all(after[key] == shard for key, shard in before.items())


def test_one_more_shard_moves_only_what_the_new_shard_takes() -> None:
    moved = [key for key in keys(3000) if shard_of(key, 3) != shard_of(key, 4)]
    assert all(shard_of(key, 4) == 4 for key in moved)
    assert 600 <= len(moved) <= 900  # about a quarter


def test_a_bad_shard_on_the_command_line_is_one_clear_error(tmp_path: Path) -> None:
    import io

    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(["build-all", "--shard", "3/2"], stdout=stdout, stderr=stderr)
    assert code == 2
    assert stderr.getvalue().splitlines()[-1] == (
        "booklet build-all: error: argument --shard: '3/2' names shard 3 of only 2 "
        "(valid: I/N with N from 1 to 10,000 and I from 1 to N, e.g. 1/4)"
    )
    assert stdout.getvalue() == ""


def booklet(*arguments: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "booklet", *arguments],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    return out


def published(folder: Path) -> dict[str, bytes]:
    """Every file a reader or the next run sees: all but the locks and the layout seeds."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(".lock")
    }


@pytest.mark.slow
def test_shards_then_publish_give_the_files_and_page_of_one_build(
    workspace: Path, root: Path
) -> None:
    shutil.copytree(root / "brands", workspace / "brands")
    (workspace / "whole.yaml").write_text("output: whole\n" + GROUPS)
    (workspace / "sharded.yaml").write_text("output: sharded\n" + GROUPS)
    finish(booklet("build-all", "--editions", "whole.yaml", "--jobs", "1", cwd=workspace))
    shards = [
        booklet(
            "build-all",
            "--editions",
            "sharded.yaml",
            "--shard",
            f"{i}/2",
            "--jobs",
            "1",
            cwd=workspace,
        )
        for i in (1, 2)
    ]
    for shard in shards:
        assert finish(shard) == ""  # a shard writes no page
    parts = sorted(path.name for path in (workspace / "sharded").glob(".manifest-*"))
    assert parts == [".manifest-1-of-2.json", ".manifest-2-of-2.json"]
    assert finish(booklet("publish", "--editions", "sharded.yaml", cwd=workspace)).strip() == (
        "sharded/index.html"
    )
    whole, sharded = published(workspace / "whole"), published(workspace / "sharded")
    assert sorted(sharded) == sorted(whole)
    assert [name for name in whole if sharded[name] != whole[name]] == []
    assert "index.html" in whole and ".manifest.json" in whole
    assert len([name for name in whole if name.endswith(".pdf")]) == 9


@pytest.mark.slow
def test_a_shard_rerun_with_nothing_changed_builds_nothing(workspace: Path, root: Path) -> None:
    shutil.copytree(root / "brands", workspace / "brands")
    (workspace / "editions.yaml").write_text("output: out\n" + GROUPS)
    first = booklet("build-all", "--shard", "1/2", "--jobs", "1", cwd=workspace)
    finish(first)
    finish(booklet("publish", cwd=workspace))
    again = booklet("build-all", "--shard", "1/2", "--jobs", "1", cwd=workspace)
    _, err = again.communicate(timeout=600)
    assert err.splitlines()[-1].startswith("0 built, ")
