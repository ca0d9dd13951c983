"""Dates the text states, read by their values; unknown when in doubt (a wrong date is worse than none)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import load_corpus
from helpers.dates import parse_date, published_line_date


@pytest.mark.parametrize(("text", "expected"), [
    ("11/23/2024 2:53:44 PM", date(2024, 11, 23)),  # month first: 23 cannot be a month
    ("23/11/2024", date(2024, 11, 23)),
    ("23.11.2024", date(2024, 11, 23)),
    ("03.04.2025", date(2025, 4, 3)),  # dots: day first
    ("03/04/2025", None),  # March 4 or 3 April: unknown
    ("04/04/2024", date(2024, 4, 4)),
    ("Nov 23, 2024", date(2024, 11, 23)),
    ("date 2024-11-23", date(2024, 11, 23)),
    ("31/02/2024", None),
    ("2025.01.23, 18:40", date(2025, 1, 23)),  # year first with dots, as East Asian sites write it
])
def test_numeric_and_written_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("story", "expected"), [
    ("Crews were paged at 2.12pm on Sunday 6 April after two kayakers were seen.", date(2025, 4, 7)),
    # a day just before the later reading (4 July) decides nothing: read as 7 April, it is a day still to come
    ("The fireworks on July 2 drew crowds.", None),
    ("The vote on April 2 came before the July 1 holiday.", None),  # both readings have a story day: none
    ("", None),
])
def test_an_ambiguous_numeric_date_is_read_only_when_the_story_names_a_day_just_before_the_earlier_reading(
        story: str, expected: date | None) -> None:
    assert parse_date("07/04/2025", story) == expected


def test_forthcoming_days_in_the_story_do_not_decide_an_ambiguous_date() -> None:
    # a US athletics page of 3 February that lists the team's next meets: 2 March is not its date
    story = ("Bergstrom ran 4:01.87 in the mile Friday night. Kessler State returns to action Feb. 16-17 "
             "before the conference indoor championships Feb. 29-March 2.")
    assert parse_date("2/3/2024 11:00:00 AM", story) is None


def test_publication_lines_are_read_and_updates_are_not() -> None:
    line = "Published - November 23, 2024 07:30 pm IST - Baku"
    assert published_line_date(["Menu", line, "Text"]) == (date(2024, 11, 23), line)
    assert published_line_date(["Updated 2 hours ago", "Updated 24 November 2024"]) == (None, "")


def test_the_loader_takes_the_date_with_its_evidence_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Menu\nFinance deal agreed in Baku\nPublished - November 23, 2024 07:30 pm IST - Baku\n"
        "Rich nations agreed on Sunday to provide at least $300bn a year to developing countries by 2035.\n"
        "Delegates from poorer nations said the sum was far too small, and some walked out of the hall.\n",
        encoding="utf-8")
    row = load_corpus(tmp_path).iloc[0]
    assert row["published"].date() == date(2024, 11, 23)
    assert row["date_basis"] == "stated in text: timestamp line 'Published - November 23, 2024 07:30 pm IST - Baku'"


@pytest.mark.parametrize(("line", "outlet"), [
    ("© 2025 Leeds Daily Courier", "Leeds Daily Courier"),
    ("Copyright 2024 Atlantic Wire Service. All rights reserved.", "Atlantic Wire Service"),
    ("Copyright (c) 2024 The Example Times", "The Example Times"),
    ("© Reuters 2024", ""),  # an agency's credit is a source, not the publisher
    ("copyright notice: all rights", ""),
    ("© Copyright 2001-2025. Wessex Evening Echo is part of Southern Counties Media Ltd", "Wessex Evening Echo"),
    ("Copyright 2025 Thomson Reuters.", "Reuters"),  # alone on a page (reuters.com's own): the known outlet
    ("© Crown copyright", ""),  # UK government pages
    ("© All rights reserved.", ""),
    ("©2025 The Canadian Press", ""),
    ("© 2025 Hannah Okafor. All rights reserved.", ""),  # a blogger's own name
    # a tourist board: an everyday word that is no given name opens it
    ("© 2025 Visit Harrowdale. All rights reserved. · Accessibility · Privacy", "Visit Harrowdale"),
    # the owner's copyright, then the site's own address: the site
    ("© 2025 Ledger Financial Publishing Ltd. insuranceledger.com", "Insurance Ledger"),
    ("© 2025 Leeds Daily Courier · leedsdailycourier.co.uk", "Leeds Daily Courier"),
    # "of the" and "for the" join a name's words: the whole office, never "Idaho Office of"
    ("© 2025 Idaho Office of the Attorney General. All rights reserved.", "Idaho Office of the Attorney General"),
    ("© 2025 Department for the Economy", "Department for the Economy"),
])
def test_outlet_from_a_copyright_line(line: str, outlet: str) -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet([("legal", line)]) == outlet


def test_the_pages_own_copyright_outranks_syndicated_credits() -> None:
    """A site carrying wire copy: "© Thomson Reuters" credits the agency; the page's own copyright names the outlet."""
    from helpers.corpus import infer_outlet

    removed = [("byline", "By Reuters"), ("legal", "Copyright 2025 Thomson Reuters."),
               ("legal", "© 2025 MarketStreet Daily. All rights reserved.")]
    assert infer_outlet(removed) == "MarketStreet Daily"


@pytest.mark.parametrize(("page", "day"), [
    # a byline with the brand and a "Posted:" date, set with middle dots
    ("Menu\nRural ER closures hit record as province struggles to fill shifts\n"
     "Mireille Gauvin · DBC News · Posted: Mar 12, 2025 4:00 AM ADT | Last Updated: March 12\n{body}", date(2025, 3, 12)),
    # a combined published/updated line of 15 words
    ("Council approves water rate rise\nPublished: Mar. 4, 2025 at 6:14 AM EST|Updated: Mar. 4, 2025 at 11:52 AM EST\n"
     "{body}", date(2025, 3, 4)),
    # the date after a standfirst that reads as prose
    ("The last town meeting\nWhen a small town ran out of people willing to run it, residents tried something new.\n"
     "By Ann Lee\nJanuary 14, 2025\n{body}", date(2025, 1, 14)),
    # only the page's own address, as a print copy shows it
    ("Parliament passes forest bill\n{body}https://www.example.com/world/2025/03/14/forest-bill/ 1/2\n",
     date(2025, 3, 14)),
])
def test_dates_a_page_states_in_other_layouts(tmp_path: Path, page: str, day: date) -> None:
    body = ("Lawmakers approved the measure on Thursday after a long debate, officials said in a statement.\n"
            "The bill now goes to the senate, where a vote is expected before the end of the month.\n")
    (tmp_path / "a.txt").write_text(page.format(body=body), encoding="utf-8")
    assert load_corpus(tmp_path).iloc[0]["published"].date() == day


@pytest.mark.parametrize(("page", "day"), [
    # a site header shows today's date above the headline; the byline's date under it is the story's
    ("Thursday, May 22, 2025\nMenu\nState to demolish buildings on drainage channels\nBy Ada Obi\nApril 22, 2025\n"
     "{body}", date(2025, 4, 22)),
    # the update comes first, the publication date after it
    ("Ferry fares rise 15 per cent\nUpdated: March 20, 2025\nPublished: March 14, 2025\n{body}", date(2025, 3, 14)),
    # the time before the date, as some South Asian dailies write it, under a header's "today"
    ("Friday, 17 January 2025\nePaper\nHome\nExports rise 13% despite gas shortage\nStaff Correspondent\n"
     "Published: 05:46 PM, 16 Jan 2025 | Last update: 06:10 PM, 16 Jan 2025\n{body}", date(2025, 1, 16)),
    # a line that says the page was posted beats an event's "Date:" line (a rescue team's call-out report)
    ("Home\nCall-outs\nCall-out 14/25: Climber with ankle injury lowered from the north ridge\n"
     "Posted on 9 April 2025 by Team Secretary\nDate: Sunday 06/04/2025\nTime: 11:20 - 17:05\n{body}",
     date(2025, 4, 9)),
    # "Published:" with its parts between bars beats the header's "today" above the headline
    ("Saturday, July 12, 2025\nNews\nSugar workers strike over unpaid bonuses\n"
     "Published: Friday | July 11, 2025 | 6:15 PM\n{body}", date(2025, 7, 11)),
])
def test_the_storys_own_date_over_header_and_update_dates(tmp_path: Path, page: str, day: date) -> None:
    body = ("Lawmakers approved the measure on Thursday after a long debate, officials said in a statement.\n"
            "The bill now goes to the senate, where a vote is expected before the end of the month.\n")
    (tmp_path / "a.txt").write_text(page.format(body=body), encoding="utf-8")
    assert load_corpus(tmp_path).iloc[0]["published"].date() == day


def test_dated_links_that_disagree_give_no_date(tmp_path: Path) -> None:
    body = ("Lawmakers approved the measure on Thursday after a long debate, officials said in a statement.\n"
            "The bill now goes to the senate, where a vote is expected before the end of the month.\n")
    (tmp_path / "a.txt").write_text("Forest bill passes\n" + body + "https://x.example/2025/03/14/a/\n"
                                    "https://x.example/2024/11/02/b/\n", encoding="utf-8")
    assert pd.isna(load_corpus(tmp_path).iloc[0]["published"])


def test_the_brand_in_a_byline_is_the_outlet() -> None:
    from helpers.corpus import infer_outlet

    removed = [("byline", "Mireille Gauvin · DBC News · Posted: Mar 12, 2025 4:00 AM ADT | Last Updated: March 12"),
               ("legal", "©2025 Dominion Broadcasting Corporation. All rights reserved.")]
    assert infer_outlet(removed) == "DBC News"


@pytest.mark.parametrize(("removed", "outlet"), [
    # the masthead up top, named again by the page's app prompt or copyright line
    ([("menu", "KRVN 12"), ("menu", "Weather"), ("app", "Get the KRVN 12 News app")], "KRVN 12"),
    ([("menu", "The Harbin Courier"), ("legal", "Copyright ⓒ The Harbin Courier. All rights reserved.")],
     "The Harbin Courier"),
    # a section or country line repeated is not a masthead (one word, or everyday words only)
    ([("menu", "UK"), ("menu", "Most Read"), ("teaser", "Most Read"), ("legal", "UK news in brief")], ""),
    # company suffixes of other countries
    ([("legal", "© 2025 The Wexford Ledger DAC")], "The Wexford Ledger"),
    # a listed company's own newsroom: the suffix marks a firm, though "Nordvik Kraft" reads like a person's name
    ([("legal", "© 2025 Nordvik Kraft ASA")], "Nordvik Kraft"),
    # a public body's masthead in everyday words, named by two other lines of the page
    ([("menu", "European Parliament"), ("menu", "Press room"), ("footer", "Contact the European Parliament"),
      ("social", "Follow the European Parliament on social media")], "European Parliament"),
    # a masthead in capitals, spelled in title case by the copyright line
    ([("menu", "HARBOR LEDGER"), ("menu", "Newsletters"), ("legal", "© 2025 Harbor Ledger LLC")], "Harbor Ledger"),
    # ... nor a menu item that only starts longer names ("Monetary Policy Committee", "Monetary Policy Report")
    ([("menu", "Monetary Policy"), ("menu", "Financial Stability"), ("teaser", "Monetary Policy Report – March 2025"),
      ("widget", "Monetary Policy Rate 1.75%")], ""),
    # ... but one other line naming everyday words is not enough ("Most Read Stories" under "Most Read")
    ([("menu", "Most Read"), ("teaser", "Most Read Stories")], ""),
    # a Thai or Indonesian listed company's legal form after the masthead's name
    ([("legal", "© 2025 The Mekong Ledger Public Company Limited. All rights reserved.")], "The Mekong Ledger"),
    # the site's desk byline does not make its masthead an author's name
    ([("menu", "Sidama Lens"), ("menu", "Sidama Lens TV"), ("byline", "By Sidama Lens Desk"),
      ("legal", "Copyright © 2025 Sidama Lens. All Rights Reserved.")], "Sidama Lens"),
    # the copyright holder's initials as the logo, over a menu item a sign-up box names again
    ([("menu", "MVTA"), ("menu", "Rider Alerts"), ("menu", "Careers"), ("newsletter", "Sign up for Rider Alerts by email"),
      ("legal", "© 2025 Mill Valley Transit Authority")], "Mill Valley Transit Authority"),
])
def test_outlet_from_the_masthead_and_suffixes(removed: list[tuple[str, str]], outlet: str) -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet(removed) == outlet


@pytest.mark.parametrize(("raw", "agency"), [
    ("Port strike ends\nMOMBASA, Kenya (AFP) - Dock workers returned on Monday.\n", "AFP"),
    ("Tariff refund ordered\nLagos, Mar. 3, 2025 (NAN) The regulator ordered refunds.\n", "NAN"),
    ("Rice output up\nBy Philippine News Agency (PNA)\nManila farmers harvested more rice this year.\n", "PNA"),
    ("Rugby final\nAFP\nThe home side won 27-24 on Sunday.\n", "AFP"),
    ("Wheat prices\nThe Canadian Press · Posted: Apr 23, 2025 6:41 PM MDT\nPrices rose on Tuesday.\n", "CP"),
    ("Farm credit\nFarmers got cheaper loans this year, officials said. (PNA)\n", "PNA"),
    # the paper's name, then the agency it wrote with
    ("Strike called\nLe Quotidien with AFP\nRail unions called a strike for Thursday.\n", "AFP"),
    # a local station's call sign in its own dateline is no agency; an agency named under a teaser at the foot neither
    ("Rates rise\nHARLAN, Ohio (WKTV) - Bills will go up.\n", ""),
    ("Rates rise\nBills will go up, the council said.\n" + "More\n" * 40 + "Gas prices edge up\nReuters\n", ""),
    # a national agency in a dateline written "Month D/YYYY", under a standfirst, byline and date line
    ("Honey exports up\nSales abroad rose by a third\nBy Staff\nMay 2, 2025\n"
     "Bahir Dar, May 2/2025 (ENA) – Honey exports rose by a third this year, the ministry said.\n", "ENA"),
    # a region's agency with its region in the dateline, and closing the story
    ("Seed bank agreed\nBRIDGETOWN, Barbados (CMC) — Ministers agreed on a seed bank.\n", "CMC"),
    ("Oxygen plant opens\nThe plant opened on Monday, officials said.\nWith information from Andina\n", "Andina"),
    # a menu's "Map" is no agency
    ("Bus routes change\nMap\nRoutes change on Monday, the council said.\n", ""),
])
def test_agency_credits(raw: str, agency: str) -> None:
    from helpers.corpus import infer_agency

    lines = raw.splitlines()
    assert infer_agency(raw, "\n".join(lines[1:])) == agency


def test_date_lines_with_a_gmt_offset_and_last_update() -> None:
    from helpers.dates import DATE_LINE_RE

    assert DATE_LINE_RE.match("Mar 14, 2025 - 10:32 GMT+3")
    assert DATE_LINE_RE.match("Last Update: Apr 03, 2025 - 09:15 GMT+3")


def test_agency_credited_under_the_story_and_outlet_spelled_by_its_host() -> None:
    from helpers.corpus import infer_agency
    from helpers.html_input import spelled_host

    story = "KNYSNA - A syndicate boss was jailed for 22 years on Monday.\nThe court heard evidence for six weeks."
    footer = "\n".join(f"Footer link {k}" for k in range(40))
    assert infer_agency(f"Menu\n{story}\nSource: AFP\n{footer}", story) == "AFP"
    assert spelled_host("tcledger", "Flood victims told the Tri-County Ledger on Monday") == "Tri-County Ledger"
    assert spelled_host("nytimes", "as The New York Times reported") == "The New York Times"
    assert spelled_host("tcledger", "The Tri-State Courier reported") == ""


def test_brand_before_its_owner_a_files_credit_own_service_and_dates_without_scheme(tmp_path) -> None:
    """"X is part of Y" names the brand, not the owner company of the copyright line; "— With files from AFP" is an
    agency credit; a news service's own dateline ("PHOENIX (PNS) —" on Pilgrim News Service) is no agency; a
    dated address without "https://" and a "·" before the time give the date."""
    from datetime import date

    from helpers.corpus import _not_own, _text_date, infer_agency, infer_outlet
    from helpers.dates import DATE_LINE_RE

    removed = [("legal", "Vistula Post is part of Nowa Media Group"), ("legal", "© 2025 Nowa Media Sp. z o.o.")]
    assert infer_outlet(removed) == "Vistula Post"
    story = "WARSAW - Rescuers reached the miners on Monday.\nThe mine had been closed for a week."
    assert infer_agency(f"{story}\n— With files from AFP\n", story) == "AFP"
    assert _not_own("PNS", "Pilgrim News Service") == "" and _not_own("AFP", "Pilgrim News Service") == "AFP"
    raw = "Copy link: riftmirror.co.ke/counties/2025/08/19/maize-farmers-protest\nText."
    assert _text_date(raw, []).day == date(2025, 8, 19)
    assert DATE_LINE_RE.match("Aug 27, 2025 · 15:40 EAT")


def test_date_lines_after_a_section_name_and_with_an_update_time() -> None:
    from helpers.dates import DATE_LINE_RE

    assert DATE_LINE_RE.match("Newsroom | 14th July 2025")
    assert DATE_LINE_RE.match("19/09/2025 · Updated 14:22")
    assert not DATE_LINE_RE.match("Sport | Football")
    assert not DATE_LINE_RE.match("Opinion | Rates will rise by 3 March 2025")
    assert DATE_LINE_RE.match("News Release Date: October 21, 2024")


def test_date_lines_followed_by_a_section_or_an_author_and_a_place_before_them() -> None:
    from helpers.dates import DATE_LINE_RE

    assert DATE_LINE_RE.match("Apr 2, 2025  •  Resort News")
    assert DATE_LINE_RE.match("Feb 11, 2025  ·  by Hannah Lowe")
    assert DATE_LINE_RE.match("Semarang   ●   Wed, May 7, 2025 / 14:20 WIB")
    assert DATE_LINE_RE.match("27 March, 2025 11:05")
    assert not DATE_LINE_RE.match("May 7, 2025 • Officials said the plan would cost more")


def test_teasers_of_other_releases_do_not_decide_an_ambiguous_date() -> None:
    """A release page's "Published: 02/04/2025" could be 2 April or 4 February. The related-releases list at its
    foot dates another release "4 February 2025", which says nothing of this page's date (it must never make it 4
    February); but the list shows how the site writes dates, day first, so the page's date is 2 April (its
    breadcrumb's "April" agrees). A page writing dates in both orders leaves it unknown (never the wrong one)."""
    from helpers.corpus import process_article

    raw = ("Home > Media releases > 2025 > April\nMedia release\nNew cardiac unit opens at Port Lorne hospital\n"
           "Published: 02/04/2025\n"
           "The Minister for Health, Dana Okoro, today opened a twelve-bed cardiac unit at Port Lorne Hospital.\n"
           "The unit will treat about 900 patients a year who now travel to the city for care, the minister said.\n"
           "\"Families told us the drive was the hardest part of treatment,\" Ms Okoro said.\n"
           "Construction took fourteen months and was finished under budget.\n"
           "Related media releases\n"
           "Extra nurses for regional emergency departments – 20 March 2025\n"
           "Patient travel subsidy increased for country patients – 4 February 2025\n"
           "© Government of Northland 2025\n")
    row, _ = process_article("release.txt", raw.encode(), {})
    assert str(row["published"])[:10] == "2025-04-02"
    both = raw.replace("– 20 March 2025", "– March 20, 2025")
    row, _ = process_article("release.txt", both.encode(), {})
    assert row["date_basis"] == "unknown"


@pytest.mark.parametrize(("page", "line", "day"), [
    ("Kessler State returns to action Feb. 16-17 in Omaha.", "2/3/2024 11:00:00 AM", "2024-02-03"),  # US: month first
    ("The bridge reopens on Friday 12 April.", "06/03/2024", "2024-03-06"),  # day first, as the page writes dates
    ("The bridge reopens on Friday 12 April and on May 3.", "06/03/2024", None),  # both orders: unread
    ("No dates in words here.", "06/03/2024", None),
    ("The may 3 people came.", "06/03/2024", None),  # a lower-case "may" is no month
])
def test_an_ambiguous_numeric_date_follows_the_pages_own_convention(page: str, line: str, day: str | None) -> None:
    from helpers.dates import parse_date

    got = parse_date(line, page=f"{page}\n{line}")
    assert (got.isoformat() if got else None) == day


def test_a_dateline_kept_atop_the_story_gives_the_date_but_a_sentence_with_a_date_does_not() -> None:
    """A newspaper's dateline line ("Bilbao - APR 9, 2025 - 11:05 CEST") that the cleaner keeps with the story dates
    the article; a story whose first sentence mentions a date ("... reopens on Friday 12 April 2025.") has no date."""
    from helpers.corpus import process_article

    story = ("The regional government will double the tourist tax in the summer months, officials said on Tuesday.\n"
             "Hotels will collect the tax from June, and the money will go to public housing, the minister said.\n"
             "Residents have protested against mass tourism for three summers in a row.\n")
    dated = "Tourist tax to double in summer\nBilbao - APR 9, 2025 - 11:05 CEST\n" + story
    row, _ = process_article("dateline.txt", dated.encode(), {})
    assert str(row["published"])[:10] == "2025-04-09"
    sentence = "Tourist tax to double in summer\nThe harbour bridge reopens on Friday 12 April 2025.\n" + story
    row, _ = process_article("sentence.txt", sentence.encode(), {})
    assert row["date_basis"] == "unknown"


def test_numeric_dates_with_dashes_are_read_as_with_slashes() -> None:
    """"Published on: 21-03-2023 | 18:42 IST" (an Indian state news service) is 21 March 2023; "03-04-2025", which
    could be either order, is skipped as "03/04/2025" is."""
    from datetime import date

    from helpers.dates import parse_date

    assert parse_date("Published on: 21-03-2023 | 18:42 IST") == date(2023, 3, 21)
    assert parse_date("Posted 03-04-2025") is None


_BODY = ("The regional water board approved a new tariff on Monday after a two-hour debate, with members split over how "
         "quickly the increase should reach households already struggling with energy bills.\n"
         "The board said the money would pay for pipe renewals in the older districts, where leaks waste nearly a "
         "quarter of the treated water before it reaches a tap.\n")


def test_a_headers_today_bar_above_the_headline_is_no_publication_date() -> None:
    """A weekday and date alone in the site header ("Wednesday, April 8, 2026") is the day the page was read;
    with no date line of the story's own, the date is unknown, never that day."""
    from helpers.corpus import process_article

    raw = ("Wednesday, April 8, 2026\nValley Tribune\nNews\nSport\nBusiness\n"
           "Water board approves higher tariff to fund pipe renewals\n" + _BODY)
    row, _ = process_article("bar.txt", raw.encode(), {})
    assert row["published"] is None or str(row["published"]) == "NaT"
    # the story's own date line under the headline still dates it
    dated = raw.replace("pipe renewals\n", "pipe renewals\nPosted April 6, 2026\n")
    row, _ = process_article("bar.txt", dated.encode(), {})
    assert str(row["published"])[:10] == "2026-04-06"


def test_a_publication_date_line_dates_the_story_over_the_header_bar() -> None:
    from helpers.corpus import process_article

    raw = ("Friday, 10 April 2026\nMekong Ledger\nNews\nSport\n"
           "Water board approves higher tariff to fund pipe renewals\nPublication date 9 April 2026 | 08:15 ICT\n" + _BODY)
    row, _ = process_article("pub.txt", raw.encode(), {})
    assert str(row["published"])[:10] == "2026-04-09"


def test_a_clock_written_with_h_reads_an_ambiguous_date_day_first() -> None:
    """"05/03/2026 14h32" on a page that writes "March 3" in its teasers: the clock is a French, Portuguese or
    Brazilian site's, so the date is 5 March, never 3 May."""
    from helpers.dates import parse_date

    page = "Teaser: Flights resume, March 3, 2026\nPublished on 05/03/2026 14h32\n"
    assert str(parse_date("Published on 05/03/2026 14h32", page=page)) == "2026-03-05"


@pytest.mark.parametrize(("line", "day"), [("17. feb. 2026 kl. 07.30", "2026-02-17"),
                                           ("By AFP - Mar 03,2026 - Last updated at Mar 03,2026", "2026-03-03")])
def test_dates_as_danish_and_jordanian_sites_write_them(line: str, day: str) -> None:
    from helpers.dates import parse_date

    assert str(parse_date(line)) == day


def test_a_date_line_with_the_clock_after_a_foreign_at_dates_the_story() -> None:
    from helpers.corpus import process_article

    raw = ("Riva Portal\nNews\nSport\nGovernment sends rentals bill to parliament\n19.03.2026. u 13:26\n"
           "The government on Thursday sent to parliament a bill that would let cities stop issuing new licences for "
           "short-term rentals in crowded neighbourhoods.\nThe bill now goes to a first reading next month, officials said.\n")
    row, _ = process_article("hr.txt", raw.encode(), {})
    assert str(row["published"])[:10] == "2026-03-19"


@pytest.mark.parametrize(("line", "day"), [("2025. 11. 04. 09:12", "2025-11-04"),  # Hungarian: year first, full stops
                                           ("04.nov.2025 às 09h12", "2025-11-04"),  # Brazilian, no spaces
                                           ("Atualizado: 04.nov.2025 às 11h40", "2025-11-04")])
def test_dates_as_hungarian_and_brazilian_sites_write_them(line: str, day: str) -> None:
    from helpers.dates import parse_date

    assert str(parse_date(line)) == day


def test_a_brazilian_date_line_with_its_update_dates_the_story() -> None:
    from helpers.corpus import process_article

    raw = ("Folha Serrana\nPolitics\nCity council approves new bus lanes on Rua Augusta\n"
           "Marina Duarte\nCuritiba\n04.nov.2025 às 09h12 Updated: 04.nov.2025 às 11h40\n" + _BODY)
    row, _ = process_article("br.txt", raw.encode(), {})
    assert str(row["published"])[:10] == "2025-11-04"


def test_a_live_pages_opening_line_dates_the_story() -> None:
    from helpers.corpus import process_article

    raw = ("Cronos Diario\nNational\nLIVE | Floods in the south: roads closed in three regions\n"
           "Rivers burst their banks overnight after two days of rain.\n"
           "Live coverage started 21/06/2025 06:10 · Last update 21/06/2025 18:45\n" + _BODY)
    row, _ = process_article("live.txt", raw.encode(), {})
    assert str(row["published"])[:10] == "2025-06-21"


def test_the_header_bar_reads_an_ambiguous_date_as_its_own_day() -> None:
    """"09/04/2026 - 10:05" below the headline, on a page whose teasers write "April 3" US-style under a bar showing
    "Thursday 9 April 2026": the page was read the day it was published, so the date is 9 April (4 September would
    need a bar showing a day five months on); under a bar of another day the page writes both orders, and the date
    stays unread."""
    from helpers.corpus import process_article

    story = ("Harbour Ledger\nNews\nWater board approves higher tariff to fund pipe renewals\n09/04/2026 - 10:05\n"
             + _BODY + "Related\nFerry fares: what changes on April 3\nIsland bus routes cut from April 20\n")
    row, _ = process_article("bar.txt", f"Thursday 9 April 2026\n{story}".encode(), {})
    assert str(row["published"])[:10] == "2026-04-09"
    row, _ = process_article("later.txt", f"Monday 13 April 2026\n{story}".encode(), {})
    assert str(row["published"]) == "NaT"


def test_a_celsius_weather_widget_reads_an_ambiguous_date_day_first() -> None:
    """A page that gives temperatures in Celsius only is no US site: "11/03/2026" is 11 March, though its English
    prose writes "from April 1" month first; a page in Fahrenheit keeps reading the prose's order."""
    from helpers.dates import parse_date

    page = "Bishkek +9°C | USD 87.45\nCity to ban trucks from April 1\n11/03/2026 16:20\n"
    assert str(parse_date("11/03/2026 16:20", page=page)) == "2026-03-11"
    assert str(parse_date("11/03/2026 16:20", page=page.replace("°C", "°F"))) == "2026-11-03"


def test_a_weekday_or_the_same_day_in_words_reads_an_ambiguous_date() -> None:
    """"Thursday, 05/03/2026" is 5 March (3 May 2026 was a Sunday), and so is the story's "05/03/2026 09:30" under
    that header bar; a story that writes "on March 12, 2026" in words reads "12/03/2026" as that day."""
    from helpers.dates import parse_date

    assert str(parse_date("Thursday, 05/03/2026")) == "2026-03-05"
    story = "The Prime Minister chaired the meeting in Ha Noi on March 12, 2026, officials said."
    assert str(parse_date("12/03/2026 16:05", context=story)) == "2026-03-12"
    page = "Thursday, 05/03/2026\nHealth ministry launches vaccination drive\n05/03/2026 09:30\n"
    assert str(parse_date("05/03/2026 09:30", page=page)) == "2026-03-05"
