"""Aid figures: every money mention in the cleaned text, classified by transparent rules.

For each mention (``helpers.money``) in an article's cleaned text, the sentence it
sits in is read for:

- **donor**: the donor cue (``data/donors.csv``) nearest the amount in the sentence;
  else in the previous sentence; else the donor of the article's previous mention;
- **recipient**: "for/to <place>" after the amount; else Ukraine or Kyiv named in the
  sentence; else in the previous sentence when this one is about aid (an instrument or aid
  word); else unknown;
- **instrument**: the instrument keyword nearest the amount (drawdown, USAI, contract,
  tranche, package, fund, loan, grant, ...), else "unspecified";
- **is_aid**: money going to Ukraine; anything else (the EU's own defence package, a
  donation appeal) is other money.

Each decision is written in a ``*_rule`` column, so every row can be checked by eye.
Amounts are converted to USD at the article's date (``helpers.fx``).
"""

from __future__ import annotations

import bisect
import math
import re
from functools import cache
from itertools import combinations

import numpy as np
import pandas as pd

from .config import DATA_DIR
from .fx import usd_rate
from .money import iter_mentions
from .progress import progress
from .text import sentence_spans

INSTRUMENTS = (
    ("drawdown", r"\bdrawdowns?\b|\bPDA\b|presidential drawdown"),
    ("USAI", r"Ukraine Security Assistance Initiative|\bUSAI\b"),
    ("contract", r"\bcontracts?\b"),
    ("tranche", r"\btranches?\b"),
    ("loan", r"\bloans?\b"),
    ("grant", r"\bgrants?\b"),
    ("fund", r"\bfund(?:s|ing)?\b|\bFund\b"),
    ("package", r"\bpackages?\b"),
    ("budget", r"\bbudgets?\b|\bspending\b"),
    ("aid (unspecified)", r"\bassistance\b|\baid\b|\bsupport\b"),
)
_INSTRUMENT_RES = [(name, re.compile(rx, re.IGNORECASE if name not in ("USAI", "drawdown") else 0))
                   for name, rx in INSTRUMENTS]
_RECIPIENT_AFTER = re.compile(r"\b(?:for|to|into)\s+(?:the\s+)?(?P<who>Ukraine|Kyiv|Ukrainian\w*|European Union|EU|"
                              r"Europe|NATO|Nato|Israel|Taiwan|Moscow|Russia)\b")
_UKRAINE = re.compile(r"\b(?:Ukraine|Kyiv|Ukrainian)\b")
RECIPIENT_NAMES = {"Kyiv": "Ukraine", "European Union": "EU", "Nato": "NATO"}
#: Totals and components agree when they differ by at most this share (rounding in news copy).
RECONCILE_TOLERANCE = 0.05

COLUMNS = ["doc_id", "outlet", "published", "span", "amount", "currency", "qualifier", "approximate", "vague",
           "amount_usd", "rate_source", "donor", "donor_rule", "recipient", "recipient_rule", "instrument",
           "instrument_rule", "is_aid", "aid_rule", "sentence"]


@cache
def donor_cues() -> list[tuple[str, re.Pattern[str]]]:
    """(donor, compiled cue) pairs from ``data/donors.csv``."""
    table = pd.read_csv(DATA_DIR / "donors.csv", dtype=str)
    return [(r.donor, re.compile(r.cue)) for r in table.itertuples()]


def _nearest(patterns, sentence: str, pos: int) -> tuple[str, str] | None:
    """(name, matched text) of the pattern match nearest to ``pos`` in ``sentence``; ties go to the earlier."""
    best = None
    for name, rx in patterns:
        for m in rx.finditer(sentence):
            distance = m.start() - pos if m.start() >= pos else pos - m.end()
            key = (distance, m.start())
            if best is None or key < best[0]:
                best = (key, name, m.group(0))
    return (best[1], best[2]) if best else None


def _donor(sentence: str, pos: int, previous: str, last_donor: str) -> tuple[str, str]:
    found = _nearest(donor_cues(), sentence, pos)
    if found:
        return found[0], f"cue '{found[1]}' nearest the amount in its sentence"
    found = _nearest(donor_cues(), previous, len(previous))
    if found:
        return found[0], f"cue '{found[1]}' in the previous sentence"
    if last_donor:
        return last_donor, "same donor as the article's previous money mention"
    return "unknown", "no donor cue nearby"


def _recipient(sentence: str, end: int, previous: str) -> tuple[str, str]:
    m = _RECIPIENT_AFTER.search(sentence, end)
    if m:
        who = m.group("who")
        name = "Ukraine" if who.startswith("Ukrainian") else RECIPIENT_NAMES.get(who, who)
        return name, f"'{m.group(0)}' after the amount"
    m = _UKRAINE.search(sentence)
    if m:
        return "Ukraine", f"'{m.group(0)}' named in the sentence"
    m = _UKRAINE.search(previous)
    if m and any(rx.search(sentence) for _, rx in _INSTRUMENT_RES):
        return "Ukraine", f"'{m.group(0)}' named in the previous sentence (and this sentence is about aid)"
    return "unknown", "no recipient named nearby"


def _instrument(sentence: str, start: int) -> tuple[str, str]:
    """The specific instrument nearest the amount; generic aid words only when no specific one is there."""
    specific = [(n, rx) for n, rx in _INSTRUMENT_RES if n != "aid (unspecified)"]
    generic = [(n, rx) for n, rx in _INSTRUMENT_RES if n == "aid (unspecified)"]
    for patterns in (specific, generic):
        found = _nearest(patterns, sentence, start)
        if found:
            return found[0], f"keyword '{found[1]}' nearest the amount"
    return "unspecified", "no instrument keyword in the sentence"


def article_figures(doc_id: str, outlet: str, published: pd.Timestamp, text: str) -> list[dict]:
    """The classified money mentions of one article (a pure function of the article)."""
    spans = sentence_spans(text)
    rows: list[dict] = []
    last_donor = ""
    for mention in iter_mentions(text):
        k = next((i for i, (a, b) in enumerate(spans) if a <= mention.start < b), len(spans) - 1)
        s_start, s_end = spans[k]
        sentence = text[s_start:s_end]
        previous = text[spans[k - 1][0]:spans[k - 1][1]] if k > 0 else ""
        pos, end = mention.start - s_start, mention.end - s_start
        donor, donor_rule = _donor(sentence, pos, previous, last_donor)
        last_donor = donor if donor != "unknown" else last_donor
        recipient, recipient_rule = _recipient(sentence, end, previous)
        instrument, instrument_rule = _instrument(sentence, pos)
        is_aid = recipient == "Ukraine"
        aid_rule = "money going to Ukraine" if is_aid else f"recipient is {recipient}, not Ukraine"
        rate, source = usd_rate(mention.currency, published)
        rows.append({
            "doc_id": doc_id, "outlet": outlet, "published": published, "span": mention.span,
            "amount": mention.amount, "currency": mention.currency, "qualifier": mention.qualifier,
            "approximate": bool(mention.qualifier), "vague": mention.vague,
            "amount_usd": mention.amount * rate if not math.isnan(mention.amount) else math.nan,
            "rate_source": source, "donor": donor, "donor_rule": donor_rule, "recipient": recipient,
            "recipient_rule": recipient_rule, "instrument": instrument, "instrument_rule": instrument_rule,
            "is_aid": is_aid, "aid_rule": aid_rule, "sentence": sentence.strip(),
        })
    return rows


def aid_figures(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every money mention in the cleaned texts with donor, recipient, instrument, USD value and rules."""
    rows = [row for r in progress(corpus.itertuples(), len(corpus), "aid figures")
            for row in article_figures(r.doc_id, r.outlet, r.published, r.text)]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"amount": "float64", "amount_usd": "float64", "approximate": "bool", "vague": "bool",
                         "is_aid": "bool"})


def reconcile(figures: pd.DataFrame, tolerance: float = RECONCILE_TOLERANCE) -> pd.DataFrame:
    """Within each article, components (2 to 4 smaller mentions) that add up to a stated total.

    Returns doc_id, total_qualifier, total_span, total_usd, components, components_usd, difference_usd
    (components minus total) and difference_pct; one row per total matched.
    """
    rows = []
    exact = figures[~figures["vague"] & figures["amount_usd"].notna()]
    for doc_id, group in exact.groupby("doc_id", sort=True):
        items = list(group[["span", "amount_usd", "qualifier"]].itertuples(index=False))
        for total in items:
            smaller = [c for c in items if c.amount_usd < total.amount_usd]
            for n in (2, 3, 4):
                for combo in combinations(smaller, n):
                    amount = sum(c.amount_usd for c in combo)
                    diff = amount - total.amount_usd
                    if abs(diff) <= tolerance * total.amount_usd:
                        rows.append((doc_id, total.qualifier, total.span, total.amount_usd,
                                     " + ".join(c.span for c in combo), amount, diff, 100 * diff / total.amount_usd))
    table = pd.DataFrame(rows, columns=["doc_id", "total_qualifier", "total_span", "total_usd", "components",
                                        "components_usd", "difference_usd", "difference_pct"])
    return table.drop_duplicates().reset_index(drop=True)


def group_packages(figures: pd.DataFrame, tolerance: float = 0.02, days: int = 14) -> pd.Series:
    """A package id per mention: same donor and recipient, USD amounts within ``tolerance``, dates within ``days``.

    Mentions of the same package in one article or across articles share an id; vague
    mentions get none (""). Ids are "P1", "P2", ... in order of first appearance; a mention
    joins the earliest-created package it matches. Packages are kept per (donor, recipient),
    sorted by amount, so each mention looks only at packages of about its size.
    """
    ids = [""] * len(figures)
    packages: dict[tuple[str, str], list[tuple[float, int, pd.Timestamp]]] = {}
    count = 0
    for i, row in enumerate(figures.itertuples()):
        if row.vague or math.isnan(row.amount_usd):
            continue
        bucket = packages.setdefault((row.donor, row.recipient), [])
        lo = bisect.bisect_left(bucket, (row.amount_usd / (1 + tolerance) * (1 - 1e-12), -1))
        hi = bisect.bisect_right(bucket, (row.amount_usd / (1 - tolerance), math.inf))
        matches = [number for amount, number, when in bucket[lo:hi]
                   if abs(row.amount_usd - amount) <= tolerance * amount
                   and (pd.isna(when) or pd.isna(row.published) or abs((row.published - when).days) <= days)]
        if matches:
            ids[i] = f"P{min(matches)}"
        else:
            count += 1
            bisect.insort(bucket, (row.amount_usd, count, row.published))
            ids[i] = f"P{count}"
    return pd.Series(ids, index=figures.index, name="package")


def announcements(figures: pd.DataFrame) -> pd.DataFrame:
    """Aid to Ukraine counted once per package, with totals replaced by their reconciled components.

    A total that its components add up to is dropped (the components carry the instruments);
    repeated mentions of one package count once; vague mentions are left out.
    """
    aid = figures[figures["is_aid"] & ~figures["vague"] & figures["amount_usd"].notna()].copy()
    aid["package"] = group_packages(aid)
    recon = reconcile(aid)
    totals = set(zip(recon["doc_id"], recon["total_span"]))
    mask = np.array([(d, s) not in totals for d, s in zip(aid["doc_id"], aid["span"])], dtype=bool)
    return aid.loc[mask].drop_duplicates("package").reset_index(drop=True)


def summary(figures: pd.DataFrame, announced: pd.DataFrame) -> str:
    """Aid announced per donor in USD, and the money that is not aid to Ukraine, in words."""
    totals = announced.groupby("donor")["amount_usd"].sum().sort_index().sort_values(ascending=False, kind="stable")
    aid_text = "; ".join(f"{d} ${v / 1e9:.2f}bn" for d, v in totals.items()) or "none found"
    other = figures[~figures["is_aid"]]
    other_text = "; ".join(f"{r.span} ({r.aid_rule})" for r in other.itertuples()) or "none"
    return f"Aid to Ukraine announced: {aid_text}.\nOther money, not aid to Ukraine: {other_text}."
