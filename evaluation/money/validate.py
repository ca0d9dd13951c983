"""Helper for the money-extraction evaluation set (cases.jsonl).

python3 validate.py        -> validate the file and print counts per kind and split.
append(batch) is used while writing: batch = [(kind, text, [(surface, amount, currency), ...]), ...]
ids are assigned sequentially; every third case of each kind goes to "holdout".
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "cases.jsonl")
KINDS = {"spaced_lower_tokenised", "scale_letters", "subunits", "symbols_codes",
         "separators", "negatives", "lookalikes", "news_plain"}


def load():
    if not os.path.exists(PATH):
        return []
    with open(PATH, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_case(c):
    errs = []
    if c["kind"] not in KINDS:
        errs.append("bad kind")
    if c["split"] not in ("dev", "holdout"):
        errs.append("bad split")
    pos = 0
    for e in c["expected"]:
        s = e["surface"]
        i = c["text"].find(s, pos)
        if i < 0:
            errs.append(f"surface not found (in order): {s!r}")
            continue
        before = c["text"][i - 1] if i > 0 else ""
        after = c["text"][i + len(s)] if i + len(s) < len(c["text"]) else ""
        if before.isdigit() or after.isdigit():
            errs.append(f"surface {s!r} cut inside a number")
        if c["text"].find(s) != i:
            errs.append(f"warning: {s!r} also occurs earlier")
        pos = i + len(s)
        if not isinstance(e["amount"], float):
            errs.append("amount not float")
        cur = e["currency"]
        if cur and (len(cur) != 3 or not cur.isupper()):
            errs.append(f"bad currency {cur!r}")
    if c["kind"] == "lookalikes" and c["expected"]:
        errs.append("lookalike with expected amounts")
    return errs


def append(batch):
    cases = load()
    n = len(cases)
    per_kind = Counter(c["kind"] for c in cases)
    new = []
    for kind, text, exp in batch:
        n += 1
        idx = per_kind[kind]
        per_kind[kind] += 1
        c = {"id": f"m{n:03d}", "kind": kind, "text": text,
             "expected": [{"surface": s, "amount": float(a), "currency": cur} for s, a, cur in exp],
             "split": "holdout" if idx % 3 == 2 else "dev"}
        errs = check_case(c)
        if errs:
            raise SystemExit(f"case {n} ({text[:60]}): {errs}")
        new.append(c)
    with open(PATH, "a", encoding="utf-8") as fh:
        for c in new:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("appended", len(new), "total", n)


def main():
    cases = load()
    ids = [c["id"] for c in cases]
    bad = 0
    if len(ids) != len(set(ids)):
        print("DUPLICATE IDS")
        bad += 1
    texts = Counter(c["text"] for c in cases)
    for t, k in texts.items():
        if k > 1:
            print("duplicate text:", t)
            bad += 1
    for c in cases:
        for e in check_case(c):
            print(c["id"], e)
            bad += 1
    by = Counter((c["kind"], c["split"]) for c in cases)
    print("total cases:", len(cases), " amounts:", sum(len(c["expected"]) for c in cases))
    for k in sorted(KINDS):
        amounts = sum(len(c["expected"]) for c in cases if c["kind"] == k)
        print(f"  {k:<24s} dev {by[(k, 'dev')]:3d}  holdout {by[(k, 'holdout')]:3d}  amounts {amounts:3d}")
    print("split totals:", Counter(c["split"] for c in cases))
    print("currencies:", Counter(e["currency"] for c in cases for e in c["expected"]).most_common())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
