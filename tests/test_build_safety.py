"""The build refuses what is unsafe, never runs a corpus's code, stops on Ctrl-C and writes reports that open offline."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook
from test_build import repo_copy

from helpers import build as build_module
from helpers.build import REPORT_MARKER, BuildError, Lock, check_paths, inject_parameters, main
from helpers.charts.style import save_figure, set_style, spreadsheet_safe
from helpers.config import FIGURES_ENV, NOTEBOOKS_DIR, ROOT, SEEDS_DIR

PARAMS = ("CORPUS = None   # folder of articles\nSTUDY = None\nFIGURES = None  # figures\nSTORE = None")


def notebook(*sources: str) -> nbformat.NotebookNode:
    cells = [new_code_cell(PARAMS, metadata={"tags": ["parameters"]}), *(new_code_cell(s) for s in sources)]
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def run(repo: Path, *args: str, **popen) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELPERS_")}
    env["PYTHONPATH"] = str(repo)
    return subprocess.run([sys.executable, "-m", "helpers", "build", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900, **popen)


def small_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in sorted(SEEDS_DIR.glob("*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    return folder


# --------------------------------------------------------------------------------------
# Parameters and output folders
# --------------------------------------------------------------------------------------
def test_inject_parameters_replaces_values_and_keeps_comments() -> None:
    nb = notebook("print(CORPUS)")
    old = inject_parameters(nb, {"CORPUS": "/data/articles", "STORE": "/out/store"})
    assert old == PARAMS
    assert nb.cells[0].source.splitlines() == ["CORPUS = '/data/articles'   # folder of articles", "STUDY = None",
                                               "FIGURES = None  # figures", "STORE = '/out/store'"]
    with pytest.raises(BuildError, match="assigns no 'OTHER'"):
        inject_parameters(nb, {"OTHER": 1})
    with pytest.raises(BuildError, match="no cell tagged 'parameters'"):
        inject_parameters(new_notebook(cells=[new_code_cell("x = 1")]), {"CORPUS": "x"})


def test_every_committed_notebook_has_the_parameters_cell() -> None:
    for path in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        assert build_module.parameters_cell(nb) == 1, path.name
        assert "helpers.open_study(CORPUS, STUDY, figures=FIGURES, store=STORE)" in nb.cells[2].source


@pytest.mark.parametrize("where", ["corpus", "inside", "around", "repo", "notebooks", "figures", "file", "foreign"])
def test_unsafe_out_is_refused_in_one_line(tmp_path: Path, where: str, capsys: pytest.CaptureFixture) -> None:
    corpus = small_corpus(tmp_path / "c" / "articles")
    (tmp_path / "a-file.txt").write_text("x")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "thesis.docx").write_text("mine")
    out = {"corpus": corpus, "inside": corpus / "report", "around": tmp_path / "c", "repo": ROOT,
           "notebooks": NOTEBOOKS_DIR, "figures": ROOT / "figures", "file": tmp_path / "a-file.txt",
           "foreign": tmp_path / "documents"}[where]
    assert main(["build", "--corpus", str(corpus), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("build failed: --out ") and "\n" not in err and "Traceback" not in err
    assert (tmp_path / "documents" / "thesis.docx").read_text() == "mine"


def test_missing_corpus_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no such corpus folder"):
        check_paths(tmp_path / "nope", tmp_path / "out")


def test_a_second_build_into_the_same_out_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "report"
    with Lock(out), pytest.raises(BuildError, match="another build is writing there"), Lock(out):
        pass
    assert not (tmp_path / ".report.lock").exists()
    (tmp_path / ".report.lock").write_text("999999999")  # left by a killed build: taken over
    with Lock(out):
        assert (tmp_path / ".report.lock").read_text() == str(os.getpid())


# --------------------------------------------------------------------------------------
# Whole builds in a copy of the repository
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = repo_copy(tmp_path_factory.mktemp("repo"))
    nbformat.write(notebook("import helpers\nimport pathlib\nprint('cwd holds', sorted(p.name for p in "
                            "pathlib.Path.cwd().iterdir()))\nstudy = helpers.open_study(CORPUS, STUDY, "
                            "figures=FIGURES, store=STORE)\nprint(len(study.corpus), 'articles')"),
                   repo / "notebooks" / "97_probe.ipynb")
    nbformat.write(notebook("1 / 0"), repo / "notebooks" / "98_broken.ipynb")
    nbformat.write(notebook("import time\nprint('sleeping', flush=True)\ntime.sleep(120)"),
                   repo / "notebooks" / "99_sleep.ipynb")
    return repo


def test_code_in_the_corpus_or_out_folder_never_runs(repo: Path, tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "articles")
    marker = tmp_path / "SHADOW-RAN"
    for folder in (corpus, tmp_path / "report"):
        folder.mkdir(exist_ok=True)
        for module in ("helpers.py", "pandas.py", "matplotlib.py"):
            (folder / module).write_text(f"open({str(marker)!r}, 'w').write('ran')\nraise SystemExit('shadowed')\n")
    (tmp_path / "report" / REPORT_MARKER).write_text("earlier report")
    done = run(repo, "--corpus", str(corpus), "--out", str(tmp_path / "report"), "--only", "97")
    assert done.returncode == 0, done.stderr[-2000:]
    assert not marker.exists()
    printed = "".join(o.get("text", "") for c in nbformat.read(tmp_path / "report" / "97_probe.ipynb", 4).cells
                      for o in c.get("outputs", []))
    assert "cwd holds []" in printed and "2 articles" in printed
    nb = nbformat.read(tmp_path / "report" / "97_probe.ipynb", 4)
    assert f"CORPUS = {str(corpus)!r}" in nb.cells[0].source  # the data flow is written in the notebook itself
    assert f"STORE = {str(tmp_path / 'report' / 'store')!r}" in nb.cells[0].source
    assert (tmp_path / "report" / "store" / "articles.parquet").is_file()


def test_a_failed_build_leaves_the_earlier_report_untouched(repo: Path, tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "articles")
    out = tmp_path / "report"
    assert run(repo, "--corpus", str(corpus), "--out", str(out), "--only", "97").returncode == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    done = run(repo, "--corpus", str(corpus), "--out", str(out), "--only", "98")
    assert done.returncode == 1
    assert "build failed: 98_broken.ipynb: cell 2 ('1 / 0'): ZeroDivisionError" in done.stderr
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "report"]  # no staging, no lock left


def _sigint_as_in_a_terminal() -> None:
    """In the child before it starts: SIGINT handled as in a foreground terminal, whatever the test runner had."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("delay", [0.0, 4.0])  # as the kernel starts; while it runs the two-minute cell
def test_ctrl_c_stops_at_once_and_leaves_nothing_half_written(repo: Path, tmp_path: Path, delay: float) -> None:
    corpus = small_corpus(tmp_path / "articles")
    out = tmp_path / "report"
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELPERS_")}
    env["PYTHONPATH"] = str(repo)
    # Ctrl-C in a terminal: the build must not inherit an ignored SIGINT (a test run started in the background, as
    # "cmd &" in a script, ignores it, and Python then never raises KeyboardInterrupt)
    proc = subprocess.Popen([sys.executable, "-m", "helpers", "build", "--corpus", str(corpus), "--out", str(out),
                             "--only", "99"], cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_sigint_as_in_a_terminal)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(tmp_path.glob(".report.building-*/store/keys.parquet")):
        time.sleep(0.05)
    time.sleep(delay)  # 0: the notebook's kernel is starting (a kernel started after the kill sweep once ran on)
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err[-2000:]
    assert time.monotonic() - started < 20
    assert "build interrupted" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]  # no OUT, staging or lock


# --------------------------------------------------------------------------------------
# Corpus text in charts, CSVs and HTML
# --------------------------------------------------------------------------------------
def test_hostile_text_is_drawn_literally(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FIGURES_ENV, str(tmp_path))
    set_style()
    fig, ax = plt.subplots(figsize=(6, 3))
    labels = ["US gives $2.5bn, EU $1bn", r"$\alpha \unknownsymbol$", "=HYPERLINK(\"http://x\")"]
    ax.barh(labels, [1, 2, 3])
    ax.set_title("Outlet $x$ said \\frac{1}{2}")
    save_figure(fig, "hostile", pd.DataFrame({"label": labels, "value": [1, 2, 3]}), "Source: test $ \\")
    plt.close(fig)
    assert [t.get_text() for t in ax.get_yticklabels()] == labels
    csv = (tmp_path / "hostile.csv").read_text(encoding="utf-8").splitlines()
    assert csv[3] == "\"'=HYPERLINK(\"\"http://x\"\")\",3"


def test_spreadsheet_safe_neutralises_formulas_and_keeps_numbers() -> None:
    table = pd.DataFrame({"text": ["=1+1", "+44 20", "-x", "@SUM(A1)", "\tTab", "plain", None], "n": range(7)})
    safe = spreadsheet_safe(table)
    assert safe["text"].tolist()[:6] == ["'=1+1", "'+44 20", "'-x", "'@SUM(A1)", "'\tTab", "plain"]
    assert pd.isna(safe["text"].iloc[6])
    assert safe["n"].tolist() == list(range(7)) and table["text"][0] == "=1+1"


@pytest.fixture(scope="module")
def seeds_report(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-report") / "report"
    done = run(repo, "--corpus", str(repo / "seeds"), "--out", str(out), "--only", "03")
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def test_html_report_loads_nothing_from_another_host(seeds_report: Path) -> None:
    html = (seeds_report / "03_aid_figures.html").read_text(encoding="utf-8")
    loaded = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(https?:|//)""", html, re.IGNORECASE)
    assert not loaded
    assert "MathJax" not in html and "require.min.js" not in html
    assert "$1.25 billion + $1.22 billion" in html  # as written, never typeset


def test_html_report_renders_offline_in_a_headless_browser(seeds_report: Path, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium package)")
    page = (seeds_report / "03_aid_figures.html").resolve().as_uri()
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
    dom = subprocess.run([browser, *flags, "--virtual-time-budget=5000", "--dump-dom", page],
                         capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<img") >= 2 and "data:image/png;base64," in dom
    assert "<table" in dom and "$1.25 billion + $1.22 billion" in dom
    shot = tmp_path / "report.png"
    subprocess.run([browser, *flags, f"--screenshot={shot}", "--window-size=1200,2400", page],
                   capture_output=True, text=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000


HOSTILE_ARTICLES = {
    "a.txt": "US gives $2.5bn, EU $1bn to port \\alpha fund\n"
             "The United States will give $2.5bn and the EU $1bn to the port fund, officials said on Monday in a "
             "statement that was welcomed by the harbour board.\n"
             "“It costs $5 and \\href{javascript:alert(1)}{more}$,” said Jane Doe, who chairs the board.\n"
             "<script>alert('x')</script> was printed on a protest sign outside the meeting on Monday evening.\n",
    "b.txt": "Harbour board meets again\n"
             "The harbour board met again on Tuesday and agreed to publish its accounts next month, the chair said.\n"
             "No decision was taken on the new quay, which the board will discuss again in the spring.\n",
}
HOSTILE_MANIFEST = ("file,outlet,published\na.txt,Money $ Times \\frac{1}{2},2025-03-01\n"
                    "b.txt,=HYPERLINK(\"http://x\"),2025-03-02\n")


def test_a_hostile_corpus_renders_literally_and_safely(repo: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, text in HOSTILE_ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "sources.csv").write_text(HOSTILE_MANIFEST, encoding="utf-8")
    out = tmp_path / "report"
    done = run(repo, "--corpus", str(corpus), "--out", str(out), "--only", "0")  # the four reports, not 97-99
    assert done.returncode == 0, done.stderr[-3000:]
    html = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.html")))
    assert "US gives $2.5bn, EU $1bn to port \\alpha fund" in html
    assert "Money $ Times \\frac{1}{2}" in html
    assert "<script>alert('x')</script>" not in html and "&lt;script&gt;alert" in html
    cleaning = (out / "figures" / "00_cleaning.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in cleaning  # neutralised for spreadsheets; the store keeps the exact text
    assert read_outlets(out) == {"Money $ Times \\frac{1}{2}", "=HYPERLINK(\"http://x\")"}


def read_outlets(out: Path) -> set[str]:
    return set(pd.read_parquet(out / "store" / "articles.parquet")["outlet"])


def test_a_corpus_without_any_quotation_builds(repo: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "b.txt").write_text(HOSTILE_ARTICLES["b.txt"], encoding="utf-8")
    (corpus / "c.txt").write_text(HOSTILE_ARTICLES["b.txt"].replace("Tuesday", "Friday"), encoding="utf-8")
    out = tmp_path / "report"
    done = run(repo, "--corpus", str(corpus), "--out", str(out), "--only", "01")
    assert done.returncode == 0, done.stderr[-3000:]
    printed = "".join(o.get("text", "") for c in nbformat.read(out / "01_source_comparison.ipynb", 4).cells
                      for o in c.get("outputs", []))
    assert "No direct quotations were found in the English articles." in printed


def test_staging_left_by_a_killed_build_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "report"
    dead = tmp_path / ".report.building-999999999"
    live = tmp_path / f".report.building-{os.getpid()}"
    dead.mkdir()
    live.mkdir()
    build_module._remove_stale_staging(out)
    assert not dead.exists() and live.exists()
