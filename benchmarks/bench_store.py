"""Benchmark: the per-article pipeline into the Parquet store, cold and after one article changed.

    python benchmarks/bench_store.py --sizes 1000 10000
    python benchmarks/bench_store.py --sizes 10000 --scheduler tcp://127.0.0.1:8786   # an existing Dask cluster

Writes the synthetic corpus of ``bench.py`` (the seeds' sentences reshuffled, 50 outlets,
money figures, boilerplate), then times ``helpers.pipeline.build_store`` on it: a cold
build into an empty store, a second build after one article's text changed (only that
article is recomputed), and checks that the incremental store equals a cold build of
the changed corpus. Peak memory is the largest sum of resident memory over this process
and its children (the Dask workers), sampled every 0.2 s. Appends to ``benchmarks/results-store.csv``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402
import psutil  # noqa: E402
from bench import write_corpus  # noqa: E402

from helpers.pipeline import TABLES, build_store, load_tables  # noqa: E402


class TreeMemory:
    """Largest resident memory (MB) summed over this process and its children while the block runs."""

    def __enter__(self) -> TreeMemory:
        self.peak, self._stop = 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total / 2**20)
            time.sleep(0.2)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run(n: int, scheduler: str | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder, store = Path(tmp) / "corpus", Path(tmp) / "store"
        folder.mkdir()
        size_mb = write_corpus(folder, n) / 1e6
        with TreeMemory() as cold_mem:
            cold = build_store(folder, store, scheduler=scheduler)
        victim = sorted(folder.glob("*.txt"))[n // 2]
        victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more paragraph was added to this article "
                          "after it was first published, officials said on Friday.\n", encoding="utf-8")
        with TreeMemory() as warm_mem:
            warm = build_store(folder, store, scheduler=scheduler)
        incremental = load_tables(store)
        build_store(folder, Path(tmp) / "cold", scheduler=scheduler)
        fresh = load_tables(Path(tmp) / "cold")
        same = all(incremental[t].reset_index(drop=True).equals(fresh[t].reset_index(drop=True)) for t in TABLES)
        rows = {t: len(incremental[t]) for t in TABLES}
    return {"articles": n, "corpus_mb": round(size_mb, 1), "cold_s": round(cold.seconds, 2),
            "cold_peak_mb": round(cold_mem.peak), "incremental_s": round(warm.seconds, 2),
            "incremental_computed": warm.computed, "incremental_peak_mb": round(warm_mem.peak),
            "incremental_equals_cold": same, "mb_per_s": round(size_mb / cold.seconds, 2),
            "scheduler": scheduler or "local processes", **{f"rows_{t}": v for t, v in rows.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = parser.parse_args()
    results = [run(n, args.scheduler) for n in args.sizes]
    print(pd.DataFrame(results).drop(columns=[c for c in results[0] if c.startswith("rows_")]).to_string(index=False))
    out = Path(__file__).with_name("results-store.csv")
    new = not out.exists()
    with out.open("a", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(results[0]))
        if new:
            writer.writeheader()
        writer.writerows(results)


if __name__ == "__main__":
    main()
