"""The audit's guarantee holds for every input; data problems are listed, never asserted."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import audit
from helpers.corpus import process_article

LINES = st.one_of(
    st.sampled_from([
        "Share this article", "Advertisement", "Source link", "18:30", "Read more", "Home > World > Europe",
        "The minister said the plan would cost more than expected, and officials agreed to meet again next week.",
        "Ukraine to receive 5 billion euros from EU in three tranches.",
        "“We will not accept it,” she said.", "Subscribe to our newsletter", "", "   ", "\u00a0\u200b",
        "Photo: Jane Doe / Reuters", "COP29", "By John Smith", "© 2024 The Example Times",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
            max_size=80),
)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(LINES, min_size=1, max_size=25), headline=st.sampled_from(["", "A headline from the manifest"]))
def test_every_line_is_accounted_for_on_generated_articles(lines: list[str], headline: str) -> None:
    data = "\n".join(lines).encode("utf-8")
    row, _notes = process_article("x.txt", data, {"headline": headline} if headline else {})
    if row is None:  # empty or binary: skipped with a note, nothing to account for
        return
    assert audit.unaccounted_lines(SimpleNamespace(**row)) == []


def test_a_line_the_cleaner_invented_would_be_caught() -> None:
    row = SimpleNamespace(raw="one line\nanother line\n", text="one line\nnot in the file", removed=[])
    assert audit.unaccounted_lines(row) == ["not in the file"]
    row = SimpleNamespace(raw="a\nb\nc\n", text="a", removed=[])
    assert audit.unaccounted_lines(row) == ["2 source lines neither kept nor removed"]


def test_problem_articles_lists_what_a_reader_should_know() -> None:
    corpus = pd.DataFrame({
        "doc_id": ["a", "b", "c"], "n_words": [0, 120, 300], "outlet": ["X", "unknown", "Y"],
        "published": pd.to_datetime(["2024-01-02", None, "2024-01-03"]), "language": ["en", "en", "pt"]})
    table = audit.problem_articles(corpus)
    assert list(table.itertuples(index=False, name=None)) == [
        ("a", "no text left after cleaning (every line read as boilerplate)"),
        ("b", "outlet unknown (not in sources.csv, not named by the page)"),
        ("b", "publication date unknown (not in sources.csv, not stated in the text)"),
        ("c", "not in English: left out of the English-only measures"),
    ]
    summary = audit.problem_summary(corpus)
    assert "1 of 3 articles: no text left after cleaning" in summary
    assert audit.problem_summary(corpus.iloc[[]]) .startswith("Every article kept text")
