"""The study file, settings derived from the corpus, and the report's language handling."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import config
from helpers.corpus import CorpusWarning
from helpers.study import StudyError, derive_settings, open_study, read_study, settings_from


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_seeds_study_file_gives_every_topic_choice() -> None:
    study = open_study(config.SEEDS_DIR)
    settings = study.settings
    assert settings.kwic == ("peacekeep*", "coalition of the willing")
    assert settings.collocation_nodes == ("troops",)
    assert settings.dispersion == ("peacekeep*", "NATO", "aid", "Trump", "Starmer")
    assert settings.money.recipient == "Ukraine"
    assert not settings.derive_people
    assert settings.derived == ()  # the title is given too
    assert study.describe() == "Study settings: study.toml in the corpus folder."


@pytest.mark.parametrize(("text", "message"), [
    ("title = 3\n", "'title' must be str"),
    ("[terms]\nkwik = ['a']\n", "unknown key 'terms.kwik'"),
    ("[terms]\nkwic = 'peace'\n", "'terms.kwic' must be a list of strings"),
    ("[money]\nrecipient = ['a', 'b']\n", "'money.recipient' must be str"),
    ("[moneys]\nrecipient = 'x'\n", "unknown table [moneys]"),
    ("[people]\nmode = 'merge'\n", "'people.mode' must be \"add\" or \"replace\""),
    ("title = 'unclosed\n", "cannot be read as TOML"),
])
def test_bad_study_file_is_one_clear_error_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "mystudy.toml", text)
    with pytest.raises(StudyError) as raised:
        read_study(path)
    assert str(raised.value).startswith("mystudy.toml: ")
    assert message in str(raised.value)


def test_relative_paths_in_the_study_file_are_read_from_its_folder(tmp_path: Path) -> None:
    write(tmp_path / "donors.csv", "donor,cue\nAcme Fund,\\bAcme\\b\n")
    values = read_study(write(tmp_path / "s.toml", "[money]\ndonors = 'donors.csv'\n"))
    settings = settings_from(values, tmp_path, "s.toml")
    assert settings.money.donors == (("Acme Fund", r"\bAcme\b"),)
    assert settings.money.recipient == ""


@pytest.fixture(scope="module")
def seeds_without_study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("no-study")
    for path in config.SEEDS_DIR.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def test_without_a_study_file_terms_come_from_the_corpus(seeds_without_study: Path) -> None:
    study = open_study(seeds_without_study)
    settings = study.settings
    assert set(settings.derived) == {"terms.kwic", "terms.collocations", "terms.dispersion", "title"}
    assert settings.kwic and settings.collocation_nodes and len(settings.dispersion) == 5
    # Collocation and kwic nodes are topic nouns written in lower case; dispersion may hold names.
    text = "\n".join(study.corpus["text"])
    for term in (*settings.kwic, *settings.collocation_nodes):
        assert term.islower() and f" {term} " in text
    assert settings.money.recipient == "" and settings.derive_people
    assert settings.title.startswith(f"{seeds_without_study.name}/: ")


def test_study_given_explicitly_overrides_and_the_rest_is_derived(seeds_without_study: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "other.toml", "[terms]\ncollocations = ['talks']\n")
    study = open_study(seeds_without_study, path)
    assert study.settings.collocation_nodes == ("talks",)
    assert "terms.collocations" not in study.settings.derived and "terms.kwic" in study.settings.derived
    assert study.settings.source == "other.toml"


def test_missing_study_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StudyError, match="no such study file"):
        open_study(config.SEEDS_DIR, tmp_path / "nope.toml")


def test_open_study_sends_figures_where_asked(tmp_path: Path) -> None:
    try:
        open_study(config.SEEDS_DIR, figures=tmp_path / "figs")
        assert config.figures_dir() == tmp_path / "figs"
    finally:
        config.use_figures_dir(None)
    assert config.figures_dir() != tmp_path / "figs"


def test_store_keeps_the_loaded_corpus_for_the_next_notebook(tmp_path: Path) -> None:
    first = open_study(config.SEEDS_DIR, store=tmp_path)
    assert (tmp_path / "keys.parquet").is_file() and (tmp_path / "quotes.parquet").is_file()
    stamp = (tmp_path / "keys.parquet").stat().st_mtime_ns
    second = open_study(config.SEEDS_DIR, store=tmp_path)
    assert (tmp_path / "keys.parquet").stat().st_mtime_ns == stamp  # read, not rebuilt
    pd.testing.assert_frame_equal(first.corpus, second.corpus)


def test_other_languages_are_listed_and_left_out_of_english_measures(tmp_path: Path) -> None:
    shutil.copy(next(config.SEEDS_DIR.glob("000_*.txt")), tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(
        "O acordo de financiamento climático foi aprovado na madrugada de domingo em Baku.\n"
        "Os países ricos vão fornecer pelo menos 300 mil milhões de dólares por ano aos países em desenvolvimento, "
        "disse a presidência da conferência, que considerou o resultado histórico para o clima.\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match="b.txt: language detected as 'pt'"):
        study = open_study(tmp_path)
    assert list(study.english["doc_id"]) == ["a"]
    assert list(study.other_languages["doc_id"]) == ["b"]
    assert study.language_note().startswith("1 of 2 articles are not in English")
    assert "b (pt)" in study.language_note()
    # Derived terms come from the English article only.
    assert not {"países", "acordo"} & set(study.settings.dispersion)


def test_derive_settings_on_a_corpus_too_small_to_say_anything() -> None:
    tiny = pd.DataFrame({"doc_id": ["a"], "text": ["Short note."], "language": ["en"], "outlet": ["x"]})
    tiny.attrs["folder"] = "tiny"
    settings = derive_settings(tiny, settings_from({}, Path("."), "none"), set())
    assert settings.kwic == () and settings.dispersion == ()
    assert settings.title == "tiny/: news articles"


def test_derived_settings_are_computed_once_per_state_of_the_store(tmp_path, monkeypatch) -> None:
    """Every notebook opens the same store: the topic words are ranked once and read back, until the corpus changes."""
    from helpers import study as study_module
    from helpers.config import SEEDS_DIR

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS_DIR, corpus)
    (corpus / "study.toml").unlink(missing_ok=True)
    first = study_module.open_study(corpus, store=tmp_path / "store").settings
    assert "terms.kwic" in first.derived and (tmp_path / "store" / study_module.DERIVED_NAME).is_file()
    calls: list[int] = []
    real = study_module.derive_settings
    monkeypatch.setattr(study_module, "derive_settings", lambda *a: calls.append(1) or real(*a))
    assert study_module.open_study(corpus, store=tmp_path / "store").settings == first
    assert calls == []
    (corpus / "extra.txt").write_text("Ministers met again on Friday to discuss the harbour plan and its costs.\n"
                                      "The harbour plan will be put to a vote next month, officials said.\n")
    study_module.open_study(corpus, store=tmp_path / "store")
    assert calls == [1]
