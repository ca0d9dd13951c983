"""Score cleaning, headline, outlet and date on evaluation/cleaning (34 web copies from 17 site layouts).

Each labelled page (``labelled/cNN.txt``: a header, then every line marked A article, H headline or
B boilerplate) is turned back into the raw copy and goes through the project's own path
(``corpus.process_article``; with ``--corpus``, the whole folder through ``pipeline.build_store``, so
corpus-level rules such as lines repeated across an outlet's pages take part). Scores:

- boilerplate lines: precision, recall and F1 of the lines removed (B is positive; blank lines ignored);
- headline: the article's headline equals the H line (spaces and case ignored);
- outlet and date: right where the page states them, wrong (a different value), or missing; a date given
  for a page that states none counts as wrong ("never a wrong date").

    python -m evaluation.cleaning --split dev [--show]
"""

from __future__ import annotations

import argparse
import re
import warnings
from collections import Counter
from pathlib import Path

from helpers.corpus import UNKNOWN, process_article

ROOT = Path(__file__).parent / "cleaning" / "labelled"


def parse(path: Path) -> dict:
    """One labelled page: its header values, raw text and (label, line) pairs."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line[1:].partition(":")
        value = value.strip()
        meta[key.strip()] = "" if value == '""' else value
    labelled = []
    for line in body.splitlines():
        label, _, text = line.partition("\t") if "\t" in line else ("", "", line)
        labelled.append((label, text))
    meta["raw"] = "\n".join(text for _, text in labelled) + "\n"
    meta["lines"] = labelled
    meta["name"] = path.name
    return meta


def load(split: str = "all") -> list[dict]:
    """The labelled pages of one split ("dev", "holdout" or "all")."""
    pages = [parse(p) for p in sorted(ROOT.glob("c*.txt"))]
    return [p for p in pages if split in ("all", p["split"])]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def score(split: str = "all", show: bool = False) -> dict[str, float]:
    """Line P/R/F1, headline accuracy, outlet and date right/wrong/missing; with ``show`` print every error."""
    c: Counter = Counter()
    for page in load(split):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            row, _ = process_article(page["name"], page["raw"].encode("utf-8"), {})
        removed = Counter(_norm(line) for _, line in (row["removed"] if row else []))
        for label, text in page["lines"]:
            if not text.strip():
                continue
            key = _norm(text)
            gone = removed[key] > 0
            if gone:
                removed[key] -= 1
            boiler = label == "B"
            c["tp"] += gone and boiler
            c["fp"] += gone and not boiler
            c["fn"] += (not gone) and boiler
            if show and gone != boiler:
                print(f"{page['name']} {'kept   ' if boiler else 'REMOVED'} {label} | {text[:90]}")
        headline = next(text for label, text in page["lines"] if label == "H")
        got = row["headline"] if row else ""
        c["pages"] += 1
        c["headline"] += _norm(got) == _norm(headline)
        if show and _norm(got) != _norm(headline):
            print(f"{page['name']} headline {got[:70]!r} want {headline[:70]!r}")
        outlet = "" if not row or row["outlet"] == UNKNOWN else row["outlet"]
        date = "" if not row or row["published"] is None or str(row["published"]) == "NaT" \
            else str(row["published"])[:10]
        for key, want, have in (("outlet", page["outlet"], outlet), ("date", page["date"], date)):
            right = _norm(want) == _norm(have) if want else not have
            c[f"{key}_stated"] += bool(want)
            c[f"{key}_right"] += bool(want) and right
            c[f"{key}_wrong"] += bool(have) and not right
            if show and not right:
                print(f"{page['name']} {key} {have!r} want {want!r}")
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return {"pages": c["pages"], "boilerplate_precision": p, "boilerplate_recall": r,
            "boilerplate_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "article_lines_removed": c["fp"], "headline_accuracy": c["headline"] / c["pages"],
            "outlet_right": f"{c['outlet_right']}/{c['outlet_stated']}", "outlet_wrong": c["outlet_wrong"],
            "date_right": f"{c['date_right']}/{c['date_stated']}", "date_wrong": c["date_wrong"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "holdout", "all"])
    parser.add_argument("--show", action="store_true", help="print every error")
    args = parser.parse_args()
    for key, value in score(args.split, args.show).items():
        print(f"{key:24} {value:.3f}" if isinstance(value, float) else f"{key:24} {value}")


if __name__ == "__main__":
    main()
