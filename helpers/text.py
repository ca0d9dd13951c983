"""Small text utilities shared by the cleaner and the analyses."""

from __future__ import annotations

import math
import re

#: Lower-case words that stand between the parts of a person's name, in every list that reads names: Dutch, German,
#: Iberian, French and Italian particles ("van der", "dos", "della"), Arabic and Malay patronymics ("bin", "binti",
#: and the Tamil-Malaysian "a/l", "a/p": "Rajesh a/l Subramaniam").
NAME_PARTICLES = frozenset(["von", "van", "der", "den", "ter", "ten", "zu", "de", "da", "do", "dos", "das", "du", "des",
                            "di", "del", "della", "dela", "delos", "la", "le", "al", "el", "bin", "binti", "bint", "ben",
                            "ibn", "a/l", "a/p", "ap", "af", "vom", "zum", "zur", "ole"])  # "ole": Maasai, "Peter ole Sankale"
#: The same as a regex alternation (longest first, "/" kept literal).
#: Capital letters for character classes, accented ones too ("Ó Briain", "Ní Bhriain", "Łukasz").
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
#: Lower-case letters likewise ("í" of "Ní Bhriain").
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
NAME_PARTICLES_RE = "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=lambda p: (-len(p), p)))
#: The Arabic article as a family name carries it, in lower case and joined by a hyphen ("al-Riyami", "el-Sayed",
#: "ash-Shami"): a regex fragment for name patterns.
ARABIC_ARTICLE = r"(?:a[lnrstdz]|el|ash)-"
#: Patronymic particles: the name before one is what the text calls the person ("Dr Hafiz" is "Hafiz bin Rahmat").
PATRONYMICS = frozenset(["bin", "binti", "bint", "ibn", "a/l", "a/p"])

#: A word: letters or digits, joined by internal apostrophes or hyphens ("Kyiv's", "pro-Russia").
WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*")


def count_words(text: str) -> int:
    """Number of words in ``text`` (punctuation ignored; "pro-Russia" and "Kyiv's" are one word)."""
    return len(WORD_RE.findall(text))  # one C call; no match object per word


# A sentence ends at . ! ? (optionally inside a closing quote) after a lower-case letter, digit or
# bracket and before a capital or an opening quote; "U.S. officials" and "Mr. Healey" do not end one.
_SENTENCE_END_RE = re.compile(
    r"(?<=[a-z0-9)%][.!?])\s+(?=[A-Z“\"‘'])|(?<=[a-z0-9)%][.!?][\"”’'])\s+(?=[A-Z“\"‘'])|\n")


#: Where a sentence end can be: its punctuation (the break starts one or two characters on) or a newline.
_END_MARK_RE = re.compile(r"[.!?\n]")


def _sentence_ends(text: str):
    """The matches of ``_SENTENCE_END_RE.finditer(text)``, found faster.

    Every match begins right after a . ! or ? (or after one and a closing quote), or at a
    newline. Those marks are found by a character-set scan (in C), and the pattern is tried
    there only, left to right, skipping positions inside the last match: the same matches,
    without trying the lookbehinds at every character.
    """
    candidates: set[int] = set()
    for mark in _END_MARK_RE.finditer(text):
        at = mark.start()
        candidates.update((at,) if text[at] == "\n" else (at + 1, at + 2))
    last_end = 0
    for pos in sorted(candidates):
        if pos < last_end:
            continue
        m = _SENTENCE_END_RE.match(text, pos)
        if m is not None:
            last_end = m.end()
            yield m


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; paragraph breaks always end a sentence."""
    spans, start = [], 0
    for m in _sentence_ends(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def shorten(text: str, width: int = 60) -> str:
    """Cut a label to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def amount_text(value: float) -> str:
    """A whole-unit amount with thousands separators ("1,250,000,000", "12.5"); "" when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.2f}"


def usd_text(value: float) -> str:
    """US dollars as news copy writes them: "$2.47bn", "$38.7m", "$12,500"; "" when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if abs(value) >= 1e9:
        return f"${value / 1e9:,.2f}bn"
    if abs(value) >= 1e6:
        return f"${value / 1e6:,.1f}m"
    return f"${value:,.0f}"


def trie_pattern(words, fold_case: bool = False, shortest_first: bool = False) -> str:
    """One regex alternation for many literal words, nested by shared prefixes as a character trie ("said|says|say"
    -> "sa(?:id|y(?:s)?)"): a flat alternation of hundreds of words is tried branch by branch at every position, the
    nested form descends only into the branch whose first character fits. Where a word ends inside a longer one, the
    longer is tried first, or with ``shortest_first`` the shorter (as "told" before "told reporters" in a plain list
    that names the short word first). ``fold_case`` builds it from lower-cased words (for a case-insensitive regex).
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in (word.lower() if fold_case else word):
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:|{'|'.join(branches)})" if shortest_first else f"(?:{body})?"

    return build(tree)


def usd_short(dollars: float) -> str:
    """A dollar amount as a short axis label: "$10", "$25k", "$1M", "$2.5bn", "$1tn" (``usd_text`` writes amounts as
    news copy does, for tables and findings: "$2.47bn", "$12,500")."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(dollars) >= size:
            return f"${dollars / size:,.3g}{suffix}"
    return f"${dollars:,.3g}"
