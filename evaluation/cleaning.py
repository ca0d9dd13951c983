"""Score cleaning, headline, outlet and date on evaluation/cleaning (76 web copies from 38 site layouts).

Each labelled page (``labelled/cNN.txt``: a header, then every line marked A article, H headline or
B boilerplate) is turned back into the raw copy and goes through the project's own path
(``corpus.process_article``), after the corpus pass the store build makes (lines repeated across
all labelled pages, ``helpers.repeats``; ``--alone`` skips it). Scores:

- boilerplate lines: precision, recall and F1 of the lines removed (B is positive; blank lines ignored),
  strictly and with the byline, date and credit lines the cleaner moves out as metadata set apart;
- headline: the article's headline equals the H line (spaces and case ignored);
- outlet, date and agency: right where the page states them, wrong (a different value), or missing; a value
  given for a page that states none counts as wrong ("never a wrong date").

    python -m evaluation.cleaning --split dev [--show]
"""

from __future__ import annotations

import argparse
import re
import warnings
from collections import Counter
from pathlib import Path

from helpers.corpus import AGENCIES, UNKNOWN, line_keys_of, process_article
from helpers.repeats import own_repeats, repeated_keys

ROOT = Path(__file__).parent / "cleaning" / "labelled"
#: Parts already scored once as held-out text: rules may since have been written with them in view.
SPENT = ("dev", "holdout", "final")
#: Rules that move an article's own byline, date or credit line out of the body as metadata (the labeller marks
#: those lines as article text): "metadata apart" scores do not count them as article text lost.
METADATA_RULES = frozenset({"byline", "timestamp", "agency_credit"})


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
    """The labelled pages of one split: "dev", "holdout", "final", "all" (those three: every part already scored
    once, so spent) or "final2"/"final3" (written later, each scored once at the end of a round of work)."""
    pages = [parse(p) for p in sorted(ROOT.glob("c*.txt"))]
    return [p for p in pages if split == p["split"] or (split == "all" and p["split"] in SPENT)]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _norm_name(text: str) -> str:
    """An outlet or date compared without case, spacing or a leading "The" ("The Northern Post" = "Northern Post")."""
    return re.sub(r"^the\s+", "", _norm(text))


def score(split: str = "all", show: bool = False, corpus: bool = True) -> dict[str, float]:
    """Line P/R/F1, headline accuracy, outlet and date right/wrong/missing; with ``show`` print every error;
    ``corpus`` False scores each page alone (no lines repeated across pages)."""
    c: Counter = Counter()
    # the corpus pass, as the store build makes it: lines repeated across every labelled page (no labels used)
    everything = {p["name"]: line_keys_of(p["name"], p["raw"].encode("utf-8")) for p in map(parse, ROOT.glob("c*.txt"))}
    repeated = repeated_keys(list(everything.values())) if corpus else None
    for page in load(split):
        own = own_repeats(everything[page["name"]], repeated) if corpus else frozenset()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            row, _ = process_article(page["name"], page["raw"].encode("utf-8"), {}, own)
        removed = Counter(_norm(line) for _, line in (row["removed"] if row else []))
        metadata = {_norm(line) for rule, line in (row["removed"] if row else []) if rule in METADATA_RULES}
        for label, text in page["lines"]:
            if not text.strip():
                continue
            key = _norm(text)
            # the headline line picked as the headline is article text kept apart, not removed (its copy in a
            # "Most read" list below may be removed with the same words)
            gone = removed[key] > 0 and not (label == "H" and row and _norm(row["headline"] or "") == key)
            if gone:
                removed[key] -= 1
            boiler = label == "B"
            c["tp"] += gone and boiler
            c["fp"] += gone and not boiler
            c["fp_meta"] += gone and not boiler and key not in metadata
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
        agency = row["agency"] if row else ""
        want_agency = AGENCIES.get(page["agency"].lower(), page["agency"])
        for key, want, have in (("outlet", page["outlet"], outlet), ("date", page["date"], date),
                                ("agency", want_agency, agency)):
            right = _norm_name(want) == _norm_name(have) if want else not have
            c[f"{key}_stated"] += bool(want)
            c[f"{key}_right"] += bool(want) and right
            c[f"{key}_wrong"] += bool(have) and not right
            if show and not right:
                print(f"{page['name']} {key} {have!r} want {want!r}")
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    pm = c["tp"] / (c["tp"] + c["fp_meta"]) if c["tp"] + c["fp_meta"] else 1.0
    return {"pages": c["pages"], "boilerplate_precision": p, "boilerplate_recall": r,
            "boilerplate_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "precision_metadata_apart": pm, "f1_metadata_apart": 2 * pm * r / (pm + r) if pm + r else 0.0,
            "article_lines_removed": c["fp"], "headline_accuracy": c["headline"] / c["pages"],
            "outlet_right": f"{c['outlet_right']}/{c['outlet_stated']}", "outlet_wrong": c["outlet_wrong"],
            "date_right": f"{c['date_right']}/{c['date_stated']}", "date_wrong": c["date_wrong"],
            "agency_right": f"{c['agency_right']}/{c['agency_stated']}", "agency_wrong": c["agency_wrong"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "holdout", "final", "all", "final2", "final3", "final4", "final5", "final6", "final7", "final8", "final9", "final10", "final11", "final12", "final13", "final14", "final15", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "final16", "final17", "dev8", "final18", "final19", "dev9", "final20", "final21", "final22", "final23", "final24", "final25", "final26", "final27", "final28", "final29", "final30", "dev10", "dev11", "dev12", "dev13", "final31", "final32", "dev14", "dev15", "dev16", "dev17"])
    parser.add_argument("--show", action="store_true", help="print every error")
    parser.add_argument("--alone", action="store_true", help="each page alone, without the corpus pass")
    args = parser.parse_args()
    for key, value in score(args.split, args.show, corpus=not args.alone).items():
        print(f"{key:24} {value:.3f}" if isinstance(value, float) else f"{key:24} {value}")


if __name__ == "__main__":
    main()
