"""Notebook 01 helpers: profile and readability, naming variants, similarity and reuse, other outlets."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.actors import actor_mentions, resolve_person, resolve_role, variant_choices
from helpers.charts import comparison
from helpers.corpus import load_corpus
from helpers.profile import mtld, profile, readability, readability_textstat
from helpers.similarity import (
    align_sentences,
    closest_pairs,
    outlet_similarity,
    reuse_report,
    text_reuse,
    tfidf_similarity,
)


def test_readability_equals_textstat(seeds) -> None:
    for text in seeds["text"]:
        ours, theirs = readability(text), readability_textstat(text)
        assert ours.keys() == theirs.keys()
        for key in ours:
            assert ours[key] == pytest.approx(theirs[key], abs=1e-9), key


def test_readability_of_short_and_empty_text() -> None:
    assert readability("") == dict.fromkeys(readability(""), 0.0)
    simple = readability("The cat sat on the mat. The dog ran.")
    assert simple["flesch_reading_ease"] > 90


def test_mtld_hand_computed() -> None:
    # "a b a b": forward TTRs 1, 1, .67, .5 -> one factor ends at token 4 (TTR .5 <= .72), none left over
    assert mtld(["a", "b", "a", "b"]) == pytest.approx(4.0)
    # all distinct: no factor completes; partial factor (1 - 1) / .28 = 0 -> length returned
    assert mtld(list("abcdefgh")) == pytest.approx(8.0)
    assert math.isnan(mtld([]))


def test_mtld_does_not_fall_with_length() -> None:
    words = ["the", "army", "moved", "east", "while", "the", "ministry", "said", "talks", "would", "continue", "in", "a", "new", "city", "as", "leaders", "met", "and", "officials", "spoke", "about", "peace", "plans", "troops", "aid", "and", "borders"]
    short, long = mtld(words * 2), mtld(words * 10)
    assert long == pytest.approx(short, rel=0.25)


def test_profile_columns_and_values(seeds) -> None:
    table = profile(seeds)
    assert list(table["doc_id"]) == list(seeds["doc_id"])
    assert table["quoted_share"].between(0, 1).all()
    row = table.set_index("doc_id").loc[seeds["doc_id"][2]]  # 002, The Independent
    assert row["quoted_speakers"] == 9
    assert row["boilerplate_share"] > 0.15


def test_variants_per_outlet(seeds) -> None:
    mentions = actor_mentions(seeds)
    choices = variant_choices(mentions)
    assert "Zelenskyy (4)" in choices.loc["Volodymyr Zelensky", "LBC"]
    assert "Zelensky (3)" in choices.loc["Volodymyr Zelensky", "The Independent"]
    assert "Sergie Lavrov (1)" in choices.loc["Sergei Lavrov", "LBC"]
    assert "Nato" in choices.loc["NATO", "The Independent"]
    assert "Lugansk" in set(mentions.loc[mentions["actor"] == "Luhansk", "variant"])
    assert "Peskov (surname only)" not in " ".join(choices.fillna("").to_numpy().ravel())


@pytest.mark.parametrize(("name", "actor"), [
    ("Zelenskiy", "Volodymyr Zelensky"), ("Sergey Lavrov", "Sergei Lavrov"), ("Mr Healey", "John Healey"),
    ("Lt Gen Keith Kellogg", "Keith Kellogg"), ("Kiev", "Kiev"),
])
def test_resolve_person(name: str, actor: str) -> None:
    assert resolve_person(name, "") == actor


def test_resolve_role_takes_last_mentioned_holder() -> None:
    assert resolve_role("the president", "Biden met Putin. Later Macron arrived.") == "Emmanuel Macron"
    assert resolve_role("the prime minister", "No one here.") == ""


def test_closest_pair_is_001_and_004(seeds) -> None:
    top = closest_pairs(seeds, n=1).iloc[0]
    assert (top["doc_a"][:3], top["doc_b"][:3]) == ("001", "004")
    pairs, passages = text_reuse(seeds)
    assert (pairs.iloc[0]["doc_a"][:3], pairs.iloc[0]["doc_b"][:3]) == ("001", "004")
    found = passages[(passages["doc_a"].str[:3] == "001") & (passages["doc_b"].str[:3] == "004")]
    assert "deploying armed forces from other countries to ukraine" in set(found["passage"])
    texts = seeds.set_index("doc_id")["text"]
    aligned = align_sentences(texts.iloc[1], texts.iloc[4])
    assert len(aligned) >= 5
    assert len(align_sentences(texts.iloc[1], texts.iloc[3])) == 0


def test_sparse_pairs_and_outlet_means_agree_with_the_full_matrix(seeds) -> None:
    full = tfidf_similarity(seeds)
    pairs = closest_pairs(seeds, n=10, chunk=2)  # chunks smaller than the corpus
    assert len(pairs) == 10
    for row in pairs.itertuples():
        assert row.similarity == pytest.approx(full.loc[row.doc_a, row.doc_b])
    assert pairs["similarity"].is_monotonic_decreasing
    outlets = sorted(seeds["outlet"].unique())
    means = outlet_similarity(seeds, outlets)
    unknown = list(seeds.loc[seeds["outlet"] == "unknown", "doc_id"])
    assert means.loc["unknown", "unknown"] == pytest.approx(full.loc[unknown[0], unknown[1]])
    lbc = seeds.loc[seeds["outlet"] == "LBC", "doc_id"].iloc[0]
    assert means.loc["LBC", "unknown"] == pytest.approx(full.loc[lbc, unknown].mean())
    assert math.isnan(means.loc["LBC", "LBC"])  # one article: no pair within the outlet


def test_tfidf_from_stored_counts_equals_vectorising_the_texts(seeds) -> None:
    """The store's per-article counts (``tfidf_counts``) give the matrix the vectoriser gives from the texts."""
    from helpers.similarity import tfidf_counts, tfidf_matrix

    counts = pd.DataFrame([(d, t, n) for d, text in zip(seeds["doc_id"], seeds["text"])
                           for t, n in sorted(tfidf_counts(text).items())], columns=["doc_id", "term", "count"])
    counts = counts.sample(frac=1.0, random_state=1)  # stored order does not matter
    assert abs(tfidf_matrix(seeds, counts) - tfidf_matrix(seeds)).max() < 1e-12
    assert tfidf_similarity(seeds, counts).round(12).equals(tfidf_similarity(seeds).round(12))
    outlets = sorted(seeds["outlet"].unique())
    pd.testing.assert_frame_equal(outlet_similarity(seeds, outlets, counts), outlet_similarity(seeds, outlets))
    pd.testing.assert_frame_equal(closest_pairs(seeds, n=4, counts=counts), closest_pairs(seeds, n=4))
    # a subset of the corpus: the vocabulary and weights are the subset's, as when vectorising its texts
    part = seeds.iloc[[0, 2, 4]].reset_index(drop=True)
    assert abs(tfidf_matrix(part, counts) - tfidf_matrix(part)).max() < 1e-12


def test_an_outlet_with_one_article_is_hatched_and_said_so_never_left_blank(seeds, monkeypatch) -> None:
    monkeypatch.setattr(comparison, "MAX_ARTICLES", 2)  # the outlet chart, as for a large corpus
    fig = comparison.plot_similarity(seeds, name="test_similarity_hatched")
    ax = fig.axes[0]
    assert ax.patch.get_hatch() == "//"
    assert "one article" in ax.get_xlabel()


def test_reuse_report_summary(seeds) -> None:
    report = reuse_report(seeds)
    assert report["summary"].startswith("Closest pair: 001_57919f2d2ef36d20 and 004_b1cd9024d2ecec1c")
    assert len(report["aligned"]) == 10


def test_text_reuse_finds_copied_passage_between_invented_articles() -> None:
    shared = "the ministry said the new convoy of trucks would reach the eastern front before the end of the week"
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        f"Officials confirmed on Monday that {shared}, despite the weather.",
        f"In a statement {shared} and that more would follow.",
        "A completely different story about farming subsidies in the south of the country.",
    ]})
    pairs, passages = text_reuse(corpus)
    assert list(zip(pairs["doc_a"], pairs["doc_b"])) == [("a", "b")]
    assert passages.iloc[0]["passage"] == shared


OTHER_OUTLETS = {
    "alpha.txt": "Harbour plan splits council\nThe Northtown Gazette reports that the council voted on Tuesday to "
                 "expand the harbour, with the mayor saying the plan would bring jobs to the town.\n“This is a good "
                 "day for Northtown,” Mayor Alice Brennan said after the vote on the new harbour plan.\n",
    "beta.txt": "Fishermen protest harbour vote\nLocal fishermen gathered outside the town hall on Wednesday to protest "
                "against the harbour expansion, which they say will damage fishing grounds.\n“We were never "
                "asked,” said Tom Reyes, who leads the fishermen's cooperative in the old port.\n",
}


def test_other_outlets_corpus(tmp_path) -> None:
    for name, text in OTHER_OUTLETS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    table = profile(corpus)
    assert len(table) == 2 and table["quoted_speakers"].tolist() == [1, 1]
    from helpers.quotes import extract_quotes
    assert extract_quotes(corpus)["speaker"].tolist() == ["Alice Brennan", "Tom Reyes"]
    assert comparison.naming_table(corpus, actor_mentions(corpus)).empty
    assert comparison.timeline_data(corpus).empty


def test_single_pass_mentions_equal_separate_patterns(seeds) -> None:
    from helpers.actors import actor_patterns

    rows = [(d, a, k, v, len(rx.findall(f"{h}\n{t}")))
            for d, h, t in zip(seeds["doc_id"], seeds["headline"], seeds["text"]) for a, k, v, rx in actor_patterns()]
    reference = pd.DataFrame([r for r in rows if r[4]], columns=["doc_id", "actor", "kind", "variant", "count"])
    found = actor_mentions(seeds)[["doc_id", "actor", "kind", "variant", "count"]]
    key = ["doc_id", "actor", "variant"]
    pd.testing.assert_frame_equal(found.sort_values(key).reset_index(drop=True),
                                  reference.sort_values(key).reset_index(drop=True))


def test_timeline_numbers_points_and_nearby_points_share_one_label() -> None:
    """Articles of the same weeks on one outlet's row get one shared number label, never one label each printed over
    the other; labels further apart alternate above and below the row; every article's number is in one label."""
    days = pd.to_datetime(["2025-03-01", "2025-03-02", "2025-03-02", "2025-06-30", "2025-03-01", "2025-01-01"])
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "published": days,
                           "outlet": ["A", "A", "A", "A", "B", "B"], "headline": [f"Headline {i}" for i in range(6)]})
    data = comparison.timeline_data(corpus)
    assert data["number"].tolist() == [1, 2, 3, 4, 5, 6]
    assert data["doc_id"].tolist() == ["d5", "d0", "d4", "d1", "d2", "d3"]  # by date, then doc_id
    rows = data["outlet"].map({"A": 0, "B": 1})
    span = pd.to_datetime(data["published"]).max() - pd.to_datetime(data["published"]).min()
    labels = comparison._point_labels(pd.to_datetime(data["published"]), rows, data["number"], span)
    assert [(row, text, above) for _, row, text, above in labels] == [(0, "2, 4, 5", True), (0, "6", False),
                                                                      (1, "1", True), (1, "3", False)]
    assert sorted(int(n) for _, _, text, _ in labels for n in text.split(", ")) == [1, 2, 3, 4, 5, 6]


def test_timeline_number_labels_never_overlap_on_a_crowded_row() -> None:
    """Thirty articles of one outlet over a year, most in the same weeks: every number label is drawn and no two
    labels' boxes overlap (a long shared label moves to a free row instead of printing over its neighbours)."""
    import matplotlib.pyplot as plt

    days = pd.to_datetime("2025-03-01") + pd.to_timedelta([0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 14, 15, 16, 18, 20, 23,
                                                              27, 30, 35, 40, 44, 60, 90, 120, 121, 123, 200, 300, 360],
                                                             unit="D")
    corpus = pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(30)], "published": days, "outlet": "Daily Example",
                           "headline": [f"Headline number {i}" for i in range(30)], "label": [f"d{i}" for i in range(30)]})
    fig = comparison.plot_timeline(corpus, name="test_timeline_crowded")
    renderer = fig.canvas.get_renderer()
    labels = [t for t in fig.axes[0].texts if t.get_text()[:1].isdigit()]
    assert sorted(int(n) for t in labels for n in t.get_text().split(", ")) == list(range(1, 31))
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    plt.close(fig)
