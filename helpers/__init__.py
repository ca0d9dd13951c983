"""Helpers for the news-coverage notebooks: load and clean the corpus, analyse it, draw it.

Importing the package also makes textstat work offline (see ``helpers.offline``)
and sets pandas display options once for every notebook.
"""

from __future__ import annotations

import pandas as pd

from .cleaning import RULE_DESCRIPTIONS, clean_lines
from .config import figures_dir
from .corpus import CorpusError, CorpusWarning, load_corpus
from .money import extract_money, extract_money_batch
from .offline import patch_textstat
from .study import Study, StudyError, open_study

patch_textstat()

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 120)
pd.set_option("display.max_rows", 60)
# Corpus text in tables ("$1.25 billion + $1.22 billion") is never typeset as TeX by MathJax in JupyterLab.
pd.set_option("display.html.use_mathjax", False)

__all__ = [
    "RULE_DESCRIPTIONS",
    "CorpusError",
    "CorpusWarning",
    "Study",
    "StudyError",
    "clean_lines",
    "extract_money",
    "extract_money_batch",
    "figures_dir",
    "load_corpus",
    "open_study",
]
