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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from .text import trie_pattern

COLUMNS = ["span", "start", "end", "amount", "currency", "qualifier", "approximate", "vague"]

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mil.": 1e6, "mio": 1e6, "mio.": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bil": 1e9, "bil.": 1e9, "bln": 1e9, "mrd": 1e9, "mrd.": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "t": 1e12,
    "lakh": 1e5, "lac": 1e5, "crore": 1e7, "cr": 1e7, "lakh crore": 1e12,
    "millions": 1e6, "millionen": 1e6, "millones": 1e6, "milioni": 1e6, "milliard": 1e9, "milliards": 1e9,
    "milliarde": 1e9, "milliarden": 1e9, "miliardi": 1e9, "mil millones": 1e9,
}
#: Currency signs written before (or after) the number; ambiguous ones get a default here and a context
#: check in ``_resolve`` ("Rs" in a Lahore story is PKR, "kr" in an Oslo one NOK, "¥" in a Shanghai one CNY).
SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "sg$": "SGD", "nt$": "TWD", "r$": "BRL", "mex$": "MXN", "mx$": "MXN",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₪": "ILS", "₫": "VND", "₺": "TRY",
    "₦": "NGN", "₩": "KRW", "₱": "PHP", "฿": "THB", "rs": "INR", "rs.": "INR", "fr.": "CHF", "sfr": "CHF",
    "sfr.": "CHF", "rm": "MYR", "r": "ZAR", "zł": "PLN", "zl": "PLN", "kr": "SEK", "kr.": "SEK", "lei": "RON",
    "ft": "HUF", "kč": "CZK", "nis": "ILS",
}
ISO = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "HKD", "CNY", "RMB", "RUB", "UAH", "PLN", "SEK",
       "NOK", "DKK", "ISK", "INR", "PKR", "LKR", "NPR", "BDT", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ZAR", "TRY",
       "KRW", "SGD", "TWD", "THB", "MYR", "IDR", "PHP", "VND", "ILS", "AED", "SAR", "QAR", "KWD", "BHD", "OMR",
       "EGP", "MAD", "NGN", "KES", "GHS", "UGX", "TZS", "ETB", "CZK", "HUF", "RON", "BGN", "KZT", "GEL")
#: Currency words after a number (singular; plurals are matched too). "won" and "rand" are also verbs or
#: names, so they count only after a large or scaled number (``_plausible``).
WORDS = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "canadian dollar": "CAD",
    "australian dollar": "AUD", "new zealand dollar": "NZD", "hong kong dollar": "HKD", "singapore dollar": "SGD",
    "taiwan dollar": "TWD", "new taiwan dollar": "TWD",
    "pound": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "british pound": "GBP", "egyptian pound": "EGP",
    "euro": "EUR", "yen": "JPY", "japanese yen": "JPY", "rouble": "RUB", "ruble": "RUB", "russian rouble": "RUB",
    "russian ruble": "RUB", "hryvnia": "UAH", "hryvnya": "UAH", "ukrainian hryvnia": "UAH", "swiss franc": "CHF",
    "franc": "CHF", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "rupee": "INR", "indian rupee": "INR",
    "pakistani rupee": "PKR", "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "zloty": "PLN", "złoty": "PLN",
    "swedish krona": "SEK", "krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK", "krone": "NOK",
    "won": "KRW", "south korean won": "KRW", "korean won": "KRW", "peso": "MXN", "mexican peso": "MXN",
    "philippine peso": "PHP", "argentine peso": "ARS", "colombian peso": "COP", "chilean peso": "CLP",
    "brazilian real": "BRL", "real": "BRL", "lira": "TRY", "turkish lira": "TRY", "naira": "NGN", "shekel": "ILS",
    "new shekel": "ILS", "dirham": "AED", "riyal": "SAR", "saudi riyal": "SAR", "qatari riyal": "QAR", "rial": "OMR",
    "baht": "THB", "ringgit": "MYR", "rand": "ZAR", "forint": "HUF", "leu": "RON", "dong": "VND", "rupiah": "IDR",
    "taka": "BDT", "cedi": "GHS", "shilling": "KES", "kenyan shilling": "KES", "ugandan shilling": "UGX",
    "tanzanian shilling": "TZS", "birr": "ETB", "tenge": "KZT", "lari": "GEL", "koruna": "CZK", "czech koruna": "CZK",
    "lev": "BGN", "dinar": "",
}
#: Plurals that are not the singular plus "s".
_PLURALS = {"real": "reais", "krona": "kronor", "krone": "kroner", "leu": "lei", "lira": "lire", "lev": "leva",
            "koruna": "koruny", "złoty": "złotys", "zloty": "zlotys"}
#: Sub-units: value in whole units and the currency ("" = the currency of the nearest other amount).
SUBUNITS = {
    "cent": (0.01, ""), "¢": (0.01, ""), "euro cent": (0.01, "EUR"), "eurocent": (0.01, "EUR"),
    "penny": (0.01, "GBP"), "pennies": (0.01, "GBP"), "pence": (0.01, "GBP"), "p": (0.01, "GBP"),
    "dime": (0.1, "USD"), "nickel": (0.05, "USD"), "quarter": (0.25, "USD"), "kopeck": (0.01, "RUB"),
    "kopek": (0.01, "RUB"), "kopiyka": (0.01, "UAH"), "kopiyok": (0.01, "UAH"), "paisa": (0.01, "INR"),
    "paise": (0.01, "INR"), "grosz": (0.01, "PLN"), "groszy": (0.01, "PLN"), "centavo": (0.01, ""),
    "rappen": (0.01, "CHF"), "centime": (0.01, ""), "öre": (0.01, "SEK"), "kobo": (0.01, "NGN"),
    "pesewa": (0.01, "GHS"), "halala": (0.01, "SAR"), "fils": (0.01, "AED"),
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


def _plural_alt(words) -> str:
    """Each currency word, its last word optionally plural: "dollars?", "kron(?:a|or)" style, longest first."""
    forms = set()
    for word in words:
        forms.add(word)
        last = word.split()[-1]
        plural = _PLURALS.get(last, last if last.endswith(("s", "yen", "yuan", "won", "baht", "naira", "rand",
                                                          "dong", "rupiah", "ringgit", "taka", "birr", "tenge",
                                                          "lari", "renminbi", "sterling"))
                              else last + "s")
        forms.add(word[: len(word) - len(last)] + plural)
    return trie_pattern(forms, fold_case=True)


#: A number: English grouping (1,250,000.5), European (1.250.000,5), spaces or apostrophes (3 250 000,
#: 1'250'000), or plain (283,50 / 12.5); which separator is the decimal one is decided in ``parse_number``.
_NUM = (r"\d{1,3}(?:(?:,\d{2})+,\d{3}(?:\.\d+)?|(?:,\d{3})+(?:\.\d+)?|(?:\.\d{3})+(?:,\d+)?"
        r"|(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?"
        r"|(?:['’]\d{3})+(?:\.\d+)?)(?!\d)|\d+(?:[.,]\d+)?")
_WORD_SCALE = (r"lakh crore|lakh|lac|crore|thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn"
               r"|milliards?|milliarden?|millionen|millions|millones|miliardi|milioni|mil millones")
_ABBR_SCALE = r"bil\.|mil\.|mio\.|mrd\.|bil|mil|mio|mrd|cr"
_SCALE = rf"(?:\s?(?:{_WORD_SCALE})\b|\s?(?:{_ABBR_SCALE})(?![\w])|(?-i:MM|T)\b|[kmb]\b)"
_SYM = (r"(?:US\s?\$|U\.S\.\s?\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|SG\$|S\$|NT\$|R\$|MEX\$|MX\$|\$|£|€|¥|₹|₽|₴|₪|₫|₺|₦|₩|₱|฿"
        r"|(?-i:Rs\.?|rs\.?|RS\.?|Fr\.|SFr\.?|RM|NIS|kr\.?|Kr\.?|R(?=\d)))")
_ISO = "|".join(ISO)
#: An ISO code, upper case only ("try", "all" and "cop" are words), optionally with a scale letter ("MUSD").
_CODE = rf"(?-i:(?:MM|K|M)?(?:{_ISO}))|(?-i:usd|eur|gbp)"
#: Signs written after the number: "50.000₫", "-15€", "85 kr", "3,40 zł", "99¢" (the cent sign is a sub-unit).
_POST_SYM = r"€|\$|£|¥|₫|₹|₽|₴|₪|₺|₦|₩|₱|฿|(?-i:zł|zl|kr\.?|Kr\.?|lei|Ft|Kč)"
_ADJ_WORDS = [w for w in WORDS if " " in w]
_CURWORD = _plural_alt(WORDS)
_SUBWORD = _plural_alt(k for k in SUBUNITS if k not in ("p", "¢", "pennies", "paise", "groszy", "kopiyok"))
_SUB = rf"(?:{_SUBWORD}|pennies|paise|groszy|kopiyok)\b|¢|(?<=\d)p\b(?!\.\s?\d)"
_SPELL_WORD = trie_pattern([*UNITS, *TENS, "hundred"], fold_case=True)
_SPELLED = rf"(?:half an?|(?:{_SPELL_WORD})(?:[\s-](?:{_SPELL_WORD}|and))*)"

#: Forms built on digits (and currency symbols or codes next to them).
NUMERIC = re.compile(
    r"(?:"
    # 1. symbol or ISO code first: $5, US$1.5bn, £30m, USD 5m, "$ 75 million", EUR (0.12), $(1,204,331)
    rf"(?<![A-Za-z])(?P<a_sym>{_SYM}|(?:{_CODE})(?=\s?[-−\d(]))\s?(?P<a_minus>[-−]\s?)?(?P<a_open>\()?(?P<a_num>{_NUM})(?(a_open)\))"
    rf"(?P<a_scale>{_SCALE})?(?:\s(?P<a_word>{_CURWORD})\b)?"
    # 2. number then currency word, sub-unit, code or sign: 20 euros, 5m USD, 50 cents, 25p, 283,50 zł, (12,500) USD
    rf"|(?<![\w.,$£€¥/])(?P<b_open>\()?(?P<b_num>{_NUM})(?(b_open)\))(?P<b_scale>{_SCALE})?\s?"
    rf"(?:(?P<b_sub>{_SUB})|(?:d['’]|de\s)?(?P<b_word>{_CURWORD})\b|(?P<b_iso>{_CODE})\b|(?P<b_sym>{_POST_SYM})(?![\w$]|\s?\d))"
    # 5. bare number with a word scale (checked for money context afterwards): 2.5 billion aid package
    rf"|(?<![\w.,$£€¥/-])(?P<e_num>{_NUM})\s?(?P<e_scale>{_WORD_SCALE})\b"
    r")",
    re.IGNORECASE,
)
#: Forms built on a scale word or coin with no digits: spelled numbers, coins and vague amounts.
WORDED = re.compile(
    # 3. spelled number, scale word, currency: two billion dollars
    rf"\b(?P<c_num>{_SPELLED})\s(?P<c_scale>thousand|million|billion|trillion)\s(?P<c_word>{_CURWORD})\b"
    # 6. spelled number and coin: a penny, three pennies, two quarters, a US penny
    rf"|\b(?P<f_num>{_SPELLED})\s(?P<f_adj>(?:US|U\.S\.|American|British)\s)?"
    r"(?P<f_sub>penny|pennies|pence|cents?|dimes?|nickels?|quarters?)\b"
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
#: "5 pounds heavier", "2,000 pounds of flour": pounds of weight, not money.
_WEIGHT_AFTER = re.compile(r"\s*(?:of\s|heavier|lighter|overweight|underweight|in weight|a week\b)", re.IGNORECASE)
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh\w*|lost|gained|lose|gain|shed)\s+(?:about\s+|nearly\s+|some\s+)?$",
                            re.IGNORECASE)
#: Coins: "a quarter" is money only where coins are talked about.
_COIN_CONTEXT = re.compile(r"coin|cents?\b|penn(?:y|ies)|dimes?\b|nickels?\b|meter|slot|change\b|\$", re.IGNORECASE)
#: "a quarter of ...", "three quarters of ...": a share of something, never a coin.
_FRACTION_OF = re.compile(r"\s+of\b", re.IGNORECASE)
#: Context cues that change an ambiguous currency's default: {default: [(currency, cue pattern), ...]}.
_PLACE_CUES = {
    "INR": [("PKR", r"Pakistan|Lahore|Karachi|Islamabad|Rawalpindi|Peshawar|Faisalabad"),
            ("LKR", r"Sri Lanka|Colombo|Kandy"), ("NPR", r"Nepal|Kathmandu")],
    "SEK": [("NOK", r"Norw|Oslo|Bergen|Trondheim|Stavanger|Lillehammer|Tromsø"),
            ("DKK", r"Denmark|Danish|Copenhagen|Aarhus|Odense"), ("ISK", r"Iceland|Reykjav")],
    "NOK": [("DKK", r"Denmark|Danish|Copenhagen|Aarhus|Odense")],
    "JPY": [("CNY", r"China|Chinese|Beijing|Shanghai|Shenzhen|Guangzhou|yuan|renminbi|RMB|Hangzhou|Wuhan")],
    "AED": [("MAD", r"Morocc|Rabat|Casablanca|Marrakesh|Marrakech|Fez|Tangier")],
    "SAR": [("QAR", r"Qatar|Doha"), ("OMR", r"Oman|Muscat"), ("IRR", r"Iran|Tehran"), ("YER", r"Yemen|Sanaa")],
    "OMR": [("IRR", r"Iran|Tehran"), ("YER", r"Yemen|Sanaa"), ("SAR", r"Saudi|Riyadh|Jeddah")],
    "MXN": [("PHP", r"Philippin|Filipino|Manila|Cebu|Davao"), ("ARS", r"Argentin|Buenos Aires"),
            ("COP", r"Colombia|Bogot|Medell"), ("CLP", r"Chile|Santiago"), ("UYU", r"Urugua|Montevideo"),
            ("DOP", r"Dominican|Santo Domingo"), ("CUP", r"Cuba|Havana")],
    "KES": [("UGX", r"Uganda|Kampala"), ("TZS", r"Tanzania|Dar es Salaam|Dodoma"), ("SOS", r"Somalia|Mogadishu")],
    "CHF": [("XOF", r"CFA|Senegal|Dakar|Ivory Coast|Côte d|Abidjan|Mali|Bamako|Burkina|Niger\b|Benin|Togo"),
            ("XAF", r"Cameroon|Gabon|Congo-Brazzaville|Chad|Central African")],
    "": [("KWD", r"Kuwait"), ("JOD", r"Jordan|Amman"), ("IQD", r"Iraq|Baghdad"), ("RSD", r"Serbia|Belgrade"),
         ("DZD", r"Algeria|Algiers"), ("TND", r"Tunisia|Tunis"), ("BHD", r"Bahrain|Manama"), ("LYD", r"Libya")],
}
_PLACE_CUES_RE = {k: [(c, re.compile(rf"\b(?:{p})")) for c, p in v] for k, v in _PLACE_CUES.items()}
#: A sub-unit with no currency of its own takes the nearest amount's; failing that these cues, then USD.
_CENT_CUES = [(c, re.compile(rf"\b(?:{p})")) for c, p in [
    ("AUD", r"Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide|ASX"),
    ("CAD", r"Canad|Toronto|Ottawa|Montreal|Vancouver|Calgary|TSX"),
    ("NZD", r"New Zealand|Auckland|Wellington|NZX"), ("ZAR", r"South Africa|Johannesburg|Cape Town|Pretoria|Durban"),
    ("SGD", r"Singapore"), ("HKD", r"Hong Kong"), ("PHP", r"Philippin|Filipino|Manila|Cebu"),
    ("MXN", r"Mexic"), ("BRL", r"Brazil|São Paulo|Rio de Janeiro"),
    ("EUR", r"euro|Eurozone|Germany|German|France|French|Italy|Italian|Spain|Spanish|Paris|Berlin|Rome|Madrid"),
]]
_RAND_CUES = re.compile(r"\b(?:South Africa|Johannesburg|Cape Town|Pretoria|Durban|Soweto|Eastern Cape|Gauteng"
                        r"|KwaZulu|rand)\b")
#: Signs and words whose currency depends on where the story is set.
_AMBIGUOUS_SIGNS = {"rs", "rs.", "kr", "kr.", "¥", "fr."}


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
    #: A sub-unit ("45 cents") whose currency is taken from the story's other amounts afterwards.
    pending: bool = False

    def row(self) -> tuple:
        """The mention as a table row in ``COLUMNS`` order."""
        return (self.span, self.start, self.end, self.amount, self.currency, self.qualifier, bool(self.qualifier),
                self.vague)


def _scale(token: str | None) -> float:
    if not token:
        return 1.0
    key = " ".join(token.split()).lower()
    return SCALES.get(key, SCALES.get(key.rstrip("."), 1.0))


def parse_number(text: str, sign_after: bool = False, scaled: bool = False) -> float:
    """Value of a written number, deciding the decimal separator from the separators present.

    "1,250,000.5" and "1.250.000,5" and "1 250 000,5" and "1'250'000" all read as grouping plus decimals;
    a lone comma with three digits after it groups ("1,500"), with other counts it is decimal ("283,50");
    a lone dot with three digits groups only when the currency is written after the number, European
    style ("1.150 €"), and never before a scale word ("$1.500 billion" is 1.5 billion).
    """
    digits = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "").replace("’", "")
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        group = "." if decimal == "," else ","
        return float(digits.replace(group, "").replace(decimal, "."))
    if commas:
        if commas > 1 or len(digits) - digits.rfind(",") - 1 == 3:
            return float(digits.replace(",", ""))
        return float(digits.replace(",", "."))
    if dots > 1 or (dots == 1 and sign_after and not scaled and len(digits) - digits.rfind(".") - 1 == 3):
        return float(digits.replace(".", ""))
    return float(digits)


_SINGULAR = {"reais": "real", "kronor": "krona", "kroner": "krone", "lei": "leu", "lire": "lira", "leva": "lev",
             "koruny": "koruna", "pennies": "penny", "paise": "paise", "groszy": "groszy"}


def _singular(word: str) -> str:
    if word in _SINGULAR:
        return _SINGULAR[word]
    if word.endswith("s") and (word[:-1] in WORDS or word[:-1] in SUBUNITS or word[:-1] == "euro cent"):
        return word[:-1]
    return word


def _word_currency(word: str | None) -> str:
    """ISO code of a currency phrase: "pounds sterling" GBP, "Swiss francs" CHF, "US dollars" USD ("" if unknown)."""
    if not word:
        return ""
    words = " ".join(word.lower().split()).split(" ")
    key = " ".join([*words[:-1], _singular(words[-1])])
    if key in WORDS:
        return WORDS[key]
    key = " ".join(_singular(w) for w in words)
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
    if key in SYMBOLS:
        return SYMBOLS[key]
    code = symbol.strip()
    if code.upper() in ISO:
        return "CNY" if code.upper() == "RMB" else code.upper()
    for prefix in ("MM", "M", "K"):  # "MUSD", "KUSD": a scale letter glued to the code
        if code.startswith(prefix) and code[len(prefix):] in ISO:
            return code[len(prefix):]
    return ""


def _code_scale(code: str) -> float:
    """The scale letter glued to an ISO code: "MUSD" 1e6, "KEUR" 1e3, "USD" 1."""
    code = code.strip()
    if len(code) > 3 and code[-3:] in ISO:
        return {"K": 1e3, "M": 1e6, "MM": 1e6}.get(code[:-3], 1.0)
    return 1.0


def _sub_unit(word: str) -> tuple[float, str]:
    """(value in whole units, currency or "") of a sub-unit word: "cents" (0.01, ""), "pence" (0.01, GBP)."""
    key = " ".join(word.lower().split())
    if key in SUBUNITS:
        return SUBUNITS[key]
    return SUBUNITS.get(_singular(key), SUBUNITS.get(key.rstrip("s"), (0.01, "")))


#: Currencies whose word names them alone, though their sign is shared: "yen" is Japan's in a story set in China
#: ("¥" there is the yuan's); "rupee", "krone", "peso", "riyal" name several countries' money and go by place.
_ONE_CURRENCY_WORDS = frozenset({"JPY"})


def _resolve(default: str, text: str) -> str:
    """An ambiguous sign's currency from where the story is set: the first place cue found, else the default."""
    for currency, cue in _PLACE_CUES_RE.get(default, ()):
        if cue.search(text):
            return currency
    return default


def _has_money_context(text: str, start: int, end: int) -> bool:
    return bool(_CONTEXT_AFTER.match(text, end) or _CONTEXT_BEFORE.search(text[max(0, start - 40):start]))


#: Every money form holds a currency symbol or a digit (NUMERIC) or a scale word or a coin (WORDED): cheap
#: scans for these find the few places worth running the full patterns on.
#: (Each branch starts with a letter, never a look-behind or ``\b``, so the scan can skip ahead to those letters;
#: "2.5 billion" is left to the numeric pattern: no worded form starts with a digit.)
WORDED_TRIGGER = re.compile(r"illion(?<![\d.,] [mb]illion)(?<![\d.,][mb]illion)(?<![\d.,] trillion)(?<![\d.,]trillion)"
                            r"|housand(?<![\d.,] thousand)|ILLION|HOUSAND|penn(?:y|ies)\b|pence\b|dimes?\b|nickels?\b"
                            r"|quarters?\b(?<!headquarter)(?<!headquarters)"
                            r"|cent\b(?<![A-Za-z]cent)(?<!per cent)|cents\b(?<![A-Za-z]cents)(?<!per cents)")
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


#: Where a number starts (not inside "1,250,000" or "12.5").
_NUMBER_START = re.compile(r"\d(?<![\d.,'’]\d)")  # the digit first: the scan can skip to digits
#: How far before its first digit a numeric mention can start: "u.s. $ 3", "KUSD 450", "SFr. 20", "EUR (0.12)".
LEAD = 8


#: A currency sign or code ending right before a number (with a space, minus or bracket between).
#: (Searched with the number cut off by ``endpos``, so "R(?=\d)" becomes a plain "R" here.)
_SYM_LEAD = _SYM.replace(r"R(?=\d)", "R")
_LEAD = re.compile(rf"(?:(?<![A-Za-z])(?:{_SYM_LEAD}|{_CODE})\s?(?:[-−]\s?)?\(?|\()$", re.IGNORECASE)


_LOWER_LEADS = ("usd", "eur", "gbp", "rs", "kr")


def _numeric_matches(text: str) -> Iterator[re.Match[str]]:
    """``NUMERIC``'s matches, tried only where a mention can start: at a sign or code right before a number,
    else at the number itself.

    Running the pattern over every position of a window around each digit cost most of the time (a long
    alternation tried at each letter); one anchored attempt or two per number gives the same matches.
    """
    last_end = 0
    for digit in _NUMBER_START.finditer(text):
        pos = digit.start()
        if pos < last_end:
            continue
        before = text[pos - 1] if pos else " "
        if before == " " and pos > 1:
            before = text[pos - 2]
        # most numbers follow a space and a lower-case word ("in 2025"): no sign can end there, unless the word is
        # a lower-case code or sign ("usd 5", "rs 4,500", "kr 85")
        lead = None if (before.islower() or before.isdigit()) and not text[max(0, pos - 5):pos].lower().rstrip(
            " .").endswith(_LOWER_LEADS) else _LEAD.search(text, max(last_end, pos - LEAD), pos)
        m = NUMERIC.match(text, lead.start()) if lead else None
        if m is None or m.end() <= pos:
            m = NUMERIC.match(text, pos)
        if m is not None:
            last_end = m.end()
            yield m


def iter_mentions(text: str) -> list[Mention]:
    """All money mentions in ``text``, in order (see the module docstring for the forms)."""
    out = _mentions_in(text, _numeric_matches(text))
    for start, end in _regions(text, WORDED_TRIGGER):
        out.extend(_mentions_in(text, WORDED.finditer(text, start, end)))
    return _with_sub_unit_currency(text, _dedupe(out))


def _plausible(text: str, m: re.Match[str], amount: float, scaled: bool) -> bool:
    """Reject look-alikes the grammar lets through: pounds of weight, "R2" roads, "won 3", lone "a quarter"."""
    g = m.groupdict()
    word = (g.get("b_word") or "").lower()
    if word.startswith("pound") and (_WEIGHT_AFTER.match(text, m.end())
                                     or _WEIGHT_BEFORE.search(text, max(0, m.start() - 30), m.start())):
        return False
    if word in ("won", "rand", "real") and not (scaled or amount >= 100):
        return False
    if (g.get("a_sym") or "") == "R" and not (scaled or "." in g["a_num"] or "," in g["a_num"]
                                              or _RAND_CUES.search(text)):
        return False
    sub = (g.get("b_sub") or g.get("f_sub") or "").lower()
    if sub.startswith("quarter") and _FRACTION_OF.match(text, m.end()):
        return False  # "roughly a quarter of the project's cost": a fraction, whatever money stands near it
    return not sub.startswith("quarter") or bool(_COIN_CONTEXT.search(text, max(0, m.start() - 80), m.end() + 80))


def _negative(text: str, start: int, end: int, opened: bool, scaled: bool, before: list[Mention]) -> tuple[int, int]:
    """(start, end) widened over a minus sign or accounting brackets when the amount is negative, else (0, 0).

    "-15€", "−$3.2 million" and "($99.99)" are negative; a hyphen after a digit is a range ("5-10 euros"),
    and brackets around a scaled amount or right after another amount are a conversion ("£30m (US$38m)").
    """
    if opened:
        return start, end
    head = text[max(0, start - 3):start]
    sign = re.search(r"(?:^|[^\w.,%)])([-−])\s?$", head)
    if sign:
        return start - (len(head) - sign.start(1)), end
    bracketed = start and text[start - 1] == "(" and text[end:end + 1] == ")" and not scaled
    if bracketed and not any(0 <= start - 1 - m.end <= 3 for m in before):
        return start - 1, end + 1
    return 0, 0


def _mentions_in(text: str, matches: Iterable[re.Match[str]]) -> list[Mention]:
    """The mentions read from the pattern ``matches`` in ``text`` (filtered, signed, with range bounds)."""
    out: list[Mention] = []
    for m in matches:
        before = _QUALIFIER_BEFORE.search(text, max(0, m.start() - 24), m.start())
        qual = QUALIFIERS[before.group("qual").lower()] if before else ""
        g = m.groupdict()
        end, pending = m.end(), False
        opened = bool(g.get("a_open") or g.get("b_open") or g.get("a_minus"))
        if g.get("a_sym") is not None:
            start = m.start("a_sym")
            sign = g["a_sym"]
            currency = _symbol_currency(sign) or _word_currency(g["a_word"])
            if sign.strip().lower() in _AMBIGUOUS_SIGNS and not g["a_word"]:
                currency = _resolve(currency, text)
            scale_given = bool(g["a_scale"]) or _code_scale(sign) != 1.0
            european = text[end:end + 2] in (",-", ",–")  # "€ 425.000,-"
            amount = (parse_number(g["a_num"], sign_after=european, scaled=scale_given) * _scale(g["a_scale"])
                      * _code_scale(sign))
        elif g.get("b_num") is not None:
            start = m.start("b_num") - (1 if g["b_open"] else 0)
            scale_given = bool(g["b_scale"])
            amount = parse_number(g["b_num"], sign_after=True, scaled=scale_given) * _scale(g["b_scale"])
            if g["b_word"]:
                currency = _word_currency(g["b_word"])
                if currency in _PLACE_CUES and currency not in _ONE_CURRENCY_WORDS and " " not in g["b_word"].strip():
                    currency = _resolve(currency, text)
            elif g["b_sub"]:
                value, currency = _sub_unit(g["b_sub"])
                amount, pending = amount * value, not currency
            elif g["b_iso"]:
                currency = _symbol_currency(g["b_iso"])
                amount *= _code_scale(g["b_iso"])
                scale_given = scale_given or _code_scale(g["b_iso"]) != 1.0
            else:
                currency = _symbol_currency(g["b_sym"])
                if g["b_sym"].strip().lower() in _AMBIGUOUS_SIGNS:
                    currency = _resolve(currency, text)
        elif g.get("c_num") is not None:
            start = m.start("c_num")
            currency = _word_currency(g["c_word"])
            amount = spelled_number(g["c_num"]) * _scale(g["c_scale"])
            scale_given = True
        elif g.get("f_num") is not None:
            start = m.start("f_num")
            value, currency = _sub_unit(g["f_sub"])
            if g["f_adj"]:
                currency = "GBP" if g["f_adj"].strip().lower() == "british" else "USD"
            amount, pending, scale_given = spelled_number(g["f_num"]) * value, not currency, False
            if g["f_sub"].lower().startswith("penn") and not g["f_adj"]:
                pending = True  # a US or a British penny: the story's other amounts tell
        elif g.get("d_vague") is not None:
            start = m.start("d_vague")
            currency = _word_currency(g["d_word"] or g["d_word2"])
            out.append(Mention(text[start:end], start, end, math.nan, currency, qual, True))
            continue
        else:
            start = m.start("e_num")
            if not _has_money_context(text, start, end):
                continue
            scale = g["e_scale"].lower()
            currency = "INR" if scale in ("lakh", "lac", "crore", "lakh crore") else ""
            amount = parse_number(g["e_num"]) * _scale(scale)
            scale_given = True
        if not _plausible(text, m, amount, scale_given):
            continue
        neg_start, neg_end = _negative(text, start, end, opened, scale_given, out)
        if neg_end:
            start, end, amount = neg_start, neg_end, -abs(amount)
        mention = Mention(text[start:end], start, end, amount, currency, qual, False, pending)
        if g.get("b_num") is not None and not opened:
            out.extend(_range_head(text, mention, g["b_scale"]))
        out.extend(_with_range(text, mention, scale_given))
    return out


_RANGE_HEAD = re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s?(?:-|–|to)\s?$", re.IGNORECASE)


def _range_head(text: str, second: Mention, scale: str | None) -> list[Mention]:
    """The first bound of a range written before a currency-after amount: "65.000–75.000 €", "5-10 euros",
    "20 to 30 million dollars" (the bound shares the second's currency and scale)."""
    head = _RANGE_HEAD.search(text, max(0, second.start - 30), second.start)
    if not head or not second.currency:
        return []
    amount = parse_number(head.group("num"), sign_after=True, scaled=bool(scale)) * _scale(scale)
    start, end = head.start("num"), head.end("num")
    return [Mention(text[start:end], start, end, amount, second.currency, second.qualifier, False)]


def _with_sub_unit_currency(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give "cents" and pennies the currency of the nearest amount that has one, else of the place cues, else
    the default (USD for cents, GBP for pennies): "fell 80 cents to R21.99" is ZAR, "45 cents a share" after
    "$1.2 billion" USD."""
    if not any(m.pending for m in mentions):
        return mentions
    known = [m for m in mentions if not m.pending and m.currency and not m.vague]
    out = []
    for m in mentions:
        if m.pending:
            near = min(known, key=lambda k: abs(k.start - m.start), default=None)
            penny = m.span.lower().rstrip("s").endswith(("penny", "pennie"))
            if near is not None and (not penny or near.currency in ("USD", "GBP")):
                currency = near.currency
            elif penny:
                currency = "USD" if _CENT_CUES and re.search(r"\b(?:US|U\.S\.|American|cents?)\b", text) else "GBP"
            else:
                currency = next((c for c, cue in _CENT_CUES if cue.search(text)), "USD")
            m = replace(m, currency=currency, pending=False)
        out.append(m)
    return out


def _with_range(text: str, first: Mention, scale_given: bool) -> list[Mention]:
    """Split "$1.2-1.5 billion" / "$5m to 10m" into two mentions sharing currency (and scale)."""
    tail = _RANGE_TAIL.match(text, first.end)
    if not tail or not first.currency or first.pending:
        return [first]
    connector = text[first.end:tail.start("num") if tail.group("sym") is None else tail.start("sym")].strip()
    if connector in ("and",) and not tail.group("scale"):
        return [first]
    if not tail.group("scale") and not tail.group("sym"):
        return [first]  # "$5 to 10", "$4.69bn to 22 women": a bare number after "to" is not a range's end
    scale = _scale(tail.group("scale")) if tail.group("scale") else None
    second_amount = parse_number(tail.group("num")) * (scale if scale else _scale_of(first))
    if not scale_given and scale:
        first = replace(first, amount=first.amount * scale)
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


_TYPES = {"start": "int64", "end": "int64", "amount": "float64", "approximate": "bool", "vague": "bool"}


def extract_money(text: str) -> pd.DataFrame:
    """One row per money mention, in order: span (== text[start:end]), start, end, amount (whole units,
    NaN when vague), currency (ISO 4217, "" when unstated), qualifier, approximate, vague.

    For many texts use ``extract_money_batch``: one table for all of them, without the cost of building a
    DataFrame per text (which, not the scan, dominates on short articles)."""
    rows = [m.row() for m in iter_mentions(text)]
    return pd.DataFrame(rows, columns=COLUMNS).astype(_TYPES)


def extract_money_batch(texts: Iterable[str], ids: Iterable[Any] | None = None) -> pd.DataFrame:
    """Money mentions of many texts as one table: a ``doc_id`` column (the ``ids``, default the position)
    followed by ``extract_money``'s columns; offsets are within each text."""
    texts = list(texts)
    keys = list(ids) if ids is not None else list(range(len(texts)))
    if len(keys) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(keys)} ids")
    doc_ids: list[Any] = []
    rows: list[tuple] = []
    for key, text in zip(keys, texts):
        found = iter_mentions(text)
        doc_ids.extend([key] * len(found))
        rows.extend(m.row() for m in found)
    frame = pd.DataFrame(rows, columns=COLUMNS).astype(_TYPES)
    frame.insert(0, "doc_id", pd.Series(doc_ids, dtype=object if doc_ids else "object"))
    return frame
