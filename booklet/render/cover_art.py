"""The cover's illustration: a view with hands on it, drawn in the cover band's colours.

The picture on the cover is the same drawing data as the step diagrams (a view and
hand poses placed on it, from the content's ``cover_art``), so a patient recognises
the booklet by what it teaches. It is drawn light on the band's colour, in the
clinic's colours when branded, fitted into the layout's ``cover.art`` box and kept
inside the band. It says nothing the title does not, so it is decoration (an
artifact), not a figure.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.graphics.shapes import Group, Path, Rect
from reportlab.lib.colors import Color, HexColor

from booklet.marks.base import DiagramStyle, Frame, Placement
from booklet.marks.figure import figure_group
from booklet.model.colors import (
    blend,
    contrast_ratio,
    darken_until_readable,
    relative_luminance,
)
from booklet.model.content import Content, CoverArt
from booklet.model.geometry import Box
from booklet.model.layout import Colors
from booklet.render.diagram_layout import picture_box
from booklet.render.styles import hand_fill

OUTLINE_CONTRAST = 3.0
"""The art's outline against the band: WCAG's figure for graphics, so the silhouette holds."""

HAND_CONTRAST = 1.5
"""A hand against the foot it lies on, so the two stay apart in black and white too."""

HAND_BAND_CONTRAST = 1.8
"""A hand against the band, so a hand reaching past the foot stands clear of the band,
in greyscale too: on a pale band it is a clearly darker shade of the band's hue."""

FOOT_BAND_CONTRAST = 1.5
"""The foot against the band: its fill is lightened toward the paper until it gets there."""

DEEP_SKIN = 3.0
"""How far (a contrast ratio) the deepest shade the hand's skin may take lies from the skin."""

SKIN_MUTE = 0.35
"""How much of the figures' outline colour goes into that deepest shade."""

SLEEVE_CONTRAST = 1.3
"""A sleeve against the band and the hand: cloth in the band's hue, apart from both."""

FADE_SHARE = 0.2
"""The top share of the art box over which the limbs fade into the band."""

FADE_STEPS = 48
FADE_VEIL = 0.078
"""Each veil's opacity: the 48 together hide all but 2 % of what is under them, in steps
too fine to see (sixteen veils of 0.22 showed as stripes, with a hard first edge)."""


def _shade_until(start: str, toward: str, grounds: list[tuple[str, float]]) -> str:
    """``start`` moved toward ``toward`` until it reaches each ratio against its ground."""
    for step in range(101):
        candidate = blend(start, toward, step / 100)
        if all(contrast_ratio(candidate, ground) >= ratio for ground, ratio in grounds):
            return candidate
    return toward


def _deepen(skin: str, outline: str, grounds: list[tuple[str, float]]) -> str:
    """The skin moved toward a deep, slightly muted shade of itself until it reaches each ratio.

    Darkening alone keeps the skin's saturation and turns it orange; a little of the
    figures' outline colour keeps it a natural deeper skin tone, not a grey one.
    """
    deep = blend(darken_until_readable(skin, [(skin, DEEP_SKIN)]), outline, SKIN_MUTE)
    return _shade_until(skin, deep, grounds)


def cover_colors(colors: Colors) -> dict[str, str]:
    """The cover art's colours: foot, hand, sleeve, outline and detail.

    Skin stays skin on any band: the foot is the figures' fill and the hand their skin
    tone, each moved only in lightness (the foot toward the paper, the hand to a deeper
    shade of the same skin) until the foot stands off the band and the hand off both,
    in greyscale too. The band's hue goes into the outline, dark enough to stand off
    the band, and the sleeves: a clinic's colour dresses the hands, it does not dye them.
    """
    band, paper = colors.cover_band, colors.paper
    outline = darken_until_readable(band, [(band, OUTLINE_CONTRAST)])
    foot = _shade_until(colors.figure_fill, paper, [(band, FOOT_BAND_CONTRAST)])
    skin = colors.figure_hand or hand_fill(colors.figure_fill, colors.figure_outline)
    hand = _deepen(skin, colors.figure_outline, [(foot, HAND_CONTRAST), (band, HAND_BAND_CONTRAST)])
    toward = paper if relative_luminance(band) < relative_luminance(hand) else outline
    sleeve = _shade_until(band, toward, [(band, SLEEVE_CONTRAST), (hand, SLEEVE_CONTRAST)])
    return {
        "fill": foot,
        "hand": hand,
        "sleeve": sleeve,
        "outline": outline,
        "detail": blend(hand, outline, 0.5),
    }


def cover_style(style: DiagramStyle, colors: Colors) -> DiagramStyle:
    """The diagram style recoloured for the band, dark or a clinic's pale one alike."""
    art = cover_colors(colors)
    return replace(
        style,
        figure_fill=HexColor(art["fill"]),
        figure_hand=HexColor(art["hand"]),
        figure_outline=HexColor(art["outline"]),
        figure_detail=HexColor(art["detail"]),
        figure_sleeve=HexColor(art["sleeve"]),
        figure_nail=None,
        backdrop=HexColor(colors.cover_band),
    )


def cover_art_group(art: CoverArt, content: Content, style: DiagramStyle, box: Box) -> Group:
    """The picture fitted into ``box`` (page points), centred in it, as a vignette.

    The picture is cropped where the leg leaves it, arms and leg on one line, and
    clipped to its box; on the style's backdrop (the band) the limbs fade into it toward that line.
    """
    view = content.view(art)
    left, bottom, right, top = picture_box(art, view, content.poses, style)
    top = min(top, max(y for _, y in view.outline()))
    scale = min((box[2] - box[0]) / (right - left), (box[3] - box[1]) / (top - bottom))
    x = (box[0] + box[2]) / 2 - (left + right) / 2 * scale
    y = (box[1] + box[3]) / 2 - (bottom + top) / 2 * scale
    frame = Frame(x, y, scale)
    place = Placement(view, frame, style, (), content.poses)
    x0, y0 = frame((left, bottom))
    x1, y1 = frame((right, top))
    pad = style.outline_width * scale
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    clip.moveTo(x0 - pad, y0 - pad)
    for corner in ((x1 + pad, y0 - pad), (x1 + pad, y1), (x0 - pad, y1)):
        clip.lineTo(*corner)
    clip.closePath()
    group = Group(clip)
    for overlay in art.overlays:
        group.add(overlay.mark.draw_behind(place))
    matrix = (scale, 0.0, 0.0, scale, x, y)
    group.add(figure_group(view, matrix, scale, style.figure_fill, style))
    for overlay in art.overlays:
        group.add(overlay.mark.draw(place))
    if style.backdrop is not None and art.fade:
        group.add(
            _fade(style.backdrop, (x0 - pad, y0, x1 + pad, y1), (box[3] - box[1]) * FADE_SHARE)
        )
    return group


def _fade(band: Color, box: Box, height: float) -> Group:
    """Veils of the band's colour, nested so they deepen to nearly solid at the top edge."""
    fade = Group()
    step = height / FADE_STEPS
    for index in range(FADE_STEPS):
        veil = Rect(box[0], box[3] - height + index * step, box[2] - box[0], height - index * step)
        veil.fillColor = band
        veil.fillOpacity = FADE_VEIL
        veil.strokeColor = None
        fade.add(veil)
    return fade
