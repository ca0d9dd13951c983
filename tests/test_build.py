"""The one-command build: deterministic bytes, and a clear message when a cell fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.config import FIGURES_DIR, ROOT

COPY = ("helpers", "notebooks", "seeds", "pyproject.toml")


def repo_copy(target: Path) -> Path:
    """A copy of the project whose ``helpers`` package the build (and its kernels) will import."""
    for name in COPY:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        else:
            shutil.copy(source, target / name)
    return target


def run_build(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELPERS_")}
    env["PYTHONPATH"] = str(repo)
    return subprocess.run([sys.executable, "-m", "helpers", "build", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=1800)


def snapshot(repo: Path) -> dict[str, bytes]:
    files = [*(repo / "notebooks").glob("*.ipynb"), *(repo / "figures").glob("*")]
    return {str(p.relative_to(repo)): p.read_bytes() for p in sorted(files)}


@pytest.fixture(scope="module")
def built_twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    repo = repo_copy(tmp_path_factory.mktemp("repo"))
    first = run_build(repo)
    assert first.returncode == 0, first.stderr[-3000:]
    one = snapshot(repo)
    second = run_build(repo)
    assert second.returncode == 0, second.stderr[-3000:]
    return repo, one, snapshot(repo)


def test_second_build_is_byte_identical(built_twice) -> None:
    _, one, two = built_twice
    assert one.keys() == two.keys()
    changed = [name for name in one if one[name] != two[name]]
    assert not changed, f"changed on rebuild: {changed}"


def test_build_reproduces_the_committed_figure_data(built_twice) -> None:
    repo, one, _ = built_twice
    committed = sorted(p.name for p in FIGURES_DIR.glob("*.csv"))
    built = sorted(Path(name).name for name in one if name.endswith(".csv"))
    assert built == committed
    for name in committed:
        assert (repo / "figures" / name).read_bytes() == (FIGURES_DIR / name).read_bytes(), name
    # every chart has its data table beside it
    pngs = {Path(n).stem for n in one if n.endswith(".png")}
    assert pngs == {Path(n).stem for n in committed}


def test_no_volatile_content_in_stored_notebooks(built_twice) -> None:
    repo, one, _ = built_twice
    for name, data in one.items():
        if name.endswith(".ipynb"):
            text = data.decode("utf-8")
            assert '"execution": {' not in text, f"{name}: timing metadata stored"
            assert " at 0x" not in text, f"{name}: memory address stored"
            assert str(repo) not in text and str(ROOT) not in text, f"{name}: absolute path stored"


def test_failing_cell_is_named(tmp_path: Path) -> None:
    repo = repo_copy(tmp_path)
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook(cells=[new_code_cell("x = 1"), new_code_cell("1 / 0")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, repo / "notebooks" / "99_broken.ipynb")
    done = run_build(repo, "--only", "99")
    assert done.returncode == 1
    assert "build failed: 99_broken.ipynb: cell 2 ('1 / 0'): ZeroDivisionError: division by zero" in done.stderr
    assert "Traceback" not in done.stderr
