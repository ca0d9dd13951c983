"""Hard-wrapped text: a printed page or a PDF copied as text breaks every paragraph into column-wide lines.

"BIRTHS at St Aldhelm’s Hos-" / "pital in Wexcombe are set to end" / "by October after health bosses" are one
sentence; judged line by line, such lines read as a menu (short, no full stop) and the cleaner would remove the
whole article. ``wrap_groups`` finds the runs of lines that continue one another, and ``join_wrapped`` joins a run
back into one paragraph (a word broken at a line's end is rejoined). The cleaner then judges each run as one line,
keeps it joined, and logs a removed run line by line, so every source line is still accounted for.

The evidence is the text's own: a line that does not end a sentence followed by one that starts in lower case
("... set to end" / "by October ..."), or a word broken by a hyphen ("Hos-" / "pital"). A page needs
``WRAP_MIN_CONTINUATIONS`` of those before any line is joined (a web copy keeps a paragraph on one line, and a
menu's items do not continue one another); there, a line that fills the column and does not end a sentence is
continued by the next line whatever its case ("... board meeting of" / "Wessex Vale Hospitals NHS"). A pure
function of one article's lines.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from statistics import median

#: Words a line needs before a lowercase line can continue it: a column's line holds several, a menu's item one or
#: two ("Français" / "русский" / "español" is a language switcher, not a sentence).
CONTINUED_MIN_WORDS = 3
#: A page is hard-wrapped when it has at least this many lowercase continuations or broken words.
WRAP_MIN_CONTINUATIONS = 3
#: A line at least this share of the column's width (the median length of the lines that are continued) fills
#: the column: when it does not end a sentence, the next line continues it. A shorter one ends its paragraph
#: ("By HELEN MARCHETTI", "Health Reporter").
FULL_LINE_SHARE = 0.7
#: Lines longer than this multiple of the column's width are not part of the column (a headline, a caption).
COLUMN_SLACK = 1.35

_SENTENCE_END_RE = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_BROKEN_WORD_RE = re.compile(r"([^\W\d_]+)-$")
_LOWER_START_RE = re.compile(r"^[\"'“‘(]?[^\W\d_A-ZÀ-ÖØ-Þ]")
_FIRST_WORD_RE = re.compile(r"^([^\W\d_]+)")


def _continues(line: str, following: str) -> bool:
    """A lowercase continuation: ``line`` does not end a sentence and ``following`` starts in lower case (a letter
    with case: Arabic or Chinese letters have none, so a language switcher's "العربية" continues nothing)."""
    return (not _SENTENCE_END_RE.search(line) and len(line.split()) >= CONTINUED_MIN_WORDS
            and _LOWER_START_RE.match(following) is not None and following.lstrip("\"'“‘(")[:1].islower())


def wrap_groups(lines: list[str], apart: frozenset[int] = frozenset()) -> list[list[int]]:
    """Indices of ``lines`` grouped into runs that form one paragraph each, in order; blank lines belong to none.

    Every non-blank line is in exactly one group; a page that is not hard-wrapped gives one group per line. Lines
    whose indices are in ``apart`` (the cleaner's named boilerplate: "Continued on page 5") stand alone.
    """
    joins = [bool(a) and bool(b) and i not in apart and i + 1 not in apart and _continues(a, b)
             for i, (a, b) in enumerate(pairwise(lines))]
    groups = [[i] for i, line in enumerate(lines) if line]
    if sum(joins) < WRAP_MIN_CONTINUATIONS:
        return groups
    width = median(len(lines[i]) for i, joined in enumerate(joins) if joined)
    for i, (a, b) in enumerate(pairwise(lines)):
        if joins[i] or not a or not b or i in apart or i + 1 in apart or _SENTENCE_END_RE.search(a):
            continue
        if (FULL_LINE_SHARE * width <= len(a) <= COLUMN_SLACK * width and len(b) <= COLUMN_SLACK * width
                and ((i > 0 and joins[i - 1]) or (i + 1 < len(joins) and joins[i + 1]))):
            joins[i] = True  # a full line inside a wrapped run, continued by a capitalised word
    grouped: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if grouped and grouped[-1][-1] == i - 1 and joins[i - 1]:
            grouped[-1].append(i)
        else:
            grouped.append([i])
    return grouped


@lru_cache(maxsize=4096)
def _known(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") > 0


def join_wrapped(parts: list[str]) -> str:
    """One paragraph from a run of wrapped lines: joined with spaces; a word broken at a line's end ("Hos-" /
    "pital") is rejoined without its hyphen unless the halves are two words of a hyphenated compound
    ("midwife-" / "led" stays "midwife-led")."""
    text = parts[0]
    for part in parts[1:]:
        broken = _BROKEN_WORD_RE.search(text)
        if broken is None:
            # "the 2027-" / "28 season": a range broken at its hyphen
            text = f"{text}{part}" if text[-2:-1].isdigit() and text.endswith("-") and part[:1].isdigit() \
                else f"{text} {part}"
            continue
        first = _FIRST_WORD_RE.match(part)
        if first is None or not part[0].islower():  # "2027-" / "28 season": a range, keep the hyphen
            text = f"{text}{part}"
            continue
        left, right = broken.group(1), first.group(1)
        compound = _known(left.lower()) and _known(right.lower()) and not _known((left + right).lower())
        text = f"{text}{part}" if compound else f"{text[:-1]}{part}"
    return text
