"""Small text utilities shared by the cleaner and the analyses."""

from __future__ import annotations

import re

#: A word: letters or digits, joined by internal apostrophes or hyphens ("Kyiv's", "pro-Russia").
WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*")


def count_words(text: str) -> int:
    """Number of words in ``text`` (punctuation ignored; "pro-Russia" and "Kyiv's" are one word)."""
    return sum(1 for _ in WORD_RE.finditer(text))
