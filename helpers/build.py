"""``python -m helpers build``: execute every numbered notebook and regenerate every figure.

Default: the repository's ``notebooks/NN_*.ipynb`` are executed in place, in
numeric order, against ``seeds/``, writing figures to ``figures/``. With
``--corpus DIR --out OUT`` the same notebooks run against DIR and everything
(executed notebooks, figures with their CSVs, and an HTML rendering of each
notebook without code) goes to OUT; the committed files are not touched.

The corpus is loaded once and shared through a temporary cache; notebooks then run
side by side, one per core. Outputs are deterministic: no execution timings are
recorded, and the notebook JSON is written by nbformat in a fixed key order.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from . import config
from .corpus import CorpusError, load_corpus

NOTEBOOK_RE = re.compile(r"^(\d+)_.+\.ipynb$")
CELL_TIMEOUT = 1800


class BuildError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


def notebooks(folder: Path = config.NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks ``NN_*.ipynb`` of a folder, in numeric order."""
    found = [p for p in folder.glob("*.ipynb") if NOTEBOOK_RE.match(p.name)]
    return sorted(found, key=lambda p: (int(NOTEBOOK_RE.match(p.name).group(1)), p.name))


@contextmanager
def _environment(values: dict[str, str]):
    """Temporarily set environment variables (the kernel inherits them)."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _failed_cell(nb: nbformat.NotebookNode) -> str:
    """'cell N (first code line): Error: message' for the first cell with an error output."""
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                first = next((ln for ln in cell.source.splitlines() if ln.strip()), "")
                return f"cell {number} ({first[:60]!r}): {output.ename}: {output.evalue}"
    return "a cell failed"


def execute_notebook(source: Path, target: Path, workdir: Path) -> float:
    """Execute ``source`` with the kernel running in ``workdir``; write the result to ``target``.

    Returns the seconds taken; raises :class:`BuildError` naming the notebook and cell.
    """
    nb = nbformat.read(source, as_version=4)
    # The kernel's own log (e.g. ipykernel's note about local TCP transport) is not the
    # notebook's output; only its errors are worth showing next to the build progress.
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(workdir)}},
                            extra_arguments=["--IPKernelApp.log_level=ERROR"])
    start = time.perf_counter()
    try:
        client.execute()
    except CellExecutionError:
        raise BuildError(f"{source.name}: {_failed_cell(nb)}") from None
    except (CellTimeoutError, DeadKernelError) as exc:
        raise BuildError(f"{source.name}: {type(exc).__name__}: {str(exc).splitlines()[0]}") from None
    nb.metadata.pop("widgets", None)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return time.perf_counter() - start


def write_html(notebook: Path, target: Path) -> None:
    """Render an executed notebook to standalone HTML without code cells (figures embedded)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    target.write_text(body, encoding="utf-8")


def _preload_corpus() -> str:
    """Worker: load the configured corpus into the cache; returns the error message or ""."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # each notebook shows the corpus warnings itself
            load_corpus()
    except CorpusError as exc:
        return str(exc)
    return ""


def _run_one(source: Path, target: Path, html: bool) -> tuple[str, float, str]:
    """Thread: execute one notebook (and write its HTML); returns (name, seconds, error message or "")."""
    try:
        seconds = execute_notebook(source, target, target.parent)
        if html:
            write_html(target, target.with_suffix(".html"))
    except BuildError as exc:
        return source.name, 0.0, str(exc)
    return source.name, seconds, ""


def build(corpus: Path | None = None, out: Path | None = None, only: str | None = None,
          jobs: int | None = None) -> list[tuple[str, float]]:
    """Execute the notebooks; see the module docstring. Returns (notebook, seconds) pairs in notebook order.

    The corpus is loaded once, by a child process, into a temporary cache that every
    notebook's ``load_corpus`` reads, and notebooks run ``jobs`` at a time (default: one per core),
    each in its own kernel.
    """
    todo = [p for p in notebooks() if only is None or p.name.startswith(only)]
    if not todo:
        raise BuildError(f"no notebooks match {only!r} in {config.NOTEBOOKS_DIR.name}/")
    env: dict[str, str] = {}
    if corpus is not None:
        corpus = corpus.resolve()
        if not corpus.is_dir():
            raise BuildError(f"{corpus}: no such corpus folder")
        env[config.CORPUS_ENV] = str(corpus)
    if out is not None:
        out = out.resolve()
        out.mkdir(parents=True, exist_ok=True)
        env[config.FIGURES_ENV] = str(out / "figures")
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="helpers-build-") as cache, _environment({**env, config.CACHE_ENV: cache}):
        start = time.perf_counter()
        print("loading the corpus once for all notebooks ...", end="", flush=True)
        # In a child process that then exits, so its memory goes back to the system before the
        # kernels start (the kernels read the cache it writes).
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as loader:
            error = loader.submit(_preload_corpus).result()
        if error:
            raise BuildError(error)
        print(f" {time.perf_counter() - start:.1f} s", flush=True)
        # Longest first: the audit notebook (00_*) only tabulates the loaded corpus, so it is queued
        # last, where it fills the gap the longer notebooks leave on the other core.
        queue = sorted(todo, key=lambda source: source.name.startswith("00_"))
        errors: dict[str, str] = {}
        # Threads suffice: each notebook runs in its own kernel process; a thread only drives it.
        with ThreadPoolExecutor(jobs) as pool:
            futures = [pool.submit(_run_one, s, out / s.name if out is not None else s, out is not None)
                       for s in queue]
            for done, future in enumerate(as_completed(futures), start=1):
                name, seconds, error = future.result()
                status = f"failed: {error}" if error else f"{seconds:.1f} s"
                print(f"[{done}/{len(todo)}] {name} {status}", flush=True)
                timings[name] = seconds
                if error:
                    errors[name] = error
        if errors:
            raise BuildError(errors[min(errors)])
    return [(s.name, timings[s.name]) for s in todo]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("build", help="execute every notebook and regenerate every figure")
    run.add_argument("--corpus", type=Path, help="folder of .txt articles (default: seeds/)")
    run.add_argument("--out", type=Path, help="write notebooks, figures and HTML here instead of in place")
    run.add_argument("--only", help="run only notebooks whose name starts with this (e.g. 02)")
    run.add_argument("--jobs", type=int, help="notebooks run side by side (default: one per core)")
    args = parser.parse_args(argv)
    if args.corpus is not None and args.out is None:
        parser.error("--corpus needs --out, so the committed notebooks and figures stay as they are")
    start = time.perf_counter()
    try:
        timings = build(args.corpus, args.out, args.only, args.jobs)
    except BuildError as exc:
        print(f"\nbuild failed: {exc}", file=sys.stderr)
        return 1
    where = args.out if args.out is not None else "notebooks/ and figures/"
    print(f"built {len(timings)} notebooks in {time.perf_counter() - start:.1f} s -> {where}")
    return 0
