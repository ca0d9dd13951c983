"""Charts of notebook 02: top terms, term heatmap, keyness, collocations and dispersion."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from ..terms import collocations, dispersion, document_term_matrix, keyness, top_terms
from .style import (
    MAX_ARTICLES,
    OKABE_ITO,
    label_unit_axes,
    note_empty,
    save_figure,
    source_note,
    unit_word,
    units,
)

MAX_PANELS = 6


def plot_top_terms(corpus: pd.DataFrame, n_terms: int = 20, name: str = "02_top_terms") -> plt.Figure:
    """Bar chart of the most frequent terms in the whole corpus (stop words removed, variants folded)."""
    data = top_terms(corpus, n_terms)[["rank", "term", "count", "per_1000"]]
    fig, ax = plt.subplots(figsize=(8, max(3.5, 0.3 * len(data) + 1.5)))
    ax.barh(data["term"], data["count"], color=OKABE_ITO[4])
    ax.invert_yaxis()
    ax.set_xlabel("occurrences in the corpus")
    ax.set_ylabel("term")
    ax.set_title(f"The {len(data)} most frequent terms")
    save_figure(fig, name, data, source_note(corpus, "scikit-learn CountVectorizer; stop words and news filler removed"))
    return fig


def term_heatmap_data(corpus: pd.DataFrame, n_terms: int = 20) -> pd.DataFrame:
    """Rate per 1,000 terms of the corpus's top terms (rows) in each chart unit (columns)."""
    matrix, vocab = document_term_matrix(corpus)
    top = list(top_terms(corpus, n_terms)["term"])
    col = {t: i for i, t in enumerate(vocab)}
    unit = units(corpus).to_numpy()
    frames = {}
    for key in sorted(set(unit)):
        rows = np.flatnonzero(unit == key)
        counts = np.asarray(matrix[rows].sum(axis=0)).ravel()
        total = max(counts.sum(), 1)
        frames[key] = [1000 * counts[col[t]] / total for t in top]
    table = pd.DataFrame(frames, index=pd.Index(top, name="term"))
    return table


def plot_term_heatmap(corpus: pd.DataFrame, n_terms: int = 20, name: str = "02_term_heatmap") -> plt.Figure:
    """Heatmap: how often each top term appears per 1,000 terms of each article (or outlet)."""
    table = term_heatmap_data(corpus, n_terms)
    fig, ax = plt.subplots(figsize=(max(7.0, 1.0 * table.shape[1] + 4), max(4.5, 0.34 * len(table) + 2)))
    sns.heatmap(table, annot=table.shape[1] <= 12, fmt=".0f", cmap="viridis", ax=ax, linewidths=0.3,
                cbar_kws={"label": "occurrences per 1,000 terms"})
    word = unit_word(corpus)
    ax.set_title("Top terms, article by article" if word == "article" else f"Top terms by {word}")
    label_unit_axes(ax, corpus, "term")
    save_figure(fig, name, table.reset_index(), source_note(corpus, "rates per 1,000 terms after stop-word removal"))
    return fig


def keyness_table(corpus: pd.DataFrame, n_pos: int = 6, n_neg: int = 3, min_count: int = 3) -> pd.DataFrame:
    """Top positive and negative key terms of each chart unit against the rest (at most ``MAX_PANELS`` units)."""
    frame = corpus.assign(unit=corpus["doc_id"].map(units(corpus)))
    sizes = frame.groupby("unit")["n_words"].sum().sort_index().sort_values(ascending=False, kind="stable")
    chosen = sorted(u for u in sizes.index[:MAX_PANELS] if u != "other")
    parts = []
    for unit in chosen:
        table = keyness(frame, unit, by="unit", min_count=min_count)
        pos = table[table["g2"] > 0].head(n_pos)
        neg = table[table["g2"] < 0].tail(n_neg)
        parts.append(pd.concat([pos, neg]).assign(unit=unit))
    if not parts:
        return pd.DataFrame(columns=["unit", "term", "g2", "p", "log_ratio", "target", "reference"])
    return pd.concat(parts, ignore_index=True)[["unit", "term", "g2", "p", "log_ratio", "target", "reference"]]


def plot_keyness(corpus: pd.DataFrame, name: str = "02_keyness") -> plt.Figure:
    """Small multiples: each article's (or outlet's) key terms by signed G2; blue = over-used, orange = under-used."""
    data = keyness_table(corpus)
    panels = list(dict.fromkeys(data["unit"]))
    cols = min(3, max(1, len(panels)))
    rows = max(1, -(-len(panels) // cols))
    fig, axes = plt.subplots(rows, cols, figsize=(4.6 * cols, 3.3 * rows), squeeze=False)
    for ax, unit in zip(axes.flat, panels):
        part = data[data["unit"] == unit].iloc[::-1]
        colours = [OKABE_ITO[4] if g > 0 else OKABE_ITO[0] for g in part["g2"]]
        ax.barh(part["term"], part["g2"], color=colours)
        ax.axvline(0, color="#444444", linewidth=0.8)
        ax.set_title(unit, fontsize=10.5)
        ax.set_xlabel("signed G² (log-likelihood)")
    for ax in list(axes.flat)[len(panels):]:
        ax.set_axis_off()
    if not panels:
        word = unit_word(corpus)
        compared = corpus["doc_id"].map(units(corpus)).nunique()
        note_empty(axes.flat[0], "Too few terms for keyness." if compared >= 2 else
                   f"Keyness compares each {word} with the rest; this corpus has one {word}.")
    fig.suptitle(f"Key terms of each {unit_word(corpus)} against the rest of the corpus", fontweight="bold",
                 fontsize=13)
    fig.tight_layout()
    save_figure(fig, name, data, source_note(corpus, "G² vs the rest of the corpus, terms seen at least 3 times"))
    return fig


def plot_collocations(corpus: pd.DataFrame, node: str, n: int = 12, name: str = "02_collocations") -> plt.Figure:
    """Bar chart of the strongest collocates of a node word by G2, with PMI written beside each bar."""
    data = collocations(corpus, node).head(n)
    fig, ax = plt.subplots(figsize=(8, max(3.0, 0.35 * len(data) + 1.5)))
    ax.set_title(f"Words found near “{node}” (within 5 terms)")
    if data.empty:
        note_empty(ax, f"“{node}” has no collocate seen twice in this corpus.")
    else:
        ax.barh(data["collocate"], data["g2"], color=OKABE_ITO[2])
        ax.invert_yaxis()
        for y, (g, pmi, k) in enumerate(zip(data["g2"], data["pmi"], data["near"])):
            ax.text(g, y, f"  PMI {pmi:.1f}, {k}×", va="center", fontsize=8.5)
        ax.set_xlabel("G² (log-likelihood of co-occurring by chance)")
        ax.set_ylabel("collocate")
        ax.set_xlim(0, data["g2"].max() * 1.35)
    save_figure(fig, name, data, source_note(corpus, "window ±5 terms, collocates seen at least twice"))
    return fig


def plot_dispersion(corpus: pd.DataFrame, patterns: list[str], name: str = "02_dispersion") -> plt.Figure:
    """Where chosen terms fall along each article (0 = first word, 1 = last); at most ``MAX_ARTICLES`` articles."""
    shown = corpus if len(corpus) <= MAX_ARTICLES else corpus.sample(n=MAX_ARTICLES, random_state=0).sort_values("doc_id")
    data = dispersion(shown, patterns).merge(shown[["doc_id", "label"]], on="doc_id")
    labels = list(shown["label"])
    fig, ax = plt.subplots(figsize=(10, max(3.0, 0.5 * len(labels) + 1.8)))
    markers = ["|", "o", "s", "^", "D", "x", "v"]
    for k, pattern in enumerate(patterns):
        part = data[data["pattern"] == pattern]
        rows = part["label"].map({lab: i for i, lab in enumerate(labels)}).astype("float64")
        y = rows + (k - len(patterns) / 2) * 0.08
        ax.scatter(part["position"], y, marker=markers[k % len(markers)], s=45,
                   color=OKABE_ITO[k % len(OKABE_ITO)], label=pattern, linewidths=1.5)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("position in the article (0 = start, 1 = end)")
    ax.set_ylabel("article")
    sampled = "" if len(shown) == len(corpus) else f" (random sample of {len(shown)} of {len(corpus):,} articles)"
    ax.set_title("Where the terms appear along each article" + sampled)
    if data.empty:
        note_empty(ax, "None of the dispersion terms occurs in these articles." if patterns else
                   "No dispersion terms: set terms.dispersion in the study file.")
    else:
        ax.legend(title="pattern", loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    save_figure(fig, name, data[["doc_id", "label", "pattern", "match", "position"]],
                source_note(corpus, "case-insensitive matches; * is a wildcard"))
    return fig

