"""The poses seen from the thumb's or the palm's side: a pinch, and a fist round a mirror.

Split from :mod:`poses` (the back-of-hand poses) to keep each module short; they share
its reference hand's building blocks and its forearm.
"""

from __future__ import annotations

import math

import numpy as np
from poses import FINGERS, Drawing, arm, root_of
from shapely import affinity
from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union
from shapes import Digit, Point, disc, lines, outline

# --- seen from the thumb's side ---------------------------------------------------------

PALM_SIDE = [
    (-18, 0), (-17, 40), (-15, 75), (-13, 95), (0, 104), (12, 96), (20, 70), (24, 45),
    (21, 15), (18, 0),
]  # fmt: skip
"""The hand from its thumb side, the back to the left, the palm to the right."""


def pinch_toe() -> Drawing:
    """Step 4: a toe pinched between the thumb (on top) and the index finger (under it).

    Seen from above, the pinch's plane runs toward the viewer: the thumb lies over the
    toe and hides what is under it. So the hand is drawn as an illustrator shows it:
    coming in from the toe's inner side, the thumb across the top of the toe's near
    half, nail up, its pad pressing on the toe's far side; the index finger under the
    toe's far half, nearer its tip, so that beside the toe it shows entering under the
    toe's edge (behind it) while the thumb crosses over it. The two converge at the web
    round the toe, the back of the hand close beside it, seen slanting, its knuckle row
    running from the index finger's (a round bump, nearest the toe's tip) down to the
    little finger's, so the reader sees a hand, not a thumb alone; the nail, and room
    past the tip for the roll mark, stay clear. The other fingers curl under the foot. Drawn with
    its arm down (-y), the fingers pointing across the toe when turned a quarter right.
    """
    the_thumb = Digit(
        root=(24.0, 46.0),
        angle=40,
        lengths=(26.0, 24.0, 22.0),
        turns=(-25, -20),
        widths=(23.0, 20.0, 18.5, 17.0),
        nail=0.9,
    )
    index = Digit(
        root=(-22.0, 72.0),
        angle=-22,
        lengths=(24.0, 12.0, 8.0),
        turns=(12, 10),
        widths=(17.0, 15.5, 14.0, 13.0),
    )
    curled = {
        n: Digit(
            root=(-34.0 - 5 * i, 62.0 - 10 * i),
            angle=-40 - 5 * i,
            lengths=(22.0 - 3 * i, 12.0, 9.0),
            turns=(-40, -40),
            widths=(16.5 - i, 15.0 - i, 13.8 - i, 12.8 - i),
        )
        for i, n in enumerate(FINGERS[1:])
    }
    # the back of the hand, seen slanting from above: its knuckle row runs from the
    # index finger's (nearest the toe's tip) down to the little finger's
    palm = outline(
        [(-24, 0), (-38, 20), (-50, 38), (-48, 52), (-38, 66), (-26, 80), (-14, 80), (-2, 70),
         (14, 60), (30, 50), (30, 24), (24, 0)],
        5.0,
    )  # fmt: skip
    knuckle = disc(np.array([-20.0, 76.0]), 9.5)
    # the web between the index knuckle and the thumb, filled: the outline runs from the
    # knuckle's top into the thumb's edge, with no notch to close a loop round the knuckle
    web = Polygon([(-20.0, 84.0), (-12.0, 68.0), (-3.0, 66.0), (-6.0, 88.0)])
    drawing = Drawing(
        caption="A toe pinched between the thumb and the index finger",
        base=[palm, knuckle, web, arm(24.0, 31.0), root_of(the_thumb, web=(6.0, 62.0))],
        digits=[the_thumb],
        behind=[index.polygon(), *(curled[n].polygon() for n in FINGERS[1:])],
        lines=[("thumb", "base")],
        names={**curled, "index": index, "thumb": the_thumb},
        nails=[the_thumb],
    )
    drawing.landmarks = {
        "grip": the_thumb.pad(),
        "thumb-tip": the_thumb.tip(),
        "index-tip": index.tip(),
        "wrist": (0.0, 0.0),
    }
    return drawing


def mirror(sole: tuple[Polygon, list[Polygon]]) -> Drawing:
    """Step 1: a fist round a hand mirror's handle, the mirror above it.

    Seen from the palm's side; a small sole shows in the glass. Drawn with the arm
    down, then turned so the arm runs off to the right.
    """
    knuckles = 120.0
    xs = (22.0, 3.0, -15.5, -31.0)
    widths = ((20.0, 18.5, 17.0), (20.5, 19.0, 17.5), (19.5, 18.0, 16.5), (17.0, 15.5, 14.5))
    fingers = {
        n: Digit(
            root=(x, knuckles - 6), angle=180, lengths=(26.0 - 2 * i, 12.0), turns=(0,), widths=w
        )
        for i, (n, x, w) in enumerate(zip(FINGERS, xs, widths, strict=True))
    }
    fist = outline(
        [(-28, 0), (-36, 40), (-41, 85), (-40, knuckles), (33, knuckles + 1), (38, 80), (32, 30),
         (28, 0)],
        8.0,
    )  # fmt: skip
    the_thumb = Digit(
        root=(30.0, 40.0),
        angle=24,
        lengths=(40.0, 28.0, 24.0),
        turns=(22, 18),
        widths=(30.0, 22.0, 20.0, 18.0),
        nail=0.85,
    )
    # the handle runs across the fist, under the fingers, out past the thumb's side
    y = knuckles - 18
    handle = unary_union([disc(np.array([-44.0, y]), 8.0), disc(np.array([62.0, y]), 7.0)])
    handle = handle.convex_hull
    centre = np.array([62.0 + 52.0, y])
    rim = Polygon(disc_oval(centre, 46.0, 38.0))
    glass = Polygon(disc_oval(centre, 40.0, 32.0))
    body, toes = sole
    reflection = place_sole(body, toes, centre, 56.0, -90.0)
    drawing = Drawing(
        caption="Hand holding a mirror",
        base=[fist, arm(27.0, 36.0), root_of(the_thumb)],
        digits=[the_thumb, *[fingers[n] for n in FINGERS]],
        parts=[rim, handle],
        lines=[("thumb", "base"), *((n, "base") for n in FINGERS)],
        skip_base=False,
        names={**fingers, "thumb": the_thumb},
        nails=[the_thumb],
        extra_accents=[glass],
        extra_details=reflection,
        turn=90.0,
    )
    drawing.landmarks = {
        "grip": (round(float(centre[0]), 1), round(float(centre[1]), 1)),
        "handle": (40.0, y),
    }
    return drawing


def disc_oval(centre: np.ndarray, rx: float, ry: float) -> list[Point]:
    """An ellipse's outline."""
    return [
        (centre[0] + rx * math.cos(t), centre[1] + ry * math.sin(t))
        for t in np.linspace(0, 2 * math.pi, 120, endpoint=False)
    ]


def place_sole(
    body: Polygon, toes: list[Polygon], centre: np.ndarray, height: float, angle: float
) -> list[LineString]:
    """The sole view's outline, ``height`` tall, centred and turned, as lines.

    The toes' outlines stop where they meet the sole.
    """
    minx, miny, maxx, maxy = unary_union([body, *toes]).bounds
    k = height / (maxy - miny)
    mid = ((minx + maxx) / 2, (miny + maxy) / 2)

    def put(shape: Polygon) -> Polygon:
        shape = affinity.translate(shape, -mid[0], -mid[1])
        shape = affinity.scale(shape, k, k, origin=(0, 0))
        shape = affinity.rotate(shape, angle, origin=(0, 0))
        return affinity.translate(shape, float(centre[0]), float(centre[1]))

    sole = put(body)
    out = [LineString(sole.exterior.coords)]
    for toe in toes:
        edge = LineString(put(toe).exterior.coords).difference(sole)
        out += [line for line in lines(edge) if line.length > 1.0]
    return out
