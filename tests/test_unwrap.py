"""Hard-wrapped text (a printed page or a PDF copied as text): runs of column-wide lines judged as paragraphs."""

from __future__ import annotations

from pathlib import Path

from helpers import load_corpus
from helpers.cleaning import clean_lines, unaccounted_lines
from helpers.unwrap import join_wrapped, wrap_groups

PRINTED_PAGE = """12 Harlow Valley Gazette Friday 14 March 2025
LOCAL NEWS
Ferry crossing to close for six weeks of repairs
By ANNA FIELDING
Transport Reporter
THE Kessock ferry will stop run-
ning on Monday for six weeks while
engineers replace the slipway at
the northern landing, the operator
has confirmed.
The crossing carried 210,000 pas-
sengers last year, as counted
by Highland Ferries, and is the only
link for the village of Port Ardin
without a 40-minute detour via the
Clayburn bridge.
Operations manager Ruth Callan said
the work could not wait for the win-
ter timetable. “The slipway has been
patched for three years,” she said.
“We have run out of patches.”
Continued on page 4
"""

WEB_COPY = """Home
News
Sport
Council approves new cycle lanes on the seafront
The council approved the scheme on Tuesday after a two-hour debate, with nine votes in favour and two against.
Work is expected to start in the spring and last about four months, officials said.
Share this article
"""


def test_a_printed_page_keeps_its_paragraphs_joined() -> None:
    cleaned = clean_lines(PRINTED_PAGE)
    assert cleaned.headline == "Ferry crossing to close for six weeks of repairs"
    assert cleaned.body[0] == ("THE Kessock ferry will stop running on Monday for six weeks while engineers replace the "
                               "slipway at the northern landing, the operator has confirmed.")
    # a continuation line that a named rule would take on its own ("by Highland Ferries" reads as a byline)
    assert "The crossing carried 210,000 passengers last year, as counted by Highland Ferries, and" in cleaned.body[1]
    assert any("“We have run out of patches.”" in line for line in cleaned.body)
    removed = dict((line, rule) for rule, line in cleaned.removed)
    assert removed["Continued on page 4"] == "print_furniture"
    assert removed["12 Harlow Valley Gazette Friday 14 March 2025"] == "running_head"
    # every source line is still kept (joined) or removed as written
    assert unaccounted_lines(PRINTED_PAGE, cleaned.text, cleaned.removed) == []


def test_the_running_head_gives_the_paper_and_the_date(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PRINTED_PAGE, encoding="utf-8")
    row = load_corpus(tmp_path).iloc[0]
    assert row["outlet"] == "Harlow Valley Gazette"
    assert row["published"].date().isoformat() == "2025-03-14"


def test_a_web_copy_is_not_joined() -> None:
    lines = WEB_COPY.splitlines()
    assert wrap_groups(lines) == [[i] for i, line in enumerate(lines) if line]
    assert clean_lines(WEB_COPY).body[0].startswith("The council approved the scheme on Tuesday")


def test_broken_words_are_rejoined_and_compounds_and_ranges_kept() -> None:
    assert join_wrapped(["the operator has con-", "firmed the closure"]) == "the operator has confirmed the closure"
    assert join_wrapped(["the midwife-", "led unit"]) == "the midwife-led unit"
    assert join_wrapped(["from the 2027-", "28 season"]) == "from the 2027-28 season"
    assert join_wrapped(["a line", "and the next"]) == "a line and the next"


def test_a_language_switcher_is_not_a_wrapped_paragraph() -> None:
    # letters without case (Arabic, Chinese) and one-word items in lower case ("русский", "español") continue nothing
    lines = ["Welcome to the United Nations", "العربية", "中文", "English", "Français", "русский", "español",
             "Small island States press for faster climate finance as Bonn talks reach their second week"]
    assert wrap_groups(lines) == [[i] for i in range(len(lines))]
