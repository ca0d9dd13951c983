"""People found in the text itself (no list of names), merged under one name per person."""

from __future__ import annotations

import pandas as pd

from helpers.people import article_people, canonical_names, corpus_people, person_mentions, strip_titles


def test_names_with_titles_reporting_verbs_or_surnames_alone_are_people() -> None:
    text = ("UN Secretary-General Antonio Guterres said the deal was not enough. “We need more,” Guterres told "
            "reporters.\nCOP29 President Mukhtar Babayev hailed the agreement; Mr Babayev then left Baku.\n"
            "Simon Stiell, the UN climate chief, said it was a start. Stiell added more.\n"
            "Climate Change Minister Chris Bowen spoke next.")
    assert article_people(text) == {"Antonio Guterres": 2, "Mukhtar Babayev": 2, "Simon Stiell": 2, "Chris Bowen": 1}


def test_places_organisations_and_sentence_starts_are_not_people() -> None:
    text = ("The European Union and the United Nations welcomed it. On Monday, New York officials met in "
            "Saudi Arabia. But Moscow said no. The World Bank said it would lend more. Green Climate Fund "
            "officials agreed. Union Station was closed.")
    assert article_people(text) == {}


def test_a_name_without_evidence_is_not_counted() -> None:
    # No title, no reporting verb, surname never used alone: could be a street, a ship or a team.
    assert article_people("The Mary Rose sank off Portsmouth in 1545.") == {}


def test_surname_mentions_go_to_the_last_full_name_with_that_surname() -> None:
    text = ("Anna Smith, a teacher, said pay was too low. John Smith, her brother, said it was fine. "
            "Smith then walked out.")
    counts = article_people(text)
    assert counts == {"Anna Smith": 1, "John Smith": 2}


def test_a_surname_before_its_only_full_name_is_that_person() -> None:
    # a live blog's newest entry comes first: the full name is given further down, in an earlier entry
    # (only a person's full name: a storm's "Delia" above "Hurricane Delia" is not counted for it)
    text = ("Denholm, who came second, told supporters he would stand again. Delia weakened overnight.\n"
            "Craig Denholm, the Reform candidate, said he expected to do well.\n"
            "Hurricane Delia made landfall at dawn, forecasters said.")
    assert article_people(text) == {"Craig Denholm": 2, "Hurricane Delia": 1}


def test_family_name_first_and_known_given_names() -> None:
    # "Yang" alone is the family name of "Yang Meilin" (family name first); a known given name before a rare word is
    # a person with no other evidence; a company whose name opens with a given name is not ("Dairies" is "dairy").
    text = ("Tea grower Yang Meilin sells online. Yang returned home in 2020.\n"
            "Anders Holmqvist commended the Government.\nVale Dairies cut the price it pays. Vale has 40 farms.")
    assert article_people(text) == {"Yang Meilin": 2, "Anders Holmqvist": 1}


def test_possessives_and_lines_are_not_part_of_a_name() -> None:
    text = "Brazil's Luiz Inácio Lula da Silva said yes.\nMarina Silva\nHe left."
    assert strip_titles(["Brazil's", "Luiz", "Inácio"]) == (["Luiz", "Inácio"], False)
    counts = article_people(text)
    assert "Marina Silva He" not in counts
    assert counts["Luiz Inácio Lula da Silva"] == 1


def test_spellings_of_one_person_are_merged_under_the_most_used() -> None:
    totals = pd.Series({"Sergei Lavrov": 5, "Sergie Lavrov": 2, "Volodymyr Zelensky": 3, "Volodymyr Zelenskyy": 4,
                        "Anna Smith": 1, "John Smith": 1})
    mapping = canonical_names(totals)
    assert mapping["Sergie Lavrov"] == "Sergei Lavrov"
    assert mapping["Volodymyr Zelensky"] == "Volodymyr Zelenskyy"
    assert mapping["Anna Smith"] == "Anna Smith" and mapping["John Smith"] == "John Smith"


def test_corpus_people_is_one_row_per_article_and_person() -> None:
    corpus = pd.DataFrame({
        "doc_id": ["a", "b"], "outlet": ["X", "Y"], "label": ["X · a", "Y · b"], "headline": ["", ""],
        "text": ["Prime Minister Jane Doe said hello. Doe left.", "Minister Jane Doe spoke. Nobody else did."]})
    table = corpus_people(corpus)
    assert list(table.itertuples(index=False, name=None)) == [("a", "X", "X · a", "Jane Doe", 2),
                                                              ("b", "Y", "Y · b", "Jane Doe", 1)]
    assert corpus_people(corpus.assign(text=["no names here", "none"])).empty


def test_a_given_name_that_is_also_a_word_opens_a_name() -> None:
    """"Bill" and "Will" are everyday words and given names: first in a run they name a person ("Forecaster Bill
    Tanaka" was given with his descriptor, as "Bill Tanaka" was no name); "The Bill" and a bill's name stay none."""
    text = "Forecaster Bill Tanaka said the heat would last. Tanaka added more.\nThe Finance Bill passed."
    assert article_people(text) == {"Bill Tanaka": 2}


def test_a_double_surname_alone_and_given_names_alone_are_the_longer_name() -> None:
    from helpers.people import longer_forms

    names = {"Lucía Fernández Ortega", "Fernández Ortega", "João Pedro", "João Pedro Almeida Costa",
             "Almeida Costa", "Manuel Almeida Costa", "Tanzania Wang Lei", "Wang Lei"}
    assert longer_forms(names) == {"Fernández Ortega": "Lucía Fernández Ortega",
                                   "João Pedro": "João Pedro Almeida Costa"}  # father and son share "Almeida Costa"
    text = ("Lucía Fernández Ortega, the mayor of Alcalá, said the plan was late. Fernández Ortega added that "
            "the region had not paid its share.")
    assert set(article_people(text)) == {"Lucía Fernández Ortega"}


def test_places_and_plural_states_are_no_people() -> None:
    text = ("Mariana Ferreira came home from São Paulo four years ago.\n"
            "The agency funded cooperatives in Bahia and São Paulo states and would publish a list.\n"
            "Officials in Santa Cruz said the road was closed.\n")
    assert [name for _, _, name in person_mentions(text)] == ["Mariana Ferreira"]
    # "states" followed by "that" or a colon still reports speech
    assert [name for _, _, name in person_mentions("Ana Costa states that the plan works.")] == ["Ana Costa"]


def test_a_titles_country_before_the_name_is_no_part_of_it() -> None:
    text = "Lao Ambassador to China Bounthavy Sisouk noted that fruit exports had doubled.\n"
    assert [name for _, _, name in person_mentions(text)] == ["Bounthavy Sisouk"]
    # no title before the country: nothing says the words after it name a person
    assert person_mentions("Exports to China Khamla Phomvihane counted rose again.\n") == []


def test_a_bodys_last_word_is_never_a_surname() -> None:
    text = "Chief executive of the Coastal Lung Screening Trust, Matthew Gregson, said the results were good.\n"
    assert [name for _, _, name in person_mentions(text)] == ["Matthew Gregson"]


def test_an_acronym_description_followed_by_who_is_a_persons() -> None:
    text = "Hannah Price, a former GP who joined the party four years ago, took to the stage.\n"
    assert [name for _, _, name in person_mentions(text)] == ["Hannah Price"]
    assert person_mentions("Coastal Rescue Watch, an NGO who runs boats, was founded in 1990.\n") == []


def test_a_long_title_run_keeps_the_name_at_its_end() -> None:
    """Nine capitalised words on a line: a county office's whole title, then the name (a run cut at six words had
    left "Hughes" alone and lost the person)."""
    text = ("Maury County Emergency Management Director Darnell Hughes said the county opened a shelter. "
            "Hughes said about 40 people stayed there.")
    assert "Darnell Hughes" in {name for _, _, name in person_mentions(text)}


def test_letters_of_an_office_inside_a_run_stand_before_the_name() -> None:
    """"Tipperary TD Mairéad Fennelly": a constituency and a member's letters, then her name; "Kitengela Ward MCA
    Daniel Munyao" likewise (an acronym in capitals, not a word of the name)."""
    assert strip_titles(["Tipperary", "TD", "Mairéad", "Fennelly"]) == (["Mairéad", "Fennelly"], True)
    text = "Kitengela Ward MCA Daniel Munyao accused the utility of favouring some estates over others."
    assert [name for _, _, name in person_mentions(text)] == ["Daniel Munyao"]


def test_a_source_and_an_office_in_commas_say_a_name_is_a_person() -> None:
    """"According to Aisha Rahman, Head of Customer Care," and "Sarah Quinn, chief UK economist at ..." name people,
    though nothing else in the text does (no reporting verb after them, common surnames)."""
    text = "According to Aisha Rahman, Head of Customer Care, most customers can finish online."
    assert [name for _, _, name in person_mentions(text)] == ["Aisha Rahman"]
    text = "Sarah Quinn, chief UK economist at Lombard Street Analytics, emails: rates will stay put."
    assert [name for _, _, name in person_mentions(text)] == ["Sarah Quinn"]


def test_a_pronoun_opening_the_next_sentence_says_a_name_is_a_person() -> None:
    """A given name and a surname common in English text ("Ruiz"): "She" opening the next sentence, as her given
    name calls for, says it is a person; the wrong pronoun does not."""
    text = "On a grey Tuesday, Marisol Ruiz is lying face down on a gantry. She has been there for an hour."
    assert [name for _, _, name in person_mentions(text)] == ["Marisol Ruiz"]
    assert person_mentions(text.replace("She has", "He has")) == []


def test_a_possessive_after_in_and_an_arabic_article_opening_a_sentence_are_the_persons() -> None:
    """"in Rami al-Khatib's workshop" is his workshop, not a place list; "Al-Khatib, 58," opening a sentence is the
    same man, his article in capitals."""
    from helpers.people import person_mentions

    text = "The first thing you notice in Rami al-Khatib's workshop is the smell. Al-Khatib, 58, works in silence."
    assert [name for _, _, name in person_mentions(text)] == ["Rami al-Khatib", "Rami al-Khatib"]


def test_the_first_of_two_spanish_surnames_alone_is_the_person() -> None:
    from helpers.people import person_mentions

    text = ("Union president Rodrigo Fuentealba Quiroga told reporters the strike would go on. Later, Fuentealba said the "
            "union had offered a truce.")
    assert [name for _, _, name in person_mentions(text)] == ["Rodrigo Fuentealba Quiroga", "Rodrigo Fuentealba Quiroga"]
