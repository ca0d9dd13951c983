"""Odd and hostile files at the loader: each is loaded, repaired or skipped with one line naming the file."""

from __future__ import annotations

import gzip
import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus as corpus_module
from helpers.corpus import CorpusWarning, load_corpus
from helpers.pipeline import build_store, read_table

ARTICLE = ("Council approves harbour plan\n"
           "The council voted on Tuesday to expand the harbour, approving a plan that supporters say will bring "
           "hundreds of jobs to the town.\n"
           "Opponents said the plan had been rushed through and that fishermen had not been consulted.\n")


def load(folder: Path) -> tuple[pd.DataFrame, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = load_corpus(folder)
    return frame, [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]


def test_upper_case_extension_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "B.TXT").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    frame, _ = load(tmp_path)
    assert list(frame["file"]) == ["B.TXT", "a.txt"]


def test_link_outside_the_folder_is_skipped_with_a_note(tmp_path: Path) -> None:
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    corpus.mkdir()
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(elsewhere / "secret.txt", corpus / "link.txt")
    os.symlink(corpus / "a.txt", corpus / "inside.txt")
    frame, notes = load(corpus)
    assert list(frame["file"]) == ["a.txt", "inside.txt"]
    assert "link.txt: a link to a file outside the corpus folder; skipped" in notes


def test_manifest_row_repeated_with_other_values_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet,published\na.txt,First Post,2025-01-02\n"
                                          "a.txt,Second Post,2025-01-03\na.txt,First Post,2025-01-02\n",
                                          encoding="utf-8")
    frame, notes = load(tmp_path)
    assert frame.loc[0, "outlet"] == "First Post"
    assert notes == ["sources.csv: 'a.txt' is listed more than once with different values; the first row is used"]


def test_utf16_without_bom_and_gzip_renamed_txt_are_read(tmp_path: Path) -> None:
    (tmp_path / "le.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(ARTICLE.encode("utf-16-be"))
    (tmp_path / "zipped.txt").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    (tmp_path / "broken-gzip.txt").write_bytes(b"\x1f\x8b\x08\x00garbage")
    frame, notes = load(tmp_path)
    assert list(frame["doc_id"]) == ["be", "le", "zipped"]
    assert frame["text"].nunique() == 1 and "harbour" in frame.loc[0, "text"]
    assert "le.txt: UTF-16 without a byte-order mark; decoded as utf-16-le" in notes
    assert "zipped.txt: gzip-compressed; decompressed" in notes
    assert "broken-gzip.txt: gzip-compressed but unreadable; skipped" in notes


def test_gzip_bomb_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "MAX_GZIP_BYTES", 100_000)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bomb.txt").write_bytes(gzip.compress(b"\n" * 1_000_000))
    frame, notes = load(tmp_path)
    assert list(frame["doc_id"]) == ["a"]
    assert any(n.startswith("bomb.txt: gzip-compressed and over") for n in notes)


def test_oversized_article_is_cut_at_a_line_break(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "MAX_ARTICLE_BYTES", 2_000)
    data = (ARTICLE * 100).encode("utf-8")
    (tmp_path / "huge.txt").write_bytes(data)
    frame, notes = load(tmp_path)
    kept = data.rfind(b"\n", 0, 2_000)
    assert frame.loc[0, "raw"].encode("utf-8") == data[:kept]
    assert notes == [f"huge.txt: larger than 0 MB; only the first {kept:,} bytes are read"]


def test_bidi_controls_are_removed_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\u202eCouncil approves harbour plan\u202c\n" + ARTICLE.split("\n", 1)[1]
                                    + "Evil \u2066isolate\u2069 text was here, officials said on Friday morning.\n",
                                    encoding="utf-8")
    frame, notes = load(tmp_path)
    assert frame.loc[0, "headline"] == "Council approves harbour plan"
    assert not any(ch in frame.loc[0, "raw"] for ch in "\u202e\u202c\u2066\u2069")
    assert notes == ["a.txt: 4 bidirectional control character(s) removed (they can reorder displayed text)"]


def test_dates_outside_a_sane_range_are_unknown_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Published: 18 February 3025\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,3025-02-18\nc.txt,1066-10-14\n", encoding="utf-8")
    frame, notes = load(tmp_path)
    assert frame["published"].isna().all()
    assert any(n.startswith("a.txt: sources.csv date 3025-02-18 is outside 1800..") for n in notes)
    assert any(n.startswith("b.txt: date in the text (3025-02-18) is outside 1800..") for n in notes)
    assert any(n.startswith("c.txt: sources.csv date 1066-10-14 is outside") for n in notes)


def test_odd_file_names_and_content_never_stop_the_corpus(tmp_path: Path) -> None:
    names = ["-leading dash.txt", "spaces and ünïcode ✓.txt", "quote's \"name\".txt", "new\nline.txt"]
    for name in names:
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "punctuation.txt").write_text("!!! ??? ...\n--- ***\n", encoding="utf-8")
    (tmp_path / "digits.txt").write_text("1234 5678\n2024 2025\n", encoding="utf-8")
    frame, _ = load(tmp_path)
    assert len(frame) == 6
    # Nothing to keep in them: loaded with no words, and listed by the audit (never a crash).
    assert frame.set_index("file").loc[["punctuation.txt", "digits.txt"], "n_words"].tolist() == [0, 0]


def test_many_tiny_files_go_through_the_store(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny"
    corpus.mkdir()
    for k in range(600):
        (corpus / f"{k:04d}.txt").write_text(f"Brief {k}: the council met on Tuesday and agreed the plan.\n",
                                             encoding="utf-8")
    report = build_store(corpus, tmp_path / "store")
    assert report.computed == 600 and len(read_table(tmp_path / "store", "articles")) == 600
    assert read_table(tmp_path / "store", "articles")["n_words"].gt(0).all()  # briefs keep their sentence
