"""How alike the articles are: TF-IDF cosine similarity and shared passages (text reuse).

TF-IDF with scikit-learn measures overall vocabulary overlap. Text reuse is
stricter: word 5-gram shingles shared by two articles, merged into passages where
consecutive shingles follow each other in both texts, so copied or lightly
rewritten wording shows up as aligned passages. An inverted index over shingles
compares only articles that share something, and shingles found in very many
articles (stock phrases) are ignored, so this scales to thousands of articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from itertools import combinations

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from .text import WORD_RE, sentences

SHINGLE = 5
#: Shingles in more than this share of articles (and at least 5 articles) are stock phrases.
COMMON_SHARE = 0.2


#: The TF-IDF vectoriser's settings: lower case, words of two letters or more that start with a letter, English
#: stop words removed, sublinear term frequency.
TOKEN_PATTERN = r"(?u)\b[^\W\d_][\w'’-]+\b"


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=TOKEN_PATTERN)


def tfidf_counts(text: str) -> Counter[str]:
    """The vectoriser's term counts of one text: what the pipeline stores per article (the ``tfidf`` table), so a
    report builds the TF-IDF matrix from stored counts instead of tokenising every article again."""
    return Counter(_analyzer()(text))


@lru_cache(maxsize=1)
def _analyzer():
    return _vectorizer().build_analyzer()


def tfidf_matrix(corpus: pd.DataFrame, counts: pd.DataFrame | None = None):
    """Sparse TF-IDF rows (L2-normalised, so dot products are cosines), English stop words removed, one row per
    article of ``corpus`` in its order. With ``counts`` (the store's ``tfidf`` table: doc_id, term, count) the
    matrix is built from the stored counts, the same as vectorising the texts; without, the texts are vectorised."""
    if counts is None:
        return _vectorizer().fit_transform(corpus["text"]).tocsr()
    ids = pd.Index(corpus["doc_id"])
    rows = counts[counts["doc_id"].isin(ids)]
    term = rows["term"]
    if not isinstance(term.dtype, pd.CategoricalDtype):
        term = term.astype("category")
    term = term.cat.remove_unused_categories()  # the vocabulary of these articles only, as the vectoriser's
    order = np.argsort(term.cat.categories.to_numpy(dtype=str), kind="stable")  # in its (sorted) order
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    matrix = csr_matrix((rows["count"].to_numpy(dtype=np.int64),
                         (ids.get_indexer(rows["doc_id"]), rank[term.cat.codes.to_numpy()])),
                        shape=(len(ids), len(order)))
    matrix.sum_duplicates()
    return TfidfTransformer(sublinear_tf=True).fit_transform(matrix).tocsr()


def tfidf_similarity(corpus: pd.DataFrame, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Square DataFrame of cosine similarities between articles (index and columns: doc_id). Small corpora only:
    it is n x n; large ones use :func:`closest_pairs` and :func:`outlet_similarity` on ``tfidf_matrix``."""
    sims = cosine_similarity(tfidf_matrix(corpus, counts))
    return pd.DataFrame(sims, index=corpus["doc_id"], columns=corpus["doc_id"])


def closest_pairs(corpus: pd.DataFrame, n: int = 10, chunk: int = 500, counts: pd.DataFrame | None = None
                  ) -> pd.DataFrame:
    """The ``n`` most similar distinct pairs (doc_a, doc_b, similarity; ties by ids), computed in row chunks
    of the sparse TF-IDF matrix so memory stays at chunk x articles, not articles x articles."""
    matrix, ids = tfidf_matrix(corpus, counts), list(corpus["doc_id"])
    best: list[tuple[float, str, str]] = []
    for lo in range(0, len(ids), chunk):
        # Only the columns from lo on are multiplied (each product entry sums over its own row's terms, so the values
        # are the same bits); the rest are set aside as before, and the block keeps its shape and its ties.
        block = np.full((min(chunk, len(ids) - lo), len(ids)), -1.0)
        block[:, lo:] = (matrix[lo:lo + chunk] @ matrix[lo:].T).toarray()
        for r in range(block.shape[0]):
            block[r, : lo + r + 1] = -1.0  # keep each pair once (j > i)
        k = min(n, block.size)
        flat = np.argpartition(block.ravel(), -k)[-k:] if k else []
        for f in flat:
            i, j = divmod(int(f), block.shape[1])
            if block[i, j] >= 0:
                best.append((float(block[i, j]), ids[lo + i], ids[j]))
    table = pd.DataFrame(best, columns=["similarity", "doc_a", "doc_b"])[["doc_a", "doc_b", "similarity"]]
    return table.sort_values(["similarity", "doc_a", "doc_b"], ascending=[False, True, True],
                             kind="stable").head(n).reset_index(drop=True)


def outlet_similarity(corpus: pd.DataFrame, outlets: list[str], counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mean cosine similarity between articles of each pair of outlets (self-pairs left out), from sums of
    the TF-IDF rows: linear in the number of articles."""
    matrix = tfidf_matrix(corpus, counts)
    sums, counts = [], []
    for outlet in outlets:
        rows = np.flatnonzero(corpus["outlet"].to_numpy() == outlet)
        sums.append(np.asarray(matrix[rows].sum(axis=0)).ravel())
        counts.append(len(rows))
    sums_arr, n = np.vstack(sums), np.array(counts, dtype=float)
    dots = sums_arr @ sums_arr.T
    pairs = np.outer(n, n)
    np.fill_diagonal(dots, dots.diagonal() - n)  # remove each article's similarity with itself (1.0)
    np.fill_diagonal(pairs, n * (n - 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(pairs > 0, dots / pairs, np.nan)
    return pd.DataFrame(mean, index=outlets, columns=outlets)


def shingles(text: str, n: int = SHINGLE) -> tuple[list[str], dict[tuple[str, ...], int]]:
    """Lower-case tokens and each n-gram shingle's first position."""
    tokens = [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]
    first: dict[tuple[str, ...], int] = {}
    for i in range(len(tokens) - n + 1):
        first.setdefault(tuple(tokens[i:i + n]), i)
    return tokens, first


def _passages(pos_a: list[tuple[int, int]], tokens: list[str], n: int) -> list[tuple[int, int, str]]:
    """Merge (position in a, position in b) shingle hits that run on in both texts into passages."""
    out: list[tuple[int, int, str]] = []
    run_start = prev = None
    for i, j in [*sorted(pos_a), (None, None)]:
        if prev is not None and i is not None and i == prev[0] + 1 and j == prev[1] + 1:
            prev = (i, j)
            continue
        if run_start is not None:
            out.append((run_start[0], run_start[1], " ".join(tokens[run_start[0]:prev[0] + n])))
        run_start = prev = (i, j) if i is not None else None
    return out


def text_reuse(corpus: pd.DataFrame, n: int = SHINGLE, min_shared: int = 2,
               pairs: list[tuple[str, str]] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pairs of articles sharing at least ``min_shared`` n-gram shingles, and the shared passages.

    With ``pairs`` (e.g. the closest pairs by TF-IDF) only those articles are compared,
    which keeps large corpora fast; without, every pair sharing a shingle is found.

    Returns ``(pairs, passages)``: pairs has doc_a, doc_b, shared (shingles),
    containment (shared / shingles of the shorter article) and jaccard; passages has
    doc_a, doc_b, pos_a, pos_b, words and passage (in doc_a's wording).
    """
    wanted = None if pairs is None else {d for pair in pairs for d in pair}
    docs = {doc_id: shingles(text, n) for doc_id, text in zip(corpus["doc_id"], corpus["text"])
            if wanted is None or doc_id in wanted}
    allowed = None if pairs is None else {tuple(sorted(p)) for p in pairs}
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for doc_id, (_, first) in docs.items():
        for sh in first:
            index[sh].append(doc_id)
    limit = max(5, COMMON_SHARE * (len(corpus) if pairs is not None else len(docs)))
    shared: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for sh, holders in index.items():
        if 1 < len(holders) <= limit:
            for a, b in combinations(sorted(holders), 2):
                shared[(a, b)].append(sh)
    pair_rows, passage_rows = [], []
    for (a, b), common in sorted(shared.items()):
        if len(common) < min_shared or (allowed is not None and (a, b) not in allowed):
            continue
        (tok_a, first_a), (_, first_b) = docs[a], docs[b]
        smaller = max(1, min(len(first_a), len(first_b)))
        union = len(first_a) + len(first_b) - len(common)
        pair_rows.append((a, b, len(common), len(common) / smaller, len(common) / union))
        hits = [(first_a[sh], first_b[sh]) for sh in common]
        for pos_a, pos_b, passage in _passages(hits, tok_a, n):
            passage_rows.append((a, b, pos_a, pos_b, len(passage.split()), passage))
    pairs = pd.DataFrame(pair_rows, columns=["doc_a", "doc_b", "shared", "containment", "jaccard"])
    pairs = pairs.sort_values(["containment", "doc_a", "doc_b"], ascending=[False, True, True], kind="stable")
    passages = pd.DataFrame(passage_rows, columns=["doc_a", "doc_b", "pos_a", "pos_b", "words", "passage"])
    return pairs.reset_index(drop=True), passages.sort_values(["doc_a", "doc_b", "pos_a"], kind="stable").reset_index(
        drop=True)


def align_sentences(text_a: str, text_b: str, min_score: float = 0.3) -> pd.DataFrame:
    """Pairs of sentences, one from each text, that say the same thing in similar words.

    Each sentence of ``a`` is paired with its most similar sentence of ``b`` (TF-IDF
    cosine over both texts' sentences, stop words removed); pairs scoring at least
    ``min_score`` are kept, best first. This finds rewrites that share too few exact
    5-word runs for shingle matching.
    """
    sa = [s for s in sentences(text_a) if len(s.split()) >= 4]
    sb = [s for s in sentences(text_b) if len(s.split()) >= 4]
    if not sa or not sb:
        return pd.DataFrame(columns=["score", "sentence_a", "sentence_b"])
    vec = TfidfVectorizer(stop_words="english", token_pattern=TOKEN_PATTERN).fit(sa + sb)
    sims = cosine_similarity(vec.transform(sa), vec.transform(sb))
    best = sims.argmax(axis=1)
    rows = [(float(sims[i, j]), sa[i], sb[j]) for i, j in enumerate(best) if sims[i, j] >= min_score]
    table = pd.DataFrame(rows, columns=["score", "sentence_a", "sentence_b"])
    return table.sort_values(["score", "sentence_a"], ascending=[False, True], kind="stable").reset_index(drop=True)


#: All-pairs similarity grows with the square of the corpus; above this many articles it runs on a
#: reproducible random sample of this size (measured: 37 s for 10,000 articles, 4 s for 3,000).
MAX_PAIRWISE = 3000


def reuse_report(corpus: pd.DataFrame, n_pairs: int = 10, counts: pd.DataFrame | None = None) -> dict:
    """Closest pairs by TF-IDF, their shared passages and rewritten sentences, and a one-line summary.

    Returns a dict: ``pairs`` (closest pairs), ``reuse`` (shingle counts), ``passages``,
    ``aligned`` ({(a, b): sentence pairs}) and ``summary`` (a sentence with the numbers). Corpora
    larger than ``MAX_PAIRWISE`` are compared on a random sample of that size, and the summary says so.
    """
    sampled = len(corpus) > MAX_PAIRWISE
    if sampled:
        corpus = corpus.sample(n=MAX_PAIRWISE, random_state=0).sort_values("doc_id").reset_index(drop=True)
    pairs = closest_pairs(corpus, n=n_pairs, counts=counts)
    if pairs.empty:
        return {"pairs": pairs, "reuse": pd.DataFrame(), "passages": pd.DataFrame(), "aligned": {},
                "summary": "Fewer than two articles: nothing to compare."}
    pair_list = list(zip(pairs["doc_a"], pairs["doc_b"]))
    reuse, passages = text_reuse(corpus, pairs=pair_list)
    texts = corpus.set_index("doc_id")["text"]
    aligned = {(a, b): align_sentences(texts[a], texts[b]) for a, b in pair_list}
    (a, b), top = pair_list[0], pairs.iloc[0]
    shared = reuse.set_index(["doc_a", "doc_b"])["shared"].to_dict() if len(reuse) else {}
    others = [len(t) for pair, t in aligned.items() if pair != (a, b)]
    summary = (("Among a random sample of " + f"{MAX_PAIRWISE:,} articles: " if sampled else "")
               + f"Closest pair: {a} and {b} (cosine {top['similarity']:.2f}); they share {shared.get((a, b), 0)} "
               f"five-word runs and {len(aligned[(a, b)])} rewritten sentences"
               + (f", against at most {max(others)} rewritten sentences for any other of the {len(pair_list)} "
                  f"closest pairs." if others else "."))
    return {"pairs": pairs, "reuse": reuse, "passages": passages, "aligned": aligned, "summary": summary}
