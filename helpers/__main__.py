"""Entry point for ``python -m helpers build``."""

import os
import sys

from .build import main

status = main()
if status == 130:
    # Interrupted: the kernels are killed and OUT is as it was. Exit now rather than wait for the threads that drove
    # the kernels (one may still be waiting on a kernel that died while starting) or run nbclient's exit hooks.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
sys.exit(status)
