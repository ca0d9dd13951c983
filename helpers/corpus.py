"""Load a folder of web-copied articles into one tidy DataFrame.

``load_corpus`` reads every ``*.txt`` file in a folder, decodes it defensively,
cleans it (``helpers.cleaning``), infers what the text states (headline,
timestamp date, outlet) and merges an optional ``sources.csv`` manifest whose
values override the inferred ones. Bad files produce a one-line warning naming
the file and are skipped; they never stop the rest of the corpus from loading.

Per-article work is the pure function :func:`process_article`, so large corpora
are processed in a pool of worker processes.
"""

from __future__ import annotations

import os
import re
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import ftfy
import pandas as pd

from . import config
from .cleaning import clean_lines
from .dates import parse_date
from .progress import progress
from .text import count_words

MANIFEST_NAME = "sources.csv"
MANIFEST_COLUMNS = ("file", "outlet", "published", "date_basis", "url", "headline", "notes")
#: The columns of the corpus table, in order.
COLUMNS = ("doc_id", "file", "outlet", "label", "published", "date_basis", "headline", "language", "url",
           "notes", "raw", "text", "n_words", "removed")
UNKNOWN = "unknown"
#: Above this many files the loader uses a process pool.
PARALLEL_MIN_FILES = 400


class CorpusWarning(UserWarning):
    """A problem with one file of the corpus; the file is skipped or repaired, the rest loads."""


class CorpusError(ValueError):
    """The corpus as a whole cannot be loaded (no such folder, no .txt files)."""


_original_formatwarning = warnings.formatwarning


def _formatwarning(message, category, filename, lineno, line=None):
    """One line for corpus warnings (no source path, no code excerpt); stdlib format otherwise."""
    if issubclass(category, CorpusWarning):
        return f"{category.__name__}: {message}\n"
    return _original_formatwarning(message, category, filename, lineno, line)


warnings.formatwarning = _formatwarning

# --------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")


def decode_article(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """Decode one file's bytes. Returns (text or None when unusable, one-line problem notes).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other bytes
    are decoded as cp1252, then latin-1, with a note. Mojibake such as "â€™" is
    repaired with ftfy's ``fix_encoding`` (quotes and wording are left alone).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16").encode("utf-8")
    head = data[:4096]
    if b"\x00" in head or (head and sum(head.count(c) for c in _CONTROL) > 0.05 * len(head)):
        return None, [f"{name}: binary file, not text; skipped"]
    notes: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        notes.append(f"{name}: not valid UTF-8; decoded as {encoding}")
    if not text.strip():
        return None, [f"{name}: empty file; skipped"]
    # Mojibake from UTF-8 read as cp1252/latin-1 always holds a lead byte shown as U+00C2..U+00F4 (Â, Ã, â, ...);
    # without one there is nothing for ftfy to fix, and the check is far cheaper than ftfy's own.
    fixed = ftfy.fix_encoding(text) if _MOJIBAKE_LEAD.search(text) else text
    if fixed != text:
        notes.append(f"{name}: repaired mojibake (text decoded with the wrong encoding) with ftfy")
    return fixed.replace("\r\n", "\n").replace("\r", "\n"), notes


# --------------------------------------------------------------------------------------
# Metadata the text states
# --------------------------------------------------------------------------------------
@cache
def _outlet_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = pd.read_csv(config.DATA_DIR / "outlets.csv", dtype=str)
    return tuple((row.outlet, re.compile(row.cue)) for row in table.itertuples())


_SELF_NAME_RE = re.compile(r"\bThe(?: [A-Z][a-z]+){1,3}\b")


def infer_outlet(removed: list[tuple[str, str]]) -> str:
    """The outlet named in the article's own boilerplate, or "" when it names none.

    Only removed lines are searched: the body names other media (TASS, Reuters) as
    sources, while appeals, newsletters and schedule widgets name the publisher.
    A known outlet (``data/outlets.csv``) wins; otherwise a "The Something" name
    repeated in the appeal lines is taken.
    """
    lines = "\n".join(line for _, line in removed)
    for outlet, cue in _outlet_cues():
        if cue.search(lines):
            return outlet
    appeal = "\n".join(line for rule, line in removed if rule in {"appeal", "newsletter", "reader_address"})
    names = Counter(_SELF_NAME_RE.findall(appeal)).most_common(1)
    return names[0][0] if names and names[0][1] >= 2 else ""


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid, offline), "" for too little text."""
    sample = text[:1000]  # enough for langid; more only costs time
    if count_words(sample) < 5:
        return ""
    import py3langid  # loads its packaged model once, on first use

    return str(py3langid.classify(sample)[0])


# --------------------------------------------------------------------------------------
# One article
# --------------------------------------------------------------------------------------
def process_article(name: str, data: bytes, meta: dict[str, str] | None = None) -> tuple[dict[str, Any] | None, list[str]]:
    """Decode, clean and describe one article; a pure function of the file's name and bytes.

    ``meta`` is the file's manifest row (may be empty). Returns the corpus row (None
    when the file is unusable) and the problem notes for the file.
    """
    raw, notes = decode_article(data, name)
    if raw is None:
        return None, notes
    language = detect_language(raw)
    cleaned = clean_lines(raw, english=language in ("en", ""))
    if language not in ("en", ""):
        notes.append(f"{name}: language detected as '{language}', not English; loaded, English-only measures may not apply")
    stated, stated_line = None, ""
    for rule, line in cleaned.removed:
        if rule in ("timestamp", "byline") and (day := parse_date(line)):
            stated, stated_line = day, line
            break
    meta = meta or {}
    published, basis = _published(meta, stated, stated_line, name, notes)
    doc_id = Path(name).stem
    outlet = meta.get("outlet") or infer_outlet(cleaned.removed) or UNKNOWN
    headline = meta.get("headline") or cleaned.headline
    row = {
        "doc_id": doc_id,
        "file": name,
        "outlet": outlet,
        "published": published,
        "date_basis": basis,
        "headline": "" if headline == UNKNOWN else headline,
        "language": language,
        "url": meta.get("url", ""),
        "notes": meta.get("notes", ""),
        "raw": raw,
        "text": cleaned.text,
        "n_words": count_words(cleaned.text),
        "removed": cleaned.removed,
    }
    return row, notes


def _published(meta: dict[str, str], stated: date | None, stated_line: str, name: str,
               notes: list[str]) -> tuple[pd.Timestamp, str]:
    """Publication date and its basis: the manifest's when given, else the text's timestamp."""
    given = meta.get("published", "")
    if given and given != UNKNOWN:
        stamp = pd.to_datetime(given, format="%Y-%m-%d", errors="coerce")
        if pd.notna(stamp):
            return stamp, meta.get("date_basis") or "given in sources.csv"
        notes.append(f"{name}: sources.csv date '{given}' is not YYYY-MM-DD; ignored")
    if stated is not None:
        return pd.Timestamp(stated), f"stated in text: timestamp line '{stated_line}'"
    return pd.NaT, meta.get("date_basis") or UNKNOWN


# --------------------------------------------------------------------------------------
# The folder
# --------------------------------------------------------------------------------------
def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """``sources.csv`` rows keyed by file name ({} when absent); empty cells become ""."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        warnings.warn(CorpusWarning(f"{MANIFEST_NAME}: cannot be read ({type(exc).__name__}); metadata inferred"),
                      stacklevel=3)
        return {}
    if "file" not in table.columns:
        warnings.warn(CorpusWarning(f"{MANIFEST_NAME}: no 'file' column; metadata inferred"), stacklevel=3)
        return {}
    keep = [c for c in MANIFEST_COLUMNS if c in table.columns]
    return {row["file"].strip(): {k: row[k].strip() for k in keep if k != "file"} for row in table[keep].to_dict("records")}


def _worker(task: tuple[str, str, dict[str, str]]) -> tuple[dict[str, Any] | None, list[str]]:
    path, name, meta = task
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return None, [f"{name}: cannot be read ({exc.strerror}); skipped"]
    return process_article(name, data, meta)


def load_corpus(path: str | Path | None = None, n_jobs: int | None = None) -> pd.DataFrame:
    """Load, clean and describe every ``.txt`` article in a folder.

    Parameters
    ----------
    path
        Folder of ``.txt`` files (the repository's ``seeds/`` when None). An optional ``sources.csv`` in it adds or overrides metadata.
    n_jobs
        Worker processes; default: all cores for large folders, one for small ones.

    Returns
    -------
    DataFrame, one row per article sorted by ``doc_id``, with the columns in
    ``COLUMNS``. Problems with single files are warned about (``CorpusWarning``,
    one line naming the file) and listed in ``df.attrs["problems"]``.
    """
    folder = Path(path) if path is not None else config.SEEDS_DIR
    if not folder.exists():
        raise CorpusError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder (give the folder that holds the .txt articles)")
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if not files:
        raise CorpusError(f"{folder}: no .txt files in this folder")
    manifest = read_manifest(folder)
    problems = [f"{MANIFEST_NAME}: names '{name}', which is not in the folder; row ignored"
                for name in sorted(set(manifest) - {p.name for p in files})]
    tasks = [(str(p), p.name, manifest.get(p.name, {})) for p in files]
    jobs = n_jobs or (min(os.cpu_count() or 1, 8) if len(tasks) >= PARALLEL_MIN_FILES else 1)
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(progress(pool.map(_worker, tasks, chunksize=64), total=len(tasks), desc="load_corpus"))
    else:
        results = [_worker(t) for t in progress(tasks, total=len(tasks), desc="load_corpus")]
    rows = []
    for row, notes in results:
        problems.extend(notes)
        if row is not None:
            rows.append(row)
    for note in problems:
        warnings.warn(CorpusWarning(note), stacklevel=2)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    frame["n_words"] = frame["n_words"].astype("int64")
    frame["label"] = article_labels(frame)
    frame = frame.sort_values("doc_id", kind="stable").reset_index(drop=True)
    frame.attrs["problems"] = problems
    frame.attrs["folder"] = folder.name
    if frame.empty:
        raise CorpusError(f"{folder}: none of the {len(files)} .txt files could be read as an article")
    return frame


def article_labels(frame: pd.DataFrame) -> pd.Series:
    """Short chart labels, "outlet · id", where id is the doc_id up to its first "_" if that stays unique."""
    short = frame["doc_id"].str.split("_").str[0]
    ids = short if short.is_unique else frame["doc_id"]
    return frame["outlet"].str.cat(ids, sep=" · ")
