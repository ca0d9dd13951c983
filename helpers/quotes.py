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
from dataclasses import dataclass

import pandas as pd

from .actors import actor_for, is_place, is_title, resolve_person, resolve_role, strip_titles
from .progress import progress
from .text import count_words

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
        return "close"
    if ch == '"':  # straight: opens after a space or bracket and before a word, else closes
        opens = (prev in _BEFORE_STRAIGHT or prev in "‘'“") and nxt not in _AFTER_CLOSE - {"-", "—", "–"}
        return "open" if opens else "close"
    if ch == _OPEN_SINGLE:
        return "open"
    if ch in (_CLOSE_SINGLE, "'"):
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe inside a word: Poland’s, it’s
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
          r"continued|posted|tweeted|hit out|told reporters|according to")
_PARTICIPLES = r"adding|saying|calling|describing|noting|stressing|warning|insisting|arguing|writing|dubbing"
_VERB_RE = re.compile(rf"\b(?:(?P<verb>{_VERBS})|(?P<part>{_PARTICIPLES}))\b")
_NAME_RUN = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|von|der|de|van|al|bin))*"
_NAME_RUN_RE = re.compile(_NAME_RUN)
_PRONOUNS = {"he", "she", "they"}
_ROLE_RE = re.compile(r"\b(?:the|The)\s+((?:[A-Za-z-]+\s+){0,3}[a-z-]+)\s*$")
_ADVERBS = r"(?:\s+(?:also|previously|meanwhile|later|then|again|earlier|has|had|have|was|is|himself|herself|" \
           r"on\s+\w+day|\w+ly))*"
_SUBJ_BEFORE_RE = re.compile(rf"(?P<subj>\b(?:he|she|they|He|She|They)\b|{_NAME_RUN}|\b[Tt]he\s+(?:[A-Za-z-]+\s+){{0,3}}"
                             rf"[a-z-]+),?{_ADVERBS}\s*$")
# a sentence ends at . ! ? before a capital or a quote, but not after an initial or title ("U.S. officials", "Mr.")
_BOUNDARY_RE = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)[.!?]\s*(?=[A-Z§“\"‘'(])")
_MASK = "§"


#: Characters of the article before a quote that its speaker is resolved in (full names, roles, pronouns).
CONTEXT_CHARS = 8000
#: A sentence is read at most this far either side of its quote for the reporting clause.
CLAUSE_CHARS = 1000
#: Reporting clauses (or candidate names) tried before a quote, nearest first.
MAX_CLAUSES = 4


def _boundaries(masked: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the sentence boundaries of a masked paragraph, found once per paragraph."""
    found = [(m.start(), m.end()) for m in _BOUNDARY_RE.finditer(masked)]
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


_INSTITUTIONS = frozenset({"Moscow", "Kyiv", "Washington", "Russia", "Ukraine", "Kremlin"})
_CANDIDATE_RE = re.compile(rf"(?P<pron>\b(?:he|she|they|He|She|They)\b)|(?P<role>\b[Tt]he\s+(?:[A-Za-z-]+\s+){{0,3}}[a-z-]+)"
                           rf"|(?P<name>{_NAME_RUN})")


def _candidate(phrase: str, context: str, state: _State, persons_only: bool = False) -> str:
    """Resolve a subject phrase (pronoun, role noun or name) to a speaker, "" if it names none.

    Places speak only as institutions ("Moscow said"); with ``persons_only`` they never do.
    """
    phrase = phrase.strip(" ,")
    if not phrase:
        return ""
    if phrase.lower() in _PRONOUNS:
        return state.last_speaker or _last_person(context, state)
    if phrase[:4].lower() == "the ":
        role = resolve_role(phrase, context)
        if role or not phrase[4:5].isupper():
            return role
    bare = strip_titles(phrase[4:] if phrase[:4].lower() == "the " else phrase)
    if is_title(bare):
        return ""
    if is_place(bare):
        return "" if persons_only or bare not in _INSTITUTIONS else bare
    if persons_only and " " not in bare and actor_for(bare, kinds=("person",)) is None:
        return resolve_person(bare, context) if " " in resolve_person(bare, context) else ""
    return resolve_person(bare, context)


def _last_person(context: str, state: _State) -> str:
    """The last person named in the current paragraph's context (for a pronoun before anyone has spoken)."""
    paragraph = context.rsplit("\n", 1)[-1]
    named = [who for m in _CANDIDATE_RE.finditer(paragraph) if not m.group("pron")
             and (who := _candidate(m.group(0), context, state, persons_only=True))]
    return named[-1] if named else ""


def _subject_before(masked: str, verb_start: int, sent_start: int, context: str, state: _State) -> str:
    """The subject right before a reporting verb ("Lavrov said", "the prime minister said")."""
    m = _SUBJ_BEFORE_RE.search(masked[sent_start:verb_start])
    if not m:
        return ""
    subject = m.group("subj")
    if subject[:4].lower() == "the " and not subject[4:5].isupper():
        return resolve_role(subject, context)
    return _candidate(subject, context, state)


def _first_after(segment: str, context: str, state: _State) -> str:
    """The speaker named between a quote and its verb: the last pronoun, role or name that is not a
    place ("…,” Borys Filatov, mayor of Dnipropetrovsk's capital Dnipro, said → Borys Filatov)."""
    head = segment.strip(" ,").split(",")[0]  # drop an appositive: "Anna Kovalenko, a spokeswoman for X,"
    for part in (head, segment):
        named = [who for m in _CANDIDATE_RE.finditer(part) if (who := _candidate(m.group(0), context, state))]
        if named:
            return named[-1]
    return ""


def _nearest_person_before(masked: str, sent_start: int, pos: int, context: str, state: _State) -> str:
    """For participles with no subject found ("..., saying: “…”"): the nearest person or role before."""
    phrases = [m.group(0) for m in _CANDIDATE_RE.finditer(masked, sent_start, pos) if not m.group("pron")]
    for phrase in reversed(phrases[-MAX_CLAUSES:]):  # the nearest first; a few are enough
        if who := _candidate(phrase, context, state, persons_only=True):
            return who
    return ""


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
        verbs = [m for m in _VERB_RE.finditer(masked_text, s_start, s_end)]
        speaker = ""
        after = [v for v in verbs if v.start() >= sp.end and v.group("verb")]
        before = [v for v in verbs if v.end() <= sp.start]
        # 1. "…,” he said / “…,” Borys Filatov, mayor of ..., said (a comma ties the quote to the clause after)
        inner = paragraph[sp.start:sp.end].rstrip("”\"’' ")
        linked = inner.endswith((",", "!", "?")) or masked_text[sp.end:].lstrip().startswith(",")
        if linked and after and after[0].start() - sp.end <= 90 and _MASK not in masked_text[sp.end:after[0].start()]:
            between = masked_text[sp.end:after[0].start()]
            speaker = _first_after(between, context, state) if between.strip(" ,") else ""
            if not speaker and not between.strip(" ,"):  # “…,” said Zakharova
                m = _CANDIDATE_RE.search(masked_text, after[0].end(), s_end)
                speaker = _first_after(masked_text[after[0].end():m.end()], context, state) if m else ""
        # 2. Lavrov said: “…” / Mr Hegseth dismissed as “garbage” (nearest finite verb before)
        if not speaker:
            finite = [v for v in before if v.group("verb")]
            for v in reversed(finite[-MAX_CLAUSES:]):
                speaker = _subject_before(masked_text, v.start(), s_start, context, state)
                if speaker:
                    break
        # 3. ..., adding: “…” with no subject found: the sentence's earlier speaker or nearest person
        if not speaker and before:
            speaker = _nearest_person_before(masked_text, s_start, sp.start, context, state)
        # 4. no reporting clause: a continuation of this paragraph's speaker, or a quote-only paragraph
        if not speaker and not verbs:
            if k > 0 and speakers[k - 1]:
                speaker = speakers[k - 1]
            elif len(paragraph[sp.start:sp.end]) >= 0.6 * len(paragraph.strip()):
                speaker = state.last_speaker
        if speaker:
            state.last_speaker = speaker
        speakers.append(speaker)
    return speakers


QUOTE_COLUMNS = ["doc_id", "outlet", "paragraph", "speaker", "quote", "words"]


def article_quotes(doc_id: str, outlet: str, text: str) -> list[tuple[str, str, int, str, str, int]]:
    """Quotations of one article as (doc_id, outlet, paragraph number, speaker, quote, words)."""
    state = _State()
    rows = []
    seen = ""
    for n, paragraph in enumerate(text.splitlines()):
        spans = quote_spans(paragraph)
        if spans:
            for sp, speaker in zip(spans, attribute(paragraph, spans, seen, state)):
                quote = sp.inner(paragraph)
                if quote:
                    rows.append((doc_id, outlet, n, speaker, quote, count_words(quote)))
        seen = (seen + paragraph + "\n")[-CONTEXT_CHARS:]  # the speaker is resolved in the recent text only
    return rows


def extract_quotes(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every direct quotation in the cleaned texts: doc_id, outlet, paragraph, speaker ("" if none), quote, words."""
    items = zip(corpus["doc_id"], corpus["outlet"], corpus["text"])
    rows = [row for doc_id, outlet, text in progress(items, len(corpus), "quotes")
            for row in article_quotes(doc_id, outlet, text)]
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)
