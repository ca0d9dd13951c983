"""The study: which corpus a report reads, and the topic-specific choices it makes about it.

Nothing about a topic lives in the code or the notebooks. A report's topic-specific
choices (terms to read in context, collocation nodes, dispersion terms, extra people and
spellings, the recipient of interest for money figures, the title) come from a small
TOML *study file*, ``study.toml`` in the corpus folder or any file given with
``--study``; every key is optional, and what a study file leaves out is derived from the
corpus itself (``derive_settings``): the words that most set the corpus apart from
general English, the people the text names, money grouped by donor and recipient.

``open_study`` is the one call each notebook makes::

    study = helpers.open_study(CORPUS, STUDY, figures=FIGURES, store=STORE)

It loads the corpus, resolves the settings and says where figures go; the notebooks
then read ``study.corpus``, ``study.english`` and ``study.settings``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tomllib
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import actors, config, terms
from .aid import MoneySettings
from .corpus import CorpusError, CorpusWarning
from .pipeline import (
    KEYS_NAME,
    ExtractSettings,
    StoredTables,
    StoreReport,
    build_store,
    extract_here,
    lazy_tables,
    read_problems,
)
from .profile import use_word_counts

STUDY_NAME = "study.toml"
#: Languages the English-only measures (readability, keyness, quotes, money) accept; "" = too short to tell.
ENGLISH = ("en", "")


class StudyError(ValueError):
    """The study file cannot be used (unreadable TOML, unknown key, wrong type); the message names the file."""


@dataclass(frozen=True)
class Settings:
    """A report's topic-specific choices, each from the study file or derived from the corpus."""

    title: str = ""
    #: Patterns shown in keywords-in-context tables (words, phrases, ``*`` wildcards).
    kwic: tuple[str, ...] = ()
    kwic_window: int = 6
    #: Node words whose collocates are charted.
    collocation_nodes: tuple[str, ...] = ()
    #: Patterns whose positions along each article are charted.
    dispersion: tuple[str, ...] = ()
    #: Count the people the text names, besides the listed actors.
    derive_people: bool = True
    #: Extra actors (columns actor, kind, variant, pattern), added to or replacing the built-in list.
    actors_file: Path | None = None
    actors_mode: str = "add"
    money: MoneySettings = field(default_factory=MoneySettings)
    #: Where the settings came from ("seeds/study.toml"), for the report.
    source: str = "derived from the corpus"
    #: Keys whose values were derived from the corpus rather than given.
    derived: tuple[str, ...] = ()


#: Keys a study file may hold, by table, with the type each value must have.
SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "": {"title": str},
    "terms": {"kwic": list, "kwic_window": int, "collocations": list, "dispersion": list},
    "people": {"derive": bool, "actors": str, "mode": str},
    "money": {"recipient": str, "recipient_aliases": list, "donors": str, "instruments": dict},
}


def read_study(path: Path) -> dict[str, Any]:
    """The study file's values, checked against ``SCHEMA``; a clear ``StudyError`` naming the file otherwise."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StudyError(f"{path.name}: cannot be read as TOML ({exc})") from None
    values: dict[str, Any] = {}
    for key, value in data.items():
        table, items = (key, value) if isinstance(value, dict) else ("", {key: value})
        if table not in SCHEMA:
            raise StudyError(f"{path.name}: unknown table [{table}] (known: {', '.join(sorted(t for t in SCHEMA if t))})")
        for name, item in items.items():
            expected = SCHEMA[table].get(name)
            where = f"{table}.{name}" if table else name
            if expected is None:
                raise StudyError(f"{path.name}: unknown key '{where}' (known in this table: "
                                 f"{', '.join(sorted(SCHEMA[table]))})")
            strings = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
            if not isinstance(item, expected) or not all(isinstance(x, str) for x in strings):
                kind = {list: "a list of strings", dict: "a table of strings"}.get(expected, expected.__name__)
                raise StudyError(f"{path.name}: '{where}' must be {kind}")
            values[where] = item
    if values.get("people.mode", "add") not in ("add", "replace"):
        raise StudyError(f"{path.name}: 'people.mode' must be \"add\" or \"replace\"")
    return values


def settings_from(values: dict[str, Any], base: Path, source: str) -> Settings:
    """Settings holding the study file's values (paths relative to the file's folder); the rest left empty."""
    def path(key: str) -> Path | None:
        return (base / values[key]) if values.get(key) else None

    donors = ()
    if (donors_file := path("money.donors")) is not None:
        table = pd.read_csv(donors_file, dtype=str, keep_default_na=False)
        donors = tuple(zip(table["donor"], table["cue"], strict=True))
    return Settings(
        title=values.get("title", ""),
        kwic=tuple(values.get("terms.kwic", ())),
        kwic_window=values.get("terms.kwic_window", 6),
        collocation_nodes=tuple(values.get("terms.collocations", ())),
        dispersion=tuple(values.get("terms.dispersion", ())),
        derive_people=values.get("people.derive", True),
        actors_file=path("people.actors"),
        actors_mode=values.get("people.mode", "add"),
        money=MoneySettings(recipient=values.get("money.recipient", ""),
                            recipient_aliases=tuple(values.get("money.recipient_aliases", ())), donors=donors,
                            instruments=tuple(values.get("money.instruments", {}).items())),
        source=source,
    )


def derive_settings(corpus: pd.DataFrame, given: Settings, given_keys: set[str]) -> Settings:
    """Fill what the study file left out from the corpus: its topic words and a title.

    Topic words are ``terms.topic_terms``: keyness of the English articles against general
    English (wordfreq). Collocations and keywords in context use topic nouns (words written
    in lower case), dispersion the five strongest words of any kind.
    """
    from .terms import topic_terms

    english = corpus[corpus["language"].isin(ENGLISH)]
    derived = []
    changes: dict[str, Any] = {}
    # each list is ranked once: topic_terms picks in rank order, so fewer words are the first of more
    nouns = () if {"terms.kwic", "terms.collocations"} <= given_keys else tuple(topic_terms(english, 2, common_only=True))
    strongest = () if {"terms.dispersion", "title"} <= given_keys else tuple(topic_terms(english, 5))
    if "terms.kwic" not in given_keys:
        changes["kwic"] = nouns
        derived.append("terms.kwic")
    if "terms.collocations" not in given_keys:
        changes["collocation_nodes"] = nouns[:1]
        derived.append("terms.collocations")
    if "terms.dispersion" not in given_keys:
        changes["dispersion"] = strongest
        derived.append("terms.dispersion")
    if "title" not in given_keys:
        words = strongest[:3]
        folder = corpus.attrs.get("folder", "corpus")
        changes["title"] = f"{folder}/: " + (", ".join(words) if words else "news articles")
        derived.append("title")
    return replace(given, **changes, derived=tuple(derived))


@dataclass
class Study:
    """One report's inputs: the corpus table, the per-article tables extracted from it, and the settings.

    ``tables`` holds what ``helpers.pipeline`` extracted from every article (quotes, money,
    terms, mentions, people, profile); the notebooks aggregate and draw them.
    """

    corpus: pd.DataFrame
    settings: Settings
    folder: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def english(self) -> pd.DataFrame:
        """Articles in English (or too short to tell): the input of the English-only measures."""
        mask = self.corpus["language"].isin(ENGLISH)
        if mask.all():
            return self.corpus
        table = self.corpus[mask].reset_index(drop=True)
        table.attrs.update(self.corpus.attrs)
        return table

    @property
    def other_languages(self) -> pd.DataFrame:
        """Articles in another language: listed and counted, left out of the English-only measures."""
        return self.corpus.loc[~self.corpus["language"].isin(ENGLISH), ["doc_id", "outlet", "language", "n_words"]]

    def language_note(self) -> str:
        """One line saying which articles the English-only measures leave out, and why."""
        other = self.other_languages
        if other.empty:
            return "All articles are in English."
        listing = ", ".join(f"{d} ({lang})" for d, lang in zip(other["doc_id"], other["language"]))
        return (f"{len(other)} of {len(self.corpus)} articles are not in English and are left out of the English-only "
                f"measures (readability, keyness, quotations, money): {listing}.")

    def describe(self) -> str:
        """Where the settings came from, in one line."""
        derived = ", ".join(self.settings.derived)
        return f"Study settings: {self.settings.source}" + (f"; derived from the corpus: {derived}." if derived else ".")

    # The per-article tables, shaped as the analyses expect them ---------------------------------
    @property
    def quotes(self) -> pd.DataFrame:
        """Direct quotations of the English articles (``helpers.quotes.extract_quotes``'s columns)."""
        return self.tables["quotes"]

    @property
    def tfidf_counts(self) -> pd.DataFrame:
        """The TF-IDF vectoriser's term counts of every article (doc_id, term, count): the similarity matrix is built
        from them (``helpers.similarity.tfidf_matrix``), never by tokenising the corpus again."""
        return self.tables["tfidf"]

    @property
    def money(self) -> pd.DataFrame:
        """Classified money mentions of the English articles (``helpers.aid.aid_figures``'s columns)."""
        return self.tables["money"]

    @property
    def mentions(self) -> pd.DataFrame:
        """Listed actors' mentions per article (``helpers.actors.actor_mentions``'s columns)."""
        from .actors import mention_table

        return mention_table(self.tables["mentions"], self.corpus)

    @property
    def people(self) -> pd.DataFrame:
        """People the English articles name, one canonical name per person (``helpers.people.corpus_people``)."""
        from .people import people_table

        return people_table(self.tables["people"], self.corpus)

    @property
    def profiles(self) -> pd.DataFrame:
        """Profile of each English article (``helpers.profile.profile``'s columns)."""
        table = self.english[["doc_id", "outlet", "label"]].merge(self.tables["profile"], on="doc_id", how="left")
        words = table["words"]
        table["quoted_share"] = (table["quoted_words"] / words.where(words > 0)).fillna(0.0)
        raw = table["raw_words"]
        table["boilerplate_share"] = (table["removed_words"] / raw.where(raw > 0)).fillna(0.0)
        table["quoted_speakers"] = table["quoted_speakers"].astype("int64")
        table["words"] = table["words"].astype("int64")
        table["sentences"] = table["sentences"].astype("int64")
        return table[["doc_id", "outlet", "label", "words", "sentences", "mean_sentence_length",
                      "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                      "dale_chall_readability_score", "mtld", "quoted_share", "quoted_speakers",
                      "boilerplate_share"]]


def _removed_by_article(removed: pd.DataFrame) -> dict[str, list[tuple[str, str]]]:
    """doc_id -> its removed lines as (rule, line) pairs, in order: one slice per run of equal doc_ids after a sort,
    instead of a pandas group per article (0.9 s of every notebook's start at 10,000 articles, now 0.06 s)."""
    if removed.empty:
        return {}
    removed = removed.sort_values(["doc_id", "k"], kind="stable")
    ids = removed["doc_id"].to_numpy()
    pairs = list(zip(removed["rule"].tolist(), removed["line"].tolist(), strict=True))
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]).tolist()
    return {ids[lo]: pairs[lo:hi] for lo, hi in zip(starts, [*starts[1:], len(ids)], strict=True)}


def _corpus_from(tables: dict[str, pd.DataFrame], problems: list[str], folder: Path) -> pd.DataFrame:
    """The corpus table (``helpers.load_corpus``'s columns) rebuilt from the stored articles and removed lines."""
    from .corpus import COLUMNS, article_labels

    frame = tables["articles"].copy()
    grouped = _removed_by_article(tables["removed"])
    frame["removed"] = [grouped.get(doc_id, []) for doc_id in frame["doc_id"].tolist()]
    frame["label"] = article_labels(frame)
    frame = frame.sort_values("doc_id", kind="stable").reset_index(drop=True)[list(COLUMNS)]
    frame.attrs["problems"] = list(problems)
    frame.attrs["folder"] = folder.name
    return frame


def study_file(corpus_folder: Path, study: str | Path | None) -> Path | None:
    """The study file in use: the one given, else ``study.toml`` in the corpus folder, else None."""
    if study is not None:
        path = Path(study)
        if not path.is_file():
            raise StudyError(f"{path}: no such study file")
        return path
    default = corpus_folder / STUDY_NAME
    return default if default.is_file() else None


def given_settings(folder: Path, study: str | Path | None) -> tuple[Settings, dict[str, Any]]:
    """The settings the study file gives (nothing derived yet) and the raw values read from it."""
    path = study_file(folder, study)
    values = read_study(path) if path is not None else {}
    source = (f"{path.name} in the corpus folder" if path is not None and path.parent == folder
              else f"{path.name}" if path is not None else "no study file")
    return settings_from(values, path.parent if path is not None else folder, source), values


def extraction_settings(given: Settings) -> ExtractSettings:
    """The part of the settings the per-article pipeline depends on (and keys its stored rows by)."""
    return ExtractSettings(money=given.money, actors_file=str(given.actors_file or ""),
                           actors_mode=given.actors_mode, derive_people=given.derive_people)


def prepare_store(corpus: Path, study: str | Path | None, store: Path, scheduler: str | None = None,
                  workers: int | None = None) -> StoreReport:
    """Bring ``store`` up to date with the corpus folder under its study settings (the build calls this once)."""
    given, _ = given_settings(Path(corpus), study)
    return build_store(Path(corpus), Path(store), extraction_settings(given), scheduler=scheduler, workers=workers)


def open_study(corpus: str | Path | None = None, study: str | Path | None = None, *,
               figures: str | Path | None = None, store: str | Path | None = None) -> Study:
    """Open a report's inputs: load the corpus, read the study file, fill the rest from the corpus.

    Parameters
    ----------
    corpus
        Folder of articles; None = the repository's ``seeds/``.
    study
        Study file (TOML); None = ``study.toml`` in the corpus folder when present, else every
        setting is derived from the corpus.
    figures
        Folder the notebook's figures and their CSVs go to; None = the repository's ``figures/``
        (or the test suite's scratch folder).
    store
        Folder of the Parquet store (``helpers.pipeline.build_store``): brought up to date (only new or changed
        articles are extracted; nothing is written when it is current) and read; None = extract every article
        in this process without keeping anything.
    """
    folder = Path(corpus) if corpus is not None else config.SEEDS_DIR
    config.use_figures_dir(figures)
    given, values = given_settings(folder, study)
    actors.use_actors(given.actors_file, given.actors_mode)
    if store is None:
        tables, problems = extract_here(folder, extraction_settings(given))
    else:
        store = Path(store)
        build_store(folder, store, extraction_settings(given))  # incremental: writes nothing when up to date
        tables, problems = lazy_tables(store), read_problems(store)
    if tables["articles"].empty:
        raise CorpusError(f"{folder}: none of the files could be read as an article")
    for note in problems:
        warnings.warn(CorpusWarning(note), stacklevel=2)
    table = _corpus_from(tables, problems, folder)
    stored_terms = tables.terms_of if isinstance(tables, StoredTables) else tables["terms"]
    terms.use_counts(table[table["language"].isin(ENGLISH)], stored_terms, tables["profile"])
    use_word_counts(table, tables["profile"])
    settings = (derive_settings(table, given, set(values)) if store is None
                else _derived_once(store, table, given, set(values)))
    return Study(corpus=table, settings=settings, folder=folder, tables=tables)


#: Where each derived study key lives in ``Settings``.
_DERIVED_FIELDS = {"terms.kwic": "kwic", "terms.collocations": "collocation_nodes", "terms.dispersion": "dispersion",
                   "title": "title"}
DERIVED_NAME = "derived.json"


def _derived_once(store: Path, corpus: pd.DataFrame, given: Settings, given_keys: set[str]) -> Settings:
    """``derive_settings``, computed once per state of the store: every notebook of a build opens the same store,
    and ranking the corpus's topic words takes seconds at 10,000 articles. The record in ``derived.json`` is
    used only while the store's keys (its articles and extraction settings), the keys the study file gives and
    the folder's name are those it was made from."""
    digest = hashlib.sha256((store / KEYS_NAME).read_bytes() if (store / KEYS_NAME).is_file() else b"")
    digest.update(json.dumps([sorted(given_keys), corpus.attrs.get("folder", "")]).encode())
    path = store / DERIVED_NAME
    with contextlib.suppress(OSError, ValueError, KeyError):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["key"] == digest.hexdigest():
            values = {field: record[field] if field == "title" else tuple(record[field])
                      for key, field in _DERIVED_FIELDS.items() if key in record["derived"]}
            return replace(given, **values, derived=tuple(record["derived"]))
    settings = derive_settings(corpus, given, given_keys)
    record = {"key": digest.hexdigest(), "derived": list(settings.derived),
              **{field: getattr(settings, field) for field in _DERIVED_FIELDS.values()}}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):  # a read-only store still works: the settings are derived each time
        tmp.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    return settings
