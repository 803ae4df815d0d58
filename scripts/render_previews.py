"""Render README preview images from a booklet PDF.

Usage: python scripts/render_previews.py [PDF] [--pages 1,7] [--out docs/images]
Builds the default booklet first when no PDF is given.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--pages", default="1,7", help="page numbers, counted from 1")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--scale", type=float, default=1.5, help="pixels per point")
    arguments = parser.parse_args()

    pdf_path = arguments.pdf
    if pdf_path is None:
        built = subprocess.run(
            [sys.executable, "-m", "booklet", "build"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        pdf_path = ROOT / next(line for line in built.stdout.split() if line.endswith(".pdf"))

    arguments.out.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(pdf_path)
    for number in (int(page) for page in arguments.pages.split(",")):
        image = document[number - 1].render(scale=arguments.scale).to_pil()
        target = arguments.out / f"{pdf_path.stem}-page-{number}.png"
        image.save(target, optimize=True)
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
