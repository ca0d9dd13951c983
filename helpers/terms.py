"""Terms: tokenizing, counting, keyness, keywords in context and collocations.

Tokenizer rules (``tokenize``): words keep internal hyphens ("peace-keeping",
"pro-Russia") and lose a possessive "'s" ("Kyiv's" -> "kyiv"); case is folded
except for acronyms written in capitals (US, NATO, EU stay apart from "us");
numbers and punctuation are dropped. Spelling variants listed in
``data/actors.csv`` are folded onto one term ("zelenskyy" -> "zelensky",
"Nato" -> "NATO", "kiev" -> "kyiv"), and ``variant_counts`` reports both
spellings. Stop words are scikit-learn's English list plus a short list of news
filler (``NEWS_FILLER``). Counting uses scikit-learn's ``CountVectorizer``.
"""

from __future__ import annotations

import bisect
import math
import re
import sys
from functools import cache
from itertools import compress
from operator import and_

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from scipy.stats import chi2
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfTransformer

from .actors import actor_patterns

#: Reporting verbs, titles and web/news filler that carry no topic, added to scikit-learn's stop words.
NEWS_FILLER = frozenset(
    ["said", "says", "say", "saying", "told", "tell", "telling", "added", "adding", "according", "reportedly", "stated", "statement", "mr", "mrs", "ms", "dr", "sir", "just", "like", "including", "new", "week", "weeks", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "earlier", "later", "year", "years", "time", "read", "click", "image", "photo", "getty"]
)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | NEWS_FILLER

#: A word: letters with internal hyphens or apostrophes, possessive kept for now.
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:['’]s)?")
_RUN_RE = re.compile(r"\S+")
_DIGIT_RE = re.compile(r"\d")
_POSSESSIVE_RE = re.compile(r"['’]s$")


def words(text: str):
    """The words of ``text`` as written, in order; a token holding a digit ("2025", "£30m", "G7-led") is dropped.

    Within a run of non-space characters that holds a digit, the words up to the first
    character that is not part of a word are kept and the rest of the run is one number-like
    token, dropped. Scanning run by run keeps this linear (a pattern ``\\S*\\d\\S*`` tried at every
    position of a long run of punctuation took quadratic time).
    """
    yield from _word_list(text)


#: A run of non-space characters holding a digit. The lookbehind lets the lookahead start only at a run's
#: first character, so each run is scanned once (linear, unlike ``\\S*\\d\\S*`` tried at every position).
_DIGIT_RUN_RE = re.compile(r"(?<!\S)(?=\S*\d)\S+")


def _word_list(text: str) -> list[str]:
    """``words`` as a list: one ``findall`` over each stretch of text between runs that hold a digit.

    A word never spans white space, so matching a stretch of several runs at once finds the
    same words as matching each run on its own (``_WORD_RE`` has no anchors or lookarounds).
    """
    if _DIGIT_RE.search(text) is None:  # most lines: no number at all
        return _WORD_RE.findall(text)
    out: list[str] = []
    pos = 0
    for run_match in _DIGIT_RUN_RE.finditer(text):
        out += _WORD_RE.findall(text, pos, run_match.start())
        run = run_match.group(0)
        at = 0
        while (match := _WORD_RE.match(run, at)) is not None:
            out.append(match.group(0))
            at = match.end()
        pos = run_match.end()
    out += _WORD_RE.findall(text, pos)
    return out


def _fold_case(token: str) -> str:
    """Lower case, except acronyms written in capitals (2+ letters): US, NATO, EU."""
    return token if len(token) >= 2 and token.isupper() else token.lower()


@cache
def variant_map() -> dict[str, str]:
    """Token -> folded term, from the actors file: each word where a variant differs from the actor's name."""
    mapping: dict[str, str] = {}
    for actor_name, _, variant_name, _ in actor_patterns():
        if variant_name.endswith("(surname only)"):
            continue
        variant, canonical = variant_name.split(), actor_name.split()
        if len(variant) == 1 and len(canonical) > 1 and variant[0][:3].lower() == canonical[-1][:3].lower():
            canonical = canonical[-1:]  # "Zelenskyy" is a spelling of Volodymyr Zelensky's surname
        if len(variant) != len(canonical):
            continue
        for v, c in zip(variant, canonical):
            if v != c:
                mapping[_fold_case(v)] = _fold_case(c)
    return mapping


class _TokenOf(dict):
    """Word as written -> its interned raw token (possessive removed, case folded), computed once per spelling.

    A lookup in C per word replaces three string operations and two Python calls; the
    mapping is a pure function of the word, so the memo never changes a result.
    """

    def __missing__(self, word: str) -> str:
        token = word[:-2] if word.endswith(("'s", "’s")) else word
        token = sys.intern(_fold_case(token.replace("’", "'")))
        if len(self) < _MEMO_MAX:
            self[word] = token
        return token


#: Distinct spellings remembered by the token memos (bounded memory on huge corpora).
_MEMO_MAX = 500_000
_TOKEN_OF = _TokenOf()


def raw_tokens(text: str) -> list[str]:
    """Case-folded word tokens with possessives removed and numbers dropped, before variant folding.

    Tokens are interned: a corpus's cached tokens then hold one string object per distinct
    word rather than one per occurrence (at 100,000 articles, gigabytes of duplicate strings).
    """
    return list(map(_TOKEN_OF.__getitem__, _word_list(text)))


def tokenize(text: str) -> list[str]:
    """Terms of a text in order: ``raw_tokens`` with spelling variants folded (stop words kept)."""
    fold = variant_map()
    tokens = raw_tokens(text)
    return list(map(fold.get, tokens, tokens))  # fold.get(t, t) for each token


def is_stop(token: str) -> bool:
    """Stop word or filler (case-insensitive for lower-case words; acronyms are never stop words)."""
    return token in STOP_WORDS or (token.islower() and len(token) < 2)


class _IsTerm(dict):
    """Token -> ``not is_stop(token)``, computed once per token."""

    def __missing__(self, token: str) -> bool:
        value = not is_stop(token)
        if len(self) < _MEMO_MAX:
            self[token] = value
        return value


_IS_TERM = _IsTerm()


def ngrams(tokens: list[str], n: int) -> list[str]:
    """n-grams that neither start nor end with a stop word ("peacekeeping troops", "coalition of the willing")."""
    keep = list(map(_IS_TERM.__getitem__, tokens))
    if n == 1:
        return list(compress(tokens, keep))
    if n < 1:
        return [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)
                if not is_stop(tokens[i]) and not is_stop(tokens[i + n - 1])]
    # The n-grams are the tuples of n successive tokens, kept when their first and last tokens are terms.
    grams = zip(*(tokens[k:] for k in range(n)))
    return list(map(" ".join, compress(grams, map(and_, keep, keep[n - 1:]))))


_CACHE: dict[tuple, object] = {}


def _cached(key: tuple, make):
    """Keep the last few per-corpus results (a notebook asks for the same tokens and counts many times)."""
    if key not in _CACHE:
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = make()
    return _CACHE[key]


def _corpus_key(corpus: pd.DataFrame) -> tuple:
    return tuple(corpus["doc_id"]), hash(tuple(corpus["text"]))


def corpus_tokens(corpus: pd.DataFrame) -> list[list[list[str]]]:
    """Tokens of every paragraph of every article (``tokenize``), computed once per corpus."""
    return _cached(("tokens", *_corpus_key(corpus)),
                   lambda: [[tokenize(line) for line in text.split("\n")] for text in corpus["text"]])


def document_term_matrix(corpus: pd.DataFrame, n: int = 1) -> tuple[csr_matrix, np.ndarray]:
    """Document-term counts (rows in corpus order) and the vocabulary, via scikit-learn's CountVectorizer.

    Built from the cached paragraph tokens, so unigrams, bigrams and trigrams tokenize the corpus once.
    """
    def make() -> tuple[csr_matrix, np.ndarray]:
        stored = _STORED.get(_corpus_key(corpus))
        if stored is not None:
            return _matrix_from_counts(corpus, stored(n))
        docs = [[g for tokens in paragraphs for g in ngrams(tokens, n)] for paragraphs in corpus_tokens(corpus)]
        if not any(docs):  # no term at all (empty or stop-word-only corpus): an empty matrix, not an error
            return csr_matrix((len(docs), 0), dtype=np.int64), np.array([], dtype=object)
        vectorizer = CountVectorizer(analyzer=lambda doc: doc, lowercase=False)
        matrix = vectorizer.fit_transform(docs)
        return matrix.tocsr(), vectorizer.get_feature_names_out()

    matrix, vocab = _cached(("dtm", n, *_corpus_key(corpus)), make)
    return matrix.copy(), vocab.copy()


#: Stored n-gram counts registered per corpus (``use_counts``): corpus key -> loader of one n's counts.
_STORED: dict[tuple, object] = {}


def use_counts(corpus: pd.DataFrame, counts, tokens: pd.DataFrame | None = None) -> None:
    """Register stored n-gram counts for ``corpus`` (``helpers.pipeline``'s terms table: doc_id, n, term, count),
    as a DataFrame or a function of n returning that n's rows, and optionally each article's token total
    (a table with doc_id and tokens, e.g. the stored profile).

    ``document_term_matrix`` then builds each matrix from the counts, when first asked for it,
    instead of tokenizing the corpus again; the result is the same matrix (rows in corpus order,
    vocabulary sorted).
    """
    key = _corpus_key(corpus)
    if len(_STORED) >= 4:
        _STORED.pop(next(iter(_STORED)))
    _STORED[key] = counts if callable(counts) else (lambda n, table=counts: table[table["n"] == n])
    for n in (1, 2, 3):
        _CACHE.pop(("dtm", n, *key), None)
    if tokens is not None:
        rows = set(corpus["doc_id"])
        _CACHE[("total", *key)] = int(tokens.loc[tokens["doc_id"].isin(rows), "tokens"].sum())


def _matrix_from_counts(corpus: pd.DataFrame, part: pd.DataFrame) -> tuple[csr_matrix, np.ndarray]:
    """The document-term matrix of stored counts of one n: rows in corpus order, vocabulary sorted.

    Rows and terms are numbered through their distinct values (a doc_id's row looked up once per article, a term's
    rank once per term), not once per stored count: the same matrix, built in a tenth of the time at 10,000
    articles (millions of counts).
    """
    rows = pd.Index(corpus["doc_id"])
    doc_codes, doc_ids = pd.factorize(part["doc_id"])
    row_of = rows.get_indexer(doc_ids)[doc_codes] if len(doc_ids) else np.zeros(0, dtype=np.intp)
    keep = row_of >= 0  # counts of articles in this corpus only
    terms = part["term"]
    if isinstance(terms.dtype, pd.CategoricalDtype):  # read as a dictionary column: one string per distinct term
        names, codes = np.asarray(terms.cat.categories).astype(str), terms.cat.codes.to_numpy()
    else:
        names, codes = np.unique(terms.to_numpy(dtype=object).astype(str), return_inverse=True)
    codes = codes[keep]
    used, local = _used_codes(codes, len(names))
    present = names[used]
    order = np.argsort(present, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    matrix = csr_matrix((part["count"].to_numpy(dtype=np.int64)[keep], (row_of[keep], rank[local])),
                        shape=(len(rows), len(present)))
    matrix.sum_duplicates()
    return matrix, present[order].astype(object)


def _used_codes(codes: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(codes, return_inverse=True)`` for codes in range(size), by counting instead of sorting."""
    if len(codes) and (codes.min() < 0 or codes.max() >= size):
        return np.unique(codes, return_inverse=True)
    used = np.flatnonzero(np.bincount(codes, minlength=size))
    number = np.zeros(size, dtype=np.intp)
    number[used] = np.arange(len(used))
    return used, number[codes]


def top_terms(corpus: pd.DataFrame, n_terms: int = 20, n: int = 1, by: str | None = None) -> pd.DataFrame:
    """Most frequent terms overall (or per value of column ``by``); ties broken alphabetically.

    Columns: [by,] term, count, per_1000 (per thousand terms of that group), rank.
    """
    matrix, vocab = document_term_matrix(corpus, n)
    groups = [("all", np.arange(len(corpus)))] if by is None else [
        (key, np.flatnonzero(corpus[by].to_numpy() == key)) for key in sorted(corpus[by].unique())]
    frames = []
    for key, rows in groups:
        counts = np.asarray(matrix[rows].sum(axis=0)).ravel()
        total = counts.sum()
        table = pd.DataFrame({"term": vocab, "count": counts})
        table = table[table["count"] > 0].sort_values(["count", "term"], ascending=[False, True], kind="stable")
        table = table.head(n_terms).assign(per_1000=lambda t, total=total: 1000 * t["count"] / max(total, 1))
        table["rank"] = range(1, len(table) + 1)
        if by is not None:
            table.insert(0, by, key)
        frames.append(table)
    return pd.concat(frames, ignore_index=True)


def _runs_holding(text: str, forms: list[str]):
    """The whitespace-delimited runs of ``text`` (what ``words`` scans one by one) holding one of ``forms``
    (lower case), compared without case; each run once, in order.

    The forms are found with ``str.find`` on the lower-cased text (a regex alternation of them
    was slower than splitting every word); walking out from a hit to the spaces around it touches
    each character at most once more.
    """
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): positions would shift
        lower = "".join(c.lower() if len(c.lower()) == 1 else "\0" for c in text)
    hits = []
    for form in forms:
        at = lower.find(form)
        while at != -1:
            hits.append(at)
            at = lower.find(form, at + 1)
    end = -1
    for start in sorted(hits):
        if start < end:  # inside the run already yielded
            continue
        end = start
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        yield text[start:end]


def variant_counts(corpus: pd.DataFrame) -> pd.DataFrame:
    """Folded terms with every spelling found as written: term, spelling, count, articles.

    Shows which spellings were merged into one term ("Zelensky" and "Zelenskyy" -> zelensky).
    Only the runs of text holding a listed spelling are split into words (``words`` works run by
    run, so the counts equal a scan of every word).
    """
    fold = variant_map()
    targets = set(fold.values())
    forms = sorted({form.lower() for form in (*fold, *targets)})
    counts: dict[tuple[str, str], int] = {}
    articles: dict[tuple[str, str], set[int]] = {}
    for k, text in enumerate(corpus["text"]):
        for run in _runs_holding(text, forms):
            for word in words(run):
                surface = _POSSESSIVE_RE.sub("", word)
                folded = _fold_case(surface)
                term = fold.get(folded, folded)
                if term in targets:
                    key = (term, surface)
                    counts[key] = counts.get(key, 0) + 1
                    articles.setdefault(key, set()).add(k)
    table = pd.DataFrame([(t, s, n, len(articles[(t, s)])) for (t, s), n in counts.items()],
                         columns=["term", "spelling", "count", "articles"])
    return table.sort_values(["term", "count", "spelling"], ascending=[True, False, True], kind="stable").reset_index(
        drop=True)


def distinctive_terms(corpus: pd.DataFrame, n_terms: int = 10) -> pd.DataFrame:
    """Top TF-IDF terms per article (smooth idf, sublinear tf): doc_id, term, tfidf, count; ties alphabetical."""
    matrix, vocab = document_term_matrix(corpus)
    weights = TfidfTransformer(sublinear_tf=True).fit_transform(matrix).tocsr()
    weights.sort_indices()
    matrix.sort_indices()
    rows = []
    for i, doc_id in enumerate(corpus["doc_id"]):
        lo, hi = weights.indptr[i], weights.indptr[i + 1]
        cols, vals, counts = weights.indices[lo:hi], weights.data[lo:hi], matrix.data[lo:hi]
        order = np.lexsort((vocab[cols], -vals))[:n_terms]  # by weight, ties alphabetical
        rows.extend((doc_id, vocab[cols[k]], vals[k], int(counts[k])) for k in order)
    return pd.DataFrame(rows, columns=["doc_id", "term", "tfidf", "count"])


# --------------------------------------------------------------------------------------
# Keyness
# --------------------------------------------------------------------------------------
def g2(a: np.ndarray, b: np.ndarray, c: float, d: float) -> np.ndarray:
    """Log-likelihood G2 (Dunning 1993) for counts ``a`` in a target of ``c`` tokens vs ``b`` in a reference of ``d``.

    Expected counts E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d); G2 = 2 [a ln(a/E1) + b ln(b/E2)], with 0 ln 0 = 0.
    No Yates or Williams correction.
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    return 2 * (t1 + t2)


def log_ratio(a: np.ndarray, b: np.ndarray, c: float, d: float) -> np.ndarray:
    """Hardie's Log Ratio effect size: log2 of the ratio of relative frequencies (zero counts set to 0.5)."""
    a = np.where(np.asarray(a) == 0, 0.5, a)
    b = np.where(np.asarray(b) == 0, 0.5, b)
    return np.log2((a / c) / (b / d))


def keyness(corpus: pd.DataFrame, target: str, by: str = "doc_id", min_count: int = 3) -> pd.DataFrame:
    """Key terms of the rows where ``corpus[by] == target`` against all other rows.

    Like quanteda's ``textstat_keyness`` (measure "lr"): signed G2 (positive = more
    frequent in the target), p-value from chi-squared with 1 df, Log Ratio effect
    size, raw target and reference counts; terms with fewer than ``min_count``
    occurrences in total are left out. Sorted by signed G2, ties alphabetical.
    """
    matrix, vocab = document_term_matrix(corpus)
    mask = corpus[by].to_numpy() == target
    a = np.asarray(matrix[mask].sum(axis=0)).ravel()
    b = np.asarray(matrix[~mask].sum(axis=0)).ravel()
    c, d = a.sum(), b.sum()
    keep = (a + b) >= min_count
    if c == 0 or d == 0:
        return pd.DataFrame(columns=["term", "g2", "p", "log_ratio", "target", "reference"])
    a, b, terms = a[keep], b[keep], vocab[keep]
    score = g2(a, b, c, d) * np.where(a / c >= b / d, 1, -1)
    table = pd.DataFrame({"term": terms, "g2": score, "p": chi2.sf(np.abs(score), 1),
                          "log_ratio": log_ratio(a, b, c, d), "target": a, "reference": b})
    return table.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------
# Keywords in context, collocations, dispersion
# --------------------------------------------------------------------------------------
_WORD_SPAN_RE = re.compile(r"\w+(?:['’\-]\w+)*")


def pattern_regex(pattern: str, regex: bool = False) -> re.Pattern[str]:
    """Compile a kwic pattern: a word, a phrase ("peacekeeping force"), a wildcard ("peacekeep*", "?ato")
    or, with ``regex=True``, a regular expression. Matching ignores case."""
    if regex:
        return re.compile(pattern, re.IGNORECASE)
    if len(pattern.split()) == 1 and not {"*", "?"} & set(pattern):
        return _word_regex(pattern.split()[0])
    words = []
    for word in pattern.split():
        escaped = re.escape(word).replace(r"\*", r"\w*(?:['’-]\w+)*").replace(r"\?", r"\w")
        words.append(escaped)
    return re.compile(r"(?<![\w'’-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def _word_regex(word: str) -> re.Pattern[str]:
    """``pattern_regex`` of one plain word, written literal first: the same matches, three to four times faster.

    A plain word matches exactly ``len(word)`` characters, so "no word character just before the match" can be
    checked after the literal, as a lookbehind over that many characters plus one. Beginning with the literal lets
    ``re`` skip to candidate positions instead of testing the lookbehind at every character of the corpus
    (kwic, collocations and dispersion scan every article with it).
    """
    return re.compile(re.escape(word) + r"(?<![\w'’-][\s\S]{" + str(len(word)) + r"})(?![\w-])", re.IGNORECASE)


class _WordIndex:
    """Word starts (``_WORD_SPAN_RE``) around positions of one text, found without splitting the whole text.

    A word never holds a space, so scanning from a space finds exactly the words a scan from
    the start finds there: each lookup reads from the nearest space far enough back and only
    as far as it needs. A text with too few spaces for that falls back to one index of all its words.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._all: tuple[list[re.Match[str]], list[int]] | None = None

    def _every_word(self) -> tuple[list[re.Match[str]], list[int]]:
        """Every word of the text and its start, computed at most once."""
        if self._all is None:
            every = list(_WORD_SPAN_RE.finditer(self.text))
            self._all = every, [w.start() for w in every]
        return self._all

    def back(self, pos: int, n: int) -> int:
        """Start of the ``n``-th word starting before ``pos`` (the first word's start when fewer; ``pos`` when none).

        The first read goes back about n short words and doubles until it holds n words: the words found are the
        same from any space, so reading less only saves time (a first reach of 64 characters a word read about
        seven times the text needed, most of kwic's time).
        """
        reach = 8 * (n + 1)
        while True:
            lo = max(self.text.rfind(" ", 0, pos - reach), 0) if pos > reach else 0
            if pos - lo > 256 * (n + 1):  # too few spaces to read locally: index the whole text once
                starts = self._every_word()[1]
                k = bisect.bisect_left(starts, pos)
                return starts[max(0, k - n)] if k else pos
            starts = [w.start() for w in _WORD_SPAN_RE.finditer(self.text, lo, pos)]
            if len(starts) >= n or lo == 0:
                break
            reach *= 2
        return starts[-n] if len(starts) >= n else (starts[0] if starts else pos)

    def ahead(self, pos: int, n: int) -> list[re.Match[str]]:
        """The first ``n`` words starting at or after ``pos``."""
        space = max(self.text.rfind(" ", 0, pos), 0)
        if pos - space > 256 * (n + 1):
            every, starts = self._every_word()
            k = bisect.bisect_left(starts, pos)
            return every[k:k + n]
        found = []
        for word in _WORD_SPAN_RE.finditer(self.text, space):
            if word.start() >= pos:
                found.append(word)
                if len(found) == n:
                    break
        return found


def kwic(corpus: pd.DataFrame, pattern: str, window: int = 6, regex: bool = False) -> pd.DataFrame:
    """Keywords in context: every match of ``pattern`` with ``window`` words either side.

    Columns: doc_id, outlet, left, match, right (in the text's own wording and case).
    """
    rx = pattern_regex(pattern, regex)
    rows = []
    for doc_id, outlet, text in zip(corpus["doc_id"], corpus["outlet"], corpus["text"]):
        if not regex and rx.search(text) is None:  # no match (\\s+ spans newlines): skip indexing
            continue
        flat = text.replace("\n", " ")
        index = _WordIndex(flat)
        for m in rx.finditer(flat):
            start = index.back(m.start(), window) if window else m.start()
            right = index.ahead(m.end(), window) if window else []
            end = right[-1].end() if right else m.end()
            rows.append((doc_id, outlet, flat[start:m.start()].strip(), m.group(0), flat[m.end():end].strip()))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "left", "match", "right"])


def token_total(corpus: pd.DataFrame) -> int:
    """Tokens in the corpus, stop words included (the collocation statistics' corpus size)."""
    return _cached(("total", *_corpus_key(corpus)),
                   lambda: sum(len(tokens) for paragraphs in corpus_tokens(corpus) for tokens in paragraphs))


def collocations(corpus: pd.DataFrame, node: str, window: int = 5, min_count: int = 2) -> pd.DataFrame:
    """Collocates of ``node`` (a word or wildcard) within ``window`` terms either side.

    For each collocate: observed co-occurrences O11, its corpus frequency, expected
    E11 = window slots x frequency / corpus terms, PMI = log2(O11/E11) and G2 from the
    2x2 table. Stop words are skipped as collocates; collocates seen fewer than
    ``min_count`` times near the node are left out. Sorted by G2, ties alphabetical.
    Only paragraphs that contain the node are tokenized; frequencies come from the
    document-term counts (stored ones when ``use_counts`` registered them).
    """
    table = _cached(("collocations", node, window, min_count, *_corpus_key(corpus)),
                    lambda: _collocations(corpus, node, window, min_count))
    return table.copy()


class _NodeOf(dict):
    """Token -> whether the node pattern matches it whole, tested once per distinct token (the collocation loop
    asks for every token near every match: 2.8 million regex calls at 10,000 articles)."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        super().__init__()
        self.rx = rx

    def __missing__(self, token: str) -> bool:
        value = self.rx.fullmatch(token) is not None
        self[token] = value
        return value


def _collocations(corpus: pd.DataFrame, node: str, window: int, min_count: int) -> pd.DataFrame:
    """``collocations`` computed (the chart and the finding ask for the same table)."""
    rx = pattern_regex(node)
    matrix, vocab = document_term_matrix(corpus)
    freq = dict(zip(vocab, np.asarray(matrix.sum(axis=0)).ravel().tolist(), strict=True))
    total = token_total(corpus)
    near: dict[str, int] = {}
    slots = 0
    is_node = _NodeOf(rx)
    for text in corpus["text"].tolist():
        for line in text.split("\n"):
            if not rx.search(line):
                continue
            tokens = tokenize(line)
            for i, t in enumerate(tokens):
                if is_node[t]:
                    lo, hi = max(0, i - window), min(len(tokens), i + window + 1)
                    slots += hi - lo - 1
                    for j in range(lo, hi):
                        if j != i and _IS_TERM[tokens[j]] and not is_node[tokens[j]]:
                            near[tokens[j]] = near.get(tokens[j], 0) + 1
    rows = []
    for term, o11 in near.items():
        if o11 < min_count:
            continue
        c1 = freq[term]
        e11 = slots * c1 / total
        score = float(g2(np.array([o11]), np.array([c1 - o11]), slots, total - slots)[0])
        rows.append((term, o11, c1, e11, math.log2(o11 / e11), score))
    table = pd.DataFrame(rows, columns=["collocate", "near", "frequency", "expected", "pmi", "g2"])
    return table.sort_values(["g2", "collocate"], ascending=[False, True], kind="stable").reset_index(drop=True)


def dispersion(corpus: pd.DataFrame, patterns: list[str]) -> pd.DataFrame:
    """Where each pattern falls along each article: doc_id, pattern, match, position (0 = start, 1 = end)."""
    rows = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        flat = text.replace("\n", " ")
        length = max(len(flat), 1)
        for pattern in patterns:
            for m in pattern_regex(pattern).finditer(flat):
                rows.append((doc_id, pattern, m.group(0), m.start() / length))
    return pd.DataFrame(rows, columns=["doc_id", "pattern", "match", "position"])


# --------------------------------------------------------------------------------------
# What the corpus is about: keyness against general English
# --------------------------------------------------------------------------------------
#: Size in tokens assumed for the general-English reference (wordfreq's frequencies are per token).
REFERENCE_TOKENS = 1e9
#: Frequency given to words wordfreq has never seen (its lists stop near one in a hundred million).
REFERENCE_FLOOR = 1e-8


def reference_keyness(corpus: pd.DataFrame, min_count: int = 3, min_articles: int = 2) -> pd.DataFrame:
    """Terms over-used in the corpus compared with general English: the corpus's own topic words.

    The reference is wordfreq's English frequency list (shipped in the package, read
    offline); each term's corpus count is compared with the count a corpus of the same
    size would hold at that frequency, by signed G2 and Log Ratio. Terms must occur at
    least ``min_count`` times and, when the corpus has several articles, in at least
    ``min_articles`` of them (so one article's pet word does not speak for the corpus).
    Acronyms are looked up in lower case. Columns: term, count, articles, reference_per_million,
    log_ratio, g2; sorted by G2, ties alphabetical.
    """
    from wordfreq import word_frequency

    matrix, vocab = document_term_matrix(corpus)
    counts = np.asarray(matrix.sum(axis=0)).ravel()
    articles = np.asarray((matrix > 0).sum(axis=0)).ravel()
    total = counts.sum()
    columns = ["term", "count", "articles", "reference_per_million", "log_ratio", "g2"]
    need_articles = min(min_articles, len(corpus))
    keep = (counts >= min_count) & (articles >= need_articles)
    if total == 0 or not keep.any():
        return pd.DataFrame(columns=columns)
    terms, a, n_art = vocab[keep], counts[keep], articles[keep]
    freq = np.array([max(word_frequency(t.lower(), "en"), REFERENCE_FLOOR) for t in terms])
    b = freq * REFERENCE_TOKENS
    score = g2(a, b, total, REFERENCE_TOKENS) * np.where(a / total >= freq, 1, -1)
    table = pd.DataFrame({"term": terms, "count": a, "articles": n_art, "reference_per_million": freq * 1e6,
                          "log_ratio": np.log2((a / total) / freq), "g2": score})
    table = table[table["log_ratio"] > 1]
    return table.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


#: Articles read to tell common nouns from names (enough to see how a word is written).
CASE_SAMPLE = 2000


def topic_terms(corpus: pd.DataFrame, n_terms: int = 5, common_only: bool = False) -> list[str]:
    """The ``n_terms`` words that most set the corpus apart from general English (``reference_keyness``).

    With ``common_only`` only words written in lower case most of the time are kept
    (topic nouns such as "troops" or "finance", not names), which make better nodes for
    collocations and keywords in context. Empty when the corpus has too little text.
    """
    ranked = list(reference_keyness(corpus)["term"])
    if not common_only:
        return ranked[:n_terms]
    sample = "\n".join(corpus["text"].head(CASE_SAMPLE))
    chosen = []
    for term in ranked:
        if term.isupper():
            continue
        found = re.findall(rf"(?<![\w'’-]){re.escape(term)}(?![\w-])", sample, re.IGNORECASE)
        if found and sum(w.islower() for w in found) > len(found) / 2:
            chosen.append(term)
            if len(chosen) == n_terms:
                break
    return chosen


# --------------------------------------------------------------------------------------
# Findings in words
# --------------------------------------------------------------------------------------
def keyness_finding(key: pd.DataFrame) -> str:
    """The strongest key term and how many shown terms reach p < 0.05, in words."""
    positive = key[key["g2"] > 0]
    if positive.empty:
        return "No term is over-used in any article by the keyness test."
    top = positive.sort_values(["g2", "term"], ascending=[False, True], kind="stable").iloc[0]
    significant = int((positive["p"] < 0.05).sum())
    return (f"Strongest key term: '{top['term']}' in {top['unit']} (G² {top['g2']:.1f}, {top['target']} times there "
            f"vs {top['reference']} in the rest). {significant} of {len(positive)} positive key terms shown reach "
            f"p < 0.05.")


def collocation_finding(corpus: pd.DataFrame, node: str) -> str:
    """The strongest collocate of ``node``, in words (or that there is none)."""
    table = collocations(corpus, node)
    if table.empty:
        return f"'{node}' has no collocate seen at least twice within 5 terms."
    best = table.iloc[0]
    return (f"Strongest collocate of '{node}': '{best['collocate']}' ({best['near']} times within 5 terms, "
            f"PMI {best['pmi']:.1f}, G² {best['g2']:.1f}).")


def settings_note(settings) -> str:
    """Which search terms the report uses and whether the study file gave them or the corpus did."""
    derived = set(settings.derived)

    def origin(key: str) -> str:
        return "derived from the corpus" if key in derived else "from the study file"

    def listing(values) -> str:
        return ", ".join(f"“{v}”" for v in values) or "none"

    return "\n".join([
        f"Keywords in context: {listing(settings.kwic)} ({origin('terms.kwic')}).",
        f"Collocation nodes: {listing(settings.collocation_nodes)} ({origin('terms.collocations')}).",
        f"Dispersion terms: {listing(settings.dispersion)} ({origin('terms.dispersion')}).",
    ])
