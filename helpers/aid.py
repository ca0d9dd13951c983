"""Aid figures: every money mention in the cleaned text, classified by transparent rules.

For each mention (``helpers.money``) in an article's cleaned text, the sentence it
sits in is read for:

- **donor**: the donor cue (``data/donors.csv``) nearest the amount in the sentence;
  else in the previous sentence; else the donor of the article's previous mention;
- **recipient**: "for/to <party>" after the amount (a country, organisation or group such
  as "developing countries"); else the study's recipient of interest named in the
  sentence; else in the previous sentence when this one is about aid (an instrument or aid
  word); else unknown;
- **instrument**: the instrument keyword nearest the amount (drawdown, contract, tranche,
  package, fund, loan, grant, ..., and any the study file adds), else "unspecified";
- **is_aid**: with a recipient of interest in the study file (the seeds' is Ukraine),
  money going to it; anything else (the EU's own defence package) is other money. With
  none, a figure counts when its sentence has an instrument keyword or a verb of giving or
  committing money (pledged, lent, allocated, ...), so prices, trade volumes and market
  figures are left out; charts group money by donor and recipient, so no recipient is
  privileged.

Each decision is written in a ``*_rule`` column, so every row can be checked by eye.
Amounts are converted to USD at the article's date (``helpers.fx``).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations

import numpy as np
import pandas as pd

from .config import DATA_DIR
from .fx import usd_rate
from .money import iter_mentions
from .progress import progress
from .text import sentence_spans, usd_text

try:  # CPython's own regex parser (private): it proves a search shortcut safe for a pattern; without it, none is taken
    from re import _constants, _parser
except ImportError:  # pragma: no cover - a Python without these modules
    _constants = _parser = None

INSTRUMENTS = (
    ("drawdown", r"\bdrawdowns?\b|\bPDA\b|presidential drawdown"),
    ("contract", r"\bcontracts?\b"),
    ("tranche", r"\btranches?\b"),
    ("loan", r"\bloans?\b"),
    ("grant", r"\bgrants?\b"),
    ("fund", r"\bfund(?:s|ing)?\b|\bFund\b"),
    ("package", r"\bpackages?\b"),
    ("budget", r"\bbudgets?\b|\bspending\b"),
    ("aid (unspecified)", r"\bassistance\b|\baid\b|\bsupport\b"),
)
_INSTRUMENT_RES = [(name, re.compile(rx, re.IGNORECASE if name != "drawdown" else 0)) for name, rx in INSTRUMENTS]
#: Groups of countries that news copy names as recipients, with the name used for them.
RECIPIENT_GROUPS = {
    r"(?:developing|poorer|poor|vulnerable|low-income|lower-income|middle-income|emerging)\s+"
    r"(?:countries|nations|economies|states)": "developing countries",
}


@dataclass(frozen=True)
class MoneySettings:
    """What the money rules need from the study: the recipient of interest (if any) and extra donor cues."""

    #: Recipient whose money is counted as aid ("Ukraine"); "" = none: every figure given, lent or committed counts.
    recipient: str = ""
    #: Other names of the recipient ("Kyiv", "Ukrainian"), matched as whole words.
    recipient_aliases: tuple[str, ...] = ()
    #: Extra (donor, cue regex) pairs from the study, tried with the built-in ones.
    donors: tuple[tuple[str, str], ...] = ()
    #: Extra (instrument, case-sensitive regex) pairs from the study ("USAI"), tried with the built-in specific ones.
    instruments: tuple[tuple[str, str], ...] = ()

    def subject_re(self) -> re.Pattern[str] | None:
        """Whole-word pattern for the recipient of interest and its aliases (None without one)."""
        if not self.recipient:
            return None
        names = sorted({self.recipient, *self.recipient_aliases}, key=lambda n: (-len(n), n))
        return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


#: Totals and components agree when they differ by at most this share (rounding in news copy).
RECONCILE_TOLERANCE = 0.05
#: Mentions on either side of a total that may be its parts (the seeds' parts sit two and three mentions away).
RECONCILE_WINDOW = 8

COLUMNS = ["doc_id", "outlet", "published", "span", "amount", "currency", "qualifier", "approximate", "vague",
           "amount_usd", "rate_source", "donor", "donor_rule", "recipient", "recipient_rule", "instrument",
           "instrument_rule", "is_aid", "aid_rule", "sentence"]


@cache
def donor_cues() -> list[tuple[str, re.Pattern[str]]]:
    """(donor, compiled cue) pairs: ``data/donors.csv``, then every other country by its ISO 3166 names (pycountry)."""
    import pycountry

    table = pd.read_csv(DATA_DIR / "donors.csv", dtype=str)
    cues = [(r.donor, re.compile(r.cue)) for r in table.itertuples()]
    known = {donor for donor, _ in cues}
    for country in sorted(pycountry.countries, key=lambda c: c.name):
        name = getattr(country, "common_name", None) or country.name
        if name in known or "," in name or "(" in name:
            continue
        names = sorted({name, country.name} - {""}, key=lambda n: (-len(n), n))
        cues.append((name, re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if "," not in n) + r")\b")))
    return cues


_LITERAL_ALTERNATIVES = re.compile(r"\\b\(\?:((?:[^()\\|]|\\.)+(?:\|(?:[^()\\|]|\\.)+)*)\)\\b")


def _hints(rx: re.Pattern[str]) -> tuple[str, ...]:
    """Literal strings one of which every match of a cue contains, or () when the pattern is not a plain
    ``\\b(?:A|B|C)\\b`` list of names (then the cue is always tried)."""
    m = _LITERAL_ALTERNATIVES.fullmatch(rx.pattern)
    if not m:
        return ()
    names = [re.sub(r"\\(.)", r"\1", alt) for alt in m.group(1).split("|")]
    return () if any(re.search(r"[\\^$*+?{}\[\]]", n) for n in names) else tuple(names)


#: A maximal run of word characters: where ``\\b`` sees a word begin and end.
_WORD_RUN_RE = re.compile(r"\w+")


def _first_words(rx: re.Pattern[str], hints: tuple[str, ...]) -> tuple[str, ...] | None:
    """The first word (``\\w+``) of each name of a ``\\b(?:A|B|C)\\b`` cue, or None when a name is not a plain
    literal (the parser finds other than literal characters) or does not begin with a word character.

    A match of such a cue begins where a run of word characters begins (``\\b`` before a word
    character) and that run is exactly the name's first word (the name's next character, or the
    ``\\b`` after it, ends the run): a cue can only match text holding one of these words.
    """
    m = _LITERAL_ALTERNATIVES.fullmatch(rx.pattern)
    if m is None or rx.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII) or _parser is None:
        return None
    written = m.group(1).split("|")  # each name as the pattern writes it (escaped), split as ``_hints`` does
    if len(written) != len(hints):
        return None
    firsts = []
    for alternative, hint in zip(written, hints, strict=True):
        try:
            items = list(_parser.parse(alternative, rx.flags))
        except Exception:  # not a literal after all: keep the substring test
            return None
        first = _WORD_RUN_RE.match(hint)
        if first is None or items != [(_constants.LITERAL, ord(c)) for c in hint]:
            return None
        firsts.append(first.group(0))
    return tuple(firsts)


def _plain_first_word(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The first word of a cue that is one plain name between word boundaries (``\\bWorld Bank\\b``), else None."""
    if rx.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII) or _parser is None:
        return None
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # left to be tried on every text
        return None
    boundary = (_constants.AT, _constants.AT_BOUNDARY)
    if len(items) < 3 or items[0] != boundary or items[-1] != boundary:
        return None
    if any(op != _constants.LITERAL for op, _ in items[1:-1]):
        return None
    first = _WORD_RUN_RE.match("".join(chr(av) for _, av in items[1:-1]))
    return (first.group(0),) if first else None


class CueSet:
    """Named cue patterns, each tried only on text that holds one of its literal names.

    About 250 country cues run one by one over every sentence cost 2 ms per money mention.
    The cues made of plain names are indexed by each name's first word: one ``findall`` of the
    text's words and a set intersection pick the few cues that can match. Other cues with
    literal names are tried when a name is a substring of the text; cues without any, always.
    """

    def __init__(self, cues: list[tuple[str, re.Pattern[str]]]) -> None:
        self.cues = cues
        self.hints = [_hints(rx) for _, rx in cues]
        self._always: list[int] = []
        self._by_substring: list[int] = []
        self._by_word: dict[str, list[int]] = {}
        for i, ((_, rx), hints) in enumerate(zip(cues, self.hints, strict=True)):
            firsts = _first_words(rx, hints) if hints else _plain_first_word(rx)
            if firsts is None:
                (self._by_substring if hints else self._always).append(i)
            else:
                for word in dict.fromkeys(firsts):
                    self._by_word.setdefault(word, []).append(i)
        self._words = frozenset(self._by_word)

    def __iter__(self):
        return iter(self.cues)

    def candidates(self, text: str) -> list[tuple[str, re.Pattern[str]]]:
        """The cues, in order, that may match somewhere in ``text`` (every cue that does is among them)."""
        tried = set(self._always)
        tried.update(i for i in self._by_substring if any(h in text for h in self.hints[i]))
        for word in self._words.intersection(_WORD_RUN_RE.findall(text)):
            tried.update(self._by_word[word])
        return [self.cues[i] for i in sorted(tried)]

    def finditer(self, text: str):
        """(cue name, match) for each match of each cue in ``text``, cue by cue."""
        for name, rx in self.candidates(text):
            for m in rx.finditer(text):
                yield name, m


@lru_cache(maxsize=16)
def _rules(settings: MoneySettings) -> tuple[CueSet, re.Pattern[str], re.Pattern[str] | None]:
    """(donor cues, recipient-after pattern, recipient-of-interest pattern) for one study's settings."""
    # The recipient of interest is never its own donor (a sentence about aid to Ukraine names Ukraine).
    cues = CueSet([(d, rx) for d, rx in (*donor_cues(), *((d, re.compile(c)) for d, c in settings.donors))
                   if d != settings.recipient])
    subject = settings.subject_re()
    parties = [p.pattern for p in (subject,) if p is not None]
    parties += [rx.pattern for _, rx in cues] + list(RECIPIENT_GROUPS)
    after = re.compile(r"\b(?:for|to|into)\s+(?:the\s+)?(?P<who>" + "|".join(f"(?:{p})" for p in parties) + ")")
    return cues, after, subject


def _matches(patterns, sentence: str):
    """(name, match) for every match of named patterns: a ``CueSet`` in one pass, else pattern by pattern."""
    if isinstance(patterns, CueSet):
        yield from patterns.finditer(sentence)
        return
    for name, rx in patterns:
        for m in rx.finditer(sentence):
            yield name, m


def _nearest(patterns, sentence: str, pos: int, exclude: str = "") -> tuple[str, str] | None:
    """(name, matched text) of the pattern match nearest to ``pos`` in ``sentence`` (other than ``exclude``); ties
    go to the earlier."""
    best = None
    for name, m in _matches(patterns, sentence):
        if name == exclude:
            continue
        distance = m.start() - pos if m.start() >= pos else pos - m.end()
        key = (distance, m.start())
        if best is None or key < best[0]:
            best = (key, name, m.group(0))
    return (best[1], best[2]) if best else None


def _donor(cues, sentence: str, pos: int, previous: str, last_donor: str, recipient: str) -> tuple[str, str]:
    found = _nearest(cues, sentence, pos)
    if found and found[0] == recipient and recipient != "unknown":
        # The party the money goes to is not its donor, unless the sentence names no other party.
        found = _nearest(cues, sentence, pos, exclude=recipient) or found
    if found:
        return found[0], f"cue '{found[1]}' nearest the amount in its sentence"
    found = _nearest(cues, previous, len(previous))
    if found:
        return found[0], f"cue '{found[1]}' in the previous sentence"
    if last_donor:
        return last_donor, "same donor as the article's previous money mention"
    return "unknown", "no donor cue nearby"


def _party_name(who: str, cues, subject: re.Pattern[str] | None, settings: MoneySettings) -> str:
    """The canonical name of a party matched after "for/to": the recipient of interest, a donor name or a group."""
    if subject is not None and subject.fullmatch(who):
        return settings.recipient
    # A cue that matches all of ``who`` matches in it, so only ``CueSet.candidates`` of ``who`` need trying.
    for name, rx in (cues.candidates(who) if isinstance(cues, CueSet) else cues):
        if rx.fullmatch(who):
            return name
    for rx, name in RECIPIENT_GROUPS.items():
        if re.fullmatch(rx, who):
            return name
    return who


def _recipient(settings: MoneySettings, sentence: str, end: int, previous: str) -> tuple[str, str]:
    cues, after, subject = _rules(settings)
    m = after.search(sentence, end)
    if m:
        return _party_name(m.group("who"), cues, subject, settings), f"'{m.group(0)}' after the amount"
    # "the UK's total humanitarian support for Sudan and the region to £226 million": the aid named before the amount
    before = [m for m in after.finditer(sentence, 0, max(0, end)) if _AID_BEFORE_RE.search(sentence, 0, m.start())]
    if before:
        m = before[-1]
        return _party_name(m.group("who"), cues, subject, settings), f"'{m.group(0)}' after the aid it receives"
    if subject is None:
        return "unknown", "no recipient named after the amount"
    m = subject.search(sentence)
    if m:
        return settings.recipient, f"'{m.group(0)}' named in the sentence"
    m = subject.search(previous)
    if m and any(rx.search(sentence) for _, rx in _INSTRUMENT_RES):
        return settings.recipient, f"'{m.group(0)}' named in the previous sentence (and this sentence is about aid)"
    return "unknown", "no recipient named nearby"


#: Words for money given, right before "for/to <party>" ahead of the amount: that party receives it.
_AID_BEFORE_RE = re.compile(r"\b(?:aid|support|assistance|funding|funds|help|relief|package|loans?|grants?|"
                            r"contributions?|financing|finance)\s+(?:\w+\s+){0,2}$")


@lru_cache(maxsize=16)
def _instrument_rules(extra: tuple[tuple[str, str], ...]) -> list[tuple[str, re.Pattern[str]]]:
    """The built-in instrument patterns with the study's own inserted after the first (drawdown)."""
    compiled = [(name, re.compile(rx)) for name, rx in extra]
    return [*_INSTRUMENT_RES[:1], *compiled, *_INSTRUMENT_RES[1:]]


_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT) if _constants is not None else ()


def _needles_of(items) -> list[str] | None:
    """Literal strings one of which every match of the parsed pattern ``items`` contains, or None.

    Zero-width assertions are skipped, literal characters collected; a branch gives one
    needle per alternative. Anything else (a class, a repeat) ends the needle.
    """
    prefix = ""
    for op, av in items:
        if op is _constants.LITERAL:
            prefix += chr(av)
        elif op in _ZERO_WIDTH and not prefix:
            continue
        elif op is _constants.BRANCH and not prefix:
            needles = [_needles_of(alternative) for alternative in av[1]]
            return None if any(n is None for n in needles) else [x for n in needles for x in n]
        else:
            break
    return [prefix] if prefix else None


def _needles(rx: re.Pattern[str]) -> tuple[tuple[str, ...] | None, bool]:
    """(needles, caseless) of a keyword pattern: strings one of which every match contains (``_needles_of``),
    lower-cased for an IGNORECASE pattern, which they then describe only in ASCII text (where case
    folding is plain lower-casing); (None, False) when there are none."""
    if _parser is None:
        return None, False
    try:
        needles = _needles_of(list(_parser.parse(rx.pattern, rx.flags)))
    except Exception:  # the pattern is then always tried
        return None, False
    caseless = bool(rx.flags & re.IGNORECASE)
    if needles is None or (caseless and not all(n.isascii() for n in needles)):
        return None, False
    return tuple(n.lower() for n in needles) if caseless else tuple(needles), caseless


@lru_cache(maxsize=16)
def _instrument_groups(extra: tuple[tuple[str, str], ...]) -> tuple[list[tuple], list[tuple]]:
    """(specific, generic) instrument patterns as (name, pattern, needles, caseless); generic aid words are tried
    only when no specific one is there."""
    rules = [(n, rx, *_needles(rx)) for n, rx in _instrument_rules(extra)]
    return ([r for r in rules if r[0] != "aid (unspecified)"], [r for r in rules if r[0] == "aid (unspecified)"])


def _instrument(sentence: str, start: int, extra: tuple[tuple[str, str], ...] = ()) -> tuple[str, str]:
    """The specific instrument nearest the amount; generic aid words only when no specific one is there."""
    lower = sentence.lower() if sentence.isascii() else None
    for group in _instrument_groups(extra):
        # A pattern none of whose needles is in the sentence cannot match there: a substring test skips it.
        patterns = [(name, rx) for name, rx, needles, caseless in group
                    if needles is None or (caseless and lower is None)
                    or any(n in (lower if caseless else sentence) for n in needles)]
        found = _nearest(patterns, sentence, start)
        if found:
            return found[0], f"keyword '{found[1]}' nearest the amount"
    return "unspecified", "no instrument keyword in the sentence"


#: Verbs of giving or committing money: with no recipient of interest, a figure counts only in a sentence that
#: has one (or an instrument keyword), so prices, trade volumes and market figures are not charted as money given.
COMMITMENT_RE = re.compile(
    r"\b(?:pledg|promis|commit|allocat|earmark|donat|disburs|provid|award|announc|approv|offer|contribut|"
    r"channel|mobili[sz]|unveil|invest|lend|lent\b|give\b|gives\b|giving|gave\b|given\b|send|sent\b|deliver|"
    r"transfer|spend|spent\b|finance[ds]?\b|financing)\w*", re.IGNORECASE)


#: Words just before an amount that make it an economic figure, never money given: "Ethiopia earned 1.12 billion
#: USD from coffee exports", "reserves stood at around $560 million", "sales of $2bn", "a deficit of" (never
#: "worth": "an aid package worth $1bn" is money given).
ECONOMIC_FIGURE_RE = re.compile(
    r"\b(?:earn(?:ed|s|ing|ings)?|revenues?|reserves|stood at|stands at|sales|turnover|profits?|losses|deficit|"
    r"surplus|gdp|market (?:value|capitali[sz]ation)|prices?|fetched|sold for)\b"
    r"(?:\W+\w+){0,6}?\W*$", re.IGNORECASE)
#: Characters before an amount searched for such words.
ECONOMIC_WINDOW = 60


def _committed(sentence: str, instrument: str, pos: int = 0) -> tuple[bool, str]:
    """With no recipient of interest: does the figure's sentence read as money given, lent or committed? Never
    an economic figure (``ECONOMIC_FIGURE_RE`` just before the amount), whatever else the sentence says."""
    if economic := ECONOMIC_FIGURE_RE.search(sentence[max(0, pos - ECONOMIC_WINDOW):pos]):
        return False, f"no recipient of interest set: an economic figure ('{economic.group(0).split()[0]}' before it)"
    if instrument != "unspecified":
        return True, f"no recipient of interest set: instrument '{instrument}' in the sentence"
    verb = COMMITMENT_RE.search(sentence)
    if verb:
        return True, f"no recipient of interest set: '{verb.group(0)}' in the sentence"
    return False, "no recipient of interest set, and no instrument or commitment word in the sentence"


def article_figures(doc_id: str, outlet: str, published: pd.Timestamp, text: str,
                    settings: MoneySettings = MoneySettings()) -> list[dict]:
    """The classified money mentions of one article (a pure function of the article and the study's settings)."""
    cues = _rules(settings)[0]
    spans = sentence_spans(text)
    starts = [a for a, _ in spans]
    rows: list[dict] = []
    last_donor = ""
    for mention in iter_mentions(text):
        # The sentence holding the mention (spans are sorted and disjoint), else the last one.
        k = bisect.bisect_right(starts, mention.start) - 1
        if k < 0 or mention.start >= spans[k][1]:
            k = len(spans) - 1
        s_start, s_end = spans[k]
        sentence = text[s_start:s_end]
        previous = text[spans[k - 1][0]:spans[k - 1][1]] if k > 0 else ""
        pos, end = mention.start - s_start, mention.end - s_start
        recipient, recipient_rule = _recipient(settings, sentence, end, previous)
        donor, donor_rule = _donor(cues, sentence, pos, previous, last_donor, recipient)
        last_donor = donor if donor != "unknown" else last_donor
        instrument, instrument_rule = _instrument(sentence, pos, settings.instruments)
        if settings.recipient:
            is_aid = recipient == settings.recipient
            aid_rule = (f"money going to {settings.recipient}" if is_aid
                        else f"recipient is {recipient}, not {settings.recipient}")
        else:
            is_aid, aid_rule = _committed(sentence, instrument, pos)
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


def aid_figures(corpus: pd.DataFrame, settings: MoneySettings = MoneySettings()) -> pd.DataFrame:
    """Every money mention in the cleaned texts with donor, recipient, instrument, USD value and rules."""
    rows = [row for r in progress(corpus.itertuples(), len(corpus), "aid figures")
            for row in article_figures(r.doc_id, r.outlet, r.published, r.text, settings)]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"amount": "float64", "amount_usd": "float64", "approximate": "bool", "vague": "bool",
                         "is_aid": "bool"})


def _by_article(doc_ids: list[str], items: list) -> list[tuple[str, list]]:
    """(doc_id, its items) for runs of equal doc_ids (items sorted by doc_id): a groupby without pandas' per-group
    cost, which dominated reconciliation at 10,000 articles."""
    groups: list[tuple[str, list]] = []
    for doc_id, item in zip(doc_ids, items):
        if not groups or groups[-1][0] != doc_id:
            groups.append((doc_id, []))
        groups[-1][1].append(item)
    return groups


def reconcile(figures: pd.DataFrame, tolerance: float = RECONCILE_TOLERANCE) -> pd.DataFrame:
    """Within each article, components (2 to 4 smaller mentions among the ``RECONCILE_WINDOW`` mentions either side)
    that add up to a stated total.

    Returns doc_id, total_qualifier, total_span, total_usd, components, components_usd, difference_usd
    (components minus total) and difference_pct; one row per total matched.
    """
    rows = []
    exact = figures[~figures["vague"] & figures["amount_usd"].notna()]
    exact = exact.sort_values("doc_id", kind="stable")  # articles in order, mentions in text order within each
    for doc_id, items in _by_article(exact["doc_id"].tolist(), list(
            exact[["span", "amount_usd", "qualifier"]].itertuples(index=False))):
        for i, total in enumerate(items):
            # Parts are written near their total: only the RECONCILE_WINDOW mentions either side are tried, so an
            # article with thousands of figures costs thousands of small searches, not combinations of all of them.
            near = items[max(0, i - RECONCILE_WINDOW):i] + items[i + 1:i + 1 + RECONCILE_WINDOW]
            smaller = [c for c in near if c.amount_usd < total.amount_usd]
            amounts = [c.amount_usd for c in smaller]
            for n in (2, 3, 4):
                # the same combinations of amounts and of mentions, in the same order: each sum is one C call
                for combo, parts in zip(combinations(smaller, n), combinations(amounts, n)):
                    amount = sum(parts)
                    diff = amount - total.amount_usd
                    if abs(diff) <= tolerance * total.amount_usd:
                        rows.append((doc_id, total.qualifier, total.span, total.amount_usd,
                                     " + ".join(c.span for c in combo), amount, diff, 100 * diff / total.amount_usd))
    table = pd.DataFrame(rows, columns=["doc_id", "total_qualifier", "total_span", "total_usd", "components",
                                        "components_usd", "difference_usd", "difference_pct"])
    return table.drop_duplicates().reset_index(drop=True)


#: Nanoseconds in a day: ``(a - b) // DAY_NS`` of two times in ns is ``(a - b).days`` of the Timestamps (floored).
DAY_NS = 86_400 * 10**9


def _days_apart_ready(published: pd.Series) -> list[int | None]:
    """Each date as integer nanoseconds (None when undated), so comparing two dates costs integer arithmetic, not a
    Timedelta per pair (most of ``group_packages``' time at 10,000 articles)."""
    stamps = pd.to_datetime(published).to_numpy(dtype="datetime64[ns]")
    return [None if missing else ns for ns, missing in zip(stamps.view("int64").tolist(), pd.isna(stamps).tolist(),
                                                           strict=True)]


def group_packages(figures: pd.DataFrame, tolerance: float = 0.02, days: int = 14) -> pd.Series:
    """A package id per mention: same donor and recipient, USD amounts within ``tolerance``, dates within ``days``.

    Mentions of the same package in one article or across articles share an id; vague
    mentions get none (""). Ids are "P1", "P2", ... in order of first appearance; a mention
    joins the earliest-created package it matches. Packages are kept per (donor, recipient),
    sorted by amount, so each mention looks only at packages of about its size.
    """
    ids = [""] * len(figures)
    packages: dict[tuple[str, str], list[tuple[float, int, int | None]]] = {}
    count = 0
    dates = _days_apart_ready(figures["published"])
    columns = zip(figures["vague"], figures["amount_usd"], figures["donor"], figures["recipient"], dates)
    for i, (vague, usd, donor, recipient, published) in enumerate(columns):
        if vague or math.isnan(usd):
            continue
        bucket = packages.setdefault((donor, recipient), [])
        lo = bisect.bisect_left(bucket, (usd / (1 + tolerance) * (1 - 1e-12), -1))
        hi = bisect.bisect_right(bucket, (usd / (1 - tolerance), math.inf))
        matches = [number for amount, number, when in bucket[lo:hi]
                   if abs(usd - amount) <= tolerance * amount
                   and (when is None or published is None or abs((published - when) // DAY_NS) <= days)]
        if matches:
            ids[i] = f"P{min(matches)}"
        else:
            count += 1
            bisect.insort(bucket, (usd, count, published))
            ids[i] = f"P{count}"
    return pd.Series(ids, index=figures.index, name="package")


def announcements(figures: pd.DataFrame) -> pd.DataFrame:
    """Aid (figures with ``is_aid``) counted once per package, with totals replaced by their reconciled components.

    A total that its components add up to is dropped (the components carry the instruments);
    repeated mentions of one package count once; vague mentions are left out.
    """
    aid = figures[figures["is_aid"] & ~figures["vague"] & figures["amount_usd"].notna()].copy()
    aid["package"] = group_packages(aid)
    recon = reconcile(aid)
    totals = set(zip(recon["doc_id"], recon["total_span"]))
    mask = np.array([(d, s) not in totals for d, s in zip(aid["doc_id"], aid["span"])], dtype=bool)
    return aid.loc[mask].drop_duplicates("package").reset_index(drop=True)


def summary(figures: pd.DataFrame, announced: pd.DataFrame, recipient: str = "") -> str:
    """Money announced per donor in USD (to the recipient of interest, when the study names one), in words."""
    totals = announced.groupby("donor")["amount_usd"].sum().sort_index().sort_values(ascending=False, kind="stable")
    aid_text = "; ".join(f"{d} {usd_text(v)}" for d, v in totals.items()) or "none found"
    if not recipient:
        return f"Money announced, by donor: {aid_text}."
    other = figures[~figures["is_aid"]]
    other_text = "; ".join(f"{r.span} ({r.aid_rule})" for r in other.itertuples()) or "none"
    return f"Aid to {recipient} announced: {aid_text}.\nOther money, not aid to {recipient}: {other_text}."


def figures_overview(figures: pd.DataFrame, corpus: pd.DataFrame, recipient: str = "") -> str:
    """One sentence on the money mentions: how many, in how many articles, how many count, vague or qualified."""
    counted = (f"{int(figures['is_aid'].sum())} are aid to {recipient}" if recipient
               else f"{int(figures['is_aid'].sum())} are money given, lent or committed (no recipient of interest "
                    "is set in the study file, so an instrument or commitment word in the sentence decides)")
    return (f"{len(figures)} money mentions in {figures['doc_id'].nunique()} of {len(corpus)} articles; {counted}, "
            f"{int(figures['vague'].sum())} are vague (no number), {int(figures['approximate'].sum())} carry a "
            f"qualifier such as 'nearly'.")


def reconcile_findings(reconciled: pd.DataFrame) -> str:
    """One line per reconciled total: the parts, their sum against the stated total, and the gap."""
    lines = []
    for row in reconciled.drop_duplicates(["doc_id", "components"]).itertuples():
        gap = row.difference_usd
        if gap < 0:
            lines.append(f"{row.doc_id}: {row.components} = {usd_text(row.components_usd)} against the stated "
                         f"{row.total_span} ({usd_text(row.total_usd)}): the parts fall short by {usd_text(-gap)} "
                         f"({row.difference_pct:+.1f}%), which the copy covers by rounding up or with 'nearly'.")
        else:
            lines.append(f"{row.doc_id}: {row.components} = {usd_text(row.components_usd)} against the stated "
                         f"{row.total_span} ({usd_text(row.total_usd)}): the parts exceed it by {usd_text(gap)} "
                         f"({row.difference_pct:+.1f}%).")
    return "\n".join(lines) or "No figure in an article is the sum of other figures in it."
