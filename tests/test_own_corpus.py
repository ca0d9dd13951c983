"""The whole build on a corpus of invented articles from other outlets, into a temporary folder."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.config import FIGURES_DIR, NOTEBOOKS_DIR, ROOT

ARTICLES = {
    "harbour-gazette-1.txt": """Northtown Gazette
Advertisement
Harbour expansion wins council vote
12 March 2025, 09:30
The council voted on Tuesday to expand the harbour, approving a £45 million ($58 million) plan that supporters say will bring hundreds of jobs to the town.
“This is a good day for Northtown,” Mayor Alice Brennan said after the vote, adding that work would begin in the spring.
Opponents said the plan had been rushed through and that fishermen had not been consulted about the new quay.
Share this article
""",
    "harbour-gazette-2.txt": """Fishermen vow to fight harbour plan
14 March 2025, 18:05
Fishermen gathered outside the town hall on Thursday to protest against the harbour expansion, which they say will damage fishing grounds that have fed the town for generations.
“We were never asked,” said Tom Reyes, who leads the fishermen's cooperative. “Nobody came to the old port to talk to us.”
The cooperative said it would seek up to £2m in compensation if the new quay cut its catch.
Sign up for our newsletter
""",
    "coastal-post-1.txt": """Coastal Post
Ministers back harbour with grant
The government will give the harbour project a grant of nearly £10m, ministers said on Friday, as part of a wider fund for coastal towns worth £1.2bn.
The transport minister, Sarah Holt, said the money would help small ports compete. “Our coastal towns deserve investment,” Ms Holt said.
Critics said the fund was too small to reverse decades of decline along the coast.
Related Articles
""",
    "coastal-post-2.txt": """Harbour plan: what happens next
The harbour authority will publish detailed designs next month, and a public inquiry could follow if objections are not resolved.
Engineers estimate the new quay will take two years to build, with the first ships expected to dock in 2027.
Residents can comment on the plans at the town library until the end of April, the authority said.
""",
    "valley-news.txt": """Valley News
Dam repair bill rises again
The cost of repairing the valley dam has risen to €120 million, officials said, nearly double the first estimate.
“We cannot leave the dam as it is,” the regional engineer, Marta Kovac, told reporters on Monday.
Please enter your comment!
""",
}
MANIFEST = """file,outlet,published,date_basis,url,headline,notes
harbour-gazette-1.txt,Northtown Gazette,2025-03-11,stated in text,,,
coastal-post-1.txt,Coastal Post,2025-03-14,inferred: reports Friday's announcement,,,
valley-news.txt,Valley News,unknown,unknown,,,
"""


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("with_manifest", [True, False], ids=["manifest", "no-manifest"])
def test_build_on_invented_corpus(tmp_path: Path, with_manifest: bool) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    if with_manifest:
        (corpus / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    before_corpus = snapshot(corpus)
    before_repo = {**snapshot(NOTEBOOKS_DIR), **snapshot(FIGURES_DIR)}
    out = tmp_path / "report"
    done = subprocess.run([sys.executable, "-m", "helpers", "build", "--corpus", str(corpus), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert snapshot(corpus) == before_corpus, "the corpus folder was written to"
    assert {**snapshot(NOTEBOOKS_DIR), **snapshot(FIGURES_DIR)} == before_repo, "committed files were touched"

    names = sorted(p.name for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
    assert sorted(p.name for p in out.glob("*.ipynb")) == names
    for name in names:
        html = (out / name).with_suffix(".html").read_text(encoding="utf-8")
        assert "data:image/png;base64" in html
        assert "set_style()" not in html, "code cells must not be in the HTML"  # first code cell of every notebook
        nb = nbformat.read(out / name, as_version=4)
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors
    pngs = {p.stem for p in (out / "figures").glob("*.png")}
    csvs = {p.stem for p in (out / "figures").glob("*.csv")}
    assert pngs == csvs and pngs == {p.stem for p in FIGURES_DIR.glob("*.png")}

    text = "".join(c.source + "".join(o.get("text", "") for o in c.get("outputs", []))
                   for c in nbformat.read(out / "00_corpus.ipynb", as_version=4).cells)
    assert "5 articles from" in text
    outlets = (out / "figures" / "00_cleaning.csv").read_text(encoding="utf-8")
    if with_manifest:
        assert "Northtown Gazette" in outlets and "Coastal Post" in outlets
    aid = nbformat.read(out / "03_aid_figures.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in aid.cells for o in c.get("outputs", []))
    assert "money mentions in" in printed
