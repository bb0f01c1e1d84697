"""ACLED's crowd-size tag ("[size=no report]", "[size=at least 6]") closes the notes of crowd events: 829 of 838
such notes in four 2020 samples are protests or riots. The tag settles what the words leave open (a "clash"
between two groups of villagers is a brawl, not a battle); whether the crowd demonstrated or only rioted is told
by its words. Texts written for these tests after real 2020 notes; the expected values follow ACLED's coding of
such rows."""
from __future__ import annotations

import pytest

from sitrep.extraction.crowd_notes import crowd_note_type
from sitrep.extraction.triggers import Hit
from tests.conftest import main_event


def _hit(label: str) -> Hit:
    return Hit(0, 1, "x", label, 1.0, "cue", 0, 1)


@pytest.mark.parametrize(("text", "labels", "expected"), [
    ("rioters set a bank on fire after learning that the accounts were frozen.", ["@fire"], "Mob violence"),
    ("residents burned tires to reject constant power cuts.", ["@fire"], "Violent demonstration"),
    ("villagers demonstrated and threw stones at the response centre.", ["@riot"], "Violent demonstration"),
    ("workers gathered in front of the factory.", [], "Peaceful protest"),
    ("police dispersed the workers who gathered.", ["@intervene"], "Protest with intervention"),
])
def test_the_crowd_s_words_tell_its_type(text, labels, expected) -> None:
    assert crowd_note_type(text, [_hit(x) for x in labels]) == expected


@pytest.mark.slow
def test_two_groups_that_clash_in_a_tagged_note_are_a_mob(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, a clash took place between two groups of Shaikh community in Kot Diji "
                              "town (Khairpur, Sindh), over ownership of agricultural lands, both the groups attacked "
                              "each other with axes and stones, injuring 6 people. [size=at least 6]",
                    published="2020-04-30")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Mob violence", "Rioters (Pakistan)", "Rioters (Pakistan)")


@pytest.mark.slow
def test_a_mob_that_stones_the_police_without_demonstrating(pipeline) -> None:
    ev = main_event(pipeline, "On 3 May 2020, a group of 10 youths attacked and assaulted a police patrol team injuring "
                              "one officer at Tezpur (Sonitpur district, Assam) while the latter was enforcing lockdown "
                              "in the area. Police later arrested three youths in this connection. [size=10]",
                    published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Mob violence", "Rioters (India)", "Police Forces of India")


@pytest.mark.slow
def test_rioters_who_burn_a_bank_are_a_mob(pipeline) -> None:
    ev = main_event(pipeline, "On 9 May 2020, rioters set a bank on fire, in Jericho city, after learning that the "
                              "political prisoners bank accounts were all frozen. [size=no report]", published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (Palestine)")


@pytest.mark.slow
def test_the_same_words_without_the_tag_stay_as_read(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, a clash took place between two armed groups in Kot Diji town "
                              "(Khairpur, Sindh), injuring 6 people.", published="2020-04-30")
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.slow
def test_a_grenade_a_rioter_threw_keeps_its_weapon(pipeline) -> None:
    ev = main_event(pipeline, "On 28 April 2020, an unknown rioter hurled a hand grenade at the Madares street in "
                              "Tripoli. No injuries were reported. This is likely related to recent demonstrations "
                              "against economic conditions. [size=no report]", published="2020-04-28")
    assert ev.sub_event_type == "Grenade"


@pytest.mark.slow
def test_a_tagged_note_with_no_event_word_is_its_crowd_s_protest(pipeline) -> None:
    ev = main_event(pipeline, "On 5 May 2020, in Monclova, Coahuila, workers of a construction company demanded the "
                              "payments of their salaries. [size=no report]", published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor1.text) == ("Peaceful protest", "Protesters (Mexico)", "workers")


@pytest.mark.slow
def test_a_tagged_note_whose_crowd_burned_tyres_is_a_violent_demonstration(pipeline) -> None:
    ev = main_event(pipeline, "On 9 May 2020, dozens of residents closed road 40 by burning rubber tires in Ain "
                              "Oussara (Djelfa), denouncing their lack of access to drinkable water. [size=dozens]",
                    published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Algeria)")


@pytest.mark.slow
def test_unnamed_assailants_in_a_tagged_note_are_a_mob(pipeline) -> None:
    ev = main_event(pipeline, "On 3 May 2020, a group of assailants backed by BJP attacked and assaulted Congress "
                              "workers, injuring three of them, at Ranir Bazar (West Tripura district, Tripura). "
                              "[size=no report]", published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (India)")


@pytest.mark.slow
def test_a_lone_assailant_is_no_mob(pipeline) -> None:
    ev = main_event(pipeline, "On 29 April 2020, in Yurecuaro, Michoacan, a man attacked and injured a female nurse, "
                              "accusing her of infecting people with coronavirus. [size=1]", published="2020-04-29")
    assert ev.sub_event_type == "Attack"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub", "actor2"), [
    ("On 8 May 2020, police dispersed about 180 migrant laborers on Aji River bridge in Rajkot city (Rajkot, "
     "Gujarat), who demanded to go home during the coronavirus lockdown. [size=about 180]",
     "Protest with intervention", "Police Forces of India"),
    ("On 8 May 2020, a mob clashed with the police and pelted stones at them in Deoband (Saharanpur, Uttar Pradesh) "
     "over implementation of the coronavirus lockdown. 4 injured. [size=at least 4]", "Mob violence",
     "Police Forces of India"),
    ("On 9 May 2020, rioters set a bank on fire, in Jericho city, after learning that the political prisoners bank "
     "accounts were all frozen. [size=no report]", "Mob violence", "Civilians (Palestine)"),
    ("On 8 May 2020, two mobs clashed with each other in Saharanpur (Uttar Pradesh) over a property dispute. 1 "
     "killed, 7 injured. [size=at least 7]", "Mob violence", "Rioters (India)"),
])
def test_the_other_side_of_a_crowd_event(pipeline, text, sub, actor2) -> None:
    ev = main_event(pipeline, text, published="2020-05-09")
    assert (ev.sub_event_type, ev.actor2.name) == (sub, actor2)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Around 6 May 2020, in Cunco (Araucania), firefighters protested against cuts from the national budget for fire "
    "companies. The group staged a peaceful protest. [size=no report]",
    "On 30 April 2020, residents held a protest demonstration in Tando Jam town (Hyderabad, Sindh), for the "
    "replacement of a burnt transformer. [size=no report]",
])
def test_fire_in_a_protest_s_demand_or_its_crowd_s_trade_is_no_violence(pipeline, text) -> None:
    assert main_event(pipeline, text, published="2020-05-06").sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_firefight_is_still_a_battle(pipeline) -> None:
    ev = main_event(pipeline, "On 8 May 2020, a firefight broke out between soldiers and NPA rebels in Mapanas, "
                              "Northern Samar.", published="2020-05-08")
    assert ev.sub_event_type == "Armed clash"
