"""Charts of notebook 01: profile, speakers, naming, similarity and timeline."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from ..actors import spelling_variants
from ..similarity import outlet_similarity, tfidf_similarity
from ..text import shorten
from .style import (
    MAX_ARTICLES,
    OKABE_ITO,
    OTHER,
    TOP_N,
    label_unit_axes,
    note_empty,
    save_figure,
    source_note,
    top_outlets,
    unit_word,
    units,
)

PROFILE_PANELS = (
    ("words", "words", "Length (words)"),
    ("mean_sentence_length", "words per sentence", "Mean sentence length"),
    ("flesch_reading_ease", "score (higher = easier)", "Flesch reading ease"),
    ("mtld", "MTLD (higher = more varied)", "Lexical diversity"),
    ("quoted_share", "% of words", "Words inside quotations"),
    ("boilerplate_share", "% of copied words", "Boilerplate removed"),
)


def profile_chart_data(corpus: pd.DataFrame, profile: pd.DataFrame) -> pd.DataFrame:
    """The profile measures per chart unit (means per outlet for large corpora), shares in per cent."""
    table = profile.assign(unit=profile["doc_id"].map(units(corpus)))
    columns = [c for c, _, _ in PROFILE_PANELS]
    data = table.groupby("unit", sort=True)[columns].mean()
    data[["quoted_share", "boilerplate_share"]] *= 100
    data.index.name = unit_word(corpus)
    return data.reset_index()


def plot_profile(corpus: pd.DataFrame, profile: pd.DataFrame, name: str = "01_profile") -> plt.Figure:
    """Six small bar charts: length, sentence length, reading ease, diversity, quotation and boilerplate shares."""
    data = profile_chart_data(corpus, profile)
    key = data.columns[0]
    height = max(5.0, 0.32 * len(data) * 2 + 2.5)
    fig, axes = plt.subplots(2, 3, figsize=(13, height), sharey=True)
    for ax, (column, unit, title), colour in zip(axes.flat, PROFILE_PANELS, OKABE_ITO):
        ax.barh(data[key], data[column], color=colour)
        ax.set_title(title, fontsize=11)
        ax.set_xlabel(unit)
        ax.invert_yaxis() if ax is axes.flat[0] else None
    for ax in axes[:, 0]:
        ax.set_ylabel(key)
    what = "per article" if key == "article" else f"mean per {key}"
    fig.suptitle(f"How the coverage differs, {what}", fontweight="bold", fontsize=13)
    fig.tight_layout()
    save_figure(fig, name, data, source_note(corpus, "readability by textstat (CMU syllables), MTLD lexical diversity"))
    return fig


def speaker_table(corpus: pd.DataFrame, quotes: pd.DataFrame, n: int = TOP_N) -> pd.DataFrame:
    """Quoted words by speaker (rows: the ``n`` most quoted, then "other", then "unattributed") and chart unit."""
    q = quotes.assign(unit=quotes["doc_id"].map(units(corpus)))
    q["speaker"] = q["speaker"].replace("", "unattributed")
    totals = q[q["speaker"] != "unattributed"].groupby("speaker")["words"].sum()
    totals = totals.sort_index().sort_values(ascending=False, kind="stable")
    keep = set(totals.index[:n])
    q["speaker"] = [s if s in keep or s == "unattributed" else OTHER for s in q["speaker"]]
    table = q.pivot_table(index="speaker", columns="unit", values="words", aggfunc="sum", fill_value=0)
    order = [s for s in totals.index if s in keep] + [s for s in (OTHER, "unattributed") if s in table.index]
    return table.reindex(order).astype("int64")


def _count_heatmap(corpus: pd.DataFrame, table: pd.DataFrame, name: str, *, title: str, row_label: str,
                   count_label: str, cmap: str, empty: str, source: str, size: tuple[float, float]) -> plt.Figure:
    """Annotated heatmap of integer counts (rows by chart unit), or the empty-corpus note; saved with its data.

    ``size`` is (extra width in inches beside the columns, height in inches per row).
    """
    extra_width, row_height = size
    fig, ax = plt.subplots(figsize=(max(7.0, 1.1 * table.shape[1] + extra_width),
                                    max(4.0, row_height * len(table) + 1.8)))
    ax.set_title(title)
    if table.empty:
        note_empty(ax, empty)
    else:
        sns.heatmap(table, annot=True, fmt="d", cmap=cmap, cbar_kws={"label": count_label}, ax=ax, linewidths=0.5)
        label_unit_axes(ax, corpus, row_label)
    save_figure(fig, name, table.reset_index(), source_note(corpus, source))
    return fig


def plot_speakers(corpus: pd.DataFrame, quotes: pd.DataFrame, name: str = "01_speakers") -> plt.Figure:
    """Heatmap of quoted words per speaker and article (or outlet): whose voices each outlet carries."""
    table = speaker_table(corpus, quotes)
    source = "direct quotations" if table.empty else "direct quotations, speakers resolved by helpers.quotes"
    return _count_heatmap(corpus, table, name, title="Whose words each article quotes", row_label="speaker",
                          count_label="words quoted", cmap="Blues",
                          empty="No direct quotations were found in this corpus.", source=source, size=(4.0, 0.42))


def naming_table(corpus: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions per spelling ("actor: variant" rows) and chart unit, for actors written more than one way."""
    multi = spelling_variants(mentions).copy()
    multi["unit"] = multi["doc_id"].map(units(corpus))
    multi["spelling"] = multi["actor"] + ": " + multi["variant"]
    table = multi.pivot_table(index="spelling", columns="unit", values="count", aggfunc="sum", fill_value=0)
    return table.sort_index().astype("int64")


def plot_naming(corpus: pd.DataFrame, mentions: pd.DataFrame, name: str = "01_naming") -> plt.Figure:
    """Heatmap of which spelling of each name every article (or outlet) uses."""
    return _count_heatmap(corpus, naming_table(corpus, mentions), name,
                          title="Naming choices: which spelling each article uses", row_label="actor: spelling",
                          count_label="mentions", cmap="Oranges",
                          empty="No listed actor is spelled more than one way in this corpus.",
                          source="variants listed in helpers/data/actors.csv", size=(4.5, 0.36))


def timeline_data(corpus: pd.DataFrame) -> pd.DataFrame:
    """Dated articles by date: their number on the chart, published, outlet (top N + other) and shortened headline."""
    dated = corpus[corpus["published"].notna()].copy()
    dated["outlet"] = dated["doc_id"].map(top_outlets(corpus))
    dated["headline"] = [h if h else f"{d} (no headline)" for h, d in zip(dated["headline"], dated["doc_id"])]
    dated["published"] = dated["published"].dt.strftime("%Y-%m-%d")
    data = dated[["published", "outlet", "doc_id", "headline"]].sort_values(["published", "doc_id"], kind="stable")
    data.insert(0, "number", range(1, len(data) + 1))
    return data.reset_index(drop=True)


#: Lines of the numbered headline key per column under the timeline, its font size (points) and line spacing.
KEY_ROWS, KEY_FONT, KEY_SPACING = 15, 8.5, 1.35


#: Points of one row closer than this share of the date span share one number label ("3, 4").
NEAR_SHARE = 0.035


def _point_labels(dates: pd.Series, rows: pd.Series, numbers: pd.Series, span: pd.Timedelta
                  ) -> list[tuple[pd.Timestamp, int, str, bool]]:
    """(date, row, label, above) for the timeline's number labels: on each row, points nearer each other than
    ``NEAR_SHARE`` of the span share one label at their middle, and successive labels alternate above and below
    the row, so labels of nearby points never print over each other."""
    labels = []
    for row in sorted(set(rows)):
        points = sorted((d, n) for d, r, n in zip(dates, rows, numbers) if r == row)
        groups: list[list[tuple[pd.Timestamp, int]]] = []
        for point in points:
            if groups and point[0] - groups[-1][-1][0] < NEAR_SHARE * span:
                groups[-1].append(point)
            else:
                groups.append([point])
        labels += [(g[0][0] + (g[-1][0] - g[0][0]) / 2, row, ", ".join(str(n) for _, n in g), k % 2 == 0) for k, g in enumerate(groups)]
    return labels


#: Offsets (points) a number label may take from its point, nearest first: above or below as ``_point_labels`` chose,
#: then the other side, then a row further out on each side.
_LABEL_OFFSETS = (8, -9, 19, -20)


def _place_point_labels(fig: plt.Figure, ax: plt.Axes, labels: list[tuple[pd.Timestamp, int, str, bool]]) -> None:
    """Draw the number labels, each at the first offset whose box overlaps no label already drawn (a long shared
    label, "8, 9, 10, 12, 13", reaches over its neighbours' points); the last offset when none is free."""
    renderer = fig.canvas.get_renderer()
    placed: list = []
    for x, y, text, above in labels:
        offsets = _LABEL_OFFSETS if above else (_LABEL_OFFSETS[1], _LABEL_OFFSETS[0], *_LABEL_OFFSETS[3:1:-1])
        for offset in offsets:
            label = ax.annotate(text, (x, y), xytext=(0, offset), textcoords="offset points", ha="center",
                                va="bottom" if offset > 0 else "top", fontsize=8.5)
            box = label.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in placed) or offset == offsets[-1]:
                placed.append(box)
                break
            label.remove()


def plot_timeline(corpus: pd.DataFrame, name: str = "01_timeline") -> plt.Figure:
    """Articles on a date axis, one row per outlet. A small corpus numbers each point and lists the numbered
    headlines in a key below the axis, so articles of the same weeks never print their headlines over each other."""
    data = timeline_data(corpus)
    outlets = sorted(data["outlet"].unique(), key=lambda o: (o == OTHER, o))
    keyed = 0 < len(data) <= MAX_ARTICLES
    key_height = min(len(data), KEY_ROWS) * KEY_FONT * KEY_SPACING / 72 + 0.2 if keyed else 0.0  # inches
    plot_height = max(3.0, 0.55 * len(outlets) + 1.8)
    gap = 0.9 if keyed else 0.0  # inches between the date axis and the key: room for the axis title
    fig = plt.figure(figsize=(11, plot_height + key_height + gap))
    grid = fig.add_gridspec(2, 1, height_ratios=[plot_height, max(key_height, 0.01)],
                            hspace=gap / ((plot_height + key_height) / 2))
    ax = fig.add_subplot(grid[0])
    undated = len(corpus) - len(data)
    ax.set_title("When each article was published" + (f" ({undated} undated not shown)" if undated else ""))
    if data.empty:
        note_empty(ax, "No article in this corpus has a known publication date.")
        save_figure(fig, name, data, source_note(corpus, "dates stated in the text or given in sources.csv"))
        return fig
    dates = pd.to_datetime(data["published"])
    ypos = data["outlet"].map({o: i for i, o in enumerate(outlets)})
    if keyed:
        ax.scatter(dates, ypos, s=60, color=OKABE_ITO[4], zorder=3)
        span = (dates.max() - dates.min()) or pd.Timedelta(days=1)
        ax.set_xlim(dates.min() - 0.05 * span, dates.max() + 0.05 * span)
        _place_point_labels(fig, ax, _point_labels(dates, ypos, data["number"], span))
        key = fig.add_subplot(grid[1])
        key.axis("off")
        columns = -(-len(data) // KEY_ROWS)
        width = 110 if columns == 1 else 48  # characters of headline that fit a column
        for column in range(columns):
            part = data.iloc[column * KEY_ROWS:(column + 1) * KEY_ROWS]
            lines = [f"{n}.  {day}  {shorten(h, width)}" for n, day, h in zip(part["number"], part["published"],
                                                                                part["headline"])]
            key.text(column / columns, 1, "\n".join(lines), transform=key.transAxes, va="top", fontsize=KEY_FONT,
                     linespacing=KEY_SPACING)
    else:
        ax.scatter(dates, ypos, s=12, alpha=0.35, color=OKABE_ITO[4], zorder=3)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(-0.6, len(outlets) - 0.4)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.set_xlabel("publication date")
    ax.set_ylabel("outlet")
    save_figure(fig, name, data, source_note(corpus, "dates stated in the text or given, with evidence, in sources.csv"))
    return fig


def plot_similarity(corpus: pd.DataFrame, counts: pd.DataFrame | None = None, name: str = "01_similarity"
                    ) -> plt.Figure:
    """Heatmap of TF-IDF cosine similarity: per article, or mean per outlet pair for large corpora. ``counts``: the
    store's TF-IDF counts (``Study.tfidf_counts``); without them the texts are vectorised."""
    if len(corpus) <= MAX_ARTICLES:
        labels = dict(zip(corpus["doc_id"], corpus["label"]))
        grid = tfidf_similarity(corpus, counts).rename(index=labels, columns=labels)
        title, unit = "How alike the articles are (TF-IDF cosine)", "article"
    else:
        top = corpus["outlet"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
        keep = sorted(top.index[:MAX_ARTICLES])
        grid = outlet_similarity(corpus, keep, counts)
        title, unit = f"Mean similarity between the {len(keep)} largest outlets (TF-IDF cosine)", "outlet"
    size = max(5.5, 0.5 * len(grid) + 3)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    sns.heatmap(grid, annot=len(grid) <= 12, fmt=".2f", cmap="cividis", vmin=0, vmax=1, square=True, ax=ax,
                cbar_kws={"label": "cosine similarity (0 = no shared terms, 1 = identical)"})
    ax.set_title(title)
    ax.set_xlabel(unit)
    ax.set_ylabel(unit)
    if grid.isna().to_numpy().any():  # an outlet with one article has no pair of its own: hatched, never blank
        ax.patch.set_facecolor("#e5e5e5")
        ax.patch.set_hatch("//")
        ax.patch.set_edgecolor("#9a9a9a")
        ax.set_xlabel(f"{unit} (hatched: one article, so no pair within the outlet)")
    data = grid.copy()
    data.index.name = unit
    save_figure(fig, name, data.reset_index(), source_note(corpus, "scikit-learn TF-IDF, English stop words removed"))
    return fig

