"""The holding poses: a thumb on top of what the hand holds, the fingers round it.

Split from :mod:`poses` (the flat hands) to keep each module short. A hand holding a
foot by its side is seen from above nearly edge on: its back and its fingers point down
and away, round under the foot, so they show short, each finger apart from the next
where it curls past the foot's edge; the thumb lies over the top with its nail up, at
its full size. A hand gripping the forefoot from above, seen from the foot's inner side,
shows its fingers down the near side, hooking under the sole. A hand round the leg is
the other way about: the fingers lie across the near side of the leg, their tips at its
far edge, and the thumb is behind (drawn a little narrow, ``squash``, seen partly from
its edge). A holding hand's wrist may bend, so its forearm leaves the picture clear of
the foot and the leg.
"""

from __future__ import annotations

from collections.abc import Sequence

from poses import (
    ARM,
    BACK_FINGERS,
    BACK_THUMB,
    FINGERS,
    PALM,
    PALM_BACK,
    WEB,
    Drawing,
    arm,
    back_of_hand,
    between,
    finger,
    root_of,
    thumb,
)
from shapely import affinity
from shapely.ops import unary_union
from shapes import Digit, Point, outline


def _pad(names: dict[str, Digit]) -> Point:
    return names["thumb"].pad()


def _tip(names: dict[str, Digit]) -> Point:
    return names["thumb"].tip()


def _thumb_over(
    caption: str, angle: float, turns: Sequence[float], short: float, reach: float = 1.0
) -> Drawing:
    """The hand beside what it holds, seen from above: the thumb reaching over the top.

    The fingers point down and away round under it, so the back of the hand and the
    fingers show ``short`` of their length (the fingers behind, out of sight but at the
    edge); the thumb lies flat on the top, its nail up, ``reach`` of its full length
    (seen from above, a thumb pressing slopes down to its pad, so it shows shorter).
    """
    fingers = {
        n: Digit(
            root=(root[0] * 0.92, root[1] * short),
            angle=splay,
            lengths=[
                length * short * b for length, b in zip(lengths, (0.92, 0.74, 0.55), strict=True)
            ],
            turns=(0.0, 0.0),
            widths=widths,
        )
        for (n, (root, lengths, widths)), splay in zip(
            BACK_FINGERS.items(), (6, 3, 0, -4), strict=True
        )
    }
    root, lengths, widths = BACK_THUMB
    the_thumb = Digit(
        root=(root[0], root[1] * short),
        angle=angle,
        lengths=[length * reach for length in lengths],
        turns=turns,
        widths=widths,
        nail=1.0,
    )
    web = (WEB[0], WEB[1] * short)
    palm = affinity.scale(outline(PALM_BACK, 3.0), 1.0, short, origin=(0, 0))
    drawing = Drawing(
        caption=caption,
        base=[palm, arm(), root_of(the_thumb, web)],
        digits=[the_thumb],
        behind=[unary_union([f.polygon() for f in fingers.values()]).buffer(2).buffer(-2)],
        lines=[("thumb", "base")],
        names={**fingers, "thumb": the_thumb},
        nails=[the_thumb],
    )
    drawing.landmarks = {"grip": the_thumb.pad(), "thumb-tip": the_thumb.tip(), "wrist": (0.0, 0.0)}
    return drawing


def hold_side() -> Drawing:
    """Step 2: a hand wrapped round the forefoot from its side, seen from above.

    The thumb, shortened to about three quarters of the palm's width (``SIDE_THUMB``:
    seen from above it slopes down toward the foot), lies across the top, its pad where
    a stroke starts; the back of the hand, beside the foot, points down and away (it
    shows ``SIDE_SHORT`` of its length), and the four fingers curl round under the sole:
    each shows from its knuckle to where it turns under the foot's edge (drawn behind
    the foot), apart from its neighbours. The wrist bends, so the forearm runs back
    toward the heel as it leaves the picture. Placed mirrored (``flip``) on the foot's
    other side.
    """
    short = SIDE_SHORT
    fingers = {
        n: Digit(
            root=(root[0] * 0.92, root[1] * short - 4),
            angle=splay,
            lengths=[length * b for length, b in zip(lengths, (0.62, 0.5, 0.4), strict=True)],
            turns=(-6.0, -6.0),
            widths=[w * 0.95 for w in widths],
        )
        for (n, (root, lengths, widths)), splay in zip(
            BACK_FINGERS.items(), (10, 3, -4, -12), strict=True
        )
    }
    root, lengths, widths = BACK_THUMB
    the_thumb = Digit(
        root=(root[0], root[1] * short),
        angle=26,
        lengths=[length * SIDE_THUMB for length in lengths],
        turns=(-8, -8),
        widths=widths,
        nail=1.0,
    )
    palm = affinity.scale(outline(PALM_BACK, 3.0), 1.0, short, origin=(0, 0))
    forearm = affinity.rotate(arm(), WRIST_BEND, origin=(0, 0))
    drawing = Drawing(
        caption="Hand round the forefoot, thumb on top, fingers under",
        base=[forearm, root_of(the_thumb, (WEB[0], WEB[1] * short))],
        digits=[the_thumb],
        cut=-ARM * 0.8,
        behind=[*(fingers[n].polygon() for n in FINGERS), palm],
        lines=[("thumb", "base")],
        names={**fingers, "thumb": the_thumb},
        nails=[the_thumb],
    )
    drawing.landmarks = {
        "grip": the_thumb.pad(),
        "thumb-tip": the_thumb.tip(),
        "knuckles": between(fingers["index"].joint(0), fingers["little"].joint(0)),
        "wrist": (0.0, 0.0),
    }
    return drawing


SIDE_SHORT = 0.55
"""How much of its length the back of the hand of ``hold_side`` shows, pointing away."""
SIDE_THUMB = 0.56
"""The share of its full length the thumb of ``hold_side`` shows across the foot's top:
about three quarters of the palm's width, so it reads as a thumb on the toes' bases, not
a bar hiding them."""
WRIST_BEND = 30.0
"""Degrees the forearm of ``hold_side`` turns from the hand's line, toward the little
finger's side: the hand wraps across the foot while the arm runs back toward the heel."""


def thumb_wrap() -> Drawing:
    """Step 3, the working hand: the thumb's pad on the sole, the fingers round the foot."""
    return _thumb_over("Thumb pressing, fingers round the foot", 30, (-10, -14), 0.5, THUMB_REACH)


THUMB_REACH = 0.72
"""The share of its length the pressing thumb of ``thumb_wrap`` shows on the sole: at
full length, straight out from a fist, it reads as a pointing index finger."""


def wrap() -> Drawing:
    """Step 6: a hand round the lower leg from behind, seen from the leg's inner side.

    The fingers lie across the near side of the leg, curling a little, their tips at its
    front edge (where they turn round out of sight); the thumb is behind the leg.
    """
    fingers = {
        n: finger(n, s, (0.9, 0.66, 0.4), turns=(18, 16), nail=0.0)
        for n, s in zip(FINGERS, (11, 5, -1, -7), strict=True)
    }
    drawing = back_of_hand(
        "Hand wrapped round the leg",
        fingers,
        thumb(34, (-8, -6), nail=0.0),
        front=("index", "middle", "ring", "little"),
        behind=("thumb",),
        landmarks={
            "grip": PALM,
            "thumb-tip": _tip,
            "fingertips": lambda n: n["middle"].tip(),
        },
    )
    drawing.squash = (0.85, 1.0)
    return drawing


def hold_top() -> Drawing:
    """Step 6: a hand gripping the forefoot from above, seen from the foot's inner side.

    The back of the hand is over the top of the foot (seen a little from above, so it
    shows ``TOP_SHORT`` of its length); the four fingers come down the near side, each
    apart from the next, their last joints bent a little toward the sole and ending in
    round tips with nails (a tip turned away out of sight reads as a cut, open finger);
    the thumb lies along the top of the foot, toward the ankle. The
    wrist bends (``TOP_BEND``), so the forearm leaves the picture up and forward,
    clear of the leg. The grip is the middle of the knuckles, placed on the foot's top.
    """
    short = TOP_SHORT
    fingers = {
        n: finger(n, s, (0.9, 0.72, 0.55), turns=(6.0, 12.0), nail=0.9)
        for n, s in zip(FINGERS, (8.0, 2.5, -3.0, -9.0), strict=True)
    }
    fingers = {n: _lowered(d, short) for n, d in fingers.items()}
    root, lengths, widths = BACK_THUMB
    the_thumb = Digit(
        root=(root[0], root[1] * short),
        angle=66,
        lengths=[length * b for length, b in zip(lengths, (0.8, 0.62, 0.72), strict=True)],
        turns=(-4, -6),
        widths=widths,
        nail=0.9,
    )
    palm = affinity.scale(outline(PALM_BACK, 3.0), 1.0, short, origin=(0, 0))
    drawing = Drawing(
        caption="Hand gripping the forefoot from above",
        base=[palm, affinity.rotate(arm(), TOP_BEND, origin=(0, 0)), root_of(the_thumb)],
        digits=[the_thumb, *(fingers[n] for n in FINGERS)],
        cut=-ARM * 0.8,
        lines=[("index", "middle"), ("ring", "middle"), ("little", "ring"), ("thumb", "base")],
        names={**fingers, "thumb": the_thumb},
        nails=[the_thumb, *(fingers[n] for n in FINGERS)],
    )
    drawing.landmarks = {
        "grip": between(fingers["middle"].joint(0), fingers["ring"].joint(0)),
        "thumb-tip": the_thumb.tip(),
        "fingertips": fingers["middle"].tip(),
        "wrist": (0.0, 0.0),
    }
    return drawing


def _lowered(digit: Digit, short: float) -> Digit:
    """A finger whose knuckle sits on a palm shown ``short`` of its length."""
    x, y = digit.root
    return Digit(
        root=(x, y * short),
        angle=digit.angle,
        lengths=digit.lengths,
        turns=digit.turns,
        widths=digit.widths,
        nail=digit.nail,
    )


TOP_SHORT = 0.7
"""How much of its length the back of the hand of ``hold_top`` shows, over the foot."""
TOP_BEND = 45.0
"""Degrees the forearm of ``hold_top`` turns from the hand's line, toward the little
finger's side: the fingers point down round the foot, the arm leaves forward, past the
toes, not up across the leg."""
