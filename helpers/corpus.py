"""Load a folder of web-copied articles into one tidy DataFrame.

``load_corpus`` reads every article of a folder: ``*.txt`` web copies, saved web
pages (``*.html``/``*.htm``, read with trafilatura: ``helpers.html_input``) and
article tables with one article per row (``*.csv``, ``*.jsonl``/``*.ndjson``,
``*.parquet``: ``helpers.table_input``). It decodes each defensively, cleans it
(``helpers.cleaning``), infers what the text or the page states (headline, date,
outlet) and merges an optional ``sources.csv`` manifest whose values override the
inferred ones. Bad files and rows produce a one-line warning naming them and are
skipped; they never stop the rest of the corpus from loading.

Per-article work is the pure function :func:`process_article`, so large corpora
are processed in a pool of worker processes.
"""

from __future__ import annotations

import contextlib
import os
import re
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import ftfy
import numpy as np
import pandas as pd

from . import config
from .cleaning import (
    DATELINE_AGENCY_RE,
    FOOTER_LINES,
    SECTION_TITLES,
    SITE_NAME_LINES,
    clean_lines,
    named_rule,
    reads_as_headline,
)
from .dates import DATE_RE, EARLIEST_DATE, in_date_range, latest_date, parse_date, published_line_date
from .html_input import (
    HTML_RULE,
    HTML_SUFFIXES,
    declared_charset,
    host_core,
    in_page_order,
    outlet_from_host,
    read_page,
    spelled_host,
    strip_unseen,
)
from .progress import progress
from .repeats import line_keys, own_repeats, repeated_keys
from .table_input import TABLE_SUFFIXES, lenient_date, table_rows
from .text import count_words

MANIFEST_NAME = "sources.csv"
MANIFEST_COLUMNS = ("file", "outlet", "published", "date_basis", "url", "headline", "notes")
#: The columns of the corpus table, in order.
COLUMNS = ("doc_id", "file", "outlet", "label", "published", "date_basis", "headline", "language", "url",
           "agency", "notes", "raw", "text", "n_words", "removed")
UNKNOWN = "unknown"
#: Above this many files the loader uses a process pool.
PARALLEL_MIN_FILES = 400


class CorpusWarning(UserWarning):
    """A problem with one file of the corpus; the file is skipped or repaired, the rest loads."""


class CorpusError(ValueError):
    """The corpus as a whole cannot be loaded (no such folder, no article files)."""


_original_formatwarning = warnings.formatwarning


def _formatwarning(message, category, filename, lineno, line=None):
    """One line for corpus warnings (no source path, no code excerpt); stdlib format otherwise."""
    if issubclass(category, CorpusWarning):
        return f"{category.__name__}: {message}\n"
    return _original_formatwarning(message, category, filename, lineno, line)


warnings.formatwarning = _formatwarning

# --------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")


#: Articles larger than this are cut at the last line break before it, with a warning (no news article is
#: near it; a 50 MB file is a dump, and every per-article step is linear but still proportional to it).
MAX_ARTICLE_BYTES = 5_000_000
#: A gzip-compressed file is decompressed up to this size; a larger one is skipped (a "zip bomb" guard).
MAX_GZIP_BYTES = 50_000_000
#: Bidirectional control characters: they can reorder what a reader sees in a table, so they are removed.
_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _gunzip(data: bytes, name: str, notes: list[str]) -> bytes | None:
    """The bytes of an input, decompressed when they are gzip (None, with a note, when broken or too large)."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(MAX_GZIP_BYTES + 1)
    except (OSError, EOFError, zlib.error):
        notes.append(f"{name}: gzip-compressed but unreadable; skipped")
        return None
    if len(out) > MAX_GZIP_BYTES:
        notes.append(f"{name}: gzip-compressed and over {MAX_GZIP_BYTES // 1_000_000} MB when decompressed; skipped")
        return None
    notes.append(f"{name}: gzip-compressed; decompressed")
    return out


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when NUL bytes sit on every other position (text saved as UTF-16 without BOM)."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_article(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """Decode one file's bytes. Returns (text or None when unusable, one-line problem notes).

    UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one when its NUL bytes
    show it) are read as such; gzip-compressed files are decompressed (up to
    ``MAX_GZIP_BYTES``); other bytes are decoded as cp1252, then latin-1, with a note.
    Mojibake such as "â€™" is repaired with ftfy's ``fix_encoding`` (quotes and wording are
    left alone). Files over ``MAX_ARTICLE_BYTES`` are cut at a line break, bidirectional
    control characters are removed, each with a note.
    """
    notes: list[str] = []
    data = _gunzip(data, name, notes)
    if data is None:
        return None, notes
    if len(data) > MAX_ARTICLE_BYTES:
        cut = data.rfind(b"\n", 0, MAX_ARTICLE_BYTES)
        data = data[: cut if cut > 0 else MAX_ARTICLE_BYTES]
        notes.append(f"{name}: larger than {MAX_ARTICLE_BYTES // 1_000_000} MB; only the first "
                     f"{len(data):,} bytes are read")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    elif (utf16 := _utf16_without_bom(data[:4096])) is not None:
        data = data.decode(utf16, errors="replace").encode("utf-8")
        notes.append(f"{name}: UTF-16 without a byte-order mark; decoded as {utf16}")
    head = data[:4096]
    if b"\x00" in head or (head and sum(head.count(c) for c in _CONTROL) > 0.05 * len(head)):
        return None, [*notes, f"{name}: binary file, not text; skipped"]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        notes.append(f"{name}: not valid UTF-8; decoded as {encoding}")
    if _BIDI_RE.search(text):
        count = len(_BIDI_RE.findall(text))
        text = _BIDI_RE.sub("", text)
        notes.append(f"{name}: {count} bidirectional control character(s) removed (they can reorder displayed text)")
    if not text.strip():
        return None, [*notes, f"{name}: empty file; skipped"]
    # Mojibake from UTF-8 read as cp1252/latin-1 always holds a lead byte shown as U+00C2..U+00F4 (Â, Ã, â, ...);
    # without one there is nothing for ftfy to fix, and the check is far cheaper than ftfy's own.
    fixed = ftfy.fix_encoding(text) if _MOJIBAKE_LEAD.search(text) else text
    if fixed != text:
        notes.append(f"{name}: repaired mojibake (text decoded with the wrong encoding) with ftfy")
    return fixed.replace("\r\n", "\n").replace("\r", "\n"), notes


# --------------------------------------------------------------------------------------
# Metadata the text states
# --------------------------------------------------------------------------------------
@cache
def _outlet_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = pd.read_csv(config.DATA_DIR / "outlets.csv", dtype=str)
    return tuple((row.outlet, re.compile(row.cue)) for row in table.itertuples())


_SELF_NAME_RE = re.compile(r"\bThe(?: [A-Z][a-z]+){1,3}\b")


def infer_outlet(removed: list[tuple[str, str]], text: str = "") -> str:
    """The outlet named in the article's own boilerplate (``_named_outlet``), in reading case ("DAILY CONFLUENCE"
    -> "Daily Confluence"; call letters and acronyms such as "WMVC 7" and "BBC" stay), or "" when it names none."""
    return reading_case(_named_outlet(removed, text))


def reading_case(name: str) -> str:
    """An all-capitals name with everyday English words in title case, as a report prints it: "THE DAILY STAR" ->
    "The Daily Star", "ABC NEWS" -> "ABC News"; a name with any lower-case letter, or made only of acronyms and call
    letters ("WMVC 7", "BBC"), is returned as it is."""
    if not name or name != name.upper() or not any(_everyday(w) for w in name.split()):
        return name
    small = {"OF": "of", "AND": "and", "FOR": "for", "ON": "on", "IN": "in", "THE": "the"}
    words = []
    for k, word in enumerate(name.split()):
        if word in small:
            words.append(small[word].capitalize() if k == 0 else small[word])
        else:
            words.append(word.capitalize() if _everyday(word) else word)
    return " ".join(words)


def _everyday(word: str) -> bool:
    """An everyday English word in capitals ("DAILY", "NEW", "AGE"), not an acronym ("BBC", "FOX", "WMVC")."""
    from wordfreq import zipf_frequency

    zipf = zipf_frequency(word.lower(), "en")
    return (len(word) >= 4 and zipf >= 3.0) or (len(word) == 3 and zipf >= 5.0)


def _named_outlet(removed: list[tuple[str, str]], text: str = "") -> str:
    """The outlet named in the article's own boilerplate, or "" when it names none.

    Only removed lines are searched: the body names other media (TASS, Reuters) as
    sources, while appeals, newsletters, footers and widgets name the publisher. In order:
    the original publisher of a re-published story ("This article originally appeared on
    Bayside Sports Daily"); the name in a copyright line, with company suffixes dropped
    ("© 2025 Northern Post Media Group" -> Northern Post), never an agency ("Copyright 2025
    The Associated Press", "© Thomson Reuters") or a person (a blogger's own name); a known
    outlet (``data/outlets.csv``); a newsletter's name ("Thanks for reading Grid Notes!"); a "The Something"
    name repeated in the appeal lines; the site of the URLs in the boilerplate, as ``text`` (the copy) spells the
    name its host abbreviates ("tcledger.com" -> "Tri-County Ledger"), else made readable ("Tcledger").
    """
    lines = "\n".join(line for _, line in removed)
    for _, line in removed:
        if m := _SYNDICATED_RE.match(line.strip()):  # a news database's "Published by X [online] in English on ..."
            return m.group("name")
        if m := _ORIGINAL_RE.search(line):  # the name ends with its sentence: "... by Civic Lantern. You may ..."
            return _company_name(re.split(r"\.\s", m.group("name"))[0])
    if masthead := _copyright_masthead(removed) or _masthead(removed):
        return _holder_named_again(removed, masthead) or masthead
    for rule, line in removed[:MASTHEAD_LINES]:  # a printed page's running head: "4 Wexcombe Courier Tuesday 10 June 2025"
        if rule == "running_head":
            name = _PAGE_NUMBER_RE.sub("", DATE_RE.sub("", line).strip()).strip()
            if name and not _is_agency_or_person(name):
                return name
    for _, line in removed:  # the brand before its owner company's copyright: "Vistula Post is part of Nowa Media"
        if (m := _PART_OF_RE.match(line.strip())) and not _is_agency_or_person(m.group("name")):
            owner = _OWNER_AFTER_RE.match(line.strip(), m.end())
            owned = _company_name(owner.group("owner")) if owner else ""
            # "NMJ is published by Northern Medical Journal Publishing Ltd": the acronym's words are the name
            if m.group("name").isupper() and owned and "".join(w[0] for w in owned.split()) == m.group("name"):
                return owned
            return m.group("name")
    for rule, line in removed:  # "Mireille Gauvin · DBC News · Posted: Mar 12, 2025": the brand between name and date
        if rule == "byline" and (m := _BYLINE_BRAND_RE.match(line)) and not _is_agency_or_person(m.group("brand")):
            return m.group("brand")
    for _, line in removed:  # "© 2025 Leeds Daily Courier", "Copyright 2024 Atlantic Wire Service. All rights reserved."
        name, end = _copyright_holder(line)
        if name:
            # "© 2025 Ledger Financial Publishing Ltd. insuranceledger.com": the owner's copyright, the site's address
            site = _BARE_HOST_RE.search(line[end:])
            if site and re.sub(r"\W", "", name.lower()) not in host_core(site.group(0)):
                return outlet_from_host(site.group(0), name)
            owner = bool(_COMPANY_SUFFIX_RE.search(line[:end].strip() + line[end:].split(".")[0].rstrip()))
            return (_masthead_of_holder(name, removed) or (owner and _title_over_owner(name, removed, text))
                    or (owner and _logo_top_and_foot(name, removed)) or name)
    for outlet, cue in _outlet_cues():  # after the page's own copyright: a site may carry "© Thomson Reuters" copy
        if cue.search(lines):
            return outlet
    for _, line in removed:
        if m := _NEWSLETTER_NAME_RE.search(line):
            return m.group("name")
    for _, line in removed:  # "Get Caroni Chronicle headlines on WhatsApp — tap to join" (never an author's account)
        if (m := _CHANNEL_NAME_RE.match(line.strip())) and not _is_agency_or_person(m.group("name")):
            return m.group("name")
    appeal = "\n".join(line for rule, line in removed if rule in {"appeal", "newsletter", "reader_address"})
    names = Counter(_SELF_NAME_RE.findall(appeal)).most_common(1)
    if names and names[0][1] >= 2:
        return names[0][0]
    for _, line in removed[-FOOTER_LINES:]:  # a footer's "About Scrivly" link (never "About us", never the author)
        if ((m := _ABOUT_SITE_RE.match(line.strip())) and not _is_agency_or_person(m.group("name"))
                and not _named_in_byline(m.group("name"), removed)):
            return m.group("name")
    if removed and (name := _institution_top_and_foot(removed)):
        return name
    hosts = Counter(m.group(1).lower() for m in _URL_HOST_RE.finditer(lines))
    if not hosts:  # a footer's bare address: "NPS.gov | Accessibility | Privacy Policy"
        hosts = Counter(m.group(0).lower() for _, line in removed[-FOOTER_LINES:] for m in _BARE_HOST_RE.finditer(line))
    if not hosts:
        return ""
    host = hosts.most_common(1)[0][0]
    # the name the host abbreviates, as the copy spells it ("tcledger.com" and "told the Tri-County Ledger")
    # (the boilerplate too: "National Park Service" in the header for "NPS.gov" in the footer)
    return spelled_host(host_core(host), f"{text}\n{lines}") or outlet_from_host(host)


def _copyright_holder(line: str, people: bool = False) -> tuple[str, int]:
    """The publisher a copyright line names, without company suffixes, and where the match ends ("© 2025 Northern
    Post Media Group" -> "Northern Post"); ("", 0) for no copyright line, "© All rights reserved", an agency
    ("© Thomson Reuters") or, unless ``people``, a name shaped like a person's (a blogger's own name)."""
    if not (m := _COPYRIGHT_RE.match(line)) or not (name := _company_name(m.group("name"))):
        return "", 0
    if name.split()[0] in _NOT_HOLDERS:
        return "", 0
    # a holder with a company suffix ("© 2025 Sørvik Energi ASA") is a firm, whatever its words
    if (_AGENCY_NAMES_RE.fullmatch(name) if name != m.group("name").strip().rstrip(".,") or people
            else _is_agency_or_person(name)):
        return "", 0
    return name, m.end()


def _copyright_masthead(removed: list[tuple[str, str]]) -> str:
    """The copyright line's holder when a line at the top of the page names it word for word or by its initials
    ("Capital Region Transit Authority" or "CRTA" under the logo, "© 2025 Capital Region Transit Authority" at the
    foot): the site's name, before any other top line the page repeats (a menu's "Rider Alerts", named again in a
    sign-up box)."""
    # a name of rare words ("Midland Clarion") that the logo shows is the site's, unless a given name opens it
    holders = [name for _, line in removed if (name := _copyright_holder(line.strip(), people=True)[0])
               and len(name.split()) >= 2 and not _a_persons_name(name)]
    for _, line in removed[:MASTHEAD_LINES]:
        for holder in holders:  # the name itself, or its initials as the logo's ("CRTA" for the transit authority)
            initials = "".join(w[0] for w in holder.removeprefix("The ").split() if w[:1].isupper())
            if line.strip().lower() == holder.lower() or (len(initials) >= 3 and line.strip() == initials):
                return holder
    return ""


#: A journalist's title, which a byline names beside the publication ("Staff Reporter, Front Range Business Journal").
_STAFF_TITLE_RE = re.compile(r"\b(?:Reporter|Editor|Writer|Correspondent|Columnist|Contributor|Producer|Photographer|"
                             r"Journalist|Intern|Editors|Reporters|Writers)$")


def _title_over_owner(holder: str, removed: list[tuple[str, str]], raw: str) -> str:
    """The publication a page names when its copyright line names only the owner company (the caller checks the line
    carries a company suffix: "Inc.", "Media", "LLC", so a publication's own copyright is kept): a footer line of two to
    six capitalised words ("Front Range Business Journal" over "© 2025 Summit Metro Media, Inc.") that the page's
    own sentences name again ("By Dana Whitfield – Staff Reporter, Front Range Business Journal", "covers retail for
    the Front Range Business Journal"), while no sentence names the owner; "" otherwise."""
    lines = [line.strip() for line in raw.split("\n") if line.strip()]

    def named_in_prose(name: str) -> bool:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        return any(line != name and not _COPYRIGHT_RE.match(line) and pattern.search(line) for line in lines)

    if named_in_prose(holder):
        return ""
    for _, line in removed[-FOOTER_LINES:]:
        line = line.strip()
        words = line.split()
        if (line != holder and 2 <= len(words) <= 6 and not _is_agency_or_person(line)
                and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words)
                and not _LINK_WORDS & set(words)  # "Privacy Policy", which the cookie notice names
                and not _STAFF_TITLE_RE.search(line) and named_in_prose(line)):
            return line
    return ""


def _logo_top_and_foot(holder: str, removed: list[tuple[str, str]]) -> str:
    """The brand an owner company publishes ("Bridge City 7 News" over "© 2026 Prairie Sky Media Inc."): a masthead-
    shaped line of two words or more at the top that the footer repeats word for word (the logo at both ends of the
    page) and another removed line names within it ("Watch Bridge City 7 News at 6"), while no line names the owner
    but its copyright; "" otherwise (menu items repeated in the footer are named by no other line)."""
    top = [line.strip() for _, line in removed[:MASTHEAD_LINES]]
    foot = {line.strip() for _, line in removed[-FOOTER_LINES:]}
    owner = re.compile(rf"(?<![\w-]){re.escape(holder)}(?![\w-])")
    if sum(bool(owner.search(line)) for _, line in removed) > 1:
        return ""
    for line in top:
        if line not in foot or line == holder or not _masthead_shaped(line):
            continue
        within = re.compile(rf"(?<![\w-]){re.escape(line)}(?![\w-])")
        if any(other.strip() != line and within.search(other) for _, other in removed):
            return line
    return ""


#: An institution's name, which may join its capitalised words with small words in several languages: "Presidencia
#: de la República Oriental del Uruguay", "Ministry of Agriculture and Rural Development".
_INSTITUTION_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for|on|de|la|las|los|del|des|du|di|da|do|"
                             r"dos|das|der|den|van|von|y|e|et|und|för|og))+")


def _institution_top_and_foot(removed: list[tuple[str, str]]) -> str:
    """A government office's or institution's site, which names itself in one of the page's first lines (under a
    language switcher too) and again in its footer, word for word, with no copyright or masthead elsewhere: that
    line, when it reads as a name of three words or more (a menu's "Contact Us" at both ends has two; "Skip to
    content" is no name); "" otherwise."""
    for k, (_, line) in enumerate(removed[:SITE_NAME_LINES]):
        name = line.strip()
        if (len(name) > 80 or len(name.split()) < 3 or not _INSTITUTION_RE.fullmatch(name)
                or name.split()[-1][:1].islower() or _AGENCY_NAMES_RE.fullmatch(name) or _a_persons_name(name)):
            continue
        if name in {other.strip() for _, other in removed[k + 1:][-FOOTER_LINES:]}:
            return name
    return ""


def _two_line_masthead(above: str, line: str, naming: set[str]) -> str:
    """A masthead set on two lines ("LAMPLIGHT" over "REVIEW OF BOOKS"): both, as a line naming the site spells them
    ("© 2025 Lamplight Review of Books, Inc."), when the line above is one or two words; else ``line``."""
    if not 1 <= len(above.split()) <= 2:
        return line
    both = re.compile(rf"(?<![\w-]){re.escape(above)}\s+{re.escape(line)}(?![\w-])", re.IGNORECASE)
    spelled = next((m.group(0) for other in sorted(naming) if (m := both.search(other))), "")
    return spelled or line


def _masthead_of_holder(holder: str, removed: list[tuple[str, str]]) -> str:
    """The site's name at the top of the page when the copyright holder is its shorter or legal form: "Long Run
    Magazine" over "© 2024 Long Run Media LLC", "Severnside Fire and Rescue Service" over "© 2025 Severnside Fire
    and Rescue Authority" (the same words but the last); "" when no top line reads so."""
    words = holder.split()
    if any(line.strip() == holder for _, line in removed[:MASTHEAD_LINES]):
        return ""  # "Horizon" atop the page, "© 2026 Horizon Media Inc.": the menu's "Horizon Money" is a section
    for _, line in removed[:MASTHEAD_LINES]:
        line = line.strip()
        top = line.split()
        if (line != holder and len(line) <= 50 and not _AGENCY_NAMES_RE.fullmatch(line) and not _a_persons_name(line)
                and all(w[:1].isupper() or w[:1].isdigit() or w in ("and", "of", "for", "the", "&") for w in top)
                and ((top[:len(words)] == words and len(top) == len(words) + 1)
                     or (len(words) >= 3 and len(top) == len(words) and top[:-1] == words[:-1])
                     # "Bantay Balita" over "© 2026 Bantay Balita Broadcasting Network, Inc.": an owner's words after it
                     or (len(top) >= 2 and top == words[:len(top)] and len(words) > len(top)
                         and all(w.lower() in _OWNER_WORDS for w in words[len(top):])))):
            return line
    return ""


#: Words of a footer's links to the site's legal pages, never in its name.
_LINK_WORDS = frozenset(["Privacy", "Policy", "Cookie", "Cookies", "Terms", "Conditions", "Accessibility", "Sitemap",
                         "Disclaimer", "Notice", "Notices"])
#: Words a company that owns a site adds to the site's name: "Bantay Balita Broadcasting Network".
_OWNER_WORDS = frozenset(["broadcasting", "network", "networks", "communications", "corporation", "media", "group",
                          "publishing", "publications", "holdings", "enterprises", "company", "newspapers", "press",
                          "multimedia", "digital", "ventures", "international"])


def _named_in_byline(name: str, removed: list[tuple[str, str]]) -> bool:
    """Whether a byline the cleaner removed names this ("Written by Priya Raman"): an author, never the site. A
    site's own desk or staff signing ("By Addis Lens Desk", "Chronicle Staff") names the site, not an author."""
    desk = re.compile(rf"{re.escape(name)}\s+(?:{_DESK_WORDS})\b")
    return any(rule == "byline" and name in line and not desk.search(line) for rule, line in removed)


#: Words after a site's name in a byline that signs for its newsroom: "By Addis Lens Desk", "By Ledger Staff".
_DESK_WORDS = "Desk|Staff|Team|Reporters?|Newsroom|Editors?|Editorial|Bureau|Media Team|News Desk|Online|Digital"


_PAGE_NUMBER_RE = re.compile(r"^\d{1,3}\s+|\s+\d{1,3}$")
#: A masthead: a short title-case line ("The Seoul Meridian", "WMVC 7", "DBC News").
_MASTHEAD_RE = re.compile(r"(?:The\s+)?[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4}")
#: Verbs that open a site's buttons, never its name.
_CALLS_TO_ACTION = frozenset(["join", "subscribe", "support", "donate", "follow", "sign", "log", "register", "contact",
                              "download", "get", "watch", "listen", "read", "shop", "give", "become", "try"])
#: Removed lines at the top of a copy searched for the masthead.
MASTHEAD_LINES = 15


def _holder_named_again(removed: list[tuple[str, str]], masthead: str) -> str:
    """The copyright holder, when it shares no word with the masthead found and another removed line names it too
    ("Sign up to The Going Stick's daily tips email", "© 2025 The Going Stick"): then the "masthead" was a menu's
    section ("Grand National"), and the holder is the site. "" otherwise (an owner company named only in its
    copyright line leaves the masthead as it is)."""
    for _, line in removed:
        holder, _ = _copyright_holder(line)
        if not holder or not re.search(r"\b(?:19|20)\d\d\b", line):  # "© IOM/Alessio Romenzi": a photo's credit
            continue
        own = {w.lower() for w in holder.split()} - {"the"}
        if own & {w.lower() for w in masthead.split()}:
            return ""
        pattern = re.compile(rf"(?<![\w-]){re.escape(holder)}(?![\w-])")
        # "PlayBiz Weekly is published by Tamberlane Trade Media Ltd": the owner, and the masthead is the brand
        if sum(bool(pattern.search(other)) and not _PART_OF_RE.match(other.strip()) for _, other in removed) >= 2:
            return holder
        return ""
    return ""


def _masthead_shaped(line: str) -> bool:
    """A line that could be a site's name: short, title case, two words or more besides "The", never an agency, a
    person or a button ("Join AWU" ... "Join AWU today")."""
    return (len(line) <= 40 and _MASTHEAD_RE.fullmatch(line) is not None and not _is_agency_or_person(line)
            and not _LINK_WORDS & set(line.split())  # "Privacy Policy", named again by a cookie notice
            and line.split()[0].lower() not in _CALLS_TO_ACTION and len([w for w in line.split() if w != "The"]) >= 2)


def _masthead(removed: list[tuple[str, str]]) -> str:
    """The site's name as its masthead shows it: a short title-case line among the first removed lines that the
    page's other boilerplate names again ("WMVC 7" ... "Download the WMVC 7 News app"; "The Seoul Meridian" ...
    "Copyright ⓒ The Seoul Meridian"). A menu or section word ("Most Read", "Climate Desk") is not one: the name
    has two words or more besides "The" (one word alone is as often a country, a section or a counter), one of them
    rarer than everyday English or in capitals unless two other lines name it, and never names an agency or a
    person."""
    from wordfreq import zipf_frequency

    top = [line.strip() for _, line in removed[:MASTHEAD_LINES]]
    for k, line in enumerate(top):
        if not _masthead_shaped(line) or _named_in_byline(line, removed):  # "Written by Priya Raman": an author
            continue
        words = [w for w in line.split() if w != "The"]
        # a masthead in capitals is spelled in title case elsewhere ("CAPITOL LEDGER" ... "© 2025 Capitol Ledger LLC")
        pattern = re.compile(rf"(?<![\w-]){re.escape(line)}(?![\w-])", re.IGNORECASE if line.isupper() else 0)
        # a line naming the site as its publisher does ("© 2025 ...", "Download the ... app", "Follow ..."); a
        # teaser that opens with a menu item's name ("Dota 2 patch 7.38b nerfs the carry meta") is about the thing
        naming = {other.strip() for j, (_, other) in enumerate(removed)
                  if j != k and other.strip().lower() != line.lower() and pattern.search(other)
                  and not (reads_as_headline(other.strip()) and other.strip().lower().startswith(line.lower())
                           and _ABOUT_THE_THING_RE.match(other.strip()[len(line):]))
                  # "Ridgeback Canyon National Park News Releases": a section of a larger site, named by its page
                  and not _SECTION_TITLE_RE.fullmatch(other.strip()[len(line):]
                                                      if other.strip().lower().startswith(line.lower()) else "x")}
        # everyday words ("European Commission") need two other lines naming them as a whole ("Contact the European
        # Commission", "Follow the European Commission on social media"), never as the start of a longer name (a menu's
        # "Monetary Policy" in "Monetary Policy Committee" and "Monetary Policy Statement")
        whole = re.compile(rf"(?<![\w-]){re.escape(line)}(?![\w-])(?!\s+[A-Z])")
        if naming and (any(w.isupper() or zipf_frequency(w.lower(), "en") < 4.0 for w in words)
                       or sum(bool(whole.search(other)) for other in naming) >= 2):
            return _two_line_masthead(top[k - 1], line, naming) if k else line
    return ""


#: A section's title after a name: "... News Releases", "... Newsroom", "... Media Centre".
_SECTION_TITLE_RE = re.compile(rf"\s+(?:{SECTION_TITLES}|news|announcements)", re.IGNORECASE)
#: What follows a name at the start of a teaser about the thing named: a lower-case word that is no verb of being or
#: owning ("Dota 2 patch 7.38b nerfs ...", not "WMVC 7 is part of ..." or "The Seoul Meridian's newsletter").
_ABOUT_THE_THING_RE = re.compile(r"\s+(?!(?:is|are|was|has|and|on|at|in|by|from|for|newsletter|app|team|news)\b)[a-z]"
                                 r"|:\s+[A-Z]")  # a section's label on a teaser: "Expat Corner: How to renew ..."


#: A copyright line names the publisher: "© 2025 Leeds Daily Courier", "Copyright (c) 2024 The Example Times".
_COPYRIGHT_RE = re.compile(r"^(?i:©|ⓒ|\(c\)|copyright)\s*(?i:\(c\)\s*|[©ⓒ]\s*|copyright\s*)?"
                           r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[.,]?\s*)?"
                           r"(?P<name>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|(?:of|and|&|for)(?:\s+the)?(?=\s+[A-Z]))){0,5}"
                           # "© 2025 Meridien 24", "France 24", a radio station's frequency: "Jozi Talk 98.2"
                           r"(?:\s\d{1,3}(?:\.\d(?=\s|$))?(?![\d,.]))?)")
#: First words of a copyright line that name no publisher: "© All rights reserved", "© Crown copyright" (UK
#: government pages), "© 2025. A registered 501(c)(3) nonprofit organization." (a sentence, no name).
_NOT_HOLDERS = frozenset(["All", "Crown", "Copyright", "Rights", "A", "An", "This", "These", "Our", "We", "Some", "No",
                          # a footer's links: "Copyright Notices", "Copyright Policy", "Copyright Information"
                          "Notice", "Notices", "Policy", "Information", "Info", "Statement", "Terms", "Complaints"])
#: Agencies credited in copyright lines of syndicated copy are sources, not the publisher.
_AGENCY_NAMES_RE = re.compile(r"(?:The\s+)?(?:(?:Thomson\s+)?Reuters|AFP|AP|Associated Press|TASS|Getty Images|PA Media|Bloomberg"
                              r"|Agence France-Presse|Press Association|Xinhua|ANI|PTI|dpa|EFE|ANSA|Kyodo|Yonhap|AAP"
                              r"|Canadian Press|CP)",
                              re.IGNORECASE)
#: A byline naming the brand between the author and the date: "Mireille Gauvin · DBC News · Posted: ...".
_BYLINE_BRAND_RE = re.compile(r"^(?:by\s+)?[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){1,3}(?:\s+in\s+[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+)?)?"
                              r"\s*[·•|]\s*(?P<brand>[A-Z][\w&'’.-]*(?:\s[A-Z0-9][\w&'’.-]*){0,4})"
                              r"\s*[·•|]\s*(?:posted|published|updated|first published)\b", re.IGNORECASE)
#: A news database's syndication line names the publisher: "Published by Israel Business Today [online] in English".
_SYNDICATED_RE = re.compile(r"Published by (?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,7}?)\s+\[online\]")
#: "This article originally appeared on Bayside Sports Daily: ..." names the publisher of a re-published story.
_ORIGINAL_RE = re.compile(r"\b(?:originally|first) (?:appeared|published) (?:on|in|at|by) (?:the website of )?"
                          r"(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5})")
#: A brand naming its owner: "Vistula Post is part of Nowa Media Group", "The Rift Mirror is published by ...",
#: "Sherd & Stone is published by Fieldwalk Media Ltd.".
_PART_OF_RE = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&)){0,4})\s+is\s+(?:part of|a "
                         r"(?:publication|brand|title|member|division|service) of|published by|owned by|a product of)\s")
#: The owner named after "is published by" (the part ``_PART_OF_RE`` stops before).
_OWNER_AFTER_RE = re.compile(r"(?P<owner>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})")
#: A footer link to the site's own page about itself: "About Scrivly", "About The Harbour Times".
_ABOUT_SITE_RE = re.compile(r"^About\s+(?P<name>(?!(?:Us|Me|the|this|our|The Author|Cookies|Ads)\b)(?:The\s+)?[A-Z][\w&'’.-]*"
                            r"(?:\s+[A-Z][\w&'’.-]*){0,3})$")
#: A newsletter's own sign-off: "Thanks for reading Grid Notes! Subscribe for free ...".
_NEWSLETTER_NAME_RE = re.compile(r"^Thanks for reading (?P<name>[A-Z][^!.?]{1,50})[!.]")
#: A widget offering the site's own channel: "Get Caroni Chronicle headlines on WhatsApp", "Follow The Tonle
#: Herald on Telegram", "Download the Nistru Post app".
_CHANNEL_NAME_RE = re.compile(r"^(?:Get|Follow|Download|Join)\s+(?:the\s+)?(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*"
                              r"(?:\s+[A-Z][\w&'’.-]*){0,4}?)(?:['’]s)?\s+(?:(?:headlines|news|updates|alerts|stories)\s+"
                              r"(?:on|in|via)\s|app\b|on\s+(?:WhatsApp|Telegram|Instagram|Facebook|Threads|TikTok|YouTube|"
                              r"Google News)\b)")
#: Company suffixes after a publisher's name in a copyright line.
_COMPANY_SUFFIX_RE = re.compile(r"(?:,?\s+(?:(?:Public\s+)?Company(?=,?\s+(?:Limited|Ltd))|PCL|Tbk|Berhad|Media(?:\s+Group)?|Group|Pty\.?(?:\s+Ltd\.?)?|Ltd\.?|LLC|Inc\.?|plc|PLC"
                                r"|Limited|Holdings|Publishing|Publications|Corporation|Corp\.?|Co\.?|GmbH|SA|AG|DAC|S\.A\.|AB|NV|BV|SpA|Bhd|Sdn\.?"
                                r"|Pvt\.?|Private|K\.K\.|PLC|ASA|AS|A/S|Oyj|SE|S\.p\.A\.|SAS|LLP|Pte\.?"
                                # the same in other languages: "Alpenpost Medien GmbH", "Pannon Post Media Kft."
                                r"|Medien|Médias?|Mídia|Medios|Verlag|Kft\.?|Zrt\.?|Nyrt\.?|Ltda\.?|S\.?R\.?L\.?|S\.L\.U?\.?"
                                r"|Sp\.\s?z\s?o\.\s?o\.|d\.o\.o\.|OÜ|UAB|SIA|Editora|Ediciones|Edizioni|Editorial))+$")
_URL_HOST_RE = re.compile(r"https?://([\w.-]+\.[a-z]{2,})", re.IGNORECASE)
#: A site's address written without its scheme, as footers give it: "insuranceledger.com", "www.timesofmalta.com".
_BARE_HOST_RE = re.compile(r"(?<![\w@.-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|io|co\.uk|org\.uk|"
                           r"com\.au|co\.nz|co\.za|com\.mt|com\.cy|gov|gov\.uk|ie|eu|uk|mt|cy|sg|hk|ca|in|ke|ng|za)(?![\w.-])",
                           re.IGNORECASE)


#: News agencies by the names copy credits them with, to one short form each.
AGENCIES = {"reuters": "Reuters", "associated press": "AP", "the associated press": "AP", "ap": "AP", "afp": "AFP", "agence france-presse": "AFP",
            "press trust of india": "PTI", "pti": "PTI", "asian news international": "ANI", "ani": "ANI", "ians": "IANS",
            "xinhua": "Xinhua", "tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax", "dpa": "dpa",
            "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo", "yonhap": "Yonhap", "aap": "AAP",
            "australian associated press": "AAP", "pa": "PA", "pa media": "PA", "press association": "PA",
            "bloomberg": "Bloomberg", "anadolu": "Anadolu Agency", "anadolu agency": "Anadolu Agency", "ukrinform": "Ukrinform", "nan": "NAN",
            "news agency of nigeria": "NAN", "wam": "WAM", "emirates news agency": "WAM", "bernama": "Bernama",
            "antara": "Antara", "upi": "UPI", "sputnik": "Sputnik", "unian": "UNIAN", "apa": "APA",
            "the canadian press": "CP", "canadian press": "CP", "app": "APP", "associated press of pakistan": "APP",
            "pna": "PNA", "philippine news agency": "PNA", "irna": "IRNA", "jiji press": "Jiji", "jiji": "Jiji",
            "bss": "BSS", "lusa": "Lusa", "mena": "MENA", "saudi press agency": "SPA", "qna": "QNA", "kuna": "KUNA",
            "ghana news agency": "GNA", "gna": "GNA", "kenya news agency": "KNA", "vna": "VNA",
            "vietnam news agency": "VNA", "ria": "RIA Novosti", "belga": "Belga",
            "anp": "ANP", "ntb": "NTB", "ctk": "ČTK", "čtk": "ČTK", "pap": "PAP", "mti": "MTI",
            # national agencies further afield, by names no menu, word or given name shares ("TT", "MAP", "Petra" stay out)
            "ena": "ENA", "ethiopian news agency": "ENA", "bns": "BNS", "baltic news service": "BNS", "leta": "LETA",
            "elta": "ELTA", "ritzau": "Ritzau", "keystone-sda": "Keystone-SDA", "bta": "BTA", "hina": "HINA",
            "tanjug": "Tanjug", "agerpres": "AGERPRES", "montsame": "Montsame", "kazinform": "Kazinform",
            "armenpress": "Armenpress", "azertac": "AZERTAC", "belta": "BelTA", "interpressnews": "Interpressnews",
            "cmc": "CMC", "caribbean media corporation": "CMC", "andina": "Andina", "prensa latina": "Prensa Latina",
            "notimex": "Notimex", "télam": "Télam", "telam": "Télam", "agência brasil": "Agência Brasil",
            "agencia brasil": "Agência Brasil", "urn": "URN", "uganda radio network": "URN", "new ziana": "New Ziana",
            "central news agency": "CNA", "wafa": "WAFA", "tasnim": "Tasnim", "isna": "ISNA", "ana-mpa": "ANA-MPA",
            "moldpres": "Moldpres", "kabar": "Kabar", "khovar": "Khovar", "nampa": "NAMPA", "angop": "ANGOP",
            "akp": "AKP", "agence kampuchea presse": "AKP", "sta": "STA", "slovenian press agency": "STA",
            "zanis": "ZANIS", "bopa": "BOPA", "oman news agency": "ONA", "stt": "STT", "stt-info": "STT"}
_AGENCY_ALT = "|".join(re.escape(k) for k in sorted(AGENCIES, key=len, reverse=True))
#: Where copy credits an agency: a wire dateline ("LONDON, March 2 (Reuters) -", any name in its brackets), a
#: source line ("Source: Xinhua", "Additional reporting by Reuters."), an agency byline ("By PTI", "By PA Reporter",
#: "By JOSH KAMINSKI Associated Press"), a credit line ("- AFP", "(Reuters)"). Photo credits ("Photo: Reuters") and teasers never count.
_CREDIT_AGENCY_RE = re.compile(rf"^(?:[-–—]\s*)?(?:\(?(?:source|sources|via|writer|credit|with(?: (?:additional )?(?:files|reporting) "
                               rf"(?:from|by)| inputs? from)?|additional reporting (?:from|by))\s*:?\s*|by\s+(?:[A-Z][A-Z'’.-]+\s+){{0,3}}|[-–—(]\s*)"
                               rf"(?P<agency>{_AGENCY_ALT})(?:\s*\([A-Z]{{2,6}}\))?(?:\s+(?:staff\s+)?(?:reporter|correspondent|staff))?"
                               rf"\)?\.?$", re.IGNORECASE)


#: More ways copy credits an agency: "This article was written with material from dpa.", "By Tereza Holubová with
#: ČTK", "Dirk Halvorsen, The Canadian Press", "This report by The Canadian Press was first published May 27, 2025."
_MORE_AGENCY_CREDITS_RE = re.compile(
    rf"^(?:(?:this (?:article|story|report) (?:was|has been) (?:written|compiled|produced|updated) )?with (?:material|"
    rf"information|files|reporting) from (?P<a>{_AGENCY_ALT})\.?"
    rf"|by\s+[\w .'’-]{{1,60}}?\s+(?:with|and)\s+(?P<b>{_AGENCY_ALT})"
    rf"|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){{1,3}}),\s+(?P<c>{_AGENCY_ALT})"
    rf"|this (?:report|story|article) by (?P<d>{_AGENCY_ALT}) was first published\b.*"
    rf"|(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+with\s+(?P<e>{_AGENCY_ALT})\.?"
    # "The Associated Press contributed to this report.", "Agence France-Presse contributed reporting."
    rf"|(?:the\s+)?(?P<f>{_AGENCY_ALT})\s+contributed\s+(?:to\s+)?(?:this|the)?\s*report(?:ing)?"
    rf"(?:\s+(?:from|in)\s+[\w .,'’-]{{1,40}}?)?\.?)$", re.IGNORECASE)  # "Reuters contributed reporting from Paris."
#: A news agency named as one ("Philippine News Agency (PNA)", "Emirates News Agency"), in a byline or credit.
_NAMED_AGENCY_RE = re.compile(r"^(?:by\s+|source:\s*)?(?P<name>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
                              r"(?:News|Press)\s+Agency)(?:\s*\((?P<abbr>[A-Z]{2,6})\))?\.?$", re.IGNORECASE)
#: An agency alone on a byline line ("AFP", "The Canadian Press · Posted: Apr 23, 2025 ..."), or closing the story
#: ("... for local farmers. (PNA)", "... on Sunday. — Reuters").
_AGENCY_BYLINE_RE = re.compile(rf"^(?:by\s+)?(?P<agency>{_AGENCY_ALT})(?:\s*[·•|]\s*(?:posted|published|updated)\b.*"
                               # "By AFP - Mar 03,2026 - Last updated at Mar 03,2026": the date after a dash
                               rf"|\s+[-–—]\s+(?:[A-Z][a-z]{{2,8}}\.?\s+\d|\d).*)?$", re.IGNORECASE)
_AGENCY_END_RE = re.compile(rf"(?:\((?P<a>{_AGENCY_ALT})\)|\s[-–—]\s*(?P<b>{_AGENCY_ALT}))\.?$", re.IGNORECASE)


#: Lines of the cleaned text, from its top, searched for a wire dateline (a standfirst, byline and date line may
#: come first).
DATELINE_LINES = 6
#: Lines under the story's last paragraph searched for a source credit ("Source: AFP").
CREDIT_LINES_UNDER = 3


def infer_agency(raw: str, text: str) -> str:
    """The news agency the copy credits ("Reuters", "AP", "PTI", or a dateline's own), "" when none: an agency is
    a source of the story and goes in its own column, never in ``outlet``."""
    body = text.split("\n", DATELINE_LINES)[:DATELINE_LINES]
    for line in body:
        m = DATELINE_AGENCY_RE.match(line.strip())
        # any name in the brackets of "LONDON, March 2 (X) -"; with a region ("LAUTOKA, Fiji (AFP)") or no dash,
        # only a known agency: a local station's own call sign stands there too ("HARLAN SPRINGS, Ohio (WMVC) -")
        if m and (m.group("agency").lower() in AGENCIES or (m.group("dash") and not m.group("region"))):
            name = m.group("agency").strip()
            return AGENCIES.get(name.lower(), name)
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    end = next((j for j in range(len(lines) - 1, -1, -1) if lines[j] == last), None) if last else None
    # a credit line just under the story ("Source: AFP") however long the page's footer below it
    under = [line for line in lines[end + 1:end + 1 + CREDIT_LINES_UNDER]
             if _CREDIT_AGENCY_RE.match(line) or _MORE_AGENCY_CREDITS_RE.match(line)] \
        if end is not None and end + 1 < len(lines) - 25 else []
    for k, line in enumerate(lines[:40] + under + lines[-25:]):
        if len(line) > 80:
            continue
        # an agency alone on a line only up top, where bylines stand (at the foot it is a teaser's source)
        if m := _CREDIT_AGENCY_RE.match(line) or (k < 40 and _AGENCY_BYLINE_RE.match(line)):
            return AGENCIES[m.group("agency").lower()]
        if m := _MORE_AGENCY_CREDITS_RE.match(line):
            return AGENCIES[next(g for g in m.groups() if g).lower()]
        if m := _NAMED_AGENCY_RE.match(line):
            name = m.group("abbr") or m.group("name")
            return AGENCIES.get(m.group("name").lower(), AGENCIES.get(name.lower(), name))
    if m := _AGENCY_END_RE.search(last):
        return AGENCIES[(m.group("a") or m.group("b")).lower()]
    # "This article was written with material from dpa.", "Reuters contributed reporting.": the story's last lines (an
    # editor's or a kept footer's line may follow)
    for line in text.rstrip().rsplit("\n", CREDIT_LINES_UNDER)[-CREDIT_LINES_UNDER:][::-1]:
        if m := _MORE_AGENCY_CREDITS_RE.match(line.strip()):
            return AGENCIES[next(g for g in m.groups() if g).lower()]
    return ""


def _not_own(agency: str, outlet: str) -> str:
    """The agency, or "" when it is the outlet itself: a news service's own dateline credit ("PHOENIX (PNS) -" on
    Pilgrim News Service's page), by name or by the initials of the outlet's words."""
    if not agency or not outlet:
        return agency
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", outlet) if w.lower() != "the"]
    initials = "".join(w[0] for w in words).upper()
    return "" if agency.upper() in (initials, outlet.upper()) else agency


def _company_name(name: str) -> str:
    """A publisher's name without company suffixes: "Harbourside News Pty Ltd" -> "Harbourside News"."""
    stripped = _COMPANY_SUFFIX_RE.sub("", name.strip().rstrip(".,"))
    return stripped or name.strip()


def _is_agency_or_person(name: str) -> bool:
    """A news agency ("The Associated Press") or a person's name (a blogger's own copyright, "© 2025 Hannah
    Okafor": a rare last word; "Gulf Horizon", "Europe Insight" end in everyday words and are mastheads)."""
    from wordfreq import zipf_frequency

    from .gender import is_given_name
    from .people import SURNAME_RARE_ZIPF, _is_name

    if _AGENCY_NAMES_RE.fullmatch(name):
        return True
    words = name.split()
    if any(w.lower() in NEWSPAPER_WORDS for w in words) or any(ch.isdigit() for ch in name):
        return False  # "Diário Paulista": a newspaper, whatever its rare words; "Jozi Talk 98.2": a station
    return (_is_name(words) and not name.startswith("The ") and "&" not in words  # "Ore & Ingot" is a firm
            and zipf_frequency(words[-1].lower(), "en") < SURNAME_RARE_ZIPF
            # a verb or an everyday word first that is no given name: a tourist board ("Visit Harrowdale"), a site
            and (is_given_name(words[0]) or zipf_frequency(words[0].lower(), "en") < EVERYDAY_FIRST_ZIPF))


def _a_persons_name(name: str) -> bool:
    """A name shaped like a person's that opens with a given name ("Hannah Okafor"): for names a page's logo shows,
    where one of rare words only ("Midland Clarion", "Secretaría de Comunicación de la Provincia de Salta") is the
    site's."""
    from .gender import is_given_name

    return _is_agency_or_person(name) and is_given_name(name.split()[0])


#: Words for a newspaper or news in other languages, which name a publication and never a person (English ones,
#: "Post", "Herald", "Times", are everyday words and tell already).
NEWSPAPER_WORDS = frozenset([
    "diário", "diario", "jornal", "gazeta", "gazzetta", "corriere", "zeitung", "tageblatt", "nachrichten", "kurier",
    "courrier", "quotidien", "presse", "prensa", "crónica", "cronica", "heraldo", "tribuna", "noticias", "notícias",
    "folha", "correio", "nación", "nacion", "expreso", "dagblad", "avisen", "posten", "nieuws", "novosti", "vesti",
    "haber", "akhbar", "wiadomości", "dziennik", "hírek", "napló", "noviny", "zprávy", "sanomat", "tidende", "tidning",
    "dnevnik", "vijesti", "novine", "stampa", "messaggero", "giornale", "periódico", "periodico",
])


#: How common in English a first word that is no given name must be for the name to be no person's ("Visit
#: Harrowdale", "Discover Tasmania"); rarer first words ("Okafor Hannah", names the name data lacks) may still be.
EVERYDAY_FIRST_ZIPF = 4.0



def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid, offline), "" for too little text."""
    sample = text[:1000]  # enough for langid; more only costs time
    if count_words(sample) < 5:
        return ""
    import py3langid  # loads its packaged model once, on first use

    return str(py3langid.classify(sample)[0])


# --------------------------------------------------------------------------------------
# Web pages
# --------------------------------------------------------------------------------------
#: Charsets pages declare that browsers read as windows-1252 (the WHATWG encoding standard does the same).
_AS_CP1252 = frozenset({"ascii", "iso8859-1", "latin-1"})


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_page(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """Decode a saved web page: in the charset it declares unless it is valid UTF-8, else as ``decode_article`` does.

    Valid UTF-8 wins over a declared charset because pages saved by a browser are re-encoded
    as UTF-8 while keeping their old declaration. A page larger than ``MAX_ARTICLE_BYTES``
    first loses what is never shown (scripts, styles, comments; most of a large page) before
    ``decode_article`` would cut it; decompression, binary and empty checks are ``decode_article``'s.
    """
    notes: list[str] = []
    data = _gunzip(data, name, notes)
    if data is None:
        return None, notes
    if len(data) > MAX_ARTICLE_BYTES:
        data = strip_unseen(data)
    charset = declared_charset(data)
    if charset not in (None, "utf-8") and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and not _is_utf8(data):
        with contextlib.suppress(UnicodeDecodeError):  # declared wrongly: decode_article reads it and says how
            data = data.decode("cp1252" if charset in _AS_CP1252 else charset).encode("utf-8")
    text, more = decode_article(data, name)
    return text, notes + more


# --------------------------------------------------------------------------------------
# One article
# --------------------------------------------------------------------------------------
class Stated(NamedTuple):
    """A publication date an article states itself: the day, the date basis shown, where it was read (for notes)."""

    day: date
    basis: str
    where: str


@dataclass
class Reading:
    """One input read and cleaned, before its manifest row applies: text, removed lines, what it states itself."""

    raw: str
    language: str
    headline: str
    text: str
    removed: list[tuple[str, str]]
    stated: Stated | None = None
    title: str = ""
    site: str = ""
    host: str = ""
    url: str = ""


_DATE_RULES = ("timestamp", "byline", "running_head")


#: A date line that gives when the story was changed, not published.
_UPDATED_RE = re.compile(r"^\W{0,3}(?:last\s+)?(?:updated?|modified|edited)\b", re.IGNORECASE)


#: A weekday and a date, nothing else: a site header's bar showing the day the page was read.
_TODAY_BAR_RE = re.compile(r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?"
                           r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}")


#: Lines from the top of a copy searched for one announcing publication (menus and a header can fill 30 lines).
TOP_LINES = 45


def _text_date(raw: str, removed: list[tuple[str, str]], before_headline: int = 0, story: str | None = None) -> Stated | None:
    """The date of a timestamp or byline line in ``removed`` (the lines removed above the article's first body
    line: dates below it belong to teasers of other articles; a page's layout lines are tested for being one),
    else of a "Published ..." line near the top or the bottom of ``raw``. Of those lines, the first after the
    headline wins (the first ``before_headline`` removed lines stand above it, where a site header shows today's
    date), then one above it; an "Updated ..." line only when no other line gives a date. An ambiguous numeric
    date ("02/04/2025") is read against the days ``story`` (the article's own text, else ``raw``) names: never
    against teasers of other releases, whose dates say nothing of this page's, after the day a header's "today" bar
    shows, when it is one of its readings."""
    context = raw if story is None else story
    bars = {day for _, line in removed[:before_headline] if _TODAY_BAR_RE.fullmatch(line.strip()) and (day := parse_date(line))}
    today = bars.pop() if len(bars) == 1 else None  # the header's "today": it reads an ambiguous date ("10/03/2026")
    found = [(k, line, day) for k, (rule, line) in enumerate(removed)
             if (rule in _DATE_RULES or (rule == HTML_RULE and named_rule(line) in _DATE_RULES))
             and (day := parse_date(line, context, raw, today))]
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    # a line near the top that says the page was published or posted that day beats any other date line ("Posted on
    # 17 March 2025 by Team Press Officer" over "Date: Saturday 15/03/2025", the day of the call-out it reports;
    # "Published: Friday | June 20, 2025" over the site header's "Saturday, June 21, 2025")
    day, line = published_line_date(lines[:TOP_LINES], explicit=True, page=raw)
    if day:
        return Stated(day, f"stated in text: timestamp line '{line}'", "the text")
    # a site header's "today" bar above the headline ("Thursday, March 12, 2026") dates the copy, not the story
    found = [f for f in found if not (f[0] < before_headline and _TODAY_BAR_RE.fullmatch(f[1].strip()))]
    ranked = sorted(found, key=lambda f: (bool(_UPDATED_RE.match(f[1])), f[0] < before_headline, f[0]))
    for _, line, day in ranked[:1]:
        return Stated(day, f"stated in text: timestamp line '{line}'", "the text")
    day, line = published_line_date(lines[:15] + lines[-25:], page=raw)  # "Published - November 23, 2024 07:30 pm IST - Baku"
    if day:
        return Stated(day, f"stated in text: timestamp line '{line}'", "the text")
    # "Madrid - MAR 10, 2025 - 14:22 CET" removed below the headline or kept atop the story
    below_headline = [line for _, line in removed[before_headline:]]
    day, line = _story_date_line(story or "", raw, below_headline)
    if day:
        return Stated(day, f"stated in text: date line '{line}'", "the text")
    # the page's own address, as a print or reader-mode copy shows it: ".../2025/03/14/slug/" (every dated
    # address in the copy must agree: links to other stories carry other dates)
    dated = {m.groups() for m in _URL_DATE_RE.finditer(raw)}
    if len(dated) == 1:
        year, month, day_ = map(int, next(iter(dated)))
        with contextlib.suppress(ValueError):
            return Stated(date(year, month, day_), f"stated in text: the page's address ({year}/{month:02d}/{day_:02d})",
                          "the page's address")
    return None


#: Lines at the top of the kept story searched for a date line the cleaner kept with the text.
STORY_DATE_LINES = 4
#: Lower-case words a date line may hold besides names: "March 3, 2025 · By Jonah Reyes", "Updated 6:42 PM EDT".
_DATE_LINE_WORDS = frozenset(["by", "at", "on", "and", "updated", "published", "posted", "am", "pm", "a.m", "p.m",
                              # "at" before the clock in other languages: "kl. 07.30", "u 13:26", "um 9:15", "à 14h"
                              "kl", "u", "um", "à", "às", "a", "alle", "om",
                              # a live page's opening line: "Live coverage started 17/02/2026 07:30 · Last update ..."
                              "coverage", "started", "began", "last", "update"])


def _story_date_line(story: str, raw: str, removed: list[str] = ()) -> tuple[date | None, str]:
    """The date of a line removed below the headline (``removed``), else at the top of the kept story, that is a
    date and nothing but names around it (a dateline "Palma - MAY 21, 2025 - 05:30 CEST", "Jun 3, 2024", "March 3,
    2025 · By Jonah Reyes, Head Setter"): never a sentence that mentions a date ("The bridge reopens on Friday 12
    April 2025.")."""
    kept = [line.strip() for line in story.split("\n") if line.strip()][:STORY_DATE_LINES]
    for line in [*(line.strip() for line in removed), *kept]:
        m = DATE_RE.search(line)
        if not m or len(line) > 100:
            continue
        rest = re.sub(r"\d{1,2}(?:[:.]|h(?=\d\d\b))\d{2}(?::\d{2})?", " ", DATE_RE.sub(" ", line))  # "... Updated: <date>"
        words = re.findall(r"[^\W\d_][\w.'’-]*", rest)  # "às" whole, not its "s"
        if len(words) <= 8 and all(w[0].isupper() or w.lower().rstrip(".") in _DATE_LINE_WORDS for w in words) and (
                day := parse_date(line, story, raw)):
            return day, line
    return None, ""


#: A date in a web address's path: "https://site/world/2025/03/14/slug".
_URL_DATE_RE = re.compile(r"(?:https?://|\b)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/[\w-]+)*?/((?:19|20)\d\d)/([01]?\d)/"
                          r"([0-3]?\d)/")


def read_text(name: str, data: bytes, notes: list[str], repeated: frozenset[int] = frozenset()) -> Reading | None:
    """A text file (or a table row's text): decoded, cleaned, its stated date (None when unusable; notes appended).
    ``repeated`` holds the keys of its lines the corpus repeats (``helpers.repeats``)."""
    raw, more = decode_article(data, name)
    notes.extend(more)
    if raw is None:
        return None
    language = detect_language(raw)
    cleaned = clean_lines(raw, english=language in ("en", ""), repeated=repeated)
    return Reading(raw=raw, language=language, headline=cleaned.headline, text=cleaned.text, removed=cleaned.removed,
                   stated=_text_date(raw, cleaned.removed[:cleaned.removed_above] if cleaned.body else cleaned.removed,
                                     cleaned.removed_before_headline, cleaned.text))


def read_web_page(name: str, data: bytes, notes: list[str]) -> Reading | None:
    """A saved web page: trafilatura's article text, cleaned like a web copy, and the page's metadata.

    ``raw`` is the page's visible text; ``removed`` lists, in page order, the visible lines
    trafilatura left out (``html-boilerplate``) and the lines the cleaner removed from its text.
    The date is the page metadata's, else a date line of the page.
    """
    html, more = decode_page(data, name)
    notes.extend(more)
    if html is None:
        return None
    page, problem = read_page(html)
    if page is None:
        notes.append(f"{name}: {problem}; skipped")
        return None
    notes.extend(f"{name}: {note}" for note in page.notes)
    language = detect_language(page.article)
    cleaned = clean_lines(page.article, english=language in ("en", ""))
    removed = in_page_order(page.lines, cleaned.removed)
    try:
        stated = Stated(date.fromisoformat(page.date), "stated in page metadata", "the page metadata")
    except ValueError:
        stated = _text_date(page.raw, removed, story=cleaned.text)
    return Reading(raw=page.raw, language=language, headline=cleaned.headline, text=cleaned.text, removed=removed,
                   stated=stated, title=page.title, site=page.site, host=page.host, url=page.url)


#: A government page's "From:" block: the line after it names the department that published the page, then
#: the ministers ("Office for Humanitarian Affairs and Development and Oliver Thwaite MP").
_FROM_BLOCK_RE = re.compile(r"^[ \t]*From:[ \t]*\n[ \t]*(?P<names>[A-Z][^\n]{2,200})$", re.MULTILINE)
#: Where one publisher's name ends in such a list: a comma, or "and" before a person (a capitalised name run
#: ending in a parliamentary title, or two to four capitalised words the name test takes for a person).
_FROM_SPLIT_RE = re.compile(r",\s+|\s+and\s+(?=(?:[A-Z][\w'’.-]+\s+){1,4}(?:MP|MSP|MEP|MS|MLA|TD|QC|KC)\b)")
#: A publisher's name in a "From:" block holds one of these words (a person's name never does).
_INSTITUTION_WORDS = frozenset(["agency", "authority", "board", "commission", "council", "department", "executive",
                                "government", "inspectorate", "ministry", "office", "service", "treasury"])


def _from_block(raw: str) -> str:
    """The first publisher a "From:" block names ("From:" / "Department for Rural Affairs and Water and Nadia
    Rahman MP" -> "Department for Rural Affairs and Water"), or "" when the copy has none or it names no
    institution."""
    if "From:" not in raw or not (m := _FROM_BLOCK_RE.search(raw)):
        return ""
    first = _FROM_SPLIT_RE.split(m.group("names").strip())[0].strip()
    return first if _INSTITUTION_WORDS & set(first.lower().split()) else ""


def _stated_outlet(reading: Reading) -> str:
    """The outlet the input names: a page's site name, else its host name made readable (preferring the name
    its own lines give when that spells the host), else the name in its boilerplate, else the department a
    government page's "From:" block names; "" when none."""
    if reading.site:
        return reading.site
    named = infer_outlet(reading.removed, reading.raw)
    return (outlet_from_host(reading.host, named) if reading.host else "") or named or _from_block(reading.raw)


def process_article(name: str, data: bytes, meta: dict[str, str] | None = None,
                    repeated: frozenset[int] = frozenset()) -> tuple[dict[str, Any] | None, list[str]]:
    """Decode, clean and describe one article; a pure function of its name, bytes and manifest row.

    ``name`` is a file name (``.html``/``.htm`` are read as web pages, anything else as
    text) or a table row's name ("news.csv [id 7]"). ``meta`` is the manifest row (may be
    empty; a table row's columns give one, with its ``doc_id``). ``repeated`` holds the keys
    of the article's lines that other articles of the corpus repeat (``repeats.own_repeats``),
    removed as boilerplate. Returns the corpus row (None when the input is unusable) and the
    problem notes for it.
    """
    notes: list[str] = []
    is_page = Path(name).suffix.lower() in HTML_SUFFIXES
    reading = read_web_page(name, data, notes) if is_page else read_text(name, data, notes, repeated)
    if reading is None:
        return None, notes
    language = reading.language
    if language not in ("en", ""):
        notes.append(f"{name}: language detected as '{language}', not English; loaded, English-only measures may not apply")
    meta = meta or {}
    published, basis = _published(meta, reading.stated, name, notes)
    outlet = meta.get("outlet") or _stated_outlet(reading) or UNKNOWN
    headline = meta.get("headline") or reading.title or reading.headline
    row = {
        "doc_id": meta.get("doc_id") or Path(name).stem,
        "file": name,
        "outlet": outlet,
        "published": published,
        "date_basis": basis,
        "headline": "" if headline == UNKNOWN else headline,
        "language": language,
        "url": meta.get("url") or reading.url,
        "agency": meta.get("agency") or _not_own(infer_agency(reading.raw, reading.text), outlet),
        "notes": meta.get("notes", ""),
        "raw": reading.raw,
        "text": reading.text,
        "n_words": count_words(reading.text),
        "removed": reading.removed,
    }
    return row, notes


def _given_date(meta: dict[str, str], name: str, notes: list[str]) -> date | None:
    """The date the manifest row gives: a table row's date cell (read leniently) or sources.csv's YYYY-MM-DD;
    None, with a note, when it is unreadable or outside the plausible range."""
    cell, given = meta.get("date", ""), meta.get("published", "")
    if cell:
        if (day := lenient_date(cell)) is None:
            notes.append(f"{name}: date '{cell}' cannot be read; treated as unknown")
            return None
        where = f"date {day}"
    elif given and given != UNKNOWN:
        try:
            day = datetime.strptime(given, "%Y-%m-%d").date()
        except ValueError:
            notes.append(f"{name}: sources.csv date '{given}' is not YYYY-MM-DD; ignored")
            return None
        where = f"sources.csv date {given}"
    else:
        return None
    if not in_date_range(day):
        notes.append(f"{name}: {where} is outside {EARLIEST_DATE.year}..{latest_date()}; treated as unknown")
        return None
    return day


def _published(meta: dict[str, str], stated: Stated | None, name: str, notes: list[str]) -> tuple[pd.Timestamp, str]:
    """Publication date and its basis: the manifest's (or table row's) when given, else the date the article states."""
    if (day := _given_date(meta, name, notes)) is not None:
        return pd.Timestamp(day), meta.get("date_basis") or "given in sources.csv"
    if stated is not None:
        if in_date_range(stated.day):
            return pd.Timestamp(stated.day), stated.basis
        notes.append(f"{name}: date in {stated.where} ({stated.day}) is outside {EARLIEST_DATE.year}..{latest_date()}; "
                     "treated as unknown")
    return pd.NaT, UNKNOWN if meta.get("date") else meta.get("date_basis") or UNKNOWN


# --------------------------------------------------------------------------------------
# The folder
# --------------------------------------------------------------------------------------
def read_manifest(folder: Path, problems: list[str] | None = None) -> dict[str, dict[str, str]]:
    """``sources.csv`` rows keyed by file name ({} when absent); empty cells become "".

    Problems (unreadable file, no 'file' column, a file listed twice with different values:
    the first row is used) are appended to ``problems`` when given, else warned.
    """
    def note(message: str) -> None:
        if problems is None:
            warnings.warn(CorpusWarning(message), stacklevel=3)
        else:
            problems.append(message)

    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        note(f"{MANIFEST_NAME}: cannot be read ({type(exc).__name__}); metadata inferred")
        return {}
    if "file" not in table.columns:
        note(f"{MANIFEST_NAME}: no 'file' column; metadata inferred")
        return {}
    keep = [c for c in MANIFEST_COLUMNS if c in table.columns]
    rows: dict[str, dict[str, str]] = {}
    for record in table[keep].to_dict("records"):
        name = record["file"].strip()
        values = {k: record[k].strip() for k in keep if k != "file"}
        if name in rows:
            if rows[name] != values:
                note(f"{MANIFEST_NAME}: '{name}' is listed more than once with different values; the first row is used")
            continue
        rows[name] = values
    return rows


#: The kinds of file read as articles: text web copies, saved web pages, tables of one article per row.
TEXT_SUFFIXES = (".txt",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES
#: How the folder errors name the kinds of file read.
KINDS_READ = ".txt, .html/.htm, or article tables (.csv, .jsonl/.ndjson, .parquet; sources.csv is the manifest)"


def is_table(path: Path) -> bool:
    """True for a table of articles (``.csv``, ``.jsonl``, ``.ndjson``, ``.parquet``); ``sources.csv`` is the manifest."""
    return path.suffix.lower() in TABLE_SUFFIXES and path.name.lower() != MANIFEST_NAME


def article_files(folder: Path, problems: list[str]) -> list[Path]:
    """The article files of a folder, sorted by name: ``.txt``, ``.html``/``.htm`` and article tables, in any case.

    A link to a file outside the folder is skipped with a note (the corpus is the folder;
    a link could read any file of the machine into a report).
    """
    root = folder.resolve()
    files = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or path.name.lower() == MANIFEST_NAME:
            continue
        if path.is_symlink() and root not in path.resolve().parents:
            problems.append(f"{path.name}: a link to a file outside the corpus folder; skipped")
            continue
        if path.is_file():
            files.append(path)
    return files


class ArticleInput(NamedTuple):
    """One article to read: a file (``data`` None: read ``path``), or a row of a table (its text in ``data``)."""

    path: Path
    name: str
    meta: dict[str, str]
    data: bytes | None = None


def list_inputs(folder: Path) -> tuple[list[ArticleInput], list[str]]:
    """Every article of a folder (one per file, one per table row) with its manifest row, and the folder's notes.

    Tables are read here (streamed, row by row) so that every article, a file or a row,
    is one input for the workers; a file's bytes are read by the worker.
    """
    if not folder.exists():
        raise CorpusError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder (give the folder that holds the articles)")
    problems: list[str] = []
    files = article_files(folder, problems)
    if not files:
        raise CorpusError(f"{folder}: no .txt files in this folder, nor any other kind of file read as articles "
                          f"({KINDS_READ})")
    manifest = read_manifest(folder, problems)
    problems += [f"{MANIFEST_NAME}: names '{name}', which is not in the folder; row ignored"
                 for name in sorted(set(manifest) - {p.name for p in files})]
    taken = {p.stem for p in files if not is_table(p)}
    inputs: list[ArticleInput] = []
    for path in files:
        if is_table(path):
            inputs += [ArticleInput(path, row.name, row.meta, row.data)
                       for row in table_rows(path, manifest.get(path.name, {}), taken, problems)]
        else:
            inputs.append(ArticleInput(path, path.name, manifest.get(path.name, {})))
    return inputs, problems


def read_input(item: ArticleInput) -> tuple[bytes | None, list[str]]:
    """The bytes of one input (a table row's are in memory), or None with a note when its file cannot be read."""
    if item.data is not None:
        return item.data, []
    try:
        return Path(item.path).read_bytes(), []
    except OSError as exc:
        return None, [f"{item.name}: cannot be read ({exc.strerror}); skipped"]


def line_keys_of(name: str, data: bytes) -> np.ndarray:
    """The repeat keys of one input's lines (``repeats.line_keys``); none for a web page (trafilatura reads the
    page's own structure) or an input that cannot be decoded."""
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return np.array([], dtype=np.uint64)
    raw, _ = decode_article(data, name)
    return line_keys(raw) if raw else np.array([], dtype=np.uint64)


def _keys_worker(item: ArticleInput) -> np.ndarray:
    data, _ = read_input(item)
    return line_keys_of(item.name, data) if data is not None else np.array([], dtype=np.uint64)


def _worker(task: tuple[ArticleInput, frozenset[int]]) -> tuple[dict[str, Any] | None, list[str]]:
    item, repeated = task
    data, notes = read_input(item)
    if data is None:
        return None, notes
    return process_article(item.name, data, item.meta, repeated)


def describe_inputs(inputs: list[ArticleInput]) -> str:
    """"3 .txt files", "2 .html/.txt files", or "40 articles (files and table rows)": for the folder errors."""
    if any(item.data is not None for item in inputs):
        return f"{len(inputs)} articles (files and table rows)"
    kinds = "/".join(sorted({Path(item.name).suffix.lower() for item in inputs}))
    return f"{len(inputs)} {kinds} files"


def load_corpus(path: str | Path | None = None, n_jobs: int | None = None) -> pd.DataFrame:
    """Load, clean and describe every article in a folder (``.txt``, ``.html``/``.htm``, rows of article tables).

    Parameters
    ----------
    path
        Folder of articles (the repository's ``seeds/`` when None). An optional ``sources.csv`` in it adds or
        overrides metadata.
    n_jobs
        Worker processes; default: all cores for large folders, one for small ones.

    Returns
    -------
    DataFrame, one row per article sorted by ``doc_id``, with the columns in
    ``COLUMNS``. Problems with single files or rows are warned about (``CorpusWarning``,
    one line naming the file) and listed in ``df.attrs["problems"]``.
    """
    folder = Path(path) if path is not None else config.SEEDS_DIR
    inputs, problems = list_inputs(folder)
    jobs = n_jobs or (min(os.cpu_count() or 1, 8) if len(inputs) >= PARALLEL_MIN_FILES else 1)
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            keys = list(pool.map(_keys_worker, inputs, chunksize=64))
            repeated = repeated_keys(keys)
            tasks = [(item, own_repeats(k, repeated)) for item, k in zip(inputs, keys, strict=True)]
            results = list(progress(pool.map(_worker, tasks, chunksize=64), total=len(inputs), desc="load_corpus"))
    else:
        keys = [_keys_worker(item) for item in inputs]
        repeated = repeated_keys(keys)
        tasks = [(item, own_repeats(k, repeated)) for item, k in zip(inputs, keys, strict=True)]
        results = [_worker(task) for task in progress(tasks, total=len(inputs), desc="load_corpus")]
    rows = []
    for row, notes in results:
        problems.extend(notes)
        if row is not None:
            rows.append(row)
    for note in problems:
        warnings.warn(CorpusWarning(note), stacklevel=2)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    frame["n_words"] = frame["n_words"].astype("int64")
    frame["label"] = article_labels(frame)
    frame = frame.sort_values("doc_id", kind="stable").reset_index(drop=True)
    frame.attrs["problems"] = problems
    frame.attrs["folder"] = folder.name
    if frame.empty:
        raise CorpusError(f"{folder}: none of the {describe_inputs(inputs)} could be read as an article")
    return frame


def article_labels(frame: pd.DataFrame) -> pd.Series:
    """Short chart labels, "outlet · id", where id is the doc_id up to its first "_" if that stays unique."""
    short = frame["doc_id"].str.split("_").str[0]
    ids = short if short.is_unique else frame["doc_id"]
    return frame["outlet"].str.cat(ids, sep=" · ")
