"""Report-ready charts: one style, a colour-blind-safe palette, deterministic files.

Every chart is saved with :func:`save_figure`, which writes ``NAME.png`` and the
table it plots as ``NAME.csv`` side by side, so tests compare data, not pixels.
PNGs carry no Software/date metadata, so rebuilding leaves ``git status`` clean.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from . import config

#: Okabe & Ito (2008) colour-blind-safe palette, black last.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999", "#000000"]
#: Most categories a chart shows before grouping the rest as "other".
TOP_N = 12
OTHER = "other"


def set_style() -> None:
    """One look for every chart: white grid, readable fonts at report size, the Okabe-Ito palette."""
    sns.set_theme(style="whitegrid", palette=OKABE_ITO, context="notebook")
    mpl.rcParams.update({
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.labelsize": 11,
        "legend.fontsize": 10,
        "legend.title_fontsize": 10,
        "svg.hashsalt": "helpers",
        "axes.prop_cycle": mpl.cycler(color=OKABE_ITO),
    })


def source_note(corpus: pd.DataFrame, what: str = "") -> str:
    """The standard source line: how many articles from which corpus folder, and the method."""
    folder = corpus.attrs.get("folder") or config.corpus_label().rstrip("/")
    note = f"Source: {len(corpus):,} articles in {folder}/, cleaned text"
    return f"{note}; {what}" if what else note


def save_figure(fig: plt.Figure, name: str, data: pd.DataFrame, source: str) -> None:
    """Add the source note, then write ``NAME.png`` and ``NAME.csv`` (the plotted data) to the figures folder.

    The CSV is written with a fixed float format and ``\\n`` line ends; the PNG
    without Software/creation metadata, so identical data gives identical files.
    """
    renderer = fig.canvas.get_renderer()  # place the note below the lowest tick label or axis title
    lowest = min((ax.get_tightbbox(renderer).y0 for ax in fig.axes if ax.get_visible()), default=0.0)
    fig.text(0.01, min(lowest / fig.bbox.height, 0.0) - 0.015, source, ha="left", va="top", fontsize=8.5,
             color="#444444", wrap=True)
    folder = config.figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fig.savefig(folder / f"{name}.png", metadata={"Software": None})
    data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n", float_format="%.6g")


def top_n_with_other(values: pd.Series, n: int = TOP_N) -> pd.Series:
    """Keep the ``n`` largest categories of a numeric Series (ties by name) and sum the rest as "other"."""
    ordered = values.sort_index().sort_values(ascending=False, kind="stable")
    if len(ordered) <= n:
        return ordered
    head = ordered.iloc[:n]
    return pd.concat([head, pd.Series({OTHER: ordered.iloc[n:].sum()})])


def shorten(text: str, width: int = 60) -> str:
    """Cut a label to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def note_empty(ax: plt.Axes, message: str) -> None:
    """Replace an empty chart's axes with a centred message, so the figure still says why it is empty."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#444444", transform=ax.transAxes)
