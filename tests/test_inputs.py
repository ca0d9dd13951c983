"""Saved web pages and article tables as corpus input: metadata, the audit of what a page held, streaming, keys."""

from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest
from test_any_corpus import CORPORA, build_folder, notebook_text

from helpers import audit, html_input, pipeline, table_input
from helpers.corpus import CorpusError, CorpusWarning, list_inputs, load_corpus, process_article
from helpers.html_input import HTML_RULE, outlet_from_host
from helpers.pipeline import build_store, load_tables, read_table
from helpers.table_input import doc_id_for, lenient_date

HTML = CORPORA / "html"
TABLE = CORPORA / "table"

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>
<meta property="og:site_name" content="Harbour Herald"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="cookie">We use cookies on this site. Accept all</div>
<article><h1>{title}</h1>
<p>The council voted on Tuesday to expand the harbour, approving a plan that supporters say will bring hundreds of
jobs to the town and new berths for the fishing fleet.</p>
<p>Opponents said the plan had been rushed through and that the fishermen and the café owners on the quay had not
been consulted before the vote.</p>
{extra}</article>
<footer>© 2025 Harbour Herald. All rights reserved.</footer></body></html>"""


def page(title: str = "Council approves harbour plan", extra: str = "", charset: str = "utf-8") -> str:
    return PAGE.format(title=title, extra=extra, charset=charset)


def load(folder: Path) -> tuple[pd.DataFrame, list[str]]:
    """The corpus and its CorpusWarning notes."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = load_corpus(folder)
    return frame, [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]


def accounted(frame: pd.DataFrame) -> None:
    """The audit's guarantee (notebook 00 asserts it): kept and removed lines are lines of ``raw``."""
    for row in frame.itertuples():
        assert audit.unaccounted_lines(row) == [], row.doc_id


# --------------------------------------------------------------------------------------
# Web pages
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pages() -> pd.DataFrame:
    frame, notes = load(HTML)
    assert notes == []
    return frame.set_index("doc_id")


def test_pages_give_text_headline_outlet_date_and_url(pages: pd.DataFrame) -> None:
    library = pages.loc["library-reopens"]
    assert library["headline"] == "Central library reopens after two-year renovation"
    assert library["outlet"] == "Riverside Chronicle"  # og:site_name
    assert library["published"] == pd.Timestamp("2024-09-14")
    assert library["date_basis"] == "stated in page metadata"
    assert library["url"] == "https://www.riversidechronicle.example/news/2024/09/14/central-library-reopens"
    assert library["text"].startswith("The central library on Mill Street reopened on Saturday")
    assert library["text"].endswith("the library will open on Sundays from November, the council said.")
    for boilerplate in ("cookies", "Sign up for our morning newsletter", "Bus fares to rise", "All rights reserved"):
        assert boilerplate not in library["text"], boilerplate
    assert pages.loc["ferry-timetable", "published"] == pd.Timestamp("2024-10-02")  # JSON-LD datePublished
    assert (pages["language"] == "en").all() and pages["n_words"].between(150, 300).all()


def test_audit_lists_what_the_page_held_besides_the_article(pages: pd.DataFrame) -> None:
    removed = pages.loc["library-reopens", "removed"]
    dropped = [line for rule, line in removed if rule == HTML_RULE]
    assert "We use cookies to improve your experience on our site and to show you relevant advertising." in dropped
    assert "© 2024 Riverside Chronicle. All rights reserved." in dropped
    assert "Council tax bills explained: what you will pay next year" in dropped
    raw = pages.loc["library-reopens", "raw"]
    assert "dataLayer" not in raw and "<p>" not in raw and "font-family" not in raw  # visible text, not the source
    assert raw.index("We use cookies") < raw.index("The central library") < raw.index("© 2024")  # page order
    accounted(pages.reset_index())


def test_manifest_row_overrides_the_page_and_a_missing_site_name_comes_from_the_host(pages: pd.DataFrame) -> None:
    assert pages.loc["orchard-frost", "outlet"] == "Valley Farm Weekly"  # sources.csv; the page says "VFW Online"
    assert pages.loc["orchard-frost", "notes"] == "site name on the page is VFW Online"
    assert pages.loc["ferry-timetable", "outlet"] == "North Bay Times"  # no og:site_name: www.northbaytimes.example


@pytest.mark.parametrize(("host", "named", "outlet"), [
    ("www.riversidechronicle.example", "", "Riverside Chronicle"),
    ("news.bbc.co.uk", "", "BBC"),
    ("lakeshoregazette.example", "The Lakeshore Gazette", "The Lakeshore Gazette"),
    ("www.east-coast-courier.example", "Someone Else", "East Coast Courier"),
    ("www.nytimes.com", "", "Nytimes"),  # no split into words of three letters or more: kept whole
    ("", "", ""),
])
def test_outlet_from_host(host: str, named: str, outlet: str) -> None:
    assert outlet_from_host(host, named) == outlet


def test_broken_pages_are_notes_and_never_stop_the_corpus(tmp_path: Path) -> None:
    shutil.copy(HTML / "library-reopens.html", tmp_path / "good.html")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "binary.htm").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "shell.html").write_text("<html><head><title>Loading…</title></head><body></body></html>")
    (tmp_path / "cut.HTML").write_text("<html><body><div><p")
    frame, notes = load(tmp_path)
    assert list(frame["doc_id"]) == ["good"]
    assert "empty.html: empty file; skipped" in notes
    assert "binary.htm: binary file, not text; skipped" in notes
    assert "shell.html: no article text found in the page; skipped" in notes
    assert any(n.startswith("cut.HTML: ") and n.endswith("; skipped") for n in notes)
    assert len(notes) == 4


def test_page_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "old.html").write_bytes(page(charset="windows-1252").encode("cp1252"))
    frame, notes = load(tmp_path)
    assert notes == []
    assert "café owners" in frame.loc[0, "text"]
    assert frame.loc[0, "outlet"] == "Harbour Herald" and frame.loc[0, "headline"] == "Council approves harbour plan"


def test_layout_lines_of_a_huge_page_are_capped_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_input, "MAX_DROPPED_LINES", 50)
    menu = "".join(f"<li><a href='/t{k}'>Topic number {k}</a></li>" for k in range(400))
    (tmp_path / "menus.html").write_text(page().replace("<nav>", f"<nav><ul>{menu}</ul>"), encoding="utf-8")
    frame, notes = load(tmp_path)
    assert sum(rule == HTML_RULE for rule, _ in frame.loc[0, "removed"]) == 50
    assert len(notes) == 1
    assert re.fullmatch(r"menus\.html: 35\d lines of page layout past the first 50 are left out of its raw text and "
                        r"removed lines", notes[0])
    assert frame.loc[0, "text"].startswith("The council voted on Tuesday")
    accounted(frame)


def test_a_page_is_a_pure_function_of_its_name_bytes_and_manifest_row() -> None:
    data = (HTML / "bike-share.html").read_bytes()
    one, _ = process_article("bike-share.html", data, {})
    two, _ = process_article("bike-share.html", data, {})
    assert one == two
    as_text, _ = process_article("bike-share.txt", data, {})  # the name decides how the bytes are read
    assert "<p>" in as_text["raw"] and "<p>" not in one["raw"]


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------
def test_csv_and_jsonl_exports_give_one_article_per_row() -> None:
    frame, notes = load(TABLE)
    rows = frame.set_index("doc_id")
    assert list(rows.index) == ["news-2291001", "news-2291002", "news-2291003", "news-2291004",
                                "wire-cw-881", "wire-cw-882", "wire-cw-883"]
    water = rows.loc["news-2291001"]
    assert water["file"] == "news.csv [id 2291001]"
    assert water["outlet"] == "Midlands Ledger"  # media_name
    assert water["headline"] == "Water bills to rise by 9% from April, regulator says"
    assert water["published"] == pd.Timestamp("2024-11-04") and water["date_basis"] == "given in news.csv"
    assert water["url"] == "https://www.midlandsledger.example/business/water-bills-rise"
    assert ("social", "Share this article") in water["removed"]  # cleaned like a .txt web copy
    assert "Share this article" not in water["text"] and "Advertisement" not in water["text"]
    assert rows.loc["news-2291003", "published"] == pd.Timestamp("2024-11-06")  # "November 6, 2024"
    port = rows.loc["wire-cw-881"]
    assert port["outlet"] == "Coastal Wire"  # {"name": ...} inside the source object
    assert port["headline"] == "Port workers vote to strike over pay"  # a "Title" column
    assert port["published"] == pd.Timestamp("2024-11-07")  # GDELT-style 20241107083000
    assert port["text"].startswith("Dock workers at the port of Eastmouth")  # the title leads the text as headline
    assert len(notes) == 2 and notes[0] == "news.csv [id 2291005]: empty text; skipped"
    assert notes[1].startswith("wire.jsonl [id cw-883]: date 3025-01-01 is outside 1800..")
    assert pd.isna(rows.loc["wire-cw-883", "published"]) and rows.loc["wire-cw-883", "date_basis"] == "unknown"
    accounted(frame)


def test_parquet_table_is_streamed_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_input, "CHUNK_ROWS", 2)
    body = ("The ferry company said on Monday that it would add a fourth boat to the island route in the spring, "
            "after a summer in which {n} sailings were full before the day began.\n"
            "Passengers have complained for years about the queues at the harbour, the company said.")
    frame = pd.DataFrame({
        "Stories_ID": [101, 102, 103, 104, 105],
        "ARTICLE": [body.format(n=n) for n in (12, 30, 41, 7, 19)],
        "headline": [f"Ferry company adds a boat, part {n}" for n in range(1, 6)],
        "publication_date": pd.to_datetime(["2024-05-01 10:00", "2024-05-02 00:00", "2024-05-03 23:59", None, "2024-05-05 08:00"],
                                           utc=True),
        "publisher": ["Island Times"] * 5,
        "unused": ["x" * 1000] * 5,
    })
    frame.to_parquet(tmp_path / "export.parquet", index=False)
    corpus, notes = load(tmp_path)
    assert notes == []
    assert list(corpus["doc_id"]) == [f"export-{n}" for n in range(101, 106)]
    assert list(corpus["published"].dt.day.fillna(0).astype(int)) == [1, 2, 3, 0, 5]
    assert (corpus["outlet"] == "Island Times").all() and corpus["headline"].str.startswith("Ferry company").all()


def test_table_without_a_text_column_is_one_clear_note_and_the_rest_loads(tmp_path: Path) -> None:
    shutil.copy(HTML / "ferry-timetable.html", tmp_path / "ferry.html")
    (tmp_path / "links.csv").write_text("url,Title,date\nhttps://a.example/1,One,2024-01-01\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"link": "https://a.example", "summary": "short"}) + "\n")
    frame, notes = load(tmp_path)
    assert list(frame["doc_id"]) == ["ferry"]
    assert notes == [
        "feed.jsonl: no article text column (one of text, body, content, article, full_text, story_text); "
        "its columns are: link, summary; skipped",
        "links.csv: no article text column (one of text, body, content, article, full_text, story_text); "
        "its columns are: url, Title, date; skipped",
    ]


def test_odd_rows_and_files_are_notes(tmp_path: Path) -> None:
    text = "The museum said on Friday that it would open late on Thursdays from March, after a trial in the autumn."
    rows = pd.DataFrame({"id": ["a/b", "a/b", "", "../x"], "date": ["soon", "2024", "Fri, 01 Mar 2024 09:00:00 GMT", ""],
                         "text": [text, text + " It is free.", text + " It is busy.", text + " It is old."]})
    rows.to_csv(tmp_path / "rows.csv", index=False)
    (tmp_path / "lines.ndjson").write_text("not json\n" + json.dumps({"content": text}) + "\n[1, 2]\n",
                                           encoding="utf-8")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    frame, notes = load(tmp_path)
    assert list(frame["doc_id"]) == ["lines-2", "rows-3", "rows-_x", "rows-a_b", "rows-a_b-2"]
    assert set(frame["file"]) == {"lines.ndjson [row 2]", "rows.csv [row 3]", "rows.csv [id ../x]",
                                  "rows.csv [id a/b]", "rows.csv [row 2]"}
    assert frame.set_index("doc_id").loc["rows-3", "published"] == pd.Timestamp("2024-03-01")
    assert sorted(notes) == sorted([
        "broken.parquet: cannot be read as a table (ArrowInvalid); skipped",
        "lines.ndjson: 2 line(s) are not JSON objects; skipped",
        "rows.csv: the id 'a/b' of row 2 is already in use; the row is named [row 2], its doc_id is rows-a_b-2",
        "rows.csv [id a/b]: date 'soon' cannot be read; treated as unknown",
        "rows.csv [row 2]: date '2024' cannot be read; treated as unknown",
    ])


@pytest.mark.parametrize(("value", "day"), [
    ("2024-03-01", "2024-03-01"), ("2024-03-01T23:30:00-05:00", "2024-03-01"), ("2024-03-01 12:00:00.5+00", "2024-03-01"),
    ("20240301", "2024-03-01"), ("20240301123000", "2024-03-01"), ("Fri, 01 Mar 2024 12:00:00 GMT", "2024-03-01"),
    ("1 March 2024", "2024-03-01"), ("March 1, 2024", "2024-03-01"), ("3025-01-01", "3025-01-01"),
    ("2024", None), ("soon", None), ("", None), ("99999999999999", None),
])
def test_lenient_dates(value: str, day: str | None) -> None:
    found = lenient_date(value)
    assert (found.isoformat() if found else None) == day


def test_doc_ids_are_safe_and_unique() -> None:
    taken = {"news-1"}
    assert doc_id_for("news", "1", 5, taken) == "news-1-2"
    assert doc_id_for("news", "", 7, taken) == "news-7"
    assert doc_id_for("my export", "a/b:c", 1, taken) == "my_export-a_b_c"
    assert doc_id_for("..", "", 3, taken) == "3"
    assert doc_id_for("news.v2", "x..y", 4, taken) == "news_v2-x_y"


def test_sources_csv_is_the_manifest_and_fills_what_rows_leave_empty(tmp_path: Path) -> None:
    text = "The bridge will close for repairs for six weeks from Monday, the county council said on Friday."
    pd.DataFrame({"text": [text, text + " Buses will run."], "source": ["", "County Post"]}).to_csv(
        tmp_path / "export.csv", index=False)
    (tmp_path / "sources.csv").write_text("file,outlet,published\nexport.csv,Valley Voice,2024-06-01\n")
    frame, notes = load(tmp_path)
    assert notes == []
    assert list(frame["outlet"]) == ["Valley Voice", "County Post"]
    assert list(frame["published"]) == [pd.Timestamp("2024-06-01")] * 2


def test_folder_error_names_the_kinds_of_file_read(tmp_path: Path) -> None:
    (tmp_path / "sources.csv").write_text("file,outlet\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("nothing", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no \.txt files in this folder.*\.html/\.htm.*\.csv.*\.jsonl/\.ndjson.*"
                                          r"\.parquet"):
        list_inputs(tmp_path)


# --------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------
def test_editing_one_row_recomputes_only_that_article(tmp_path: Path) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    shutil.copytree(TABLE, corpus)
    first = build_store(corpus, store)
    assert (first.computed, first.reused) == (7, 0)

    table = pd.read_csv(corpus / "news.csv", dtype=str, keep_default_na=False)
    table.loc[table["stories_id"] == "2291002", "text"] += ("\nThe council said the pilot would be reviewed after its "
                                                            "first year, when head teachers report on attendance.")
    table.iloc[::-1].to_csv(corpus / "news.csv", index=False)  # reordered too: rows are keyed by id, not position
    lines = (corpus / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    edited = json.loads(lines[1]) | {"Title": "Hospital clears a quarter of its waiting list"}
    (corpus / "wire.jsonl").write_text("\n".join([lines[0], json.dumps(edited), lines[2]]) + "\n", encoding="utf-8")
    second = build_store(corpus, store)
    assert (second.computed, second.reused, second.dropped) == (2, 5, 0)
    assert second.problems == first.problems  # row notes are not repeated by a rebuild
    articles = read_table(store, "articles").set_index("doc_id")
    assert articles.loc["news-2291002", "text"].endswith("when head teachers report on attendance.")
    assert articles.loc["wire-cw-882", "headline"] == "Hospital clears a quarter of its waiting list"

    cold = tmp_path / "cold"
    build_store(corpus, cold)
    for name, frame in load_tables(store).items():
        pd.testing.assert_frame_equal(frame, load_tables(cold)[name], obj=name)


def test_rows_and_pages_go_through_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(TABLE, corpus)
    for path in HTML.glob("*.html"):
        shutil.copy(path, corpus / path.name)
    build_store(corpus, tmp_path / "here")
    monkeypatch.setattr(pipeline, "LOCAL_MAX", 0)
    monkeypatch.setattr(pipeline, "BATCH", 3)
    report = build_store(corpus, tmp_path / "processes", workers=2)
    assert report.computed == 11
    for name, frame in load_tables(tmp_path / "here").items():
        pd.testing.assert_frame_equal(frame, load_tables(tmp_path / "processes")[name], obj=name)


# --------------------------------------------------------------------------------------
# Whole reports (about a minute each)
# --------------------------------------------------------------------------------------
def test_a_folder_of_web_pages_builds_a_report(tmp_path: Path) -> None:
    out = build_folder(tmp_path, HTML)
    audit_text = notebook_text(out, "00_corpus.ipynb")
    assert "checks passed for 4 articles" in audit_text
    assert "html-boilerplate" in audit_text and "Riverside Chronicle" in audit_text
    for name in ("01_source_comparison.ipynb", "02_term_frequency.ipynb", "03_aid_figures.ipynb"):
        notebook_text(out, name)
    chart = pd.read_csv(out / "figures" / "00_cleaning.csv")
    assert (chart[html_input.HTML_FAMILY] > 0).all()


def test_a_folder_of_article_tables_builds_a_report(tmp_path: Path) -> None:
    out = build_folder(tmp_path, TABLE)
    audit_text = notebook_text(out, "00_corpus.ipynb")
    assert "checks passed for 7 articles" in audit_text
    assert "empty text; skipped" in audit_text
    assert "Midlands Ledger" in audit_text and "Coastal Wire" in audit_text
    for name in ("01_source_comparison.ipynb", "02_term_frequency.ipynb", "03_aid_figures.ipynb"):
        notebook_text(out, name)
    assert set(pd.read_parquet(out / "store" / "articles.parquet")["doc_id"]) == {
        "news-2291001", "news-2291002", "news-2291003", "news-2291004", "wire-cw-881", "wire-cw-882", "wire-cw-883"}
