"""ACLED's Ethiopia notes (2018-2019), the rows of a set kept for reading (the later rows of the same export are kept
aside, unread): the country's peoples' militias by ACLED's names ("fight between Oromo and Afar militias", "Somali
ethnic militia" in East Hararghe, "Oromo and Gedeo fighters"); the Liyu Police are the state's police; the zones of
Ethiopia as places ("Horo Guduru welega zone"), and the subject an ACLED note writes after its place ("In Mirab welega
zone, Gimbi town, unidentified armed group carried out attack"); a toll "spread over two events" or "over 3 days" is
shared out; pistols seized or found on a police commander are weapons seized, "OLF combatants" arrested an arrest,
and "The victim later died of his injuries" one death. The notes are ACLED's own words, from the export stored in
SomaliConflictAnalysis/HOA-DataVisualization (Data/1900-01-01-2020-01-16-Ethiopia.csv)."""
import pytest

from sitrep.extraction.numbers import find_casualties
from tests.conftest import top_event as _main


@pytest.mark.parametrize(("note", "published", "sub", "actor1", "actor2", "fatalities"), [
    # ETH5088
    ("01 January: Five killed in the continued fight between Oromo and Afar militias in Oromia zone, Amhara region.",
     "2019-01-01", "Armed clash", "Oromo Ethnic Militia (Ethiopia)", "Afar Ethnic Militia (Ethiopia)", 5),
    # ETH5089
    ("01 January: In east Hararge zone, Chinaksen woreda, Somali ethnic militia attacked Oromo community. 4 killed and 10 "
     "wounded in the attack", "2019-01-01", "Attack", "Somali Ethnic Militia (Ethiopia)", "Civilians (Ethiopia)", 4),
    # ETH4753
    ("On August 10th, clashes between Oromo and Gedeo fighters occurred at an unspecified location in West Guji zone "
     "(coordinates for zonal capital of Negele used). The clashes were reported to have displaced many Oromo civilians.",
     "2018-08-10", "Armed clash", "Oromo Ethnic Militia (Ethiopia)", "Gedeo Ethnic Militia (Ethiopia)", 0),
    # ETH4744
    ("On August 10th, Liyu Police paramilitaries attacked Oromo civilians in Meyumuluke woreda (East Harerge zone), "
     "killing two civilians and wounding three others.", "2018-08-10", "Attack", "Police Forces of Ethiopia Liyu Police",
     "Civilians (Ethiopia)", 2),
])
def test_ethiopias_militias_and_police_by_acleds_names(note, published, sub, actor1, actor2, fatalities):
    ev = _main(note, published=published)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (sub, actor1, actor2)
    assert ev.fatalities == fatalities
    assert ev.location.country == "ET"


def test_a_zone_of_ethiopia_is_a_place_and_the_subject_follows_the_place():
    # ETH5082: "Horo Guduru" is a person's name to the tagger
    ev = _main("28 December: In Horo Guduru welega zone, two members of federal police were killed when unidentified "
               "armed group attacked them on the way to Fincha town.", published="2018-12-28")
    assert (ev.location.country, ev.location.admin1) == ("ET", "Oromia")
    assert (ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Unidentified Armed Group (Ethiopia)", "Police Forces of Ethiopia", 2)
    # ETH5071: the note's place before its subject is no author
    ev = _main("24-25 December: In Mirab welega zone, Gimbi town, unidentified armed group carried out attack for two "
               "days. Two young men were killed. Fatalities spread over two days.", published="2018-12-25")
    assert ev.sub_event_type == "Attack"
    assert (ev.actor1.name, ev.actor1.text) == ("Unidentified Armed Group (Ethiopia)", "unidentified armed group")
    assert ev.fatalities == 1  # (two dead over two days: a row a day)


def test_a_toll_spread_over_events_or_days_is_shared_out():
    # ETH5078
    ev = _main("26 December:In Afar region, 18 people were killed between 25th and 26th of december in the fight between "
               "Afar and Issa armed groups. Exact location unknown. Fatalities spread over two events.",
               published="2018-12-26")
    assert ev.fatalities == 9
    # ETH5100
    ev = _main("8-10 January: At least 6 killed in a fight between South Sudanese refugees from the Gatjaak and Gatjiok "
               "sections of the Nuer community at a refugee camp in Gambely city, Gambella region. Fatalities spread over "
               "3 days of fighting. 16 arrested. No mention of arms used.", published="2019-01-10")
    assert ev.fatalities == 2


@pytest.mark.parametrize(("note", "published", "sub"), [
    # ETH5080: no town was taken
    ("27 December: 4400 illegal pistols were seized near Addis Ababa city.", "2018-12-27", "Disrupted weapons use"),
    # ETH5087
    ("01 January: Bahir Dar city police commander was caught with 498 illegal pistols at his residence.", "2019-01-01",
     "Disrupted weapons use"),
    # ETH5106: "combatants" are the men, not a fight
    ("16 January: In Benishangul Gumuz region, Adjacent to west Oromo region, 800 OLF combatants were arrested. Exact "
     "location unknown", "2019-01-16", "Arrests"),
])
def test_weapons_seized_and_fighters_arrested(note, published, sub):
    ev = _main(note, published=published)
    assert ev.sub_event_type == sub


def test_the_victim_who_later_died_is_one_death():
    # ETH4757 (the lynching's own reading is still wrong: the rally it was rumoured to target makes it a riot)
    note = ("On August 12th, a lynch-mob attacked a civilian and allegedly set him on fire, before torching his vehicle, "
            "following false rumours that he was planning to bomb a large rally in Shashamane (West Arsi zone) where "
            "known activist Jawar Mohammad was speaking at. The victim later died of his injuries. Several suspects have "
            "been arrested.")
    toll = find_casualties(note, "en")
    assert toll.fatalities == 1
    assert toll.fatalities_text.text == "victim later died"
    # (victims in the plural are not counted one)
    assert find_casualties("The victims later died of their injuries.", "en").fatalities is None


def test_a_clash_between_a_group_and_a_community_and_people_taken_away():
    # ETH5084: "between OLF and Amaro community" hangs the group on the community's noun
    ev = _main("28 December: 4 people died in the clash between OLF and Amaro community after OLF attacked them in Amaro "
               "woreda.", published="2018-12-28")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Armed clash", "OLF: Oromo Liberation Front", 4)
    # ETH5108: people "taken away" are abducted, no ground taken
    ev = _main("18 January: In Ethiopian Somali region, Sitti zone, 4 civilians killed and two taken away by Afar region "
               "liyu police", published="2019-01-18")
    # (Afar's regional special police, which ACLED's row names "Police Forces of Ethiopia (2018-) Afar Special Forces",
    # not the Somali region's Liyu Police)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Attack", "Police Forces of Ethiopia Afar Special Forces", "Civilians (Ethiopia)", 4)
