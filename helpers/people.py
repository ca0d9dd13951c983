"""People the articles name, found in the text itself rather than looked up in a list.

A user's corpus is about people the package has never heard of (Guterres, Stiell and
Babayev in a climate-finance corpus). ``article_people`` finds them in one article:

1. candidates are runs of two to four capitalised words ("UN Secretary-General
   Antonio Guterres", "Ursula von der Leyen"), with leading titles and descriptors
   stripped ("Antonio Guterres");
2. a candidate is kept as a person only with evidence that it names one: a title or
   honorific before it ("Mr", "President", "Secretary-General"), a reporting verb right
   after it ("... Guterres said"), an age before or after it ("19-year-old Kwabena
   Osei-Mensah", "Hoa Tran, now 34,"), or its surname used on its own elsewhere in the
   article; runs holding an organisation or place word ("Union", "Ministry", "Bank"),
   a month or weekday, or a country name are never people;
3. every later surname-only mention ("Guterres", "Mr Guterres") counts for the last
   full name with that surname.

``corpus_people`` merges the articles' counts under one canonical name per person
(the most used full form). All of it is general knowledge of how English news names
people: nothing here is tied to a topic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import cache, lru_cache

import pandas as pd
import regex
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .gender import given_name_gender, is_given_name
from .text import ARABIC_ARTICLE, NAME_PARTICLES, NAME_PARTICLES_RE

#: Words that introduce a person's name: honorifics, offices and ranks (lower case, full stops dropped).
TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "father", "sheikh", "king", "queen", "prince", "princess", "pope", "president", "vice", "prime", "minister", "secretary", "general", "secretary-general", "chancellor", "premier", "governor", "mayor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "speaker", "chairman", "chairwoman", "chair", "chief", "executive", "ceo", "cfo", "director", "ambassador", "envoy", "commissioner", "judge", "justice", "attorney", "prosecutor", "lt", "lieutenant", "gen", "col", "colonel", "maj", "major", "capt", "captain", "admiral", "sgt", "sergeant", "commander", "marshal", "officer", "spokesman", "spokeswoman", "spokesperson", "deputy", "foreign", "defence", "defense", "finance", "interior", "health", "trade", "climate", "environment", "economy", "state", "former", "acting", "interim", "new", "head", "leader", "founder", "coach", "manager", "skipper", "president-elect", "minister-designate", "mp", "mep", "un", "eu", "us", "u.s.", "uk", "nato", "who", "imf",
                    # local offices, police ranks and clergy ("parish councillor Tom Reddy", "Det Insp Sarah Lyle")
                    "cllr", "councillor", "councilman", "councilwoman", "councilmember", "alderman", "assemblymember",
                    "assemblyman", "assemblywoman", "selectman", "sheriff", "constable", "con", "inspector", "insp", "det",
                    "detective", "superintendent", "supt", "magistrate", "bishop", "archbishop", "cardinal", "rabbi",
                    "imam", "pastor", "vicar",
                    # the law's offices ("Additional Advocate-General S. Mohan Kumar", "Gda Niamh Brennan")
                    "advocate", "advocate-general", "solicitor-general", "attorney-general", "counsel", "solicitor",
                    "barrister", "additional", "gda", "garda",
                    # South Asian district offices ("District Collector K.P. Karthikeyan")
                    "collector", "corporator", "sarpanch", "tehsildar",
                    # Malaysian and Bruneian honorifics ("Human Resources Minister Datuk Seri Ramasamy Kandiah")
                    "datuk", "dato", "dato'", "dato’", "datin", "seri", "tun", "puan", "pehin", "pengiran"])

#: Words that make a capitalised run an organisation, place, event or document rather than a person.
NOT_PERSON = frozenset(["union", "nations", "council", "ministry", "department", "office", "house", "bank", "fund", "organisation", "organization", "agency", "party", "court", "parliament", "congress", "senate", "assembly", "commission", "committee", "forces", "force", "army", "navy", "air", "guard", "police", "service", "services", "university", "college", "school", "institute", "foundation", "group", "company", "corporation", "corp", "inc", "ltd", "plc", "llc", "spa", "gmbh", "bhd", "srl", "news", "times", "post", "journal", "press", "daily", "herald", "tribune", "telegraph", "guardian", "independent", "network", "television", "radio", "tv", "street", "road", "avenue", "square", "airport", "station", "port", "bridge", "hotel", "centre", "center", "republic", "kingdom", "states", "emirates", "island", "islands", "city", "county", "province", "region", "district", "state", "coast", "sea", "ocean", "river", "lake", "mountain", "mountains", "valley", "creek", "canyon", "falls", "glacier", "gorge", "fjord", "lagoon", "reef", "harbour", "harbor", "estuary", "wetlands", "reservoir", "highway", "motorway", "freeway", "boulevard", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "asia", "africa", "europe", "oceania", "antarctica", "americas", "caribbean", "pacific", "atlantic", "mediterranean", "balkans", "sahel", "summit", "conference", "agreement", "treaty", "accord", "deal", "plan", "act", "bill", "law", "day", "week", "weekend", "month", "year", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "cup", "league", "championship", "games", "olympics", "prize", "award", "town", "united", "rovers", "athletic", "wanderers", "albion", "fc", "afc",
                        # the last words of companies' names ("BagFlow Systems", "Brightwater Logistics")
                        "systems", "solutions", "technologies", "logistics", "foods", "motors", "airways",
                        "pharmaceuticals", "therapeutics", "biosciences", "analytics", "robotics", "electronics",
                        "telecom", "communications", "software", "insurance", "properties", "mining", "metals",
                        "securities", "investments", "brokerage", "semiconductor", "semiconductors", "energy",
                        "team", "unit", "squad", "taskforce",  # "Major Collision Enquiry Team", "Serious Crime Unit"
                        "industries", "enterprises", "holdings", "ventures", "partners", "world", "global", "international", "national", "federal", "european", "african", "asian", "american", "british", "french", "german", "russian", "chinese", "indian", "arab", "islamic", "climate", "change", "cop", "fund", "programme", "program", "project", "initiative", "alliance", "coalition", "movement", "front", "church", "mosque", "stock", "exchange", "market", "index", "kremlin", "pentagon", "vatican", "elysee", "élysée", "whitehall", "downing", "capitol", "networks", "airlines", "labs", "utilities", "capital", "energy", "power", "media", "studios", "entertainment", "elections",
                        # bodies' last words that are never a surname ("Early Detection Trust", "Water Authority")
                        "trust", "authority", "embassy", "utility", "federation", "association", "society", "hospital",
                        "observatory", "board", "cooperative", "bureau", "presidency", "academy", "inspectorate",
                        "secretariat", "consortium", "consulate", "directorate", "watchdog", "regulator", "insurer",
                        "airline", "charity", "government", "administration", "partnership", "chamber", "forum"])

REPORTING_VERBS = frozenset(["said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "wrote", "writes", "warned", "warns", "urged", "urges", "insisted", "insists", "argued", "argues", "stated", "states", "explained", "explains", "claimed", "claims", "announced", "announces", "stressed", "stresses", "declared", "declares", "acknowledged", "admitted", "replied", "responded", "asked", "asks", "called", "calls"])

_PARTICLES = rf"(?:{NAME_PARTICLES_RE}|st\.?)"
#: A capitalised word, or an initial or run of initials ("K." in "K. Venkatesh Rao", "W." in "George W. Bush", "K.P." in
#: "K.P. Karthikeyan": tried first, so a run does not stop at the initial's letter).
_CAP = (r"(?:(?:\p{Lu}\.){1,3}(?=[ \t])|"
        # "Hye-jin", "Seung-woo"; never "China-aided", "Post-war", "Paris-based"
        r"\p{Lu}\p{Ll}{1,5}-(?!(?:aided|based|born|led|run|owned|made|backed|funded|style|era|war|year|day|time|term|"
        r"level|type|wide|free|like|sized|bound|only|old|new|linked|held)(?![\p{L}-]))\p{Ll}{1,5}(?![\p{L}-])|"
        r"\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\.|"
        rf"{ARABIC_ARTICLE}\p{{Lu}}[\p{{Ll}}'’]+)")  # an Arabic family name with its article: "al-Riyami", "el-Sayed"
#: Two to nine capitalised words on one line (particles such as "von der" allowed between them).
_RUN_RE = regex.compile(rf"(?<![\p{{L}}\d'’.-]){_CAP}(?:[ \t]+(?:{_PARTICLES}[ \t]+)*{_CAP}){{1,8}}(?![\p{{L}}\d'’-])")
_WORD_AFTER_RE = regex.compile(r"[\s,]*(\p{L}+)")


@cache
def _country_words() -> frozenset[str]:
    """Lower-case country names and their words (pycountry's ISO 3166 list): "saudi arabia", "france"."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    return frozenset(names)


def _clean_word(word: str) -> str:
    """A word without a possessive ending ("Starmer’s" -> "Starmer")."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def strip_titles(words: list[str]) -> tuple[list[str], bool]:
    """The name at the end of a capitalised run, and whether a title came before it.

    Leading titles, descriptors, sentence-initial function words and possessors are
    dropped: "UN Secretary-General Antonio Guterres" -> (Antonio Guterres, True),
    "Ukraine's Volodymyr Zelensky" -> (Volodymyr Zelensky, False).
    """
    out = list(words)
    titled = False
    while len(out) > 2 or (len(out) > 1 and not _is_name(out)):
        first = out[0].lower().rstrip(".")
        if _INITIALS_RE.fullmatch(out[0]):
            break  # an initial ("K. Venkatesh Rao", "R. Lakshmi", "K.P. Karthikeyan"), not an acronym or a title
        if first in TITLES or out[0] in ("Eng.", "Excellency") or (out[0].isupper() and len(out[0]) > 1):
            # an acronym ("UN"), never the article "A"; an engineer's "Eng." and "His Excellency" in Gulf state media
            titled = True
        elif not ((first in ENGLISH_STOP_WORDS and first not in _GIVEN_NAME_WORDS) or first in NOT_PERSON
                  or out[0].endswith(("'s", "’s")) or _core_length(out) > 4):
            break  # ("Nor Azizah binti Hamid": a given name, though "nor" is a stop word)
        out.pop(0)
    # letters of an office inside the run ("Tipperary TD Mairéad Fennelly", "Kitengela Ward MCA Daniel Munyao"): the
    # name follows them
    offices = [i for i, w in enumerate(out[:-2]) if w.strip(".,") in POST_NOMINALS
               or (w.isupper() and 2 <= len(w) <= 5 and w.isalpha() and not _INITIALS_RE.fullmatch(w))]
    if offices and _is_name(out[offices[-1] + 1:]):
        out, titled = out[offices[-1] + 1:], True
    if not _is_name(out):  # "Energy Minister Kate Aldridge", "Deputy Infrastructure Minister Oleksandr Hnatenko"
        inner = [i for i, w in enumerate(out[:-2]) if w.lower().rstrip(".") in TITLES]
        if inner and _is_name(out[inner[-1] + 1:]):
            out, titled = out[inner[-1] + 1:], True
    out = strip_descriptor(out)
    if not _is_name(out):  # "(Head of) Iran Fisheries Organization Hossein Rahimi": an institution before the name
        inst = [i for i, w in enumerate(out[:-2]) if _clean_word(w).lower() in NOT_PERSON]
        if inst and _is_name(out[inst[-1] + 1:]):
            out = out[inst[-1] + 1:]
    out[-1] = _clean_word(out[-1])
    return out, titled


#: A word for someone by their children or grandchildren before their name: "Mum-of-three", "Father-of-two",
#: "Grandmother-of-11".
FAMILY_COUNT_RE = regex.compile(r"[A-Z][a-z]+-of-(?:[a-z]+|\d+)")


#: A capitalised first word this common in English (wordfreq's Zipf scale: "substitute" 4.2, "farmer" 4.2) before
#: a surname is a descriptor opening the sentence, not a given name.
DESCRIPTOR_ZIPF = 3.5
#: A last word this rare in English is a surname ("darko-reid" under 1, "okafor" 2.6); names of mastheads and
#: companies end in everyday words ("Horizon" 4.1, "Courier" 3.7, "Polymers"). Shared by the descriptor rule, the
#: copyright holder test (``corpus``) and the company test (``quotes``).
SURNAME_RARE_ZIPF = 3.0


def _demonym(word: str) -> bool:
    """A people's or a country's adjective ("Kenyan", "Norwegian", "Chinese", "Scottish") that some bearers also carry
    as a given name: before another given name it describes the person ("Kenyan Daniel Kiplagat")."""
    from wordfreq import zipf_frequency

    from .gender import is_common_given_name

    return bool(regex.fullmatch(r"\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)", word)) and zipf_frequency(
        word.lower(), "en") >= DESCRIPTOR_ZIPF and not is_common_given_name(word)  # never "Brian", "Susan", "Julian"


def strip_descriptor(words: list[str]) -> list[str]:
    """A name without the descriptor that opens its sentence: "Pensioner Margaret Hollis" (a word before a given
    name), "Substitute Kobina Darko-Reid" (an everyday word before a rare surname), "Mum-of-three Tracey"."""
    if len(words) > 1 and FAMILY_COUNT_RE.fullmatch(words[0]):  # "Mum-of-three Tracey": Tracey
        return words[1:]
    initial = len(words[0]) == 2 and words[0][1] == "." and words[0][0].isupper()  # "S. Mohan Kumar" keeps "S."
    if len(words) >= 3 and not initial and _is_name(words[1:]) and (
            not is_given_name(words[0]) or _demonym(words[0])) and not _foreign_word(words[0]) and (
            is_given_name(words[1]) or _descriptor_before_surname(words[0], words[-1])):
        return strip_descriptor(words[1:])  # and a second one: "Fellow Kenyan Daniel Kiplagat"
    return words


#: Nouns for things whose name may run into the name after it in state-media style ("the captain of the
#: icebreaker Yamal Alexei Smirnov"): the run's first word is the thing's name when one stands right before it.
THING_NOUNS = frozenset(["icebreaker", "ship", "vessel", "tanker", "ferry", "yacht", "frigate", "destroyer", "cruiser",
                         "submarine", "aircraft", "airliner", "rocket", "spacecraft", "satellite", "probe", "rover",
                         "locomotive", "racehorse", "horse", "hotel", "restaurant", "trawler", "barge", "tug"])
_THING_BEFORE = regex.compile(rf"\b(?:{'|'.join(sorted(THING_NOUNS))})[ \t]+$")
#: Nouns in lower case for a firm or an organisation right before its name: "research firm Delta Konsum",
#: "the insurer Halden Mutual" (the name is the body's, never a person's, however it reads).
ORGANISATION_NOUNS = frozenset(["firm", "company", "consultancy", "bank", "lender", "insurer", "retailer", "startup",
                                "start-up", "brand", "chain", "carrier", "airline", "operator", "developer", "broker",
                                "manufacturer", "maker", "supplier", "platform", "broadcaster", "publisher", "charity",
                                "nonprofit", "non-profit", "organisation", "organization", "conglomerate", "group",
                                "fund", "funds", "agency", "outlet", "newspaper", "magazine", "website", "app"])
_ORGANISATION_BEFORE = regex.compile(rf"(?<![A-Z][\w-]*[ \t]+)\b(?:{'|'.join(sorted(ORGANISATION_NOUNS))})[ \t]+$")


def after_thing(name: str, text: str, start: int) -> str:
    """A name of three words or more without its first when a thing's noun stands right before it at ``start``
    ("the icebreaker Yamal Alexei Smirnov" -> "Alexei Smirnov": the ship, then its captain); else the name."""
    words = name.split()
    if len(words) >= 3 and _THING_BEFORE.search(text, max(0, start - 16), start) and _is_name(words[1:]):
        return " ".join(words[1:])
    return name


def _descriptor_before_surname(first: str, last: str) -> bool:
    """True when ``first`` is an everyday English word and ``last`` a rare one: "Substitute ... Darko-Reid"."""
    from wordfreq import zipf_frequency

    return (zipf_frequency(first.lower(), "en") >= DESCRIPTOR_ZIPF
            and zipf_frequency(_clean_word(last).lower(), "en") < SURNAME_RARE_ZIPF)


def _core_length(words: list[str]) -> int:
    """Words of a name not counting particles ("Lula da Silva" has two)."""
    return sum(w not in NAME_PARTICLES for w in words)  # "von", "bin" (lower case); "Ben Aziz", "Le Pen" count


#: Given names that are also everyday words (a bill, the will, nor): a name's first word all the same ("Bill
#: Tanaka", "Nor Azizah binti Hamid").
_GIVEN_NAME_WORDS = frozenset(["bill", "will", "nor"])


#: First words of place names, never of a person's: "São Paulo", "Santa Cruz", "Los Alamos", "Puerto Montt".
PLACE_OPENERS = frozenset(["são", "san", "santa", "santo", "santiago", "los", "las", "puerto", "porto", "fort", "port",
                           "ciudad", "villa", "nueva", "nuevo", "mount", "lake", "cape", "bahía", "bahia"])


#: A name's initials: "R." in "R. Meenakshi", "K.P." in "K.P. Karthikeyan" (never a word, an acronym or a title).
_INITIALS_RE = regex.compile(r"(?:\p{Lu}\.){1,3}")


def _is_name(words: list[str]) -> bool:
    """Two to four words besides particles, none an organisation/place/time word or title, no country, not all
    capitals (initials apart: "A. Jebaraj", "K.P. Karthikeyan")."""
    if not 2 <= _core_length(words) <= 4 or words[0] in NAME_PARTICLES:
        return False
    lowered = [_clean_word(w).lower().rstrip(".") for w in words]
    if lowered[0] in PLACE_OPENERS:
        return False
    if any((w in NOT_PERSON or w in TITLES or (w in ENGLISH_STOP_WORDS and w not in NAME_PARTICLES))
           and not (k == 0 and w in _GIVEN_NAME_WORDS) and not _INITIALS_RE.fullmatch(words[k])
           for k, w in enumerate(lowered)):
        return False
    if any(w.isupper() and len(w) > 2 and not _INITIALS_RE.fullmatch(w) for w in words):
        return False
    countries = _country_words()
    return " ".join(lowered) not in countries and not any(w in countries for w in lowered)


#: Capitalised run as written -> (name, titled, is a name): a pure function of the run, computed once per run.
_RUN_INFO: dict[str, tuple[str, bool, bool]] = {}
#: Distinct runs remembered (bounded memory on huge corpora).
_RUN_INFO_MAX = 200_000


#: An article right before a run: "a Fine Gael TD" describes someone, it names no one.
_ARTICLE_BEFORE_RE = regex.compile(r"\b(?:a|an|the)[ \t]+$", regex.IGNORECASE)
#: Letters after a name that are no part of it: members of parliaments and senior lawyers.
POST_NOMINALS = frozenset(["TD", "MP", "MSP", "MS", "MLA", "MEP", "MHK", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE",
                           "DBE", "PhD", "Jr", "Sr"])


def without_post_nominals(words: list[str]) -> list[str]:
    """The words of a name without the letters after it (``POST_NOMINALS``); a lone word stays."""
    end = len(words)
    while end > 1 and words[end - 1].strip(".,") in POST_NOMINALS:
        end -= 1
    return words[:end]


def _run_info(run: str) -> tuple[str, bool, bool]:
    """The name at the end of a capitalised run (``strip_titles``; letters after it dropped, as a title: "Aoife
    Brennan TD"), whether a title came before it, and whether it is a name (``_is_name``)."""
    info = _RUN_INFO.get(run)
    if info is None:
        words = run.split()
        kept = without_post_nominals(words)
        name_words, titled = strip_titles(kept)
        info = (" ".join(name_words), titled or len(kept) < len(words), _is_name(name_words))  # "Aoife Brennan TD"
        if len(_RUN_INFO) < _RUN_INFO_MAX:
            _RUN_INFO[run] = info
    return info


#: A title and the word that ties it to a country: "Ambassador to", "Minister of", "envoy for".
_TITLE_TO_RE = regex.compile(r"\b(\p{L}+)[ \t]+(?:to|of|for|in)[ \t]+$")


def _country_of_title(run: str, text: str, start: int) -> str:
    """The country opening a run right after a title and "to"/"of" ("Ambassador to China Khamphet Soukhaseum",
    "envoy to Kenya Jane Wanjiru"), when the rest of the run is a name; "" otherwise."""
    words = run.split()
    if len(words) < 3 or words[0].lower() not in _country_words():
        return ""
    tie = _TITLE_TO_RE.search(text, max(0, start - 40), start)
    if not tie or tie.group(1).lower() not in TITLES:
        return ""
    return words[0] if _run_info(" ".join(words[1:]))[2] else ""


#: A run after a preposition of place, or last in a list that follows one: "in Ros Muc", "in Carna, Cill Chiaráin and
#: Ros Muc", "studied in Lisbon and Dakar" (never "from" or "with", which stand before people; never "in Bettyhill,
#: Morag Mackay", where a comma, not "and", leads to the name).
_PLACE_WORD = r"(?:the[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}"
_PLACE_LIST_BEFORE_RE = regex.compile(
    rf"\b(?:in|near|outside|across|around|throughout|inside)[ \t]+"
    rf"(?:(?:{_PLACE_WORD},[ \t]+){{0,6}}{_PLACE_WORD},?[ \t]+(?:and|or)[ \t]+)?$")


#: One capitalised word with an age in commas after it: "Lakshmamma, 62, a domestic worker, said".
_AGED_WORD_RE = regex.compile(r"(?<![\p{L}\d'’.-])\p{Lu}\p{Ll}+(?=,[ \t]*\d{1,3},[ \t])")


def _mononyms(text: str) -> list[tuple[int, int, str, bool]]:
    """People known by one name, as South and South-East Asian papers write many ("Lakshmamma, 62, a domestic
    worker", "Sukarti, 58, a rice farmer"): one capitalised word with an age in commas after it that is no everyday
    English word, country or known place or body."""
    from wordfreq import zipf_frequency

    from .actors import actor_for

    return [(m.start(), m.end(), m.group(0), False) for m in _AGED_WORD_RE.finditer(text)
            if zipf_frequency(m.group(0).lower(), "en") < 3.0 and m.group(0).lower() not in _country_words()
            and actor_for(m.group(0), kinds=("place", "organisation")) is None
            # "says Ramírez, 29,": the surname of someone the text names in full, found as such
            and not regex.search(rf"\p{{Lu}}[\p{{L}}'’-]+[ \t]+{m.group(0)}\b", text)]


def _candidates(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, titled) for each capitalised run that may name a person, in text order."""
    out = []
    for match in _RUN_RE.finditer(text):
        start, end, run = match.start(), match.end(), match.group(0)
        name, titled, is_name = _run_info(run)
        if not is_name and (country := _country_of_title(run, text, start)):
            # "Ambassador to China Khamphet Soukhaseum": the title's country, then the name
            rest = run[len(country):].lstrip()
            start, run = start + len(run) - len(rest), rest
            name, titled, is_name = _run_info(run)
        if not is_name:
            continue
        if run.rsplit(None, 1)[-1] in POST_NOMINALS and _ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start):
            continue  # "a Fine Gael TD": a party's member, not a name
        if not titled and _ORGANISATION_BEFORE.search(text, max(0, start - 40), start):
            continue  # "research firm Delta Konsum": the firm's name
        if (_PLACE_LIST_BEFORE_RE.search(text, max(0, start - 120), start) and text[end:end + 2] not in ("’s", "'s")
                and not run.endswith(("’s", "'s"))):  # "in Rami al-Khatib's workshop": his
            continue  # "people in Carna, Cill Chiaráin and Ros Muc": places, whatever their words
        name = after_thing(name, text, start)
        if not titled:
            before = text[max(0, start - 40):start].split()
            titled = bool(before) and before[-1].lower().rstrip(".,") in TITLES
        out.append((start, end, name, titled))
    if "," in text and (alone := [m for m in _mononyms(text) if not any(s <= m[0] < e for s, e, _, _ in out)]):
        out = sorted(out + alone)
    return out


#: Verbs a speaker is the subject of, for ``says_after``: the reporting verbs and the ones that frame a quote.
SAYS_VERBS = REPORTING_VERBS | frozenset(["dismissed", "stressed", "reiterated", "tweeted", "posted", "conceded",
                                          "concedes", "criticised", "criticized", "admitted", "described", "urged",
                                          "vowed", "pledged", "insisted", "recalled", "emphasised", "emphasized",
                                          "confirmed", "denied", "countered", "answered", "cautioned", "slammed",
                                          "welcomed", "defended", "rejected", "accused", "agreed", "concluded",
                                          "spoke", "speaks", "testified", "commented", "comments", "remarked",
                                          "observed", "continued", "predicted", "suggested", "acknowledged",
                                          "explained", "announced", "declared", "replied", "responded"])
_SAYS_AFTER = regex.compile(rf"[ \t]*(?:,[^.!?\n“”\"§]{{0,160}}?,|,)?[ \t]*(?:\p{{Ll}}+[ \t]+)?"
                            rf"(?:{'|'.join(sorted(SAYS_VERBS))})\b")


#: "Mere Nailatikau, 45, sells fish", "Deborah Lyle, whose son ...", "Tom Harker, a local headteacher, was": an age,
#: "who" or a short description in commas after a name says it is a person's.
_AGE_AFTER = regex.compile(r",[ \t]*(?:(?:now|aged|age)[ \t]+)?(?:\d{1,3},|who\b|whose\b|(?P<art>a|an|the)[ \t]+"
                           r"(?:\p{Ll}[\p{L}-]*[ \t]+){0,3}(?P<noun>\p{Ll}[\p{L}-]*|\p{Lu}{2,4})(?:,|[ \t]+who\b))")
#: A title and its remit in capitals, "and" inside, right before a name: "Minister of Agriculture and Livestock
#: Harimalala Razafindrakoto" (the run that holds the name starts at the remit's last word).
_REMIT_BEFORE = regex.compile(r"\b(?:Minister|Secretary|Commissioner|Director|Governor|Ambassador|Chair(?:man|woman)?|"
                              r"President|Head|Chief)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
                              r"(?:\p{Lu}[\p{L}’'-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,6}$")  # the remit may open the run
#: A job title in lower case right before a name: "council member Tricia Yang", "parish councillor Tom Reddy".
_TITLE_BEFORE = regex.compile(r"\b(?:member|councillor|councilor|councilwoman|councilman|councilmember|minister|"
                              r"president|senator|governor|mayor|chair|chairman|chairwoman|director|spokesperson|"
                              r"spokesman|spokeswoman|manager|captain|coach|judge|officer|secretary|commissioner|"
                              r"superintendent|principal|chief|executive|ceo|founder|editor|reporter|professor|"
                              r"lawyer|attorney|prosecutor|analyst|economist|candidate|nominee|challenger|incumbent)[ \t]+$")
#: "according to Aisha Rahman": a source's name.
_ACCORDING_BEFORE = regex.compile(r"\baccording[ \t]+to[ \t]+$", regex.IGNORECASE)
#: An office in commas after a name: "Aisha Rahman, Head of Customer Care,", "Sarah Quinn, chief UK economist at".
_OFFICE_AFTER = regex.compile(r",[ \t]*(?P<title>\p{L}+)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:of|at|for|with)[ \t]+\p{Lu}")
#: The sentence after a name, opened by a pronoun: "Marisol Echeverría Ruiz is lying face down ... She has been ...".
_PRONOUN_NEXT = regex.compile(r"[^.!?\n“”\"]{0,240}[.!?][ \t\n]+(?:(?:Speaking|Writing|Asked|Interviewed)\b[^.!?\n“”\",]{0,80},"
                              r"[ \t]+)?(?P<pron>He|She|he|she)\b")


def _office_after(text: str, end: int) -> bool:
    """Whether an office in commas follows a name ending at ``end``: a title (``TITLES``) then "of", "at", "for" or
    "with" and a capitalised word ("Aisha Rahman, Head of Customer Care", "Sarah Quinn, chief UK economist at ...")."""
    match = _OFFICE_AFTER.match(text, end)
    return bool(match) and match.group("title").lower() in TITLES


#: "of", "at" or "from" and a capitalised name right after a person's: "Lee Min-ji of Hanul Investment & Securities".
_OF_BODY_AFTER = regex.compile(r"[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}'’&.-]*|&|and)"
                               r"(?:[ \t]+(?:\p{Lu}[\p{L}'’&.-]*|&|and)){0,5})")


#: Where someone described before their name is from, in the same commas: "Another protester, Shabana Begum Mulla of
#: Ganeshpet, said".
_OF_PLACE_COMMA = regex.compile(r"[ \t]+(?:of|from)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3},")


def _of_body_after(text: str, end: int) -> bool:
    """Whether a body whose name holds an institution's word follows the name ("Lee Min-ji of Hanul Investment &
    Securities was more cautious", "Tom Reddy at Ashwell Parish Council"): someone who works there."""
    match = _OF_BODY_AFTER.match(text, end)
    return bool(match) and any(w.lower() in NOT_PERSON for w in match.group(1).split()[1:])


def _pronoun_follows(name: str, text: str, end: int) -> bool:
    """Whether the sentence after the one naming someone opens with the pronoun their given name calls for
    ("Marisol Echeverría Ruiz is lying face down on a padded gantry. She has been ...", "... Speaking in Welsh to
    Newyddion S4C, she said"): a person, whatever the surname's frequency in English ("Ruiz", "Pritchard")."""
    sex = given_name_gender(name.split()[0]) if len(name.split()) >= 2 else ""
    match = _PRONOUN_NEXT.match(text, end) if sex else None
    return bool(match) and match.group("pron").lower() == {"f": "she", "m": "he"}[sex]


#: An age before a name: "19-year-old Kwabena Osei-Mensah".
_AGE_BEFORE = regex.compile(r"\b\d{1,3}-year-old[ \t]+$")
#: Someone described first, then named in commas: "A reader in Douarnenez, Anne-Sophie Le Guen, has sent us ...".
_DESCRIBED_BEFORE = regex.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:\p{Ll}[\p{L}-]*[ \t]+){0,3}\p{Ll}[\p{L}-]*"
                                  r"(?:[ \t]+(?:in|from|at|of|near)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})?,"
                                  r"[ \t]*$")
#: Nouns that describe a business, a group or a place, not a person ("Vale Dairies, a family business,").
NOT_PERSON_NOUNS = frozenset(["business", "firm", "company", "charity", "cooperative", "co-operative", "brand", "chain",
                              "retailer", "supplier", "manufacturer", "producer", "maker", "operator", "provider",
                              "startup", "start-up", "outlet", "newspaper", "website", "site", "town", "village", "city",
                              "region", "area", "district", "suburb", "country", "nation", "state", "province", "county",
                              "port", "river", "valley", "farm", "estate", "club", "team", "side", "band", "group",
                              "organisation", "organization", "network", "body", "agency", "authority", "venue", "event",
                              "ngo", "plc", "llc", "sme", "nonprofit", "non-profit"])


#: "..., said Sophie Kerber, Chief Marketing Officer": a name right after a reporting verb is a person's.
_SAID_BEFORE = regex.compile(rf"\b(?:{'|'.join(sorted(SAYS_VERBS))})[ \t]+$")


def _described(text: str, end: int) -> bool:
    """Whether an age, "who"/"whose" or a short description of a person follows a name ending at ``end``."""
    match = _AGE_AFTER.match(text, end)
    if match and match.group("art") == "the":  # "Claire Donnelly, the shadow housing secretary,": a title after "the"
        return match.group("noun") in TITLES
    return bool(match) and (match.group("noun") or "").lower() not in NOT_PERSON_NOUNS  # "a former GP who", not "an NGO"


def says_after(text: str, end: int) -> int:
    """Where the reporting verb ends when one follows a name ending at ``end``, directly or after a
    comma-enclosed appositive ("Costa said", "Mariana Costa, an analyst at Clima Aberta, said"); 0 if none."""
    match = _SAYS_AFTER.match(text, end)
    if match and match.group(0).endswith("states") and not _STATES_VERB_RE.match(text, match.end()):
        return 0  # "Minas Gerais and São Paulo states and would ...": the plural noun, not the verb
    return match.end() if match else 0


#: What follows "states" when it reports speech ("Smith states that ...", "the filing states:").
_STATES_VERB_RE = regex.compile(r"[ \t]*(?:that\b|[:,])")


@lru_cache(maxsize=20_000)
def _surname_re(surname: str) -> regex.Pattern:
    """A surname as a whole word (no letter, apostrophe or hyphen on either side), compiled once; an Arabic article
    in lower case may open a sentence in capitals ("al-Khatib" is also "Al-Khatib, 58, does not play music")."""
    escaped = regex.escape(surname)
    if regex.match(ARABIC_ARTICLE, surname):
        escaped = f"[{surname[0]}{surname[0].upper()}]{regex.escape(surname[1:])}"
    return regex.compile(rf"(?<![\p{{L}}'’-]){escaped}(?![\p{{L}}'’-])")


def person_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, full name) of every mention of a person in one text, in order: full-name mentions with
    evidence (see the module docstring) and later surname-only mentions ("Guterres", "Mr Guterres") counted
    for the last full name with that surname. A pure function of the text."""
    candidates = _candidates(text)
    if not candidates:
        return []
    # a double surname alone ("Delgado Vigil" for Rosa Delgado Vigil) or given names alone ("João Pedro" for João Pedro
    # Marques Ferreira) are the one longer name the text gives them
    fuller = longer_forms({name for _, _, name, _ in candidates})
    # a name the text shortens later ("Janira dos Santos Lopes" ... "dos Santos Lopes mocked"): a person's name
    shortened = {fuller[name] for _, _, name, _ in candidates if name in fuller}
    candidates = [(start, end, fuller.get(name, name), titled) for start, end, name, titled in candidates]
    # each name's last word, and the first word of a two-word name ending in a rare word (a family name written
    # first: "Yang Meilin"), counted where they stand alone
    words = Counter(w for _, _, name, _ in candidates for w in {name.split()[-1]} | (
        {name.split()[0]} if _family_name_first(name.split()) else set()) | (
        {name.split()[1]} if _double_surname(name.split()) else set()))
    alone: Counter[str] = Counter()
    for word in words:
        alone[word] = len(_surname_re(word).findall(text)) - words[word]
    surname_of = {name: family_name(name, alone) for _, _, name, _ in candidates}
    evidence: set[str] = set()
    for start, end, name, titled in candidates:
        if not titled and _everyday_words(name):
            continue  # "Secondary Education" (of "Commissioner for Basic and Secondary Education"): a remit, not a name
        after = _WORD_AFTER_RE.match(text, end)
        if (titled or alone[surname_of[name]] > 0 or (after and after.group(1).lower() in REPORTING_VERBS
                                                      and (after.group(1).lower() != "states" or says_after(text, end)))
                or says_after(text, end) or _described(text, end) or _SAID_BEFORE.search(text, max(0, start - 24), start)
                or _AGE_BEFORE.search(text, max(0, start - 16), start)
                or (_DESCRIBED_BEFORE.search(text, max(0, start - 80), start)
                    and (text[end:end + 1] == "," or _OF_PLACE_COMMA.match(text, end)))  # "..., Shabana Mulla of X,"
                or _TITLE_BEFORE.search(text, max(0, start - 24), start) or _given_then_surname(name)
                or (_REMIT_BEFORE.search(text, max(0, start - 100), start) and _rare_word(name.split()[-1]))
                or name in shortened or _ACCORDING_BEFORE.search(text, max(0, start - 16), start)
                or _office_after(text, end) or _pronoun_follows(name, text, end) or _of_body_after(text, end)):
            evidence.add(name)
    mentions = [(start, end, name) for start, end, name, _ in candidates if name in evidence]
    # The candidates' runs are disjoint and in text order: the one a position may fall in is found by bisection.
    starts = [start for start, _, _, _ in candidates]
    ends = [end for _, end, _, _ in candidates]
    # Surname-only mentions after a full name: "Guterres", "Mr Guterres" (not inside a full-name run).
    for surname in {surname_of[name] for _, _, name in mentions}:
        for match in _surname_re(surname).finditer(text):
            k = bisect_right(starts, match.start()) - 1
            if k >= 0 and match.start() < ends[k]:
                continue
            owner = _owner(candidates, evidence, surname, match.start(), surname_of)
            if owner:
                mentions.append((match.start(), match.end(), owner))
    return sorted(mentions)


def longer_forms(names: set[str]) -> dict[str, str]:
    """Each name of two words or more that is part of exactly one longer name of ``names``, mapped to it: its end
    (Spanish and Portuguese double surnames: "Delgado Vigil" -> "Rosa Delgado Vigil", "Moreira Santos" -> "Ana Paula
    Moreira Santos") when the longer name opens with a given name, or its start when it is all given names and the
    longer name adds two surnames ("João Pedro" -> "João Pedro Marques Ferreira", not his father "António Marques
    Ferreira"). Relatives sharing both surnames are two longer names: the short form stays as it is."""
    out = {}
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        # "Van der Meulen" opening a sentence is the end of "Jan-Hendrik van der Meulen"
        end = " " + (words[0].lower() + name[len(words[0]):] if words[0].lower() in NAME_PARTICLES else name)
        fuller = {other for other in names if len(other.split()) > len(words) and is_given_name(other.split()[0])
                  and other.split()[0].lower() not in _country_words()  # "to Tanzania Liu Haoran"
                  and (other.endswith(" " + name) or other.endswith(end) or (other.startswith(name + " ") and len(other.split()) >= len(words) + 2
                                                      and all(is_given_name(w) for w in words)))}
        if len(fuller) == 1:
            out[name] = fuller.pop()
    return out


def article_people(text: str) -> Counter[str]:
    """Mentions of each person one article names: full-name mentions plus later surname-only mentions.

    A pure function of the text (see the module docstring for the evidence a name needs).
    """
    return Counter(name for _, _, name in person_mentions(text))


def _owner(candidates: list[tuple[int, int, str, bool]], evidence: set[str], surname: str, pos: int,
           surname_of: dict[str, str]) -> str:
    """The last full name with this surname introduced before ``pos``; with none before, the one full name with it
    after ``pos`` (a live blog's newest entries come first and its earlier ones name the person in full: "Denholm,
    who came second, ..." above "Craig Denholm (Reform UK) 13,596"); "" when there is none, or several after."""
    owner = ""
    later: set[str] = set()
    for start, _, name, _ in candidates:
        if name in evidence and surname_of[name] == surname:
            if start < pos:
                owner = name
            elif is_given_name(name.split()[0]):  # a person's full name, never "Hurricane Delia"
                later.add(name)
    return owner or (next(iter(later)) if len(later) == 1 else "")


def family_name(name: str, alone: Counter[str]) -> str:
    """The word of a full name the article uses on its own for that person: the last ("Antonio Guterres" ->
    "Guterres"), or the first when only the first stands alone, as in family-name-first orders ("tea grower Yang
    Meilin ... Yang said" -> "Yang"; the other word must then be rare, so a company's "Vale Dairies ... Vale
    said" keeps "Dairies"). ``alone`` counts each word's uses outside full-name runs."""
    words = name.split()
    if _family_name_first(words) and alone[words[-1]] <= 0 < alone[words[0]]:
        return words[0]
    if _double_surname(words) and alone[words[-1]] <= 0 < alone[words[1]]:
        return words[1]  # "Rodrigo Fuentealba Quiroga ... Fuentealba said": the first of two Spanish surnames
    return words[-1]


def _double_surname(words: list[str]) -> bool:
    """Whether a three-word name may be a given name and two family names, the first of which the article uses alone
    (Spanish and Portuguese usage: "Rodrigo Fuentealba Quiroga" is "Fuentealba")."""
    return len(words) == 3 and is_given_name(words[0]) and not is_given_name(words[1]) and _rare_word(words[1])


def _family_name_first(words: list[str]) -> bool:
    """Whether a two-word name may be written family name first ("Yang Meilin"): its last word is rare (never "Vale
    Dairies") and its first is no initial (never the "A." of "A. Jebaraj")."""
    return len(words) == 2 and _rare_word(words[-1]) and not _INITIALS_RE.fullmatch(words[0])


def _given_then_surname(name: str) -> bool:
    """Whether a two-word run is a known given name then a rare word ("Anders Holmqvist", "Li Na"): a name,
    whatever comes around it. Everyday last words ("Grace Field", "Jordan Valley") are not evidence."""
    words = name.split()
    return len(words) == 2 and is_given_name(words[0]) and _rare_word(words[1])


#: Zipf frequency from which a word is everyday English ("education" 5.2, "secondary" 4.6; "baker" 3.9, "moss" 3.6).
EVERYDAY_ZIPF = 4.3


@lru_cache(maxsize=50_000)
def _everyday_words(name: str) -> bool:
    """Whether a two- or three-word name is everyday English words only, its first no given name ("Secondary
    Education", "Water Resources"): what a title's remit or a heading says, never a person."""
    from wordfreq import zipf_frequency

    words = name.split()
    return 2 <= len(words) <= 3 and not is_given_name(words[0]) and all(
        zipf_frequency(_clean_word(w).lower(), "en") >= EVERYDAY_ZIPF for w in words)


@lru_cache(maxsize=50_000)
def _foreign_word(word: str) -> bool:
    """A word English text all but never uses ("Hamisi" of "Hamisi Juma Mwakalinga"): a given name the name data
    lacks, never a descriptor such as "Pensioner" or "Substitute"."""
    from wordfreq import zipf_frequency

    return zipf_frequency(_clean_word(word).lower(), "en") < FOREIGN_ZIPF


#: Zipf frequency under which a word is not English (names the name data lacks: "Hamisi" 0.0; "pensioner" 2.7).
FOREIGN_ZIPF = 1.5


def _rare_word(word: str) -> bool:
    """Whether a word is rare in English in its form and its singular: "Holmqvist", "Meilin", but not "Dairies"
    (plural of the everyday "dairy") nor "Field"."""
    from wordfreq import zipf_frequency

    word = _clean_word(word).lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return max(zipf_frequency(word, "en"), zipf_frequency(singular, "en")) < SURNAME_RARE_ZIPF


def corpus_people(corpus: pd.DataFrame) -> pd.DataFrame:
    """People named in the corpus: doc_id, outlet, label, person, count (one canonical name per person).

    Forms of one person across articles are merged when one is the other with a middle
    name or initial dropped ("Joseph R. Biden" and "Joseph Biden"); the canonical name is
    the form used most often (ties: the longer, then alphabetical).
    """
    rows = [(doc_id, person, n) for doc_id, headline, text in zip(corpus["doc_id"], corpus["headline"], corpus["text"])
            for person, n in article_people(f"{headline}\n{text}").items()]
    return people_table(pd.DataFrame(rows, columns=["doc_id", "person", "count"]), corpus)


def people_table(rows: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Per-article person counts as written (doc_id, person, count) merged under one canonical name per person,
    with each article's outlet and label: ``corpus_people``'s table, also built from the pipeline's stored rows."""
    columns = ["doc_id", "outlet", "label", "person", "count"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    table = rows.assign(person=rows["person"].map(canonical_names(rows.groupby("person")["count"].sum())))
    table = table.groupby(["doc_id", "person"], as_index=False)["count"].sum()
    table = table.merge(corpus[["doc_id", "outlet", "label"]], on="doc_id", how="left")
    return table.sort_values(["doc_id", "person"], kind="stable").reset_index(drop=True)[columns]


def _similar(a: str, b: str) -> bool:
    """Two spellings of one name: equal, or the same initial and a transposition or a letter apart (Sergei, Sergie)."""
    from difflib import SequenceMatcher

    return a == b or (a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.8)


def canonical_names(totals: pd.Series) -> dict[str, str]:
    """Form -> canonical form: forms sharing first and last word are one person, named by the most used form."""
    groups: dict[tuple[str, str], list[str]] = {}
    for form in sorted(totals.index, key=lambda f: (-totals[f], f)):
        words = form.split()
        # A name spelled a little differently (Sergei / Sergie Lavrov, Zelensky / Zelenskyy) is the same person.
        key = next((k for k in groups if _similar(k[1], words[-1]) and _similar(k[0], words[0])), (words[0], words[-1]))
        groups.setdefault(key, []).append(form)
    mapping = {}
    for forms in groups.values():
        best = sorted(forms, key=lambda f: (-totals[f], -len(f), f))[0]
        mapping.update({f: best for f in forms})
    return mapping
