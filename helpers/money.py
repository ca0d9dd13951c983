"""Money mentions in news text: "$1.25 billion", "£30m", "nearly $1 billion", "two billion dollars".

Every library we measured fails part of this ("£670bn" read as barn-newtons,
scale words ignored, "nearly" dropped), so the extractor is hand-written: two
compiled patterns (numeric forms; spelled and vague forms), each run only in
windows around a cheap trigger, with one alternative per form, then a light pass
for ranges ("$1.2-1.5 billion") and context for amounts that name no currency
("a 2.5 billion aid package").

Forms recognised
----------------
- symbol or ISO code before the number: ``$5``, ``US$1.5bn``, ``£30m``, ``€1,200``, ``¥3tn``, ``USD 5m``, ``EUR 1.4bn``;
- currency word or ISO code after it: ``20 euros``, ``5 million dollars``, ``10m pounds sterling``, ``5m USD``;
- spelled numbers: ``two billion dollars``, ``a billion euros``, ``half a billion dollars``;
- vague amounts (amount NaN): ``billions of dollars``, ``hundreds of millions of euros``, ``multibillion-dollar``;
- no currency but plainly money: ``a 2.5 billion aid package``, ``worth 300 million`` (currency "").

Scale words: thousand/k, million/m/mn/mln/mil., billion/bn/b/bil./bln, trillion/tn/trn.
A qualifier before the amount ("nearly", "about", "more than", "up to", ...) is
reported separately and makes the amount ``approximate``. Look-alikes are
rejected because they carry no currency and no money context: "Altius 600m",
"1,000-kilometre", "28-point plan", "600,000 households", "5%", "2025", "10pm".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

COLUMNS = ["span", "start", "end", "amount", "currency", "qualifier", "approximate", "vague"]

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mil.": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bil": 1e9, "bil.": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
    "nz$": "NZD", "hk$": "HKD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH",
}
ISO = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "HKD", "CNY", "RUB", "UAH", "PLN", "SEK", "NOK",
       "DKK", "INR")
WORDS = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "canadian dollar": "CAD",
    "australian dollar": "AUD", "new zealand dollar": "NZD", "hong kong dollar": "HKD",
    "pound": "GBP", "pound sterling": "GBP", "sterling": "GBP", "british pound": "GBP",
    "euro": "EUR", "yen": "JPY", "japanese yen": "JPY", "rouble": "RUB", "ruble": "RUB", "russian rouble": "RUB",
    "hryvnia": "UAH", "hryvnya": "UAH", "ukrainian hryvnia": "UAH", "swiss franc": "CHF", "franc": "CHF", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "zloty": "PLN", "złoty": "PLN", "swedish krona": "SEK", "swedish kronor": "SEK",
    "norwegian krone": "NOK", "norwegian kroner": "NOK", "danish krone": "DKK", "danish kroner": "DKK",
}
QUALIFIERS = {
    "nearly": "nearly", "almost": "almost", "about": "about", "around": "around", "approximately": "approximately",
    "roughly": "roughly", "some": "some", "close to": "close to", "an estimated": "an estimated",
    "estimated": "estimated", "more than": "more than", "over": "over", "just over": "just over",
    "just under": "just under", "under": "under", "less than": "less than", "fewer than": "less than",
    "up to": "up to", "at least": "at least", "at most": "at most", "in excess of": "in excess of",
    "upwards of": "upwards of", "as much as": "as much as",
}
UNITS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: Nouns and verbs that make a bare "2.5 billion" money: "aid package", "worth", ...
MONEY_NOUNS = ("package|aid|funding|fund|funds|deal|contract|contracts|budget|loan|loans|grant|grants|tranche|"
               "assistance|investment|investments|spending|support|programme|program|bailout|sanctions relief")
MONEY_VERBS = ("worth|valued at|costing|cost|costs|price of|budget of|sum of|total of|totalling|totaling|"
               "a further|an extra|an additional|pledged|pledging|pledges|allocated|allocating")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_SCALE = r"thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn"
_ABBR_SCALE = r"bil\.|mil\.|bil|mil"
_SCALE = rf"(?:\s?(?:{_WORD_SCALE})\b|\s?(?:{_ABBR_SCALE})(?![\w])|[kmb]\b)"
_SYM = r"(?:US\$|U\.S\.\s?\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|\$|£|€|¥|₹|₽|₴)"
_ISO = "|".join(ISO)
_ADJ = (r"(?:US |U\.S\. |American |Canadian |Australian |New Zealand |Hong Kong |British |Japanese |Russian |Ukrainian |"
        r"Swiss |Swedish |Norwegian |Danish )?")
_CURWORD = (rf"{_ADJ}(?:dollars?|pounds?(?: sterling)?|sterling|euros?|yen|roubles?|rubles?|hryvnias?|hryvnya|"
            r"francs?|yuan|renminbi|rupees?|zloty|złoty|kron(?:a|or|er|e))")
_SPELL_WORD = _alt([*UNITS, *TENS, "hundred"])
_SPELLED = rf"(?:half an?|(?:{_SPELL_WORD})(?:[\s-](?:{_SPELL_WORD}|and))*)"

#: Forms built on digits (and currency symbols or codes next to them).
NUMERIC = re.compile(
    r"(?:"
    # 1. symbol or ISO code first: $5, US$1.5bn, £30m, USD 5m
    rf"(?P<a_sym>{_SYM}|(?:{_ISO})\s?)(?P<a_num>{_NUM})(?P<a_scale>{_SCALE})?(?:\s(?P<a_word>{_CURWORD})\b)?"
    # 2. number then currency word or code: 20 euros, 5 million dollars, 5m USD
    rf"|(?<![\w.,$£€¥/-])(?P<b_num>{_NUM})(?P<b_scale>{_SCALE})?\s?(?:(?P<b_word>{_CURWORD})\b(?!\s+of\s)|(?P<b_iso>{_ISO})\b)"
    # 5. bare number with a word scale (checked for money context afterwards): 2.5 billion aid package
    rf"|(?<![\w.,$£€¥/-])(?P<e_num>{_NUM})\s?(?P<e_scale>{_WORD_SCALE})\b"
    r")",
    re.IGNORECASE,
)
#: Forms built on a scale word with no digits: spelled numbers and vague amounts.
WORDED = re.compile(
    # 3. spelled number, scale word, currency: two billion dollars
    rf"\b(?P<c_num>{_SPELLED})\s(?P<c_scale>thousand|million|billion|trillion)\s(?P<c_word>{_CURWORD})\b"
    # 4. vague: billions of dollars, hundreds of millions of euros, multibillion-dollar
    rf"|\b(?P<d_vague>(?:(?:hundreds|tens|dozens) of )?(?:thousands|millions|billions|trillions) of (?P<d_word>{_CURWORD})\b"
    rf"|multi-?(?:million|billion|trillion)[- ](?P<d_word2>dollar|pound|euro)s?\b)",
    re.IGNORECASE,
)
#: A qualifier ends right before the amount; looked for only where an amount matched (as an optional group
#: of the master pattern it was tried at every position and cost ~40% of the scan).
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qual>{_alt(QUALIFIERS)})\s+$", re.IGNORECASE)
_RANGE_TAIL = re.compile(rf"\s?(?:-|–|to|and)\s?(?P<sym>{_SYM})?(?P<num>{_NUM})(?P<scale>{_SCALE})?",
                         re.IGNORECASE)
_CONTEXT_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{MONEY_NOUNS})\b", re.IGNORECASE)
_CONTEXT_BEFORE = re.compile(rf"\b(?:{MONEY_VERBS})\s+(?:(?:{_alt(QUALIFIERS)})\s+)?(?:an?\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """One money mention: text[start:end] is the span (without the qualifier)."""

    span: str
    start: int
    end: int
    amount: float
    currency: str
    qualifier: str
    vague: bool

    def row(self) -> tuple:
        """The mention as a table row in ``COLUMNS`` order."""
        return (self.span, self.start, self.end, self.amount, self.currency, self.qualifier, bool(self.qualifier),
                self.vague)


def _scale(token: str | None) -> float:
    if not token:
        return 1.0
    key = token.strip().lower()
    return SCALES.get(key, SCALES.get(key.rstrip("."), 1.0))


def _number(text: str) -> float:
    return float(text.replace(",", ""))


_SINGULAR = {"dollars": "dollar", "pounds": "pound", "euros": "euro", "roubles": "rouble", "rubles": "ruble",
             "hryvnias": "hryvnia", "francs": "franc", "rupees": "rupee"}


def _word_currency(word: str | None) -> str:
    """ISO code of a currency phrase: "pounds sterling" GBP, "Swiss francs" CHF, "US dollars" USD ("" if unknown)."""
    if not word:
        return ""
    key = " ".join(_SINGULAR.get(w, w) for w in word.lower().split())
    return WORDS.get(key) or WORDS.get(key.split()[-1], "")


def spelled_number(words: str) -> float:
    """Value of a spelled number: "two" 2, "twenty-five" 25, "one hundred and fifty" 150, "half a" 0.5."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if tokens[:1] == ["half"]:
        return 0.5
    total, current = 0, 0
    for t in tokens:
        if t in UNITS:
            current += UNITS[t]
        elif t in TENS:
            current += TENS[t]
        elif t == "hundred":
            current = max(current, 1) * 100
    return float(total + current)


def _symbol_currency(symbol: str) -> str:
    key = symbol.strip().lower().replace(" ", "")
    return SYMBOLS.get(key) or (symbol.strip().upper() if symbol.strip().upper() in ISO else "")


def _has_money_context(text: str, start: int, end: int) -> bool:
    return bool(_CONTEXT_AFTER.match(text, end) or _CONTEXT_BEFORE.search(text[max(0, start - 40):start]))


#: Every money form holds a currency symbol or a digit (NUMERIC) or a scale word (WORDED): cheap scans for
#: these find the few places worth running the full patterns on.
NUMERIC_TRIGGER = re.compile(r"[$£€¥₹₽₴\d]")
WORDED_TRIGGER = re.compile(r"illion|housand|ILLION|HOUSAND")
#: Characters around a trigger searched with the full pattern: the longest spelled number before a scale
#: word ("nine hundred and ninety-nine m|illion", 30) and the longest currency phrase after a digit fit.
WINDOW = 40
_SPACE = re.compile(r"\s")


def _regions(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged windows around triggers; each ends at white space so no word is cut."""
    regions: list[list[int]] = []
    for m in trigger.finditer(text):
        start, end = max(0, m.start() - WINDOW), m.end() + WINDOW
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
    out: list[tuple[int, int]] = []
    for start, end in regions:
        if end >= len(text):
            end = len(text)
        else:
            space = _SPACE.search(text, end)
            end = space.start() if space else len(text)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def iter_mentions(text: str) -> list[Mention]:
    """All money mentions in ``text``, in order (see the module docstring for the forms)."""
    out: list[Mention] = []
    for pattern, trigger in ((NUMERIC, NUMERIC_TRIGGER), (WORDED, WORDED_TRIGGER)):
        for start, end in _regions(text, trigger):
            out.extend(_mentions_in(text, start, end, pattern))
    return _dedupe(out)


def _mentions_in(text: str, region_start: int, region_end: int, pattern: re.Pattern[str]) -> list[Mention]:
    """Mentions found by ``pattern`` within one region of ``text`` (look-behinds see the whole text)."""
    out: list[Mention] = []
    for m in pattern.finditer(text, region_start, region_end):
        before = _QUALIFIER_BEFORE.search(text, max(0, m.start() - 24), m.start())
        qual = QUALIFIERS[before.group("qual").lower()] if before else ""
        g = m.groupdict()
        if g.get("a_sym") is not None:
            start = m.start("a_sym")
            currency = _symbol_currency(g["a_sym"]) or _word_currency(g["a_word"])
            amount = _number(g["a_num"]) * _scale(g["a_scale"])
            scale_given = bool(g["a_scale"])
        elif g.get("b_num") is not None:
            start = m.start("b_num")
            currency = _word_currency(g["b_word"]) if g["b_word"] else g["b_iso"].upper()
            amount = _number(g["b_num"]) * _scale(g["b_scale"])
            scale_given = bool(g["b_scale"])
        elif g.get("c_num") is not None:
            start = m.start("c_num")
            currency = _word_currency(g["c_word"])
            amount = spelled_number(g["c_num"]) * _scale(g["c_scale"])
            scale_given = True
        elif g.get("d_vague") is not None:
            start = m.start("d_vague")
            currency = _word_currency(g["d_word"] or g["d_word2"])
            out.append(Mention(text[start:m.end()], start, m.end(), math.nan, currency, qual, True))
            continue
        else:
            start = m.start("e_num")
            if not _has_money_context(text, start, m.end()):
                continue
            currency = ""
            amount = _number(g["e_num"]) * _scale(g["e_scale"])
            scale_given = True
        mention = Mention(text[start:m.end()], start, m.end(), amount, currency, qual, False)
        out.extend(_with_range(text, mention, scale_given))
    return out


def _with_range(text: str, first: Mention, scale_given: bool) -> list[Mention]:
    """Split "$1.2-1.5 billion" / "$5m to 10m" into two mentions sharing currency (and scale)."""
    tail = _RANGE_TAIL.match(text, first.end)
    if not tail or not first.currency:
        return [first]
    connector = text[first.end:tail.start("num") if tail.group("sym") is None else tail.start("sym")].strip()
    if connector in ("and",) and not tail.group("scale"):
        return [first]
    if not tail.group("scale") and not scale_given:
        return [first]  # "$5 to 10" with no scale at all: not a range we can read safely
    scale = _scale(tail.group("scale")) if tail.group("scale") else None
    second_amount = _number(tail.group("num")) * (scale if scale else _scale_of(first))
    if not scale_given and scale:
        first = Mention(first.span, first.start, first.end, first.amount * scale, first.currency, first.qualifier,
                        False)
    start = tail.start("sym") if tail.group("sym") else tail.start("num")
    second = Mention(text[start:tail.end()], start, tail.end(), second_amount, first.currency, first.qualifier, False)
    return [first, second]


def _scale_of(mention: Mention) -> float:
    match = re.search(rf"(?:{_WORD_SCALE}|{_ABBR_SCALE}|[kmb])\.?$", mention.span, re.IGNORECASE)
    return _scale(match.group(0)) if match else 1.0


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions overlapping an earlier one (a range tail later matched again on its own)."""
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda x: (x.start, -x.end)):
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def extract_money(text: str) -> pd.DataFrame:
    """One row per money mention, in order: span (== text[start:end]), start, end, amount (whole units,
    NaN when vague), currency (ISO 4217, "" when unstated), qualifier, approximate, vague."""
    rows = [m.row() for m in iter_mentions(text)]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "amount": "float64", "approximate": "bool",
                         "vague": "bool"})
