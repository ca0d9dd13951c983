"""Read one saved web page (``.html``/``.htm``) as an article, offline, with trafilatura.

trafilatura (Barbaresi 2021) finds the article body of a page and its metadata
(title, site name, date, canonical URL). It never fetches anything here: it is
given the page's own markup. What it leaves out of the body (menus, cookie
banners, teasers, footers) is recorded for the cleaning audit as removed lines
with the rule ``html-boilerplate``, so a reader sees what the page held besides
the article, as for a ``.txt`` web copy.

The page's visible text is read from the parsed tree (block elements end a line,
``<br>`` breaks one, scripts, styles and hidden elements are not visible). The
article's paragraphs are then placed among those lines (:func:`align`), so that
``raw`` is the page's visible text in page order, every extracted line appears in
it and every other visible line is listed as removed: the audit's guarantee that
kept plus removed lines are lines of ``raw`` holds for pages too.

Everything here is a pure function of the page's text, so pages are read in the
corpus's worker processes like any other file.
"""

from __future__ import annotations

import bisect
import codecs
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .cleaning import normalise_line, reads_as_headline

HTML_SUFFIXES = (".html", ".htm")
#: The rule name of visible page lines trafilatura did not take into the article body.
HTML_RULE = "html-boilerplate"
HTML_RULE_DESCRIPTION = ("visible text of a web page outside the article body as trafilatura reads it: menus, "
                         "cookie banners, teasers, footers")
#: The chart family of ``HTML_RULE`` (notebook 00's removal chart).
HTML_FAMILY = "web page layout (HTML)"
#: A page's dropped lines are listed up to these limits (a 20 MB page of menus would fill the audit and the store);
#: the lines past them are left out of ``raw`` too, with a note, so the audit's line accounting still holds.
MAX_DROPPED_LINES = 2_000
MAX_DROPPED_CHARS = 200_000
#: Above this many visible lines trafilatura runs in its fast mode: its fallback extractors (jusText, readability)
#: take time that grows with the square of a page's blocks (1,500 blocks: 1.7 s; 5,000: 28 s).
FAST_ABOVE_LINES = 1_500
#: A page with more visible lines than this is not a news article (a forum or a directory): it is skipped.
MAX_PAGE_LINES = 20_000
#: htmldate reads the date from markup only (meta tags, JSON-LD, <time>, the URL); its "extensive" search of the
#: free text would take a copyright year or a teaser's date for the publication date.
DATE_PARAMS = {"original_date": True, "extensive_search": False}

# trafilatura and htmldate log every page they discard; the loader reports those pages as problem notes instead.
# A NullHandler keeps Python's last-resort handler from printing them; an application's own logging still sees them.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


# --------------------------------------------------------------------------------------
# Bytes
# --------------------------------------------------------------------------------------
_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_UNSEEN_RE = re.compile(rb"(?is)<!--.*?-->|<style\b.*?</style\s*>|<script\b(?![^>]*ld\+json).*?</script\s*>")


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset a page declares in its first 4 KB (``<meta charset>``), or None.

    Only a known codec counts; UTF-8 declarations return "utf-8" so the caller's own UTF-8
    reading (with its repairs and notes) applies.
    """
    match = _CHARSET_RE.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def strip_unseen(data: bytes) -> bytes:
    """The page without comments, styles and scripts (JSON-LD metadata kept): for pages too large to read whole."""
    return _UNSEEN_RE.sub(b" ", data)


# --------------------------------------------------------------------------------------
# Visible text
# --------------------------------------------------------------------------------------
#: Elements whose content a reader never sees as text.
_UNSEEN = frozenset({"head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                     "embed", "canvas", "video", "audio", "picture", "map", "select", "datalist", "input", "textarea"})
#: Elements that start and end a line of visible text.
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd", "details",
                     "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
                     "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "label", "legend", "li", "main", "menu", "nav",
                     "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
                     "tr", "ul"})
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES_RE = re.compile(r"\s+")


def _unseen(element: Any) -> bool:
    """True for an element whose text is not shown: non-text elements, ``hidden`` ones and ``display: none``."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    return (tag in _UNSEEN or element.get("hidden") is not None
            or _HIDDEN_STYLE_RE.search(element.get("style") or "") is not None)


def visible_lines(tree: Any) -> list[str]:
    """The page's visible text as lines (white space normalised, empty lines dropped), in page order.

    A walk over ``<body>`` (iterative: hostile pages nest thousands of elements deep) that
    starts a new line at every block element and ``<br>``, keeps line breaks inside
    ``<pre>`` only, and skips scripts, styles, form controls and hidden elements.
    """
    from lxml import etree

    body = tree.find(".//body")
    root = body if body is not None else tree
    lines: list[str] = []
    buffer: list[str] = []
    in_pre = 0

    def add(text: str | None) -> None:
        if text:
            buffer.append(text if in_pre else _SPACES_RE.sub(" ", text))

    def flush() -> None:
        if buffer:
            lines.extend("".join(buffer).split("\n"))
            buffer.clear()

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            add(element.tail)
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if _unseen(element):
            if event == "start":
                walker.skip_subtree()
            else:
                add(element.tail)
            continue
        if event == "start":
            if tag in _BLOCKS:
                flush()
            in_pre += tag == "pre"
            add(element.text)
        else:
            in_pre -= tag == "pre"
            if tag in _BLOCKS:
                flush()
            add(element.tail)
    flush()
    return [line for line in map(normalise_line, lines) if line]


# --------------------------------------------------------------------------------------
# Placing the article among the page's lines
# --------------------------------------------------------------------------------------
#: How far (in page lines) from a matched neighbour a re-wrapped article line is looked for in pieces.
_PIECE_WINDOW = 40


def _key(line: str) -> str:
    """A line as compared with the page: white space normalised, trafilatura's list marker ("- ") dropped."""
    line = normalise_line(line)
    return line[2:] if line.startswith("- ") else line


def _match_exact(keys: list[str], article: list[str]) -> list[int | None]:
    """For each article line, the page line with the same text, in page order (None when the page has none).

    A first pass takes the first such line after the previous match; a second pass, from the
    end, moves each match as close as it can to the next one, so that a line that is also a
    menu item above the article ("Crops") is matched where it stands next to the article.
    """
    where: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        where[key].append(i)
    candidates = [where.get(_key(line), []) for line in article]
    found: list[int | None] = []
    last = -1
    for options in candidates:
        k = bisect.bisect_right(options, last)
        found.append(options[k] if k < len(options) else None)
        last = found[-1] if found[-1] is not None else last
    matched = [j for j, i in enumerate(found) if i is not None]
    for j, after in zip(matched[-2::-1], matched[:0:-1], strict=True):
        options = candidates[j]
        found[j] = options[bisect.bisect_left(options, found[after]) - 1]
    return found


def _neighbours(found: list[int | None], size: int) -> tuple[list[int], list[int]]:
    """For each article line, the page line of the nearest matched article line before it (-1 if none) and
    after it (``size`` if none)."""
    before, after = [-1] * len(found), [size] * len(found)
    last = -1
    for j, i in enumerate(found):
        before[j] = last
        last = i if i is not None else last
    last = size
    for j in range(len(found) - 1, -1, -1):
        after[j] = last
        last = found[j] if found[j] is not None else last
    return before, after


def _piece_candidates(low: int, high: int, size: int) -> tuple[range, ...]:
    """Page lines between two matched article lines (at most ``_PIECE_WINDOW`` from each); an open side
    (no match before, or none after) looks only ``_PIECE_WINDOW`` lines from the side that has one."""
    if low < 0 and high >= size:
        return (range(0, min(size, _PIECE_WINDOW)),)
    if low < 0:
        return (range(max(0, high - _PIECE_WINDOW), high),)
    if high >= size:
        return (range(low + 1, min(size, low + 1 + _PIECE_WINDOW)),)
    if high - low - 1 <= 2 * _PIECE_WINDOW:
        return (range(low + 1, high),)
    return range(low + 1, low + 1 + _PIECE_WINDOW), range(high - _PIECE_WINDOW, high)


def _match_pieces(keys: list[str], article: list[str], found: list[int | None], used: list[bool]) -> None:
    """Article lines that trafilatura joined or re-wrapped (a table row, a paragraph split by inline blocks):
    the unused page lines near their matched neighbours that are pieces of them are theirs (in place).

    Next to an open side (the article's first or last lines unmatched) a piece must hold three words or
    more, so a menu item such as "News" is never taken for a piece of a paragraph that mentions news.
    """
    before, after = _neighbours(found, len(keys))
    for j, line in enumerate(article):
        if found[j] is not None:
            continue
        whole = _key(line)
        open_side = before[j] < 0 or after[j] >= len(keys)
        pieces = [i for window in _piece_candidates(before[j], after[j], len(keys)) for i in window
                  if not used[i] and keys[i] and keys[i] in whole and (not open_side or len(keys[i].split()) >= 3)]
        for i in pieces:
            used[i] = True
        if pieces:
            found[j] = pieces[0]


def align(visible: list[str], article: list[str]) -> list[tuple[str, bool]]:
    """The page's lines in page order, each marked True when it is a line of the article.

    Article lines are written as trafilatura gives them and placed where the page shows them;
    page lines that are not (part of) an article line follow in their own places. A line
    trafilatura produced that the page does not show as such (text from metadata) stays
    next to the article line before it.
    """
    keys = [_key(line) for line in visible]
    found = _match_exact(keys, article)
    used = [False] * len(visible)
    for i in found:
        if i is not None:
            used[i] = True
    _match_pieces(keys, article, found, used)
    placed: list[tuple[tuple[int, int, int], str, bool]] = []
    anchor = -1
    for j, line in enumerate(article):
        anchor = found[j] if found[j] is not None and found[j] > anchor else anchor
        placed.append(((anchor, 1, j), line, True))
    placed += [((i, 0, 0), line, False) for i, line in enumerate(visible) if not used[i]]
    placed.sort(key=lambda item: item[0])
    return [(line, is_article) for _, line, is_article in placed]


def cap_dropped(lines: list[tuple[str, bool]]) -> tuple[list[tuple[str, bool]], int]:
    """The lines with at most ``MAX_DROPPED_LINES`` (and ``MAX_DROPPED_CHARS``) non-article lines, and how many
    non-article lines were left out (the first ones in page order are kept)."""
    kept: list[tuple[str, bool]] = []
    count = chars = left_out = 0
    for line, is_article in lines:
        if not is_article:
            if count >= MAX_DROPPED_LINES or chars + len(line) > MAX_DROPPED_CHARS:
                left_out += 1
                continue
            count, chars = count + 1, chars + len(line)
        kept.append((line, is_article))
    return kept, left_out


def in_page_order(lines: list[tuple[str, bool]], cleaned: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every removed (rule, line) in page order: the page's non-article lines as ``HTML_RULE``, and the lines
    the cleaner removed from the article text (``cleaned``, in article order) where they stand."""
    removed: list[tuple[str, str]] = []
    k = 0
    for line, is_article in lines:
        if not is_article:
            removed.append((HTML_RULE, line))
        elif k < len(cleaned) and cleaned[k][1] == normalise_line(line):
            removed.append(cleaned[k])
            k += 1
    return removed + cleaned[k:]


# --------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------
@dataclass
class Page:
    """What a page gives the corpus: its lines (article or not) and the metadata it states."""

    lines: list[tuple[str, bool]]
    title: str = ""
    site: str = ""
    host: str = ""
    url: str = ""
    date: str = ""
    #: Problems worth a note (without the file name), e.g. layout lines left out past the caps.
    notes: list[str] = field(default_factory=list)

    @property
    def raw(self) -> str:
        """The page's visible text, one line per line, with the article's paragraphs as trafilatura reads them."""
        return "\n".join(line for line, _ in self.lines)

    @property
    def article(self) -> str:
        """The article's text as trafilatura extracted it (the cleaner's input)."""
        return "\n".join(line for line, is_article in self.lines if is_article)


_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+", re.ASCII)


def read_page(html: str) -> tuple[Page | None, str]:
    """The page's article and metadata, or (None, why) when there is no article to take from it.

    trafilatura's title leads the article text when it reads as a headline and the body
    does not start with it, so the cleaner takes it as the headline as it would in a web
    copy. A site name that is only a domain (trafilatura's fallback) counts as no site name.
    """
    import trafilatura

    try:  # a third-party parser on arbitrary bytes: whatever it raises is this page's problem, never the corpus's
        tree = trafilatura.load_html(html)
        if tree is None:
            return None, "not an HTML page"
        visible = visible_lines(tree)
        if len(visible) > MAX_PAGE_LINES:
            return None, f"{len(visible):,} lines of visible text, more than a news page holds ({MAX_PAGE_LINES:,})"
        document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                               fast=len(visible) > FAST_ABOVE_LINES,
                                               date_extraction_params=dict(DATE_PARAMS))
    except Exception as exc:
        return None, f"cannot be parsed as HTML ({type(exc).__name__})"
    text = getattr(document, "text", None) or ""
    article = [line for line in text.splitlines() if normalise_line(line)]
    if not article:
        return None, "no article text found in the page"
    title = normalise_line(document.title or "")
    if title and reads_as_headline(title) and title not in {_key(line) for line in article[:3]}:
        article.insert(0, title)
    site = normalise_line(document.sitename or "")
    lines, left_out = cap_dropped(align(visible, article))
    notes = [f"{left_out:,} lines of page layout past the first {MAX_DROPPED_LINES:,} are left out of its raw text "
             "and removed lines"] if left_out else []
    return Page(lines=lines, title=title, site="" if _DOMAIN_RE.fullmatch(site) else site,
                host=document.hostname or "", url=document.url or "", date=document.date or "", notes=notes), ""


# --------------------------------------------------------------------------------------
# Outlet from the host name
# --------------------------------------------------------------------------------------
_HOST_PREFIXES = ("www", "m", "amp", "mobile", "news", "edition")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})
#: A host-name piece is read as a word when wordfreq knows it at least this well (Zipf scale: 3 = once per million
#: words) and it has three letters or more ("riverside", "chronicle"; not "ny").
_WORD_ZIPF = 3.0


def host_core(host: str) -> str:
    """The name part of a host: "www.riversidechronicle.example" -> "riversidechronicle", "news.bbc.co.uk" -> "bbc"."""
    labels = [label for label in host.lower().strip(".").split(".") if label]
    while len(labels) > 2 and labels[0] in _HOST_PREFIXES:
        labels = labels[1:]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


@cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def split_words(run: str) -> list[str]:
    """A run of letters split into English words where every piece is one ("northbaytimes" -> north bay times);
    the run itself when no such split exists. The most probable split wins (sum of log frequencies)."""
    n = len(run)
    best: list[tuple[float, int] | None] = [None] * (n + 1)
    best[0] = (0.0, 0)
    for end in range(3, n + 1):
        for start in range(max(0, end - 24), end - 2):
            if best[start] is None or (zipf := _zipf(run[start:end])) < _WORD_ZIPF:
                continue
            score = best[start][0] + zipf - 9.0  # zipf - 9 = log10 of the word's probability
            if best[end] is None or score > best[end][0]:
                best[end] = (score, start)
    if best[n] is None:
        return [run]
    words, end = [], n
    while end:
        start = best[end][1]
        words.append(run[start:end])
        end = start
    return words[::-1]


def _squash(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


#: A name of two to five capitalised words (hyphenated parts count as words): "Tri-County Ledger".
_SPELLING_RE = re.compile(r"\b(?:The[ \t]+)?[A-Z][\w'’]*(?:[- \t]+[A-Z][\w'’]*){1,4}\b")  # never across a line's end


def spelled_host(core: str, text: str) -> str:
    """The name in ``text`` that a host's name abbreviates, "" when none does: the words' initials then the last
    word ("tcledger" <- "Tri-County Ledger", "nytimes" <- "New York Times"), their initials ("wsj" <- "Wall Street
    Journal"), or the words run together ("ledgerline" <- "Ledgerline" is one word: not searched here)."""
    if len(core) < 3 or not core.isalpha():
        return ""
    for m in _SPELLING_RE.finditer(text):
        name = m.group(0)
        words = [w for w in re.split(r"[-\s]+", re.sub(r"^The\s+", "", name)) if w]
        lowered = [w.lower().replace("'", "").replace("’", "") for w in words]
        forms = ("".join(lowered), "".join(w[0] for w in lowered), "".join(w[0] for w in lowered[:-1]) + lowered[-1])
        if core in forms:
            return name
    return ""


def outlet_from_host(host: str, named: str = "") -> str:
    """A readable outlet name for a page whose metadata names no site, from its host name.

    ``named`` is a name the page's own lines state (its copyright line, say); it is used when
    it spells the host's name ("The Lakeshore Gazette" for lakeshoregazette.example). Else the
    host's name is split into words ("riversidechronicle" -> "Riverside Chronicle"); a short
    one is an acronym ("bbc" -> "BBC"). "" when there is no host.
    """
    core = host_core(host)
    if not core:
        return ""
    if named and _squash(named) in (_squash(core), "the" + _squash(core)):
        return named
    words = [w for part in re.split(r"[-_]+", core) if part for w in split_words(part)]
    if len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha():
        return words[0].upper()
    return " ".join(w.capitalize() for w in words)
