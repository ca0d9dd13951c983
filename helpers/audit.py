"""Corpus overview and cleaning audit (notebook 00).

Tables of what the corpus holds and what the cleaner removed from each article,
by rule, and findings in words (the chart of kept versus removed words: ``charts.corpus``).
"""

from __future__ import annotations

import pandas as pd

from .cleaning import RULE_DESCRIPTIONS
from .cleaning import UNACCOUNTED_NOTE as UNACCOUNTED_NOTE  # the note notebook 00 looks for
from .cleaning import unaccounted_lines as cleaning_unaccounted
from .html_input import HTML_RULE, HTML_RULE_DESCRIPTION
from .profile import removal_share
from .text import count_words, shorten


def corpus_overview(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per article: id, outlet, date, language, headline (shortened) and words kept."""
    table = corpus[["doc_id", "outlet", "published", "language", "headline", "n_words"]].copy()
    table["published"] = table["published"].dt.strftime("%Y-%m-%d").fillna("unknown")
    table["headline"] = table["headline"].map(lambda h: shorten(h, 70) if h else "(none in text)")
    return table.rename(columns={"n_words": "words"})


def removed_lines(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every removed line: doc_id, outlet, position among removed lines, rule, words, line."""
    rows = [
        (doc_id, outlet, k, rule, count_words(line), line)
        for doc_id, outlet, removed in zip(corpus["doc_id"], corpus["outlet"], corpus["removed"], strict=False)
        for k, (rule, line) in enumerate(removed)
    ]
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "k", "rule", "words", "line"])


def removal_by_rule(corpus: pd.DataFrame) -> pd.DataFrame:
    """Lines and words removed per rule over the whole corpus, with the rule's description."""
    lines = removed_lines(corpus)
    table = lines.groupby("rule").agg(lines=("line", "size"), words=("words", "sum"), articles=("doc_id", "nunique"))
    table = table.reset_index().sort_values(["words", "rule"], ascending=[False, True], kind="stable")
    table["what it removes"] = table["rule"].map(RULE_DESCRIPTIONS | {HTML_RULE: HTML_RULE_DESCRIPTION})
    return table.reset_index(drop=True)


def describe_corpus(corpus: pd.DataFrame) -> str:
    """A sentence on the corpus: articles, outlets, date range, words kept of words copied."""
    dated = corpus["published"].dropna()
    outlets = corpus.loc[corpus["outlet"] != "unknown", "outlet"].nunique()
    unknown = int((corpus["outlet"] == "unknown").sum())
    span = (f"published between {dated.min():%d %B %Y} and {dated.max():%d %B %Y}" if len(dated)
            else "with no known publication dates")
    undated = len(corpus) - len(dated)
    shares = removal_share(corpus)
    return (
        f"{len(corpus):,} articles from {outlets:,} named outlets"
        f"{f' (and {unknown:,} whose outlet is unknown)' if unknown else ''}, {span}"
        f"{f' ({undated:,} undated)' if undated else ''}. The cleaner kept {shares['kept_words'].sum():,} "
        f"words of article text out of {shares['raw_words'].sum():,} words copied "
        f"({shares['removed_words'].sum() / max(shares['raw_words'].sum(), 1):.0%} removed as boilerplate)."
    )


def removal_findings(corpus: pd.DataFrame) -> str:
    """Plain-words findings on the removal: most and least boilerplate-laden articles, top rule."""
    shares = removal_share(corpus).sort_values(["removed_share", "doc_id"], ascending=[False, True], kind="stable")
    top, low = shares.iloc[0], shares.iloc[-1]
    rules = removal_by_rule(corpus)
    clean = int((shares["removed_words"] == 0).sum())
    parts = [
        f"Most boilerplate: {top['label']} ({top['removed_share']:.0%} of its copied words removed).",
        f"Least: {low['label']} ({low['removed_share']:.0%}).",
        f"{clean:,} of {len(shares):,} articles needed no removal beyond the headline.",
    ]
    if not rules.empty:
        first = rules.iloc[0]
        parts.append(f"The rule that removed the most words is '{first['rule']}' ({first['words']:,} words in "
                     f"{first['lines']:,} lines across {first['articles']:,} articles).")
    return "\n".join(parts)


def problems_table(corpus: pd.DataFrame) -> pd.DataFrame:
    """The loader's one-line problem notes as a table (file, problem); empty when there were none."""
    rows = [note.split(": ", 1) if ": " in note else ["", note] for note in corpus.attrs.get("problems", [])]
    return pd.DataFrame(rows, columns=["file", "problem"])


def problem_articles(corpus: pd.DataFrame) -> pd.DataFrame:
    """Articles a reader should know about before trusting the charts: doc_id, problem (one row per problem).

    Nothing here stops the report: an article emptied by cleaning, with no date, no outlet
    or in another language is listed, and each analysis says how it treats such articles.
    """
    checks = (
        (corpus["n_words"] == 0, "no text left after cleaning (every line read as boilerplate)"),
        (corpus["published"].isna(), "publication date unknown (not in sources.csv, not stated in the text)"),
        (corpus["outlet"].eq("unknown"), "outlet unknown (not in sources.csv, not named by the page)"),
        (~corpus["language"].isin(("en", "")), "not in English: left out of the English-only measures"),
    )
    rows = [(doc_id, problem) for mask, problem in checks for doc_id in corpus.loc[mask, "doc_id"]]
    table = pd.DataFrame(rows, columns=["doc_id", "problem"])
    return table.sort_values(["doc_id", "problem"], kind="stable").reset_index(drop=True)


def problem_summary(corpus: pd.DataFrame) -> str:
    """How many articles have each kind of problem, in one line per kind (or that there are none)."""
    table = problem_articles(corpus)
    if table.empty:
        return "Every article kept text, has a date and an outlet, and is in English."
    counts = table.groupby("problem", sort=True)["doc_id"].nunique()
    return "\n".join(f"{n:,} of {len(corpus):,} articles: {problem}." for problem, n in counts.items())


def unaccounted_lines(row) -> list[str]:
    """Lines of one corpus row's text or removal log that are not lines of its source file ([] when all are):
    ``cleaning.unaccounted_lines`` on the row's raw text, text and removed lines. The build checks every article
    as it extracts it and notes a failure among the corpus's problems (``cleaning.UNACCOUNTED_NOTE``)."""
    return cleaning_unaccounted(row.raw, row.text, row.removed)
