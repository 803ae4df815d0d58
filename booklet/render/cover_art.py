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

from reportlab.graphics.shapes import Group
from reportlab.lib.colors import HexColor

from booklet.marks.base import DiagramStyle, Frame, Placement
from booklet.marks.figure import figure_group
from booklet.model.colors import blend
from booklet.model.content import Content, CoverArt
from booklet.model.geometry import Box
from booklet.model.layout import Colors
from booklet.render.diagram_layout import picture_box


def cover_style(style: DiagramStyle, colors: Colors) -> DiagramStyle:
    """The diagram style recoloured for the band, dark or a clinic's pale one alike.

    Figures are nearly the paper's colour, hands a little deeper, outlined in a dark
    shade of the band.
    """
    band, paper, dark = colors.cover_band, colors.paper, colors.text
    return replace(
        style,
        figure_fill=HexColor(blend(band, paper, 0.88)),
        figure_hand=HexColor(blend(band, paper, 0.68)),
        figure_outline=HexColor(blend(band, dark, 0.6)),
        figure_detail=HexColor(blend(band, dark, 0.3)),
    )


def cover_art_group(art: CoverArt, content: Content, style: DiagramStyle, box: Box) -> Group:
    """The picture fitted into ``box`` (page points), centred in it."""
    view = content.view(art)
    left, bottom, right, top = picture_box(art, view, content.poses, style)
    scale = min((box[2] - box[0]) / (right - left), (box[3] - box[1]) / (top - bottom))
    x = (box[0] + box[2]) / 2 - (left + right) / 2 * scale
    y = (box[1] + box[3]) / 2 - (bottom + top) / 2 * scale
    frame = Frame(x, y, scale)
    place = Placement(view, frame, style, (), content.poses)
    group = Group()
    for overlay in art.overlays:
        group.add(overlay.mark.draw_behind(place))
    matrix = (scale, 0.0, 0.0, scale, x, y)
    group.add(figure_group(view, matrix, scale, style.figure_fill, style))
    for overlay in art.overlays:
        group.add(overlay.mark.draw(place))
    return group
