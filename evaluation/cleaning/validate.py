#!/usr/bin/env python3
"""Validate the cleaning/metadata evaluation set (labelled/*.txt and html/labels.jsonl)."""
import html as _html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["layout", "outlet", "date", "agency", "split"]
errors = []
layouts = defaultdict(list)
splits = Counter()
lines = Counter()
no_outlet, no_date = [], []

files = sorted(f for f in os.listdir(os.path.join(HERE, "labelled")) if re.fullmatch(r"c\d{2,3}\.txt", f))
for fn in files:
    path = os.path.join(HERE, "labelled", fn)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    head, sep, body = text.partition("\n---\n")
    if not sep:
        errors.append(f"{fn}: no '---' separator")
        continue
    meta = {}
    for hl in head.splitlines():
        m = re.fullmatch(r"#(\w+): ?(.*)", hl)
        if not m:
            errors.append(f"{fn}: bad header line {hl!r}")
            continue
        v = m.group(2).strip()
        meta[m.group(1)] = "" if v == '""' else v
    for k in KEYS:
        if k not in meta:
            errors.append(f"{fn}: missing header {k}")
    if meta.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", meta["date"]):
        errors.append(f"{fn}: bad date {meta['date']}")
    n = int(fn[1:-4])
    want = "dev17" if n >= 653 else "dev16" if n >= 641 else "dev15" if n >= 629 else "dev14" if n >= 617 else "final32" if n >= 605 else "final31" if n >= 593 else "dev13" if n >= 581 else "dev12" if n >= 569 else "dev11" if n >= 557 else "dev10" if n >= 545 else "final30" if n >= 533 else "final29" if n >= 521 else "final28" if n >= 509 else "final27" if n >= 497 else "final26" if n >= 485 else "final25" if n >= 473 else "final24" if n >= 461 else "final23" if n >= 449 else "final22" if n >= 437 else "final21" if n >= 425 else "final20" if n >= 413 else "dev9" if n >= 395 else "final19" if n >= 383 else "final18" if n >= 371 else "dev8" if n >= 353 else "final17" if n >= 341 else "final16" if n >= 329 else "dev7" if n >= 311 else "final15" if n >= 299 else "final14" if n >= 287 else "final13" if n >= 275 else "dev6" if n >= 257 else "final12" if n >= 245 else "final11" if n >= 233 else "final10" if n >= 221 else "dev5" if n >= 203 else "final9" if n >= 191 else "final8" if n >= 179 else "dev4" if n >= 161 else "final7" if n >= 149 else "dev3" if n >= 131 else "dev2" if n >= 113 else "final6" if n >= 101 else "final5" if n >= 89 else "final4" if n >= 77 else "final3" if n >= 65 else "final2" if n >= 53 else "final" if n >= 35 else "holdout" if n % 3 == 0 else "dev"
    if meta.get("split") != want:
        errors.append(f"{fn}: split {meta.get('split')} expected {want}")
    h = 0
    for i, ln in enumerate(body.splitlines(), 1):
        if ln.strip() == "":
            continue
        m = re.fullmatch(r"([AHB])\t(.+)", ln)
        if not m:
            errors.append(f"{fn}: body line {i} unlabelled: {ln[:60]!r}")
            continue
        lines[m.group(1)] += 1
        h += m.group(1) == "H"
    if h != 1:
        errors.append(f"{fn}: {h} H lines")
    # outlet must be discoverable in the copy
    if meta.get("outlet") and meta["outlet"].lower() not in body.lower():
        errors.append(f"{fn}: outlet {meta['outlet']!r} not found in copy")
    if meta.get("agency") and meta["agency"].lower() not in body.lower():
        errors.append(f"{fn}: agency {meta['agency']!r} not found in copy")
    layouts[meta.get("layout")].append(fn)
    splits[meta.get("split")] += 1
    if not meta.get("outlet"):
        no_outlet.append(fn)
    if not meta.get("date"):
        no_date.append(fn)

for lay, fs in layouts.items():
    if len(fs) != 2:
        errors.append(f"layout {lay!r} has {len(fs)} files")

# HTML part
hdir = os.path.join(HERE, "html")

with open(os.path.join(hdir, "labels.jsonl"), encoding="utf-8") as fh:
    recs = [json.loads(line) for line in fh if line.strip()]
for r in recs:
    for k in ["file", "title", "outlet", "date", "first_sentence", "last_sentence", "boilerplate_samples"]:
        if k not in r:
            errors.append(f"labels.jsonl {r.get('file')}: missing {k}")
    with open(os.path.join(hdir, r["file"]), encoding="utf-8") as fh:
        page = _html.unescape(fh.read())
    for k in ["title", "outlet", "first_sentence", "last_sentence"]:
        if r[k] not in page:
            errors.append(f"{r['file']}: {k} not in page")
    for s in r["boilerplate_samples"]:
        if s not in page:
            errors.append(f"{r['file']}: boilerplate sample not in page: {s!r}")

print(f"labelled files: {len(files)}  layouts: {len(layouts)}")
print(f"A lines: {lines['A']}  B lines: {lines['B']}  H lines: {lines['H']}")
print(f"splits: {dict(splits)}")
print(f"no outlet: {no_outlet}")
print(f"no date: {no_date}")
print(f"html pages labelled: {len(recs)}")
for lay, fs in sorted(layouts.items()):
    print(f"  {lay:22s} {' '.join(fs)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
