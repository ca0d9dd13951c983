"""Benchmark: money extraction through the batch path on the synthetic corpus (10,000 articles by default).

    python benchmarks/bench_money.py                 # 10,000 articles, three runs
    python benchmarks/bench_money.py --sizes 1000 10000 --runs 3

The corpus is ``bench.write_corpus``'s (the seeds' sentences reshuffled, one sentence in eight
carrying a money figure, boilerplate at the edges), read as text without cleaning so the number
is the extractor's alone. Reports MB/s of text for ``helpers.extract_money_batch`` (one table for
the whole corpus) and, for comparison, ``extract_money`` called per article (one table each).
Writes ``benchmarks/results-money.csv``.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import write_corpus  # noqa: E402

from helpers import extract_money, extract_money_batch  # noqa: E402


def run(n: int, runs: int) -> list[dict]:
    """Time both paths ``runs`` times on an ``n``-article corpus; one result row per run and path."""
    work = Path(tempfile.mkdtemp(prefix=f"money{n}-"))
    try:
        write_corpus(work, n)
        texts = [p.read_text(encoding="utf-8") for p in sorted(work.glob("*.txt"))]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        rows = []
        for k in range(runs):
            for path, func in (("batch", lambda: extract_money_batch(texts)),
                               ("per article", lambda: [extract_money(t) for t in texts])):
                start = time.perf_counter()
                found = func()
                seconds = time.perf_counter() - start
                mentions = len(found) if path == "batch" else sum(len(f) for f in found)
                rows.append({"articles": n, "run": k + 1, "path": path, "MB": round(mb, 1),
                             "seconds": round(seconds, 2), "MB_per_s": round(mb / seconds, 2), "mentions": mentions})
                print(f"{n:>7} run {k + 1} {path:<12} {seconds:7.2f} s {mb / seconds:7.2f} MB/s "
                      f"{mentions:,} mentions", flush=True)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = [row for n in args.sizes for row in run(n, args.runs)]
    out = ROOT / "benchmarks" / "results-money.csv"
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
