"""Reports shaped like ACLED's own 2020 rows and the wire articles about them (December 2026, set I round):
a headline and its lead told as one story, tolls listed with commas, soldiers named as a passive's agent,
launchers and guided missiles, air support beside a ground operation, a crowd gathered to press a claim,
and a small foreign namesake among a report's own places. Texts written for these tests after real
2016–2025 incidents; the expected values follow ACLED's coding of them."""
from __future__ import annotations

import pytest

from sitrep.extraction.numbers import find_casualties
from tests.conftest import main_event

pytestmark = pytest.mark.slow


def test_the_leads_toll_fills_the_headlines_event(pipeline) -> None:
    ev = main_event(pipeline, "Affrontements meurtriers entre Pila-Pila et Peuls à Onklou\n"
                              "DJOUGOU - Quatre personnes ont perdu la vie vendredi 20 juillet dans des affrontements "
                              "intercommunautaires à Onklou, dans la commune de Djougou (Donga), selon des sources "
                              "locales.\nLes forces de l'ordre ont été déployées pour ramener le calme.", "fr",
                    published="2018-07-21")
    assert ev.fatalities == 4
    assert ev.location is not None and ev.location.country == "BJ"


def test_a_headlines_sit_in_and_its_leads_dispersal_are_one_protest(pipeline) -> None:
    ev = main_event(pipeline, "Kayes : sit-in du personnel de l'hôpital, les forces de l'ordre interviennent\n"
                              "KAYES - Une centaine d'agents de l'hôpital de Kayes ont observé un sit-in ce mardi pour "
                              "dénoncer le manque d'équipements de protection, avant d'être dispersés par les forces "
                              "de sécurité.", "fr", published="2020-04-29")
    assert ev.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(("text", "lang", "fatalities"), [
    ("Huit personnes, dont cinq écogardes, un militaire béninois et un instructeur français, ont été tuées mardi.",
     "fr", 8),
    ("The attack killed 2 soldiers, a policeman and a civilian.", "en", 4),
    ("Two soldiers, a policeman and a civilian were killed.", "en", 4),
    ("Deux soldats, un policier et un civil ont été tués.", "fr", 4),
    ("In Bama, 3 soldiers were killed.", "en", 3),
    ("لقي ما لا يقل عن عشرة أشخاص حتفهم، الأربعاء، في اشتباكات.", "ar", 10),
    ("أفاد مصدر أمني، السبت، بمقتل منتسب في الشرطة العراقية بنيران قناصين.", "ar", 1),
])
def test_tolls_listed_in_parts(text, lang, fatalities) -> None:
    assert find_casualties(text, lang, 0, len(text)).fatalities == fatalities


@pytest.mark.parametrize(("text", "lang", "actor1"), [
    ("Three civilians were killed by soldiers in Kidal.", "en", "Military Forces of Mali"),
    ("Three civilians were killed by Malian soldiers in Kidal.", "en", "Military Forces of Mali"),
    ("Trois civils ont été tués par des soldats à Kidal.", "fr", "Military Forces of Mali"),
])
def test_soldiers_named_as_the_agent_attacked(pipeline, text, lang, actor1) -> None:
    ev = main_event(pipeline, text, lang)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Attack", actor1, "Civilians (Mali)")


def test_teachers_who_were_demonstrating_when_dispersed(pipeline) -> None:
    ev = main_event(pipeline, "La police a fait usage de gaz lacrymogène samedi 24 août pour disperser des "
                              "enseignants qui manifestaient à Parakou, dans le département du Borgou.", "fr",
                    published="2019-08-25")
    assert (ev.sub_event_type, ev.modality) == ("Protest with intervention", "asserted")


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), [
    ("On 8 May 2020, the Ukrainian Forces fired grenade launchers and heavy machine guns at the positions of the "
     "Donbass People's Militia in the area of Vesele, Donetsk.", "Shelling/artillery/missile attack",
     "Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya"),
    ("On 8 May 2020, military forces of Armenia fired with unspecified weapons on the positions of the military "
     "forces of Azerbaijan located at Zamanly, Gadabay.", "Armed clash", "Military Forces of Armenia",
     "Military Forces of Azerbaijan"),
    ("On 6 May 2020, LNA forces shelled GNA positions in Al Hishah (Misrata). Ten GNA soldiers were reportedly "
     "killed.", "Shelling/artillery/missile attack", "Military Forces of Libya Haftar Faction",
     "Military Forces of Libya Government of National Accord"),
    ("On 4 May 2020, operation by Afghan military special forces, backed by airstrikes, killed 18 Taliban "
     "militants in Qalat district, Zabul.", "Armed clash", "Military Forces of Afghanistan", "Taliban"),
])
def test_weapons_and_sides_as_acled_codes_them(pipeline, text, sub, actor1, actor2) -> None:
    ev = main_event(pipeline, text, "en", published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (sub, actor1, actor2)


def test_a_remote_explosive_attack_is_an_ied(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, HBDH carried out a remote explosive attack targeting two storage "
                              "facilities in Akdeniz district of Mersin.", "en", published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Remote explosive/landmine/IED",
                                                   "HBDH: Peoples United Revolutionary Movement")


def test_what_an_atgm_destroyed_is_no_disruption(pipeline) -> None:
    ev = main_event(pipeline, "On 4 May 2020, opposition factions destroyed a regime bulldozer on the Jabal al-Zawiya "
                              "front in the southern countryside of Idleb using an ATGM.", "en", published="2020-05-09")
    assert ev.sub_event_type != "Disrupted weapons use"


def test_a_crowd_gathered_to_pressure_the_government_protests(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, a large group of people gathered in front of the Ministry of Finance "
                              "in Bangkok, Thailand, to file an appeal and to pressure the government.", "en",
                    published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Thailand)")


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("On 2 April 2025, a government soldier (SNA) shot and injured a tuktuk driver in Mahad-Allah area at the "
     "Aymiska neighborhood in Mogadishu - Yaqshid (Banadir).", "en", "SO"),
    ("Deux hommes ont été enlevés mercredi 6 mai par des rebelles ADF lors d'une incursion dans le village de "
     "Samboko, en territoire de Mambasa (Ituri), selon le Baromètre sécuritaire du Kivu.", "fr", "CD"),
])
def test_a_small_namesake_abroad_yields_to_the_reports_country(pipeline, text, lang, country) -> None:
    ev = main_event(pipeline, text, lang, published="2025-04-03")
    assert ev.location is not None and ev.location.country == country
