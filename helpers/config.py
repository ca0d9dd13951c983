"""Paths and settings shared by notebooks, tests and the build.

Every location is computed once here (cookiecutter-data-science's ``config.py``
idiom) so a notebook opened in JupyterLab, the test suite and
``python -m helpers build`` agree on where the corpus is and where figures go.
The build points the notebooks at another corpus or output folder through two
environment variables; without them the repository's own ``seeds/`` and
``figures/`` are used.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "seeds"
NOTEBOOKS_DIR = ROOT / "notebooks"
FIGURES_DIR = ROOT / "figures"
DATA_DIR = Path(__file__).resolve().parent / "data"

#: Environment variable naming the corpus folder the notebooks analyse.
CORPUS_ENV = "HELPERS_CORPUS"
#: Environment variable naming the folder figures and their CSVs are written to.
FIGURES_ENV = "HELPERS_FIGURES"
#: Environment variable naming a scratch folder where the build shares the loaded corpus between notebooks.
CACHE_ENV = "HELPERS_CACHE"


def corpus_dir() -> Path:
    """The corpus folder: ``$HELPERS_CORPUS`` when set (by the build), else ``seeds/``."""
    value = os.environ.get(CORPUS_ENV)
    return Path(value) if value else SEEDS_DIR


#: Figure folder chosen by ``helpers.open_study(figures=...)`` for this session (None: the default).
_figures_override: Path | None = None


def use_figures_dir(folder: str | Path | None) -> None:
    """Send this session's figures to ``folder`` (None: back to the default). Called by ``open_study``."""
    global _figures_override
    _figures_override = Path(folder) if folder is not None else None


def figures_dir() -> Path:
    """The figure folder: the one given to ``open_study``, else ``$HELPERS_FIGURES`` (the test suite's scratch
    folder), else the repository's ``figures/``."""
    if _figures_override is not None:
        return _figures_override
    value = os.environ.get(FIGURES_ENV)
    return Path(value) if value else FIGURES_DIR


def corpus_label() -> str:
    """A short, path-free name for the corpus, used in figure source notes."""
    folder = corpus_dir().resolve()
    return "seeds/" if folder == SEEDS_DIR.resolve() else f"{folder.name}/"
