"""Any corpus builds a report: odd and degenerate articles are reported, never a crash; the report is about them."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from helpers.config import ROOT

#: Words of the seeds' topic that a report on another corpus must never show (whole words, any case).
SEED_WORDS = re.compile(r"\b(?:ukrain\w*|zelensk\w*|kyiv|kiev|peacekeep\w*|nato|troops|trump|starmer|lavrov|putin|"
                        r"kremlin|coalition of the willing|healey|moscow)\b", re.IGNORECASE)


def visible_text(html: str) -> str:
    """What a reader of the HTML report sees: no styles, scripts or embedded images, tags removed."""
    html = re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", html)
    html = re.sub(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+", " ", html)
    return re.sub(r"<[^>]+>", " ", html)

ODD = {
    "only-boilerplate.txt": "Share this article\nAdvertisement\nSubscribe to our newsletter\nRead more\n",
    "brief.txt": "Port to receive 5 million euros from regional fund in three tranches.\n"
                 "The first payment is due in June, the fund said.\n",
    "stopwords.txt": "the of and to in is it that was for on are with as at be this have from\n",
    "punctuation.txt": "!!! ??? ... ---\n*** ### @@@\n",
    "digits.txt": "1234 5678 91011\n2024 2025 2026\n",
    "portuguese.txt": "O porto vai receber cinco milhões de euros do fundo regional, disse o presidente da câmara.\n"
                      "A obra começa em junho e deve durar dois anos, segundo a autarquia, que espera criar empregos.\n",
    "headline-only.txt": "Harbour vote delayed again\n",
    "normal.txt": "Harbour expansion wins council vote\n"
                  "The council voted on Tuesday to expand the harbour, approving a £45 million plan that supporters "
                  "say will bring hundreds of jobs to the town.\n"
                  "“This is a good day for the town,” Mayor Alice Brennan said after the vote.\n"
                  "Opponents said the harbour plan had been rushed through and that fishermen had not been consulted.\n",
}


def generated_articles(seed: int, n: int = 12) -> dict[str, str]:
    """Seeded random web copies: boilerplate, briefs and prose lines in random order and number."""
    rng = random.Random(seed)
    boiler = ["Share this article", "Advertisement", "Sign up for our newsletter", "0FansLike", "Related Articles",
              "18:30", "Home > News > Local", "© 2025 The Example Times", "Typo? Highlight the text and press Ctrl+Enter"]
    prose = ["The harbour board met on {d} and agreed a budget of £{n}m for repairs to the old quay.",
             "“We will keep the port open,” said harbour master {p}, who has led the board since 2019.",
             "Fishermen said the repairs were late and that the board had ignored their warnings for years.",
             "The regional council will add €{n} million, officials said, if the work starts before winter."]
    people = ["Ana Ortiz", "Ben Okafor", "Chloe Martin"]
    articles = {}
    for k in range(n):
        lines = [rng.choice(boiler) for _ in range(rng.randint(0, 4))]
        lines += [rng.choice(prose).format(d=rng.choice(["Monday", "Friday"]), n=rng.randint(1, 90),
                                           p=rng.choice(people)) for _ in range(rng.randint(0, 5))]
        rng.shuffle(lines)
        articles[f"gen-{seed}-{k:02d}.txt"] = "\n".join(lines) + "\n"
    return articles


def build(tmp_path: Path, articles: dict[str, str], manifest: str | None = None) -> tuple[Path, str]:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
    if manifest is not None:
        (corpus / "sources.csv").write_text(manifest, encoding="utf-8")
    out = tmp_path / "report"
    done = subprocess.run([sys.executable, "-m", "helpers", "build", "--corpus", str(corpus), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return out, done.stdout + done.stderr


def notebook_text(out: Path, name: str) -> str:
    nb = nbformat.read(out / name, as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, (name, errors)
    return "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                   for c in nb.cells for o in c.get("outputs", []))


def test_odd_articles_are_reported_and_the_report_is_built(tmp_path: Path) -> None:
    manifest = ("file,outlet,published,date_basis,url,headline,notes\n"
                "normal.txt,Harbour Herald,2025-03-11,stated in text,,A headline that is not the first line,\n"
                "brief.txt,Harbour Herald,,,,,\n")
    out, _ = build(tmp_path, {**ODD, **generated_articles(1)}, manifest)
    audit = notebook_text(out, "00_corpus.ipynb")
    assert "checks passed for" in audit
    assert "no text left after cleaning" in audit  # reported, not asserted
    assert "not in English" in audit and "portuguese" in audit
    comparison = notebook_text(out, "01_source_comparison.ipynb")
    assert "left out of the English-only measures" in comparison
    for name in ("02_term_frequency.ipynb", "03_aid_figures.ipynb"):
        notebook_text(out, name)
    assert {p.stem for p in (out / "figures").glob("*.png")} == {p.stem for p in (ROOT / "figures").glob("*.png")}


@pytest.mark.parametrize("seed", [2, 3])
def test_generated_corpora_build(tmp_path: Path, seed: int) -> None:
    out, _ = build(tmp_path, generated_articles(seed, 15))
    for name in ("00_corpus.ipynb", "01_source_comparison.ipynb", "02_term_frequency.ipynb", "03_aid_figures.ipynb"):
        notebook_text(out, name)


def test_a_report_on_another_topic_never_mentions_the_seeds_topic(tmp_path: Path) -> None:
    out, _ = build(tmp_path, {name: text for name, text in generated_articles(4, 15).items()} | {"normal.txt": ODD["normal.txt"]})
    for html in out.glob("*.html"):
        found = SEED_WORDS.findall(visible_text(html.read_text(encoding="utf-8")))
        assert not found, (html.name, found)
    assert SEED_WORDS.search("Kyiv‘s envoy met NATO")  # the check itself can fail
    derived = notebook_text(out, "02_term_frequency.ipynb")
    assert "(derived from the corpus)" in derived
    assert "harbour" in derived  # the corpus's own subject word is searched


CORPORA = ROOT / "tests" / "data" / "corpora"


def build_folder(tmp_path: Path, folder: Path) -> Path:
    out = tmp_path / "report"
    done = subprocess.run([sys.executable, "-m", "helpers", "build", "--corpus", str(folder), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    for html in out.glob("*.html"):
        found = SEED_WORDS.findall(visible_text(html.read_text(encoding="utf-8")))
        assert not found, (html.name, found)
    return out


def test_trade_corpus_with_its_study_file(tmp_path: Path) -> None:
    out = build_folder(tmp_path, CORPORA / "trade")
    terms_text = notebook_text(out, "02_term_frequency.ipynb")
    assert "Keywords in context: “tariff*”, “farmers” (from the study file)." in terms_text
    assert "Collocation nodes: “agreement” (from the study file)." in terms_text
    people = notebook_text(out, "01_source_comparison.ipynb")
    assert "Most mentioned people: Emmanuel Macron (3 mentions" in people
    found = set(pd.read_parquet(out / "store" / "people.parquet")["person"])  # named in the text itself
    for person in ("Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Bernd Lange", "Olof Gill", "Pedro Sánchez"):
        assert person in found, person
    money = pd.read_csv(out / "figures" / "03_aid_by_donor.csv")
    assert "EU → " + "unknown" in set(money["donor"]) or any(d.startswith("EU → ") for d in money["donor"])
    assert "Money figures in the articles, by donor" not in notebook_text(out, "00_corpus.ipynb")
    assert "The EU-Mercosur trade agreement" in notebook_text(out, "00_corpus.ipynb")


def test_election_corpus_without_study_file_or_manifest(tmp_path: Path) -> None:
    out = build_folder(tmp_path, CORPORA / "election")
    terms_text = notebook_text(out, "02_term_frequency.ipynb")
    assert "(derived from the corpus)" in terms_text
    settings_line = next(line for line in terms_text.splitlines() if line.startswith("Dispersion terms:"))
    assert "leeds" in settings_line.lower()
    people = notebook_text(out, "01_source_comparison.ipynb")
    assert "Most mentioned people: Sarah Whitfield" in people
    for person in ("Tom Barraclough", "Anna Kowalski", "Helen Ashworth"):
        assert person in people, person
    speakers = pd.read_csv(out / "figures" / "01_speakers.csv")
    assert "Sarah Whitfield" in set(speakers["speaker"])
