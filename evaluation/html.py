"""Score reading saved web pages on evaluation/cleaning/html (pages and labels.jsonl).

Each page goes through the loader exactly as a corpus file does (``helpers.corpus.process_article``,
no manifest row). Per page: is the headline the labelled title, the outlet the labelled outlet, the
publication date the labelled date; are the labelled first and last sentences in the kept text; does
any labelled boilerplate sample leak into it; and does the cleaning audit account for every line (kept
plus removed lines are lines of the page's visible text, as notebook 00 asserts). Text is compared with
white space normalised; outlets ignore case.

    python -m evaluation.html [--show]
"""

from __future__ import annotations

import argparse
import json
import warnings
from pathlib import Path
from types import SimpleNamespace

from helpers.audit import unaccounted_lines
from helpers.cleaning import normalise_line
from helpers.corpus import process_article

FOLDER = Path(__file__).parent / "cleaning" / "html"
CHECKS = ("title", "outlet", "date", "first_sentence", "last_sentence", "no_leak", "audit")


def load() -> list[dict]:
    """The labelled pages (one dict per line of labels.jsonl)."""
    text = (FOLDER / "labels.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def judge(label: dict) -> tuple[dict[str, bool], list[str]]:
    """The checks of one page (check -> passed) and a message per failed check."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row, notes = process_article(label["file"], (FOLDER / label["file"]).read_bytes(), {})
    if row is None:
        return dict.fromkeys(CHECKS, False), [f"not read: {'; '.join(notes)}"]
    text = normalise_line(" ".join(row["text"].split("\n")))
    published = "" if row["published"] is None or str(row["published"]) == "NaT" else f"{row['published']:%Y-%m-%d}"
    leaks = [s for s in label["boilerplate_samples"] if normalise_line(s) in text]
    unaccounted = unaccounted_lines(SimpleNamespace(**row))
    result = {
        "title": normalise_line(row["headline"]) == normalise_line(label["title"]),
        "outlet": row["outlet"].casefold() == label["outlet"].casefold(),
        "date": published == label["date"],
        "first_sentence": normalise_line(label["first_sentence"]) in text,
        "last_sentence": normalise_line(label["last_sentence"]) in text,
        "no_leak": not leaks,
        "audit": not unaccounted,
    }
    found = {"title": row["headline"], "outlet": row["outlet"], "date": f"{published or 'none'} ({row['date_basis']})"}
    messages = [f"{check}: expected {label[check]!r}, got {found[check]!r}" for check in ("title", "outlet", "date")
                if not result[check]]
    messages += [f"{check} not in the text: {label[check][:70]!r}" for check in ("first_sentence", "last_sentence")
                 if not result[check]]
    messages += [f"boilerplate leaked: {s!r}" for s in leaks]
    messages += [f"audit: line not accounted for: {line!r}" for line in unaccounted]
    return result, messages


def score(show: bool = False) -> dict[str, tuple[int, int]]:
    """(passed, pages) per check; with ``show`` print every page's failures."""
    labels = load()
    totals = dict.fromkeys(CHECKS, 0)
    for label in labels:
        result, messages = judge(label)
        for check, ok in result.items():
            totals[check] += ok
        if show:
            print(f"{label['file']}: {'ok' if not messages else ''}")
            for message in messages:
                print("   ", message)
    return {check: (n, len(labels)) for check, n in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every failed check")
    args = parser.parse_args()
    for check, (passed, pages) in score(args.show).items():
        print(f"{check:16} {passed}/{pages}")


if __name__ == "__main__":
    main()
