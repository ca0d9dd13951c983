"""Read an article table (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``): one article per row.

Exports of news databases (Media Cloud, GDELT-style full-text dumps, a scraper's
output) hold many articles in one file. Each row becomes one article: its text
column is the article body, led by its title and cleaned like a ``.txt`` web copy;
its title, date, outlet and URL columns act like the article's ``sources.csv`` row.
Column names are matched case-insensitively (``TEXT_COLUMNS``, ``FIELD_COLUMNS``).

Files are streamed (pyarrow record batches, pandas CSV chunks, JSON line by line)
reading only the mapped columns, so a table of a few hundred MB is never held in
memory as a table next to its articles. Problems with a file or a row are one-line
notes; they never stop the rest of the corpus.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from .cleaning import normalise_line, reads_as_headline
from .dates import parse_date

TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
#: Names of the article-text column, in order of preference (the first present is used).
TEXT_COLUMNS = ("text", "body", "content", "article", "full_text", "story_text")
#: Manifest field -> the column names that give it, in order of preference. Media Cloud exports use stories_id,
#: publish_date, title, url, media_name; GDELT-style and scraper dumps use id, date, title, url, source or site.
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "doc_id": ("id", "stories_id", "doc_id"),
    "headline": ("title", "headline"),
    "url": ("url",),
    "published": ("date", "publish_date", "published", "publication_date"),
    "outlet": ("outlet", "media_name", "source", "site", "publisher"),
    "notes": ("notes",),
}
#: Rows read at a time: large enough for pandas and pyarrow to be fast, small enough to stay a few MB.
CHUNK_ROWS = 1_000
#: Notes of one kind per table written out in full; the rest are counted in one summary note.
MAX_NOTES_PER_KIND = 10
_UNSAFE_RE = re.compile(r"[^A-Za-z0-9-]+")


class TableError(ValueError):
    """A table file cannot be read as articles at all (no text column, not a table)."""


@dataclass(frozen=True)
class TableRow:
    """One article of a table: its name in notes, its text as UTF-8 bytes, its manifest-like row.

    ``meta`` holds the manifest fields the row gives (headline, outlet, url, notes, and
    date_basis with ``date``: the date cell as written, read by the loader so that a bad
    date is that article's note), its ``doc_id`` and its ``file`` (the name), so that a
    store key made from the text and ``meta`` changes when any of them does.
    """

    name: str
    data: bytes
    meta: dict[str, str]


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def cell_text(value: Any) -> str:
    """A cell as text: "" for missing values (None, NaN), whole floats without ".0", bytes decoded as UTF-8,
    an object's "name" (JSON exports nest the source as {"id": ..., "name": ...}), a list's items joined."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, dict):
        return cell_text(value.get("name"))
    if isinstance(value, list | tuple):
        return ", ".join(t for t in map(cell_text, value) if t)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


_ISO_LIKE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def lenient_date(value: Any) -> date | None:
    """The calendar date a cell gives, or None when it gives none.

    Accepts date and timestamp values, ISO 8601 text ("2024-03-01", "2024-03-01T12:00:00Z"),
    GDELT's digits ("20240301", "20240301123000"), e-mail style ("Fri, 01 Mar 2024 12:00:00 GMT")
    and the forms article text uses ("1 March 2024", "March 1, 2024"). A date is never guessed
    from a year alone.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value).strip()
    if not re.search(r"\d{4}", text):
        return None
    try:
        if _ISO_LIKE_RE.match(text):
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        if text.isdigit() and len(text) in (8, 12, 14):
            return datetime.strptime(text[:8], "%Y%m%d").date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    return parse_date(text)


def doc_id_for(stem: str, ident: str, number: int, taken: set[str]) -> str:
    """``<file stem>-<id or row number>`` made filesystem-safe (ASCII letters, digits, ``-``; every other run of
    characters, dots too, becomes one ``_``) and unique in ``taken`` (a repeated id gets ``-2``, ``-3``...); the
    id is added to ``taken``."""
    base = _UNSAFE_RE.sub("_", f"{stem}-{ident or number}").strip("_-")[:100] or f"row-{number}"
    doc_id, k = base, 2
    while doc_id in taken:
        doc_id, k = f"{base}-{k}", k + 1
    taken.add(doc_id)
    return doc_id


def _short(text: str, width: int = 60) -> str:
    """A cell shown in a note or a name: one line, at most ``width`` characters."""
    text = " ".join(text.split()).replace(": ", ":")
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------
def _columns(path: Path) -> list[str]:
    """The column names of a table file (for JSON lines: the keys of its first object)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.ParquetFile(path).schema_arrow.names)
    if suffix == ".csv":
        import pandas as pd

        return [str(c) for c in pd.read_csv(path, nrows=0, encoding="utf-8-sig", encoding_errors="replace").columns]
    records = _json_records(path, [])
    try:
        first = next((record for record in records if record is not None), None)
    finally:
        records.close()
    return list(first) if first is not None else []


def _json_records(path: Path, notes: list[str]) -> Iterator[dict[str, Any] | None]:
    """The objects of a JSON-lines file, one per non-blank line (so rows are numbered by line); a line that is not
    a JSON object gives None and is counted in a note."""
    bad = 0
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict):
                bad += 1
                record = None
            yield record
    if bad:
        notes.append(f"{path.name}: {bad:,} line(s) are not JSON objects; skipped")


def _records(path: Path, columns: list[str], notes: list[str]) -> Iterator[dict[str, Any] | None]:
    """The rows of a table file as dicts of the given columns, streamed (None for a JSON line that is no object)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS, columns=columns):
            yield from batch.to_pylist()
    elif suffix == ".csv":
        import pandas as pd

        with pd.read_csv(path, usecols=columns, dtype=str, keep_default_na=False, chunksize=CHUNK_ROWS,
                         encoding="utf-8-sig", encoding_errors="replace") as chunks:
            for chunk in chunks:
                yield from chunk.to_dict("records")
    else:
        for record in _json_records(path, notes):
            yield None if record is None else {c: record.get(c) for c in columns}


def column_map(columns: list[str], name: str) -> dict[str, str]:
    """Field -> column of a table: "text" and whichever of ``FIELD_COLUMNS`` it has (names in any case).

    Raises ``TableError`` naming the file and its columns when no column holds the text.
    """
    by_lower: dict[str, str] = {}
    for column in columns:
        by_lower.setdefault(str(column).strip().lower(), column)
    text = next((by_lower[c] for c in TEXT_COLUMNS if c in by_lower), None)
    if text is None:
        shown = ", ".join(str(c) for c in columns[:20]) + (", …" if len(columns) > 20 else "")
        raise TableError(f"{name}: no article text column (one of {', '.join(TEXT_COLUMNS)}); its columns are: "
                         f"{shown or 'none'}; skipped")
    mapping = {"text": text}
    for field, names in FIELD_COLUMNS.items():
        if (column := next((by_lower[c] for c in names if c in by_lower), None)) is not None:
            mapping[field] = column
    return mapping


class _Notes:
    """Per-table notes, at most ``MAX_NOTES_PER_KIND`` of each kind in full, then one count per kind (a table of
    100,000 rows with empty text gives 11 notes, not 100,000)."""

    def __init__(self, file: str, notes: list[str]) -> None:
        self.file, self.notes, self.over = file, notes, Counter()
        self.count: Counter[str] = Counter()

    def add(self, kind: str, message: str) -> None:
        self.count[kind] += 1
        if self.count[kind] <= MAX_NOTES_PER_KIND:
            self.notes.append(message)
        else:
            self.over[kind] += 1

    def close(self) -> None:
        self.notes.extend(f"{self.file}: {n:,} more row(s) with {kind}" for kind, n in self.over.items())


def table_rows(path: Path, defaults: dict[str, str], taken: set[str], problems: list[str]) -> Iterator[TableRow]:
    """The articles of a table file, streamed; problems with the file or its rows are appended to ``problems``.

    ``defaults`` is the file's own ``sources.csv`` row: it fills what a row leaves empty
    (an export from one outlet names it once). ``taken`` holds the doc_ids in use; each
    row's is added. A row with no text is skipped with a note; a file without a text column
    or that cannot be read gives one note and no rows.
    """
    name = path.name
    try:
        mapping = column_map(_columns(path), name)
    except TableError as exc:
        problems.append(str(exc))
        return
    except (OSError, ValueError, UnicodeDecodeError) as exc:  # pyarrow's ArrowInvalid and pandas' errors are these
        problems.append(f"{name}: cannot be read as a table ({type(exc).__name__}); skipped")
        return
    notes = _Notes(name, problems)
    number = 0
    try:
        for number, record in enumerate(_records(path, sorted(set(mapping.values())), problems), start=1):
            row = None if record is None else _row(path, number, record, mapping, defaults, taken, notes)
            if row is not None:
                yield row
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        problems.append(f"{name}: cannot be read after row {number:,} ({type(exc).__name__}); the rows before "
                        "it are loaded")
    if number == 0:
        problems.append(f"{name}: no rows; nothing loaded")
    notes.close()


def _row(path: Path, number: int, record: dict[str, Any], mapping: dict[str, str], defaults: dict[str, str],
         taken: set[str], notes: _Notes) -> TableRow | None:
    """One row as an article (None, with a note, when its text is empty)."""
    ident = _short(cell_text(record.get(mapping.get("doc_id", ""))).strip())
    where = f"{path.name} [id {ident}]" if ident else f"{path.name} [row {number}]"
    text = cell_text(record.get(mapping["text"]))
    if not text.strip():
        notes.add("empty text; skipped", f"{where}: empty text; skipped")
        return None
    doc_id = doc_id_for(path.stem, ident, number, taken)
    if ident and doc_id != doc_id_for(path.stem, ident, number, set()):  # the id is not unique: name the row by number
        where = f"{path.name} [row {number}]"
        notes.add("an id already in use", f"{path.name}: the id '{ident}' of row {number:,} is already in use; the row "
                                          f"is named [row {number}], its doc_id is {doc_id}")
    meta = dict(defaults)
    for field in ("headline", "url", "outlet", "notes"):
        if field in mapping and (value := " ".join(cell_text(record.get(mapping[field])).split())):
            meta[field] = value
    if "published" in mapping and (cell := " ".join(cell_text(record.get(mapping["published"])).split())):
        meta.pop("published", None)  # the row's own date, even an unreadable one, wins over the file's manifest date
        meta["date"], meta["date_basis"] = cell, f"given in {path.name}"
    meta["doc_id"] = doc_id
    meta["file"] = where
    title = " ".join(cell_text(record.get(mapping["headline"])).split()) if "headline" in mapping else ""
    return TableRow(name=where, data=with_headline(text, title).encode("utf-8", errors="replace"), meta=meta)


def with_headline(text: str, title: str) -> str:
    """The row's text led by its title, as a web copy is, when the title reads as a headline and the text does not
    already start with it: the cleaner then takes the title as the headline, never a short first paragraph."""
    first = next((normalise_line(line) for line in text.splitlines() if normalise_line(line)), "")
    if title and reads_as_headline(title) and first != title:
        return f"{title}\n{text}"
    return text
