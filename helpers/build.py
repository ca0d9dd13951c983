"""``python -m helpers build``: extract the corpus once, execute every numbered notebook, regenerate every figure.

Default: the repository's ``notebooks/NN_*.ipynb`` are executed in place against
``seeds/`` (with ``seeds/study.toml``), writing figures to ``figures/``. With
``--corpus DIR --out OUT`` the same notebooks run against DIR and everything (executed
notebooks, figures with their CSVs, an HTML rendering of each notebook without code, and
the Parquet store of what was extracted) goes to OUT; the committed files are not touched.

The data flow is explicit: the build brings the store up to date once
(``helpers.study.prepare_store``, per-article work on Dask), then runs each notebook with
its parameters cell (``CORPUS``, ``STUDY``, ``FIGURES``, ``STORE``) replaced by the
values of this build, papermill-style; each notebook opens them with
``helpers.open_study``. Nothing is passed through environment variables.

Safety: OUT may not be the corpus folder, inside it or around it, inside the repository,
an existing file, or a folder holding anything but an earlier report (``.helpers-report``). A report is written into a staging folder beside OUT and moved into
place only when complete, so OUT holds the previous complete report or the new one, never
a mix; a lock file refuses a second build into the same OUT. Kernels run in an empty
temporary folder, so no module in the corpus or OUT folder can be imported by them.
Ctrl-C stops the kernels and the workers at once, removes the staging folder and exits
with status 130.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from . import config

NOTEBOOK_RE = re.compile(r"^(\d+)_.+\.ipynb$")
CELL_TIMEOUT = 1800
#: Tag of the cell whose assignments the build replaces (as papermill does).
PARAMETERS_TAG = "parameters"
#: Folder of the store for the in-place build (git ignores it).
LOCAL_STORE = config.ROOT / ".store"
TEMPLATES = Path(__file__).resolve().parent / "templates"
#: File the build writes into every report folder; only a folder holding it (or an empty one) is ever replaced.
REPORT_MARKER = ".helpers-report"


class BuildError(RuntimeError):
    """The build cannot run or a notebook failed; the message is one line naming the folder, notebook or cell."""


class BuildInterrupted(BuildError):
    """Ctrl-C: the kernels and workers were stopped and nothing half-written was left behind."""


def notebooks(folder: Path = config.NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks ``NN_*.ipynb`` of a folder, in numeric order."""
    found = [p for p in folder.glob("*.ipynb") if NOTEBOOK_RE.match(p.name)]
    return sorted(found, key=lambda p: (int(NOTEBOOK_RE.match(p.name).group(1)), p.name))


# --------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------
def parameters_cell(nb: nbformat.NotebookNode) -> int | None:
    """Index of the cell tagged "parameters", or None."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and PARAMETERS_TAG in cell.get("metadata", {}).get("tags", []):
            return index
    return None


def inject_parameters(nb: nbformat.NotebookNode, values: dict[str, object]) -> str:
    """Set the parameters cell's assignments to ``values`` (as Python literals); returns the cell's old source.

    Only names already assigned in the cell are replaced, each on its own line, so the
    cell keeps its comments and stays readable; a name the cell does not assign is an error.
    """
    index = parameters_cell(nb)
    if index is None:
        raise BuildError("the notebook has no cell tagged 'parameters'")
    cell = nb.cells[index]
    old = cell.source
    lines = old.splitlines()
    for name, value in values.items():
        pattern = re.compile(rf"^{re.escape(name)}\s*=\s*[^#]*?(\s*#.*)?$")
        hits = [k for k, line in enumerate(lines) if pattern.match(line)]
        if not hits:
            raise BuildError(f"the parameters cell assigns no '{name}'")
        for k in hits:
            comment = pattern.match(lines[k]).group(1) or ""
            literal = repr(str(value)) if isinstance(value, Path) else repr(value)
            lines[k] = f"{name} = {literal}{comment}"
    cell.source = "\n".join(lines)
    return old


# --------------------------------------------------------------------------------------
# Output folder checks, staging and lock
# --------------------------------------------------------------------------------------
def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_paths(corpus: Path, out: Path | None) -> None:
    """Refuse, with one line, an OUT that would overwrite the corpus or the repository, or is a file."""
    if not corpus.exists():
        raise BuildError(f"{corpus}: no such corpus folder")
    if out is None:
        return
    if out.exists() and not out.is_dir():
        raise BuildError(f"--out {out}: is an existing file, not a folder")
    if _inside(out, corpus) or _inside(corpus, out):
        raise BuildError(f"--out {out}: must be outside the corpus folder {corpus} (the corpus is only read)")
    if _inside(out, config.ROOT.resolve()):
        raise BuildError(f"--out {out}: is inside the repository; the committed notebooks and figures are never "
                         "overwritten (choose a folder outside it)")
    if out.is_dir() and any(out.iterdir()) and not (out / REPORT_MARKER).is_file():
        raise BuildError(f"--out {out}: is a folder that holds other files and no report of this build; choose a new "
                         "or empty folder (a report folder is replaced as a whole)")


class Lock:
    """``OUT``'s lock file (created exclusively); a lock left by a process that no longer runs is taken over."""

    def __init__(self, out: Path) -> None:
        self.path = out.parent / f".{out.name}.lock"

    def __enter__(self) -> Lock:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if self._holder_alive():
                    raise BuildError(f"--out {self.path.parent / self.path.name[1:-5]}: another build is writing "
                                     f"there (lock {self.path.name}); wait for it or choose another folder") from None
                self.path.unlink(missing_ok=True)
                continue
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            return self
        raise BuildError(f"{self.path}: cannot take the lock")

    def _holder_alive(self) -> bool:
        try:
            return _running(self.path.read_text().strip())
        except OSError:
            return False

    def __exit__(self, *exc) -> None:
        self.path.unlink(missing_ok=True)


def _remove_stale_staging(out: Path) -> None:
    """Staging folders left by killed builds (their process no longer runs) are removed."""
    for stale in out.parent.glob(f".{out.name}.building-*"):
        if not _running(stale.name.rsplit("-", 1)[-1]):
            shutil.rmtree(stale, ignore_errors=True)


def _running(pid: str) -> bool:
    """True when ``pid`` (as text, from a lock file or a staging folder's name) is a running process."""
    try:
        os.kill(int(pid), 0)
    except (ValueError, OSError):
        return False
    return True


def _swap_into_place(staging: Path, out: Path) -> None:
    """Replace OUT by the complete staging folder (two renames; the old report is removed after)."""
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        os.replace(out, old)
    os.replace(staging, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------------------
# Executing notebooks
# --------------------------------------------------------------------------------------
def _failed_cell(nb: nbformat.NotebookNode) -> str:
    """'cell N (first code line): Error: message' for the first cell with an error output."""
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                first = next((ln for ln in cell.source.splitlines() if ln.strip()), "")
                return f"cell {number} ({first[:60]!r}): {output.ename}: {output.evalue}"
    return "a cell failed"


def execute_notebook(source: Path, target: Path, values: dict[str, object] | None = None,
                     shown: dict[str, object] | None = None) -> float:
    """Execute ``source`` with its parameters set to ``values``; write the result to ``target``.

    The kernel runs in a fresh empty folder (nothing of the user's is on its import path).
    The parameters cell written out shows ``shown`` (the values as the reader will find
    them, e.g. OUT's paths after the staging folder is moved), or its original source when
    ``shown`` is None, so an in-place build leaves the committed source unchanged.
    Returns the seconds taken; raises :class:`BuildError` naming the notebook and cell.
    """
    nb = nbformat.read(source, as_version=4)
    original = inject_parameters(nb, values) if values and parameters_cell(nb) is not None else None
    with tempfile.TemporaryDirectory(prefix="helpers-kernel-") as workdir:
        # The kernel's own log (e.g. ipykernel's note about local TCP transport) is not the notebook's output.
        client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": workdir}},
                                extra_arguments=["--IPKernelApp.log_level=ERROR"])
        start = time.perf_counter()
        try:
            client.execute()
        except CellExecutionError:
            raise BuildError(f"{source.name}: {_failed_cell(nb)}") from None
        except (CellTimeoutError, DeadKernelError) as exc:
            raise BuildError(f"{source.name}: {type(exc).__name__}: {str(exc).splitlines()[0]}") from None
    if original is not None:
        index = parameters_cell(nb)
        if shown is None:
            nb.cells[index].source = original
        else:
            inject_parameters(nb, shown)
    nb.metadata.pop("widgets", None)
    # Two prints in one cell arrive as one stream output or two, depending on when the kernel flushed: merged,
    # the stored notebook is the same bytes on every build (nbconvert's own preprocessor; nbval compares merged).
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    nb, _ = CoalesceStreamsPreprocessor().preprocess(nb, {})
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return time.perf_counter() - start


def write_html(notebook: Path, target: Path) -> None:
    """Render an executed notebook to self-contained HTML without code cells.

    The ``offline`` template (``helpers/templates``) loads nothing from another host (no
    require.js, MathJax or widget scripts; styles and figures are inlined), so the report
    opens anywhere, offline, and a "$" in corpus text is shown as written.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name="offline", exclude_input=True,
                            exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    target.write_text(body, encoding="utf-8")


#: Seconds an interrupted build keeps killing kernels that were still starting, before it exits regardless.
INTERRUPT_GRACE = 10.0


def _stop_children() -> None:
    """Kill every process this build started (kernels, Dask workers): Ctrl-C must stop at once."""
    import psutil

    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            child.kill()


def _run_notebooks(todo: list[Path], targets: dict[Path, Path], values: dict[str, object],
                   shown: dict[str, object] | None, html: bool, jobs: int) -> dict[str, float]:
    """Execute the notebooks ``jobs`` at a time (threads driving one kernel each); (name -> seconds)."""
    def run_one(source: Path) -> tuple[str, float, str]:
        try:
            seconds = execute_notebook(source, targets[source], values, shown)
            if html:
                write_html(targets[source], targets[source].with_suffix(".html"))
        except BuildError as exc:
            return source.name, 0.0, str(exc)
        return source.name, seconds, ""

    # Longest first: the audit notebook (00_*) only tabulates the corpus, so it is queued last.
    queue = sorted(todo, key=lambda source: source.name.startswith("00_"))
    timings: dict[str, float] = {}
    errors: dict[str, str] = {}
    pool = ThreadPoolExecutor(jobs)
    futures: list = []
    try:
        futures = [pool.submit(run_one, s) for s in queue]
        for done, future in enumerate(as_completed(futures), start=1):
            name, seconds, error = future.result()
            print(f"[{done}/{len(todo)}] {name} {f'failed: {error}' if error else f'{seconds:.1f} s'}", flush=True)
            timings[name] = seconds
            if error:
                errors[name] = error
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleanup short
        pool.shutdown(wait=False, cancel_futures=True)
        # A thread may be starting its kernel right now: kill again until every running notebook has stopped (a
        # kernel started after one sweep would run its cells to the end), for at most INTERRUPT_GRACE seconds.
        deadline = time.monotonic() + INTERRUPT_GRACE
        while True:
            _stop_children()
            if all(f.done() for f in futures) or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        raise
    pool.shutdown(wait=True)
    if errors:
        raise BuildError(errors[min(errors)])
    return timings


# --------------------------------------------------------------------------------------
# The build
# --------------------------------------------------------------------------------------
def build(corpus: Path | None = None, out: Path | None = None, only: str | None = None, jobs: int | None = None,
          study: Path | None = None, scheduler: str | None = None) -> list[tuple[str, float]]:
    """Extract the corpus into the store, then execute the notebooks; see the module docstring.

    Returns (notebook, seconds) pairs in notebook order.
    """
    from .study import StudyError, prepare_store

    todo = [p for p in notebooks() if only is None or p.name.startswith(only)]
    if not todo:
        raise BuildError(f"no notebooks match {only!r} in {config.NOTEBOOKS_DIR.name}/")
    folder = (corpus or config.SEEDS_DIR).resolve()
    out = out.resolve() if out is not None else None
    study = study.resolve() if study is not None else None
    check_paths(folder, out)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    start = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if out is None:
            store, figures, staging = LOCAL_STORE, None, None
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(Lock(out))
            _remove_stale_staging(out)
            staging = out.parent / f".{out.name}.building-{os.getpid()}"
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            (staging / REPORT_MARKER).write_text("report written by python -m helpers build\n", encoding="utf-8")
            stack.callback(shutil.rmtree, staging, ignore_errors=True)  # gone on success (moved), failure or Ctrl-C
            store, figures = staging / "store", staging / "figures"
            if (out / "store").is_dir():  # an earlier report's store: reuse its unchanged articles
                shutil.copytree(out / "store", store, copy_function=os.link)
        print("extracting the corpus into the store ...", end="", flush=True)
        try:
            report = prepare_store(folder, study, store, scheduler=scheduler)
        except StudyError as exc:
            raise BuildError(str(exc)) from None
        except KeyboardInterrupt:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            _stop_children()
            raise
        print(f" {report.computed:,} articles extracted, {report.reused:,} unchanged, "
              f"{report.seconds:.1f} s", flush=True)
        if report.computed + report.reused == 0:
            raise BuildError(f"{folder}: none of the files could be read as an article")
        values: dict[str, object] = {"STORE": str(store)}
        shown: dict[str, object] | None = None
        if out is not None:
            values.update(CORPUS=str(folder), FIGURES=str(figures))
            shown = {"CORPUS": str(folder), "FIGURES": str(out / "figures"), "STORE": str(out / "store")}
            if study is not None:
                values["STUDY"] = shown["STUDY"] = str(study)
        elif study is not None:
            raise BuildError("--study needs --corpus and --out (the in-place build uses seeds/study.toml)")
        targets = {s: (staging / s.name if staging is not None else s) for s in todo}
        timings = _run_notebooks(todo, targets, values, shown, html=out is not None, jobs=jobs)
        if staging is not None:
            _swap_into_place(staging, out)
    print(f"built {len(todo)} notebooks in {time.perf_counter() - start:.1f} s", flush=True)
    return [(s.name, timings[s.name]) for s in todo]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status (0 built, 1 failed, 130 interrupted)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("build", help="extract the corpus, execute every notebook and regenerate every figure")
    run.add_argument("--corpus", type=Path, help="folder of articles (default: seeds/)")
    run.add_argument("--out", type=Path, help="write notebooks, figures, HTML and the store here instead of in place")
    run.add_argument("--study", type=Path, help="study settings file (default: study.toml in the corpus folder)")
    run.add_argument("--scheduler", help="address of a running Dask scheduler for the per-article work "
                                         "(default: local worker processes)")
    run.add_argument("--only", help="run only notebooks whose name starts with this (e.g. 02)")
    run.add_argument("--jobs", type=int, help="notebooks run side by side (default: one per core)")
    args = parser.parse_args(argv)
    if args.corpus is not None and args.out is None:
        parser.error("--corpus needs --out, so the committed notebooks and figures stay as they are")
    try:
        build(args.corpus, args.out, args.only, args.jobs, args.study, args.scheduler)
    except KeyboardInterrupt:
        where = (f"{args.out} is as it was before the build" if args.out is not None
                 else "notebooks that finished before the interrupt were rewritten in place")
        print(f"\nbuild interrupted: stopped the kernels and workers; {where}", file=sys.stderr)
        return 130
    except BuildError as exc:
        print(f"\nbuild failed: {exc}", file=sys.stderr)
        return 1
    return 0
