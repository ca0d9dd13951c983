"""Paths and settings shared by notebooks, tests and the build.

Every location is computed once here (cookiecutter-data-science's ``config.py``
idiom) so a notebook opened in JupyterLab, the test suite and
``python -m helpers build`` agree on where the corpus is and where figures go.
Notebooks receive another corpus or output folder explicitly, as the parameters
of ``helpers.open_study``; without them the repository's own ``seeds/`` and
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

#: Environment variable naming a folder figures and their CSVs are written to when no notebook chose one:
#: the test suite's scratch folder, so re-running the notebooks under nbval never rewrites ``figures/``.
FIGURES_ENV = "HELPERS_FIGURES"


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
