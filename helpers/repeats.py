"""Corpus-level boilerplate: lines that repeat across articles.

A site's menus, footers, widgets and teaser headings come back on every page it serves,
while an article's own sentences almost never appear in another article. So a line
(normalised: white space collapsed, lower case) found in at least ``MIN_ARTICLES``
articles of the corpus is boilerplate, the strongest signal a real corpus of many pages
from a few sites offers (trafilatura's deduplication rests on the same idea). Two
guards keep article text:

- a line holding a quotation mark is never a repeat (two outlets quoting the same words
  are reporting, not boilerplate);
- an article that shares most of its lines with others is a syndicated or duplicate copy
  (the same wire story on two sites): it neither counts towards a line's articles nor
  loses its text to this rule.

The cost is one pass over each article's lines, hashing each to 8 bytes
(``line_keys``), then a count (``repeated_keys``): linear in the corpus, small in
memory (a few bytes per distinct line), and per article a pure function of its text,
so it runs inside the parallel extraction.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

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


def line_key(line: str) -> str:
    """The key a line is counted under: a 16-hex-digit hash of its normalised, lower-cased text."""
    text = normalise_line(line).lower()
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def countable(line: str) -> bool:
    """Whether a line may count as a repeat: not empty, no quotation mark, at most ``MAX_WORDS`` words."""
    line = normalise_line(line)
    return bool(line) and not (_QUOTE_MARKS & set(line)) and len(line.split()) <= MAX_WORDS


def line_keys(text: str) -> frozenset[str]:
    """Keys of an article's countable lines (each counted once per article)."""
    return frozenset(line_key(line) for line in text.splitlines() if countable(line))


def repeated_keys(articles: Iterable[frozenset[str]], min_articles: int = MIN_ARTICLES,
                  copy_share: float = COPY_SHARE) -> frozenset[str]:
    """Keys of lines found in at least ``min_articles`` articles, copies of other articles left out."""
    articles = list(articles)
    counts = Counter(key for keys in articles for key in keys)
    originals = [keys for keys in articles
                 if not keys or sum(counts[k] >= min_articles for k in keys) < copy_share * len(keys)]
    if len(originals) != len(articles):
        counts = Counter(key for keys in originals for key in keys)
    return frozenset(key for key, n in counts.items() if n >= min_articles)


def is_copy(keys: frozenset[str], repeated: frozenset[str], copy_share: float = COPY_SHARE) -> bool:
    """Whether an article shares so many lines with others that it is a copy (its lines are then kept)."""
    return bool(keys) and len(keys & repeated) >= copy_share * len(keys)
