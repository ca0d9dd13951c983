"""load_corpus: columns, metadata, the manifest, and every kind of bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from helpers.config import SEEDS_DIR
from helpers.corpus import COLUMNS, CorpusError, CorpusWarning, load_corpus

ARTICLE = (
    "Kremlin rejects European peacekeeping plan\n"
    "Russia on Tuesday rejected a European plan to send peacekeeping troops to Ukraine, saying the deployment of "
    "forces from NATO countries would be unacceptable to Moscow under any flag.\n"
    "The foreign ministry said the proposal would only prolong the war and that Russia would consider such troops "
    "legitimate targets.\n"
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_seed_table_shape_and_types(seeds) -> None:
    assert list(seeds.columns) == list(COLUMNS)
    assert list(seeds["doc_id"]) == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    assert str(seeds["published"].dtype) == "datetime64[ns]"
    assert (seeds["language"] == "en").all()
    assert seeds["n_words"].gt(300).all()
    assert seeds.attrs["problems"] == []


def test_seed_metadata_from_manifest_and_text(seed) -> None:
    assert seed("004")["outlet"] == "LBC"
    assert seed("004")["published"] == pd.Timestamp("2025-02-18")
    assert seed("002")["outlet"] == "The Independent"
    assert seed("003")["published"] == pd.Timestamp("2026-01-08")
    assert seed("003")["date_basis"].startswith("inferred:")
    assert seed("000")["headline"] == ""  # manifest says unknown and the text has none


def test_without_manifest_metadata_is_inferred_from_text(tmp_path: Path) -> None:
    for path in SEEDS_DIR.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    corpus = load_corpus(tmp_path).set_index(pd.Index(["000", "001", "002", "003", "004"]))
    assert corpus.loc["004", "published"] == pd.Timestamp("2025-02-18")
    assert corpus.loc["004", "date_basis"] == "stated in text: timestamp line '18 February 2025, 15:54'"
    assert corpus.loc["004", "outlet"] == "LBC"  # from the presenter slot
    assert corpus.loc["002", "outlet"] == "The Independent"  # from the donation appeal
    assert corpus.loc["003", "outlet"] == "The Moscow Times"
    assert corpus.loc["000", "outlet"] == "unknown"
    assert pd.isna(corpus.loc["000", "published"]) and corpus.loc["000", "date_basis"] == "unknown"
    assert corpus.loc["003", "headline"] == "Russia Slams Ukrainian-European Plan for Peacekeeping Force"


def test_outlet_named_only_in_an_unknown_sites_appeal(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE + "Support The Daily Example!\nThe Daily Example needs your donation to keep "
          "reporting.\n")
    assert load_corpus(tmp_path)["outlet"].iloc[0] == "The Daily Example"


def test_outlet_of_a_government_pages_from_block(tmp_path: Path) -> None:
    """A government page names its publisher in a "From:" block, before the ministers who share it."""
    write(tmp_path, "a.txt", ARTICLE + "From:\nDepartment for Rural Affairs and Water and Nadia Rahman MP\n"
          "Published\n10 February 2025\n")
    assert load_corpus(tmp_path)["outlet"].iloc[0] == "Department for Rural Affairs and Water"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.txt", b"", "empty.txt: empty file; skipped"),
    ("blank.txt", b"  \n\n \r\n", "blank.txt: empty file; skipped"),
    ("binary.txt", bytes(range(256)) * 20, "binary.txt: binary file, not text; skipped"),
])
def test_unusable_files_are_skipped_with_one_line_warning(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, name, data)
    with pytest.warns(CorpusWarning) as record:
        corpus = load_corpus(tmp_path)
    assert [str(w.message) for w in record] == [message]
    assert list(corpus["doc_id"]) == ["good"]


def test_cp1252_file_is_decoded_with_warning(tmp_path: Path) -> None:
    write(tmp_path, "win.txt", ARTICLE.replace("Tuesday", "Tuesday – at 10:00 – ‘firmly’").encode("cp1252"))
    with pytest.warns(CorpusWarning, match=r"^win.txt: not valid UTF-8; decoded as cp1252$"):
        corpus = load_corpus(tmp_path)
    assert "Tuesday – at 10:00 – ‘firmly’" in corpus["text"].iloc[0]


def test_mojibake_is_repaired_with_ftfy(tmp_path: Path) -> None:
    broken = ARTICLE.replace("Russia on", "Russia’s ministry on").encode("utf-8").decode("cp1252").encode("utf-8")
    write(tmp_path, "moji.txt", broken)
    with pytest.warns(CorpusWarning, match="moji.txt: repaired mojibake"):
        corpus = load_corpus(tmp_path)
    assert "Russia’s ministry" in corpus["text"].iloc[0]
    assert "â€" not in corpus["text"].iloc[0]


def test_bom_and_crlf_are_handled_silently(tmp_path: Path) -> None:
    write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = load_corpus(tmp_path)
    row = corpus.iloc[0]
    assert row["headline"] == "Kremlin rejects European peacekeeping plan"
    assert "\r" not in row["text"] and "\ufeff" not in row["text"]
    assert row["text"].splitlines()[0].startswith("Russia on Tuesday")


def test_non_english_article_is_flagged_and_kept(tmp_path: Path) -> None:
    write(tmp_path, "en.txt", ARTICLE)
    write(tmp_path, "fr.txt", "La Russie rejette le plan européen\nLa Russie a rejeté mardi le plan européen d'envoyer "
          "des troupes de maintien de la paix en Ukraine, affirmant que le déploiement de forces des pays de l'OTAN "
          "serait inacceptable pour Moscou.\nLe ministère des affaires étrangères a déclaré que la proposition ne "
          "ferait que prolonger la guerre.\n")
    with pytest.warns(CorpusWarning, match="fr.txt: language detected as 'fr'"):
        corpus = load_corpus(tmp_path)
    assert dict(zip(corpus["doc_id"], corpus["language"], strict=False)) == {"en": "en", "fr": "fr"}
    assert corpus.set_index("doc_id").loc["fr", "n_words"] > 30


def test_manifest_row_for_missing_file_warns_and_rest_loads(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "sources.csv", "file,outlet,published\na.txt,Example Post,2025-02-18\nghost.txt,Nowhere,2025-01-01\n")
    with pytest.warns(CorpusWarning, match=r"sources.csv: names 'ghost.txt', which is not in the folder; row ignored"):
        corpus = load_corpus(tmp_path)
    assert list(corpus["outlet"]) == ["Example Post"]
    assert corpus["published"].iloc[0] == pd.Timestamp("2025-02-18")
    assert corpus["date_basis"].iloc[0] == "given in sources.csv"


def test_manifest_bad_date_warns(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "sources.csv", "file,published\na.txt,18/02/2025\n")
    with pytest.warns(CorpusWarning, match="a.txt: sources.csv date '18/02/2025' is not YYYY-MM-DD"):
        corpus = load_corpus(tmp_path)
    assert pd.isna(corpus["published"].iloc[0])


def test_folder_without_txt_files(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", "nothing here")
    with pytest.raises(CorpusError, match=r"no \.txt files in this folder"):
        load_corpus(tmp_path)


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such folder"):
        load_corpus(tmp_path / "missing")


def test_folder_of_only_bad_files(tmp_path: Path) -> None:
    write(tmp_path, "empty.txt", b"")
    with pytest.warns(CorpusWarning), pytest.raises(CorpusError, match=r"none of the 1 \.txt files"):
        load_corpus(tmp_path)


def test_warning_prints_as_one_line_outside_pytest(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "empty.txt", b"")
    code = f"import helpers; helpers.load_corpus({str(tmp_path)!r})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stderr == "CorpusWarning: empty.txt: empty file; skipped\n"


def test_parallel_load_matches_serial(tmp_path: Path) -> None:
    for k in range(12):
        write(tmp_path, f"{k:03d}.txt", ARTICLE.replace("Tuesday", f"day {k}"))
    serial = load_corpus(tmp_path, n_jobs=1)
    parallel = load_corpus(tmp_path, n_jobs=2)
    pd.testing.assert_frame_equal(serial, parallel)


def test_default_path_is_the_seeds_and_no_environment_variable_changes_it(monkeypatch: pytest.MonkeyPatch,
                                                                          tmp_path: Path) -> None:
    write(tmp_path, "only.txt", ARTICLE)
    monkeypatch.setenv("HELPERS_CORPUS", str(tmp_path))  # the old hand-off: the data flow is explicit now
    assert list(load_corpus()["doc_id"]) == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))


def test_an_all_capitals_outlet_is_printed_in_reading_case() -> None:
    from helpers.corpus import reading_case

    assert [reading_case(n) for n in ("DAILY CONFLUENCE", "THE AGE", "ABC NEWS", "WMVC 7", "BBC", "The Hindu")] == [
        "Daily Confluence", "The Age", "ABC News", "WMVC 7", "BBC", "The Hindu"]


def test_an_agency_credited_with_its_abbreviation() -> None:
    from helpers.corpus import infer_agency

    raw = "Headline\nThe central bank held its rates.\nSource: Vietnam News Agency (VNA)\n" + "Footer\n" * 30
    assert infer_agency(raw, "The central bank held its rates.") == "VNA"


@pytest.mark.parametrize(("line", "agency"), [
    ("This article was written with material from dpa.", "dpa"), ("By Tereza Holubová with ČTK", "ČTK"),
    ("Dirk Halvorsen, The Canadian Press", "CP"),
    ("This report by The Canadian Press was first published May 27, 2025.", "CP"),
])
def test_more_ways_copy_credits_an_agency(line: str, agency: str) -> None:
    from helpers.corpus import infer_agency

    raw = "Headline\n" + line + "\nThe council met on Tuesday.\n"
    assert infer_agency(raw, "The council met on Tuesday.") == agency


def test_an_acronym_published_by_its_owner_and_a_firm_with_an_ampersand_are_outlets() -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet([("legal", "NMJ is published by Northern Medical Journal Publishing Ltd, a subsidiary.")]) == \
        "Northern Medical Journal"
    assert infer_outlet([("legal", "© 2024 Ore & Ingot Media Ltd. All rights reserved.")]) == "Ore & Ingot"
    assert infer_outlet([("legal", "© 2025 Meridien 24 – Meridien Médias Monde")]) == "Meridien 24"
    assert infer_outlet([("byline", "By LIN YUTONG in Hefei | China Horizon Daily | Updated: 2025-06-09 07:26")]) == \
        "China Horizon Daily"


@pytest.mark.parametrize(("line", "agency"), [("Additional reporting by Reuters.", "Reuters"),
                                              ("By PA Reporter", "PA")])
def test_an_agency_credited_for_reporting_or_as_the_reporter(line: str, agency: str) -> None:
    from helpers.corpus import infer_agency

    raw = "Headline\n" + line + "\nThe council met on Tuesday.\n"
    assert infer_agency(raw, "The council met on Tuesday.") == agency


def test_a_footers_about_link_names_the_site_and_an_author_is_no_masthead() -> None:
    from helpers.corpus import infer_outlet

    removed = [("short_nonprose", "Tomasz Lewandowski"), ("widget", "Sign in"), ("byline", "Written by Tomasz Lewandowski"),
               ("related_links", "More from Tomasz Lewandowski"), ("short_nonprose", "Help"),
               ("short_nonprose", "About Penrow"), ("short_nonprose", "Careers")]
    assert infer_outlet(removed) == "Penrow"
    assert infer_outlet([("short_nonprose", "About us"), ("short_nonprose", "Contact")]) == ""


def test_a_button_is_no_masthead_and_a_republished_storys_publisher_ends_with_its_sentence() -> None:
    from helpers.corpus import infer_outlet

    removed = [("short_nonprose", "Join GMU"), ("short_nonprose", "General Makers Union"), ("widget", "Log in"),
               ("appeal", "Join GMU today"), ("short_nonprose", "General Makers Union, 12 Mill Road, Leeds"),
               ("legal", "© General Makers Union 2025.")]
    assert infer_outlet(removed) == "General Makers Union"
    assert infer_outlet([("source_link", "This story was originally published by Prairie Beacon. You may republish "
                                          "it for free.")]) == "Prairie Beacon"


def test_a_menu_item_that_a_teaser_opens_with_is_no_masthead() -> None:
    from helpers.corpus import infer_outlet

    menu = [("short_nonprose", item) for item in ("News", "Esports", "Valorant", "League of Legends", "Dota 2")]
    teaser = ("related_links", "Dota 2 patch 7.38b nerfs the carry meta — here’s what changed")
    assert infer_outlet([*menu, teaser]) == ""
    # a masthead the page names again as its publisher still is one
    masthead = [("short_nonprose", "Frag Courier"), *menu, ("newsletter", "Frag Courier newsletter: sign up"),
                ("related_links", "Frag Courier awards shortlist revealed")]
    assert infer_outlet([*masthead, teaser]) == "Frag Courier"


def test_a_parks_section_title_is_no_masthead_and_a_footers_bare_address_is_spelled_from_the_header() -> None:
    from helpers.corpus import infer_outlet

    removed = [("short_nonprose", "National Park Service"), ("short_nonprose", "Ridgeback Canyon National Park"),
               ("short_nonprose", "News Releases"), ("short_nonprose", "Ridgeback Canyon National Park News Releases"),
               ("short_nonprose", "Stay Connected"), ("short_nonprose", "NPS.gov | Accessibility | Privacy Policy")]
    assert infer_outlet(removed) == "National Park Service"


@pytest.mark.parametrize(("top", "footer", "outlet"), [
    ("Trail Pace Magazine", "© 2024 Trail Pace Media LLC. All rights reserved.", "Trail Pace Magazine"),
    ("Westmoor Fire and Rescue Service", "© 2025 Westmoor Fire and Rescue Authority", "Westmoor Fire and Rescue Service"),
    ("Menu", "© 2025 Westmoor Fire and Rescue Authority", "Westmoor Fire and Rescue Authority"),
])
def test_the_masthead_over_the_copyright_holders_shorter_or_legal_name(top: str, footer: str, outlet: str) -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet([("repeated", top), ("repeated", "Home"), ("legal", footer)]) == outlet


@pytest.mark.parametrize(("credit", "agency"), [
    ("The Associated Press contributed to this report.", "AP"),
    ("Agence France-Presse contributed reporting.", "AFP"),
])
def test_an_agency_that_contributed_to_the_report_is_credited(credit: str, agency: str) -> None:
    from helpers.corpus import infer_agency

    text = "Prices of lithium fell again on Tuesday, traders said.\nThe carmaker said its plans were unchanged."
    assert infer_agency(f"{text}\n{credit}\nMore stories\n", text) == agency


@pytest.mark.parametrize(("removed", "outlet"), [
    ([("legal", "© 2025. A registered 501(c)(3) nonprofit organization.")], ""),
    ([("widget", "Get Caroni Chronicle headlines on WhatsApp — tap to join")], "Caroni Chronicle"),
    ([("widget", "Download the Nistru Post app")], "Nistru Post"),
    ([("widget", "Follow Hannah Okafor on Telegram")], ""),
])
def test_an_outlet_from_a_channel_widget_and_never_from_a_copyright_sentence(removed: list, outlet: str) -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet(removed) == outlet


def test_a_menu_section_is_no_masthead_when_the_copyright_holder_is_named_twice() -> None:
    from helpers.corpus import infer_outlet

    removed = [("short_nonprose", "Racecards"), ("short_nonprose", "Grand National"), ("short_nonprose", "Tips"),
               ("teaser", "Grand National 2025 odds"), ("teaser", "Harbour Mist heads Grand National weights"),
               ("newsletter", "Sign up to The Going Stick's daily tips email"),
               ("legal", "Copyright © 2025 The Going Stick. All rights reserved.")]
    assert infer_outlet(removed) == "The Going Stick"
    # an owner's name twice ("X is published by ...") or a photo credit's agency leaves the masthead alone
    owned = [("short_nonprose", "PlayBiz Weekly"), ("newsletter", "Get the PlayBiz Weekly bulletin in your inbox"),
             ("legal", "PlayBiz Weekly is published by Tamberlane Trade Media Ltd, London."),
             ("legal", "© 2025 Tamberlane Trade Media Ltd. All rights reserved.")]
    assert infer_outlet(owned) == "PlayBiz Weekly"
    credited = [("short_nonprose", "UN News"), ("caption", "© IOM/Alessio Romenzi"),
                ("teaser", "Listen: IOM spokesperson briefs journalists"), ("widget", "Download the UN News app")]
    assert infer_outlet(credited) == "UN News"


def test_a_brand_published_by_its_owner_with_an_ampersand() -> None:
    from helpers.corpus import infer_outlet

    removed = [("short_nonprose", "Features"), ("legal", "Sherd & Stone is published by Fieldwalk Media Ltd."),
               ("legal", "© Fieldwalk Media Ltd 2025")]
    assert infer_outlet(removed) == "Sherd & Stone"


def test_a_national_agency_alone_under_the_story_is_credited() -> None:
    from helpers.corpus import infer_agency

    text = "The harvest was the largest in a decade, officials said.\nExports are expected to rise."
    assert infer_agency(f"{text}\nMoldpres\nMore stories\n", text) == "Moldpres"


def test_a_masthead_on_two_lines_is_read_whole() -> None:
    from helpers.corpus import infer_outlet

    removed = [("repeated", "LANTERNHILL"), ("repeated", "REVIEW OF BOOKS"), ("repeated", "Essays"),
               ("legal", "© 2025 Lanternhill Review of Books, Inc. A nonprofit.")]
    assert infer_outlet(removed) == "Lanternhill Review of Books"


def test_the_publication_named_in_prose_over_its_owner_companys_copyright() -> None:
    """A footer names the publication on its own line and the copyright names only the owner company ("Summit Metro
    Media, Inc."); the byline names the publication again: it is the outlet. A publication's own copyright (no company
    suffix) stays the outlet even when a section name in the footer is named in the text."""
    from helpers.corpus import infer_outlet

    text = ("By Dana Whitfield - Staff Reporter, Front Range Business Journal\n"
            "Retail rents in Lakewood rose for the third quarter running, brokers said.")
    removed = [("byline", "By Dana Whitfield - Staff Reporter, Front Range Business Journal"),
               ("short_nonprose", "Front Range Business Journal"), ("short_nonprose", "Staff Reporter"),
               ("legal", "© 2025 Summit Metro Media, Inc. All rights reserved.")]
    assert infer_outlet(removed, text) == "Front Range Business Journal"
    own = [("short_nonprose", "Arts & Culture"), ("short_nonprose", "More Arts & Culture"),
           ("legal", "© 2025 Allegheny Monthly. All rights reserved.")]
    assert infer_outlet(own, "Arts & Culture funding in Pittsburgh fell, the council said.") == "Allegheny Monthly"


@pytest.mark.parametrize(("last_lines", "agency"), [
    ("The council did not comment.\nReuters contributed reporting from Paris.\nShare this", "Reuters"),
    ("The council did not comment.\nThis article was written with material from dpa.\nEdited by: Rina Goldmann", "dpa"),
    ("The council did not comment.\nWriter: AFP", "AFP"),
    ("The council did not comment.\nSource: STT", "STT"),
    ("The council did not comment.\nEdited by: Rina Goldmann", ""),
])
def test_agency_credits_at_the_foot_of_the_story(last_lines: str, agency: str) -> None:
    """A contribution or source credit among the story's last lines names the agency ("Reuters contributed reporting
    from Paris.", an editor's line under "... with material from dpa."); an editor's name alone names none."""
    from helpers.corpus import infer_agency

    text = "Councillors voted on Tuesday to extend the ban.\n" + last_lines
    assert infer_agency(text, text) == agency


@pytest.mark.parametrize(("line", "agency"), [
    ("San Sebastián, 11 Mar (EFE).- San Sebastián city council on Tuesday approved the ban.", "EFE"),
    ("Ljubljana, 14 March (STA) – Ljubljana city council on Wednesday approved a trial.", "STA"),
])
def test_a_wire_dateline_with_the_day_first_and_accented_city(line: str, agency: str) -> None:
    from helpers.corpus import infer_agency

    assert infer_agency(line, line) == agency


def test_a_footers_copyright_notices_link_names_no_outlet() -> None:
    from helpers.corpus import infer_outlet

    removed = [("widget", "Sign In"), ("short_nonprose", "Departments"), ("legal", "Copyright Notices"),
               ("legal", "Privacy Policy")]
    assert infer_outlet(removed) == ""


def test_the_holder_alone_atop_the_page_is_the_site_not_a_menu_section_that_extends_it() -> None:
    from helpers.corpus import infer_outlet

    removed = [("short_nonprose", "Skip to content"), ("short_nonprose", "Lumen"), ("short_nonprose", "News"),
               ("short_nonprose", "Lumen Sport"), ("short_nonprose", "Lumen Travel"),
               ("legal", "Copyright © 2026 Lumen Media Inc. All rights reserved.")]
    assert infer_outlet(removed) == "Lumen"


def test_a_brand_whose_logo_opens_and_closes_the_page_over_its_owners_copyright() -> None:
    from helpers.corpus import infer_outlet

    removed = [("widget", "Skip to main content"), ("short_nonprose", "Lake City 5 News"), ("short_nonprose", "Local"),
               ("short_nonprose", "Weather"), ("related_links", "Watch Lake City 5 News at 11"),
               ("short_nonprose", "Local"), ("short_nonprose", "Lake City 5 News"),
               ("legal", "© 2026 Tidewater Broadcast Media Inc. All Rights Reserved.")]
    assert infer_outlet(removed) == "Lake City 5 News"
    # a menu item the footer repeats, named by no other line, does not replace the owner's name
    menu = [line for line in removed if "Watch" not in line[1]]
    assert infer_outlet(menu) == "Tidewater Broadcast"


def test_the_associated_press_spelled_with_its_article_is_ap() -> None:
    from helpers.corpus import AGENCIES

    assert AGENCIES["the associated press"] == "AP"


@pytest.mark.parametrize(("line", "agency"), [("(With inputs from PTI)", "PTI"),
                                              ("By AFP - Mar 03,2026 - Last updated at Mar 03,2026", "AFP")])
def test_an_agency_credited_with_inputs_or_in_a_dated_byline(line: str, agency: str) -> None:
    from helpers.corpus import infer_agency

    raw = "Headline\n" + line + "\nThe council met on Tuesday.\n"
    assert infer_agency(raw, "The council met on Tuesday.") == agency


@pytest.mark.parametrize(("top", "footer", "outlet"), [
    ("Donau Kurier", "© 2026 Donau Kurier Medien GmbH, Ringstraße 4, 1010 Wien", "Donau Kurier"),  # German "Medien"
    ("Jornal Serrano", "Copyright Jornal Serrano. All rights reserved.", "Jornal Serrano"),  # rare words, a newspaper
    ("Fenland Clarion", "© 2026 Fenland Clarion. Website by County Press Digital.", "Fenland Clarion"),  # the logo's
])
def test_a_publisher_of_rare_or_foreign_words_is_no_person(top: str, footer: str, outlet: str) -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet([("repeated", top), ("repeated", "Home"), ("legal", footer)]) == outlet


def test_a_persons_own_copyright_under_her_name_atop_the_page_is_still_no_outlet() -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet([("byline", "Hannah Okafor"), ("repeated", "Home"), ("legal", "© 2026 Hannah Okafor")]) == ""


def test_an_institutions_name_opening_and_closing_the_page_is_the_outlet() -> None:
    from helpers.corpus import infer_outlet

    name = "Secretaría de Comunicación de la Provincia de Salta"
    removed = [("repeated", name), ("repeated", "Home"), ("repeated", "News"), ("widget", "Home > News > Health"),
               ("social", "Follow us"), ("repeated", name), ("repeated", "Av. Belgrano 1349 - Salta")]
    assert infer_outlet(removed) == name
    # a menu's two words at both ends are no name; a name the footer never repeats is not taken either
    assert infer_outlet([("repeated", "Contact Us"), ("repeated", "News"), ("repeated", "Contact Us")]) == ""
    assert infer_outlet([("repeated", name), ("repeated", "News"), ("repeated", "Contact Us")]) == ""


def test_a_sites_name_over_its_broadcasting_network_and_never_a_privacy_policy_link() -> None:
    from helpers.corpus import infer_outlet

    removed = [("repeated", "Kalye Balita"), ("repeated", "News"), ("repeated", "Privacy Policy"),
               ("legal", "Copyright © 2026 Kalye Balita Broadcasting Network, Inc. All rights reserved."),
               ("legal", "This site uses cookies. By continuing to use the site, you agree to our Privacy Policy.")]
    assert infer_outlet(removed, "Prices rose again this week.") == "Kalye Balita"
    # with no name atop the page, the owner's name, never the policy page the cookie notice names
    assert infer_outlet(removed[1:], "Prices rose again this week.") == "Kalye Balita Broadcasting Network"


def test_an_institutions_name_under_a_language_switcher_is_the_outlet() -> None:
    from helpers.corpus import infer_outlet

    name = "Information Office of the Harbour District"
    removed = [("repeated", "中文 | Português | English"), ("repeated", name), ("repeated", "News"),
               ("repeated", "Related News"), ("repeated", name), ("repeated", "Tel: (853) 2833 2886")]
    assert infer_outlet(removed) == name


def test_a_stations_frequency_is_part_of_its_name_and_a_sections_teaser_label_names_no_site() -> None:
    from helpers.corpus import infer_outlet

    assert infer_outlet([("repeated", "Home"), ("legal", "© 2026 Kaya Talk 98.2 (Pty) Ltd. 31 Jan Smuts Avenue")]) == \
        "Kaya Talk 98.2"
    removed = [("repeated", "Home"), ("repeated", "Local"), ("repeated", "Expat Corner"), ("repeated", "Sport"),
               ("related_links", "Expat Corner: How to renew your civil ID online")]
    assert infer_outlet(removed) == ""
