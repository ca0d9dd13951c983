"""Charts of notebook 03: money announced by donor and instrument, and a timeline of the figures."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd

from ..text import usd_short
from .style import OKABE_ITO, OTHER, TOP_N, note_empty, save_figure, source_note


def _labels(table: pd.DataFrame) -> list[str]:
    """Each figure as written with its currency: "nearly £30m (GBP)"; a figure that writes its currency's code
    says it once ("1.12 billion USD", never "1.12 billion USD (USD)")."""
    return [f"{(q + ' ') if q else ''}{span}"
            + ("" if cur and re.search(rf"\b{re.escape(cur)}\b", span) else f" ({cur or 'no currency'})")
            for q, span, cur in zip(table["qualifier"], table["span"], table["currency"])]


def _first_few(labels: pd.Series, n: int = 3) -> str:
    """Up to ``n`` figures as written, then how many more (labels stay readable with thousands of figures)."""
    items = list(labels)
    more = f"; and {len(items) - n:,} more" if len(items) > n else ""
    return "; ".join(items[:n]) + more


#: Figures as written named at the end of a bar, and the longest one shown whole: a bar's label stays inside the
#: chart however many figures it sums.
BAR_FIGURES = 2
FIGURE_CHARS = 28


def _bar_label(rows: pd.DataFrame) -> str:
    """The label of one bar: its largest instrument's first figures as written, then how many more the bar sums
    ("£3bn (GBP); $40 million (USD); and 7 more")."""
    rows = rows.sort_values("usd_millions", ascending=False, kind="stable")
    first = [f if len(f) <= FIGURE_CHARS else f[:FIGURE_CHARS - 1] + "…"
             for f in rows["figures"].iloc[0].split("; ") if not f.startswith("and ")][:BAR_FIGURES]
    more = int(rows["count"].sum()) - len(first)
    return "; ".join(first) + (f"; and {more:,} more" if more > 0 else "")


def _axis_scale(largest_millions: float) -> tuple[float, str]:
    """(divisor, name) for an axis of USD millions whose longest bar is ``largest_millions``: tick labels stay
    plain numbers (a corpus of trillion-dollar figures gets "billions", never a "1e6" offset)."""
    if largest_millions >= 1e9:
        return 1e6, "trillions"
    if largest_millions >= 1e6:
        return 1e3, "billions"
    return 1.0, "millions"


def by_donor_data(announced: pd.DataFrame, recipient: str = "") -> pd.DataFrame:
    """USD millions per donor (top N, rest "other") and instrument, with the figures as written.

    Without a recipient of interest each bar is a "donor → recipient" pair, so money to every
    recipient the text names is shown side by side.
    """
    if announced.empty:
        return pd.DataFrame(columns=["donor", "instrument", "usd_millions", "figures", "count", "articles"])
    table = announced.copy()
    if not recipient:
        table["donor"] = table["donor"] + " → " + table["recipient"]
    donors = table.groupby("donor")["amount_usd"].sum().sort_index().sort_values(ascending=False, kind="stable")
    keep = set(donors.index[:TOP_N])
    table["donor"] = [d if d in keep else OTHER for d in table["donor"]]
    table = table.sort_values("amount_usd", ascending=False, kind="stable")  # each bar names its largest first
    table["as_written"] = _labels(table)
    data = table.groupby(["donor", "instrument"], as_index=False).agg(
        usd_millions=("amount_usd", lambda s: s.sum() / 1e6), figures=("as_written", _first_few),
        count=("as_written", "size"), articles=("doc_id", "nunique"))
    return data.sort_values(["donor", "instrument"], kind="stable").reset_index(drop=True)


def plot_by_donor(corpus: pd.DataFrame, announced: pd.DataFrame, recipient: str = "",
                  name: str = "03_aid_by_donor") -> plt.Figure:
    """Stacked bars: money announced by donor (to the recipient of interest, or per donor → recipient pair),
    split by instrument, in USD, labelled as written."""
    data = by_donor_data(announced, recipient)
    scale, scale_name = _axis_scale(data.groupby("donor")["usd_millions"].sum().max() if len(data) else 0.0)
    donors = list(data.groupby("donor")["usd_millions"].sum().sort_values(kind="stable").index)
    instruments = sorted(data["instrument"].unique())
    fig, ax = plt.subplots(figsize=(11, max(3.0, 0.9 * len(donors) + 2)))
    if recipient:
        ax.set_title(f"Aid to {recipient} announced in the articles, by donor and instrument")
    else:
        ax.set_title("Money figures in the articles, by donor → recipient and instrument")
    if data.empty:
        note_empty(ax, f"No money figures for {recipient} were found." if recipient else
                   "No money figures with an amount were found.")
    left = dict.fromkeys(donors, 0.0)
    for k, instrument in enumerate(instruments):
        part = data[data["instrument"] == instrument].set_index("donor")["usd_millions"]
        values = [part.get(d, 0.0) / scale for d in donors]
        ax.barh(donors, values, left=[left[d] for d in donors], color=OKABE_ITO[k % len(OKABE_ITO)],
                label=instrument, edgecolor="white")
        for d, v in zip(donors, values):
            left[d] += v
    for d in donors:
        ax.text(left[d], d, f"  {_bar_label(data[data['donor'] == d])}", va="center", fontsize=8.5)
    if not data.empty:
        ax.set_xlim(0, max(left.values()) * 1.9)
        ax.legend(title="instrument", loc="lower right", frameon=False)
    ax.xaxis.set_major_formatter(mticker.FuncFormatter(lambda value, _pos: f"{value:,.6g}"))  # "20,000", no offset
    ax.set_xlabel(f"US$ {scale_name} at the article date (ECB reference rates)")
    ax.set_ylabel("donor" if recipient else "donor → recipient")
    save_figure(fig, name, data, source_note(corpus, "each package counted once; totals replaced by their parts"))
    return fig


def timeline_data(announced: pd.DataFrame) -> pd.DataFrame:
    """Announcements with a date: published, donor, instrument, USD millions and the figure as written."""
    columns = ["published", "doc_id", "donor", "instrument", "usd_millions", "as_written"]
    table = announced[announced["published"].notna()].copy()
    if table.empty:
        return pd.DataFrame(columns=columns)
    table["usd_millions"] = table["amount_usd"] / 1e6
    table["as_written"] = _labels(table)
    table["published"] = table["published"].dt.strftime("%Y-%m-%d")
    return table[columns].sort_values(
        ["published", "doc_id", "usd_millions"], kind="stable").reset_index(drop=True)


def plot_timeline(corpus: pd.DataFrame, announced: pd.DataFrame, name: str = "03_aid_timeline") -> plt.Figure:
    """Announcements by article date (log scale of USD), one colour per donor."""
    data = timeline_data(announced)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    ax.set_title("Money figures by the date of the article that reported them")
    if data.empty:
        note_empty(ax, "No dated money figures.")
    else:
        dates = pd.to_datetime(data["published"])
        for k, donor in enumerate(sorted(data["donor"].unique())):
            mask = data["donor"] == donor
            ax.scatter(dates[mask], data.loc[mask, "usd_millions"], s=70, color=OKABE_ITO[k % len(OKABE_ITO)],
                       label=donor, zorder=3, marker="os^Dv<>"[k % 7])
        ax.set_yscale("log")
        # Dollars as a reader says them ("$10k", "$1bn"), not the log formatter's "1e-05" millions.
        ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda value, _pos: usd_short(value * 1e6)))
        ax.yaxis.set_minor_formatter(mticker.NullFormatter())
        ax.legend(title="donor", frameon=False, loc="upper right")
        span = (dates.max() - dates.min()) or pd.Timedelta(days=30)
        ax.set_xlim(dates.min() - 0.1 * span, dates.max() + 0.45 * span)
        _label_largest(fig, ax, dates, data)
    ax.set_xlabel("article publication date")
    ax.set_ylabel("US$ at the article date (log scale)")
    save_figure(fig, name, data, source_note(corpus, "amounts converted at the article date, ECB rates"))
    return fig



#: Points of the timeline labelled with their figure as written, largest first, at most.
TIMELINE_LABELS = 15
#: Where a label may stand beside its point (offset in points, alignment), tried in this order.
_LABEL_SPOTS = (((7, 3), "left"), ((7, -11), "left"), ((-7, 3), "right"), ((-7, -11), "right"))


def _label_largest(fig: plt.Figure, ax: plt.Axes, dates: pd.Series, data: pd.DataFrame) -> None:
    """Label the largest figures with their text as written, skipping any label that would overlap one already
    placed or run off the chart (a label is measured once drawn; the order is fixed, so the result is too).

    A label's box is its text's box moved to its point, so once one label of a text has been measured at a spot,
    the box of that text at another point is known; a label that would be far off the chart or deep inside a
    placed one is skipped without drawing it (at 10,000 articles most of 3,600 tries were), and every label that
    may fit is drawn and measured as before: the same labels, the same figure.
    """
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed: list = []
    shapes: dict[tuple, np.ndarray] = {}  # (text, offset, alignment) -> its box's extents less its point's position
    order = data["usd_millions"].reset_index(drop=True).sort_values(ascending=False, kind="stable").index
    texts = data["as_written"].tolist()
    points = np.tile(ax.transData.transform(np.column_stack([ax.convert_xunits(dates), data["usd_millions"]])), 2)
    for i in order:
        if len(placed) >= TIMELINE_LABELS:
            break
        text, point = texts[i], points[i]
        inside = ax.contains_point(point[:2])  # a point off the axes has no box (matplotlib clips its label)
        for offset, align in _LABEL_SPOTS:  # right above, right below, left above, left below the point
            shape = shapes.get((text, offset, align)) if inside else None
            if shape is not None and _surely_rejected(shape + point, frame, placed):
                continue
            label = ax.annotate(text, (dates.iloc[i], data["usd_millions"].iloc[i]), xytext=offset,
                                textcoords="offset points", fontsize=8.5, ha=align)
            box = label.get_window_extent(renderer)
            if inside:
                shapes.setdefault((text, offset, align), box.extents - point)
            if (box.x0 < frame.x0 or box.x1 > frame.x1 or box.y0 < frame.y0 or box.y1 > frame.y1
                    or any(box.overlaps(other) for other in placed)):
                label.remove()
            else:
                placed.append(box)
                break


#: Display units (pixels) a predicted label box must clear a limit by to be skipped undrawn: far more than the
#: rounding between a predicted and a measured box.
_SURE_MARGIN = 0.5


def _surely_rejected(extents: np.ndarray, frame, placed: list) -> bool:
    """Whether a label box predicted at ``extents`` (x0, y0, x1, y1) would run off the chart or overlap a placed
    label by more than ``_SURE_MARGIN`` on every side the test reads, so drawing and measuring it would reject it."""
    x0, y0, x1, y1 = extents
    m = _SURE_MARGIN
    if x0 < frame.x0 - m or x1 > frame.x1 + m or y0 < frame.y0 - m or y1 > frame.y1 + m:
        return True
    return any(x0 + m <= o.x1 and o.x0 <= x1 - m and y0 + m <= o.y1 and o.y0 <= y1 - m for o in placed)
