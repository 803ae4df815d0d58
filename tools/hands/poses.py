"""The poses: one reference hand, its fingers and thumb set for each step's action.

The reference is an adult right hand in millimetres, the wrist's middle at the origin,
fingers toward +y: seen from its back (``back_of_hand``), the thumb is on the left;
seen from its thumb side (``side_of_hand``) the palm faces right. A pose bends the
digits (a segment pointing away from the viewer is drawn shorter), says which pieces
are in front of what the hand holds and which behind, and names its landmarks; its
``grip`` is the point placed on the figure. Every pose keeps the place of its grip and
the direction of its arm, so the placements in the content files still land.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from shapely import affinity
from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union
from shapes import Digit, Point, disc, outline

ARM = 260.0
"""How far the forearm runs from the wrist (an adult's, wrist to elbow): out of any
picture, which cuts it off."""
FINGERS = ("index", "middle", "ring", "little")

# Seen from the back: each finger's knuckle, its segments (to the tip) and its widths
# (at the knuckle, each joint and the tip). The middle finger is as long as the palm and
# the hand about 200 long, its palm about 84 across the knuckles: an adult's.
BACK_FINGERS: dict[str, tuple[Point, tuple[float, ...], tuple[float, ...]]] = {
    "index": ((-29.5, 88.0), (47.0, 29.0, 24.0), (20.6, 18.2, 16.2, 15.2)),
    "middle": ((-9.5, 92.0), (51.0, 32.0, 25.0), (21.0, 18.6, 16.6, 15.6)),
    "ring": ((10.5, 89.0), (48.0, 30.5, 24.0), (20.0, 17.8, 15.8, 14.8)),
    "little": ((29.0, 81.0), (38.0, 22.5, 20.0), (17.4, 15.6, 13.8, 13.0)),
}
BACK_THUMB: tuple[Point, tuple[float, ...], tuple[float, ...]] = (
    (-22.0, 16.0),
    (48.0, 33.0, 28.0),
    (33.0, 23.5, 21.0, 19.0),
)
"""The thumb: its metacarpal from the wrist, then two segments; about an index finger's
width and a bit more, and long enough that, alongside the hand, its tip reaches about
the index finger's first joint."""
WEB: Point = (-38.0, 62.0)
"""Where the web of the thumb meets the side of the palm (seen from the back)."""
PALM_BACK = [
    (-28, 0), (-32, 28), (-37, 55), (-41, 78), (-40.5, 92), (-20, 101.5), (0, 104),
    (20, 100), (37, 88), (42, 68), (41.5, 42), (36, 16), (29, 0),
]  # fmt: skip
"""The back of the hand, from the wrist (57 across) to the webs between the fingers."""


def arm(half_wrist: float = 28.5, half_elbow: float = 35.0, reach: float = ARM) -> Polygon:
    """A forearm from the wrist (y = 0) down past ``y = -reach``, widening to the elbow.

    Just above the wrist it is narrower than the palm (about 60 across, the palm 84), so
    a sleeve's cuff there is a little wider than the wrist and the hand reads full size.
    """
    w, e = half_wrist, half_elbow
    return outline(
        [(-w, 3), (-w - 2, -45), (-e, -150), (-e, -reach - 12), (e, -reach - 12), (e, -150),
         (w + 2, -45), (w, 3)],
        4.0,
    )  # fmt: skip


@dataclass
class Drawing:
    """What a pose draws, in the reference hand's millimetres, before it is placed."""

    caption: str
    base: list[Polygon]
    """Palm, arm and the thumb's root: joined with a wide fillet (wrist, thumb web)."""
    digits: list[Digit]
    """Digits in the silhouette, front-most first; joined to the base with a small fillet."""
    cut: float = -ARM
    """Where the body is cut straight across (the arm leaving the picture)."""
    behind: list[Polygon] = field(default_factory=list)
    """Shapes passing behind what the hand holds, front-most first."""
    parts: list[Polygon] = field(default_factory=list)
    """Separate outlined shapes drawn under the body (a mirror's handle and rim)."""
    lines: list[tuple[str, str]] = field(default_factory=list)
    """(over, under): draw the edge of one digit where it lies over another piece."""
    names: dict[str, Digit] = field(default_factory=dict)
    nails: list[Digit] = field(default_factory=list)
    extra_accents: list[Polygon] = field(default_factory=list)
    extra_details: list[LineString] = field(default_factory=list)
    landmarks: dict[str, Point] = field(default_factory=dict)
    skip_base: bool = True
    """Whether lines between fingers stop where the fingers grow out of the palm."""
    turn: float = 0.0
    """Degrees the finished drawing is turned, counter-clockwise, in its own frame."""
    squash: tuple[float, float] = (1.0, 1.0)
    """How much of its width and of its length the drawing shows: less than 1 where the
    hand is seen edge on, or its fingers point away from the viewer."""


def finger(
    name: str,
    splay: float = 0.0,
    bend: Sequence[float] = (1.0, 1.0, 1.0),
    turns: Sequence[float] = (0.0, 0.0),
    nail: float | None = None,
) -> Digit:
    """A finger of the back view.

    ``splay`` turns it toward the thumb (degrees); ``bend`` is how much of each
    segment's length shows (1 lying flat, less as it curls away from the viewer).
    """
    root, lengths, widths = BACK_FINGERS[name]
    return Digit(
        root=root,
        angle=splay,
        lengths=[length * b for length, b in zip(lengths, bend, strict=True)],
        turns=turns,
        widths=widths,
        nail=bend[2] if nail is None else nail,
    )


def thumb(
    angle: float,
    turns: Sequence[float] = (-8.0, -6.0),
    bend: Sequence[float] = (1.0, 1.0, 1.0),
    nail: float = 0.8,
    nail_side: float = 0.0,
) -> Digit:
    """The thumb of the back view, springing from the palm's side at ``angle``."""
    root, lengths, widths = BACK_THUMB
    return Digit(
        root=root,
        angle=angle,
        lengths=[length * b for length, b in zip(lengths, bend, strict=True)],
        turns=turns,
        widths=widths,
        nail=nail,
        nail_side=nail_side,
    )


def root_of(digit: Digit, web: Point | None = None) -> Polygon:
    """The first segment of a digit (the thumb's metacarpal), for the base's fillet.

    With ``web``, also the skin from the thumb's knuckle to that point of the palm.
    """
    a, b = digit.joints()[:2]
    root = unary_union([disc(a, digit.widths[0] / 2), disc(b, digit.widths[1] / 2)]).convex_hull
    if web is None:
        return root
    # the web's muscle fills the angle between the thumb and the palm: the thumb's mass
    middle = (a + b) / 2
    fold = unary_union(
        [
            disc(b, digit.widths[1] * 0.5),
            disc(middle, digit.widths[0] * 0.5),
            disc(np.array(web), 8.0),
        ]
    ).convex_hull
    return unary_union([root, fold])


def back_of_hand(
    caption: str,
    fingers: dict[str, Digit],
    the_thumb: Digit,
    *,
    front: Sequence[str] = ("index", "middle", "ring", "little", "thumb"),
    behind: Sequence[str] = (),
    gaps: Sequence[tuple[str, str]] = (("index", "middle"), ("ring", "middle"), ("little", "ring")),
    landmarks: dict[str, Callable[[dict[str, Digit]], Point] | Point] | None = None,
    turn: float = 0.0,
) -> Drawing:
    """A hand seen from its back: palm, arm, four fingers and the thumb at the palm's side."""
    names = {**fingers, "thumb": the_thumb}
    base = [outline(PALM_BACK, 3.0), arm()]
    if "thumb" in front:
        base.append(root_of(the_thumb, WEB))
    drawing = Drawing(
        caption=caption,
        base=base,
        digits=[names[n] for n in front],
        behind=[names[n].polygon() for n in behind],
        lines=[(a, b) for a, b in gaps if a in front and b in front],
        names=names,
        nails=[names[n] for n in front],
        turn=turn,
    )
    drawing.landmarks = resolve(landmarks or {}, names)
    return drawing


def resolve(
    landmarks: dict[str, Callable[[dict[str, Digit]], Point] | Point], names: dict[str, Digit]
) -> dict[str, Point]:
    """Landmarks given as points or as functions of the digits."""
    return {key: value(names) if callable(value) else value for key, value in landmarks.items()}


def between(a: Point, b: Point) -> Point:
    """The point halfway from ``a`` to ``b``."""
    return (round((a[0] + b[0]) / 2, 1), round((a[1] + b[1]) / 2, 1))


PALM: Point = (0.0, 55.0)
"""The middle of the back of the hand."""


RELAXED = (1.0, 0.98, 0.96)
"""A flat finger's segments as seen: a slight bend at each knuckle, not a rigid plank."""
CONVERGE = {"index": (-1.5, -1.0), "middle": (0.0, 0.0), "ring": (1.0, 1.0), "little": (2.0, 1.5)}
"""How a relaxed finger's joints turn (degrees): the fingers lean a little to the middle."""
TOGETHER = (1.5, 0.0, -1.5, -4.0)
"""Fingers side by side, touching: a hand laid flat to stroke."""


def _flat(splay: Sequence[float] = TOGETHER, bend: Sequence[float] = RELAXED) -> dict[str, Digit]:
    return {n: finger(n, s, bend, turns=CONVERGE[n]) for n, s in zip(FINGERS, splay, strict=True)}


def _curled(
    bend: Sequence[float],
    splay: Sequence[float] = (3, 0, -3, -8),
    nail: float | None = None,
    turns: Sequence[float] = (0.0, 0.0),
) -> dict[str, Digit]:
    return {
        n: finger(n, s, bend, turns=turns, nail=nail) for n, s in zip(FINGERS, splay, strict=True)
    }


def _tips(names: dict[str, Digit]) -> Point:
    return names["middle"].tip()


def _thumb_tip(names: dict[str, Digit]) -> Point:
    return names["thumb"].tip()


def _thumb_pad(names: dict[str, Digit]) -> Point:
    return names["thumb"].pad()


def flat_stroke() -> Drawing:
    """Step 5: the hand laid flat and long, fingers together, the thumb close beside them."""
    fingers = _flat(TOGETHER)
    return back_of_hand(
        "Fingers flat, stroking",
        fingers,
        thumb(24, (-6, -4)),
        landmarks={
            "grip": lambda n: n["middle"].joint(1),
            "fingertips": _tips,
            "palm": PALM,
            **{
                f"groove-{i}": (lambda n, a=a, b=b: between(n[a].joint(1), n[b].joint(1)))
                for i, (a, b) in enumerate(itertools.pairwise(FINGERS), 1)
            },
            **{
                f"gtip-{i}": (lambda n, a=a, b=b: between(n[a].tip(), n[b].tip()))
                for i, (a, b) in enumerate(itertools.pairwise(FINGERS), 1)
            },
        },
    )


def palm_stroke() -> Drawing:
    """Step 7 and the cover: the heel of the hand leading along the sole.

    The fingers are lifted a little (they show shorter) and a little apart, the thumb
    loose beside them, so it does not read as the long, closed ``flat-stroke``.
    """
    return back_of_hand(
        "Palm sliding along",
        _flat((5.0, 1.5, -2.5, -8.0), (0.94, 0.86, 0.8)),
        thumb(36, (-8, -6)),
        landmarks={"grip": (0.0, 52.0), "fingertips": _tips},
    )


def thumb_press() -> Drawing:
    """The thumb out to the side at its full length, working, the fingers wrapped.

    Its tip bends down onto the skin, pressing; the fingers are curled round (only their
    backs show, short), out of its way.
    """
    return back_of_hand(
        "Thumb pressing",
        _curled((0.5, 0.26, 0.12), (3, 1, -1.5, -4), nail=0.0),
        thumb(58, (-6, -12), bend=(1.0, 1.0, 0.8), nail=0.75, nail_side=-0.4),
        landmarks={"grip": _thumb_pad, "thumb-tip": _thumb_tip, "palm": PALM},
    )


def hold() -> Drawing:
    """A hand over the foot or leg, holding it.

    The fingers, together, curl round it (they show shorter, no nails); the thumb is
    apart from them, opposite.
    """
    return back_of_hand(
        "Hand holding the foot",
        _curled((0.64, 0.38, 0.22), (2, 0, -1.5, -4), nail=0.0),
        thumb(44, (-16, -14)),
        landmarks={"grip": PALM, "thumb-tip": _thumb_tip, "fingertips": _tips},
    )


def cup_heel() -> Drawing:
    """A hand cupping the heel: a C round what it cups.

    The fingers are spread and curled deep, the thumb wide and turned in.
    """
    return back_of_hand(
        "Hand cupping the heel",
        _curled((0.76, 0.46, 0.26), (15, 5, -5, -17), nail=0.0),
        thumb(64, (-30, -26), bend=(1.0, 0.95, 0.9)),
        landmarks={"grip": PALM, "fingertips": _tips, "thumb-tip": _thumb_tip},
    )


def turn_foot() -> Drawing:
    """A hand turning the foot, its fingers curled over it and leaning.

    The fingers lean toward the little finger's side as the wrist turns; the thumb lies
    straight along the foot's other side.
    """
    drawing = back_of_hand(
        "Hand turning the foot",
        _curled((0.6, 0.34, 0.2), (-10, -13, -16, -20), nail=0.0),
        thumb(40, (-4, -2), nail=0.5, nail_side=-0.5),
        landmarks={"grip": PALM, "fingertips": _tips, "thumb-tip": _thumb_tip},
    )
    return drawing


def hold_over() -> Drawing:
    """Step 3, the holding hand: over the top of the foot, seen from the sole.

    Its fingers curl round the foot's edge and lie on the sole (in front), nails up,
    only their last two joints showing, fanned a little so their tips step with the
    fingers' lengths (level tips read as a mitten), and off the middle of the sole where
    the other thumb works; the palm lies on the top of the foot, behind it, and the arm
    runs on behind the foot and out past its other side: the fingers and the arm point
    the same way, as a hand folded over an edge does.
    """
    fingers = {
        n: finger(n, s, (0.15, 0.55, 0.6), nail=0.9)
        for n, s in zip(FINGERS, (5.0, 1.0, -3.0, -8.0), strict=True)
    }
    the_thumb = thumb(14, (-4, -2))
    folded = affinity.scale(
        unary_union([outline(PALM_BACK, 3.0), arm(), root_of(the_thumb)]),
        1.0,
        -1.0,
        origin=(0, EDGE),
    )
    drawing = Drawing(
        caption="Fingers curling round the edge of the foot",
        base=[outline(PALM_BACK, 3.0)],
        digits=[fingers[n] for n in FINGERS],
        cut=EDGE,
        behind=[folded.buffer(6).buffer(-6)],
        lines=[("index", "middle"), ("ring", "middle"), ("little", "ring")],
        names={**fingers, "thumb": the_thumb},
        nails=[fingers[n] for n in FINGERS],
    )
    drawing.landmarks = {
        "grip": fingers["middle"].joint(1),
        "fingertips": fingers["middle"].tip(),
        "wrist": (0.0, 2 * EDGE),
    }
    return drawing


EDGE = 86.0
"""Where the fingers of ``hold_over`` turn round the foot's edge (the knuckles)."""
