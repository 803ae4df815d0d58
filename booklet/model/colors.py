"""Colour arithmetic for accessibility checks (WCAG 2 relative luminance and contrast)."""

from __future__ import annotations

import colorsys


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour, from 0 (black) to 1 (white)."""
    channels = [int(color[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(base: str, other: str, share: float) -> str:
    """``share`` of ``other`` mixed into ``base`` (0 keeps ``base``, 1 gives ``other``)."""
    mixed = [
        round(int(base[i : i + 2], 16) * (1 - share) + int(other[i : i + 2], 16) * share)
        for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{channel:02X}" for channel in mixed)


TINT_CONTRAST = 1.12
"""A tint panel stands apart from the paper by at least this much (else it is invisible)."""


def visible_tint(color: str, paper: str) -> str:
    """A pale tint of ``color`` for panels: 10 % of it on the paper, more for a pale colour.

    Meadow's pale mint at 10 % is 1.05:1 against white, which no one sees; the share of
    the colour grows until the panel stands apart from the paper.
    """
    for share in (0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6):
        tint = blend(color, paper, share)
        if contrast_ratio(tint, paper) >= TINT_CONTRAST:
            return tint
    return blend(color, paper, 0.5)


def darken_until_readable(color: str, grounds: list[tuple[str, float]]) -> str:
    """The lightest shade of ``color`` that reaches each ratio against its ground.

    Keeps the hue and saturation of a brand colour, so it still looks like the brand,
    and only lowers its lightness until text on or in it is readable.
    """
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    candidate = color
    while lightness > 0:
        rgb = colorsys.hls_to_rgb(hue, lightness, saturation)
        candidate = "#" + "".join(f"{round(channel * 255):02X}" for channel in rgb)
        if all(contrast_ratio(candidate, ground) >= ratio for ground, ratio in grounds):
            return candidate
        lightness -= 0.005
    return "#000000"


STRIPE_CONTRAST = 3.0
"""What a stripe needs against each of its neighbours to be seen (WCAG's figure for graphics)."""


def visible_stripe(stripe: str, above: str, below: str) -> str | None:
    """``stripe`` if it stands out from what is above and below it, else None.

    A stripe that melts into the band or the paper is left out rather than drawn faintly.
    """
    if all(contrast_ratio(stripe, ground) >= STRIPE_CONTRAST for ground in (above, below)):
        return stripe
    return None
