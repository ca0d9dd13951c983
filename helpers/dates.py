"""Dates stated in article text: timestamp and dateline lines.

Web copies often keep a line such as "18 February 2025, 15:54" or
"Published: Feb 18, 2025 3:54pm GMT". The cleaner removes such a line as a
``timestamp`` and the loader reads the publication date from it. The range of
plausible publication dates lives here too, shared by every kind of input.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<{}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
# "27 March, 2025", "17. feb. 2026", and written without spaces as Brazilian sites do: "18.mar.2026"
_DMY = rf"(?P<d1>\d{{1,2}})(?:(?:st|nd|rd|th|\.)?\s+|\.(?=[a-z])){_MONTH.format('m1')},?(?:\s+|(?<=\.))(?P<y1>\d{{4}})"
_MDY = rf"{_MONTH.format('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y2>\d{{4}})"  # "Mar 03,2026" too
# 2025-01-23, 2025.01.23, and the year first with spaced full stops as Hungarian sites write it: "2026. 02. 25."
_ISO = r"(?P<y3>\d{4})(?:-(?P<m3>\d{2})-(?P<d3>\d{2})|\.(?P<m5>\d{2})\.(?P<d5>\d{2})|\.\s(?P<m6>\d{2})\.\s(?P<d6>\d{2})\.)"
_NUMERIC = r"(?P<d4>\d{1,2})[/.-](?P<m4>\d{1,2})[/.-](?P<y4>\d{4})"  # 21/03/2023, 21.03.2023, 21-03-2023
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
# Runs of separators and white space are matched possessively (``++``, ``*+``): a date followed by thousands of
# spaces must fail at once, not try every way of sharing the spaces between the optional parts.
_TIME_PART = rf"(?:[,\s|T@—–·•●/-]++(?:at\s++)?{_CLOCK}(?:\s*+(?:(?:UTC|GMT)[+-]\d{{1,2}}(?::?\d{{2}})?|[A-Z]{{2,4}}|[+-]\d{{2}}:?\d{{2}}|Z))?)?"
_PREFIX = (r"(?:(?:first\s+)?(?:published|updated|last updated?|posted|modified|issued|released|publication date|"
           r"date of publication|date|"
           r"(?:news |press |media )?release date)(?:\s+on)?\s*+:?\s*+)?")

#: What a date line may carry after the date: "• Last updated 2 hours ago", "• 4 minute read".
_AFTER_DATE = (r"(?:\s*+[•·|●]\s*+(?:(?:(?:last\s+)?updated\s+)?(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago"
               r"|\d+\s*+(?:-|\s)?min(?:ute)?s?\s+read"
               # the section or the author after the date: "Mar 28, 2025 • Announcements", "Jan 21, 2025 · by Tom Ellery"
               r"|(?:by\s++)?[A-Z][\w&'’.-]*+(?:\s[A-Z&][\w&'’.-]*+){0,3}))*+")

DATE_RE = re.compile(rf"{_WEEKDAY}(?:{_DMY}|{_MDY}|{_ISO}|{_NUMERIC})", re.IGNORECASE)
#: A whole line that is nothing but a (prefixed) date with an optional time.
_ANY_DATE = re.sub(r"\?P<\w+>", "?:", rf"{_WEEKDAY}(?:{_DMY}|{_MDY}|{_ISO}|{_NUMERIC})")
#: The same, for other modules' patterns (no named groups, so it can be used twice in one pattern).
ANY_DATE = _ANY_DATE
#: A section's name before the date on a page's date line: "Newsroom | 14th July 2025", "News · 3 March 2025".
_SECTION = r"(?:[A-Z][\w&'’]*(?: [A-Z][\w&'’]*){0,2}\s*+[|·•●]\s*+)?"
DATE_LINE_RE = re.compile(
    # the time may come first, as some sites write it: "Published: 05:46 PM, 16 Jan 2025"
    rf"^{_SECTION}{_PREFIX}(?:{_CLOCK}\s*+[,|·•—–-]?\s*+)?{_ANY_DATE}\.?{_TIME_PART}"
    rf"(?:\s*+[|,;·•]?\s*+{_PREFIX}(?:{_CLOCK}\s*+[,|·•—–-]?\s*+)?(?:{_ANY_DATE})?\.?{_TIME_PART})?{_AFTER_DATE}\s*+$",
    re.IGNORECASE,
)


#: A day and month written in words in the story: "Sunday 6 April", "on April 6".
_DAY_MONTH_RE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format('m1')}|{_MONTH.format('m2')}\s+"
                           rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b", re.IGNORECASE)
#: Days before a page's date within which the story's own dates fall (it reports what happened that week).
STORY_DAYS = 10


def _story_days(context: str) -> set[tuple[int, int]]:
    """(month, day) of every day and month the story writes in words."""
    out = set()
    for m in _DAY_MONTH_RE.finditer(context):
        month, day = (m.group("m1"), m.group("d1")) if m.group("d1") else (m.group("m2"), m.group("d2"))
        out.add((MONTHS[month.lower()], int(day)))
    return out


def _near_story(year: int, month: int, day: int, told: set[tuple[int, int]]) -> bool:
    """Whether the story names a day in the ``STORY_DAYS`` up to (year, month, day)."""
    try:
        when = date(year, month, day)
    except ValueError:
        return False
    for m, d in told:
        try:
            gap = (when - date(year, m, d)).days
        except ValueError:
            continue
        if 0 <= gap <= STORY_DAYS:
            return True
    return False


#: A US content system's clock right after a numeric date: "3/9/2024 8:15:00 PM" (en-US "M/d/yyyy h:mm:ss tt").
_H_CLOCK_RE = re.compile(r"[ \t,]*(?:[-–—|·][ \t]*)?\d{1,2}h\d{2}\b")
_US_CLOCK_RE = re.compile(r"[ \t,]*\d{1,2}:\d{2}:\d{2}[ \t]?[AP]M\b")


def numeric_order(page: str, after: str = "") -> str:
    """How a page writes numeric dates, from how it writes dates in words: "dmy" when every capitalised day and
    month it writes puts the day first ("20 March 2025", "Monday 11 March"), "mdy" when every one puts the month
    first ("March 15", "Feb. 16-17"), or when the date is followed by a US content system's clock ("8:15:00 PM");
    "dmy" before that when the page gives temperatures in Celsius only; "" when the page writes both orders or
    neither (then an ambiguous date stays unread)."""
    if _US_CLOCK_RE.match(after):
        return "mdy"
    if _H_CLOCK_RE.match(after):  # "05/03/2026 14h32": a clock as French, Portuguese and Brazilian sites write it
        return "dmy"
    if "°C" in page and "°F" not in page:
        # a weather widget in Celsius only: not a US site, and nearly everywhere else numeric dates put the day first,
        # though the English prose may write "April 1" (the Philippines, which writes both ways, is the exception)
        return "dmy"
    orders = {"dmy" if m.group("d1") else "mdy" for m in _DAY_MONTH_RE.finditer(page)
              if (m.group("m1") or m.group("m2"))[0].isupper()}
    return orders.pop() if len(orders) == 1 else ""


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_reading(match: re.Match[str], readings: set[date]) -> date | None:
    """The one reading of an ambiguous numeric date whose weekday is the one written before it ("Thursday,
    05/03/2026" is 5 March: 3 May 2026 was a Sunday); None when no weekday is written or it fits both or neither."""
    word = match.group(0)[:3].lower()
    if word not in _WEEKDAYS:
        return None
    fits = {day for day in readings if day.weekday() == _WEEKDAYS.index(word)}
    return fits.pop() if len(fits) == 1 else None


def _worded_dates(text: str) -> set[date]:
    """Every date a text writes with its month in words and its year ("March 12, 2026", "12 March 2026")."""
    out = set()
    for m in DATE_RE.finditer(text):
        with contextlib.suppress(ValueError):
            if m.group("d1"):
                out.add(date(int(m.group("y1")), MONTHS[m.group("m1").lower()], int(m.group("d1"))))
            elif m.group("d2"):
                out.add(date(int(m.group("y2")), MONTHS[m.group("m2").lower()], int(m.group("d2"))))
    return out


def _weekday_dates(page: str) -> set[date]:
    """Every numeric date a page writes after the weekday that tells its reading ("Thursday, 05/03/2026")."""
    out = set()
    for m in DATE_RE.finditer(page):
        if m.group("d4"):
            first, second, year = int(m.group("d4")), int(m.group("m4")), int(m.group("y4"))
            with contextlib.suppress(ValueError):
                if day := _weekday_reading(m, {date(year, second, first), date(year, first, second)}):
                    out.add(day)
    return out


def parse_date(text: str, context: str = "", page: str = "", today: date | None = None) -> date | None:
    """The first calendar date written in ``text``, or None.

    Numeric dates are read by their values: 23/11/2024 is day first, 11/23/2024 month first
    (as US sites write), 23.11.2024 day first; 03/04/2025, which could be either, is skipped,
    unless the story (``context``) writes in words a day of the ten before the earlier reading and none
    before the later one ("07/04/2025" over a story of "Sunday 6 April" is 7 April). Days before the later
    reading decide nothing: read the other way, they are days still to come, and stories name those too.
    Else a reading written with its weekday ("Thursday, 05/03/2026": 3 May 2026 was a Sunday), on this line or on
    the page (a header bar's), or that the story writes in words with its year (never a teaser's date in words,
    which is another story's), is the day. Else the ``page`` (the whole copy, its teasers too: they show the site's
    convention) decides when it writes its dates in words in one order only (``numeric_order``). Before all, a
    reading that is ``today``, the day the page's header bar shows ("Tuesday 10 March 2026" over "10/03/2026 -
    09:05"), wins: a page read the day it was published shows that day, and a bar showing the other reading would be
    a coincidence.
    """
    for match in DATE_RE.finditer(text):
        g = match.groupdict()
        try:
            if g["d1"]:
                return date(int(g["y1"]), MONTHS[g["m1"].lower()], int(g["d1"]))
            if g["d2"]:
                return date(int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"]))
            if g["y3"]:
                return date(int(g["y3"]), int(g["m3"] or g["m5"] or g["m6"]), int(g["d3"] or g["d5"] or g["d6"]))
            first, second, year = int(g["d4"]), int(g["m4"]), int(g["y4"])
            separator = text[match.start("m4") - 1]
            if first > 12 or separator == ".":  # 23/11/2024, or 03.04.2025 (dots are day-first everywhere)
                return date(year, second, first)
            if second > 12:  # 11/23/2024: month first, as US sites write it
                return date(year, first, second)
            if first == second:
                return date(year, first, second)
            if day := _weekday_reading(match, {date(year, second, first), date(year, first, second)}):
                return day  # "Thursday, 05/03/2026": the reading that was a Thursday
            if today in (date(year, second, first), date(year, first, second)):
                return today
            if context:
                told = _story_days(context)
                readings = {date(year, second, first): _near_story(year, second, first, told),
                            date(year, first, second): _near_story(year, first, second, told)}
                earlier = min(readings)
                # only the earlier reading can be vouched for: under it, the story's days just before the later
                # reading are days still to come, which stories name too ("returns to action Feb. 29-March 2")
                if readings[earlier] and sum(readings.values()) == 1:
                    return earlier
            readings = {date(year, second, first), date(year, first, second)}
            if len(stated := (_worded_dates(context) | _weekday_dates(page)) & readings) == 1:
                return stated.pop()  # the story writes that day in words, or the page with its weekday
            if page and (order := numeric_order(page, text[match.end():])):
                return date(year, second, first) if order == "dmy" else date(year, first, second)
            continue  # 03/04/2025 could be either: a wrong date is worse than none

        except ValueError:  # 31 February and the like: not a date, keep looking
            continue
    return None


#: A line that announces the publication date ("Published - November 23, 2024 07:30 pm IST - Baku",
#: "Posted on 23.11.2024", "date 2024-11-23"); "Updated" is not the publication date and is not read.
PUBLISHED_LINE_RE = re.compile(r"^\W{0,3}(?:this (?:report|story|article)\b.{0,60}?\b(?:was|is)\s+)?(?:first\s+)?"
                               r"(?:published|posted|issued|released|publication date|date of publication|date(?:d)?)\b", re.IGNORECASE)


#: A line that says in words that the page was published then: "Posted on 23rd March 2025 by INVF Media Team",
#: "Published: Friday | June 20, 2025". Not "Date:", which may be an event's date (a rescue's call-out, a match).
EXPLICIT_PUBLISHED_RE = re.compile(r"^\W{0,3}(?:first\s+)?(?:published|posted|issued|released|publication date|"
                                   r"date of publication)\b", re.IGNORECASE)


def published_line_date(lines: list[str], explicit: bool = False, page: str = "") -> tuple[date | None, str]:
    """The date of the first line announcing publication, and that line; (None, "") when there is none. With
    ``explicit``, only a line that says "published", "posted", "issued" or "released" counts; an ambiguous numeric
    date is read by the ``page``'s convention (``numeric_order``)."""
    pattern = EXPLICIT_PUBLISHED_RE if explicit else PUBLISHED_LINE_RE
    for line in lines:
        if len(line) <= 200 and pattern.match(line) and (day := parse_date(line, page=page)):
            return day, line
    return None, ""


#: Publication dates outside this range are reported and treated as unknown (a typo such as 3025, or a
#: date pandas cannot even represent, must never stop the corpus from loading).
EARLIEST_DATE = date(1800, 1, 1)


def latest_date() -> date:
    """Today plus one year: later dates are typos (or scheduled embargoes), not publication dates."""
    today = date.today()
    return today.replace(year=today.year + 1) if not (today.month == 2 and today.day == 29) else date(today.year + 1, 3, 1)


def in_date_range(day: date) -> bool:
    """True when ``day`` is a plausible publication date (``EARLIEST_DATE`` to ``latest_date()``)."""
    return EARLIEST_DATE <= day <= latest_date()
