"""Root pytest configuration: while nbval re-runs the notebooks, send their figures to a scratch folder.

The stored notebook outputs are compared by nbval; the figure files themselves are
checked by tests/test_build.py. Writing them to a temporary folder keeps a test
run from touching the committed figures/.
"""

from __future__ import annotations

import os
import shutil
import tempfile

from helpers.config import FIGURES_ENV

_CREATED: list[str] = []


def pytest_configure(config) -> None:
    if FIGURES_ENV not in os.environ:
        os.environ[FIGURES_ENV] = tempfile.mkdtemp(prefix="nbval-figures-")
        _CREATED.append(os.environ[FIGURES_ENV])


def pytest_unconfigure(config) -> None:
    """Remove the scratch folder this run made (a test run leaves no folder behind in /tmp)."""
    while _CREATED:
        folder = _CREATED.pop()
        shutil.rmtree(folder, ignore_errors=True)
        if os.environ.get(FIGURES_ENV) == folder:
            del os.environ[FIGURES_ENV]
