"""Actors and places, their spelling variants, and resolving a name to one person.

``data/actors.csv`` lists each actor (person, place, organisation) with every
spelling variant as a case-sensitive pattern (Zelensky/Zelenskyy/Zelenskiy,
Kyiv/Kiev, NATO/Nato, ...); ``data/roles.csv`` lists role nouns ("prime minister",
"Ukrainian president") an actor is referred to by. Which variant an outlet uses
is a framing signal; the quote extractor uses the same data to resolve speakers.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import pandas as pd

from .config import DATA_DIR
from .text import LOWER, NAME_PARTICLES, NAME_PARTICLES_RE, PATRONYMICS, UPPER

try:  # CPython's own regex parser (private): it proves a search shortcut safe for a pattern; without it, none is taken
    from re import _constants, _parser
except ImportError:  # pragma: no cover - a Python without these modules
    _constants = _parser = None

#: The study's own actors file and whether it adds to or replaces the built-in list (set by ``use_actors``).
_study_actors: tuple[Path | None, str] = (None, "add")


def use_actors(path: Path | None, mode: str = "add") -> None:
    """Use a study's actors file (same columns as ``data/actors.csv``) added to, or replacing, the built-in list.

    Called by ``helpers.open_study``; every cached lookup built from the list is cleared.
    """
    global _study_actors
    if (path, mode) == _study_actors:
        return
    _study_actors = (path, mode)
    for cached in (actors_table, actor_patterns, patterns_by_actor, _variant_keys, _variant_counters,
                   _literal_patterns_by_actor, actor_for):
        cached.cache_clear()
    from .terms import variant_map  # the tokenizer folds the list's spelling variants

    variant_map.cache_clear()


@cache
def actors_table() -> pd.DataFrame:
    """The actors list in use (built-in, plus or replaced by the study's) with compiled patterns (column ``rx``)."""
    path, mode = _study_actors
    tables = [] if (path is not None and mode == "replace") else [pd.read_csv(DATA_DIR / "actors.csv", dtype=str)]
    if path is not None:
        tables.append(pd.read_csv(path, dtype=str)[["actor", "kind", "variant", "pattern"]])
    table = pd.concat(tables, ignore_index=True).drop_duplicates(["actor", "variant"], keep="last")
    table["rx"] = table["pattern"].map(re.compile)
    return table.reset_index(drop=True)


@cache
def actor_patterns() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """(actor, kind, variant, compiled pattern) for every row of the actors file, built once."""
    return tuple(zip(*(actors_table()[c] for c in ("actor", "kind", "variant", "rx")), strict=True))


@cache
def patterns_by_actor() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Actor -> its variant patterns."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for actor, _, _, rx in actor_patterns():
        out.setdefault(actor, []).append(rx)
    return {actor: tuple(rxs) for actor, rxs in out.items()}


@cache
def role_table() -> dict[str, tuple[str, ...]]:
    """Role noun (lower case) -> the actors it may refer to."""
    table = pd.read_csv(DATA_DIR / "roles.csv", dtype=str)
    return {role: tuple(group["actor"]) for role, group in table.groupby("role")}


@cache
def _variant_keys() -> tuple[tuple[str, str, str, str, re.Pattern[str]], ...]:
    """(literal, actor, kind, variant, pattern): the literal text every match of the variant contains."""
    return tuple((variant.replace(" (surname only)", ""), actor, kind, variant, rx)
                 for actor, kind, variant, rx in actor_patterns())


def _starts_with(rx: re.Pattern[str], literal: str) -> bool:
    """True when every match of ``rx`` begins with ``literal``: the pattern is zero-width assertions
    (``\\b``, lookbehinds, lookaheads) followed by the literal's characters, case-sensitive."""
    if not literal or rx.flags & re.IGNORECASE or _parser is None:
        return False
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # a pattern the parser does not take is simply counted by findall
        return False
    k = 0
    while k < len(items) and items[k][0] in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        k += 1
    return items[k:k + len(literal)] == [(_constants.LITERAL, ord(c)) for c in literal]


@cache
def _variant_counters() -> tuple[tuple[str, str, str, str, re.Pattern[str], bool], ...]:
    """``_variant_keys`` rows, each with whether its matches all begin with its literal (``_starts_with``)."""
    return tuple((literal, actor, kind, variant, rx, _starts_with(rx, literal))
                 for literal, actor, kind, variant, rx in _variant_keys())


def _count_from_literal(rx: re.Pattern[str], literal: str, text: str) -> int:
    """``len(rx.findall(text))`` for a pattern whose matches all begin with ``literal``.

    A pattern starting with ``\\b`` gives the regex engine no literal prefix to search for, so
    ``findall`` tries a match at every character; here ``str.find`` (in C) jumps to each
    occurrence of the literal and the pattern is tried there only. Like ``findall``, the
    search goes on after the end of each match, so matches never overlap.
    """
    n = 0
    at = text.find(literal)
    while at != -1:
        m = rx.match(text, at)  # lookbehinds and \b still see the text before ``at``
        if m:
            n += 1
            at = text.find(literal, m.end())
        else:
            at = text.find(literal, at + 1)
    return n


def mention_counts(doc_id: str, text: str) -> list[tuple[str, str, str, str, int]]:
    """(doc_id, actor, kind, variant, count) for every variant found in one article's text.

    A substring test on each variant's literal text (fast, in C) skips the regular expressions
    of variants the article cannot contain. (One alternation of all ~80 patterns was measured
    slower: 118 s against 50 s for 10,000 articles.) Patterns that begin with their literal
    are only tried where it occurs (``_count_from_literal``).
    """
    rows = []
    for literal, actor, kind, variant, rx, anchored in _variant_counters():
        if literal in text:
            n = _count_from_literal(rx, literal, text) if anchored else len(rx.findall(text))
            if n:
                rows.append((doc_id, actor, kind, variant, n))
    return rows


def actor_mentions(corpus: pd.DataFrame) -> pd.DataFrame:
    """Long table of mentions: doc_id, outlet, actor, kind, variant, count (cleaned text and headline)."""
    rows = [r for doc_id, headline, text in zip(corpus["doc_id"], corpus["headline"], corpus["text"])
            for r in mention_counts(doc_id, f"{headline}\n{text}")]
    return mention_table(pd.DataFrame(rows, columns=["doc_id", "actor", "kind", "variant", "count"]), corpus)


def mention_table(rows: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Mention rows (doc_id, actor, kind, variant, count) with each article's outlet and label, sorted:
    ``actor_mentions``'s table, also built from the pipeline's stored rows."""
    table = rows.merge(corpus[["doc_id", "outlet", "label"]], on="doc_id", how="left")
    return table.sort_values(["doc_id", "actor", "variant"], kind="stable").reset_index(drop=True)[
        ["doc_id", "outlet", "label", "actor", "kind", "variant", "count"]]


def variant_choices(mentions: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """For actors spelled more than one way in the corpus: which variant(s) each outlet (or article) uses.

    Cells read "Zelenskyy (4)"; several variants in one cell mean the outlet mixes spellings.
    """
    multi = spelling_variants(mentions)
    if multi.empty:
        return pd.DataFrame()
    counts = multi.groupby([by, "actor", "variant"], as_index=False)["count"].sum()
    counts = counts.sort_values([by, "actor", "count", "variant"], ascending=[True, True, False, True], kind="stable")
    units, actor_names = counts[by].tolist(), counts["actor"].tolist()
    spelled = (counts["variant"] + " (" + counts["count"].astype(str) + ")").tolist()
    return _variant_grid(units, actor_names, spelled, by)


def _variant_grid(units: list[str], actor_names: list[str], spelled: list[str], by: str) -> pd.DataFrame:
    """Actors (rows, sorted) by units (columns, sorted), each cell the unit's spellings joined in the order given
    ("" where the unit never names the actor). Filled from plain lists: pandas' per-group apply, unstack and fillna
    took 4 s for the 10,000 articles' columns of notebook 01, this 0.6 s; the same table."""
    cells: dict[tuple[str, str], list[str]] = {}
    for unit, actor, text in zip(units, actor_names, spelled, strict=True):
        cells.setdefault((unit, actor), []).append(text)
    rows = sorted(set(actor_names))
    position = {actor: i for i, actor in enumerate(rows)}
    grid = {unit: [""] * len(rows) for unit in sorted(set(units))}
    for (unit, actor), texts in cells.items():
        grid[unit][position[actor]] = ", ".join(texts)
    frame = pd.DataFrame(grid, index=pd.Index(rows, name="actor"))
    frame.columns.name = by
    return frame


def spelling_variants(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of actors written in more than one spelling (surname-only mentions are not a spelling)."""
    spelled = mentions[~mentions["variant"].str.endswith("(surname only)")]
    counts = spelled.groupby("actor")["variant"].nunique()
    return spelled[spelled["actor"].isin(counts[counts > 1].index)]


_TITLE_WORDS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "lt", "gen", "general", "col", "colonel", "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "state", "spokesperson", "spokeswoman", "spokesman", "chancellor", "former", "the", "russian", "ukrainian", "us", "u.s.", "uk", "british", "french", "german", "american", "european", "commission", "kremlin", "ministry", "envoy", "special", "retired", "leader", "mayor"]
)


def strip_titles(name: str) -> str:
    """Drop leading titles, descriptors and possessors: "Lt Gen Keith Kellogg" -> "Keith Kellogg",
    "Substitute Kobina Darko-Reid" -> "Kobina Darko-Reid" (``people.strip_descriptor``),
    "Professor Anna Kowalski" -> "Anna Kowalski", "Labour's Sarah Whitfield" -> "Sarah Whitfield" (the last word
    always stays; a possessor goes only when a name of two words or more follows it)."""
    from .people import TITLES, strip_descriptor

    words = name.split()
    while len(words) > 1:
        first = words[0].lower().rstrip(".,")
        possessor = first.endswith(("'s", "’s")) and len(words) > 2
        if not (possessor or first.replace("’s", "").replace("'s", "") in _TITLE_WORDS or first in TITLES):
            break
        words.pop(0)
    words = strip_descriptor(words)
    return " ".join(words).replace("’s ", " ").replace("'s ", " ")


@lru_cache(maxsize=50_000)
def actor_for(name: str, kinds: tuple[str, ...] = ("person", "organisation")) -> str | None:
    """The actor a name refers to, by the variant patterns (or the actor's own name), or None."""
    for actor, kind, _, rx in actor_patterns():
        if kind in kinds and (rx.search(name) or name == actor):
            return actor
    return None


def is_title(word: str) -> bool:
    """True for a lone title or descriptor ("President", "European") that names nobody by itself."""
    return word.lower().rstrip(".,") in _TITLE_WORDS and actor_for(word) is None


def is_place(name: str) -> bool:
    """True when the name is a listed place (Kyiv, Donbas, ...)."""
    return actor_for(name, kinds=("place",)) is not None


#: Particles between the words of an Iberian, Dutch or German name ("Correia da Silva", "Pereira dos Santos").
_NAME_PARTICLES = f"(?:{NAME_PARTICLES_RE})"
#: Words that open a surname written with its particle: "Al Naqbi", "van Dijk", "De Souza", "bin Salman".
_SURNAME_PARTICLES = NAME_PARTICLES | {"abu", "ó", "ní", "nic", "uí"}  # and the Irish "Ó Súilleabháin", "Ní Bhriain"


def resolve_person(name: str, context: str) -> str:
    """Resolve a name as written to one canonical speaker.

    ``context`` is the article text before the mention. Known actors resolve by
    their variants ("Mr Healey" -> "John Healey", "Sergie Lavrov" -> "Sergei
    Lavrov"); an unknown surname resolves to the last full name in the context that
    ends with it ("Filatov" -> "Borys Filatov"); otherwise the name without titles.
    """
    bare = strip_titles(name) or name
    known = actor_for(bare)
    if known:
        return known
    # a Malay, Arabic or Tamil-Malaysian name is shortened to the names before its patronymic ("Dr Nurul Aina" is
    # "Nurul Aina binti Zulkifli", "Hafiz" is "Hafiz bin Rahmat"): the last such full name the context gives
    if not PATRONYMICS & set(bare.split()) and (patronymic := re.findall(
            rf"\b{re.escape(bare)} (?:{'|'.join(map(re.escape, PATRONYMICS))}) [A-Z][\w'’-]+\b", context)):
        return patronymic[-1]
    # "Al Naqbi", "van der Berg": a surname with its particles
    particle_surname = len(bare.split()) >= 2 and all(w.lower() in _SURNAME_PARTICLES for w in bare.split()[:-1])
    if " " not in bare or particle_surname:
        # "Li" -> "Li Jianhua", "Tang" -> "Tang Meilin": a name written family name first, when the word is
        # followed by a capitalised word at its last full mention and the longer form does not end with it.
        # (never before a particle: "Marta Ferreira da Silva" is Marta's whole name, not "Marta Ferreira")
        first = re.findall(rf"\b{re.escape(bare)} ([A-Z][\w'’-]+)\b(?! [A-Z])(?! {_NAME_PARTICLES} [A-Z])", context)
        ends = [m for m in re.findall(rf"\b([A-Z][\w'’-]+) {re.escape(bare)}\b(?! [A-Z])", context)
                if m not in _SENTENCE_WORDS]  # "But Brenda, a widow, ...": no one's given name
        if first and not ends and first[-1].lower() not in _TITLE_WORDS:
            return _fuller(f"{bare} {first[-1]}", context)  # "Souza" -> "Souza Campos" -> "Mariana Souza Campos"
        names = full_names_ending(bare, context)
        if not names and particle_surname and bare[:1].isupper():  # "Van Leeuwen-Haas wrote", opening a sentence:
            names = full_names_ending(f"{bare[:1].lower()}{bare[1:]}", context)  # "Maarten van Leeuwen-Haas"
        if names:
            # two people who share a surname ("Marija Kovač", then "her son, Luka Kovač"): the surname alone is the
            # one the article introduced first, as news style calls the other by the given name ("Luka says")
            shared = len(set(names)) > 1 and bare.lower() not in _TITLE_WORDS  # not "Officer" in two titles
            from .gender import given_name_gender, honorific_sex

            if shared and (sex := honorific_sex(name)):
                # "Mr Hartley" with "Joan Hartley" and her son "Mark Hartley": the one whose given name agrees
                names = [n for n in names if given_name_gender(n.split()[0]) == sex] or names
            return names[0] if shared else names[-1]
        from .gender import is_given_name

        if " " not in bare and is_given_name(bare) and bare.lower() not in _TITLE_WORDS:
            # a given name alone, as news style calls one of two relatives ("Antonio" for Antonio Ruiz Moreno when his
            # son Javier Ruiz Castillo is in the story too): the one full name that opens with it
            opening = {strip_titles(f"{bare}{m.group(1)}") for m in re.finditer(
                rf"\b{re.escape(bare)}((?: (?:{_NAME_PARTICLES} )?[A-Z][\w'’-]+){{1,3}})\b", context)}
            if len(opening) == 1:
                return opening.pop()
    elif _NAME_WORDS_RE.fullmatch(bare):
        return _fuller(bare, context, name)
    return bare


def full_names_ending(surname: str, context: str) -> list[str]:
    """Every full name of ``context`` ending in the surname, in order, repeats kept ("Leyen" -> "Ursula von der
    Leyen": particles may stand between the given names and the surname); never a firm's name ("Ohio-based Kessler
    Sports Partners")."""
    from .people import after_thing

    full = [after_thing(m.group(1) + surname, context, m.start()) for m in re.finditer(
        rf"\b((?:(?:[A-Z][\w'’-]+|(?:[A-Z]\.){{1,3}}) ){{1,2}}(?:(?:{NAME_PARTICLES_RE}) ){{0,2}})"
        rf"{re.escape(surname)}\b(?! [{UPPER}][{LOWER} ])", context)]  # never "Widow Bridget" of "... Ní Bhriain"
    return [c for f in full if " " in (c := _without_sentence_word(strip_titles(f)))
            and not c.split()[0].endswith(("-based", "-born"))]


def _without_sentence_word(name: str) -> str:
    """A name without the sentence's first word before it: "When Sung-ho Park" -> "Sung-ho Park", "But Brenda" ->
    "Brenda" (a given name alone, no full name)."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in _SENTENCE_WORDS else name


#: Capitalised words that open a sentence before a name and are never part of it: "But Brenda, a widow, ...".
_SENTENCE_WORDS = frozenset(["But", "And", "So", "Yet", "Or", "Nor", "When", "While", "Then", "If", "As", "Now", "Still",
                             "Meanwhile", "Although", "Though", "Because", "Since", "After", "Before", "Even", "Only",
                             "Also", "Today", "Yesterday", "The", "A", "An", "This", "That", "With", "For", "From",
                             "In", "On", "At", "By", "To", "Of", "Like", "Unlike", "Once", "Until", "Where"])


def _fuller(name: str, context: str, written: str = "") -> str:
    """The longer name ``context`` gives a name of two words or more ("Delgado Vigil" -> "Rosa Delgado Vigil",
    "João Pedro" -> "João Pedro Marques Ferreira"; see ``people.longer_forms``), else the name itself. Relatives
    sharing both surnames: as for one surname, the one whose given name agrees with an honorific as ``written``
    ("Mrs Correia da Silva"), of those the one introduced first."""
    from .gender import given_name_gender, honorific_sex
    from .people import longer_forms

    escaped = re.escape(name)
    from .people import after_thing

    found = [strip_titles(after_thing(m.group(0), context, m.start())) for m in re.finditer(
        rf"\b(?:[A-Z][\w'’-]+ ){{1,3}}{escaped}\b(?! [A-Z])|\b{escaped}(?: [A-Z][\w'’-]+){{2,3}}\b", context)]
    if fuller := longer_forms(set(found) | {name}).get(name):
        return fuller
    sex = honorific_sex(written)
    relatives = [f for f in dict.fromkeys(found) if f.endswith(" " + name) and f != name and longer_forms({f, name})
                 and (not sex or given_name_gender(f.split()[0]) == sex)]
    return relatives[0] if sex and relatives else name


#: Two to four capitalised words, particles between them ("Correia da Silva"): a name written without its given
#: name or without its surnames.
_NAME_WORDS_RE = re.compile(rf"[A-Z][\w'’-]+(?: (?:{_NAME_PARTICLES} )?[A-Z][\w'’-]+){{1,3}}")


@cache
def _literal_patterns_by_actor() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """Actor -> (literal text every match contains, pattern) for each of its variants."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for literal, actor, _, _, rx in _variant_keys():
        out.setdefault(actor, []).append((literal, rx))
    return {actor: tuple(items) for actor, items in out.items()}


def resolve_role(role: str, context: str) -> str:
    """The actor a role noun ("the prime minister", "the Ukrainian leader") refers to.

    Every run of words in the phrase is tried, longest first, against ``roles.csv``;
    of the actors holding the role, the one mentioned last in ``context`` wins. ""
    when no holder of the role is mentioned.
    """
    words = re.sub(r"^(?:the|a|an)\s+", "", role.lower()).split()
    roles, patterns = role_table(), _literal_patterns_by_actor()
    runs = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                  key=lambda ij: (ij[0] - ij[1], ij[0]))
    # The recent text first: a holder mentioned there was mentioned after any holder found only earlier,
    # so the answer is the same, and a long article is not scanned again for every quote.
    windows = (context[-ROLE_TAIL:], context) if len(context) > ROLE_TAIL else (context,)
    for i, j in runs:
        candidates = roles.get(" ".join(words[i:j]), ())
        if not candidates:
            continue
        for window in windows:
            best, best_pos = "", -1
            for actor in candidates:
                for literal, rx in patterns.get(actor, ()):
                    if literal not in window:  # a substring test in C skips most regex scans
                        continue
                    for match in rx.finditer(window):
                        if match.start() > best_pos:
                            best, best_pos = actor, match.start()
            if best:
                return best
    return ""


#: Characters at the end of the context searched first for a role's holder.
ROLE_TAIL = 1500
