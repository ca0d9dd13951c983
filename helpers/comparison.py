"""Charts and tables for notebook 01: how each outlet told the story.

Small corpora are shown article by article; above ``MAX_ARTICLES`` articles the
same charts aggregate by outlet (the largest ``TOP_N`` outlets, the rest as
"other"), so they stay readable with fifty outlets and ten thousand articles.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from .actors import spelling_variants
from .figures import OKABE_ITO, OTHER, TOP_N, note_empty, save_figure, shorten, source_note

MAX_ARTICLES = 30


def unit_of(corpus: pd.DataFrame) -> str:
    """The unit a chart compares: "label" (one article) for small corpora, else "outlet"."""
    return "label" if len(corpus) <= MAX_ARTICLES else "outlet"


def top_outlets(corpus: pd.DataFrame, n: int = TOP_N) -> pd.Series:
    """Map doc_id -> outlet, with outlets beyond the ``n`` with most articles folded into "other"."""
    counts = corpus["outlet"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    keep = set(counts.index[:n])
    return pd.Series([o if o in keep else OTHER for o in corpus["outlet"]], index=corpus["doc_id"])


def label_unit_axes(ax: plt.Axes, corpus: pd.DataFrame, ylabel: str) -> None:
    """Axis labels for a heatmap whose columns are the chart units, with slanted column labels."""
    ax.set_xlabel("article" if unit_of(corpus) == "label" else "outlet")
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", labelrotation=30)
    plt.setp(ax.get_xticklabels(), ha="right")


def units(corpus: pd.DataFrame) -> pd.Series:
    """Map doc_id -> the chart unit (article label, or outlet with "other")."""
    if unit_of(corpus) == "label":
        return pd.Series(list(corpus["label"]), index=corpus["doc_id"])
    return top_outlets(corpus)


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
    data.index.name = "article" if unit_of(corpus) == "label" else "outlet"
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
    what = "per article" if key == "article" else "mean per outlet"
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
    """Dated articles: published, outlet (top N + other), label and shortened headline, by date."""
    dated = corpus[corpus["published"].notna()].copy()
    dated["outlet"] = dated["doc_id"].map(top_outlets(corpus))
    dated["headline"] = [shorten(h, 55) if h else f"{d} (no headline)" for h, d in zip(dated["headline"], dated["doc_id"])]
    dated["published"] = dated["published"].dt.strftime("%Y-%m-%d")
    return dated[["published", "outlet", "doc_id", "headline"]].sort_values(["published", "doc_id"], kind="stable")


def plot_timeline(corpus: pd.DataFrame, name: str = "01_timeline") -> plt.Figure:
    """Articles on a date axis, one row per outlet, labelled with headlines when there are few."""
    data = timeline_data(corpus)
    outlets = sorted(data["outlet"].unique(), key=lambda o: (o == OTHER, o))
    fig, ax = plt.subplots(figsize=(11, max(3.0, 0.55 * len(outlets) + 1.8)))
    undated = len(corpus) - len(data)
    ax.set_title("When each article was published" + (f" ({undated} undated not shown)" if undated else ""))
    if data.empty:
        note_empty(ax, "No article in this corpus has a known publication date.")
        save_figure(fig, name, data, source_note(corpus, "dates stated in the text or given in sources.csv"))
        return fig
    dates = pd.to_datetime(data["published"])
    ypos = data["outlet"].map({o: i for i, o in enumerate(outlets)})
    if len(data) <= MAX_ARTICLES:
        ax.scatter(dates, ypos, s=60, color=OKABE_ITO[4], zorder=3)
        span = (dates.max() - dates.min()) or pd.Timedelta(days=1)
        ax.set_xlim(dates.min() - 0.05 * span, dates.max() + 0.05 * span)
        for (_, row), d, y in zip(data.iterrows(), dates, ypos):
            late = (d - dates.min()) > 0.6 * span
            text = f"{row['published']}: {row['headline']}"
            ax.annotate(text, (d, y), xytext=(-6 if late else 6, 7), textcoords="offset points", fontsize=8.5,
                        ha="right" if late else "left")
    else:
        ax.scatter(dates, ypos, s=12, alpha=0.35, color=OKABE_ITO[4], zorder=3)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(-0.6, len(outlets) - 0.4)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.set_xlabel("publication date")
    ax.set_ylabel("outlet")
    save_figure(fig, name, data, source_note(corpus, "dates stated in the text or given, with evidence, in sources.csv"))
    return fig


def profile_findings(profile: pd.DataFrame) -> str:
    """Plain-words findings from the profile table (extremes, with their numbers)."""
    def extreme(column: str, largest: bool = True) -> pd.Series:
        ordered = profile.sort_values([column, "doc_id"], ascending=[not largest, True], kind="stable")
        return ordered.iloc[0]

    if profile.empty:
        return "No English article to profile."
    long, short = extreme("words"), extreme("words", largest=False)
    hard, easy = extreme("flesch_reading_ease", largest=False), extreme("flesch_reading_ease")
    quoted, voices = extreme("quoted_share"), extreme("quoted_speakers")
    return "\n".join([
        f"Longest: {long['label']} ({long['words']:,} words); shortest: {short['label']} ({short['words']:,}).",
        f"Hardest to read: {hard['label']} (Flesch {hard['flesch_reading_ease']:.0f}, grade "
        f"{hard['flesch_kincaid_grade']:.1f}); easiest: {easy['label']} (Flesch {easy['flesch_reading_ease']:.0f}).",
        f"Most quotation: {quoted['label']} ({quoted['quoted_share']:.0%} of its words are inside quotes).",
        f"Most voices: {voices['label']} quotes {voices['quoted_speakers']} different speakers.",
        f"Readability across articles spans {profile['flesch_kincaid_grade'].min():.1f} to "
        f"{profile['flesch_kincaid_grade'].max():.1f} on the Flesch-Kincaid grade scale.",
    ])


def naming_findings(corpus: pd.DataFrame, mentions: pd.DataFrame) -> str:
    """One line per actor spelled more than one way: which article or outlet uses which spelling."""
    table = naming_table(corpus, mentions)
    if table.empty:
        return "Every listed actor is spelled one way throughout the corpus."
    lines = []
    for actor, rows in table.groupby(lambda s: s.split(": ")[0]):
        parts = []
        for spelling, counts in rows.iterrows():
            users = [u for u, c in counts.items() if c > 0]
            parts.append(f"'{spelling.split(': ', 1)[1]}' in {', '.join(users)}")
        lines.append(f"{actor}: " + "; ".join(parts) + ".")
    return "\n".join(lines)


def quote_findings(quotes: pd.DataFrame) -> str:
    """Who is quoted most (words) and in the most articles, in words; says so when no quote has a speaker."""
    named = quotes[quotes["speaker"] != ""]
    if named.empty:
        return (f"{len(quotes):,} quotations found, none with a speaker the text identifies." if len(quotes)
                else "No direct quotations were found in the English articles.")
    words = named.groupby("speaker")["words"].sum().sort_index().sort_values(ascending=False, kind="stable")
    articles = named.groupby("speaker")["doc_id"].nunique()
    most = articles[articles == articles.max()].sort_index().index
    return (f"Most quoted: {words.index[0]} ({words.iloc[0]:,} words across {articles[words.index[0]]:,} "
            f"articles).\nQuoted in the most articles ({articles.max():,}): {', '.join(most)}.")


def people_table(corpus: pd.DataFrame, mentions: pd.DataFrame, derived: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mentions of people per article: doc_id, label, person, count.

    Listed actors (kind "person") count by their spelling variants; people found in the
    text (``helpers.people.corpus_people``, when given) are added unless the name is a
    listed actor's, so nobody is counted twice.
    """
    from .actors import actor_for

    listed = mentions[mentions["kind"] == "person"].groupby(["doc_id", "actor"], as_index=False)["count"].sum()
    listed = listed.rename(columns={"actor": "person"})
    parts = [listed]
    if derived is not None and not derived.empty:
        known = derived["person"].map(lambda name: actor_for(name, kinds=("person",)))
        parts.append(derived.loc[known.isna(), ["doc_id", "person", "count"]])
    table = pd.concat(parts, ignore_index=True).merge(corpus[["doc_id", "label"]], on="doc_id", how="left")
    return table.sort_values(["doc_id", "person"], kind="stable").reset_index(drop=True)[
        ["doc_id", "label", "person", "count"]]


def people_findings(people: pd.DataFrame, n: int = 6) -> str:
    """The most mentioned people with their counts and how many articles name them."""
    if people.empty:
        return "No person is named in the English articles."
    totals = people.groupby("person")["count"].sum().sort_index().sort_values(ascending=False, kind="stable")
    articles = people.groupby("person")["doc_id"].nunique()
    return "Most mentioned people: " + ", ".join(
        f"{p} ({c:,} mentions in {articles[p]:,} articles)" for p, c in totals.head(n).items()) + "."
