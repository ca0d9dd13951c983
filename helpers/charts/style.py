"""Report-ready charts: one style, a colour-blind-safe palette, deterministic files, shared scaling rules.

Every chart is saved with :func:`save_figure`, which writes ``NAME.png`` and the
table it plots as ``NAME.csv`` side by side, so tests compare data, not pixels.
PNGs carry no Software/date metadata, so rebuilding leaves ``git status`` clean.

Scaling rules shared by every chart: small corpora (up to ``MAX_ARTICLES`` articles) are
shown article by article; larger ones by outlet, the ``TOP_N`` largest and the rest as
"other" (``top_n_with_other``); per-article views of large corpora show a reproducible
sample of ``MAX_ARTICLES`` articles.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from .. import config

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
        # Corpus text reaches titles and labels ("US gives $2.5bn, EU $1bn"): draw every string literally,
        # never as mathtext (two "$" would garble it, a backslash inside would stop the build).
        "text.parse_math": False,
        "axes.prop_cycle": mpl.cycler(color=OKABE_ITO),
    })


def source_note(corpus: pd.DataFrame, what: str = "") -> str:
    """The standard source line: how many articles from which corpus folder, and the method."""
    folder = corpus.attrs.get("folder") or "corpus"
    note = f"Source: {len(corpus):,} articles in {folder}/, cleaned text"
    return f"{note}; {what}" if what else note


def spreadsheet_safe(data: pd.DataFrame) -> pd.DataFrame:
    """The table with text cells that a spreadsheet would run as a formula made inert by a leading apostrophe.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (text from
    articles, headlines, outlets) is written as ``'=...``, the convention spreadsheets show as
    plain text (OWASP's advice on CSV injection). Numbers stay numbers; the Parquet store
    keeps the exact text.
    """
    out = data.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            out[column] = [f"'{v}" if isinstance(v, str) and v[:1] in FORMULA_STARTS else v for v in values]
    return out


#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r")


def save_figure(fig: plt.Figure, name: str, data: pd.DataFrame, source: str) -> None:
    """Add the source note, then write ``NAME.png`` and ``NAME.csv`` (the plotted data) to the figures folder.

    The CSV is written with a fixed float format and ``\\n`` line ends, with formula-like text
    cells neutralised (``spreadsheet_safe``); the PNG without Software/creation metadata, so
    identical data gives identical files.
    """
    renderer = fig.canvas.get_renderer()  # place the note below the lowest tick label or axis title
    lowest = min((ax.get_tightbbox(renderer).y0 for ax in fig.axes if ax.get_visible()), default=0.0)
    fig.text(0.01, min(lowest / fig.bbox.height, 0.0) - 0.015, source, ha="left", va="top", fontsize=8.5,
             color="#444444", wrap=True)
    folder = config.figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fig.savefig(folder / f"{name}.png", metadata={"Software": None})
    spreadsheet_safe(data).to_csv(folder / f"{name}.csv", index=False, lineterminator="\n", float_format="%.6g")


def top_n_with_other(values: pd.Series, n: int = TOP_N) -> pd.Series:
    """Keep the ``n`` largest categories of a numeric Series (ties by name) and sum the rest as "other"."""
    ordered = values.sort_index().sort_values(ascending=False, kind="stable")
    if len(ordered) <= n:
        return ordered
    head = ordered.iloc[:n]
    return pd.concat([head, pd.Series({OTHER: ordered.iloc[n:].sum()})])


def note_empty(ax: plt.Axes, message: str) -> None:
    """Replace an empty chart's axes with a centred message, so the figure still says why it is empty."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#444444", transform=ax.transAxes)


MAX_ARTICLES = 30


UNDATED = "undated"
#: What a chart unit is called on axes and in titles.
UNIT_WORDS = {"label": "article", "outlet": "outlet", "period": "period"}


def periods(corpus: pd.DataFrame) -> pd.Series:
    """Map doc_id -> publication period: the year when the dates span two or more years, else "YYYY-MM"."""
    published = pd.to_datetime(corpus["published"], errors="coerce")
    form = "%Y" if published.dt.year.nunique() >= 2 else "%Y-%m"
    return pd.Series(published.dt.strftime(form).fillna(UNDATED).to_numpy(), index=corpus["doc_id"])


def unit_of(corpus: pd.DataFrame) -> str:
    """The unit a chart compares: "label" (one article) for small corpora, else "outlet".

    A large corpus from one outlet (one site's archive, or copies whose outlet is unknown) has
    nothing to compare by outlet; when its articles are dated in two or more periods, the unit is
    "period" (publication year, or month within one year) instead.
    """
    if len(corpus) <= MAX_ARTICLES:
        return "label"
    if corpus["outlet"].nunique() < 2:
        period = periods(corpus)
        if period[period != UNDATED].nunique() >= 2:
            return "period"
    return "outlet"


def unit_word(corpus: pd.DataFrame) -> str:
    """The chart unit's name in words: "article", "outlet" or "period"."""
    return UNIT_WORDS[unit_of(corpus)]


def top_outlets(corpus: pd.DataFrame, n: int = TOP_N) -> pd.Series:
    """Map doc_id -> outlet, with outlets beyond the ``n`` with most articles folded into "other"."""
    counts = corpus["outlet"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    keep = set(counts.index[:n])
    return pd.Series([o if o in keep else OTHER for o in corpus["outlet"]], index=corpus["doc_id"])


def label_unit_axes(ax: plt.Axes, corpus: pd.DataFrame, ylabel: str) -> None:
    """Axis labels for a heatmap whose columns are the chart units, with slanted column labels."""
    ax.set_xlabel(unit_word(corpus))
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", labelrotation=30)
    plt.setp(ax.get_xticklabels(), ha="right")


def units(corpus: pd.DataFrame) -> pd.Series:
    """Map doc_id -> the chart unit (article label, outlet with "other", or publication period)."""
    unit = unit_of(corpus)
    if unit == "label":
        return pd.Series(list(corpus["label"]), index=corpus["doc_id"])
    if unit == "period":
        return periods(corpus)
    return top_outlets(corpus)
