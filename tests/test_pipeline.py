"""The per-article pipeline and its Parquet store: same results as the in-kernel analyses, incremental, on Dask."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers import pipeline
from helpers.actors import actor_mentions
from helpers.aid import aid_figures
from helpers.config import SEEDS_DIR
from helpers.pipeline import TABLES, ExtractSettings, build_store, extract_article, load_tables, read_table
from helpers.profile import profile
from helpers.quotes import extract_quotes
from helpers.study import open_study


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in SEEDS_DIR.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def tables_equal(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    for table in TABLES:
        pd.testing.assert_frame_equal(a[table].reset_index(drop=True), b[table].reset_index(drop=True), obj=table)


def test_extract_article_is_a_pure_function_of_its_inputs() -> None:
    path = next(SEEDS_DIR.glob("002_*.txt"))
    settings = ExtractSettings()
    one = extract_article(path.name, path.read_bytes(), {}, settings)
    two = extract_article(path.name, path.read_bytes(), {}, settings)
    assert set(one) == {*TABLES, "problems"}
    tables_equal({t: pipeline._frame(t, one[t]) for t in TABLES}, {t: pipeline._frame(t, two[t]) for t in TABLES})
    assert one["articles"][0][0] == path.stem and len(one["removed"]) > 0 and len(one["quotes"]) > 0


def test_store_tables_equal_what_the_analyses_compute_in_the_kernel(tmp_path: Path) -> None:
    study = open_study(SEEDS_DIR, store=tmp_path / "store")
    corpus = helpers.load_corpus(SEEDS_DIR)
    pd.testing.assert_frame_equal(study.corpus, corpus)
    quotes = extract_quotes(corpus)
    pd.testing.assert_frame_equal(study.quotes, quotes)
    pd.testing.assert_frame_equal(study.profiles, profile(corpus, quotes))
    pd.testing.assert_frame_equal(study.mentions, actor_mentions(corpus))
    pd.testing.assert_frame_equal(study.money, aid_figures(corpus, study.settings.money))
    assert sorted(p.name for p in (tmp_path / "store").glob("*.parquet")) == sorted(
        [f"{t}.parquet" for t in TABLES] + ["keys.parquet", "problems.parquet", "line_keys.parquet",
                                            "file_stats.parquet"])


def test_rebuild_recomputes_only_changed_articles_and_drops_removed_ones(corpus_copy: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = build_store(corpus_copy, store)
    assert (first.computed, first.reused, first.dropped) == (5, 0, 0)
    again = build_store(corpus_copy, store)
    assert (again.computed, again.reused) == (0, 5)

    changed = next(corpus_copy.glob("001_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOfficials in both capitals said on Tuesday that the talks would continue next week and that "
                       "a joint statement was expected to follow the meeting, said Jane Doe.\n",
                       encoding="utf-8")
    next(corpus_copy.glob("004_*.txt")).unlink()
    third = build_store(corpus_copy, store)
    assert (third.computed, third.reused, third.dropped) == (1, 3, 1)
    incremental = load_tables(store)
    assert not incremental["articles"]["doc_id"].str.startswith("004").any()
    assert incremental["articles"].set_index("doc_id").loc[changed.stem, "text"].endswith("said Jane Doe.")

    cold = tmp_path / "cold"
    build_store(corpus_copy, cold)
    tables_equal(incremental, load_tables(cold))


def test_settings_that_change_extraction_change_every_key(corpus_copy: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_store(corpus_copy, store)
    other = ExtractSettings(derive_people=False)
    report = build_store(corpus_copy, store, other)
    assert (report.computed, report.reused) == (5, 0)
    assert read_table(store, "people").empty


def test_a_change_to_the_extraction_code_changes_the_code_digest(tmp_path: Path) -> None:
    # the digest covers the package's modules and data files, so no manual version bump can be forgotten
    from helpers.pipeline import code_digest

    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "cleaning.py").write_text("RULES = 1\n", encoding="utf-8")
    (package / "data" / "roles.csv").write_text("role,actor\n", encoding="utf-8")
    before = code_digest(package)
    assert code_digest(package) == before
    (package / "cleaning.py").write_text("RULES = 2\n", encoding="utf-8")
    code_digest.cache_clear()
    after_code = code_digest(package)
    (package / "data" / "roles.csv").write_text("role,actor\nchief,X\n", encoding="utf-8")
    code_digest.cache_clear()
    assert len({before, after_code, code_digest(package)}) == 3


def test_problem_files_are_reported_and_the_rest_is_stored(corpus_copy: Path, tmp_path: Path) -> None:
    (corpus_copy / "empty.txt").write_bytes(b"")
    (corpus_copy / "binary.txt").write_bytes(bytes(range(256)) * 4)
    report = build_store(corpus_copy, tmp_path / "store")
    assert len(read_table(tmp_path / "store", "articles")) == 5
    assert any(p.startswith("empty.txt: ") for p in report.problems)
    assert any(p.startswith("binary.txt: ") for p in report.problems)


def test_an_article_the_analysis_fails_on_is_named_and_the_rest_is_stored(corpus_copy: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a rule that one article triggers (a recursion, an index error) is a problem note naming the file,
    never a failed build."""
    victim = sorted(corpus_copy.glob("*.txt"))[0].name
    real = pipeline.article_quotes

    def failing(doc_id: str, *args: object) -> list:
        if doc_id == Path(victim).stem:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc_id, *args)

    monkeypatch.setattr(pipeline, "article_quotes", failing)
    report = build_store(corpus_copy, tmp_path / "store")
    assert len(read_table(tmp_path / "store", "articles")) == 4
    assert [p for p in report.problems if p.startswith(f"{victim}: ")] == [
        f"{victim}: {pipeline.INTERNAL_ERROR_NOTE} (RecursionError: maximum recursion depth exceeded)"]


def test_local_worker_processes_give_the_same_tables(corpus_copy: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    build_store(corpus_copy, tmp_path / "here")
    monkeypatch.setattr(pipeline, "LOCAL_MAX", 0)
    monkeypatch.setattr(pipeline, "BATCH", 2)
    report = build_store(corpus_copy, tmp_path / "processes", workers=2)
    assert report.computed == 5
    tables_equal(load_tables(tmp_path / "here"), load_tables(tmp_path / "processes"))


def test_pipeline_runs_on_a_dask_cluster(corpus_copy: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    build_store(corpus_copy, tmp_path / "here")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = build_store(corpus_copy, tmp_path / "cluster", scheduler=cluster.scheduler_address)
    assert report.computed == 5
    tables_equal(load_tables(tmp_path / "here"), load_tables(tmp_path / "cluster"))


def test_store_can_be_queried_with_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    build_store(SEEDS_DIR, tmp_path / "store")
    quotes = (tmp_path / "store" / "quotes.parquet").as_posix()
    rows = duckdb.sql(f"select speaker, count(*) as n from '{quotes}' where speaker <> '' "
                      "group by 1 order by n desc, speaker limit 1").fetchall()
    expected = extract_quotes(helpers.load_corpus(SEEDS_DIR)).query("speaker != ''")["speaker"].value_counts()
    top = expected[expected == expected.max()].sort_index().index[0]
    assert rows == [(top, int(expected.max()))]


def test_term_matrices_from_the_store_equal_tokenizing_the_corpus(tmp_path: Path) -> None:
    from helpers import terms

    study = open_study(SEEDS_DIR, store=tmp_path / "store")
    stored = {n: terms.document_term_matrix(study.english, n) for n in (1, 2, 3)}
    assert isinstance(study.tables.terms_of(1)["term"].dtype, pd.CategoricalDtype)
    terms._STORED.clear()
    terms._CACHE.clear()
    corpus = helpers.load_corpus(SEEDS_DIR)
    for n, (matrix, vocab) in stored.items():
        fresh, fresh_vocab = terms.document_term_matrix(corpus, n)
        assert list(vocab) == list(fresh_vocab), n
        assert (matrix != fresh).nnz == 0, n
    assert terms.collocations(study.english, "troops").equals(terms.collocations(corpus, "troops"))


def test_similarity_from_the_stores_tfidf_counts_equals_vectorising_the_corpus(tmp_path: Path) -> None:
    from helpers import similarity

    study = open_study(SEEDS_DIR, store=tmp_path / "store")
    assert isinstance(study.tfidf_counts["term"].dtype, pd.CategoricalDtype)
    assert set(study.tfidf_counts["doc_id"]) == set(study.corpus["doc_id"])
    corpus = helpers.load_corpus(SEEDS_DIR)
    stored = similarity.tfidf_similarity(study.corpus, study.tfidf_counts)
    assert (stored - similarity.tfidf_similarity(corpus)).abs().to_numpy().max() < 1e-12
    assert similarity.reuse_report(study.corpus, counts=study.tfidf_counts)["summary"] == \
        similarity.reuse_report(corpus)["summary"]


def test_unusable_files_and_empty_tables_do_not_trigger_rebuilds(corpus_copy: Path, tmp_path: Path) -> None:
    (corpus_copy / "empty.txt").write_bytes(b"")
    for path in corpus_copy.glob("00[0-3]_*.txt"):  # one article left: several tables (money, people) stay empty
        path.unlink()
    store = tmp_path / "store"
    first = build_store(corpus_copy, store, ExtractSettings(derive_people=False))
    assert first.computed == 2 and read_table(store, "people").empty
    again = build_store(corpus_copy, store, ExtractSettings(derive_people=False))
    assert (again.computed, again.reused) == (0, 2)
    (corpus_copy / "new.txt").write_text(next(SEEDS_DIR.glob("000_*.txt")).read_text(encoding="utf-8"),
                                         encoding="utf-8")
    third = build_store(corpus_copy, store, ExtractSettings(derive_people=False))
    assert (third.computed, third.reused) == (1, 2)
    assert len(read_table(store, "articles")) == 2 and any(p.startswith("empty.txt") for p in third.problems)


def test_rebuild_reads_only_files_whose_size_or_time_changed(corpus_copy: Path, tmp_path: Path, monkeypatch) -> None:
    store = tmp_path / "store"
    build_store(corpus_copy, store)
    read: list[str] = []
    real = pipeline.read_input

    def counting(item):
        read.append(Path(item.path).name)
        return real(item)

    monkeypatch.setattr(pipeline, "read_input", counting)
    again = build_store(corpus_copy, store)
    assert read == [] and again.computed == 0  # nothing changed: no file is opened
    changed = sorted(corpus_copy.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line for the test.\n", encoding="utf-8")
    third = build_store(corpus_copy, store)
    assert set(read) == {changed.name} and third.computed == 1
    pd.testing.assert_frame_equal(load_tables(store)["articles"], load_tables(_cold(corpus_copy, tmp_path))["articles"])


def _cold(folder: Path, tmp_path: Path) -> Path:
    fresh = tmp_path / "cold"
    build_store(folder, fresh)
    return fresh


@pytest.mark.parametrize("limit", [512 * 2**20, 8 * 2**20, 2**20])
def test_merge_sorts_by_doc_id_keeps_each_articles_row_order_and_grows_past_its_memory_limit(
        tmp_path: Path, monkeypatch, limit: int) -> None:
    """The store's merge (DuckDB): kept rows of the old table plus new parts, sorted by doc_id with each article's rows
    in their extracted order; rows too big for the sort's memory limit (whole articles) are merged on a second try
    with more room, or in memory with pyarrow (the 1 MB limit: that path must be taken), with the same result."""
    store, parts = tmp_path / "store", tmp_path / "parts"
    (parts / "removed").mkdir(parents=True)
    store.mkdir()
    big = "word " * 60_000  # 300 KB a line: 40 lines hold 12 MB, over the 8 MB limit below
    old = pd.DataFrame({"doc_id": ["a", "a", "c", "d"], "k": [0, 1, 0, 0], "rule": ["x", "y", "x", "x"],
                        "line": ["a0", "a1", "c0", "d0"]})
    old.to_parquet(store / "removed.parquet", index=False)
    new = pd.DataFrame({"doc_id": ["b"] * 20 + ["e"] * 20, "k": list(range(20)) * 2, "rule": ["z"] * 40,
                        "line": [f"{i} {big}" for i in range(40)]})
    new.iloc[20:].to_parquet(parts / "removed" / "1.parquet", index=False)
    new.iloc[:20].to_parquet(parts / "removed" / "2.parquet", index=False)
    monkeypatch.setattr(pipeline, "MERGE_MEMORY", limit)
    in_memory = []
    monkeypatch.setattr(pipeline, "_merge_in_memory", lambda *a, f=pipeline._merge_in_memory: (in_memory.append(1), f(*a)))
    pipeline._merge_table(store, "removed", {"a", "d"}, parts)  # "c" left the corpus
    assert bool(in_memory) == (limit == 2**20) or limit == 8 * 2**20
    merged = pd.read_parquet(store / "removed.parquet")
    assert list(merged["doc_id"]) == ["a", "a"] + ["b"] * 20 + ["d"] + ["e"] * 20
    assert list(merged["k"]) == [0, 1, *range(20), 0, *range(20)]
    assert merged["line"].iloc[2] == new["line"].iloc[0] and list(merged.dtypes) == list(old.dtypes)


def test_extraction_notes_an_article_the_cleaner_guarantee_fails_for(monkeypatch) -> None:
    """The cleaner's guarantee (kept and removed lines are lines of the source) is checked per article as it is
    extracted; a failure is a problem note naming the file, which notebook 00 asserts there is none of."""
    import helpers.pipeline as pipeline
    from helpers.cleaning import UNACCOUNTED_NOTE

    real = pipeline.process_article

    def inventing(name, data, meta=None, repeated=frozenset()):
        row, notes = real(name, data, meta, repeated)
        return {**row, "text": row["text"] + "\nA line the file never held."}, notes

    data = ("Ministers met on Tuesday to discuss the budget, officials said in a statement after the talks.\n" * 3).encode()
    assert not [n for n in pipeline.extract_article("ok.txt", data, {}, pipeline.ExtractSettings())["problems"]
                if UNACCOUNTED_NOTE in n]
    monkeypatch.setattr(pipeline, "process_article", inventing)
    notes = pipeline.extract_article("bad.txt", data, {}, pipeline.ExtractSettings())["problems"]
    assert [n for n in notes if n.startswith(f"bad.txt: {UNACCOUNTED_NOTE}: A line the file never held.")]
