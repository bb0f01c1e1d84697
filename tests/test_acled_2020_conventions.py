"""ACLED conventions read from a fresh sample of its 2020 notes (December 2026): a crowd that tries to force its
way in or sets fire riots, an armed group handing out food changes its activity, and the bodies found are the
toll. Texts written for these tests after such notes."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


def _events(pipeline, text, lang="en", published="2024-06-01"):
    from sitrep import Document

    return pipeline.process(Document(id="t", text=text, lang=lang, published=published)).events


@pytest.mark.parametrize("text", [
    "On 3 June 2024, dozens of residents demonstrated outside the district office in Kasese over food aid. Some of "
    "them tried to enter the building by force.",
    "On 3 June 2024, traders staged a demonstration in front of the town hall of Bouake and attempted to force "
    "their way into the mayor's office.",
    "On 3 June 2024, demonstrators gathered outside the house of a minister in Tripoli. When they started to storm "
    "the house, soldiers fired shots into the air.",
    "On 3 June 2024, inmates of the Chimbas prison demonstrated setting fire to mattresses to demand their release.",
])
def test_a_crowd_that_forces_its_way_in_or_sets_fire_riots(pipeline, text) -> None:
    ev = main_event(pipeline, text)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Rioters")


def test_the_verb_storm_is_no_weather(pipeline) -> None:
    ev = main_event(pipeline, "On 3 June 2024, gunmen tried to storm a military base in Kidal, wounding two soldiers.")
    assert ev.event_type == "Battles"


def test_an_armed_group_handing_out_food_changes_its_activity(pipeline) -> None:
    ev = main_event(pipeline, "Around 3 June 2024 (as reported), in Apatzingan, Michoacan, members of the CJNG "
                              "delivered food packages to families during the lockdown.")
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1 is not None and ev.actor1.name.startswith("CJNG")


def test_a_government_handing_out_food_is_no_event(pipeline) -> None:
    assert not _events(pipeline, "The government distributed food packages to 2,000 families in Lagos on Monday.")


@pytest.mark.parametrize(("text", "toll"), [
    ("On 3 June 2024, French forces conducted airstrikes on ISGS positions near Menaka. Five corpses of suspected "
     "militants were reportedly discovered the following day.", 5),
    ("On 3 June 2024, soldiers clashed with JNIM militants near Diafarabe. Three bodies of militants were found after "
     "the fighting.", 3),
])
def test_the_bodies_found_are_the_toll(pipeline, text, toll) -> None:
    assert main_event(pipeline, text).fatalities == toll


@pytest.mark.parametrize(("text", "actor2"), [
    # the forces an armed deed struck, named after the event word where the parse found no one hit
    ("On 3 June 2024, IS snipers targeted and wounded two policemen in Jalawla, Diyala province.",
     "Police Forces of Iraq"),
    ("On 3 June 2024, Al Shabaab militants hurled a hand grenade at a Govt troop (assumed police) position in "
     "Mogadishu-Bondhere district (Bondhere, Banadir).", "Police Forces of Somalia"),
    ("On 3 June 2024, Boko Haram/IS claimed to have launched shelling attacks on positions of Nigerian Armed Forces "
     "in Monguno (Monguno, Borno).", "Military Forces of Nigeria"),
    # Kashmir's groups by their acronyms (not "HM" as Heard Island's country code)
    ("On 3 June 2024, security forces encountered HM militants in Shopian (Shopian, J&K), killing two.",
     "HM: Hizb-ul-Mujahideen"),
])
def test_the_forces_or_group_struck_are_actor2(pipeline, text, actor2) -> None:
    ev = main_event(pipeline, text)
    assert ev.actor2 is not None and ev.actor2.name == actor2


def test_a_source_is_not_the_side_struck(pipeline) -> None:
    ev = main_event(pipeline, "A roadside bomb exploded in Kano on Monday, killing 3 people, police said.")
    assert ev.actor2 is not None and ev.actor2.name == "Civilians (Nigeria)"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # forces that fire on or beat an unarmed person attack a civilian (a driver, a journalist)
    ("On 3 June 2024, a police officer shot at a bus driver in Benin City (Oredo LGA, Edo) who did not stop at a "
     "checkpoint. A passenger was hit and injured.", "Police Forces of Nigeria", "Civilians (Nigeria)"),
    # (coordinated verbs share their object; prison guards are the police's, in the event's country)
    ("On 3 June 2024, prison guards beat up and injured a journalist in the MACA prison of Abidjan.",
     "Police Forces of Ivory Coast Prison Guards", "Civilians (Ivory Coast)"),
])
def test_forces_that_hurt_an_unarmed_person_attack_a_civilian(pipeline, text, actor1, actor2) -> None:
    ev = main_event(pipeline, text)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Attack", actor1, actor2)


def test_prisoners_exchanged_are_no_side(pipeline) -> None:
    ev = main_event(pipeline, "On 3 June 2024, GNA and LNA forces exchanged prisoners near Bani Walid. LNA forces "
                              "released a GNA soldier in exchange of two captured soldiers.")
    assert ev.sub_event_type == "Agreement"
    assert ev.actor2 is not None and not ev.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(("text", "sub", "actor2"), [
    # the same in French: a driver fired on is a civilian, a crowd that tries to storm a building riots
    ("Le 3 juin 2024, des soldats ont ouvert le feu sur un chauffeur de moto-taxi à Bangui, le blessant grièvement.",
     "Attack", "Civilians (Central African Republic)"),
    ("Le 3 juin 2024, des manifestants ont tenté de prendre d'assaut le siège du gouvernorat à Kasserine, incendiant "
     "des pneus.", "Violent demonstration", None),
])
def test_french_drivers_and_storming_crowds(pipeline, text, sub, actor2) -> None:
    ev = main_event(pipeline, text, lang="fr")
    assert ev.sub_event_type == sub
    assert (ev.actor2.name if ev.actor2 is not None else None) == actor2


def test_where_the_crowd_gathered_is_no_part_of_its_grievance(pipeline) -> None:
    # the crowd's own verb ends what it demonstrates against; the square it gathered in is the event's place, and
    # a hospital named after a foreign town is no town abroad
    ev = main_event(pipeline, "On 1 May 2020, protesters demonstrating against dire economic and living conditions "
                              "gathered at the al Nour square in Tripoli and set out on a march through the city. "
                              "Protesters passed by the Tabbaneh area and the al Manda Hospital.")
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Tripoli", "LB")
    assert ev.actor1 is not None and ev.actor1.name == "Protesters (Lebanon)"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("On 4 May 2020, dozens of graduates protested in Nassriya city demanding monthly salaries.", "Nasiriyah", "IQ"),
    ("On 8 May 2020, Global Coalition forces brought military reinforcements to their base in Shadadah.",
     "Ash Shaddādah", "SY"),
])
def test_notes_spellings_of_towns(pipeline, text, name, country) -> None:
    ev = main_event(pipeline, text)
    assert ev.location is not None and (ev.location.name, ev.location.country) == (name, country)


@pytest.mark.parametrize("text", [
    # a monitor's small-arms fire near the place a shelling hit, told right after it: one exchange of fire
    "On 7 June 2020, the NAF rebel forces fired 120mm and 82mm mortars at the governmental positions near Krymske, "
    "Luhansk. The OSCE SMM observed a total of 7 shots involving small arms near Krymske.",
    "On 7 June 2020, the Ukrainian Forces fired 82mm mortars at the positions of the Luhansk People's Militia near "
    "Zolote-5, Luhansk. The OSCE SMM observed a total of 18 explosions in both directions of the frontline near "
    "Zolote-5.",
])
def test_shelling_met_by_small_arms_near_it_is_a_clash(pipeline, text) -> None:
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Militants fired mortars near Maiduguri on Monday, the police said.",
    "Militants fired mortars near Maiduguri on Monday, according to the police.",
])
def test_the_force_that_reports_a_strike_is_not_its_target(pipeline, text) -> None:
    ev = main_event(pipeline, text)
    assert ev.actor2 is None or not ev.actor2.name.startswith("Police Forces")
