"""Benchmark: the whole build (store and the four notebooks) cold, and again after one article changed.

    python benchmarks/bench_build.py --sizes 10000

Writes the synthetic corpus of ``bench.py``, then runs ``python -m helpers build --corpus ... --out OUT``
three times: a cold build into an empty OUT; a second build into the same OUT after one article's text
changed (the store recomputes that article only, the notebooks run again on the store); and, untimed, a
cold build of the changed corpus into another folder, whose figures' data (every ``figures/*.csv``) must
equal the second build's. ``--cold-only`` runs the cold build alone (for the 100,000-article run, where
three builds would take over an hour); its other columns stay empty. Peak memory is the largest sum of
resident memory over the build's process tree (build, Dask workers, kernels), sampled every 0.1 s. Appends to ``benchmarks/results-build.csv``.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import run_sampling_tree_rss, write_corpus  # noqa: E402

FIELDS = ["articles", "corpus_mb", "cold_s", "cold_peak_mb", "rebuild_s", "rebuild_peak_mb", "figures_equal_cold"]


def build(corpus: Path, out: Path) -> tuple[float, float]:
    """(seconds, peak MB of the process tree) of one ``python -m helpers build`` run."""
    command = [sys.executable, "-m", "helpers", "build", "--corpus", str(corpus), "--out", str(out)]
    start = time.perf_counter()
    peak = run_sampling_tree_rss(command)
    return time.perf_counter() - start, peak


def figures_data(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "figures").glob("*.csv"))}


def run(n: int, cold_only: bool = False) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"bench-build{n}-"))
    try:
        size = write_corpus(work / "corpus", n)
        print(f"--- {n:,} articles, {size / 1e6:.1f} MB", flush=True)
        cold_s, cold_peak = build(work / "corpus", work / "out")
        print(f"cold build {cold_s:.1f} s, peak {cold_peak:.0f} MB", flush=True)
        row = {"articles": n, "corpus_mb": round(size / 1e6, 1), "cold_s": round(cold_s, 1),
               "cold_peak_mb": round(cold_peak)}
        if cold_only:
            return row
        changed = sorted((work / "corpus").glob("*.txt"))[n // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nThe talks will resume in Geneva next week, "
                           "officials said on Friday.\n", encoding="utf-8")
        rebuild_s, rebuild_peak = build(work / "corpus", work / "out")
        print(f"rebuild after one change {rebuild_s:.1f} s, peak {rebuild_peak:.0f} MB", flush=True)
        build(work / "corpus", work / "cold")
        equal = figures_data(work / "out") == figures_data(work / "cold")
        print(f"figures' data equal a cold build's: {equal}", flush=True)
        return {**row, "rebuild_s": round(rebuild_s, 1), "rebuild_peak_mb": round(rebuild_peak),
                "figures_equal_cold": equal}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    parser.add_argument("--cold-only", action="store_true", help="time the cold build only")
    args = parser.parse_args()
    out = ROOT / "benchmarks" / "results-build.csv"
    new = not out.exists()
    for n in args.sizes:
        row = run(n, args.cold_only)
        with out.open("a", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
            if new:
                writer.writeheader()
                new = False
            writer.writerow(row)
    print(f"appended to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
