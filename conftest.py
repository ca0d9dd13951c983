"""Root pytest configuration: while nbval re-runs the notebooks, send their figures to a scratch folder.

The stored notebook outputs are compared by nbval; the figure files themselves are
checked by tests/test_build.py. Writing them to a temporary folder keeps a test
run from touching the committed figures/.
"""

from __future__ import annotations

import os
import tempfile

from helpers.config import FIGURES_ENV


def pytest_configure(config) -> None:
    if FIGURES_ENV not in os.environ:
        os.environ[FIGURES_ENV] = tempfile.mkdtemp(prefix="nbval-figures-")
