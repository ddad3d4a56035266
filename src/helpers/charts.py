"""Charts for the report. Every function returns its matplotlib `Figure`.

One colour per outlet, the same in every chart of a run: `outlet_colors` assigns them
from the sorted outlet names, so the mapping depends only on which outlets are present.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib

# Colour-blind-safe qualitative palette (Okabe & Ito), then tab20 for larger corpora.
_PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
]


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """A stable colour for each outlet name, assigned in sorted order."""
    names = sorted(set(outlets))
    extra = [matplotlib.colors.to_hex(c) for c in matplotlib.colormaps["tab20"].colors]
    palette = _PALETTE + extra
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}
