"""Chart of notebook 00: words kept and removed per article (or outlet), by rule family."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ..audit import removed_lines
from ..cleaning import FAMILIES, RULE_FAMILY
from ..html_input import HTML_FAMILY, HTML_RULE
from .style import MAX_ARTICLES, OKABE_ITO, TOP_N, save_figure, source_note


def removal_chart_data(corpus: pd.DataFrame) -> pd.DataFrame:
    """Words kept and removed (by rule family) per bar: per article for small corpora, else per outlet (top N + other)."""
    lines = removed_lines(corpus)
    lines["family"] = lines["rule"].map(RULE_FAMILY | {HTML_RULE: HTML_FAMILY})
    by_article = len(corpus) <= MAX_ARTICLES
    key = "label" if by_article else "outlet"
    kept = corpus.groupby(corpus[key])["n_words"].sum().rename("kept")
    if not lines.empty:
        lines = lines.merge(corpus[["doc_id", "label"]], on="doc_id")
        removed = lines.pivot_table(index=key, columns="family", values="words", aggfunc="sum", fill_value=0)
    else:
        removed = pd.DataFrame(index=kept.index)
    table = pd.concat([kept, removed], axis=1).fillna(0).astype("int64")
    if not by_article and len(table) > TOP_N:
        order = table.sum(axis=1).sort_index().sort_values(ascending=False, kind="stable").index
        top, rest = table.loc[order[:TOP_N]], table.loc[order[TOP_N:]]
        table = pd.concat([top, rest.sum().to_frame("other").T])
    families = [*FAMILIES, HTML_FAMILY] if HTML_FAMILY in table.columns else list(FAMILIES)  # pages' layout, if any
    table = table.reindex(columns=["kept", *families], fill_value=0)
    table.index.name = "article" if by_article else "outlet"
    return table.reset_index()


def plot_removal(corpus: pd.DataFrame, name: str = "00_cleaning") -> plt.Figure:
    """Stacked horizontal bars of words kept and removed by rule; saved with its data."""
    data = removal_chart_data(corpus)
    key = data.columns[0]
    frame = data.set_index(key)
    height = max(3.0, 0.45 * len(frame) + 1.8)
    fig, ax = plt.subplots(figsize=(9, height))
    colours = ["#bbbbbb", OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[6], OKABE_ITO[5], OKABE_ITO[2]][: len(frame.columns)]
    frame.iloc[::-1].plot.barh(stacked=True, ax=ax, color=colours, width=0.75)
    ax.set_xlabel("words (kept article body vs removed boilerplate)")
    ax.set_ylabel(key)
    ax.set_title("How much of each copied page was boilerplate")
    ax.legend(title="kept / removed by", loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    rules = "rules in helpers/cleaning.py" + (", web pages read by trafilatura" if HTML_FAMILY in frame.columns else "")
    save_figure(fig, name, data, source_note(corpus, rules))
    return fig

