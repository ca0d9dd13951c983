"""Benchmark: where a notebook's time goes, cell by cell, on an existing report's store.

    python benchmarks/notebook_cells.py notebooks/01_source_comparison.ipynb --corpus CORPUS --out OUT

Runs one notebook (its parameters set as ``python -m helpers build --corpus CORPUS --out OUT`` sets them, figures
written to a temporary folder) with nbclient's cell timing, and prints the slowest cells. Build OUT first with the
same code: a store of another pipeline version is re-extracted inside the kernel, and that time lands in the
notebook's first cell.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.build import inject_parameters  # noqa: E402


def _seconds(cell: nbformat.NotebookNode) -> float | None:
    """Wall seconds from the cell's input reaching the kernel to its reply (nbclient's timing metadata)."""
    timing = cell.metadata.get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not (start and end):
        return None
    return (datetime.fromisoformat(end.replace("Z", "+00:00"))
            - datetime.fromisoformat(start.replace("Z", "+00:00"))).total_seconds()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="a report folder whose store/ is current")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    nb = nbformat.read(args.notebook, as_version=4)
    with tempfile.TemporaryDirectory(prefix="cells-") as work:
        inject_parameters(nb, {"CORPUS": str(args.corpus.resolve()), "STORE": str(args.out.resolve() / "store"),
                               "FIGURES": str(Path(work) / "figures")})
        NotebookClient(nb, timeout=3600, kernel_name="python3", record_timing=True,
                       resources={"metadata": {"path": work}}).execute()
    rows = [(seconds, i, (cell.source.splitlines() or [""])[0][:80]) for i, cell in enumerate(nb.cells)
            if cell.cell_type == "code" and (seconds := _seconds(cell)) is not None]
    for seconds, i, first in sorted(rows, reverse=True)[:args.top]:
        print(f"{seconds:7.2f} s  cell {i:3d}  {first}")
    print(f"{sum(r[0] for r in rows):7.2f} s  all {len(rows)} code cells of {args.notebook.name}")


if __name__ == "__main__":
    main()
