"""Which outlets a chart names, and their colours: the top outlets by articles, then "all others".

A chart of 400 outlets cannot be read, and a figure as tall as 400 bars cannot be shown.
`outlet_colors(<each article's outlet>, top=N)` ranks the outlets by their number of
articles (ties by name) and gives each of the first N a colour of its own; the rest share
one grey and are drawn together as "all others", pooled from their counts. The mapping is
built once per run and passed to every chart, so an outlet has the same colour, and is
named or pooled the same way, in every chart. The tables keep every outlet's own rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import matplotlib
import pandas as pd

OTHERS = "all others"
OTHERS_COLOR = "#A0A0A0"
# Colour-blind-safe qualitative palette (Okabe & Ito), then tab20 without its greys (the
# colour of "all others"), each next the one farthest from all before it: 26 colours, so up
# to 26 outlets are named in a chart. In tab20's own order the ninth outlet took a blue next
# to Okabe & Ito's first, and two outlets of a nine-outlet chart looked alike.
_OKABE_ITO = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
]
_TAB20_GREYS = {"#7f7f7f", "#c7c7c7"}


def _farthest_first(chosen: list[str], candidates: list[str]) -> list[str]:
    """`chosen`, then the candidates, each next the one whose nearest chosen colour is
    farthest from it in RGB."""
    rgb = matplotlib.colors.to_rgb
    order, left = list(chosen), list(candidates)
    while left:
        gap = [
            min(sum((a - b) ** 2 for a, b in zip(rgb(c), rgb(o), strict=True)) for o in order)
            for c in left
        ]
        order.append(left.pop(gap.index(max(gap))))
    return order


PALETTE = _farthest_first(
    _OKABE_ITO,
    [
        hex_color
        for hex_color in (matplotlib.colors.to_hex(c) for c in matplotlib.colormaps["tab20"].colors)
        if hex_color not in _TAB20_GREYS
    ],
)


class OutletColors(dict[str, str]):
    """One colour per outlet (a dict: outlet -> hex), plus `shown`: the outlets charts name.

    The others map to `OTHERS_COLOR`, and so does the key `OTHERS` itself.
    """

    def __init__(self, colors: Mapping[str, str], shown: Sequence[str]) -> None:
        super().__init__(colors)
        self.shown = tuple(shown)

    def __reduce__(self) -> tuple:
        return (OutletColors, (dict(self), self.shown))


def outlet_colors(outlets: Iterable[str], top: int | None = None) -> OutletColors:
    """A colour (hex) for each outlet, the same in every chart of a run.

    Args:
        outlets: the outlet of every article (repeats count: they rank the outlets).
        top: how many outlets charts name, most articles first (ties by name); the rest
            are drawn as "all others". None names every outlet; so does a `top` that
            would leave a single outlet to pool.
    Returns:
        The named outlets coloured in name order from `PALETTE` (cycling past 26), the
        others and `OTHERS` in `OTHERS_COLOR`.
    """
    articles = Counter(outlets)
    ranked = sorted(articles, key=lambda name: (-articles[name], name))
    if top is not None and top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    shown = ranked if top is None or len(ranked) <= top + 1 else ranked[:top]
    colors = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(shown))}
    hidden = {name: OTHERS_COLOR for name in ranked if name not in colors}
    extra = {OTHERS: OTHERS_COLOR} if hidden else {}
    return OutletColors({**colors, **hidden, **extra}, sorted(shown))


def chart_group(colors: Mapping[str, str]) -> dict[str, str]:
    """Outlet -> the name a chart gives it: itself if shown, else `OTHERS`.

    A plain mapping (not from `outlet_colors`) names every outlet it holds.
    """
    shown = set(getattr(colors, "shown", colors))
    return {name: name if name in shown else OTHERS for name in colors if name != OTHERS}


def grouped(outlets: pd.Series, colors: Mapping[str, str]) -> pd.Series:
    """Each row's chart name (its outlet, or `OTHERS`); outlets not in `colors` stay as they
    are, for `_check_colors` to name."""
    group = chart_group(colors)
    return outlets.map(lambda outlet: group.get(outlet, outlet))


def chart_order(names: Iterable[str]) -> list[str]:
    """Chart names in drawing order: outlets by name, then "all others"."""
    present = set(names)
    return sorted(present - {OTHERS}) + ([OTHERS] if OTHERS in present else [])


def pooled_count(outlets: Iterable[str], colors: Mapping[str, str]) -> int:
    """How many of these outlets are drawn as "all others"."""
    group = chart_group(colors)
    return sum(1 for outlet in set(outlets) if group.get(outlet) == OTHERS)


def flagged_groups(flagged: Iterable[str], colors: Mapping[str, str]) -> set[str]:
    """Chart names to mark: flagged outlets, and "all others" if it pools a flagged one."""
    group = chart_group(colors)
    return {group.get(outlet, outlet) for outlet in flagged}


def others_note(outlets: Iterable[str], colors: Mapping[str, str], table: str) -> list[str]:
    """The footnote that says what "all others" pools, when the chart has it."""
    count = pooled_count(outlets, colors)
    if not count:
        return []
    named = len(getattr(colors, "shown", ()))
    return [
        f"{OTHERS}: the {count} outlets after the {named} with most articles, pooled; "
        f"each outlet's own numbers are in the {table} table."
    ]
