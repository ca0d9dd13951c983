"""Helpers for the news-coverage notebooks: load and clean the corpus, analyse it, draw it.

Importing the package also makes textstat work offline (see ``helpers.offline``)
and sets pandas display options once for every notebook.
"""

from __future__ import annotations

import pandas as pd

from .cleaning import RULE_DESCRIPTIONS, clean_lines
from .config import corpus_dir, figures_dir
from .corpus import CorpusError, CorpusWarning, load_corpus
from .offline import patch_textstat
from .study import Study, StudyError, open_study

patch_textstat()

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 120)
pd.set_option("display.max_rows", 60)

__all__ = [
    "RULE_DESCRIPTIONS",
    "CorpusError",
    "CorpusWarning",
    "Study",
    "StudyError",
    "clean_lines",
    "corpus_dir",
    "figures_dir",
    "load_corpus",
    "open_study",
]
