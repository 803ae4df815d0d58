"""Draw the raster logo of the sample Riverside brand (brands/riverside/logo.png).

The logo is made here, from shapes, so the project ships no third-party artwork.
Usage: python scripts/draw_sample_logos.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SCALE = 4


def riverside(path: Path) -> None:
    width, height = 480 * SCALE, 240 * SCALE
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    navy, orange = (11, 83, 148, 255), (230, 145, 56, 255)
    draw.rounded_rectangle((0, 0, height, height), radius=48 * SCALE, fill=navy)
    draw.ellipse((150 * SCALE, 38 * SCALE, 206 * SCALE, 94 * SCALE), fill=orange)
    for row, offset in enumerate((120, 150, 180)):
        points = []
        for step in range(0, 241, 4):
            x = 24 + step * 0.8
            y = offset + 14 * ((step / 40) % 2 if (step // 40) % 2 == 0 else 2 - (step / 40) % 2)
            points.append((x * SCALE, y * SCALE))
        draw.line(points, fill=(255, 255, 255, 255 - row * 50), width=10 * SCALE, joint="curve")
    for index, bar in enumerate((70, 120, 95)):
        left = (272 + index * 64) * SCALE
        draw.rounded_rectangle(
            (left, (200 - bar) * SCALE, left + 40 * SCALE, 200 * SCALE),
            radius=12 * SCALE,
            fill=navy if index != 1 else orange,
        )
    image = image.resize((480, 240), Image.LANCZOS)
    image.save(path, optimize=True)


if __name__ == "__main__":
    riverside(ROOT / "brands" / "riverside" / "logo.png")
