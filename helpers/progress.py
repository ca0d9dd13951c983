"""Progress bars for long steps, shown in the terminal and never stored in a notebook.

Inside a Jupyter kernel ``sys.stderr`` is captured into the cell's output, which
nbval compares; ``sys.__stderr__`` is the kernel process's own stderr, i.e. the
terminal that runs ``python -m helpers build``. Bars appear only for large inputs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")
#: Steps over fewer items than this show no bar.
MIN_ITEMS = 1000


def progress(items: Iterable[T], total: int, desc: str) -> Iterator[T]:
    """Iterate over ``items``, with a terminal progress bar when there are many."""
    if total < MIN_ITEMS or sys.__stderr__ is None:
        yield from items
        return
    yield from tqdm(items, total=total, desc=desc, file=sys.__stderr__, mininterval=1.0, leave=False)
