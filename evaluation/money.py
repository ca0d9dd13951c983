"""Score the money extractor on evaluation/money/cases.jsonl.

A found mention matches an expected one when their character spans overlap, the amounts agree within
0.5% and the ISO currencies are equal; vague mentions ("billions of dollars") carry no amount and are
left out. Precision, recall and F1 are counted over mentions, per kind and overall.

    python -m evaluation.money --split dev [--show]
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from helpers.money import extract_money

CASES = Path(__file__).parent / "money" / "cases.jsonl"


def load(split: str = "all") -> list[dict]:
    """The labelled cases of one split ("dev", "holdout" or "all")."""
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split in ("all", r["split"])]


def _gold_spans(case: dict) -> list[tuple[int, int, float, str]]:
    """Expected mentions with offsets: each surface is looked for after the previous one."""
    out, at = [], 0
    for item in case["expected"]:
        start = case["text"].find(item["surface"], at)
        if start < 0:
            start = case["text"].find(item["surface"])
        end = start + len(item["surface"])
        out.append((start, end, float(item["amount"]), item["currency"]))
        at = start + 1
    return out


def match(case: dict) -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, false negatives, messages) for one case."""
    found = extract_money(case["text"])
    found = found[~found["vague"]]
    predicted = list(zip(found["start"], found["end"], found["amount"], found["currency"], found["span"]))
    gold = _gold_spans(case)
    used: set[int] = set()
    tp, notes = 0, []
    for g_start, g_end, amount, currency in gold:
        hit = None
        for i, (start, end, f_amount, f_currency, _) in enumerate(predicted):
            if i in used or end <= g_start or start >= g_end:
                continue
            if f_currency == currency and math.isclose(f_amount, amount, rel_tol=0.005):
                hit = i
                break
        if hit is None:
            notes.append(f"missed {case['text'][g_start:g_end]!r} = {amount:g} {currency}")
        else:
            used.add(hit)
            tp += 1
    for i, (_, _, f_amount, f_currency, span) in enumerate(predicted):
        if i not in used:
            notes.append(f"wrong  {span!r} = {f_amount:g} {f_currency or '?'}")
    return tp, len(predicted) - len(used), len(gold) - tp, notes


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 when there is nothing to find and nothing was found)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(split: str = "all", show: bool = False) -> dict[str, tuple[float, float, float]]:
    """P/R/F1 per kind and overall ("all"); with ``show`` print every error."""
    counts: dict[str, Counter] = {}
    for case in load(split):
        tp, fp, fn, notes = match(case)
        for key in (case["kind"], "all"):
            counts.setdefault(key, Counter()).update(tp=tp, fp=fp, fn=fn)
        if show and notes:
            print(case["id"], case["kind"], "|", case["text"])
            for note in notes:
                print("   ", note)
    return {k: prf(c["tp"], c["fp"], c["fn"]) for k, c in sorted(counts.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "holdout", "all"])
    parser.add_argument("--show", action="store_true", help="print every error")
    args = parser.parse_args()
    for kind, (p, r, f) in score(args.split, args.show).items():
        print(f"{kind:24} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
