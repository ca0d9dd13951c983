"""Which pronoun a named person takes, so "she said" is not given to the man named last.

Two sources, in order: an honorific the article itself writes before the person's surname
("Mr Hughes", "Ms Parry", "Dame Judith"), then the given name's share of women among bearers
in nomquamgender's name data (MIT-licensed counts from 36 national name lists, offline). A
name that is common for both, unknown to the data, or written without a given name has no
gender: it agrees with both pronouns, so nothing is decided on a guess.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

#: A given name counts as a woman's at this share of women among its bearers, a man's at one minus it.
CONFIDENT = 0.9
#: Fewer recorded bearers than this and the name's share is not trusted.
MIN_COUNT = 50

_MALE_TITLES = r"Mr|Mr\.|Sir|Lord|Father|Brother|King|Prince|Duke|Baron|Count|Monsieur|Herr|Señor|Senor|Signor"
_FEMALE_TITLES = r"Mrs|Mrs\.|Ms|Ms\.|Miss|Dame|Lady|Sister|Mother|Queen|Princess|Duchess|Baroness|Madame|Mme|Frau|Señora|Senora|Signora"


#: The part of nomquamgender's name data this module reads: each given name with at least ``MIN_COUNT`` bearers,
#: its bearers and share of women (the whole data set is 22 MB of JSON and about 200 MB once loaded, in every
#: worker; this table is 0.5 MB). ``write_name_table`` makes it from the library's data; a test checks it matches.
NAME_TABLE = Path(__file__).parent / "data" / "given_names.tsv.gz"


def name_key(given: str) -> str:
    """A given name as nomquamgender looks it up: without accents, lower case, the first word."""
    from unidecode import unidecode

    return unidecode(given).lower().strip().split(" ")[0]


def write_name_table(path: Path = NAME_TABLE) -> None:
    """Write ``NAME_TABLE`` from nomquamgender's data (run after upgrading the library): name, bearers,
    share of women, for the names with at least ``MIN_COUNT`` bearers, sorted, gzip without a timestamp."""
    import warnings

    with warnings.catch_warnings():  # its data loading uses a deprecated importlib call: not the reader's concern
        warnings.simplefilter("ignore", DeprecationWarning)
        import nomquamgender

    rows = sorted((name, int(info[1]), float(info[2])) for name, info in nomquamgender.dump().items()
                  if info[1] >= MIN_COUNT and info[2] == info[2] and "\t" not in name and "\n" not in name)
    text = "name\tbearers\tshare_women\n" + "".join(f"{n}\t{c}\t{s!r}\n" for n, c, s in rows)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(text.encode("utf-8"))


@lru_cache(maxsize=1)
def _name_table() -> dict[str, tuple[float, int]]:
    """Given name (``name_key``) -> (share of women, bearers), read once per process."""
    with gzip.open(NAME_TABLE, "rt", encoding="utf-8") as handle:
        next(handle)
        return {name: (float(share), int(count))
                for name, count, share in (line.rstrip("\n").split("\t") for line in handle)}


@lru_cache(maxsize=50_000)
def _name_data(given: str) -> tuple[float, int] | None:
    """(share of women, bearers) of a given name in nomquamgender's data; None when the data has fewer than
    ``MIN_COUNT`` bearers of it (or never saw it)."""
    if not given[:1].isalpha() or len(given) < 2:
        return None
    return _name_table().get(name_key(given))


def given_name_gender(given: str) -> str:
    """"f", "m" or "" for a given name, from nomquamgender's counts ("" when mixed, rare or unknown)."""
    data = _name_data(given)  # None below MIN_COUNT bearers: the table holds no rarer name
    if data is None:
        return ""
    share = data[0]
    return "f" if share >= CONFIDENT else "m" if share <= 1 - CONFIDENT else ""


_HONORIFIC_RE = re.compile(rf"\b(?:(?P<f>{_FEMALE_TITLES})|(?P<m>{_MALE_TITLES}))\s+(?:[A-Z][\w’'-]*\s+)?"
                           r"(?P<surname>[A-Z][\w’'-]*)")


@lru_cache(maxsize=8)
def _honorifics(text: str) -> dict[str, str]:
    """Surname -> "f"/"m" for every honorific the text writes before a name ("Ms Parry", "Mr Justice Alderton"),
    found in one pass per article; a surname written after both kinds counts as "f"."""
    found: dict[str, set[str]] = {}
    for m in _HONORIFIC_RE.finditer(text):
        surname = re.sub(r"[’']s$", "", m.group("surname"))  # "Ms Parry's" is Parry
        found.setdefault(surname, set()).add("f" if m.group("f") else "m")
    return {surname: ("f" if "f" in kinds else "m") for surname, kinds in found.items()}


def is_given_name(word: str) -> bool:
    """Whether a word is a given name in the name data (at least ``MIN_COUNT`` bearers, of either gender)."""
    if "-" in word and word.count("-") <= 2:  # "Jean-Luc", "Anne-Marie": every part a given name
        return all(is_given_name(part) for part in word.split("-"))
    if not word[:1].isupper() or not word.isalpha():
        return False
    return _name_data(word) is not None


#: Bearers a given name needs to win over a title spelled the same ("Dean Morton" is a man named Dean: 217,305
#: bearers; "King", "Major", "Judge" and "President" have far fewer and stay titles).
COMMON_GIVEN_NAME = 100_000


def is_common_given_name(word: str) -> bool:
    """A given name common enough that a title spelled the same before a surname is read as the name."""
    data = _name_data(word) if word[:1].isupper() and word.isalpha() else None
    return data is not None and data[1] >= COMMON_GIVEN_NAME


#: Each honorific's sex, from the same lists the article's own honorifics are read with ("mr" -> "m").
_TITLE_SEX = {title.lower().rstrip("."): sex for titles, sex in ((_MALE_TITLES, "m"), (_FEMALE_TITLES, "f"))
              for title in titles.split("|")}


def honorific_sex(name: str) -> str:
    """"m" or "f" when the name as written opens with a gendered honorific ("Mr Hartley", "Mrs. Morton"), else ""."""
    words = name.split()
    return _TITLE_SEX.get(words[0].lower().rstrip("."), "") if words else ""


#: A romanised Korean or Chinese given name in two syllables joined by a hyphen: "Hye-jin", "Seung-woo", "Min-jun".
_ROMANISED_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def person_gender(name: str, text: str = "") -> str:
    """"f", "m" or "" for a full name as the article gives it; ``text`` is searched for an honorific first."""
    words = name.split()
    if not words:
        return ""
    by_title = _honorifics(text).get(words[-1]) if text else None
    given = given_name_gender(words[0]) if len(words) >= 2 else ""
    if len(words) == 2 and _ROMANISED_GIVEN_RE.fullmatch(words[1]):
        given = given_name_gender(words[1]) or given  # "Lee Min-ji": the family name first, the given name after it
    # "Joan Hartley" and her son "Mark Hartley": "Mr Hartley" is the son's title, not hers (her given name's own
    # evidence stands, or none when it is shared by both sexes)
    if (by_title and given != by_title and len(words) >= 2 and len(relatives := _given_names_of(words[-1], text)) >= 2
            and (given or by_title in {given_name_gender(other) for other in relatives if other != words[0]})):
        return given
    return by_title or given


@lru_cache(maxsize=256)
def _given_names_of(surname: str, text: str) -> frozenset[str]:
    """The given names the text writes before ``surname`` ("Joan Hartley", "Mark Hartley"): two or more are
    relatives sharing it, and an honorific before the bare surname belongs to only one of them."""
    pattern = re.compile(rf"\b([A-Z][^\W\d_]+)\s+{re.escape(surname)}\b")
    return frozenset(m.group(1) for m in pattern.finditer(text) if is_given_name(m.group(1)))


#: Nouns that say a person's sex: "the jackpot nan laughed" is a woman, "the father-of-two said" a man.
_FEMALE_NOUNS = [
    "woman", "girl", "lady", "mother", "mum", "mom", "mam", "nan", "nana", "gran", "granny", "grandmother",
    "grandma", "wife", "widow", "daughter", "sister", "aunt", "niece", "bride", "actress", "waitress",
    "businesswoman", "chairwoman", "spokeswoman", "congresswoman", "councilwoman", "policewoman", "sportswoman",
    "queen", "princess", "duchess", "schoolgirl", "housewife", "landlady", "headmistress", "fiancée", "girlfriend",
    "stepmother"]
_MALE_NOUNS = [
    "man", "boy", "gentleman", "father", "dad", "grandfather", "grandad", "granddad", "grandpa", "husband",
    "widower", "son", "brother", "uncle", "nephew", "groom", "businessman", "congressman", "councilman", "policeman",
    "sportsman", "king", "prince", "duke", "schoolboy", "landlord", "headmaster", "fiancé", "boyfriend",
    "stepfather"]
_NOUN_SEX = {**dict.fromkeys(_FEMALE_NOUNS, "f"), **dict.fromkeys(_MALE_NOUNS, "m")}


def noun_sex(noun: str) -> str:
    """"f" or "m" when a noun names a person of one sex ("nan", "grandmother-of-five", "husband"), else ""."""
    return _NOUN_SEX.get(noun.lower().split("-of-")[0], "")


def agrees(pronoun: str, name: str, text: str = "") -> bool:
    """Whether a "he"/"him" or "she"/"her" can refer to the named person (a person of unknown gender agrees)."""
    want = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun.lower(), "")
    return not want or person_gender(name, text) in (want, "")
