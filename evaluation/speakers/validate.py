#!/usr/bin/env python3
"""Validate quotes.jsonl against articles/: docs exist, quote_start occurs verbatim
(exactly once, right after a quotation mark), fields well-formed; print counts."""
import collections
import json
import os
import sys

BASE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"said_after", "said_before", "colon", "verb_variety", "role_noun", "appositive",
         "pronoun", "continuation", "split_quote", "according_to", "unattributed",
         "multi_speaker", "mixed"}
MARKS = "\"“”‘’'"
errors, rows = [], []
with open(os.path.join(BASE, "quotes.jsonl"), encoding="utf-8") as fh:
    quote_lines = fh.readlines()
for n, line in enumerate(quote_lines, 1):
    r = json.loads(line)
    rows.append(r)
    if set(r) != {"doc", "quote_start", "speaker", "aliases", "kind", "split"}:
        errors.append((n, "fields", sorted(r)))
    path = os.path.join(BASE, "articles", r["doc"] + ".txt")
    if not os.path.exists(path):
        errors.append((n, "missing doc", r["doc"]))
        continue
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    c = text.count(r["quote_start"])
    if c != 1 and not (c == 2 and r["quote_start"] in text.split("\n", 1)[0]):  # a headline may repeat a body quote
        errors.append((n, f"quote_start occurs {c} times", r["quote_start"]))
    elif text[text.find(r["quote_start"]) - 1] not in MARKS:
        errors.append((n, "not preceded by a quotation mark", r["quote_start"]))
    if r["kind"] not in KINDS:
        errors.append((n, "bad kind", r["kind"]))
    n_doc = int(r["doc"][1:])
    want = "dev17" if n_doc >= 779 else "dev16" if n_doc >= 765 else "dev15" if n_doc >= 751 else "dev14" if n_doc >= 737 else "final36" if n_doc >= 723 else "final35" if n_doc >= 709 else "dev13" if n_doc >= 695 else "dev12" if n_doc >= 681 else "dev11" if n_doc >= 667 else "dev10" if n_doc >= 653 else "final34" if n_doc >= 639 else "final33" if n_doc >= 625 else "final32" if n_doc >= 611 else "final31" if n_doc >= 597 else "final30" if n_doc >= 583 else "final29" if n_doc >= 569 else "final28" if n_doc >= 555 else "final27" if n_doc >= 541 else "final26" if n_doc >= 527 else "final25" if n_doc >= 513 else "final24" if n_doc >= 499 else "final23" if n_doc >= 485 else "final22" if n_doc >= 471 else "dev9" if n_doc >= 453 else "final21" if n_doc >= 439 else "final20" if n_doc >= 425 else "dev8" if n_doc >= 407 else "final19" if n_doc >= 393 else "final18" if n_doc >= 379 else "dev7" if n_doc >= 361 else "final17" if n_doc >= 347 else "final16" if n_doc >= 333 else "final15" if n_doc >= 319 else "dev6" if n_doc >= 301 else "final14" if n_doc >= 287 else "final13" if n_doc >= 273 else "final12" if n_doc >= 259 else "dev5" if n_doc >= 241 else "final11" if n_doc >= 227 else "final10" if n_doc >= 213 else "dev4" if n_doc >= 195 else "final9" if n_doc >= 181 else "final8" if n_doc >= 169 else "dev3" if n_doc >= 151 else "dev2" if n_doc >= 133 else "final7" if n_doc >= 119 else "final6" if n_doc >= 105 else "final5" if n_doc >= 91 else "final4" if n_doc >= 77 else "final3" if n_doc >= 65 else "final2" if n_doc >= 51 else "final" if n_doc >= 37 else "holdout" if n_doc % 3 == 0 else "dev"
    if r["split"] != want:
        errors.append((n, "bad split", r["split"]))
    if not isinstance(r["aliases"], list):
        errors.append((n, "aliases not a list"))
per_doc = collections.Counter(r["doc"] for r in rows)
for d in sorted(per_doc):
    with open(os.path.join(BASE, "articles", d + ".txt"), encoding="utf-8") as fh:
        words = len(fh.read().split())
    if not (4 <= per_doc[d] <= 9) or not (250 <= words <= 700):
        errors.append((d, "quotes/words", per_doc[d], words))
print("quotations:", len(rows), "documents:", len(per_doc))
print("per kind:", dict(collections.Counter(r["kind"] for r in rows).most_common()))
print("per split:", dict(collections.Counter(r["split"] for r in rows)))
print("empty speaker:", sum(1 for r in rows if not r["speaker"]))
print("errors:", len(errors))
for e in errors:
    print("  ", e)
sys.exit(1 if errors else 0)
