"""Direct quotations and who says them.

Quote marks in web copy are a mess: curly and straight double quotes, mixed pairs
(an opening ``"`` closed by ``”``), British single quotes with nested quotes inside
(‘... ‘British and European forces,’’), apostrophes that look like closing single
quotes, and quotes that never close. :func:`quote_spans` scans one paragraph with a
small state machine: it decides for each mark whether it opens or closes from its
neighbours, keeps a stack for nesting, and ends an unclosed quote at the end of the
paragraph instead of failing.

:func:`extract_quotes` then finds each quotation's speaker from the reporting
clause in the same sentence ("Lavrov said", "said Zakharova", "Mr Healey said:",
"..., adding:"), resolves pronouns to the last named speaker, role nouns ("the
prime minister") to the last mentioned person with that role, and surnames and
titles to one person ("Mr Healey" = John Healey). A quotation with no reporting
clause that fills its paragraph continues the previous speaker; other unattributed
quotes (scare quotes, titles) keep an empty speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as STOP_WORDS

from .actors import actor_for, full_names_ending, is_place, is_title, resolve_person, resolve_role, strip_titles
from .gender import agrees, honorific_sex, is_common_given_name, is_given_name, noun_sex, person_gender
from .people import NOT_PERSON_NOUNS, ORGANISATION_NOUNS, _country_of_title, without_post_nominals
from .progress import progress
from .text import ARABIC_ARTICLE, NAME_PARTICLES, NAME_PARTICLES_RE, UPPER, count_words, trie_pattern

_OPEN_DOUBLE, _CLOSE_DOUBLE = "“„", "”"
_OPEN_SINGLE, _CLOSE_SINGLE = "‘", "’"
_BEFORE_OPEN = set(" \t([{—–-/:;,") | {""}
_AFTER_CLOSE = set(" \t)]}.,;:!?—–-…") | {""}
_BEFORE_STRAIGHT = set(" \t([{—–/") | {""}


@dataclass(frozen=True)
class Span:
    """A top-level quotation in a paragraph: text[start:end] includes the quote marks."""

    start: int
    end: int
    closed: bool

    def inner(self, text: str) -> str:
        """The quoted words without the surrounding marks."""
        body = text[self.start + 1 : self.end - 1] if self.closed else text[self.start + 1 : self.end]
        return body.strip(" ,")


def _role(text: str, i: int) -> str | None:
    """'open', 'close' or None (not a quote mark, e.g. an apostrophe) for the mark at text[i]."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in _OPEN_DOUBLE:
        return "open"
    if ch in _CLOSE_DOUBLE:
        # a closing mark used to open: ”Like this” at the start of a paragraph or after a space, before a word
        wrong_way = (prev in _BEFORE_STRAIGHT or prev == "") and nxt.isalnum()
        return "open" if wrong_way else "close"
    if ch == '"':  # straight: opens after a space or bracket and before a word, else closes
        opens = (prev in _BEFORE_STRAIGHT or prev in "‘'“") and nxt not in _AFTER_CLOSE - {"-", "—", "–"}
        return "open" if opens else "close"
    if ch == _OPEN_SINGLE:
        return "open"
    if ch in (_CLOSE_SINGLE, "'"):
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe inside a word: Poland’s, it’s
        if ch == _CLOSE_SINGLE and (i == 0 or prev in _BEFORE_STRAIGHT) and nxt.isupper():
            return "open"  # ’We raised …’ : a quotation opened with the wrong-way mark (a closer never follows a space)
        if ch == "'" and (prev in _BEFORE_OPEN or prev in "“\"") and nxt.isalnum():
            return "open"
        if nxt in _AFTER_CLOSE or nxt in "”\"’'":
            return "close"
        return None
    return None


def _kind(ch: str) -> str:
    return "double" if ch in '"“”„' else "single"


def quote_spans(text: str) -> list[Span]:
    """Top-level quotations in one paragraph, in order. Never raises; unclosed quotes run to the end."""
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []  # (kind, position) of open quotes
    open_doubles = 0  # double quotes on the stack (kept as a count: a stack can grow to thousands)
    for i, ch in enumerate(text):
        if ch not in '"“”„‘’\'':
            continue
        role = _role(text, i)
        if role is None:
            continue
        kind = _kind(ch)
        if role == "open" and kind == "double" and open_doubles:
            # a second double opener while one is open: the first never closed
            spans.append(Span(stack[0][1], i, False))
            stack.clear()
            open_doubles = 0
        if role == "open":
            if kind == "single" and not stack and ch == "'" and text[i + 1 : i + 2].islower():
                continue  # 'tis, 'em: a leading apostrophe, not a quote
            stack.append((kind, i))
            open_doubles += kind == "double"
            continue
        # closing mark: close the innermost open quote of the same kind
        match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == kind), None)
        if match is None:
            continue  # a stray closer (or an apostrophe after s: Russians’) outside any quote
        start = stack[match][1]
        open_doubles -= sum(k == "double" for k, _ in stack[match:])
        del stack[match:]
        if not stack:
            spans.append(Span(start, i + 1, True))
    if stack:
        end = len(text.rstrip())
        spans.append(Span(stack[0][1], end, False))
    return spans


# --------------------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------------------
_VERBS = (r"said|says|say|told|tells|added|adds|stated|states|noted|notes|wrote|writes|warned|warns|claimed|claims|"
          r"insisted|insists|stressed|stresses|argued|argues|asked|remarked|announced|announces|declared|explained|"
          r"replied|responded|dismissed|dismisses|called|slammed|dubbed|branded|described|reiterated|repeated|"
          r"continued|posted|tweeted|hit out|told reporters|according to|According to|"
          # more of the verbs news copy reports speech with, in the forms used (British and American spellings)
          r"urged|urges|conceded|concedes|criticised|criticized|criticises|criticizes|authorised|authorized|"
          r"cried|cries|admitted|admits|acknowledged|acknowledges|pointed out|recalled|recalls|observed|"
          r"commented|suggested|suggests|predicted|vowed|vows|pledged|promised|concluded|emphasised|emphasized|"
          r"underlined|highlighted|maintained|maintains|confirmed|confirms|denied|countered|answered|shouted|"
          r"joked|quipped|mused|recounted|lamented|complained|boasted|cautioned|appealed|concedes|conceded|"
          r"agreed|agrees|recalled|testified|announced|wrote|texted|emailed|messaged|setting out|set out|"
          r"welcomed|welcomes|praised|condemned|condemns|defended|rejected|accused|blamed|hailed|questioned|"
          r"shot back|fired back|hit back|interjected|"
          r"describes|will warn|will say|will tell|is expected to say|"
          # verbs of features and court copy ("Mr. Khader alleged", "she scoffed", "he laughs")
          r"alleged|alleges|scoffed|retorted|snapped|sighed|pleaded|asserted|asserts|contended|contends|assured|"
          r"affirmed|exclaimed|proclaimed|grumbled|laughed|laughs|objected|protested|ventured|reckoned|reckons|"
          r"elaborated|clarified|summed up|went on|goes on|chimed in|wondered|whispered|explains|concludes|"
          r"points out|remembers|remembered|acknowledges|cautions|quips|jokes|muses|laments|complains|boasts|"
          r"sniped|sneered|fumed|raged|gushed|beamed|"
          # their present tense, and the gestures features attribute speech with ("“…,” the mayor shrugs")
          r"shrugs|shrugged|sighs|smiles|smiled|grins|grinned|scoffs|retorts|snaps|pleads|exclaims|marvels|"
          r"marvelled|marveled|enthuses|enthused|counters|concurs|concurred|replies|responds|answers|observes|"
          r"comments|predicts|reflects|reflected|confides|confided|"
          # what reports and bodies do with a finding ("The report attributed the fall to “…”")
          r"reported|recommended|recommends|attributed|attributes|"
          # naming a thing in someone's words: "Mayor Jean-Pierre Bonvin calls it “insurance we hope ...”"
          r"calls|dubs|termed|labelled|labeled|"
          # state media's "expressed the hope that ..."
          r"expressed|expresses|"
          # a body's advice to the public: "The Ministry also reminded the public: “…”"
          r"reminded|reminds|advised|advises")
#: A report or inquiry that "found" something "…" (never the passive "can be found", "was found").
_FOUND = r"(?<!\bbe )(?<!been )(?<!\bis )(?<!\bare )(?<!was )(?<!were )(?:found|finds)"
_PARTICIPLES = (r"adding|saying|calling|describing|noting|stressing|warning|insisting|arguing|writing|dubbing|"
                r"stating|urging|telling|explaining|declaring|arguing|admitting|conceding|vowing|recalling|"
                r"acknowledging|alleging|asserting|suggesting|promising|emphasising|emphasizing|pointing out")


#: Participles whose object is the person or body spoken to: the speaker stands before them.
_TO_WHOM_PARTICIPLES = frozenset(["telling", "urging", "calling", "dubbing", "describing"])


#: The verbs as a character trie (``text.trie_pattern``): the same matches as the plain list, without trying every
#: verb at every position of every sentence.
_VERB_RE = re.compile(rf"\b(?:(?P<verb>{trie_pattern(set(_VERBS.split('|')), shortest_first=True)}|{_FOUND})|"
                      rf"(?P<part>{trie_pattern(set(_PARTICIPLES.split('|')), shortest_first=True)}))\b")
_UPPER = UPPER
#: A capitalised run: "Borys Filatov", "Ursula von der Leyen", "Coordination Headquarters for the Treatment of
#: Prisoners of War" (small connecting words only between capitalised ones).
_NAME_RUN = (rf"[{_UPPER}][\w’'.-]*(?:\s+(?:(?:{NAME_PARTICLES_RE}|of|for|the)\s+)*"
             rf"(?:{ARABIC_ARTICLE})?[{_UPPER}][\w’'.-]*)*")  # "... bin Sultan al-Junaibi"
_NAME_RUN_RE = re.compile(_NAME_RUN)
_PRONOUNS = {"he", "she", "they", "him", "her", "them"}
_ROLE_RE = re.compile(r"\b(?:the|The)\s+((?:[A-Za-z-]+\s+){0,3}[a-z-]+)\s*$")
_ADVERBS = r"(?:\s+(?:also|once|previously|meanwhile|later|then|again|earlier|has|had|have|was|is|himself|herself|" \
           r"always|often|never|still|just|now|sometimes|" \
           r"on\s+\w+day|\w+ly))*"
_SUBJ_BEFORE_RE = re.compile(rf"(?P<subj>\b(?:he|she|they|He|She|They)\b|{_NAME_RUN}|\b[Tt]he\s+(?:(?:[A-Za-z-]+|\d{{1,3}}-year-old)\s+){{0,3}}"
                             rf"(?:\d{{1,3}}-year-old|[a-z-]+)),?{_ADVERBS}\s*$")
#: A name, then "who" and the verb: the relative clause's subject is the name ("Treviño, who said ...").
#: A relative clause opened by "which" right before the verb: the body named before it is the verb's subject.
_WHICH_RE = re.compile(r",\s+which\s+(?:also\s+|later\s+|has\s+|had\s+)?$")
_WHO_SAID_RE = re.compile(rf"(?:^|[.!?]\s+)(?P<name>{_NAME_RUN}),\s+who\s+(?:also\s+|later\s+|has\s+|had\s+)?$")
# a sentence ends at . ! ? before a capital or a quote, but not after an initial or an abbreviated title
# ("U.S. officials", "Mr. Cho", "Sen. Maria Lopez", "Gov. Hochul"): those are filtered in ``_boundaries``.
_BOUNDARY_RE = re.compile(r"[.!?]\s*(?=[A-Z§“\"‘'(])")
_ABBREVIATIONS = frozenset(["mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev", "hon", "jr", "sr", "cllr", "insp", "det", "adm", "maj", "cmdr", "supt", "pres", "amb", "atty", "sec", "dept", "no", "vs", "fr", "messrs", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "inc", "co", "ltd"])
_WORD_BEFORE_RE = re.compile(r"(\w+)$")
_MASK = "§"


#: Characters of the article before a quote that its speaker is resolved in (full names, roles, pronouns).
CONTEXT_CHARS = 8000
#: A sentence is read at most this far either side of its quote for the reporting clause.
CLAUSE_CHARS = 1000
#: Reporting clauses (or candidate names) tried before a quote, nearest first.
MAX_CLAUSES = 4


def _is_boundary(masked: str, pos: int) -> bool:
    """Whether the mark at ``pos`` ends a sentence: not a full stop after an initial or an abbreviation."""
    if masked[pos] != ".":
        return True
    word = _WORD_BEFORE_RE.search(masked, max(0, pos - 12), pos)
    if word is None:
        return True
    w = word.group(1)
    return not ((len(w) == 1 and w.isupper()) or w.lower() in _ABBREVIATIONS)


def _boundaries(masked: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the sentence boundaries of a masked paragraph, found once per paragraph."""
    found = [(m.start(), m.end()) for m in _BOUNDARY_RE.finditer(masked) if _is_boundary(masked, m.start())]
    return [a for a, _ in found], [b for _, b in found]


def _sentence_bounds(masked: str, pos: int, bounds: tuple[list[int], list[int]] | None = None) -> tuple[int, int]:
    """Start and end of the sentence of ``masked`` holding position ``pos`` (quotes are masked), clipped to
    ``CLAUSE_CHARS`` either side so a paragraph with no sentence break costs no more than a short one."""
    starts, ends = bounds if bounds is not None else _boundaries(masked)
    k = bisect.bisect_right(ends, pos)  # boundaries ending at or before pos
    start = ends[k - 1] if k else 0
    j = bisect.bisect_left(starts, pos)  # first boundary starting at or after pos
    end = starts[j] + 1 if j < len(starts) else len(masked)
    return max(start, pos - CLAUSE_CHARS), min(end, pos + CLAUSE_CHARS)


@dataclass
class _State:
    """What the attribution remembers across one article."""

    last_speaker: str = ""
    #: The whole article, and (start, full name, speaks) of its person mentions, found on first need.
    text: str = ""
    mentions: list[tuple[int, str, bool]] | None = None
    #: Where in the article the current paragraph and the quote being attributed start.
    paragraph_at: int = 0
    position: int = 0
    #: The sentence opener found for the quote at ``position`` (every clause tried for one quote asks again).
    opener: tuple[int, str] | None = None
    #: The institution whose spokesman or spokeswoman spoke last, and the pronoun that refers back to them.
    voice: tuple[str, str] | None = None
    #: Title -> the one person the whole article gives it ("" when none or several), found once per title.
    title_holders: dict[str, str] = field(default_factory=dict)
    #: The article's headline: a title it gives someone ("Finance Minister Aroha Tipene-Walker shelves tax cuts") counts
    #: for the whole article as the body's do.
    headline: str = ""
    #: Whether the speaker of the quote being attributed was found through "he" or "she".
    by_pronoun: bool = False
    #: Where in the article the last quotation given a speaker ends.
    last_said_at: int = 0


# (letters of any script: "the Sinn Féin candidate" is one role, never "the Sinn F")
_CANDIDATE_RE = re.compile(rf"(?P<pron>\b(?:he|she|they|He|She|They|him|her|them)\b)|(?P<role>\b[Tt]he\s+(?:(?:[^\W\d_]|-)+\s+){{0,3}}"
                           rf"(?:\d{{1,3}}-year-old\b|(?:[^\W\d_]|-)+))"
                           rf"|(?P<name>{_NAME_RUN})")


#: Words after an institution that say who spoke for it: "A Home Office spokesperson" speaks for the Home Office.
_MOUTHPIECES = frozenset(["spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials", "source", "sources", "statement", "representative", "representatives", "delegate", "delegation", "release"])
_CONNECTORS = NAME_PARTICLES | {"of", "for", "the", "and", "&"}
#: Those that connect a name's words written with a capital too ("De Souza"); "Ben", "Das", "Della" and "Des" are
#: names of their own when capitalised.
_CAPITAL_CONNECTORS = frozenset(["von", "van", "der", "den", "de", "da", "du", "di", "del", "la", "le", "al", "bin", "of",
                                 "for", "the", "and"])


def _particle_surname(words: list[str]) -> bool:
    """True when ``words`` are a surname written with its lower-case particles ("van der Berg", "de Vries", "da
    Silva"): a person's name as news style shortens it, never a fragment before a name ("of Little Dunmore")."""
    return (len(words) >= 2 and all(w in NAME_PARTICLES for w in words[:-1])
            and words[-1][:1].isupper() and words[-1] not in NAME_PARTICLES)


def _vietnamese_surname(words: list[str]) -> bool:
    """"Le Quang Vinh", "Lê Thị Hoa": the Vietnamese family name Le (Lê) before two or more given names, never the
    French particle of "Le Drian" or "Le Pen" (a surname of two words)."""
    return len(words) >= 3 and words[0] in ("Le", "Lê") and all(w[:1].isupper() for w in words[1:])


def _connector(word: str) -> bool:
    """True when ``word`` connects a name's words rather than being one ("van", "dos", "a/l"; "De", not "Ben")."""
    return word in _CONNECTORS or word.lower() in _CAPITAL_CONNECTORS


#: Capitalised words that open a clause at the start of a sentence, never a name's first word ("When I", "As Cllr
#: Pike").
_CLAUSE_WORDS = frozenset(["when", "if", "as", "but", "and", "so", "then", "while", "after", "before", "because",
                           "since", "though", "although", "once", "until", "where", "what", "who", "how", "why", "we",
                           "you", "it", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their",
                           "like", "unlike"])  # "Like Laidlaw, she ...": a comparison, not "Like Laidlaw"



#: Words after the Irish article "An" in a public body's name ("An Garda Síochána", "An Post", "An Bord Pleanála",
#: "An Chomhairle Ealaíon", "An Taisce"): the article belongs to the name, never an indefinite "an".
_IRISH_BODY_WORDS = frozenset(["Garda", "Post", "Bord", "Chomhairle", "Taisce", "Roinn", "Coimisiún", "tSeirbhís",
                               "Chúirt", "Foras", "Ard"])


def _irish_body(words: list[str]) -> bool:
    """Whether the words open with the Irish article of a body's name ("An Garda Síochána", "An Post")."""
    return len(words) >= 2 and words[0] == "An" and words[1] in _IRISH_BODY_WORDS


def speaker_form(name: str) -> str:
    """A speaker as one canonical form, or "" when the phrase names nobody.

    "U.S. District Judge Elena Vasquez" -> "Elena Vasquez" (words before the last title go with it);
    "A Home Office spokesperson" -> "Home Office"; "Okonjo." -> "Okonjo"; "One African delegate",
    "Accra-based", "Sen." -> "" (a speaker must read as a name or an institution, never a fragment).
    """
    from .people import _GIVEN_NAME_WORDS, NOT_PERSON, TITLES, _clean_word, _country_words, _is_name

    words = name.strip(" ,.;:").split()
    if len(words) == 1 and words[0].lower() in _ROLE_ACRONYMS:
        return ""
    if len(words) >= 2 and words[0].lower() in ("a", "an", "one", "another", "some") and words[-1].lower() in (
            "source", "sources"):
        return ""  # "One Whitehall source": someone unnamed, never the body a spokesperson speaks for
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return words[0]  # an institution's acronym: "IMF", "NATO", "ASEAN"
    if _irish_body(words):
        return " ".join(words)  # the Irish article of a body's name: "An Garda Síochána", "An Bord Pleanála"
    while words and (words[0].lower() in ("a", "an", "one", "another", "the")
                     or (_connector(words[0]) and not _particle_surname(words) and not _vietnamese_surname(words))
                     or (words[0].lower() in _CLAUSE_WORDS  # "Nor Azizah binti Hamid": a given name before another
                         and not (words[0].lower() in _GIVEN_NAME_WORDS and len(words) > 2 and is_given_name(words[1])))
                     or words[0].endswith(("-based", "-born"))):
        words.pop(0)
    if any(w in ("I", "I’m", "I'm", "I’d", "I'd", "It", "Its") for w in words):
        return ""  # "When I told him": the first person of a Q&A answer; "on X. It added": never a name
    if len(words) >= 2 and words[-1].lower() in _DOCUMENT_NOUNS and all(w[:1].isupper() for w in words):
        return " ".join(words)  # a document named in capitals speaks as named: "Regional Health Workforce Review"
    # "Dale Morrison of the Metal Trades Department": a person's name before "of"/"at" + an institution
    # "Assistant Chief Constable Neil Sutcliffe of Lancashire police": after a title chain too, but never after a
    # title ("Deputy Minister of Foreign Affairs") or inside an institution's name ("Ministry of Defence")
    for k, w in enumerate(words):
        if (w.lower() in ("of", "at", "for") and k >= 2
                and (not _is_institution(" ".join(words[:k])) or _titled_name_before(words[:k]))
                and words[k - 1].lower().strip(".,") not in TITLES | _TITLE_EXTRA):
            words = words[:k]
            break
    words = without_post_nominals(words)  # "Ciarán Doherty TD", "Jane Roe MP"
    if words:  # "the Department of Agriculture’s" (a possessive, not a name)
        words[-1] = _clean_word(words[-1])
    # "A Home Office spokesperson" -> "Home Office"; a capitalised word ends a name ("... County Election Officials")
    while len(words) > 1 and words[-1].lower() in _MOUTHPIECES and (words[-1].islower() or "of" not in words):
        words.pop()
    if len(words) == 1 and words[0].isupper() and words[0].lower() in _INSTITUTION_ACRONYMS:
        return words[0]  # "an IMF spokesperson": these acronyms stand before titles too ("UN Secretary-General")
    lowered = [w.lower().rstrip(".,").replace("’s", "").replace("'s", "") for w in words]
    titles = [i for i, w in enumerate(lowered[:-1]) if (w in TITLES or w in _TITLE_EXTRA)
              and not (i and lowered[i - 1] in ("of", "and", "for"))  # "Department of Health and Social Care"
              and lowered[i + 1] not in _NAME_PARTICLE_WORDS  # "Dirección General de Aguas": a body's name
              and not (i == len(words) - 2 and i == 0 and is_common_given_name(words[i]))]  # "Dean Morton": a name
    if titles and not any(w in NOT_PERSON or w in _INSTITUTION_NOUNS for w in lowered[titles[-1] + 1:]) and (
            not _is_institution(" ".join(words)) or _is_name(words[titles[-1] + 1:])):  # not "Ministry of ... Trade"
        words, lowered = words[titles[-1] + 1:], lowered[titles[-1] + 1:]
    if (len(words) >= 3 and not _initial(words[0]) and not _vietnamese_surname(words)
            and (not is_given_name(words[0]) or _descriptor_pair(words))):
        # "County Clerk Dana Whitfield", "Ocean Policy Kjersti Haugland Strand" (the end of a minister's remit):
        start = next((i for i in range(1, len(words) - 1) if is_given_name(words[i]) and _is_name(words[i:])
                      and not _is_institution(" ".join(words[i:])) and words[i - 1] != "of"  # "Friends of Hallam Park"
                      # "Elections Nova Scotia": a body's plural word first and no title before the given name (never
                      # "County Clerk Dana Whitfield")
                      and not (lowered[0] in NOT_PERSON and lowered[0].endswith("s")
                               and not any(w in TITLES or w in _TITLE_EXTRA for w in lowered[:i]))),
                     0)
        # "Agriculture Hamisi Juma Mwakalinga": a rare word between the remit and the given name found is a given name
        # the name data lacks, and stays
        while start > 0 and len(words) - start < 3 and _zipf(words[start - 1]) < RARE_NAME_ZIPF and words[start - 1][
                :1].isupper() and (
                start == 1 or _common_word(words[start - 2])) and lowered[start - 1] not in TITLES | _TITLE_EXTRA:
            start -= 1
        words, lowered = words[start:], lowered[start:]  # a descriptor before a given name goes
    if (len(words) == 2 and not _initial(words[0]) and not words[0].isupper()  # "NHS England" is a body
            and words[0].lower() in _ADDRESSED_BY_GIVEN_NAME  # never "Met Éireann"
            and is_given_name(words[1]) and not _is_institution(" ".join(words))):
        return words[1].strip(" ,.;:")  # "Reader Jo", "Listener Dave": a reader known by a given name
    if not words or all(w in TITLES or w in _TITLE_EXTRA or w in _MOUTHPIECES for w in lowered):
        return ""
    if (len(words) >= 4 and words[-3].lower().strip(".,") in _INSTITUTION_NOUNS | NOT_PERSON and _is_name(words[-2:])
            and (is_given_name(words[-2]) or (_zipf(words[-2]) < RARE_NAME_ZIPF and _zipf(words[-1]) < RARE_NAME_ZIPF))
            and not _is_institution(" ".join(words[-2:]))):  # not "State Election Directors"
        words = words[-2:]  # "Director-General of Gilan Province Fisheries Department Reza Amini"
    core = [w for w in words if not _connector(w) and len(w) > 2]
    if len(core) >= 4 and not _is_institution(" ".join(words)) and not is_given_name(words[0]):
        # "Water Resources Bakhodir Yusupov"; never "Ana Paula Moreira Santos", "Jose Luis Herrera Pons"
        words = words[-2:]
    if any(not (w[:1].isupper() or w[:1].isdigit() or _connector(w) or _ARABIC_ARTICLE_RE.match(w)) for w in words) \
            and not _body_in_lower_case(words):
        return ""
    if words[-1].endswith(("-based", "-born")):
        return ""
    if (len(words) >= 3 and not any(w in NOT_PERSON for w in lowered) and not _initial(words[0])
            and not _vietnamese_surname(words) and _common_word(words[0]) and not is_common_given_name(words[0])  # "Daniel Mwangi Kariuki" keeps Daniel
            and words[0].lower() not in _GIVEN_NAME_WORDS  # "Nor Azizah binti Hamid" keeps Nor
            and not _common_word(words[1]) and not _connector(words[1]) and not _is_institution(" ".join(words))):
        words = words[1:]  # "Energy Aidar Seitkali", "Commerce Li Jianhua": the end of a title ("of Energy")
    if (len(words) == 1 and not words[0].isupper() and _common_word(words[0])
            and actor_for(words[0], kinds=("person", "organisation", "place")) is None
            and words[0].lower() not in _country_words()):
        return ""  # "Outside", "Back", "Pacific": a capitalised word, not a name
    return " ".join(words).strip(" ,.;:")


def _titled_name_before(words: list[str]) -> bool:
    """Whether the words end in a title word and a person's two-word name: "Group Manager Rhodri Vaughan" (a rank
    whose words name bodies elsewhere; the "of North Wales Fire and Rescue Service" after it is where he works)."""
    from .people import _is_name

    return (len(words) >= 3 and words[-3].lower().strip(".,") in _TITLE_WORDS_ALL and is_given_name(words[-2])
            and _is_name(words[-2:]))


def _descriptor_pair(words: list[str]) -> bool:
    """Whether the first two words are everyday English words before a given name later on ("Ocean Policy Kjersti
    Haugland Strand"), though the first is also someone's given name: neither is a common given name, the second
    is no given name at all ("Rose Marie Smith", "Hope Solo Jones" keep their first word)."""
    return (_common_word(words[0]) and not is_common_given_name(words[0]) and _common_word(words[1])
            and not is_given_name(words[1]) and any(is_given_name(w) for w in words[2:]))


#: An Arabic family name written with its article in lower case: "al-Riyami", "el-Sayed".
_ARABIC_ARTICLE_RE = re.compile(rf"{ARABIC_ARTICLE}[A-Z]")
#: An Arabic article in lower case right before a capitalised run (where a sentence opens with "al-Farsi").
_ARTICLE_BEFORE_RE = re.compile(rf"(?<![\w-]){ARABIC_ARTICLE}$")


#: People a page calls by a given name after what they are to it: "Reader Jo", "Listener Dave", "Caller Mags".
_ADDRESSED_BY_GIVEN_NAME = frozenset(["reader", "listener", "viewer", "caller", "commenter", "subscriber", "member",
                                      "user", "fan", "supporter", "customer", "resident", "student", "parent",
                                      "texter", "emailer", "contributor", "guest"])


#: Particles that continue a body's name in Spanish, Portuguese, French or English after a capitalised word.
_NAME_PARTICLE_WORDS = frozenset(["de", "del", "da", "do", "dos", "das", "du", "des", "di", "of", "for"])
#: Two words this rare in English after a ministry's name are its minister's name ("... Energy Hirut Kassaye").
RARE_NAME_ZIPF = 2.5


def _body_in_lower_case(words: list[str]) -> bool:
    """A body's name whose last words are in lower case ("COP30 presidency", "Mato Grosso state government",
    "conference secretariat", "city’s planning department"): at most three lower-case words, all at the end, the
    last an institution noun, none a stop word."""
    lower = [k for k, w in enumerate(words) if not (w[:1].isupper() or w[:1].isdigit())]
    return (len(words) >= 2 and 0 < len(lower) <= 3 and lower == list(range(len(words) - len(lower), len(words)))
            and (words[-1].lower() in _INSTITUTION_NOUNS or " ".join(words[-2:]).lower() in _GUARDS)
            and not any(words[k].lower() in STOP_WORDS for k in lower))


#: Bodies named by two lower-case words whose last is also a person's job ("the guard said" may be a prison guard).
_GUARDS = frozenset(["coast guard", "border guard", "national guard", "border police", "fire service"])


def is_place_like(name: str) -> bool:
    """A known place, or one capitalised word that no name data calls a person's (after "in", a town)."""
    from .people import NOT_PERSON, _country_words

    return is_place(name) or name.lower() in _country_words() or (
        " " not in name and not is_given_name(name) and name.lower() not in NOT_PERSON and actor_for(name) is None)


def _initial(word: str) -> bool:
    """A capital and a full stop: an initial of a name ("K. Venkatesh Rao"), never a word or a title."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


#: A word this common in English (wordfreq's Zipf scale; "commerce" 4.4, "thompson" 4.3, "putin" 4.1) is read as a
#: word, not a name, when it stands alone as a speaker or before a two-word name.
COMMON_WORD_ZIPF = 4.35


@lru_cache(maxsize=20_000)
def _zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale), punctuation and case aside."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower().strip(".,’'"), "en")


def _common_word(word: str) -> bool:
    return _zipf(word) >= COMMON_WORD_ZIPF


#: Words that end a title ("Chief Executive Officer", "Secretary-General").
_TITLE_WORDS_ALL = frozenset(["officer", "president", "director", "chairman", "chairwoman", "chair", "secretary",
                              "secretary-general", "minister", "executive", "manager", "spokesperson", "spokesman",
                              "spokeswoman", "founder", "head", "chief", "governor", "mayor", "commissioner",
                              "ambassador", "envoy", "consul", "coordinator", "adviser", "advisor"])
#: Those words, and "and"/"of", as a pattern: the rest of a title between a role word and its holder's name.
_TITLE_WORDS_RE = "(?:" + "|".join(sorted(_TITLE_WORDS_ALL | {"and", "of", "the"})) + ")"


#: Institutions' acronyms that the people module lists as words before a title ("UN Secretary-General").
_INSTITUTION_ACRONYMS = frozenset(["un", "eu", "nato", "who", "imf", "opec", "asean", "au", "wto", "oecd"])


def _english_word(word: str) -> bool:
    """Whether a word is an everyday English word ("reader", "listener", "local"; Zipf 3 or more)."""
    return _zipf(word) >= 3.0


#: Titles the people module does not list (it finds names; these only ever stand before one).
_TITLE_EXTRA = frozenset(["cllr", "councillor", "councilman", "councilwoman", "councilmember", "member", "assemblymember",
                          "assemblyman", "assemblywoman", "selectman", "selectwoman", "supervisor", "commissioner", "td", "msp", "mla", "mpp", "alderman", "district", "circuit", "magistrate", "inspector", "superintendent", "detective", "constable", "sheriff", "dean", "rector", "provost", "pastor", "bishop", "archbishop", "rabbi", "imam", "cardinal", "coach",
                          "gda", "garda",
                          # a sports page's titles: "Kelham boss Steve Mulgrew", "Skipper Dan Rees"
                          "boss", "skipper"])


def _candidate(phrase: str, context: str, state: _State, persons_only: bool = False) -> str:
    """Resolve a subject phrase (pronoun, role noun or name) to a speaker, "" if it names none.

    Places speak only as institutions ("Moscow said"); with ``persons_only`` they never do.
    """
    phrase = phrase.strip(" ,")
    if phrase.endswith(".") and len(phrase.split()[-1]) > 3:
        phrase = phrase[:-1]  # "said Mr Okonjo." (but "Mr." and "U.S." keep their stops)
    if not phrase:
        return ""
    if _EXCELLENCY_RE.fullmatch(phrase):  # "His Excellency affirmed ...": the person the article gave the honorific
        return _role_holder("excellency", context) or UNKNOWN
    if phrase.lower() in ("he", "she", "him", "her"):
        state.by_pronoun = True
        # "The parish council chair is unconvinced. ‘…,’ she said": the chair, even just after another woman spoke
        role_subject = _role_subject(context, phrase)
        if (state.voice and state.voice[0] == state.last_speaker and state.voice[1] == phrase.lower()
                and not role_subject):
            return state.voice[0]  # "a ParkSure spokesman said. ‘...,’ he added": nobody else spoke in between
        if (unnamed := _indefinite_subject(context)) is not None:
            return unnamed  # "One Greek shipowner, who asked not to be named, said ... “…,” he said": nobody named
        if (relative := _relative_subject(context, state, phrase)) is not None:
            return relative  # "Her husband moved the cars. “…,” he said": the relative, or "" when nobody named is
        if role_subject:
            return role_subject
        # "She spoke to Fatima al-Harbi, who ... “…,” she said": the woman spoken to, not the reporter who spoke
        spoken = _spoken_to(context.rstrip().rsplit("\n", 1)[-1], context, state, press=False)
        if spoken and agrees(phrase, spoken, state.text or context):
            return spoken
        if who := _speaker_goes_on(state, phrase):
            return who
        if who := _previous_subject(state, phrase):
            return who
        who = last_named_person(context, state, phrase)
        if who is None:  # everyone named just before is of the other gender: someone unnamed speaks
            return ""
        text = state.text or context
        return who or next((w for w in (state.last_speaker, _last_person(context, state))
                            if w and not _is_institution(w) and agrees(phrase, w, text)), "")
    if phrase.lower() in ("they", "them") or _PAIR_NOUN_RE.fullmatch(phrase):
        # "“…,” they said" / "the two researchers said": two people named together just before speak jointly, and
        # the first named stands for both; else a group or institution
        return _pair_before(context, state) or (_last_group(context) if phrase.lower() in ("they", "them") else "")
    if phrase.lower() in ("the spokesperson", "the spokesman", "the spokeswoman"):
        # "an FBR spokesperson said ... “…,” the spokesperson told Dawn": the institution last given a spokesperson
        recent = context[-ANTECEDENT_CHARS:]
        voices = list(_VOICE_OF_RE.finditer(recent))
        if voices and (noun := voices[-1].group("c")):  # "A department spokeswoman said ...": the department named
            return _unknown_role(f"the {noun}", recent[:voices[-1].start()]) or UNKNOWN
        if voices:
            return speaker_form(voices[-1].group("a") or voices[-1].group("b")) or UNKNOWN
    if phrase.lower() in _DOCUMENT_VOICES:  # "“…,” the statement said": the body that issued it, named just before
        return _statement_giver(phrase.split()[-1].lower(), context, state) or _last_group(context)
    if described := _DESCRIBED_NAME_RE.fullmatch(phrase):  # "the conservation charity Farmland Futures": the name
        return _candidate(described.group("name"), context, state, persons_only)
    if aged := _AGED_RELATIVE_RE.fullmatch(phrase):
        # "the younger Tully", "the elder Kowalski": of relatives sharing the surname, the one introduced last or first
        relatives = list(dict.fromkeys(full_names_ending(aged.group("surname"), context)))
        if len(relatives) >= 2:
            return relatives[0] if aged.group("age").startswith(("eld", "old")) else relatives[-1]
    if people := _DEMONYM_ROLE_RE.fullmatch(phrase):
        # "the Kazakh official noted": the last person named just after the word ("Kazakh First Vice Minister of
        # Agriculture Yerlan Sadykov"), never the word itself; unknown when no one is
        return _named_after_word(people.group("word"), context, state) or UNKNOWN
    if phrase[:4].lower() == "the ":
        role = resolve_role(phrase, context)
        if phrase[4:].lower() in _COMPANY_NOUNS:  # "The Company noted": a press release's capitalised role noun
            return role or _unknown_role(phrase.lower(), context, state)
        if phrase[4:].lower() in _INSTITUTION_NOUNS and (body := role or _unknown_role(phrase.lower(), context, state)):
            return body  # "The Commission said": the European Commission named before
        if role or not phrase[4:5].isupper() or _is_person_role(phrase[4:]):
            return role or _unknown_role(phrase, context, state)
    bare = phrase[4:] if phrase[:4].lower() == "the " else phrase
    bare = " ".join(without_post_nominals(bare.split()))  # "Doherty TD": Ciarán Doherty
    if not _is_institution(bare):  # "Climate Action Network" keeps "Climate"; "Minister Li Jianhua" loses his title
        bare = strip_titles(bare)
    if is_title(bare) or bare.startswith("of "):  # "Minister of Fisheries": a title and its remit, nobody named
        return ""
    if is_place(bare):  # a known place speaks only as its government ("Moscow said"), never as a person
        return "" if persons_only else bare
    # "Mr Hartley" keeps his honorific for the lookup: of relatives sharing the surname, it says which one
    written = f"{phrase.split()[0]} {bare}" if honorific_sex(phrase) else bare  # "Mrs Correia da Silva" too
    if persons_only and " " not in bare and actor_for(bare, kinds=("person",)) is None:
        return resolve_person(written, context) if " " in resolve_person(written, context) else ""
    if " " in bare and _is_institution(bare):
        return actor_for(bare) or bare  # "Climate Action Network" as written (no title stripping)
    return resolve_person(written, context)


#: The honorific a Gulf or South Asian state agency's copy gives a minister, then calls them by: "His Excellency".
_EXCELLENCY_RE = re.compile(r"(?:(?:[Hh]is|[Hh]er|[Tt]he)\s+)?Excellency")


#: A nationality or place word, then a person's role in lower case: "the Kazakh official", "the Chinese vice minister".
_DEMONYM_ROLE_RE = re.compile(rf"[Tt]he\s+(?P<word>[{_UPPER}][a-z]+)\s+(?P<role>(?:[a-z]+\s+){{0,2}}"
                              r"(?:official|minister|diplomat|envoy|ambassador|leader|delegate|representative|president"
                              r"|premier|negotiator|spokesperson|spokesman|spokeswoman))")
#: Characters before a person's name searched for the word that describes them ("Kazakh First Vice Minister of ...").
_DESCRIBED_BY_CHARS = 80


def _named_after_word(word: str, context: str, state: _State) -> str:
    """The last person named in ``context`` whose title, within the same sentence and ``_DESCRIBED_BY_CHARS``
    before the name, holds ``word``: "Kazakh First Vice Minister of Agriculture Yerlan Sadykov" for "Kazakh"; ""
    when no one is."""
    text = state.text or context
    mentions = _article_mentions(state) if state.text else speaker_mentions(context)
    end = state.position if state.text else len(context)
    found, previous = "", 0
    for start, name, _ in mentions:
        if start >= end:
            break
        at = start + max(0, text[start:].find(name.split()[0]))  # the name itself, after any title in the mention
        # the title between the person named before and this name: "Uzbek Deputy Minister of Agriculture", never
        # "Chinese Vice Minister Zhang Weimin and Uzbek ..." for the second name
        before = re.split(r"[.!?]\s", text[max(previous, at - _DESCRIBED_BY_CHARS):at])[-1]
        if re.search(rf"\b{re.escape(word)}\b", before):
            found = name
        previous = at + len(name.split()[0])
    return found


def _statement_giver(noun: str, context: str, state: _State) -> str:
    """Who issued the statement (or release) a later "the statement said" quotes: the subject of the last sentence
    of the last two paragraphs that says so ("Lakeshore Fun Acres, a family-owned park, said in a written
    statement that ...", "In a statement, the Ohio Grain Council said ...", "X issued a statement"); "" when none
    does."""
    recent = _mask_quotes("\n".join(context.split("\n")[-3:]))
    kind = rf"(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}"
    who = rf"(?<![\w’'-])(?P<who>{_NAME_RUN}(?:\s+(?:in|at)\s+{_NAME_RUN})?)"  # "The Chinese Embassy in Laos"
    found = [m for pattern in (
        rf"{who}(?:,[^,;.“”\"]{{1,150}},)?\s+(?:said|says|added|wrote|announced)\s+in\s+{kind}\b",
        rf"{who}(?:,[^,;.“”\"]{{1,150}},)?\s+(?:issued|released|put\s+out|published|sent)\s+{kind}\b",
        rf"\b[Ii]n\s+{kind}\b[^,.“”\"]{{0,60}},\s+(?:the\s+)?{who}\s+[a-z]")
        for m in re.finditer(pattern, recent)
        if not re.search(r"\b(?:in|of|at|for|from|to|by|with)\s+$", recent[:m.start("who")])]  # never a name's tail
    if not found:
        return ""
    who = re.sub(r"^(?:The|the)\s+", "", max(found, key=lambda m: m.start("who")).group("who"))
    return speaker_form(_candidate(who, context, state)) if who.split()[0] not in _NOT_OPENERS else ""


#: A description in lower case, then the name it describes: "the conservation charity Farmland Futures".
#: (Never "the younger Tully": of relatives sharing a surname, which one the adjective says.)
_DESCRIBED_NAME_RE = re.compile(r"[Tt]he\s+(?:[a-z][\w’'-]*\s+){0,2}(?!(?:younger|elder|older|eldest|youngest|late)\s)"
                                r"[a-z][\w’'-]*\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})")
#: "the younger Tully", "the elder Kowalski": one of relatives sharing a surname.
_AGED_RELATIVE_RE = re.compile(r"[Tt]he\s+(?P<age>younger|youngest|elder|eldest|older|oldest)\s+(?P<surname>[A-Z][\w’'-]+)")
#: A document that speaks for the body that issued it.
_DOCUMENT_VOICES = frozenset(["the statement", "the press release", "the release", "the press service", "the communique",
                              "the communiqué"])
_QUOTED_RE = re.compile(r'“[^”\n]*”?|"[^"\n]*"?|‘[^’\n]{20,}’')
#: Characters of context searched for the person a pronoun or role noun refers to.
ANTECEDENT_CHARS = 3000

#: A nickname in quotation marks inside a name: Darren "Dazza" Whitfield, Luis ‘Lucho’ Pérez.
_NICKNAME_RE = re.compile(r"(?P<given>\b[A-Z][\w’'.-]+ )(?P<nick>[\"“‘][A-Z][\w’'.-]{1,15}[\"”’])(?= [A-Z])")


def _mask_quotes(text: str) -> str:
    """The text with every quotation masked (``_MASK`` for each character, so positions hold), and a nickname
    inside a name blanked instead (Darren "Dazza" Whitfield reads as the name Darren Whitfield)."""
    text = _NICKNAME_RE.sub(lambda m: m.group("given") + " " * len(m.group("nick")), text)
    return _QUOTED_RE.sub(lambda m: _MASK * len(m.group(0)), text)



def speaker_mentions(text: str) -> list[tuple[int, str, bool]]:
    """(start, full name, speaks) for every person mention in ``text`` outside quotations, in order.

    ``speaks`` marks a mention that is the subject of a reporting verb or opens a clause ("Peskov said Putin
    has ..." -> Peskov speaks, Putin does not); a name inside another's appositive never speaks ("Mariana Costa,
    an analyst at Clima Aberta, said"). Found once per article and looked up for every "he", "she" or role noun.
    """
    from .people import person_mentions, says_after

    masked = _mask_quotes(text)
    mentions = person_mentions(masked)
    covered = [(end, stop) for _, end, _ in mentions if (stop := says_after(masked, end))]
    return [(start, name, (_is_subject(masked, start, end) or _opens_clause(masked, start))
             and not any(a < start < b for a, b in covered)
             and not _PREPOSITION_BEFORE_RE.search(masked, max(0, (at := _name_start(masked, start, end, name)) - 6), at))
            for start, end, name in mentions]


def _name_start(text: str, start: int, end: int, name: str) -> int:
    """Where a person's name begins inside the capitalised run text[start:end] that holds it: after a leading title
    or department ("of Energy Aidar Seitkali said": the name follows "Energy", not the preposition)."""
    at = text.find(name.split()[0], start, end)
    return at if at >= 0 else start


def _article_mentions(state: _State) -> list[tuple[int, str, bool]]:
    """The article's person mentions (``speaker_mentions``), found once per article, on first need."""
    if state.mentions is None:
        state.mentions = speaker_mentions(state.text)
    return state.mentions


def last_named_person(context: str, state: _State | None = None, pronoun: str = "") -> str | None:
    """The person a "he" or "she" refers to: of the people named in the last ``ANTECEDENT_CHARS`` before the
    quote who agree with the pronoun (``helpers.gender``), the last one who speaks (``speaker_mentions``), else
    the last one named; "" when nobody is named, None when everyone named is of the other gender."""
    text = context
    if state is not None and state.text:
        _article_mentions(state)
        recent = [(name, speaks) for start, name, speaks in state.mentions
                  if state.position - ANTECEDENT_CHARS <= start < state.position]
        here = [name for start, name, _ in state.mentions if state.paragraph_at <= start < state.position
                and not _ASKED_ABOUT_RE.search(state.text, max(0, start - 20), start)]  # "Asked about Askew, he said"
        text = state.text
        if pronoun:  # someone named in the quote's own paragraph, when nobody there speaks, is who "she" is
            here = [name for name in here if agrees(pronoun, name, text)]
            speaking_here = [name for start, name, speaks in state.mentions
                             if speaks and state.paragraph_at <= start < state.position]
            if here and not speaking_here and len(set(here)) == 1:
                return resolve_person(here[-1], context)
    else:
        recent = [(name, speaks) for _, name, speaks in speaker_mentions(context[-ANTECEDENT_CHARS:])]
    if not recent:
        return ""
    if pronoun:
        recent = [(name, speaks) for name, speaks in recent if agrees(pronoun, name, text) and not _body_named(name, text)]
        if not recent:
            return None
    speaking = [name for name, speaks in recent if speaks]
    return resolve_person(speaking[-1] if speaking else recent[-1][0], context)


#: A name as the object of a question put to the speaker: "Asked about Askew, he said".
_ASKED_ABOUT_RE = re.compile(r"\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)\s+(?:about|on|over|whether)\s+$")


def _body_named(name: str, text: str) -> bool:
    """Whether the text introduces the name as a body: "The developer, Thornbury Land, has promised ..." (a "she"
    after it is a person, never the firm)."""
    return re.search(rf"(?:^|[.!?]\s+)(?:The|An?)\s+(?:[a-z-]+\s+)?{_BODY_NOUN_ALT},\s+{re.escape(name)},", text,
                     re.MULTILINE) is not None



_CLAUSE_START_RE = re.compile(r"(?:^|\n|[.!?:;]\s+|,\s+|\band\s+|\bbut\s+)(?:(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?$")


#: A clause opened by up to three words and a title before a name: "Ashwell parish councillor Tom Reddy has ...".
_TITLED_START_RE = re.compile(r"(?:^|\n|[.!?:;]\s+|,\s+|\band\s+|\bbut\s+)(?:[\w’'.-]+\s+){0,3}?(?P<title>[\w.-]+)\s+$")


def _opens_clause(text: str, start: int) -> bool:
    """Whether a name starts a sentence or clause ("By September, Thapa had ...", "Parish councillor Tom Reddy has
    ..."), where a subject stands, rather than following a verb or preposition as an object ("Peskov said Putin
    has ...")."""
    from .people import TITLES

    if _CLAUSE_START_RE.search(text[max(0, start - 12):start]):
        return True
    titled = _TITLED_START_RE.search(text[max(0, start - 60):start])
    if not titled:
        return False
    title = titled.group("title").lower().rstrip(".")
    # a title, or a role noun by its ending ("French art historian Pierre Lambert", "Tourist Li Na")
    return title in TITLES | _TITLE_EXTRA | _TEAM_ROLES or (title.endswith(_ROLE_ENDINGS) and title not in _NOT_ROLES)


#: Endings of role nouns before a name that opens a clause: historian, tourist, spectator, designer, resident.
_ROLE_ENDINGS = ("ian", "ist", "tor", "er", "ent", "ant", "ee")
#: Words with those endings that are no role: a name after them is an object ("after Smith", "under ...").
_NOT_ROLES = frozenset(["after", "under", "over", "later", "never", "ever", "whether", "other", "rather", "together",
                        "either", "neither", "per", "her", "their", "consider", "deliver", "remember", "enter", "offer",
                        "meant", "sent", "went", "spent", "want", "meet", "see", "agree", "guarantee", "recent",
                        "current", "present", "different", "independent", "president-elect", "against",
                        "summer", "winter", "october", "november", "december", "september", "water", "number"])
#: A name right after one of these is an object or a place ("of Little Dunmore, said"), never the speaker.
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|in|at|from|near|to|with|by|for|on)\s+$")
#: The same with "the" allowed between ("to the Financial Chronicle").
_PREPOSITION_THE_BEFORE_RE = re.compile(r"\b(?:of|in|at|from|near|to|with|by|for|on)\s+(?:the\s+)?$")
#: A title tied to the body named after it: "Chief executive of the ", "director at ".
#: A title and its remit before a subject: "Chief executive of the ", "Commissioner for Research and " (Innovation).
_TITLE_OF_BEFORE_RE = re.compile(r"\b([\w-]+)\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+){0,3}?"
                                 r"(?:(?:and|&)\s+)?$")


def _is_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] says something: a reporting verb follows it, directly or after an
    appositive ("Mariana Costa, an analyst at X, said"), or comes right before it ("..., said Costa.")."""
    from .people import says_after

    if says_after(text, end):
        return True
    said_before = re.search(rf"\b(?:{_VERBS}),?\s+$", text[max(0, start - 30):start])
    return bool(said_before) and bool(re.match(r"\s*(?:[,.;:]|$)", text[end:end + 3]))  # not "said Putin has"


#: Role nouns that stand for an institution ("the ministry said"): the last institution with that word speaks.
_INSTITUTION_NOUNS = frozenset(["coastguard", "chamber", "society", "district", "trust", "coalition", "ministry", "department", "council", "agency", "company", "firm", "group", "bank", "fund", "office", "government", "commission", "committee", "court", "union", "party", "campaign", "club", "board", "authority", "regulator", "watchdog", "organisation", "organization", "institute", "university", "hospital", "police", "army", "military", "network", "alliance", "federation", "association", "foundation", "charity", "league", "operator", "airline", "insurer", "utility",
                               # the last word of many an organisation's name ("Vale Health Partners", "Urban Libraries Forum")
                               "forum", "partners", "partnership", "bureau", "consortium", "collective", "labs",
                               "holdings", "ventures", "industries", "enterprise", "enterprises", "associates", "academy",
                               "cooperative", "co-op", "secretariat", "directorate", "inspectorate", "observatory",
                               "administration", "service", "ministry", "embassy", "consulate", "mission", "regime", "presidency",
                               # bodies named by what they do ("the forecaster" for the Met Office)
                               "forecaster", "broadcaster", "publisher", "carmaker", "miner", "grocer", "supermarket",
                               "retailer", "carrier", "maker", "manufacturer", "producer", "supplier", "provider",
                               "developer", "lender", "chain",
                               # public bodies and institutions of any country ("the prefecture said in a statement")
                               "prefecture", "municipality", "tribunal", "parliament", "assembly", "senate", "cabinet",
                               "treasury", "panel", "inquiry", "college", "school", "museum", "library", "diocese",
                               "archdiocese", "church", "airport", "prison"])
#: Nouns that introduce a body ("The developer, Thornbury Land,"), as one alternation built once.
_BODY_NOUN_ALT = "(?:" + "|".join(sorted(_INSTITUTION_NOUNS | NOT_PERSON_NOUNS)) + ")"


_AND_NAME_RE = re.compile(rf"\s+and\s+((?:the\s+)?{_NAME_RUN})")
#: The name before "and" (with "the" after it: "the Far East and the Arctic"); a list in commas before it
#: ("Department for Environment, Food and Rural Affairs") belongs to the name.
_NAME_AND_RE = re.compile(rf"({_NAME_RUN}(?:,\s+{_NAME_RUN})*),?\s+and\s+(the\s+)?$")


def _joins_and(run: str, after: str = "") -> bool:
    """Whether an institution's name may go on after "and": "Ministry of Foreign Trade and Tourism", "Office of Rail
    and Road" (an institution word and "of"/"for" before it), "Millbrook Parks and Recreation Department" (the run
    after it ends in an institution word), but not "Kyiv and Moscow" or "Smith and Jones"."""
    if (" of " in run or " for " in run) and _is_institution(run):
        return True
    last = after.split()[-1].lower().strip(".,") if after else ""
    # "International Boundary and Water Commission": the run before "and" is a body's first half when it does not
    # end in an institution word itself ("the Treasury and Audit Commission" names two bodies)
    from .people import NOT_PERSON

    end = run.split()[-1].lower().strip(".,")
    return last in _INSTITUTION_NOUNS and (not _is_institution(run) or (end not in _INSTITUTION_NOUNS
                                                                        and end not in NOT_PERSON))


def _institution_runs(text: str) -> list[str]:
    """Capitalised runs of ``text`` in order, an institution's name joined across "and" ("Ministry for the
    Development of the Russian Far East and Arctic")."""
    runs = []
    for m in _NAME_RUN_RE.finditer(text):
        run = m.group(0)
        more = _AND_NAME_RE.match(text, m.end())
        more = more if more and _joins_and(run, more.group(1)) else None
        whole = f"{run} and {more.group(1)}" if more else run
        # a run never spans a sentence's end ("... on Wednesday.\n\nThe Commission" is two runs)
        runs.extend(part for part in _RUN_BREAK_RE.split(whole) if part)
    return runs


_RUN_BREAK_RE = re.compile(r"(?<=[a-z]{2}[.!?])\s+|\s*\n\s*")  # (nor a line's end: "... in Townsville\nErgon Energy")


#: Two people referred to together: "the two researchers", "both union leaders", "the pair", "the couple".
_PAIR_NOUN_RE = re.compile(r"(?:[Tt]he two|[Bb]oth(?: the)?|[Tt]he pair|[Tt]he couple|[Tt]he duo)(?:\s+[a-z][\w-]*){0,2}")
#: "John and Mary Tate": two given names sharing the surname after them.
_COUPLE_RE = re.compile(r"\b([A-Z][^\W\d_A-Z]+) and ([A-Z][^\W\d_A-Z]+) ([A-Z][\w’'-]+)\b")  # "Tomás and Ruth Avila"
#: How far back, in characters, the pair must be named.
PAIR_CHARS = 400


def _pair_before(context: str, state: _State) -> str:
    """The first of two people named together ("Liu Yang and Amina Juma", "Jorge Saavedra and the union's
    secretary, Carla Nunez", "John and Mary Tate") in the last sentence before the quote's own, outside quotations;
    "" when that sentence names no such pair."""
    recent = _mask_quotes(context[-PAIR_CHARS:])
    _, ends = _boundaries(recent)
    cut = [e for e in ends if e < len(recent.rstrip()) - 1]
    sentence = recent[cut[-2] if len(cut) >= 2 else 0:]
    couples = [m for m in _COUPLE_RE.finditer(sentence) if all(is_given_name(g) for g in m.groups()[:2])
               and not re.search(r"[A-Z][\w’'-]*\s+$", sentence[:m.start()])]  # not "Liu Yang and Amina Juma"
    if couples:
        return f"{couples[-1].group(1)} {couples[-1].group(3)}"
    if state.text:
        _article_mentions(state)
        offset = state.position - len(sentence)
        named = [(at, name) for at, name, _ in state.mentions if offset <= at < state.position]
        people = list(dict.fromkeys(name for _, name in named))
        if len(people) == 2 and " and " in state.text[named[0][0]:next(a for a, n in named if n == people[1])]:
            return people[0]
    return ""


#: A preposition of place a sentence opens with, which a capitalised run may take in: "At the Westside Library".
_PLACE_PREPOSITION_RE = re.compile(r"^(?:At|In|On|From|Inside|Outside|Near|Behind)\s+(?:the\s+)?(?=[A-Z])")


def _last_group(context: str) -> str:
    """Who "they" are: the last institution or group named in the last two paragraphs outside quotations
    ("Friends of Eastmoor Library ... “…,” they said"); "" when none is, rather than the last person."""
    recent = "\n".join(context.split("\n")[-2:])
    recent = _mask_quotes(recent)
    # "At the Westside Library vote center": the library, never the preposition that opens the sentence
    groups = [(recent.rfind(run), _PLACE_PREPOSITION_RE.sub("", run)) for run in _institution_runs(recent)
              if _is_institution(run)]
    # and bodies named in lower case after their capitalised words: "The COP30 presidency said in a statement ..."
    # ("the Eastmoor Library group" is the "Friends of Eastmoor Library" named before it)
    named = [run for _, run in groups]
    for m in _LOWER_BODY_RE.finditer(recent):
        capitals = " ".join(w for w in m.group(1).split() if w[:1].isupper())
        body = m.group(1).removesuffix(" group").removesuffix(" campaign")  # "the Friends of Eastmoor Library group"
        groups.append((m.start(), next((run for run in named if capitals in run), body)))
    return speaker_form(max(groups)[1]) if groups else ""


#: A body named by capitalised words and a lower-case noun: "COP30 presidency", "Mato Grosso state government".
_LOWER_BODY_RE = re.compile(rf"\b(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+(?:of\s+)?){{1,3}}(?:[a-z][\w’'-]*\s+){{0,2}}"
                            rf"(?:{'|'.join(sorted(_INSTITUTION_NOUNS))}))\b")


def _is_institution(name: str) -> bool:
    """Whether a capitalised name holds an institution word ("Climate Action Network", "Foreign Ministry")."""
    from .people import NOT_PERSON

    return any(w.lower().strip(".,") in NOT_PERSON or w.lower() in _INSTITUTION_NOUNS or w.lower() in _DOCUMENT_NOUNS
               for w in name.split())


def _is_person_role(phrase: str) -> bool:
    """Whether a capitalised phrase after "the" is a person's role ("the CTO", "the New Mexico Democrat",
    "the Minister") rather than an institution's name ("the Kremlin", "the Foreign Ministry", "the IMF")."""
    from .people import NOT_PERSON, TITLES

    words = phrase.split()
    last = words[-1].lower().rstrip(".,") if words else ""
    if last in NOT_PERSON or last in _INSTITUTION_NOUNS:
        return False
    head = words[:words.index("of")] if "of" in words else []  # "the Department of Environment": an institution
    if head and (head[-1].lower() in NOT_PERSON or head[-1].lower() in _INSTITUTION_NOUNS):
        return False
    if any(w.lower() in _INSTITUTION_NOUNS or w.lower() in ("service", "services") for w in words[:-1]):
        return False  # "the Health Service Executive", "the Health and Safety Executive": bodies named like a role
    if last in TITLES or last in _TITLE_EXTRA or last in _PERSON_ROLES:
        return True
    return words[-1].isupper() and len(words[-1]) <= 4 and last in _ROLE_ACRONYMS


#: Roles written with a capital after "the" that name a person, not an institution.
_PERSON_ROLES = frozenset(["democrat", "republican", "conservative", "liberal", "socialist", "tory", "labourite", "candidate", "incumbent", "challenger", "nominee", "premier", "taoiseach", "president", "chancellor"])
#: Job titles written as acronyms: "the CTO said".
_ROLE_ACRONYMS = frozenset(["ceo", "cfo", "cto", "coo", "cmo", "cio", "cso", "md", "gm",
                            # members of parliaments: "the Fermanagh and South Tyrone MLA said"
                            "mp", "mla", "msp", "mep", "td", "mhk", "mpp", "mna"])


#: An unnamed official of a body named in capitals: "A senior official of the Department of Wildlife Conservation".
_OFFICIAL_OF_RE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+)?(?:official|representative)\s+"
                             rf"(?:of|at|from|with)\s+(?:the\s+)?(?P<body>{_NAME_RUN})")


def _unknown_role(phrase: str, context: str, state: _State | None = None) -> str:
    """A role noun no roles table knows: an institution noun is the last institution named with that word
    ("the ministry" -> "Finance Ministry"), any other is the last person named ("the CTO", "the New Mexico
    Democrat", "the old soldier")."""
    words = phrase.lower().split()
    verb_at = next((k for k, w in enumerate(words) if k > 1 and _VERB_RE.fullmatch(w)), None)
    if verb_at and words[verb_at - 1] in _INSTITUTION_NOUNS and (named := _named_body(words[verb_at - 1], context)):
        return named  # "the council said it had asked ParkSure to ‘…’": the council named before
    noun = words[-1] if words else ""
    if noun in ("official", "representative") and (voiced := list(_OFFICIAL_OF_RE.finditer(context[-ANTECEDENT_CHARS:]))):
        return speaker_form(voiced[-1].group("body"))  # "A senior official of the Department of X, which ..., said"
    if noun in _DOCUMENT_NOUNS and state is not None:  # "the report concluded", "the ruling said": its author
        return _document_author(noun, state) or UNKNOWN
    led = _HEAD_OF_RE.match(phrase.strip())
    if led and noun in _INSTITUTION_NOUNS:  # "the head of the directorate": a person, the one titled so
        return _head_of(noun, context)
    if noun in _INSTITUTION_NOUNS:
        runs = [named] if (named := _named_body(noun, context)) else []
        if not runs and noun in _TEAM_NOUNS and (team := _last_team(context[-ANTECEDENT_CHARS:])):
            return team  # "sacked as Ashbourne Rovers manager ... the club said": the team
        if not runs and noun in _COMPANY_NOUNS:  # "Fenbridge Polymers, which operates the warehouse, ... the company"
            return _company_opener(context)
        # "The Diabetes Action Trust said ... “…,” the charity said": a generic noun is the body that opened a sentence
        return runs[-1] if runs else _lower_case_body(words, context) or (
            _body_opener(context) if noun in _GENERIC_BODY_NOUNS else "")
    # "Shannon Airport says ... the airport said": a place or body named with the noun as its last word (never a
    # title before a name: "Health Minister Jane Doe")
    if (len(words) == 2 and noun.isalpha() and not noun.endswith("s") and not is_title(noun)  # "the residents’ ..."
            and not _is_person_role(noun) and (named := _named_with_noun(noun, context))):
        return named
    # "the cabinet member": the person the article calls a cabinet member, before anyone called a member
    qualified = len(words) >= 2 and words[-2] not in ("the", "a", "an") and words[-2].isalpha()
    holder = (_role_holder(" ".join(words[-2:]), context) if qualified else "") or _role_holder(noun, context)
    rejected = ""
    if qualified and holder and _qualified_otherwise(words[-2], noun, holder, context):
        holder, rejected = "", holder  # "the Labor leader" is not "Greens leader Cassie O’Neill"
    if not holder and noun in _UNNAMED_NOUNS and re.search(
            rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b", context[-OPENER_CHARS:]):
        return UNKNOWN  # "A senior government source played down ... “…,” the source said": still nobody named
    if not holder and state is not None and state.text and (is_title(noun) or noun in _PERSON_ROLES):
        # "“…,” the premier conceded." with "Premier David Harcourt said last night ..." further on (a live blog's
        # older entry): the one person the whole article gives that title (looked up once per article and title)
        if noun not in state.title_holders:
            everyone = {resolve_person(h, state.text) for h in _role_holders(noun, state.text, len(state.text))}
            if not everyone and state.headline:  # "Budget live: Finance Minister Aroha Tipene-Walker shelves ..."
                everyone = {resolve_person(h, f"{state.headline}\n\n{state.text}")
                            for h in _role_holders(noun, state.headline, len(state.headline))}
            state.title_holders[noun] = everyone.pop() if len(everyone) == 1 else ""
        holder = state.title_holders[noun]
    if not holder and state is not None:  # "said the 22-year-old", "the old soldier says": the person just written about
        holder = _sentence_opener(context, state) or _previous_subject(state, "") or (
            _only_person(context, state) if _PERSON_DESCRIPTION_RE.search(noun) else "")
        if (not holder and _AGE_RE.search(phrase) and state.last_speaker and not _is_institution(state.last_speaker)
                and _QUOTE_MARK_RE.search(state.text[:state.paragraph_at].rstrip().rsplit("\n", 1)[-1])):
            holder = state.last_speaker  # "The 44-year-old economist ... has promised": the person quoted just before
    # the noun before a verb that a colon's lead-in leaves on the phrase ("the jackpot nan laughed")
    sexed = words[-2] if len(words) > 1 and _VERB_RE.fullmatch(words[-1]) else noun
    if holder and holder != UNKNOWN and (sex := noun_sex(sexed)) and person_gender(
            holder, state.text if state is not None and state.text else context) not in (sex, ""):
        return ""  # "the jackpot nan laughed" is not the man quoted just before
    return "" if holder == rejected else holder


def _named_body(noun: str, context: str) -> str:
    """The last institution named before with this noun among its words ("the ministry" -> "Finance Ministry"): never
    "The Commission" itself; "... Heritage Fund." ends a sentence, not the name. "" when none is."""
    runs = [run.rstrip(".,;:!?") for run in _institution_runs(context[-ANTECEDENT_CHARS:])
            if noun in run.lower().rstrip(".,;:!?").split() and len(run.removeprefix("The ").split()) > 1]
    return runs[-1] if runs else ""


#: Nouns any kind of body may be called by, whatever its name's words: "the charity", "the organisation".
_GENERIC_BODY_NOUNS = frozenset(["charity", "organisation", "organization", "group", "body", "nonprofit", "ngo",
                                 "campaign", "institute", "association", "trust", "foundation",
                                 # "The National Forestry Corporation said ... “…,” the agency said"; "the union"
                                 "agency", "union"])
#: Nouns a sports team speaks as, and the words that end a team's name ("Ashbourne Rovers", "Kettering Vale FC").
_TEAM_NOUNS = frozenset(["club", "team", "side", "franchise"])
_TEAM_RE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){1,3}(?:United|City|Rovers|Town|Athletic|Wanderers|Albion|County|"
                      r"Rangers|Hotspur|Harriers|Olympic|Sporting|FC|AFC|RFC|CF|SC))\b")


def _named_with_noun(noun: str, context: str) -> str:
    """The last name in the recent context whose last word is ``noun`` capitalised ("Shannon Airport" for "the
    airport"), not followed by another capitalised word (then it is a title or part of a longer name); "" if none."""
    pattern = rf"\b((?:[A-Z][\w’'-]+\s+){{1,4}}{noun.capitalize()})\b(?!\s+[A-Z])"
    found = [re.sub(r"^The\s+", "", f) for f in re.findall(pattern, context[-ANTECEDENT_CHARS:])
             if f.split()[0] not in _NOT_NAME_STARTS]  # "Under Irish law ...": no name opens with a preposition
    return found[-1] if found else ""


#: Capitalised words that open a sentence, never a name: "Under Irish law", "In Galway City".
_NOT_NAME_STARTS = frozenset(["A", "An", "In", "On", "At", "Under", "For", "From", "By", "With", "To", "Of", "As",
                              "After", "Before", "Since", "During", "Near", "Outside", "Inside", "Across"])


def _last_team(context: str) -> str:
    """The team "the club" stands for: the last named as a sentence's subject ("Harbourside City have confirmed the
    signing of X from Northfield Rovers"), else the last named; "" when none is."""
    teams = list(_TEAM_RE.finditer(context))
    subjects = [m for m in teams if re.search(r"(?:^|\n|[.!?]\s+)$", context[max(0, m.start() - 3):m.start()])
                or m.start() == 0]
    return (subjects or teams)[-1].group(1) if teams else ""


#: Role nouns that describe a person by age or life, never a body: "the 61-year-old", "the pensioner".
_PERSON_DESCRIPTION_RE = re.compile(r"^(?:\d{1,3}-year-old|teen(?:ager)?|pensioner|retiree|widow(?:er)?|official|"
                                    r"grand(?:mother|father)|(?:grand)?(?:mother|father)-of-\w+|veteran|octogenarian|"
                                    r"nonagenarian|centenarian)$")


#: An age written as a description: "the 44-year-old economist".
_AGE_RE = re.compile(r"\b\d{1,3}-year-old\b")
_QUOTE_MARK_RE = re.compile(r"[“\"‘]")  # an opening mark (never an apostrophe)


def _qualified_otherwise(qualifier: str, noun: str, holder: str, context: str) -> bool:
    """Whether the context gives ``holder`` the role with another capitalised qualifier than the one asked for
    ("Greens leader Cassie O’Neill" when the quote says "the Labor leader")."""
    last = re.escape(holder.split()[-1])
    return any(m.group(1).lower() != qualifier for m in re.finditer(
        rf"\b([A-Z][\w’'-]*)\s+{re.escape(noun)}\s+(?:[A-Z][\w’'-]*\s+){{0,2}}{last}\b", context, re.IGNORECASE)
        if m.group(1)[:1].isupper() and m.group(1).lower() not in ("the", "a", "an", "party", "deputy", "former"))


def _only_person(context: str, state: _State) -> str:
    """The one person the last two paragraphs name, whatever their place in the sentence ("On a ridge above his
    farm, Luiz Carlos Ferreira holds up a tablet ... “…,” the 61-year-old said"); "" when they name none or several."""
    recent = _mask_quotes("\n".join(context[-OPENER_CHARS:].split("\n")[-3:]))
    named = {who for m in _CANDIDATE_RE.finditer(recent) if not m.group("pron") and m.group(0)[:1].isupper()
             and "\n" not in m.group(0) and not m.group(0).split()[0].isupper()  # never "TASS.\nThe"
             and m.group(0).split()[0] not in ("The", "A", "An", "He", "She", "They", "It")
             and not _is_person_role(m.group(0))  # a role would be resolved again, through this very function
             and (who := speaker_form(_candidate(m.group(0), context, state, persons_only=True)))
             and not _is_institution(who)}
    return named.pop() if len(named) == 1 else ""


#: Documents that "say", "find" or "conclude" in news copy: they speak for the body that wrote them.
_DOCUMENT_NOUNS = frozenset(["report", "review", "ruling", "judgment", "judgement", "filing", "study", "survey", "audit",
                             "assessment", "inquiry", "findings", "decision", "verdict", "minutes", "submission",
                             "complaint", "lawsuit", "indictment", "memo", "communique", "communiqué", "declaration",
                             # a forecaster's or an agency's notices: "the advisory said" (its 9 a.m. advisory)
                             "advisory", "bulletin", "notice", "guidance", "note",
                             # a company's or an office's own papers: "according to the earnings release"
                             "release", "announcement"])
#: Rulings speak for the court that gave them.
_COURT_DOCUMENTS = frozenset(["ruling", "judgment", "judgement", "decision", "verdict"])


#: Which of ``_document_author``'s patterns finds a document named in capitals, given as named.
_AS_NAMED = 3


def _document_author(noun: str, state: _State) -> str:
    """Who wrote the document a quote comes from, as the text before the quote says (its last such mention wins):
    "the Met Office’s latest hazard assessment", "the report by the Government Accountability Office", "the Tea Board
    of Kenya said in its monthly market report", a document named in capitals ("the independent Regional Health
    Workforce Review"), a court for a ruling; "" when the text does not say."""
    text = state.text[max(0, state.position - ANTECEDENT_CHARS):state.position]
    noun_re = rf"{re.escape(noun)}s?\b"
    found: list[tuple[int, str]] = []
    patterns = (rf"({_NAME_RUN})(?:’s|'s)\s+(?:[a-z-]+\s+){{0,3}}{noun_re}",
                rf"\b{noun_re}\s+(?:(?:issued|published|released|written|sent)\s+)?(?:by|from|of)\s+(?:the\s+)?({_NAME_RUN})",
                rf"({_NAME_RUN})\s+(?:said|says|published|publishes|released|releases|issued|issues|wrote)\s+(?:in\s+)?"
                rf"(?:its|their|a|an|the)\s+(?:[\w.-]+\s+){{0,3}}{noun_re}",
                rf"\b((?:[{_UPPER}][\w’'-]*\s+){{1,5}}{noun.capitalize()}s?)\b",
                # "In a regulatory filing released alongside the results, Daewon said ...": who said it in the document
                rf"\b[Ii]n\s+(?:its|their|a|an|the)\s+(?:[\w.-]+\s+){{0,3}}{noun_re}[^.“”\"]{{0,80}}?,\s+(?:the\s+)?"
                rf"({_NAME_RUN})\s+(?:said|says|wrote|added|stated)\b")
    for k, pattern in enumerate(patterns):
        for m in re.finditer(pattern, text):
            name = m.group(1).removeprefix("The ").strip()
            # a document named in capitals is given as named ("Regional Health Workforce Review")
            if name.split()[0] not in _NOT_OPENERS and (who := name if k == _AS_NAMED else speaker_form(name)):
                found.append((m.start(), who))
    if noun in _COURT_DOCUMENTS:  # the court, or the judge, named last
        found += [(m.start(), speaker_form(m.group(0).removeprefix("The "))) for m in re.finditer(
            rf"(?:[{_UPPER}][\w’'-]*\s+){{1,4}}(?:Court|Tribunal)\b", text)]
        found += [(m.start(), resolve_person(m.group(1), text)) for m in re.finditer(
            rf"\b(?:Judge|Justice)\s+({_NAME_RUN})", text)]
    return max(found)[1] if found else ""


#: A person named by the body they lead: "the head of the directorate", "the director of the agency".
_HEAD_OF_RE = re.compile(r"^(?:the\s+)?(?:head|chief|director|director-general|leader|chair|chairman|chairwoman|"
                         r"president|boss|commissioner)\s+of\s+(?:the\s+)?[a-z]+$", re.IGNORECASE)
#: Titles that open a capitalised run naming the body's head ("Director of the Northern Sea Route Directorate ...").
_HEAD_TITLES = r"(?:Head|Chief|Director|Director-General|Leader|Chair|Chairman|Chairwoman|President|Commissioner)"


def _head_of(noun: str, context: str) -> str:
    """The person the context titles as the head of a body named with ``noun``, in the state-media order of title,
    body, then name ("Director of the Northern Sea Route Directorate of the state corporation Rosatom Dmitry Orlov
    told TASS"), or written "the body's head, Name"; "" when none is."""
    from .people import person_mentions

    tail = context[-ANTECEDENT_CHARS:]
    found = ""
    for m in re.finditer(rf"\b{_HEAD_TITLES}\b[^.;\n]{{0,120}}?\b{re.escape(noun)}\b[^.;\n]{{0,120}}", tail,
                         re.IGNORECASE):
        after = [name for start, _, name in person_mentions(m.group(0)) if start > m.group(0).lower().find(noun)]
        if after:
            found = resolve_person(after[0], tail[:m.end()])
    return found


def _lower_case_body(words: list[str], context: str) -> str:
    """A body named in lower case ("the conference secretariat", "the state government"), as the context last
    writes it with the capitalised words before it ("The Mato Grosso state government said ..."); "" for a bare
    noun ("the ministry" names no body) or a phrase whose other words are not a body's ("the same council")."""
    words = [w for w in words if w not in ("the", "a", "an")]
    owned = list(re.finditer(rf"\b[A-Z][\w-]*[’']s\s+(?P<kind>[a-z]+)\s+{re.escape(words[0])}\b"
                             rf"(?:,\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,4}}),)?",
                             context[-ANTECEDENT_CHARS:])) if len(words) == 1 else []
    if owned and owned[-1].group("kind") not in STOP_WORDS:  # "Spain's interior ministry ... the ministry said"; the
        # name in commas when the text gives one ("Mexico's refugee agency, COMAR, received ...")
        return owned[-1].group("name") or f"{owned[-1].group('kind').title()} {words[0].title()}"
    if len(words) < 2 or any(w in STOP_WORDS for w in words):
        return ""
    tail = " ".join(words)
    named = re.findall(rf"((?:[A-Z][\w’'-]*\s+){{1,3}}){re.escape(tail)}\b", context[-ANTECEDENT_CHARS:])
    named = [n for n in named if n.split()[0] not in ("The", "A", "An") or len(n.split()) > 1]
    return (named[-1].removeprefix("The ").strip() + " " + tail).strip() if named else tail


#: Nouns for people news copy often leaves unnamed: "A senior government source ... the source said".
_UNNAMED_NOUNS = frozenset(["source", "insider", "official", "aide", "adviser", "advisor", "diplomat", "officer",
                            "resident", "witness", "person", "staffer", "analyst", "trader", "banker", "lawyer",
                            "worker", "employee", "neighbour", "neighbor", "passenger", "driver", "farmer"])


#: Role nouns that stand for a company whose name need not hold the noun ("the company" for Fenbridge Polymers).
_COMPANY_NOUNS = frozenset(["company", "firm", "operator", "group", "business", "airline", "insurer", "utility",
                            "retailer", "carrier", "maker", "manufacturer", "producer", "supplier", "provider",
                            "developer", "lender", "chain", "brand", "forecaster", "broadcaster", "publisher",
                            "carmaker", "miner", "grocer", "supermarket", "club"])
#: A company's name opening a sentence ("Fenbridge Polymers, which ...") or set in commas after the noun
#: ("The terminal operator, Velska Gateway Terminals, said").
_COMPANY_RUN_RE = re.compile(rf"(?:(?:^|(?<=[.!?])\s+|\n)|\b(?:{'|'.join(sorted(_COMPANY_NOUNS))}),\s+)"
                             rf"(?P<name>{_NAME_RUN})(?=,|\s+[a-z])")


#: A company's name ending in a legal form: "Salar Andino SA", "Brightwater Foods Inc.", "Kestrel Grid Ltd".
_LEGAL_NAME_RE = re.compile(r"\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}\s+(?:SA|S\.A\.|Inc\.?|Ltd\.?|Limited|plc|PLC|AG|"
                            r"GmbH|LLC|Corp\.?|Corporation|NV|N\.V\.|SE|AB|ASA|Oyj|S\.p\.A\.|SpA|Bhd|Pty|Co\.)(?![\w.])")


def _company_opener(context: str) -> str:
    """The company named last as a sentence's subject or in commas after "the operator" in the last two paragraphs:
    two words or more, the first no given name and the last an everyday word (a company's "Polymers",
    "Terminals"; a person's surname is rarer), never a person, place or title."""
    from .people import SURNAME_RARE_ZIPF

    recent = _mask_quotes("\n".join(context[-OPENER_CHARS:].split("\n")[-3:]))
    suffixed = list(_LEGAL_NAME_RE.finditer(recent))
    if suffixed:  # "Shares in Salar Andino SA, the country's second-largest producer, fell": a company by its suffix
        return suffixed[-1].group(0)
    # "South Korean chipmaker Hanbit Semicon Co. on Thursday reported ..." at the top: the one company the article's
    # opening names with its legal suffix
    if len(named := {m.group(0) for m in _LEGAL_NAME_RE.finditer(_mask_quotes(context[:ANTECEDENT_CHARS]))}) == 1:
        return named.pop()
    for m in reversed(list(_COMPANY_RUN_RE.finditer(recent))):
        words = m.group("name").split()
        if words[0] == "The":
            words = words[1:]
        if (len(words) >= 2 and not is_given_name(words[0]) and words[-1].isalpha()
                and _zipf(words[-1]) >= SURNAME_RARE_ZIPF
                and not words[-1].lower().endswith(("man", "woman", "men", "women"))  # "The Northern Irishman, 51,"
                and not is_place(" ".join(words)) and not is_title(" ".join(words))):
            return " ".join(words)
    return ""


#: Characters before a quote searched for the sentence opener a role noun refers back to (a bound, so a paragraph of
#: thousands of quotes costs no more per quote than a short one).
OPENER_CHARS = 1500
_OPENER_RE = re.compile(rf"(?:^|(?<=[.!?])\s+|\n)"
                        # "But next-door neighbour Kerry Ashworth, 38, says": a conjunction and a description first
                        rf"(?:(?:But|And|Yet|So|Meanwhile|However|Now),?\s+(?:[a-z][\w-]*\s+){{0,3}})?"
                        rf"(?:(?:His|Her|Their|Its|The|A|An)\s+(?:[a-z][\w-]*\s+){{0,2}}"
                        rf"[a-z][\w-]*,\s+)?(?P<name>{_NAME_RUN})(?=,|\s+[a-z])")


def _sentence_opener(context: str, state: _State) -> str:
    """The person who opens the nearest sentence (outside quotations) of the last two paragraphs with their name
    ("Okoro, who returned from injury, was mobbed ..."): who "the 22-year-old" or "the teenager" stands for."""
    if state.opener is not None and state.opener[0] == state.position:
        return state.opener[1]
    recent = _mask_quotes("\n".join(context[-OPENER_CHARS:].split("\n")[-3:]))
    found = ""
    for m in reversed(list(_OPENER_RE.finditer(recent))):
        if m.group("name").startswith("The ") or m.group("name") in ("The", "He", "She", "They", "It"):
            continue  # a role or a pronoun: no name to resolve (and no role to resolve again)
        if (who := _candidate(m.group("name"), context, state, persons_only=True)) and not _is_institution(who):
            found = who
            break
    state.opener = (state.position, found)
    return found



#: Job titles written as acronyms and in full ("the CTO" is the "chief technology officer" named earlier), and other
#: titles a role noun stands for.
_ACRONYM_TITLES = {"ceo": r"chief executive(?:\s+officer)?", "cfo": r"chief financial officer",
                   "cto": r"chief (?:technology|technical) officer", "coo": r"chief operating officer",
                   "cmo": r"chief marketing officer", "cio": r"chief information officer",
                   "cso": r"chief (?:security|strategy|science|scientific|sustainability) officer",
                   "md": r"managing director", "gm": r"general manager",
                   "judge": r"judge|justice",  # "Mr Justice Simon Alderton" is "the judge"
                   # "the teenager" is the person written as "19-year-old Kwabena Osei-Mensah" or "Amy Lee, 17,"
                   "teenager": r"teen(?:ager)?|1[3-9]-year-old|(?<=, )1[3-9](?=,)",
                   "teen": r"teen(?:ager)?|1[3-9]-year-old|(?<=, )1[3-9](?=,)"}


#: Titles written short before a name, with their full stop: "Sen. Teresa Villanueva" is "the senator".
_TITLE_ABBREVIATIONS = {"senator": "sen", "representative": "rep", "governor": "gov", "professor": "prof",
                        "councillor": "cllr", "inspector": "insp", "detective": "det", "superintendent": "supt",
                        "ambassador": "amb", "attorney": "atty", "captain": "capt", "sergeant": "sgt",
                        "lieutenant": "lt", "colonel": "col", "admiral": "adm", "commander": "cmdr", "general": "gen"}


def _role_holder(noun: str, context: str) -> str:
    """The last person the context gives this role: "Judge Simon Alderton", "Simon Alderton, the judge" or
    "the judge, Simon Alderton" ("" when no named person carries the word)."""
    holders = _role_holders(noun, context)
    return resolve_person(holders[0], context) if holders else ""


def _role_holders(noun: str, context: str, window: int = ANTECEDENT_CHARS) -> list[str]:
    """Every person the last ``window`` characters of the context give this role, the one named last first."""
    from .people import person_mentions

    if noun.lower() in STOP_WORDS:  # "the local newspaper that the": no role word at all
        return []
    tail = context[-window:]
    written = rf"{re.escape(noun)}|{_ACRONYM_TITLES[noun.lower()]}" if noun.lower() in _ACRONYM_TITLES else re.escape(noun)
    if age := re.fullmatch(r"(\d{1,3})-year-old", noun):  # "the 84-year-old" is "Edith Pengelly, 84,"
        written += rf"|(?<=, ){age.group(1)}(?=,)"
    if noun.lower() in _TITLE_ABBREVIATIONS:  # "the senator" is "Sen. Teresa Villanueva"
        written += rf"|{_TITLE_ABBREVIATIONS[noun.lower()]}(?=\.)"
    role = re.compile(rf"\b(?:{written})\b", re.IGNORECASE)
    if not re.search(rf"\b(?:{written})(?:e?s)?\b", tail, re.IGNORECASE):
        return []  # the word (or its verb: "chairs") is nowhere before the quote: no mention to look at
    # the role as the name's title ("Sheriff Eilidh Macdonald", "the judge, Simon Alderton"), or in its appositive
    # ("Simon Alderton, the judge"); never the subject of a verb whose object is the name ("the sheriff told Paterson")
    # "chief executive officer, Adaeze Okonkwo", "The Minister for Transport, Aoife Brennan TD", "Ambassador to China
    # Khamphet Soukhaseum"
    titled = re.compile(rf"\b(?:{written})\b\.?(?:,?\s+(?:(?-i:[A-Z][\w.'’-]*)|{_TITLE_WORDS_RE}|(?-i:of|for|and|the|to)"
                        rf"|\((?-i:[A-Z])[a-z]{{1,3}}\.?\)))"  # "Commissioner for Health, Dr. (Mrs.) Folasade ..."
                        rf"{{0,6}},?\s*$", re.IGNORECASE)
    # "Sitiveni Ravuvu, 68, the village headman"; not a title before the next name ("Sentencing Farrelly, Judge Orla
    # Keating said")
    apposed = re.compile(rf"^,\s+(?:\d{{1,3}},\s+)?(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:{written})\b"
                         rf"(?!\.?\s+(?-i:[A-Z]))", re.IGNORECASE)
    # the role as the verb of the name's clause: "Margaret Pengelly, chairs the parish council", "who heads the unit"
    verbed = re.compile(rf"^,\s+(?:who\s+)?(?:{written})e?s\s+(?:the\s+|(?-i:[A-Z]))", re.IGNORECASE)
    # a press release's header: the name on its line, the role on the next ("The Hon. Claire Donnelly MP" over
    # "Minister for Regional Health")
    lined = re.compile(rf"^(?:\s+(?-i:MP|MEP|MSP|MLA|TD|QC|KC|OBE|MBE|CBE))?[ \t]*\n(?:(?:the|a|an)\s+)?"
                       rf"(?:[\w’'-]+[ \t]+){{0,3}}?(?:{written})\b[^\n]{{0,80}}$", re.IGNORECASE | re.MULTILINE)
    mentions = person_mentions(tail)
    holders = []
    for k in range(len(mentions) - 1, -1, -1):
        start, end, name = mentions[k]
        # the role before this name, not before another one just ahead of it ("Judge Rupert Anand told Carrow")
        before = max(0, start - 90, mentions[k - 1][1] if k else 0)
        if (titled.search(tail, before, _name_start(tail, start, end, name)) or apposed.match(tail[end:end + 80])
                or lined.match(tail[end:end + 120]) or verbed.match(tail[end:end + 60])
                or role.search(tail, _name_start(tail, start, end, name), end)) and name not in holders:
            holders.append(name)
    if len(holders) > 1:  # two senators: the one the text came back to last ("... a sharp response from Villanueva")
        last = {name: start for start, _, name in mentions}
        holders.sort(key=lambda name: -last[name])
    return holders


_ROLE_SUBJECT_RE = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][^.!?,“”\"]{0,80},\s+)?[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?P<noun>[a-z][\w-]+)\s+(?:[a-z]+s|[a-z]+ed|was|is|has|had|will|would|then|said|told|spoke|wrote|thought|"
                              r"felt|knew|made|took|gave|went|came|saw|met|led|left|held|stood|sat|won|lost|kept|began|"
                              r"got)\b[^.!?]*[.!?]?\s*$")
# (an opening phrase may come first: "Speaking to reporters before the meeting, the chief said ...")


def _speaker_goes_on(state: _State, pronoun: str) -> str:
    """For "he"/"she": the last speaker, when the pronoun agrees with them and nobody is named between their last
    quotation and this one ("the retired dinner lady said: “…” / She added: “…”", though another woman was quoted by
    name before); "" otherwise."""
    who, text = state.last_speaker, state.text
    if not who or not text or not 0 < state.position - state.last_said_at <= OPENER_CHARS or _is_institution(who):
        return ""
    between = _mask_quotes(text[state.last_said_at:state.position])
    runs = [m.group(0) for m in _NAME_RUN_RE.finditer(between)
            if m.group(0) not in _NOT_OPENERS and m.group(0).lower() not in _OPENER_WORDS
            and not _ASKED_ABOUT_RE.search(between, max(0, m.start() - 20), m.start())]  # "Asked about Askew, he said"
    # "Gemma reckons": someone else is named between (a place too, to be safe); the speaker's own words are no one else
    if any(not set(run.split()) <= set(who.split()) for run in runs):
        return ""
    sex = {"he": "m", "him": "m", "she": "f", "her": "f"}[pronoun.lower()]
    return who if person_gender(resolve_person(who, text), text) == sex else ""  # a sex the name or text gives


def _role_subject(context: str, pronoun: str) -> str:
    """The person a pronoun refers to when the sentence before the quote, in its paragraph, opens with a role
    noun ("The headman listens ... “…,” he says"): the person the article gives that role, if the pronoun
    agrees with them; "" otherwise."""
    paragraph = _mask_quotes(context.rsplit("\n", 1)[-1])
    if not paragraph.strip():  # a quote opening its paragraph: the last sentence of the paragraph before ("The judge
        paragraph = _mask_quotes(context.rstrip("\n").rsplit("\n", 1)[-1])  # said she accepted ...")
        if _MASK in paragraph:
            return ""  # a quotation there: its speaker is the better guide
    m = _ROLE_SUBJECT_RE.search(paragraph)
    if not m or m.group("noun") in _INSTITUTION_NOUNS:
        return ""
    who = _role_holder(m.group("noun"), context[:len(context) - len(paragraph) + m.start("noun")])
    return who if who and agrees(pronoun, who, context) else ""


#: An institution's spokesperson: "an FBR spokesperson", "a spokeswoman for the Home Office".
_VOICE_OF_RE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<a>{_NAME_RUN})\s+spokes(?:person|man|woman)\b|"
                          rf"\bspokes(?:person|man|woman)\s+(?:for|at|of)\s+(?:the\s+)?(?P<b>{_NAME_RUN})|"
                          rf"\b(?:[Aa]n?|[Oo]ne)\s+(?P<c>{'|'.join(sorted(_INSTITUTION_NOUNS))})\s+spokes(?:person|man|woman)\b")


#: Characters before a quote searched for the sentence whose subject a pronoun may refer to.
SUBJECT_WINDOW = 900


def _previous_subject(state: _State, pronoun: str) -> str:
    """For "he"/"she": the person who is the subject of the sentence just before the pronoun's own, when that
    sentence holds no quotation ("Additional Advocate-General S. Mohan Kumar, appearing for the State, attributed
    the delay to pending suits. He told the court: “…”"; "Anders Holmqvist ... commended the Government. “…,” he
    said"): the first person it names, not after a preposition, if the pronoun agrees. The sentence is in the
    quote's paragraph, or ends the paragraph before when the quote's sentence opens its own. With no pronoun, for a
    role noun no one was given ("Canterbury captain Fletcher Noakes did not hide his frustration. “…,” the flanker
    said"), agreement is not checked. "" otherwise."""
    text, pos = state.text, state.position
    if not text:
        return ""
    start = max(0, pos - SUBJECT_WINDOW)
    masked = _mask_quotes(text[start:pos])
    _, ends = _boundaries(masked)
    cuts = sorted({0, *ends, *(m.end() for m in re.finditer(r"\n+", masked))})
    current = max(c for c in cuts if c <= len(masked))  # the pronoun's own sentence starts here
    if masked[current:].strip(" \n") and not re.fullmatch(r"\s*(?:[Hh]e|[Ss]he)\b[^.!?\n]*", masked[current:]):
        return ""  # someone or something else opens the sentence before the quote
    earlier = [c for c in cuts if c < current and masked[c:current].strip()]
    if not earlier:
        return ""
    prev = max(earlier)
    sentence = masked[prev:current]
    if _MASK in sentence or "\n\n" in masked[prev:current].strip("\n") or re.search(r"[“”\"‘]", sentence):
        return ""  # a quotation there: its speaker is the better guide
    if re.match(r"\s*(?:He|She)\b", sentence):
        return ""  # "He was there Monday, when Papadakis came out ...": "he" goes on from before, not the name inside
    _article_mentions(state)
    inside = [(at, name) for at, name, _ in state.mentions if start + prev <= at < start + current
              and not (pronoun and _is_institution(name))]  # "Museum director Howard Lindqvist says": he, not the museum
    if not inside:
        return ""
    # "Speaking to the Financial Chronicle, Priya Ramaswamy, an analyst ..., said": the person, not the paper
    # the sentence opens with.
    after_preposition = [_PREPOSITION_THE_BEFORE_RE.search(masked, max(0, at - start - 10), at - start)
                         for at, _ in inside]
    at, name = next(((at, name) for (at, name), prep in zip(inside, after_preposition) if not prep), inside[0])
    local = at - start
    if _PREPOSITION_BEFORE_RE.search(masked, max(0, local - 6), local) or local - prev > 120:
        return ""
    return resolve_person(name, text[:pos]) if not pronoun or agrees(pronoun, name, text) else ""


#: The last sentence before a quote, in its paragraph or the one before, opened by someone unnamed: "One senior
#: nurse at a hospital ...", "A mother whose son was admitted ...".
_INDEFINITE_OPENER_RE = re.compile(r"(?:^|\n|[.!?]\s+)(?:(?:At|In|On|Outside|Near|Inside)\s+[^,.!?\n“”\"]{1,60},\s+"
                                   r"(?=(?:one|a|an|another)\s))?(?P<subj>(?:One|A|An|Another|one|a|an|another)\s+"
                                   r"[^.!?\n]*)[.!?]?\s*$")  # "At Hinjewadi Phase 1, a software professional ..."


def _indefinite_subject(context: str) -> str | None:
    """For "he"/"she": UNKNOWN when the sentence just before the quote (outside quotations, no quotation between)
    opens with an unnamed person ("One Greek shipowner, who asked not to be named, said his company ..."), the
    institution when it opens with its spokesperson ("A spokeswoman for Acme said ..."); None otherwise."""
    paragraph = context.rstrip("\n").rsplit("\n", 1)[-1][-600:]  # this paragraph, or the one before a quote opening one
    if re.search(r"[“”\"‘]", paragraph):  # a quotation between (’ is also the apostrophe)
        return None
    m = _INDEFINITE_OPENER_RE.search(paragraph)
    if not m:
        return None
    # "Another protester, Shabana Begum Mulla of Ganeshpet, said ...": described first, then named
    named = re.match(rf"(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*,\s+({_NAME_RUN})",
                     m.group("subj"))
    if named and (who := speaker_form(named.group(1))) and not _is_institution(who):
        return who
    return _unnamed_speaker(m.group("subj"))


#: The last sentence before a quote opened by someone's unnamed relative: "Her husband moved their two cars ...".
_RELATIVE_OPENER_RE = re.compile(r"(?:^|\n|[.!?]\s+)(?P<owner>His|Her|Their)\s+(?P<noun>[a-z]+(?:-[a-z]+)*)(?P<rest>[^.!?\n]*)"
                                 r"[.!?]?\s*$")


def _relative_subject(context: str, state: _State, pronoun: str) -> str | None:
    """For "he"/"she" when the sentence just before the quote (no quotation between) opens with a relative of the
    pronoun's sex ("Her husband moved their two cars to higher ground. “…,” he said"): the one person of that sex
    named before who shares the surname of the person "her"/"his" refers to ("Lucía Ortega ... Her father" ->
    Javier Ortega), else "" (a relative the text does not name, never the last man named). None when no relative
    opens that sentence, or one is named in apposition ("Her husband, Sami, ...", "Her husband, the photographer
    Mads Kjærgaard, ..."), which the other rules read."""
    paragraph = context.rstrip("\n").rsplit("\n", 1)[-1][-600:]
    if re.search(r"[“”\"‘]", paragraph):
        return None
    m = _RELATIVE_OPENER_RE.search(paragraph)
    want = {"he": "m", "him": "m", "she": "f", "her": "f"}[pronoun.lower()]
    if not m or noun_sex(m.group("noun")) != want or re.match(r"\s*,\s*(?:the\s+(?:[a-z-]+\s+){1,3})?[A-Z]",
                                                              m.group("rest")):
        return None
    owner_pronoun = {"His": "he", "Her": "she"}.get(m.group("owner"))
    owner = last_named_person(context[:len(context) - len(paragraph) + m.start("owner")], state, owner_pronoun) \
        if owner_pronoun and state.text else ""
    if not owner:
        return ""
    text = state.text
    relatives = {name for at, name, _ in _article_mentions(state) if at < state.position and name != owner
                 and name.split()[-1] == owner.split()[-1] and person_gender(name, text) == want}
    return relatives.pop() if len(relatives) == 1 else ""


def _last_person(context: str, state: _State) -> str:
    """The last person named in the current paragraph's context (for a pronoun before anyone has spoken)."""
    paragraph = context.rsplit("\n", 1)[-1]
    named = [who for m in _CANDIDATE_RE.finditer(paragraph) if not m.group("pron")
             and m.group(0).lower().strip(" ,.") not in _PRONOUNS  # "Her husband": a pronoun, which would ask for the last person again
             and (who := _candidate(m.group(0), context, state, persons_only=True))]
    return named[-1] if named else ""


#: "One African delegate", "a trader", "an analyst at Databank" right before the verb: a speaker with no name.
_INDEFINITE_SUBJ_RE = re.compile(r"(?:^|[,;]\s+|\b(?:and|but)\s+|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]omeone|[Ss]omebody)\s+"
                                 r"(?:[\w’'+.&-]+\s+){0,6}?[a-z][\w-]*,?\s*$")
#: A longer unnamed subject opening its clause, all in lower case: "a man shovelling mud out of his hardware shop".
_LONG_INDEFINITE_RE = re.compile(r"(?:^|[,;]\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w’'-]*\s+){3,10}?"
                                 r"[a-z][\w-]*,?\s*$")
#: A spokesperson named by nothing else: speaks for the institution the article has just named.
_BARE_VOICE_RE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:spokesperson|spokesman|spokeswoman)")
#: A spokesperson of a body named by its noun in lower case: "a council spokesperson", "A department spokeswoman".
_BODY_VOICE_RE = re.compile(rf"(?:[Aa]n?|[Oo]ne)\s+(?P<noun>{'|'.join(sorted(_INSTITUTION_NOUNS))})\s+"
                            rf"(?:spokesperson|spokesman|spokeswoman)")
#: "A source at Castleford", "a spokesperson for the Department of Health and Social Care" right before the verb:
#: a mouthpiece speaks for the institution named after it, anyone else is unnamed.
_INDEFINITE_OF_RE = re.compile(r"(?:^|[,;]\s+|\b(?:and|but)\s+|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'+.&-]+\s+){0,3}?"
                               r"(?P<noun>[a-z][\w-]*)\s+(?:at|from|for|of|with|in|close\s+to)\s+(?:the\s+)?"
                               r"(?P<org>[A-Z][\w’'.&+-]*(?:\s+(?:(?:of|for|the|and|&|on|de|du|des|la)\s+)*[A-Z][\w’'.&+-]*)*)"
                               r",?\s*$")
#: A spokesperson for an institution named by its role noun: "A spokesperson for the company", "an official at the
#: ministry".
_VOICE_OF_ROLE_RE = re.compile(r"(?:^|[,;]\s+|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:spokesperson|spokesman|spokeswoman|"
                               r"representative|official|source)\s+(?:at|from|for|of|with)\s+the\s+(?P<mods>(?:[a-z]+\s+){0,2})(?P<noun>[a-z]+)"
                               r",?\s*$")
_INDEFINITE_AFTER_RE = re.compile(r"\s+(?:an?|one|another|some)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w-]*\b")
#: A speaker known to be unnamed: ends the search for a reporting clause, and is given as "".
UNKNOWN = "\x00unknown"
_APPOSITIVE_SUBJ_RE = re.compile(rf"(?P<subj>{_NAME_RUN})\s*(?:,(?:[^,“”\"§]|(?<=\d),(?=\d{{3}})){{1,160}}){{1,3}},\s*"
                                 r"(?:(?:has|have|had|was|is|also|then|later|again|previously)\s+)*$")


#: Capitalised words that end an opening phrase before the sentence's subject ("On Tuesday, Wang Jianguo, ...").
_OPENER_WORDS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                           "february", "march", "april", "may", "june", "july", "august", "september", "october",
                           "november", "december", "today", "yesterday", "however", "meanwhile", "earlier", "later"])
_ACRONYM_BEFORE_RE = re.compile(r"\s*\([A-Z][\w&'’.-]{1,14}(?:\s+[A-Z][\w&'’.-]*){0,2}\)\s*$")


#: A person's name, then where they work, right before the verb: "Dr Rashid Al Ketbi at the environment agency".
_NAME_AT_RE = re.compile(rf"(?P<name>{_NAME_RUN})\s+(?:at|from|with)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){{0,3}}"
                         rf"[a-z][\w’'-]*{_ADVERBS}\s*$")


def _unnamed_lower_case(head: str) -> re.Match | None:
    """An unnamed subject in lower case left when a relative clause is taken out of the head ("One passenger" of
    "One passenger, who had travelled from Aberystwyth ..., said"); None when there is no such clause or the subject
    names a body ("A spokesperson for the GMB union, which represents ..., said" speaks for the union)."""
    bare = _RELATIVE_CLAUSE_RE.sub("", head) + " "
    if bare.strip() == head.strip():
        return None
    m = _INDEFINITE_SUBJ_RE.search(bare)
    return m if m and not re.search(r"[A-Z]", m.group(0).strip(" ,")[1:]) else None


def _titled_opener_name(head: str, context: str) -> str:
    """The person named last, in commas, when the sentence opens with their title and its remit: "Minister of State for
    Trade, Industry and Employment, Jane Okoro, said" (the remit's commas are no appositions); "" otherwise."""
    from .people import person_mentions

    words = head.split()
    if len(words) < 4 or words[0].lower().strip(".,") not in _TITLE_WORDS_ALL or not head.rstrip().endswith(","):
        return ""
    last = head.rstrip().rstrip(",").rsplit(",", 1)
    if len(last) < 2:
        return ""
    segment = last[1].strip()
    mentions = person_mentions(segment)
    if len(mentions) == 1 and mentions[0][0] == 0 and mentions[0][1] == len(segment):
        return resolve_person(mentions[0][2], context)
    return ""


#: Characters before a reporting verb that its subject is looked for in.
SUBJECT_HEAD_CHARS = 300


def _subject_before(masked: str, verb_start: int, sent_start: int, context: str, state: _State) -> str:
    """The subject right before a reporting verb ("Lavrov said", "the prime minister said"), or before an
    appositive ("Phonesavanh Inthavong, Lao Minister of Industry and Commerce, said")."""
    from .people import _candidates

    # a "sentence" longer than this before its verb is no sentence (text with no full stops): its last part only,
    # so that every pattern below reads a bounded head and a long run of quotes stays linear
    sent_start = max(sent_start, verb_start - SUBJECT_HEAD_CHARS)
    # "Cllr Priya Ramachandran (Lib Dem, Ashby Wold and Fenby), the ward member, told": words in brackets describe
    # the subject (a party, a ward, an age) and are never it; blanked, so every offset stays where it was
    head = _ASIDE_RE.sub(lambda a: " " * len(a.group(0)), masked[sent_start:verb_start])
    masked = masked[:sent_start] + head + masked[verb_start:]
    if who := _titled_opener_name(head, context):
        return who
    if (clause := _RELATIVE_CLAUSE_RE.search(head)) and (unnamed := _INDEFINITE_OF_RE.search(head[:clause.start()])):
        # "A resident of Madipakkam, who did not wish to be identified, said": someone unnamed, not the place
        return _unnamed_speaker(unnamed.group(0)) or UNKNOWN
    apposed = _APPOSITIVE_SUBJ_RE.search(head)
    while apposed and apposed.group("subj").lower() in _OPENER_WORDS:  # "on Tuesday, Wang Jianguo, vice ..., said"
        apposed = _APPOSITIVE_SUBJ_RE.search(head, apposed.end("subj"))
    if apposed:
        # a titled name in commas, or any name after a subject that ends in a title ("Corvale's President and Chief
        # Executive Officer, James Whitford, said")
        # "Save the Children’s Country Director in Mozambique, Elena Marsh, said": after a place, the name in commas
        # "Chief executive of the Pancreatic Cancer Early Detection Trust, Matthew Gregson, said": a title, then its body
        role_of = _TITLE_OF_BEFORE_RE.search(head[:apposed.start("subj")])
        titled = apposed.group("subj").split()[-1].lower().strip(".,") in _TITLE_WORDS_ALL or (
            is_place_like(apposed.group("subj")) and bool(_PREPOSITION_BEFORE_RE.search(head[:apposed.start("subj")]))
        ) or bool(role_of and role_of.group(1).lower() in _TITLE_WORDS_ALL)
        inside = [c for c in _candidates(masked[sent_start + apposed.end("subj"):verb_start]) if (c[3] or titled)
                  and not _is_institution(c[2])]  # "..., of West Yorkshire Police's Major Collision Enquiry Team,"
        if inside:  # "the envoy to Ukraine and Russia, retired Lt Gen Keith Kellogg, said": a titled name in commas
            return resolve_person(inside[-1][2], context)
        subject = apposed.group("subj")
        joined = _NAME_AND_RE.search(head[:apposed.start("subj")])
        if (joined and _joins_and(joined.group(1), subject)  # "Highlands and Islands Enterprise, which has ..., said"
                and subject.split()[-1].lower() in _INSTITUTION_NOUNS  # not "... Far East and Arctic Grigory Lebedev"
                and (who := speaker_form(_candidate(f"{joined.group(1)} and {joined.group(2) or ''}{subject}",
                                                    context, state)))):
            return who
        if who := _person_of_body(head[:apposed.start("subj")]):
            return who  # "Prof. Ashan Gunathilaka of the University of Ruhuna's Department of ... Marine Sciences, who ..."
        if who := speaker_form(_candidate(subject, context, state)):
            return who
    voice_of = _VOICE_OF_ROLE_RE.search(masked[sent_start:verb_start])
    if voice_of and voice_of.group("noun") in _INSTITUTION_NOUNS:  # "A spokesperson for the company said"
        return _unknown_role(f"the {voice_of.group('mods')}{voice_of.group('noun')}", context, state) or UNKNOWN
    unnamed_of = _INDEFINITE_OF_RE.search(masked[sent_start:verb_start])
    if unnamed_of:  # "A source at Castleford tells", "A spokesperson for the Department of Health said"
        return _unnamed_speaker(unnamed_of.group(0)) or UNKNOWN
    indefinite = (_INDEFINITE_SUBJ_RE.search(masked[sent_start:verb_start])
                  or _LONG_INDEFINITE_RE.search(masked[sent_start:verb_start])
                  or _unnamed_lower_case(masked[sent_start:verb_start]))
    if indefinite:  # "One African delegate described ...": someone unnamed; "A Home Office spokesperson": the office
        if _BARE_VOICE_RE.fullmatch(indefinite.group(0).strip(" ,")):  # "A spokeswoman said": the body just named
            return _note_voice(indefinite.group(0), _last_group(context), state) or UNKNOWN
        if (body_voice := _BODY_VOICE_RE.fullmatch(indefinite.group(0).strip(" ,"))) and (
                body := _unknown_role(f"the {body_voice.group('noun')}", context)):
            return _note_voice(indefinite.group(0), body, state)  # "a council spokesperson said": the council named
        return _note_voice(indefinite.group(0), speaker_form(indefinite.group(0)), state) or UNKNOWN
    head = masked[sent_start:verb_start]
    if re.search(r"(?:^|[.!?]\s+)(?:[A-Z][^.!?“”\"]{0,80},\s+)?(?:It|it)\s+(?:also\s+|later\s+)?$", head):  # "... in a post on X. It added that ...": the body
        # the body opening a recent sentence ("The Interior Ministry said ... It said, “…”"), else the last speaker:
        # "it" for a company written like a person's name ("Suncoast Power")
        return _body_opener(context) or state.last_speaker or UNKNOWN
    relative = _WHO_SAID_RE.search(head)  # "Treviño, who said she had delayed the shots because of “…”": Treviño
    if relative and (who := _candidate(relative.group("name"), context, state, persons_only=True)):
        return who
    # "a letter of support from the Ministry of Economic Affairs and Climate Policy, which described it as “…”"
    if which := _WHICH_RE.search(head):
        before = head[:which.start()]
        runs = _institution_runs(before)
        if runs and before.endswith(runs[-1]) and _is_institution(runs[-1]):
            return speaker_form(runs[-1])
    placed = _NAME_AT_RE.search(head)  # "Dr Rashid Al Ketbi at the environment agency always says": the person
    if placed and (who := _candidate(placed.group("name"), context, state, persons_only=True)):
        return who
    # "Kiprono declined to comment on the talks, ..., but said the bank's reserves provided “…”": the verb shares the
    # subject that opens the sentence
    if _COORDINATED_RE.search(head) and (opener := re.match(rf"\s*({_NAME_RUN})\s+[a-z]+(?:ed|s)\b", head)) and (
            opener.group(1).split()[0] not in _NOT_OPENERS) and (who := _candidate(opener.group(1), context, state)):
        return who
    owned = _OWNED_DOCUMENT_RE.search(head)  # "The Met Office’s latest hazard assessment, published last week, states"
    if owned and (who := speaker_form(owned.group("owner"))):
        return who
    part = _OWNED_BODY_RE.search(head)  # "The Bank of Ghana's monetary policy committee said": the bank speaks
    if part and _is_institution(part.group("owner")) and (who := speaker_form(part.group("owner"))):
        return who
    if relative_clause := _RELATIVE_CLAUSE_RE.search(head):
        head = head[:relative_clause.start()]  # "The 44-year-old, who studied in Lisbon and Dakar, has promised": not Dakar
    bracket = _ACRONYM_BEFORE_RE.search(head)  # "The Office of Rail and Road (ORR) said": the name before the brackets
    m = _SUBJ_BEFORE_RE.search(head[:bracket.start()] + " " if bracket else head)
    if not m:
        return ""
    subject = m.group("subj")
    if article := _ARTICLE_BEFORE_RE.search(head, max(0, m.start("subj") - 5), m.start("subj")):
        subject = article.group(0) + subject  # "al-Farsi replied by text": the family name with its article
    if subject[:1].isupper() and (of_thing := _ROLE_OF_THING_RE.search(head[:m.start("subj")])):
        # "The master of the Malta-flagged bulk carrier Aurora Bay has told": the master speaks, not the ship
        role = f"the {of_thing.group('noun')}"
        return resolve_role(role, context) or _unknown_role(role, context, state) or UNKNOWN
    if country := _country_of_title(subject, head, m.start("subj")):  # "Chinese Ambassador to Kenya Zhou Minghua"
        subject = subject[len(country):].lstrip()  # the title's country, then the name (Kenya is a given name too)
    # "Analyst Sophie Marchetti-Lang of Frankfurt-based research firm Delta Konsum told": the person, not the firm
    if subject[:1].isupper() and (of_firm := _PERSON_OF_FIRM_RE.search(head[:m.start("subj")])) and (
            who := _candidate(of_firm.group("name"), context, state, persons_only=True)):
        return who
    if (subject[:1].isupper() and _PREPOSITION_BEFORE_RE.search(head, max(0, m.start("subj") - 6), m.start("subj"))
            and is_place_like(subject)):
        return UNKNOWN  # "SHOPKEEPERS in Wexcombe have warned": the place is where the unnamed subject is
    joined = _NAME_AND_RE.search(head[:m.start("subj")])
    if joined and subject[:1].isupper() and _joins_and(joined.group(1), subject):  # "Ministry of Trade and Tourism"
        subject = f"{joined.group(1)} and {joined.group(2) or ''}{subject}"
    if masked[max(sent_start, sent_start + m.start() - 4):sent_start + m.start()].lower() == "the ":
        subject = "the " + subject  # "the New Mexico Democrat told": a role, whatever its capitals
    if subject[:4].lower() == "the " and not subject[4:5].isupper():
        return resolve_role(subject, context) or _unknown_role(subject, context, state)
    return _candidate(subject, context, state)


#: Words in brackets with a space inside ("(Lib Dem, Ashby Wold)", "(pictured left)"); an acronym alone ("(ORR)")
#: is read by ``_ACRONYM_BEFORE_RE``.
_ASIDE_RE = re.compile(r"\([^()“”\"\n]{0,80}\s[^()“”\"\n]{0,80}\)")
#: A body's document as a sentence's subject: "The Met Office’s latest hazard assessment, published last week,".
_OWNED_DOCUMENT_RE = re.compile(rf"(?P<owner>{_NAME_RUN})(?:’s|'s)\s+(?:[a-z-]+\s+){{0,3}}"
                                rf"(?:{'|'.join(sorted(_DOCUMENT_NOUNS))})s?(?:,[^,“”\"]{{1,80}},)?{_ADVERBS}\s*$")
#: A body's part named in lower case after the body's name: "The Bank of Ghana's monetary policy committee".
_OWNED_BODY_RE = re.compile(rf"(?P<owner>{_NAME_RUN})(?:’s|'s)\s+(?:[a-z-]+\s+){{0,3}}"
                            rf"(?:{'|'.join(sorted(_INSTITUTION_NOUNS))}){_ADVERBS}\s*$")
#: A person "of" or "at" a firm described by its noun, before the firm's name: "Analyst Sophie Marchetti-Lang of
#: Frankfurt-based research firm ".
_PERSON_OF_FIRM_RE = re.compile(rf"(?P<name>{_NAME_RUN})\s+(?:of|at|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}"
                                rf"(?:{'|'.join(sorted(ORGANISATION_NOUNS))})\s+$")
#: A sentence opened by a role "of" a thing the name right after stands for: "The master of the Malta-flagged bulk
#: carrier ", "The mother of murdered teenager " (a lower-case noun right before the name).
_ROLE_OF_THING_RE = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][^.!?,“”\"]{0,80},\s+)?[Tt]he\s+(?P<noun>[a-z][\w-]*)\s+of\s+"
                               r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*\s+$")
#: A relative clause in commas between a subject and its verb: ", who studied in Lisbon and Dakar,".
_RELATIVE_CLAUSE_RE = re.compile(rf",\s+(?:who|which)\s+[^,“”\"§.!?]{{1,150}},{_ADVERBS}\s*$")
#: Capitalised words that open a sentence without naming its subject ("A statement from ... said").
_NOT_OPENERS = frozenset(["A", "An", "The", "It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We",
                          "I", "In", "On", "At", "After", "Before", "But", "And", "As", "When", "While", "If"])
#: A reporting verb coordinated with an earlier one of the same subject: "..., but said", "... and added".
_COORDINATED_RE = re.compile(r"(?:,\s*|\s)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|still\s+)?$")


def _note_voice(phrase: str, who: str, state: _State) -> str:
    """Remember an institution speaking through "a spokesman", "a spokeswoman" or "a spokesperson" (a later "he
    added", "she added" or "the spokesperson told ..." is that voice again while nobody else has spoken); returns
    ``who``."""
    spokes = re.search(r"\bspokes(man|woman|person)\b", phrase)
    if who and spokes:
        state.voice = (who, {"man": "he", "woman": "she"}.get(spokes.group(1), ""))
    return who


#: A body's name opening a sentence, commas and "and" inside it ("South Africa's Department of Trade, Industry and
#: Competition said"), then a verb in lower case.
_BODY_OPENER_RE = re.compile(rf"(?:^|(?<=[.!?])\s+|\n)(?:[A-Z][\w.-]*['’]s\s+)?(?P<name>(?:the\s+|The\s+)?{_NAME_RUN}"
                             rf"(?:,\s+{_NAME_RUN})*(?:,?\s+and\s+{_NAME_RUN})?)"
                             # its acronym in brackets, or a clause after a comma: "The National Forestry Corporation
                             # (CONAF) said", "The Harlan Valley Education Association, which represents ..."
                             r"(?:\s+\([A-Z]{2,8}\))?,?\s+(?:has\s+|had\s+|also\s+)?[a-z]+\b")


def _body_opener(context: str) -> str:
    """The institution whose name opens the last sentence of the last two paragraphs that one opens, outside
    quotations; "" when none does."""
    lines = [_mask_quotes(line) for line in context[-OPENER_CHARS:].split("\n") if line.strip()][-2:]
    bodies = [re.sub(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+", "", m.group("name"))  # "South
              for line in lines for m in _BODY_OPENER_RE.finditer(line)  # Africa's Department ..."
              if _is_institution(m.group("name"))]
    return speaker_form(bodies[-1].removeprefix("the ").removeprefix("The ")) if bodies else ""


#: A body named in capitals with a possessive inside: "the Harlan County Sheriff's Office", "the Queen's Bench".
_NAMED_POSSESSIVE_BODY_RE = re.compile(rf"(?:[Tt]he\s+)?(?:[{_UPPER}][\w-]*\s+){{0,4}}[{_UPPER}][\w-]*[’']s\s+"
                                       r"(?:Office|Department|Service|Bureau|Court|Team|Unit|Association|Union|Fund)")
#: A body named by its holder's role: "the sheriff’s office", "the mayor's office", "the coroner’s court".
_POSSESSIVE_BODY_RE = re.compile(r"[Tt]he\s+([a-z]+)[’']s\s+(office|department|service|bureau|court|team|unit)")


def _first_after(segment: str, context: str, state: _State) -> str:
    """The speaker named between a quote and its verb: the last pronoun, role or name that is not a
    place ("…,” Borys Filatov, mayor of Dnipropetrovsk's capital Dnipro, said → Borys Filatov)."""
    if (body_voice := _BODY_VOICE_RE.fullmatch(segment.strip(" ,"))) and (
            body := _unknown_role(f"the {body_voice.group('noun')}", context)):
        return _note_voice(segment, body, state)  # "“…,” a council spokesperson said": the council named before
    if _BARE_VOICE_RE.fullmatch(segment.strip(" ,")):  # "Ergon Energy says ... “…,” a spokesperson told us"
        return _note_voice(segment, _last_group(context), state) or UNKNOWN
    unnamed = _unnamed_speaker(segment)
    if unnamed is not None:
        return _note_voice(segment, unnamed, state) if unnamed != UNKNOWN else unnamed
    if segment.strip(" ,") in ("it", "It"):  # "“…,” it said in a statement": the body opening a sentence just before,
        # else the body that spoke last or the subject of the paragraph before's reporting verb ("Terminales Andinos
        # said in a statement that ... “…,” it added"), whose name may read like a person's but opens with no given name
        if opener := _body_opener(context):
            return opener
        lead = _lead_in_speaker(context.rstrip().rsplit("\n", 1)[-1], context, state, colon=False)
        return next((who for who in (state.last_speaker, lead) if who and (
            _is_institution(who) or not is_given_name(who.split()[0]))), "")
    head = segment.strip(" ,").split(",")[0]  # drop an appositive: "Anna Kovalenko, a spokeswoman for X,"
    if _NAMED_POSSESSIVE_BODY_RE.fullmatch(head.strip()):  # "the Harlan County Sheriff's Office": the name as written
        return speaker_form(re.sub(r"^[Tt]he\s+", "", head.strip()))
    if owned := _POSSESSIVE_BODY_RE.fullmatch(head.strip()):  # "the sheriff’s office": "Maury County Sheriff’s Office"
        named = re.findall(rf"(?:[A-Z][\w’'-]*\s+){{0,4}}{owned.group(1).capitalize()}[’']s\s+{owned.group(2).capitalize()}\b",
                           context[-ANTECEDENT_CHARS:])
        if named:
            return speaker_form(re.sub(r"^The\s+", "", named[-1]))
    joined = [run for run in _institution_runs(head) if " and " in run and _is_institution(run)]
    if joined:  # "According to the Millbrook Parks and Recreation Department, ..."
        return speaker_form(joined[-1])
    lead = re.sub(r"^(?:the|The)\s+", "", head.strip())
    whole = next((run for run in _institution_runs(lead) if lead.startswith(run) and " of " in run
                  and _is_institution(run) and not is_given_name(run.split()[-2])
                  and not re.search(r"[A-Z]", lead[len(run):])), "")  # not "... spokesperson Wang Lixin said"
    if whole:  # "the National Association of State Election Directors said": the name as a whole, "of" and all
        return speaker_form(whole)
    # "the wildlife charity Marsh Harriers Trust said": the name as a whole
    described = _DESCRIBED_NAME_RE.match(head.strip())
    if (described and not re.search(r"[A-Z]", head.strip()[described.end():])
            and not head.strip()[described.end():].startswith(("’s", "'s"))  # "the Met Office’s chief ..., Hannah Greaves"
            and not re.match(r"\s+[a-z]", head.strip()[described.end():])  # "the former Doncaster midfielder": a role
            and (who := _candidate(described.group(0), context, state))):
        return who
    # "the trust’s director of operations, Ben Aziz, added", "said her husband, Tyler Brandt,": the name wins
    if head.lstrip().lower().startswith(("the ", "a ", "an ", "her ", "his ", "their ")) and "," in segment.strip(" ,"):
        from .people import _candidates

        named = _candidates(segment)  # "the trust’s director of operations, Ben Aziz, added": the name wins
        if named:
            return resolve_person(named[-1][2], context)
    for part in (head, segment):
        named = [who for m in _CANDIDATE_RE.finditer(part) if (who := _candidate(m.group(0), context, state))]
        if named:
            return named[-1]
    return ""


#: A body's possessive, its role in lower case, then the holder's name in commas: "the Met Office’s chief
#: meteorologist, Hannah Greaves".
_OWNED_ROLE_NAME_RE = re.compile(rf"(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,4}}[a-z][\w-]*,\s*({_NAME_RUN})")
#: A title, its remit in capitals (with "of", "and", "for", "&") and its holder's name, ending the sentence: "Minister of
#: Fisheries and Ocean Policy Kjersti Haugland Strand."
_TITLE_CHAIN_RE = re.compile(r"\s+((?P<title>[A-Z][\w-]*)(?:\s+(?:of|and|for|the|&|[A-Z][\w’'.-]*)){2,12})\s*(?:[.;]|$)")


def _title_chain_holder(chain: re.Match) -> str:
    """The person a ``_TITLE_CHAIN_RE`` match names after a title and its remit, "" when it names nobody ("says
    Minister of Foreign Affairs." names no holder)."""
    from .people import _is_name

    if chain.group("title").lower() not in _TITLE_WORDS_ALL:
        return ""
    holder = speaker_form(chain.group(1))
    return holder if holder and _is_name(holder.split()) and not _is_institution(holder) else ""


#: Lower-case words after a team's or body's name, then a name: "Ashbridge manager Stuart Hollins".
_ROLE_THEN_NAME_RE = re.compile(rf"\s+((?:[a-z][\w-]*\s+){{1,3}})({_NAME_RUN})")
#: Role words such a run of lower-case words ends in, besides the titles ("manager", "captain", "coach").
_TEAM_ROLES = frozenset(["manager", "captain", "striker", "midfielder", "defender", "goalkeeper", "forward", "winger",
                         "boss", "skipper", "head", "owner", "founder", "spokesperson", "spokesman", "spokeswoman",
                         "analyst", "economist", "lawyer", "researcher", "organiser", "organizer", "teacher", "nurse"])


#: A noun for a person by what they do: "meteorologist", "forecaster", "technician", "consultant".
_AGENT_NOUN_RE = re.compile(r"^[a-z-]{3,}(?:ist|er|or|ian|ant|ent)$")


def _role_then_name(text: str, end: int) -> str:
    """The name after a capitalised word and a lower-case role ("said Ashbridge manager Stuart Hollins" ->
    "Stuart Hollins"), or "" when the words after ``end`` are not a role then a person's name."""
    from .people import TITLES, _is_name

    m = _ROLE_THEN_NAME_RE.match(text, end)
    if not m:
        return ""
    role = m.group(1).split()[-1].lower()
    if role not in TITLES and role not in _TITLE_EXTRA and role not in _TEAM_ROLES and not (
            _AGENT_NOUN_RE.search(role) and role not in STOP_WORDS):  # "said NWS meteorologist Tariq Haddad-Lowe"
        return ""
    name = re.split(r"(?<=[a-z]{2})\.\s+", m.group(2))[0]  # the sentence ends with the name: "... Haddad-Lowe. He said"
    return name if _is_name(name.split()) else ""


#: ", Tom Bevan," after a role noun: the role's holder named in an appositive.
_APPOSED_NAME_RE = re.compile(rf",\s+({_NAME_RUN})\s*(?:,|[.!?;]|$)")
#: A relation or role after a possessive: "her husband", "his former coach", "their eldest daughter".
_POSSESSIVE_ROLE_RE = re.compile(r"\s+(?:her|his|their)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*")


#: Words for an institution's own voice: "a spokesperson for X" speaks as X; "a source at X", "one delegate" do not.
_VOICES = frozenset(["spokesperson", "spokesman", "spokeswoman", "spokespeople", "statement", "release",
                     "representative", "representatives"])
_UNNAMED_RE = re.compile(r"\s*(?:an?|one|another|some)\s+(?:[\w’'+.&-]+\s+){0,3}?(?P<noun>(?-i:[a-z][\w-]*))\b"
                         r"(?:\s+(?:at|from|for|of|with|in)\s+(?:the\s+)?(?P<org>(?-i:[A-Z][\w’'.&+-]*"
                         r"(?:\s+(?:(?:of|for|the|and|&)\s+)*[A-Z][\w’'.&+-]*)*)))?", re.IGNORECASE)


def _unnamed_speaker(phrase: str) -> str | None:
    """For a phrase opening with "a", "an", "one" or "another": the institution a spokesperson speaks for
    ("a spokesperson for the Home Office"), else ``UNKNOWN`` (someone unnamed: "one OPEC+ delegate",
    "a reader in Thompson"); None when the phrase does not open that way."""
    m = _UNNAMED_RE.match(phrase.lstrip(" ,"))
    if not m or m.group("noun").lower() in ("few", "lot", "number", "couple"):
        return None
    if _irish_body(phrase.lstrip(" ,").split()):
        return None  # "An Garda Síochána has warned": a body's name, not someone unnamed
    if m.group("noun").lower() in _VOICES:
        org = m.group("org")
        if org is None:  # "A Home Office spokesperson": the words before the noun name the office
            return speaker_form(m.group(0)) or UNKNOWN
        return speaker_form(org) or UNKNOWN
    return UNKNOWN


#: The last clause of a colon lead-in opened by a pronoun: "..., she is blunt", "He put it simply".
_PRONOUN_CLAUSE_RE = re.compile(r"(?:^|[,;]\s*|[.!?]\s+)(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+[^,;.!?“”\"]{0,60}$")


def _colon_speaker(lead: str, context: str, state: _State) -> str:
    """The speaker introduced by a colon with no reporting verb: the first person named in the lead-in (after
    "from" when it says "Quote from ...", "A statement from ..."), else its first name or institution."""
    from .people import _candidates

    lead = lead.rstrip().rstrip(":")
    cut = re.search(r"\bfrom\s+", lead)
    if cut:
        lead = lead[cut.end():]
    lead = re.sub(r"^\s*(?:But|And|Yet|So|Still|Meanwhile|However),?\s+", "", lead)  # "But one Westminster insider:"
    if _UNNAMED_HEADING_RE.match(lead):
        return UNKNOWN  # "Reader in Oban: ‘…’": a live blog entry's heading for someone unnamed
    if _WRITTEN_THING_RE.search(lead) and not _candidates(lead):  # "Our favourite sign, held up near Coolidge Corner:"
        return UNKNOWN
    if re.fullmatch(r"\s*It\s+(?:reads|read)\s*", lead):  # "A fundraising page ... It reads: “…”": a text, whose
        return _body_opener(context) or UNKNOWN  # writer is a body opening the sentence before, or nobody named
    unnamed = _unnamed_speaker(lead.rsplit(":", 1)[-1])  # "An email from a reader in Thompson:", "A source at the
    # club tells us:", "Your views: An email just in:"
    if unnamed is None and "," in lead:  # "As the rosette was handed over, one spectator was heard to heckle:"
        unnamed = _unnamed_speaker(lead.rsplit(",", 1)[1])
    if unnamed is not None:
        return unnamed
    clause = _PRONOUN_CLAUSE_RE.search(lead)  # "Asked whether ... for the Rhône Glacier, she is blunt:"
    if clause:
        return _candidate(clause.group("pron"), context, state) or UNKNOWN
    lead = re.sub(r"\s+(?:MP|MEP|MSP|TD|MLA|QC|KC)\b", "", lead)
    people = _candidates(lead)
    if people:
        return resolve_person(people[0][2], context)
    unresolved = False
    for m in _CANDIDATE_RE.finditer(lead):
        if (m.group("name") and m.start() == len(lead) - len(lead.lstrip()) and " " not in m.group(0)
                and _english_word(m.group(0)) and not is_given_name(m.group(0)) and actor_for(m.group(0)) is None):
            continue  # "Quotes:", "Overheard in the queue for tea:": a heading's or a sentence's first word
        # "In a statement, the club said:": "the club" first (the team named before), then the phrase as matched
        verb = _VERB_RE.search(m.group(0)) if m.group("role") else None
        phrases = [m.group(0)[:verb.start()].rstrip(), m.group(0)] if verb and verb.group("verb") else [m.group(0)]
        if not m.group("pron") and (who := next(filter(None, (speaker_form(_candidate(p, context, state))
                                                               for p in phrases)), "")):
            return who
        if m.group("role"):
            unresolved = True
    # "Quote from the minister:" when no minister was found: someone the lead names speaks, never the last speaker
    return UNKNOWN if unresolved else ""


#: A heading for someone unnamed, by what they are to the page and where they are: "Reader in Oban", "Resident from
#: Leith".
_UNNAMED_HEADING_RE = re.compile(rf"\s*(?:{'|'.join(sorted(w.capitalize() for w in _ADDRESSED_BY_GIVEN_NAME))}|"
                                 r"Witness|Passenger|Shopper|Driver)s?\s+(?:in|from|at|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*$")


def _lead_in_speaker(lead: str, context: str, state: _State, colon: bool = True) -> str:
    """The speaker a paragraph ending in a colon introduces for the quote-only paragraph after it: the subject of
    its last sentence's reporting verb ("..., Rachel Dunmore, says the worst is to come:"), else (with ``colon``) the
    person or institution its colon lead-in names ("Race director Kath Munro has just spoken to reporters:")."""
    masked = _mask_quotes(lead.rstrip())
    _, ends = _boundaries(masked)
    start = ends[-1] if ends and ends[-1] < len(masked) else 0
    verbs = [v for v in _VERB_RE.finditer(masked, start) if v.group("verb")]
    for v in reversed(verbs[-MAX_CLAUSES:]):
        if who := _subject_before(masked, v.start(), start, context, state):
            return who
    return _colon_speaker(masked[start:], context, state) if colon else ""


#: Speaking to someone: "has just spoken to reporters", "We spoke to Renee Kaminski, who ...", "She spoke with ...".
_SPOKE_TO_RE = re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?:just\s+)?(?:spoke|spoken|talked|speaks|talks)\s+(?:to|with)\s+")
#: Those spoken to who report what they hear: the subject is the one who speaks ("spoke to reporters", "to us").
_THE_PRESS_RE = re.compile(r"(?:reporters|journalists|the\s+(?:media|press)|members\s+of\s+the\s+press|us|me|"
                           r"a\s+(?:news|press)\s+conference)\b")


def _spoken_to(lead: str, context: str, state: _State, press: bool = True) -> str:
    """Who speaks in the quotation after a last sentence saying someone spoke to someone: the person spoken to
    ("We spoke to Renee Kaminski, who manages a hardware store", "Our reporter spoke with Dale Wicker, 64"), or the
    one who spoke to the press or a station ("Gareth Llewelyn-Price has just spoken to reporters outside the
    terminal", "... spoke to ABC Radio from the bathroom"); "" when the sentence says neither. Without ``press``,
    only a person spoken to counts."""
    masked = _mask_quotes(lead.rstrip())
    _, ends = _boundaries(masked)
    start = ends[-1] if ends and ends[-1] < len(masked) else 0
    said = [m for m in _SPOKE_TO_RE.finditer(masked, start) if _MASK not in masked[m.end():]]
    # never in reported speech: "He said he had spoken with Ortega Villar and that ..." names whom he spoke with
    if not said or any(v.group("verb") for v in _VERB_RE.finditer(masked, start, said[-1].start())):
        return ""
    m = said[-1]
    named = re.match(_NAME_RUN, masked[m.end():])
    who = _candidate(named.group(0), context, state, persons_only=True) if named else ""
    if who and is_given_name(who.split()[0]) and not _is_institution(who):
        return who  # "We spoke to Renee Kaminski": a person, by her given name
    if _THE_PRESS_RE.match(masked, m.end()) or named:  # reporters, or a station: "spoke to ABC Radio from ..."
        return _subject_before(masked, m.start(), start, context, state) if press else ""
    return ""


#: A quotation paragraph has at least this many words to go on from indirect speech ("‘Legitimate military
#: targets’" set as a sub-heading does not).
INDIRECT_QUOTE_WORDS = 6


def _indirect_speaker(lead: str, context: str, state: _State, quote: str) -> str:
    """The speaker of a paragraph of indirect speech ("Dr. Anika Mehra, a respirologist, says days of exposure can be
    dangerous.") for the quotation paragraph after it: the subject of its last sentence's reporting verb, when that
    subject opens the sentence (not "attacks that Zelensky said showed ...") and the quotation is a paragraph of
    speech, not a sub-heading; "" otherwise."""
    if count_words(quote) < INDIRECT_QUOTE_WORDS:
        return ""
    who = _lead_in_speaker(lead, context, state, colon=False)
    if not who:
        return _spoken_to(lead, context, state)
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead.strip())[-1]
    # the subject as written: the surname, or the given name alone ("Brenda, who served school dinners ..., insists")
    return who if who.split()[-1] in last[:80] or re.match(rf"{re.escape(who.split()[0])}\b", last) else ""


def _lead_sentence_subject(masked: str, quote_start: int, state: _State,
                           bounds: tuple[list[int], list[int]] | None = None) -> str | None:
    """For a quotation with no reporting clause after a sentence of its own paragraph ("Daniel O’Rourke-Silva,
    Director of Aviation at Massport, welcomed the announcement. “…”"): the person who opens that sentence; UNKNOWN
    when the sentence names a person elsewhere (it is about someone, so the article's last speaker does not go on);
    None when the quotation opens its paragraph or the sentence names no person."""
    lead = masked[:quote_start]
    if not lead.strip(" \n"):
        return None
    cut = _sentence_bounds(masked, len(lead.rstrip()) - 1, bounds)[0]  # the last sentence before the quote
    if _MASK in lead[cut:]:
        return None
    start = state.paragraph_at + cut
    inside = [(at, name) for at, name, _ in _article_mentions(state) if start <= at < state.paragraph_at + quote_start]
    if not inside:
        return None
    at, name = inside[0]
    before = masked[cut:at - state.paragraph_at].split()  # at most a title or two: "Aviation director", "Dr"
    # ... or a team's or body's name and its role in lower case: "Kelham boss", "Fenby parish councillor"
    if len(before) <= 3 and all(word[:1].isupper() or word in _TITLE_WORDS_ALL or word in _TITLE_EXTRA
                                for word in before):
        return resolve_person(name, state.text[:state.position])
    return UNKNOWN


def _nearest_person_before(masked: str, sent_start: int, pos: int, context: str, state: _State) -> str:
    """For participles with no subject found ("..., saying: “…”"): the nearest person or role before."""
    phrases = [m.group(0) for m in _CANDIDATE_RE.finditer(masked, sent_start, pos) if not m.group("pron")]
    for phrase in reversed(phrases[-MAX_CLAUSES:]):  # the nearest first; a few are enough
        if who := _candidate(phrase, context, state, persons_only=True):
            return who
    return ""


#: After a quote: a name (after at most three lower-case words) and its appositive, as far as the reporting verb
#: ("“…,” lead author Camila Restrepo-Uribe, a biologist at the Universidad del Páramo in Medellín, told").
_NAMED_APPOSITIVE_RE = re.compile(rf"[\s,]*(?:[a-z][\w-]*\s+){{0,3}}{_NAME_RUN},\s+(?:an?|the|who)\s+[^.!?;:]*,\s*$")
#: How far such a named appositive may reach (a plain clause after a quote: 90 characters).
LONG_APPOSITIVE_CHARS = 220
#: The sentence after a quotation that says whose words they were: "The warning came from van Leeuwen, ...",
#: "Those were the words of Seán Mac Donncha, who chairs ...".
_CAME_FROM_RE = re.compile(rf"[\s”\"’']*(?:(?:The|That|This|Those|These)\s+(?:[a-z]+\s+)?(?:warning|comment|comments|"
                           rf"remark|remarks|words|plea|call|criticism|message|appeal|admission|rebuke|verdict|"
                           rf"assessment|response|reaction)\s+(?:came|comes)\s+from|(?:Those|These|That|This|Such)\s+"
                           rf"(?:were|are|was|is)\s+the\s+(?:[a-z]+\s+)?(?:words|verdict|view|message|warning)\s+of)\s+"
                           rf"(?P<who>(?:the\s+)?(?:(?:{NAME_PARTICLES_RE})\s+)?{_NAME_RUN})")
#: A statement in a body's own words, naming it first: "Fenwick Rovers can confirm that ...", "Harbourside City is
#: delighted to announce ...".
_SELF_NAMED_RE = re.compile(r"[“\"‘'’”]?(?P<name>(?:The\s+)?[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|and|&)){0,5})\s+"
                            r"(?:can confirm|is (?:delighted|pleased|saddened|disappointed|aware)|are (?:delighted|pleased|"
                            r"saddened|disappointed|aware)|would like to|regrets|wishes to|has (?:parted|appointed))\b")
#: The role noun of a body right before its statement: "In a statement, the club said:".
_BODY_ROLE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:club|team|side|franchise|company|firm|council|board|organisation|"
                                  r"organization|federation|association|league|school|university|trust|charity|group)\s+"
                                  r"(?:\w+\s+){0,2}?(?:said|added|wrote|posted|confirmed|stated)\b[^§]*$")


def _is_given_name_run(name: str) -> bool:
    """Whether a run is a person's name (a given name first): "Neil Harcourt can confirm" is no body."""
    return is_given_name(name.split()[0]) and not _is_institution(name)


#: Words written on something, just before a quotation: "waved banners reading “…”", "a placard that said “…”",
#: "a petition, which states: ‘…’" (never "Biden signs the bill, saying": a sign is one after "the", "other", ...).
_WRITTEN_ON_RE = re.compile(r"(?i:\b(?:banners?|placards?|(?:(?<=the )|(?<=other )|(?<=some )|(?<=many )|(?<=their )|"
                            r"(?<=with )|(?<=and )|(?<=held )|(?<=waved ))signs?|"
                            r"posters?|t-shirts?|billboards?|graffiti|stickers?|hoardings?|headlines?|petitions?|"
                            r"leaflets?|flyers?|notices?|plaques?|inscriptions?|mottos?)\b[^.!?§]{0,140}?\b(?:reading|"
                            r"read|reads|saying|that\s+said|which\s+(?:says|said|states|stated)|states|stated|bearing|"
                            r"proclaiming|declaring|emblazoned\s+with|with\s+the\s+words))\s*[:,]?\s*$")


def attribute(paragraph: str, spans: list[Span], offset_context: str, state: _State) -> list[str]:
    """Speakers for the quotes of one paragraph, in order (updates the article's last speaker)."""
    masked = list(paragraph)
    for sp in spans:
        masked[sp.start:sp.end] = _MASK * (sp.end - sp.start)
    masked_text = "".join(masked)
    bounds = _boundaries(masked_text)
    speakers: list[str] = []
    for k, sp in enumerate(spans):
        before_quote = paragraph[max(0, sp.start - CONTEXT_CHARS):sp.start]
        context = offset_context[len(offset_context) - (CONTEXT_CHARS - len(before_quote)):] + before_quote \
            if len(before_quote) < CONTEXT_CHARS else before_quote
        s_start, s_end = _sentence_bounds(masked_text, sp.start, bounds)
        state.position = state.paragraph_at + sp.start
        state.by_pronoun = False
        verbs = [m for m in _VERB_RE.finditer(masked_text, s_start, s_end)]
        speaker = ""
        after = [v for v in verbs if v.start() >= sp.end and v.group("verb")]
        before = [v for v in verbs if v.end() <= sp.start]
        # 1. "…,” he said / “…,” Borys Filatov, mayor of ..., said (a comma ties the quote to the clause after)
        inner = paragraph[sp.start:sp.end].rstrip("”\"’' ")
        linked = inner.endswith((",", "!", "?")) or masked_text[sp.end:].lstrip().startswith(",")
        if inner.endswith(("!", "?")) and _NEW_SENTENCE_RE.match(masked_text, sp.end):
            linked = False  # “… you lot!” The mayor warned ...: a new sentence, not “…!” the mayor warned
        reach = (LONG_APPOSITIVE_CHARS if after and _NAMED_APPOSITIVE_RE.match(masked_text, sp.end, after[0].start())
                 else 90)  # “…,” lead author Camila Restrepo-Uribe, a biologist at ... in Medellín, told EarthWire
        if _WRITTEN_ON_RE.search(masked_text, max(0, sp.start - 160), sp.start) or _READ_AFTER_RE.match(
                masked_text, sp.end):
            speaker = UNKNOWN  # banners reading “Water is a right, not a promise”: nobody the sentence names
        if (not speaker and linked and after and after[0].start() - sp.end <= reach
                and _MASK not in masked_text[sp.end:after[0].start()]
                and not _PARTICIPLE_AFTER_RE.match(masked_text, sp.end)):
            between = masked_text[sp.end:after[0].start()]
            speaker = _first_after(between, context, state) if between.strip(" ,") else ""
            if not speaker and not between.strip(" ,"):  # “…,” said Zakharova
                unnamed = _INDEFINITE_AFTER_RE.match(masked_text, after[0].end())
                m = _CANDIDATE_RE.search(masked_text, after[0].end(), s_end)
                apposed = _APPOSED_NAME_RE.match(masked_text, m.end()) if m and m.group("role") else None
                kin = _POSSESSIVE_ROLE_RE.match(masked_text, after[0].end()) if m and m.group("pron") else None
                if kin and not apposed:  # “…,” said her husband, Tyler Brandt, who ...: the name, not "her"
                    apposed = _APPOSED_NAME_RE.match(masked_text, kin.end())
                if unnamed:  # “…,” said one Accra-based currency trader; “…,” according to a statement from X
                    speaker = (_statement_source(masked_text[after[0].end():s_end], context, state)
                               or speaker_form(unnamed.group(0)) or UNKNOWN)
                elif apposed:  # “…,” said the Sharks captain, Tom Bevan, who ...: the name after the role
                    speaker = _candidate(apposed.group(1), context, state, persons_only=True)
                elif m and (owned := _OWNED_ROLE_NAME_RE.match(masked_text, m.end())):
                    # “…,” said the Met Office’s chief meteorologist, Hannah Greaves: the body owns the role
                    speaker = _candidate(owned.group(1), context, state, persons_only=True)
                elif m and m.group("name") and (named := _role_then_name(masked_text, m.end())):
                    speaker = _candidate(named, context, state, persons_only=True)  # said Ashbridge manager Stuart Hollins
                if not speaker and not unnamed:
                    speaker = _first_after(masked_text[after[0].end():m.end()], context, state) if m else ""
                if not speaker and (chain := _TITLE_CHAIN_RE.match(masked_text, after[0].end(), s_end)):
                    speaker = _title_chain_holder(chain)  # "says Minister of Fisheries and Ocean Policy Kjersti ..."
        # 2. Lavrov said: “…” / Mr Hegseth dismissed as “garbage” (nearest finite verb before)
        if not speaker:
            finite = [v for v in before if v.group("verb")]
            for v in reversed(finite[-MAX_CLAUSES:]):
                if _PASSIVE_BEFORE_RE.search(masked_text, max(0, v.start() - 12), v.start()):
                    continue  # "... said the city had been warned for years: “…”": the warned are not the speaker
                if v.group("verb").lower() == "according to":  # According to him, “…”; according to a statement
                    # issued by the Lasalgaon APMC, “…”: the body that issued it
                    speaker = (_statement_source(masked_text[v.end():sp.start], context, state)
                               or _first_after(masked_text[v.end():sp.start], context, state))
                else:
                    speaker = _subject_before(masked_text, v.start(), s_start, context, state)
                if speaker:
                    break
        # 2b. Quote from Daniel Okafor, Executive Director: “…” / PC leader Martin Gauthier concedes: “…”
        if not speaker and masked_text[s_start:sp.start].rstrip().endswith(":"):
            speaker = _colon_speaker(masked_text[s_start:sp.start], context, state)
        # 3. ..., adding: “…” with no subject found: the sentence's earlier speaker or nearest person
        if not speaker and (parts := [v for v in before if v.group("part")]):  # not the object of "X said Y had ..."
            # a participle whose object is someone spoken to ("Marcus Whitlow, telling the Commons that ...", "urging
            # ministers to"): the nearest person before it, not its object
            to_whom = parts[-1].group("part").lower() in _TO_WHOM_PARTICIPLES
            speaker = _nearest_person_before(masked_text, s_start, parts[-1].start() if to_whom else sp.start, context,
                                             state)
        # 3b. “…” The warning came from van Leeuwen, a herpetologist at ...: the next sentence names the speaker
        following = ""
        if not masked_text[sp.end:].strip() and state.text:  # a quote ending its paragraph: the next line may say
            following = state.text[state.paragraph_at + len(paragraph):][:300].lstrip("\n")
        if not speaker and (came := _CAME_FROM_RE.match(masked_text, sp.end) or _CAME_FROM_RE.match(following)):
            speaker = _candidate(came.group("who"), context + paragraph[:sp.end], state) or UNKNOWN
            # a "he" or "she" next is this speaker ("He adds: “…”"), though the name came after "from"
            pronouns = [p for p in ("he", "she") if speaker != UNKNOWN and agrees(p, speaker, state.text or context)]
            state.voice = (speaker_form(speaker), pronouns[0]) if len(pronouns) == 1 else None
        # 4. no reporting clause: a continuation of this paragraph's speaker, or a quote-only paragraph (after a
        # paragraph that ends in a colon, its lead-in says who speaks: "Race director Kath Munro told reporters:")
        if not speaker and not verbs:
            signed = _signed_below(paragraph, state) if k == len(spans) - 1 else ""
            if signed:  # a press release's quotation, then "- Dr. Omar Farouk, family physician, Antigonish"
                speaker = signed
            elif k > 0 and speakers[k - 1]:
                speaker = speakers[k - 1]
            elif k == 0 and (subject := _lead_sentence_subject(masked_text, sp.start, state, bounds)) is not None:
                speaker = subject  # "Peter Quinn, head of aviation at ..., welcomed the route. “…”"
            elif _ENTRY_CLOCK_RE.match(paragraph):
                speaker = UNKNOWN  # "14:55 ‘I’ve never seen anything like it’": a live blog's entry heading
            elif len(paragraph[sp.start:sp.end]) >= 0.6 * len(paragraph.strip()):
                lead = offset_context.rstrip("\n").rsplit("\n", 1)[-1] if k == 0 and sp.start < 3 else ""
                # after a paragraph of indirect speech with no quotation ("Dr. Anika Mehra ... says days of exposure
                # can be dangerous."), its speaker goes on; else the article's last speaker
                indirect = lead and not re.search(r"[“”\"‘]", lead) and not lead.rstrip().endswith(":")
                speaker = (_lead_in_speaker(lead, context, state) if lead.rstrip().endswith(":") else
                           _indirect_speaker(lead, context, state, paragraph[sp.start:sp.end]) if indirect else "") \
                    or state.last_speaker
        # "the club said: ‘Fenwick Rovers can confirm that ...’": a body speaking of itself names itself
        if ((own := _SELF_NAMED_RE.match(paragraph, sp.start, sp.end)) and not _is_given_name_run(own.group("name"))
                and _BODY_ROLE_BEFORE_RE.search(masked_text, s_start, sp.start)):
            speaker = own.group("name")
        if speaker and _ANONYMOUS_RE.search(masked_text, s_start, s_end):
            speaker = UNKNOWN  # "the daughter of one resident, who asked not to be named, said: “…”"
        speaker = speaker_form(speaker) if speaker and speaker != UNKNOWN else ""
        if speaker and state.by_pronoun and _names_self(speaker, paragraph[sp.start:sp.end]):
            speaker = ""  # "‘I’ve told Tanya to stop worrying about me,’ she said": she is not Tanya, whoever spoke last
        if speaker:
            state.last_speaker, state.last_said_at = speaker, state.paragraph_at + sp.end
        speakers.append(speaker)
    return speakers


#: A person's name opening a clause, then where they work: "Prof. Ashan Gunathilaka of the University of Ruhuna's ...".
_PERSON_OF_BODY_RE = re.compile(rf"\s*(?P<name>(?:[{_UPPER}][\w’'.-]*\s+){{1,4}}?[{_UPPER}][\w’'-]*)\s+(?:of|at|from)\s+"
                                r"[^,;“”\"]*$")


def _person_of_body(opening: str) -> str:
    """The person a subject opens with before "of", "at" or "from" and the body they work for, when the appositive
    after it ends in that body's name (its last words would read as the subject): "" when it opens with no person."""
    from .people import _is_name

    m = _PERSON_OF_BODY_RE.match(opening)
    if not m:
        return ""
    who = speaker_form(m.group("name"))
    words = who.split()
    return who if len(words) >= 2 and is_given_name(words[0]) and _is_name(words) and not _is_institution(who) else ""


#: A passive before a reporting verb ("had been warned", "was told"): its subject heard the words, never said them.
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:been|being|was|were|is|are|be)\s+$")
#: A text that reads a quote, after it: "“…,” read one of the most-liked replies", "“…,” reads a sign".
_READ_AFTER_RE = re.compile(r"[”\"’']?\s*,?[”\"’']?\s*(?:read|reads)\s+(?:one|a|an|the|another|some)\b")
#: A sign, banner or placard that a colon's lead-in holds up: its words are nobody named.
_WRITTEN_THING_RE = re.compile(r"\b(?:signs?|banners?|placards?|posters?|graffiti|t-shirts?)\b", re.IGNORECASE)


def _names_self(speaker: str, quote: str) -> bool:
    """Whether a quote names the person a "he" or "she" was taken for by their given name, as people speak of or to
    someone else ("‘I’ve told Tanya to stop worrying about me,’ she said" is not Tanya Bell's)."""
    words = speaker.split()
    return len(words) >= 2 and is_given_name(words[0]) and re.search(
        rf"(?<!\ban )(?<!\ba )(?<!\bthe )(?<!\banother )\b{re.escape(words[0])}\b", quote) is not None  # never "an
    # Eilidh": "folk who don't have an Eilidh", a name used as a noun, may be the speaker's own


def _signed_below(paragraph: str, state: _State) -> str:
    """The person a dash line right under a quotation paragraph names ("- Dr. Omar Farouk, family physician": the
    line the cleaner keeps, ``cleaning.SIGNATURE_RE``), "" when the next paragraph is no such line."""
    from .cleaning import SIGNATURE_RE
    from .people import _candidates

    if not state.text:
        return ""
    at = state.paragraph_at + len(paragraph)
    following = state.text[at:at + 200].lstrip("\n").split("\n", 1)[0]
    m = SIGNATURE_RE.match(following.strip())
    if not m:
        return ""
    named = _candidates(m.group("who"))
    return resolve_person(named[0][2], state.text[:at]) if named else ""


#: "a statement from the World Health Organization", "a statement issued by the team", "a statement signed by his
#: eldest son, Kofi Osei-Bonsu": who a statement speaks for.
_STATEMENT_RE = re.compile(rf"\s*an?\s+(?:[a-z]+\s+)?(?:statement|release|letter|post|message|report|memo|notice)\s+"
                           rf"(?:(?:issued|signed|released|posted|sent|published)\s+)?(?:from|by)\s+"
                           rf"(?:(?P<org>(?:the\s+)?(?:[a-z]+[’']s\s+)?{_NAME_RUN})|(?P<role>the\s+[a-z]+)|"
                           rf"(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}[a-z]+,\s+(?P<person>{_NAME_RUN}))")


def _statement_source(rest: str, context: str, state: _State) -> str:
    """Who the statement, release or letter after a quote speaks for (see ``_STATEMENT_RE``), or ""."""
    m = _STATEMENT_RE.match(rest)
    if not m:
        return ""
    if m.group("person"):
        return _candidate(m.group("person"), context, state, persons_only=True)
    if m.group("role"):
        return _unknown_role(m.group("role"), context, state) if m.group("role").split()[-1] in _INSTITUTION_NOUNS \
            else ""
    return speaker_form(re.sub(r"^(?:the\s+)?[a-z]+[’']s\s+", "", m.group("org")))  # "the city's Department of ..."


#: A participle clause right after a quote ("“…,” adding that it had funded ... São Paulo states"): the quote's speaker
#: is the subject before it, and a verb further on ("states") belongs to another clause.
_PARTICIPLE_AFTER_RE = re.compile(r"[”\"’']?\s*,?\s*(?:adding|saying|noting|stressing|explaining|arguing|warning|"
                                  r"insisting|claiming|describing|calling)\b")
#: After a quote ending in "!" or "?", a capitalised function word opens a new sentence.
_NEW_SENTENCE_RE = re.compile(r"\s+(?:The|A|An|It|This|That|There|These|Those|In|On|At|But|And|As|When|After|Before|"
                              r"Then|Now|Later|Meanwhile|However)\b")


#: A live blog entry's time before its heading: "14:55", "9:20 p.m. —".
_ENTRY_CLOCK_RE = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[—–-]?\s*[“\"‘']")


#: A speaker who asked not to be named, in the quote's own sentence: whoever else it names, nobody is the speaker.
_ANONYMOUS_RE = re.compile(r"\b(?:asked|declined|did not want|didn't want|refused) (?:not )?to be (?:named|identified)\b|"
                           r"\bon (?:the )?condition of anonymity\b|\bspeaking anonymously\b")


QUOTE_COLUMNS = ["doc_id", "outlet", "paragraph", "speaker", "quote", "words"]


#: The paragraph number of a quotation in the headline.
HEADLINE_PARAGRAPH = -1


def article_quotes(doc_id: str, outlet: str, text: str, headline: str = "") -> list[tuple[str, str, int, str, str, int]]:
    """Quotations of one article as (doc_id, outlet, paragraph number, speaker, quote, words): the body's, then the
    headline's (paragraph ``HEADLINE_PARAGRAPH``) that the body does not repeat ("‘We will not back down’, says
    Lindqvist" when no paragraph quotes those words)."""
    text = _NICKNAME_RE.sub(r"\1 ", text)  # "Greg “Macca” McAllister" is Greg McAllister, and “Macca” no quotation
    rows = _tidy_speakers(_body_quotes(doc_id, outlet, text, headline), text)
    spans = quote_spans(headline) if headline else []
    if spans:
        said = {_plain(q[4]) for q in rows}
        masked = "".join(_MASK if any(sp.start <= i < sp.end for sp in spans) else ch for i, ch in enumerate(headline))
        speaker = _headline_speaker(masked, text) if len(spans) == 1 else ""
        for sp in spans:
            quote = sp.inner(headline)
            if quote and count_words(quote) >= HEADLINE_QUOTE_WORDS and not any(_plain(quote) in q for q in said):
                who = speaker or _condensed_from(quote, rows) or _main_speaker(rows)
                rows.append((doc_id, outlet, HEADLINE_PARAGRAPH, who, quote, count_words(quote)))
    return rows


#: A nickname in quote marks between a given name and a surname: Rogelio "Jun-Jun" Abellana, Greg “Macca” McAllister.
_NICKNAME_RE = re.compile(r"\b([A-Z][^\W\d_]+)[ \t]+[“\"‘'][A-Z][\w.’'-]*(?:[ -][A-Z][\w.’'-]*)?[”\"’'][ \t]+"
                          r"(?=[A-Z][^\W\d_]+)")


#: A phrase opened by a preposition names a place or time, never a speaker: "On the Midland Highway", "In Brussels".
_PREPOSITION_FIRST_RE = re.compile(r"(?:On|In|At|From|For|With|By|To|Into|Onto|Outside|Inside|Near|After|Before|"
                                   r"During|Under|Over|Across|Along|Through|Since|Until|Behind|Beside|Between)\s")


#: A generational suffix written after a full name: "Ramon Villacorta Jr.", "Luis Ortega Sr.", "Togbe Adzorgbe III".
_GENERATION_RE = r",?\s+(?P<suffix>Jr\.?|Sr\.?|Snr\.?|Jnr\.?|II|III|IV)(?![\w’'-])"


def _tidy_speakers(rows: list[tuple[str, str, int, str, str, int]], text: str) -> list[tuple[str, str, int, str, str, int]]:
    """The body's speakers as the last step leaves them: a phrase opened by a preposition ("On the Midland Highway")
    is nobody; a full name takes the generational suffix the article writes after it ("Ramon Villacorta" -> "Ramon
    Villacorta Jr."); a name the article writes with two suffixes (a father and son, "Luis Ortega Sr." and "Luis
    Ortega Jr.") says neither, and the speaker is left empty."""
    suffixed: dict[str, str] = {}

    def generation(name: str) -> str:
        if name not in suffixed:
            found = {m.group("suffix").rstrip(".") for m in re.finditer(re.escape(name) + _GENERATION_RE, text)}
            if not found:
                suffixed[name] = name
            elif len(found) == 1:
                suffix = found.pop()
                suffixed[name] = f"{name} {suffix}." if suffix.endswith("r") else f"{name} {suffix}"
            else:
                suffixed[name] = ""
        return suffixed[name]

    def in_full(name: str) -> str:
        """The name as the article writes it in full: a body's whole name, a one-word speaker's full name."""
        if name not in fuller:
            if _is_institution(name) or (" " in name and not is_common_given_name(name.split()[0])):
                fuller[name] = _body_in_full(name, text)  # a body, or words that name no person ("Wildlife Conservation")
            elif " " not in name and not name.isupper():
                fuller[name] = _named_later(name, text)
            else:
                fuller[name] = name
        return fuller[name]

    fuller: dict[str, str] = {}  # each speaker looked up once per article (a live blog quotes one person many times)
    out = []
    for row in rows:
        who = "" if _PREPOSITION_FIRST_RE.match(row[3]) else row[3]
        if who and who != UNKNOWN and len(who.split()) >= 2 and not re.search(_GENERATION_RE + "$", who):
            who = generation(who)
        if who and who != UNKNOWN:
            who = in_full(who)
        out.append((*row[:3], who, *row[4:]))
    return out


def _named_later(word: str, text: str) -> str:
    """A speaker found as one word ("Monteiro: ‘We are close’", a live blog entry's heading above "COP30 president Luísa
    Monteiro has addressed ...") as the one full name the whole article gives it, else the word as found."""
    from .people import _is_name

    if is_place(word) or actor_for(word) is not None:
        return word
    names = {form for n in full_names_ending(word, text) if " " in (form := speaker_form(n))
             and _is_name(form.split()) and not _is_institution(form)}  # never "Reader Jo", "But Riley"
    return names.pop() if len(names) == 1 else word


#: Words that join the start of a body's full name to the shorter form a speaker was found as.
_BODY_JOINS = frozenset(["of", "and", "for", "&", *NAME_PARTICLES])
#: Words that may open a body's full name before its shorter form: capitalised words, "and", "of", "del" ...
_BODY_LEAD_WORD = rf"(?:[{_UPPER}][\w’'&.-]*|and|of|for|&|{NAME_PARTICLES_RE})"


def _body_in_full(body: str, text: str) -> str:
    """An institution as the article names it in full, when the speaker found is the end of that name ("Wildlife
    Conservation" of "the Department of Wildlife Conservation", "Food Control Authority" of "Emirates Veterinary and
    Food Control Authority"): the longest such name the text writes on one line, opened by a capitalised word that
    is no title ("President of the European Commission" is a person's role, never the body's name) and no sentence
    opener ("The", "In"), joined to the shorter form by "of", "and", "for" or a particle (never "Preston Network
    Rail" or "Nairobi-based Institute ..."); else the body as found."""
    from .people import TITLES

    best = body
    for m in re.finditer(rf"((?:{_BODY_LEAD_WORD}[ \t]+){{1,6}}?){re.escape(body)}\b", text):
        lead = m.group(1).split()
        while lead and (lead[0][:1].islower() or lead[0].lower() in _CLAUSE_WORDS or lead[0] in ("The", "A", "An")
                        or lead[0].lower().rstrip(".,") in _OPENER_WORDS):
            lead.pop(0)  # "and Food Control Authority", "The Department of ...": the name opens with a capital
        if not lead or any(w.lower().rstrip(".,") in TITLES | _TITLE_EXTRA | _TITLE_WORDS_ALL for w in lead):
            continue
        if any(re.search(r"[.,;:]$", w) for w in lead) or lead[-1] not in _BODY_JOINS:
            continue  # a list or two sentences; a place or a word before it ("Preston Network Rail", "FURIOUS X")
        full = f"{' '.join(lead)} {body}"
        if len(full) > len(best) and _is_institution(full):
            best = full
    return best


def _condensed_from(quote: str, rows: list[tuple[str, str, int, str, str, int]]) -> str:
    """The speaker of the body's quotation a headline condenses: its words all there, in order ("People did
    everything right and still got dropped" from "People did everything right. They cleared brush ... and they
    still got dropped"); "" when no quotation, or quotations of two speakers, hold them."""
    words = _plain(quote).split()
    speakers = set()
    for row in rows:
        said = iter(_plain(row[4]).split())
        if row[3] and all(word in said for word in words):  # a subsequence: each word found after the last
            speakers.add(row[3])
    return speakers.pop() if len(speakers) == 1 else ""


def _main_speaker(rows: list[tuple[str, str, int, str, str, int]]) -> str:
    """The person the body quotes more than all others together (twice at least): the speaker of a headline's
    quotation that no tag names and no body quotation holds ("BINGO GRAN’S FURY: ‘I’ve been treated like a
    criminal’" over a story quoting the grandmother throughout); "" when no one is (a story of several voices)."""
    counts = Counter(row[3] for row in rows if row[3])
    if not counts:
        return ""
    who, n = counts.most_common(1)[0]
    return who if n >= 2 and 2 * n > sum(counts.values()) and not _is_institution(who) else ""


def _headline_speaker(tag: str, body: str) -> str:
    """Who speaks a headline's quotation, from the rest of the headline (``tag``, the quote masked): a person the
    body names in full ("Lena Roth: ‘…’", "‘…’: Harris Tweed weaver Morag MacInnes on fifty years"), else the holder
    of a role the tag names as the body gives it ("Council leader: ‘…’" and "Council leader Helen Marsh" below,
    "‘…’ – Meridian Trust CEO"); "" when the tag names neither (an institution's short name is no safe guess)."""
    from .people import TITLES, _candidates, person_mentions

    words = tag.replace(_MASK, " ").strip(" :–—-|,")
    people = {name for _, _, name in person_mentions(body)}  # only people the body names ("Harris Tweed" is cloth)
    for _, _, name, _ in reversed(_candidates(words)):  # the name after a role: "Tweed weaver Morag MacInnes"
        if (who := resolve_person(name, body)) in people:
            return speaker_form(who)
    for word in re.findall(r"[A-Z][\w’'-]+", words):
        who = resolve_person(word, body)
        if who in people and who.split()[-1] == word:  # "‘…’, says Lindqvist": a surname the body gives in full
            return speaker_form(who)
    tokens = re.findall(r"[\w’'&-]+", words)
    for k, word in enumerate(tokens):
        noun = word.lower()
        if noun in _TITLE_QUALIFIERS:
            continue  # "Bangladesh’s climate finance negotiator": "climate" qualifies a title, it holds no office
        if (noun in TITLES or noun in _TITLE_EXTRA or noun in _TEAM_ROLES or noun in _ACRONYM_TITLES
                or (noun.endswith(_ROLE_ENDINGS) and noun not in _NOT_ROLES and len(noun) > 4)):
            # "Council leader" before "leader": the body's "council leader Helen Marsh", not its opposition leader
            roles = ([f"{tokens[k - 1].lower()} {noun}"] if k and tokens[k - 1].isalpha() else []) + [noun]
            for role in roles:
                if (who := _role_holder(role, body[:ANTECEDENT_CHARS])) and who in people:
                    return speaker_form(who)
    return ""


#: Words of ``people.TITLES`` that only qualify a title ("climate minister", "former president", "UN envoy").
_TITLE_QUALIFIERS = frozenset(["foreign", "defence", "defense", "finance", "interior", "health", "trade", "climate",
                               "environment", "economy", "state", "former", "acting", "interim", "new", "vice", "prime",
                               "deputy", "general", "un", "eu", "us", "u.s.", "uk", "nato", "who", "imf", "additional"])
#: A headline's quotation has at least this many words (shorter ones are scare quotes: "‘Historic’ deal").
HEADLINE_QUOTE_WORDS = 4


def _plain(quote: str) -> str:
    """A quotation's words only, lower case: a headline quoting a paragraph changes its punctuation."""
    return " ".join(re.findall(r"\w+", quote.lower()))


#: A wire dateline opening a paragraph: the place in capitals, maybe its country or state and the date, maybe the
#: agency, then a dash ("RIBEIRÃO PRETO, Brazil (AP) —", "NAIROBI, June 4 (Reuters) -", "BEIJING, March 3 (Xinhua) --"),
#: or the agency between slashes ("MOSCOW, June 20. /TASS/.").
_DATELINE_RE = re.compile(r"^[^\W\d_a-z][^\W\da-z]+(?:[ .'’-]+[^\W\d_a-z][^\W\da-z]*){0,3}"
                          r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                          r"(?:\s*(?:\([^()]{1,30}\))?\s*(?:[—–]|-{1,2})\s|\.\s*/[A-Z][\w-]{1,12}/\.?\s)")


def _without_dateline(paragraph: str) -> str:
    """The paragraph with its wire dateline blanked out (the same length, so quotation offsets hold): the place
    in capitals is nobody who speaks ("RIBEIRÃO PRETO" is not who "the 61-year-old" is)."""
    m = _DATELINE_RE.match(paragraph)
    return " " * m.end() + paragraph[m.end():] if m else paragraph


#: A tabloid's capitalised first word ("NEIL Harcourt has been sacked as manager"), before a capitalised word.
_DROP_CAP_RE = re.compile(r"\A([A-Z]{2,})(?=\s+[A-Z][a-z])")
#: A name of two or three capitalised words and a tabloid's role noun: " Bramford Rovers boss", " Strictly star".
_TABLOID_ROLE_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w’'-]*){1,3}\s+(?:boss|star|ace|chief|manager|coach|striker|keeper|"
                                    r"mum|dad|gran|owner|chairman|skipper|legend|hero|fans?|player|winner|actress|"
                                    r"actor|singer|host|presenter|MP|councillor|landlord|landlady)\b")
#: How common in English a capitalised opening word the article never writes otherwise must be to be an adjective
#: ("FURIOUS", "TRAGIC", "HEARTBROKEN"), not a name.
DROP_CAP_WORD_ZIPF = 3.0
#: Lines at the top of a body where a drop capital may open the first paragraph (after a standfirst or byline).
DROP_CAP_LINES = 4


def _drop_cap(line: str, text: str) -> str:
    """``line`` with a capitalised opening word written as the article writes it elsewhere ("NEIL Harcourt" ->
    "Neil Harcourt" when "Neil" occurs in ``text``), so the name is one person; acronyms ("UN Secretary-General")
    stay, since the article never writes them in lower case. The length is unchanged."""
    m = _DROP_CAP_RE.match(line)
    if m and re.search(rf"\b{m.group(1).title()}\b", text):
        return m.group(1).title() + line[m.end(1):]
    # "FURIOUS Bramford Rovers boss ...": an everyday word before a name of two words or more is an adjective
    # before a tabloid's role noun (never an acronym: "NDP Leader Leila Haddad voted", "UNICEF Executive Director ...")
    if m and _zipf(m.group(1).lower()) >= DROP_CAP_WORD_ZIPF and _TABLOID_ROLE_AFTER_RE.match(line, m.end(1)):
        return m.group(1).lower() + line[m.end(1):]
    return line


def _body_quotes(doc_id: str, outlet: str, text: str, headline: str = "") -> list[tuple[str, str, int, str, str, int]]:
    """The quotations of the body, paragraph by paragraph (see ``article_quotes``); the headline is context only."""
    lines = text.splitlines(keepends=True)
    text = "".join(_without_dateline(_drop_cap(line, text) if n < DROP_CAP_LINES else line)
                   for n, line in enumerate(lines))
    state = _State(text=text, headline=headline)
    rows = []
    seen = ""
    at = 0
    for n, line in enumerate(text.splitlines(keepends=True)):
        paragraph = line.splitlines()[0] if line.splitlines() else ""
        state.paragraph_at = at
        at += len(line)
        spans = quote_spans(paragraph)
        if spans and (nicknames := {m.start("nick") for m in _NICKNAME_RE.finditer(paragraph)}):
            spans = [sp for sp in spans if sp.start not in nicknames]  # Darren "Dazza" Whitfield: no quotation
        if spans:
            for sp, speaker in zip(spans, attribute(paragraph, spans, seen, state)):
                quote = sp.inner(paragraph)
                if quote:
                    rows.append((doc_id, outlet, n, speaker, quote, count_words(quote)))
        seen = (seen + paragraph + "\n")[-CONTEXT_CHARS:]  # the speaker is resolved in the recent text only
    return rows


def extract_quotes(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every direct quotation in the cleaned texts: doc_id, outlet, paragraph, speaker ("" if none), quote, words."""
    headlines = corpus["headline"].fillna("") if "headline" in corpus else [""] * len(corpus)
    items = zip(corpus["doc_id"], corpus["outlet"], corpus["text"], headlines)
    rows = [row for doc_id, outlet, text, headline in progress(items, len(corpus), "quotes")
            for row in article_quotes(doc_id, outlet, text, headline)]
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)
