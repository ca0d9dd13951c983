"""Benchmark: a deterministic synthetic corpus at 1,000 / 10,000 / 100,000 articles, timed stage by stage.

    python benchmarks/bench.py                      # 1k and 10k articles, plus the whole build at 10k
    python benchmarks/bench.py --sizes 100000 --no-build --out results-100k.csv

Each article is drawn from the seeds' own sentences (reshuffled), with varied money
figures, one of 50 invented outlets, a date in 2024-2026 and boilerplate lines from
the seeds and from generic sites at the top and bottom; half the articles are in a
``sources.csv`` manifest. Stages are timed in this process (load and clean uses the
process pool); the build runs ``python -m helpers build --corpus ... --out ...``.
Peak memory is this process's ``ru_maxrss`` for the stages, and for the whole build
the largest sum over the build's process tree (build, pool workers, kernels).
Prints a table and writes ``benchmarks/results.csv`` (and the machine description).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import psutil  # noqa: E402

import helpers  # noqa: E402
from helpers.aid import aid_figures  # noqa: E402
from helpers.money import iter_mentions  # noqa: E402
from helpers.profile import profile, readability, readability_textstat  # noqa: E402
from helpers.quotes import extract_quotes  # noqa: E402
from helpers.terms import document_term_matrix, top_terms  # noqa: E402
from helpers.text import sentences  # noqa: E402

OUTLETS = [f"{a} {b}" for a in ("Daily", "Evening", "Morning", "Weekly", "National") for b in
           ("Courier", "Herald", "Post", "Observer", "Tribune", "Chronicle", "Gazette", "Star", "Mirror", "Record")]
MONEY = ["${n} billion", "£{n}m", "€{n}bn", "nearly ${n}bn", "about £{n} million", "US${n}bn", "{n} million euros",
         "more than ${n}m", "up to €{n} billion", "EUR {n}bn"]
GENERIC_TOP = ["WORLD", "Europe", "Updated: March 7, 2025 09:12 GMT", "By Staff Reporter", "Listen to this article"]
GENERIC_BOTTOM = ["Share this article", "Advertisement", "READ MORE: Putin warns Europe over troops", "Related Articles",
                  "Copyright 2025 Example Media. All rights reserved.", "0FansLike", "Sign up for our newsletter"]


def seed_material() -> tuple[list[str], list[str]]:
    """Sentences of the seeds' cleaned text, and the boilerplate lines the cleaner removed."""
    corpus = helpers.load_corpus(helpers.config.SEEDS_DIR)
    sents = [s for text in corpus["text"] for s in sentences(text) if len(s.split()) >= 6]
    boiler = [line for removed in corpus["removed"] for _, line in removed]
    return sents, boiler


def write_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` synthetic articles (and a half manifest) into ``folder``; returns bytes written."""
    rng = random.Random(seed)
    sents, boiler = seed_material()
    folder.mkdir(parents=True, exist_ok=True)
    rows, total = [], 0
    for i in range(n):
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=rng.randrange(900))
        body = []
        for _ in range(rng.randint(22, 38)):
            s = rng.choice(sents)
            if rng.random() < 0.12:
                figure = rng.choice(MONEY).format(n=rng.choice(["1.2", "2.5", "30", "45", "670", "1,000"]))
                s = f"{s[:-1]} and pledged {figure} in aid to Ukraine."
            body.append(s)
        paragraphs = [" ".join(body[k:k + 2]) for k in range(0, len(body), 2)]
        top = rng.sample(GENERIC_TOP, 2) + rng.sample(boiler, 2)
        bottom = rng.sample(GENERIC_BOTTOM, 3) + rng.sample(boiler, 3)
        headline = f"{rng.choice(['Russia', 'Kremlin', 'Kyiv', 'Europe'])} {rng.choice(['rejects', 'warns over', 'welcomes'])} peacekeeping plan {i}"
        text = "\n\n".join([*top, headline, *paragraphs, *bottom]) + "\n"
        name = f"a{i:06d}.txt"
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
        if i % 2 == 0:
            rows.append({"file": name, "outlet": outlet, "published": day.strftime("%Y-%m-%d"),
                         "date_basis": "synthetic", "url": "", "headline": "", "notes": ""})
    pd.DataFrame(rows).to_csv(folder / "sources.csv", index=False)
    return total


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def run_sampling_tree_rss(command: list[str]) -> float:
    """Run ``command``; return the peak of the summed resident memory of it and all its descendants, in MB.

    ``ru_maxrss`` only gives the largest single process, while the build runs a pool of
    workers and one kernel per notebook side by side: what the machine needs is their sum.
    """
    process = subprocess.Popen(command, cwd=ROOT)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(process.pid)
        while not done.is_set():
            total = 0
            with contextlib.suppress(psutil.Error):  # processes come and go while we look
                for proc in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += proc.memory_info().rss
            peak = max(peak, total / 2**20)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    done.set()
    sampler.join()
    if code:
        raise subprocess.CalledProcessError(code, command)
    return peak


def timed(results: list[dict], n: int, mb: float, stage: str, func, peak=None):
    """Time ``func()``; record seconds, throughput and peak memory (``peak(value)`` if given, else ru_maxrss)."""
    start = time.perf_counter()
    value = func()
    seconds = time.perf_counter() - start
    memory = peak(value) if peak else peak_mb()
    results.append({"articles": n, "stage": stage, "seconds": round(seconds, 2), "MB_per_s": round(mb / seconds, 2),
                    "articles_per_s": round(n / seconds, 1), "peak_rss_MB": round(memory)})
    print(f"{n:>7} {stage:<24} {seconds:8.2f} s {mb / seconds:8.2f} MB/s {n / seconds:9.1f} art/s "
          f"peak {memory:7.0f} MB", flush=True)
    return value


def run(n: int, build: bool, results: list[dict]) -> None:
    work = Path(tempfile.mkdtemp(prefix=f"bench{n}-"))
    try:
        size = write_corpus(work / "corpus", n)
        mb = size / 1e6
        print(f"--- {n:,} articles, {mb:.1f} MB", flush=True)
        corpus = timed(results, n, mb, "load and clean", lambda: helpers.load_corpus(work / "corpus"))
        text_mb = corpus["text"].str.len().sum() / 1e6
        quotes = timed(results, n, text_mb, "quotes", lambda: extract_quotes(corpus))
        timed(results, n, text_mb, "profile and readability", lambda: profile(corpus, quotes))
        sample = list(corpus["text"][:200])
        sample_mb = sum(map(len, sample)) / 1e6
        timed(results, min(n, 200), sample_mb, "readability (ours)", lambda: [readability(t) for t in sample])
        timed(results, min(n, 200), sample_mb, "readability (textstat)", lambda: [readability_textstat(t) for t in sample])
        timed(results, n, text_mb, "terms", lambda: (document_term_matrix(corpus), top_terms(corpus)))
        timed(results, n, text_mb, "money", lambda: [iter_mentions(t) for t in corpus["text"]])
        timed(results, n, text_mb, "aid figures", lambda: aid_figures(corpus))
        if build:
            out = work / "out"
            command = [sys.executable, "-m", "helpers", "build", "--corpus", str(work / "corpus"), "--out", str(out)]
            timed(results, n, mb, "whole build", lambda: run_sampling_tree_rss(command), peak=lambda tree_mb: tree_mb)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-build", action="store_true", help="skip the whole-build timing")
    parser.add_argument("--build-size", type=int, default=10000, help="corpus size for the whole build")
    parser.add_argument("--out", default="results.csv", help="CSV file name, written in benchmarks/")
    args = parser.parse_args()
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print("machine:", machine)
    results: list[dict] = []
    for n in args.sizes:
        run(n, build=not args.no_build and n == args.build_size, results=results)
    out = ROOT / "benchmarks" / args.out
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["articles", "stage", "seconds", "MB_per_s", "articles_per_s",
                                                    "peak_rss_MB"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(results)
    (ROOT / "benchmarks" / "machine.txt").write_text(machine + "\n")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
