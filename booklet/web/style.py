"""The HTML edition's look, from the same layout as the PDF: type sizes and colours.

Sizes are the layout's, in rem (a point is 4/3 px, and 16 px is 1 rem, so a reader's
own browser font size scales everything), so the large-print edition reads large on
screen too. Colours are the edition's (clinic brand included), each text
colour darkened where needed to reach 7:1 against every ground it sits on: screens vary
more than paper, and WCAG's enhanced contrast (AAA) costs a brand nothing but a shade.
"""

from __future__ import annotations

from dataclasses import dataclass

from booklet.model.colors import contrast_ratio, darken_until_readable
from booklet.model.layout import Colors, Layout, TextStyle

ENHANCED = 7.0
"""WCAG 2 AAA contrast for text."""
PX_PER_PT = 4 / 3
LARGE_PRINT = 18
"""Body text of 18 pt or more is large print."""


@dataclass(frozen=True)
class Size:
    """A text role's size in rem (so a reader's own font size scales it), and line height."""

    size: float
    leading: float


@dataclass(frozen=True)
class WebStyle:
    """Everything the style sheet template needs."""

    colors: dict[str, str]
    sizes: dict[str, Size]
    large_print: bool
    """Large print puts every figure under its text, at any width."""


def web_style(layout: Layout) -> WebStyle:
    """The layout's sizes in pixels and its colours made readable for screens."""
    text = layout.text
    roles = {
        "body": text.body,
        "small": text.small,
        "title": text.cover_title,
        "subtitle": text.cover_subtitle,
        "kicker": text.cover_kicker,
        "audience": text.cover_audience,
        "h2": text.h1,
        "h3": text.h2,
        "step": text.step_title,
        "number": text.step_number,
        "label": text.callout_label,
    }
    large = layout.text.body.size >= LARGE_PRINT
    return WebStyle(web_colors(layout), {n: _rem(s) for n, s in roles.items()}, large)


def _rem(style: TextStyle) -> Size:
    rem = max(style.size * PX_PER_PT / 16, 1.0)  # nothing on screen under 16 px
    return Size(round(rem, 4), round(style.leading / style.size, 3))


def web_colors(layout: Layout) -> dict[str, str]:
    """Named colours for CSS; every text colour reaches 7:1 on each of its grounds."""
    colors = layout.colors
    grounds = [
        colors.paper,
        colors.accent_tint,
        colors.tip.background,
        colors.caution.background,
    ]
    on_accent = colors.on_accent
    accent = _readable(colors.accent, [on_accent])
    return {
        "paper": colors.paper,
        "text": _readable(colors.text, grounds),
        "muted": _readable(colors.muted, [colors.paper]),
        "heading": _readable(colors.heading, grounds),
        "accent": accent,
        "on-accent": on_accent,
        **_cover_colors(colors),
        "tint": colors.accent_tint,
        "rule": colors.rule,
        "stripe": colors.cover_stripe or colors.cover_band,
        "tip-background": colors.tip.background,
        "tip-border": colors.tip.border,
        "caution-background": colors.caution.background,
        "caution-border": colors.caution.border,
        "focus": _readable(colors.caution.icon, [colors.paper]),
    }


def _cover_colors(colors: Colors) -> dict[str, str]:
    """The cover band and its text at 7:1: a dark band is darkened, text on a pale one."""
    if colors.band is None:
        return {"band": _readable(colors.accent, [colors.on_accent]), "on-band": colors.on_accent}
    return {"band": colors.band, "on-band": _readable(colors.cover_text, [colors.band])}


def _readable(color: str, grounds: list[str]) -> str:
    """``color``, or the lightest darker shade of it that reaches 7:1 on every ground."""
    if all(contrast_ratio(color, ground) >= ENHANCED for ground in grounds):
        return color
    return darken_until_readable(color, [(ground, ENHANCED) for ground in grounds])
