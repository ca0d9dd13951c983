"""Entry point for ``python -m helpers build``."""

import sys

from .build import main

sys.exit(main())
