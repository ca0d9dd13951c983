"""Extract once: everything the notebooks need from one article, by one pure function, into a Parquet store.

``extract_article`` turns one file's bytes (and its manifest row) into rows of nine
tables: the cleaned article, its removed lines, quotations with speakers, classified
money mentions, term counts, the TF-IDF vectoriser's counts, actor mentions, people
named, and profile numbers (words, sentences, readability, lexical diversity, quoted words). It depends on
nothing but its inputs and the study's extraction settings, so it runs anywhere:
in this process, in local worker processes, or on a Dask cluster.

``build_store`` runs it over a corpus folder with Dask (``dask.bag`` over batches of
articles; local processes by default, or an existing cluster given by its scheduler
address) and writes one Parquet file per table (pyarrow). Each article's rows are
keyed by the SHA-256 of its bytes, its manifest row, the settings that affect it and
``PIPELINE_VERSION``; a rebuild recomputes only new or changed articles, keeps the
rest from the previous store and drops articles that left the folder. An article of
a table file is one row: its key is its text and its row's metadata (name, doc_id,
title, date, outlet, url), so editing one row recomputes that article only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from . import actors
from .aid import COLUMNS as MONEY_COLUMNS
from .aid import MoneySettings, article_figures
from .cleaning import UNACCOUNTED_NOTE, unaccounted_lines
from .corpus import COLUMNS as CORPUS_COLUMNS
from .corpus import CorpusWarning, line_keys_of, list_inputs, process_article, read_input
from .money import iter_mentions
from .people import article_people
from .profile import text_measures
from .quotes import QUOTE_COLUMNS, article_quotes
from .repeats import own_repeats, repeated_keys
from .similarity import tfidf_counts
from .terms import ngrams, tokenize
from .text import count_words

#: Bump when the stored tables' layout changes. Changes to the extraction code need no bump: every key holds
#: ``code_digest()``, the hash of the package's modules and data files (a manual bump, forgotten, once let a store
#: serve rows that older code had extracted).
PIPELINE_VERSION = "55"
#: Languages the English-only measures run on ("" = too short to tell).
ENGLISH = ("en", "")
#: Articles per Dask task: large enough to amortise task overhead, small enough to balance two or more workers.
BATCH = 250
#: Below this many articles to compute, the pipeline runs in this process (starting workers costs more).
LOCAL_MAX = 200

ARTICLE_COLUMNS = [c for c in CORPUS_COLUMNS if c not in ("label", "removed")]
PROFILE_COLUMNS = ["doc_id", "words", "sentences", "mean_sentence_length", "flesch_reading_ease",
                   "flesch_kincaid_grade", "gunning_fog", "smog_index", "dale_chall_readability_score", "mtld",
                   "quoted_words", "quoted_speakers", "tokens", "raw_words", "headline_words", "removed_words",
                   "money_mentions", "money_removed"]
#: Every stored table and its columns, in order.
TABLES: dict[str, list[str]] = {
    "articles": ARTICLE_COLUMNS,
    "removed": ["doc_id", "k", "rule", "line"],
    "quotes": [c for c in QUOTE_COLUMNS],
    "money": [c for c in MONEY_COLUMNS],
    "terms": ["doc_id", "n", "term", "count"],
    "tfidf": ["doc_id", "term", "count"],
    "mentions": ["doc_id", "actor", "kind", "variant", "count"],
    "people": ["doc_id", "person", "count"],
    "profile": PROFILE_COLUMNS,
}
KEYS_NAME = "keys.parquet"


@dataclass(frozen=True)
class ExtractSettings:
    """The study settings that change what is extracted from an article (part of every article's key)."""

    money: MoneySettings = field(default_factory=MoneySettings)
    actors_file: str = ""
    actors_mode: str = "add"
    derive_people: bool = True

    def fingerprint(self) -> str:
        """Hash of these settings, the actors file's content, the pipeline version and the extraction code."""
        content = Path(self.actors_file).read_bytes() if self.actors_file else b""
        payload = json.dumps([asdict(self), PIPELINE_VERSION, code_digest()], sort_keys=True, default=str).encode()
        return hashlib.sha256(payload + hashlib.sha256(content).digest()).hexdigest()


#: The package whose code ``code_digest`` hashes.
PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=4)
def code_digest(package: Path = PACKAGE_DIR) -> str:
    """SHA-256 of the package's own modules and data files (names and bytes, in name order; the chart modules in
    subfolders are left out, as they never change what is extracted): any change to the code that extracts an
    article changes every key, so a rebuild never reuses rows the older code wrote."""
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *(package / "data").glob("*")]):
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def article_key(data: bytes, meta: dict[str, str], fingerprint: str) -> str:
    """The key an article's stored rows are valid for: its bytes, manifest row and the settings' fingerprint.

    A table row's ``meta`` holds its name, doc_id and the columns it was given, so the key of
    a row changes when its text or any of its metadata does, and no other row's does.
    """
    digest = hashlib.sha256(data)
    digest.update(json.dumps(meta, sort_keys=True).encode())
    digest.update(fingerprint.encode())
    return digest.hexdigest()


def _profile_row(row: dict[str, Any], quotes: list[tuple]) -> tuple:
    """Profile numbers of one English article (``profile.text_measures``), with its quoted words and speakers."""
    measures = text_measures(row["text"], row["n_words"])
    quoted = sum(q[-1] for q in quotes)
    speakers = len({q[3] for q in quotes if q[3]})
    return (row["doc_id"], row["n_words"], *(measures[k] for k in PROFILE_COLUMNS[2:10]), quoted, speakers)


def extract_article(name: str, data: bytes, meta: dict[str, str], settings: ExtractSettings,
                    repeated: frozenset[int] = frozenset()) -> dict[str, list]:
    """Every table's rows for one article, plus its problem notes under "problems".

    Pure: the result depends only on the arguments. Articles not in English get their
    article row, removed lines and actor mentions; the English-only measures (quotes,
    money, terms, people, readability) are left out for them.
    """
    actors.use_actors(Path(settings.actors_file) if settings.actors_file else None, settings.actors_mode)
    row, notes = process_article(name, data, meta, repeated)
    out: dict[str, list] = {table: [] for table in TABLES}
    out["problems"] = notes
    if row is None:
        return out
    doc_id = row["doc_id"]
    published = row["published"]
    row = {**row, "published": None if published is None or pd.isna(published) else pd.Timestamp(published)}
    out["articles"].append(tuple(row.get(c) for c in ARTICLE_COLUMNS))
    out["removed"] = [(doc_id, k, rule, line) for k, (rule, line) in enumerate(row["removed"])]
    if unaccounted := unaccounted_lines(row["raw"], row["text"], row["removed"]):  # the cleaner's guarantee
        out["problems"].append(f"{name}: {UNACCOUNTED_NOTE}: {'; '.join(unaccounted[:3])[:200]}")
    text, headline = row["text"], row["headline"] or ""
    # the TF-IDF vectoriser's counts, for every language (notebook 01 compares the whole corpus)
    out["tfidf"] = [(doc_id, term, c) for term, c in sorted(tfidf_counts(text).items())]
    out["mentions"] = [r for r in actors.mention_counts(doc_id, f"{headline}\n{text}")]
    raw_words = count_words(row["raw"])
    removed_words = sum(count_words(line) for _, line in row["removed"])
    tokens = 0
    if row["language"] in ENGLISH:
        quotes = article_quotes(doc_id, row["outlet"], text, headline)
        out["quotes"] = quotes
        figures = article_figures(doc_id, row["outlet"], row["published"] if row["published"] is not None else pd.NaT,
                                  text, settings.money)
        out["money"] = [tuple(f[c] for c in MONEY_COLUMNS) for f in figures]
        counts: Counter[tuple[int, str]] = Counter()
        for line in text.split("\n"):
            toks = tokenize(line)
            tokens += len(toks)
            for n in (1, 2, 3):
                counts.update(zip(repeat(n), ngrams(toks, n)))  # (n, term) keys, counted in C
        out["terms"] = [(doc_id, n, term, c) for (n, term), c in sorted(counts.items())]
        if settings.derive_people:
            out["people"] = [(doc_id, p, c) for p, c in sorted(article_people(f"{headline}\n{text}").items())]
        # money mentions counted again in the kept text and in the removed lines: notebook 03 checks its figures
        # come from kept text only, and says how many mentions the boilerplate held
        money_kept = len(iter_mentions(text))
        money_removed = sum(len(iter_mentions(line)) for _, line in row["removed"])
        out["profile"] = [(*_profile_row(row, quotes), tokens, raw_words, count_words(headline), removed_words,
                           money_kept, money_removed)]
    else:
        out["profile"] = [(doc_id, row["n_words"], *([float("nan")] * 8), 0, 0, 0, raw_words,
                           count_words(headline), removed_words, 0, 0)]
    return out


class Task(NamedTuple):
    """One article to extract: its input (a file's path, or a table row's bytes in ``data``) and its key."""

    path: str
    name: str
    meta: dict[str, str]
    key: str
    data: bytes | None = None
    #: Keys of the article's lines that other articles repeat (``repeats.own_repeats``): removed as boilerplate.
    repeated: frozenset[int] = frozenset()


#: The note for an article the extraction failed on: it is left out and named, and the build goes on.
INTERNAL_ERROR_NOTE = "left out: the analysis failed on this article (please report it with the file)"


def _extract_batch(batch: list[Task], settings: ExtractSettings, parts: str | None = None) -> list[dict]:
    """Worker: extract a batch of tasks; each result carries its key.

    With ``parts`` (a folder) the batch's rows are written there as one Parquet file per table
    and only keys, doc_ids and problems are returned: rows never travel back through the
    scheduler, so the build's memory does not grow with the corpus.
    """
    results = []
    for task in batch:
        data, problems = read_input(task)
        if data is None:
            results.append({"key": task.key, "name": task.name, "problems": problems})
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = extract_article(task.name, data, task.meta, settings, task.repeated)
        except Exception as exc:  # a rule's bug on one article must not lose the rest of the corpus
            note = f"{task.name}: {INTERNAL_ERROR_NOTE} ({type(exc).__name__}: {str(exc)[:120]})"
            results.append({"key": task.key, "name": task.name, "problems": [*problems, note]})
            continue
        results.append({"key": task.key, "name": task.name, **result})
    if parts is None or not batch:
        return results
    batch_id = hashlib.sha256("".join(t.key for t in batch).encode()).hexdigest()[:20]
    for table in TABLES:
        folder = Path(parts) / table
        folder.mkdir(parents=True, exist_ok=True)
        frame = _frame(table, [row for result in results for row in result.get(table, [])])
        frame.to_parquet(folder / f"{batch_id}.parquet", engine="pyarrow", index=False)
    return [{"key": r["key"], "name": r["name"], "problems": r.get("problems", []),
             "doc_id": r["articles"][0][0] if r.get("articles") else None} for r in results]


# --------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------
def _frame(table: str, rows: list) -> pd.DataFrame:
    width = len(TABLES[table])
    if any(len(row) != width for row in rows):  # a programming error, never the data's: fail loudly
        raise ValueError(f"{table}: rows must have {width} values")
    frame = pd.DataFrame(rows, columns=TABLES[table])
    if table == "articles":
        frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
        frame["n_words"] = frame["n_words"].astype("int64")
    if table == "money":
        frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
        frame = frame.astype({"amount": "float64", "amount_usd": "float64", "approximate": "bool", "vague": "bool",
                              "is_aid": "bool"})
    return frame


def read_table(store: Path, table: str, columns: list[str] | None = None, filters: list | None = None) -> pd.DataFrame:
    """One stored table (all rows, or some columns, or the rows ``filters`` selects), in doc_id order.

    The terms table's ``term`` column is read as a dictionary (pandas categorical): one string
    per distinct term instead of one per row, millions of rows in a large corpus.
    """
    path = Path(store) / f"{table}.parquet"
    if not path.is_file():
        return _frame(table, [])
    extra = {"read_dictionary": ["term"]} if table in ("terms", "tfidf") else {}
    return pd.read_parquet(path, columns=columns, filters=filters, **extra)


class StoredTables(dict):
    """The store's tables, each read from Parquet the first time a notebook asks for it."""

    def __init__(self, store: Path) -> None:
        super().__init__()
        self.store = Path(store)

    def __missing__(self, table: str) -> pd.DataFrame:
        frame = read_table(self.store, table)
        self[table] = frame
        return frame

    def terms_of(self, n: int) -> pd.DataFrame:
        """The stored counts of one n-gram length only."""
        return read_table(self.store, "terms", filters=[("n", "==", n)])


@dataclass
class StoreReport:
    """What a store build did: articles reused and computed, problems, seconds."""

    reused: int
    computed: int
    dropped: int
    problems: list[str]
    seconds: float


class FileStat(NamedTuple):
    """What a file looked like when it was last read: size, modification time (ns) and SHA-256 of its bytes."""

    size: int
    mtime_ns: int
    sha256: str


def _tasks(folder: Path, fingerprint: str, cache: dict[str, np.ndarray] | None = None,
           stats: dict[str, FileStat] | None = None
           ) -> tuple[list[Task], list[str], dict[str, np.ndarray], dict[str, FileStat]]:
    """One task per article (a file, or a row of a table file) with its key, and the folder's problem notes.

    A file's bytes are read here for its key and again by the worker (only the keys of the
    corpus are held); a table row's bytes are already in memory and travel with its task.
    Here too every article's lines are hashed once (``repeats``) to find the lines the corpus
    repeats; each task carries the ones it holds, and its key includes them. ``cache`` maps the
    SHA-256 of an input's bytes to its line keys from the last build, so an unchanged file is not
    decoded again; the cache for this folder's inputs is returned with the tasks. ``stats`` maps a file's path
    to its size, modification time and SHA-256 when last read: a file whose size and time are unchanged (and
    whose line keys are cached) is not read at all, so a rebuild after one change reads one file, as make and
    git's index decide by the same stat information.
    """
    cache, stats = cache or {}, stats or {}
    fresh: dict[str, np.ndarray] = {}
    seen: dict[str, FileStat] = {}
    inputs, problems = list_inputs(folder)
    readable = []
    for item in inputs:
        st = None
        if item.data is None:
            with contextlib.suppress(OSError):
                st = os.stat(item.path)  # before reading: a file changed meanwhile differs from it next time
        known = stats.get(str(item.path)) if st is not None else None
        if known is not None and (known.size, known.mtime_ns) == (st.st_size, st.st_mtime_ns) and known.sha256 in cache:
            digest, keys = known.sha256, cache[known.sha256]
        else:
            data, notes = read_input(item)
            if data is None:
                problems.extend(notes)
                continue
            digest = hashlib.sha256(data).hexdigest()
            keys = cache[digest] if digest in cache else line_keys_of(item.name, data)
        if st is not None:
            seen[str(item.path)] = FileStat(st.st_size, st.st_mtime_ns, digest)
        fresh[digest] = keys
        readable.append((item, digest, keys))
    repeated = repeated_keys([keys for _, _, keys in readable])
    tasks = []
    for item, digest, keys in readable:
        own = own_repeats(keys, repeated)
        key = article_key(digest.encode(), {**item.meta, "repeated lines": sorted(own)}, fingerprint)
        tasks.append(Task(str(item.path), item.name, item.meta, key, item.data, own))
    return tasks, problems, fresh, seen


#: The store's cache of every input's line keys (``repeats.line_keys``), by the SHA-256 of its bytes.
LINE_KEYS_NAME = "line_keys.parquet"


def read_line_keys(store: Path) -> dict[str, np.ndarray]:
    """SHA-256 -> line keys of the inputs of the store's last build ({} when there is no cache)."""
    import pyarrow.parquet as pq

    path = Path(store) / LINE_KEYS_NAME
    if not path.is_file():
        return {}
    table = pq.read_table(path)
    column = table.column("keys").combine_chunks()
    values = column.values.to_numpy(zero_copy_only=False).astype(np.uint64)
    offsets = column.offsets.to_numpy()
    return {digest: values[offsets[i]:offsets[i + 1]] for i, digest in enumerate(table.column("sha256").to_pylist())}


#: The store's record of each input file's size, modification time and SHA-256 at the last build.
FILE_STATS_NAME = "file_stats.parquet"


def read_file_stats(store: Path) -> dict[str, FileStat]:
    """Path -> ``FileStat`` of the inputs of the store's last build ({} when there is none)."""
    path = Path(store) / FILE_STATS_NAME
    if not path.is_file():
        return {}
    frame = pd.read_parquet(path)
    return {p: FileStat(int(size), int(mtime), digest)
            for p, size, mtime, digest in zip(frame["path"], frame["size"], frame["mtime_ns"], frame["sha256"])}


def _write_file_stats(stats: dict[str, FileStat], store: Path) -> None:
    paths = sorted(stats)
    _write(pd.DataFrame({"path": paths, "size": [stats[p].size for p in paths],
                         "mtime_ns": [stats[p].mtime_ns for p in paths], "sha256": [stats[p].sha256 for p in paths]},
                        ).astype({"size": "int64", "mtime_ns": "int64"}), Path(store) / FILE_STATS_NAME)


def _write_line_keys(cache: dict[str, np.ndarray], store: Path) -> None:
    """Write the line-key cache (one row per input: its SHA-256 and its keys as a list of uint64), atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    digests = sorted(cache)
    arrays = [cache[d] for d in digests]
    offsets = np.concatenate([[0], np.cumsum([len(a) for a in arrays])]).astype(np.int32)
    values = np.concatenate(arrays).astype(np.uint64) if arrays else np.array([], dtype=np.uint64)
    table = pa.table({"sha256": pa.array(digests, pa.string()),
                      "keys": pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, pa.uint64()))})
    tmp = Path(store) / (LINE_KEYS_NAME + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, Path(store) / LINE_KEYS_NAME)


def _compute(tasks: list, settings: ExtractSettings, scheduler: str | None, workers: int | None,
             parts: Path) -> list[dict]:
    """Run ``_extract_batch`` over the tasks: here when few, else with Dask (local processes or a cluster)."""
    batches = [tasks[i:i + BATCH] for i in range(0, len(tasks), BATCH)]
    if scheduler is None and len(tasks) <= LOCAL_MAX:
        return [r for batch in batches for r in _extract_batch(batch, settings, str(parts))]
    import dask.bag as db

    bag = db.from_sequence(batches, npartitions=len(batches)).map(_extract_batch, settings, str(parts))
    if scheduler is not None:
        from distributed import Client

        with Client(scheduler) as client:
            return [r for part in client.compute(bag.to_delayed(), sync=True) for batch in part for r in batch]
    n = workers or min(os.cpu_count() or 1, len(batches))
    return [r for batch in bag.compute(scheduler="processes", num_workers=n) for r in batch]


#: Memory DuckDB may use to sort a table while merging (it spills to disk beyond this), and the size of the
#: Parquet row groups it writes.
MERGE_MEMORY = 512 * 2**20
ROW_GROUP_BYTES = 32 * 2**20
#: DuckDB's type for each Arrow type the tables hold; a column no source gives a type (all values missing) is text.
_DUCK_TYPES = {"large_string": "VARCHAR", "string": "VARCHAR", "null": "VARCHAR", "int64": "BIGINT",
               "double": "DOUBLE", "bool": "BOOLEAN", "timestamp[ns]": "TIMESTAMP_NS"}


def _merge_table(store: Path, table: str, kept_ids: set[str], parts: Path) -> None:
    """Write ``table`` as the kept articles' old rows plus the new parts, sorted by doc_id, with DuckDB.

    DuckDB sorts out of core within ``MERGE_MEMORY`` (the whole terms table of 100,000 articles would otherwise be
    held and copied in this process). The order is deterministic: every article's rows come from one file, so
    (doc_id, row in that file) orders them as they were extracted. Each column is cast to the type its sources
    agree on (pyarrow's permissive promotion: a column missing in one batch is text, as in every other).
    """
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = store / f"{table}.parquet"
    candidates = ([path] if kept_ids and path.is_file() else []) + sorted((parts / table).glob("*.parquet"))
    files = {p: f for p in candidates if (f := pq.ParquetFile(p)).metadata.num_rows}  # each footer read once
    old, new = [p for p in files if p == path], [p for p in files if p != path]
    if not files:
        _write(_frame(table, []), path)
        return
    metas = [f.metadata for f in files.values()]
    schema = pa.unify_schemas([f.schema_arrow.remove_metadata() for f in files.values()], promote_options="permissive")
    columns = ", ".join(f'CAST("{f.name}" AS {_DUCK_TYPES[str(f.type)]}) AS "{f.name}"' for f in schema)
    # the kept rows of the old table, then every new part in one scan; an article's rows all come from one file
    sources = [f"SELECT *, filename AS _file FROM read_parquet('{p}', file_row_number = true, filename = true) "
               "WHERE doc_id IN (SELECT doc_id FROM kept)" for p in old]
    if new:
        listed = ", ".join(f"'{p}'" for p in new)
        sources.append(f"SELECT *, filename AS _file FROM read_parquet([{listed}], file_row_number = true, "
                       "filename = true, union_by_name = true)")
    tmp = _tmp_path(path)
    spill = parts / ".duckdb"
    spill.mkdir(parents=True, exist_ok=True)
    # Sorting spills to disk, but rows holding whole articles (the articles table's raw text) can need more than
    # the limit: then once more with room for four times the sources' uncompressed size (or the limit), and last
    # all in memory with pyarrow, as before DuckDB did the merge. Row groups hold about
    # ROW_GROUP_BYTES each (the writer keeps one in memory; 122,880 articles' raw text would not fit). Insertion
    # order stays on: DuckDB's parallel writer would interleave the sorted rows' groups.
    size = sum(m.row_group(g).total_byte_size for m in metas for g in range(m.num_row_groups))
    rows = sum(m.num_rows for m in metas)
    group = max(1024, min(122_880, ROW_GROUP_BYTES * rows // max(size, 1)))
    for limit in (MERGE_MEMORY, max(4 * size, 4 * MERGE_MEMORY)):
        config = {"memory_limit": f"{limit // 2**20}MB", "threads": 2, "temp_directory": str(spill)}
        try:
            with duckdb.connect(config=config) as con:
                con.register("kept", pa.table({"doc_id": pa.array(sorted(kept_ids), pa.string())}))
                con.execute(f"COPY (SELECT {columns} FROM ({' UNION ALL BY NAME '.join(sources)}) "
                            f"ORDER BY doc_id, _file, file_row_number) TO '{tmp}' "
                            f"(FORMAT parquet, ROW_GROUP_SIZE {group})")
            os.replace(tmp, path)
            return
        except duckdb.OutOfMemoryException:
            continue
    _merge_in_memory(path, old, new, kept_ids)  # the last resort, as the store did before: all of it in memory


def _merge_in_memory(path: Path, old: list[Path], new: list[Path], kept_ids: set[str]) -> None:
    """``_merge_table`` with pyarrow, the whole table in this process (when DuckDB could not sort it in its limit)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    pieces = [pq.read_table(p) for p in old]
    pieces = [t.filter(pc.is_in(t["doc_id"].cast(pa.string()), value_set=pa.array(sorted(kept_ids), pa.string())))
              for t in pieces] + [pq.read_table(p) for p in new]
    merged = pa.concat_tables([t.replace_schema_metadata(None) for t in pieces], promote_options="permissive")
    merged = merged.take(pc.sort_indices(merged, sort_keys=[("doc_id", "ascending")]))
    tmp = _tmp_path(path)
    pq.write_table(merged, tmp)
    os.replace(tmp, path)


def build_store(folder: Path, store: Path, settings: ExtractSettings = ExtractSettings(),
                scheduler: str | None = None, workers: int | None = None) -> StoreReport:
    """Extract every article of ``folder`` into Parquet tables in ``store``, recomputing only what changed.

    ``scheduler`` is the address of a running Dask scheduler ("tcp://host:8786"); None runs
    local worker processes (``workers``, default one per core). Problems (unreadable,
    empty or binary files, manifest rows naming missing files) never stop the build:
    they are returned and stored in ``problems.parquet``.
    """
    start = time.perf_counter()
    folder, store = Path(folder), Path(store)
    cache, stats = read_line_keys(store), read_file_stats(store)
    tasks, problems, fresh, seen = _tasks(folder, settings.fingerprint(), cache, stats)
    old_keys = read_table_keys(store)
    wanted = {t.key for t in tasks}
    reuse = wanted & set(old_keys["key"])
    todo = [t for t in tasks if t.key not in reuse]
    stale = int((~old_keys["key"].isin(wanted)).sum())  # changed or removed articles
    if not todo and not stale and all((store / f"{t}.parquet").is_file() for t in TABLES):
        # Up to date: no table is written, so notebooks opening the store side by side only read it (a file touched
        # with the same bytes only refreshes the stat record).
        if seen != stats:
            _write_file_stats(seen, store)
        return StoreReport(reused=len(reuse), computed=0, dropped=0, problems=read_problems(store),
                           seconds=time.perf_counter() - start)
    store.mkdir(parents=True, exist_ok=True)
    parts = store / f".parts-{os.getpid()}"
    shutil.rmtree(parts, ignore_errors=True)
    try:
        results = _compute(todo, settings, scheduler, workers, parts)
        keys = [(doc_id, key) for doc_id, key in zip(old_keys["doc_id"], old_keys["key"]) if key in reuse]
        new_problems: list[str] = []
        for result in results:
            new_problems.extend(result.get("problems", []))
            # Unusable files keep their key too (with no doc_id), so they are not read again on every build.
            keys.append((result.get("doc_id") or "", result["key"]))
        kept_ids = {doc_id for doc_id, key in keys if key in reuse and doc_id}
        for table in TABLES:
            _merge_table(store, table, kept_ids, parts)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    old_problems = read_problems(store)
    kept_problems = [p for p in old_problems if p.split(": ", 1)[0] in {t.name for t in tasks if t.key in reuse}]
    every_problem = problems + kept_problems + new_problems
    _write(pd.DataFrame(sorted(keys), columns=["doc_id", "key"]), store / KEYS_NAME)
    if set(fresh) != set(cache):
        _write_line_keys(fresh, store)
    if seen != stats:
        _write_file_stats(seen, store)
    _write(pd.DataFrame({"problem": every_problem}), store / "problems.parquet")
    dropped = len(set(old_keys["doc_id"]) - {doc_id for doc_id, _ in keys})
    return StoreReport(reused=len(reuse), computed=len(todo), dropped=dropped, problems=every_problem,
                       seconds=time.perf_counter() - start)


def _tmp_path(path: Path) -> Path:
    """This process's temporary file beside ``path``, renamed into place once written."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _write(frame: pd.DataFrame, path: Path) -> None:
    """Write a table atomically (a temporary file of this process renamed into place), so a reader never sees half
    a file and two notebooks refreshing the same record do not write into one temporary file."""
    tmp = _tmp_path(path)
    frame.to_parquet(tmp, engine="pyarrow", index=False)
    os.replace(tmp, path)


def read_table_keys(store: Path) -> pd.DataFrame:
    """doc_id -> key of the articles the store holds (empty for a new store)."""
    path = Path(store) / KEYS_NAME
    return pd.read_parquet(path) if path.is_file() else pd.DataFrame({"doc_id": [], "key": []}, dtype=str)


def read_problems(store: Path) -> list[str]:
    """The problem notes of the last build of the store."""
    path = Path(store) / "problems.parquet"
    return list(pd.read_parquet(path)["problem"]) if path.is_file() else []


def extract_here(folder: Path, settings: ExtractSettings) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """The same tables computed in this process without a store (small corpora, the notebooks' default)."""
    tasks, problems, _, _ = _tasks(Path(folder), settings.fingerprint())
    results = [r for i in range(0, len(tasks), BATCH) for r in _extract_batch(tasks[i:i + BATCH], settings)]
    rows: dict[str, list] = {table: [] for table in TABLES}
    for result in results:
        problems.extend(result.get("problems", []))
        for table in TABLES:
            rows[table].extend(result.get(table, []))
    return {table: _frame(table, rows[table]) for table in TABLES}, problems


def load_tables(store: Path, tables: Iterable[str] = tuple(TABLES)) -> dict[str, pd.DataFrame]:
    """Several stored tables at once."""
    return {table: read_table(store, table) for table in tables}


def lazy_tables(store: Path) -> StoredTables:
    """The store's tables, read on first use (a notebook that never draws quotes never reads them)."""
    return StoredTables(store)


__all__ = ["PIPELINE_VERSION", "TABLES", "CorpusWarning", "ExtractSettings", "StoreReport", "article_key",
           "build_store", "extract_article", "extract_here", "load_tables", "read_problems", "read_table"]
