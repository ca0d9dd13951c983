"""Corpus-level boilerplate: lines that repeat across articles.

A site's menus, footers, widgets and teaser headings come back on every page it serves,
while an article's own sentences almost never appear in another article. So a line
(normalised: white space collapsed, lower case) found in at least ``MIN_ARTICLES``
articles of the corpus is boilerplate, the strongest signal a real corpus of many pages
from a few sites offers (trafilatura's deduplication rests on the same idea). Two
guards keep article text:

- a line holding a quotation mark is never a repeat (two outlets quoting the same words
  are reporting, not boilerplate);
- an article that shares most of its prose lines (``PROSE_WORDS`` words or more) with
  others is a syndicated or duplicate copy (the same wire story on two sites): it neither
  counts towards a line's articles nor loses its text to this rule.

The cost is one pass over each article's lines, hashing each to 8 bytes
(``line_keys``), then one sort-and-count over all of them (``repeated_keys``, numpy):
about 8 bytes a line in memory. Each article then gets the repeated keys it holds
(``own_repeats``); its cleaning stays a pure function of its text and those keys, and
the store's key for it includes them, so a rebuild recomputes an article only when its
own text or its share of the corpus's repeated lines changes.
"""

from __future__ import annotations

import hashlib

import numpy as np

from .cleaning import normalise_line

#: A line in this many articles (or more) is boilerplate.
MIN_ARTICLES = 2
#: An article with at least this share of its lines repeated elsewhere is a copy of another, not a page
#: sharing a site's furniture: it is left out of the count.
COPY_SHARE = 0.6
#: Lines longer than this many words are article text even when repeated (a standard paragraph reused
#: across press releases is rare; a sentence of a syndicated story is common).
MAX_WORDS = 40
_QUOTE_MARKS = frozenset("\"“”„‘’«»")


#: A line of at least this many words is prose: an article sharing most of these with others is a copy.
PROSE_WORDS = 15
_PROSE_BIT = 1 << 63


def line_key(line: str) -> int:
    """The key a line is counted under: a 63-bit hash of its normalised, lower-cased text, with the top bit
    set for a prose-length line (``PROSE_WORDS``) so copies can be told from pages sharing a site's furniture."""
    text = normalise_line(line).lower()
    key = int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little") & (_PROSE_BIT - 1)
    return key | _PROSE_BIT if len(text.split()) >= PROSE_WORDS else key


def countable(line: str) -> bool:
    """Whether a line may count as a repeat: not empty, no quotation mark, at most ``MAX_WORDS`` words."""
    line = normalise_line(line)
    return bool(line) and not (_QUOTE_MARKS & set(line)) and len(line.split()) <= MAX_WORDS


def line_keys(text: str) -> np.ndarray:
    """Keys of an article's countable lines, each once, as a sorted array of unsigned 64-bit integers
    (8 bytes a line: 100,000 articles of 60 lines hold about 50 MB)."""
    keys = {line_key(line) for line in text.splitlines() if countable(line)}
    return np.array(sorted(keys), dtype=np.uint64)


def repeated_keys(articles: list[np.ndarray], min_articles: int = MIN_ARTICLES,
                  copy_share: float = COPY_SHARE) -> np.ndarray:
    """Keys of lines found in at least ``min_articles`` articles, copies of other articles left out (sorted)."""
    def count(arrays: list[np.ndarray]) -> np.ndarray:
        if not arrays:
            return np.array([], dtype=np.uint64)
        keys, counts = np.unique(np.concatenate(arrays), return_counts=True)
        return keys[counts >= min_articles]

    articles = [a for a in articles if len(a)]
    repeated = count(articles)
    originals = [a for a in articles if not is_copy(a, repeated, copy_share)]
    return repeated if len(originals) == len(articles) else count(originals)


def is_copy(keys: np.ndarray, repeated: np.ndarray, copy_share: float = COPY_SHARE) -> bool:
    """Whether an article shares so many of its prose lines with others that it is a copy of one (its lines
    are then kept); pages of one site share menus and footers, not paragraphs."""
    prose = keys[keys >= np.uint64(_PROSE_BIT)]
    return len(prose) >= 2 and np.isin(prose, repeated, assume_unique=True).sum() >= copy_share * len(prose)


def own_repeats(keys: np.ndarray, repeated: np.ndarray) -> frozenset[int]:
    """The repeated keys one article holds, for its cleaning ({} for a copy of another article)."""
    if not len(keys) or is_copy(keys, repeated):
        return frozenset()
    return frozenset(int(k) for k in keys[np.isin(keys, repeated, assume_unique=True)])
