"""Tidy tree layout of a scenario, shared by the chart on screen and the PDF.

``layout_tree`` places the boxes and connectors of the visible units (``layout_compact``,
or ``options=COMPACT``, the compact layout of expanded charts: leaves stacked under
their parent, wide rows wrapped; :mod:`rbdesk.layout.compact`); ``tile`` splits
a large layout into pages; ``subtrees_by_opd`` lists the units that get one chart each
and ``layout_charts`` lays them all out at once.
No Qt and no reportlab here: the caller measures text and draws.
"""

from rbdesk.layout.forest import chart_order, subtrees_by_opd
from rbdesk.layout.geometry import Box, Edge, Layout, Placement, Point
from rbdesk.layout.tidy import (
    COMPACT,
    DEFAULT_SIDE_KINDS,
    LayoutOptions,
    Measure,
    layout_charts,
    layout_compact,
    layout_tree,
)
from rbdesk.layout.tiling import Tile, tile

__all__ = [
    "COMPACT",
    "DEFAULT_SIDE_KINDS",
    "Box",
    "Edge",
    "Layout",
    "LayoutOptions",
    "Measure",
    "Placement",
    "Point",
    "Tile",
    "chart_order",
    "layout_charts",
    "layout_compact",
    "layout_tree",
    "subtrees_by_opd",
    "tile",
]
