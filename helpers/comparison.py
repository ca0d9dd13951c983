"""Tables and findings in words for notebook 01: how each outlet told the story (its charts: ``charts.comparison``)."""

from __future__ import annotations

import pandas as pd

from .charts.comparison import naming_table


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
