"""Weapons that make the kind of a strike, tolls told vaguely around a group's name, who repelled an attack,
and attempts that happened (December 2026, second test-set round). Texts written for these tests after
real 2023–2025 incidents."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


def _main_event(pipeline, text, lang="en", published="2024-06-02"):
    return main_event(pipeline, text, lang, published)


@pytest.mark.parametrize(("text", "sub"), [
    # a named missile system, or aircraft, used in the attack make its kind
    ("On 31 May 2024, Russian forces struck a residential building in Kharkiv (Kharkivskyi, Kharkiv) with an "
     "Iskander missile, killing 4 civilians.", "Shelling/artillery/missile attack"),
    ("On 1 June 2024, Israeli aircraft struck a school sheltering displaced families in Nuseirat (Deir al-Balah, "
     "Gaza Strip), killing 12 people.", "Air/drone strike"),
])
def test_the_weapon_used_makes_the_kind_of_strike(pipeline, text, sub) -> None:
    ev = _main_event(pipeline, text)
    assert ev.sub_event_type == sub
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")


def test_a_memorial_in_the_sentence_does_not_make_a_dated_strike_history(pipeline) -> None:
    ev = _main_event(pipeline, "On 1 June 2024, a Russian missile struck a cafe in Hroza (Kupianskyi, Kharkiv) during a "
                               "memorial gathering for a fallen soldier, killing 50 civilians.")
    assert ev.modality == "asserted"
    assert ev.fatalities == 50


def test_dozens_of_a_groups_fighters_is_acleds_twelve(pipeline) -> None:
    ev = _main_event(pipeline, "On 30 May 2024, the army regained control of the town of Sake (Masisi, Nord-Kivu) after "
                               "heavy fighting with M23 rebels. Dozens of M23 fighters were reportedly killed.")
    assert ev.fatalities == 12 and ev.fatalities_estimated


def test_air_defence_units_are_the_state_forces(pipeline) -> None:
    ev = _main_event(pipeline, "On 1 June 2024, Ukrainian air defence units shot down 9 Russian Shahed drones over Odesa "
                               "(Odeskyi, Odesa). No casualties were reported.")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Ukraine"
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Russia"


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    # who repelled the attack was attacked; an attempted assault happened
    ("On 1 June 2024, Russian forces attempted an assault on Ukrainian positions near Robotyne (Polohivskyi, "
     "Zaporizhia); Ukrainian forces repelled the attack. Fatalities unknown.", "en",
     "Military Forces of Russia", "Military Forces of Ukraine"),
    ("Les FAMa ont repoussé samedi une attaque terroriste contre le poste de Boulkessi, dans la région de Mopti.", "fr",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
])
def test_who_repelled_the_attack_was_attacked(pipeline, text, lang, actor1, actor2) -> None:
    ev = _main_event(pipeline, text, lang)
    assert ev.sub_event_type == "Armed clash" and ev.modality == "asserted"
    assert ev.actor1 is not None and ev.actor1.name == actor1
    assert ev.actor2 is not None and ev.actor2.name == actor2


def test_zaporizhia_is_acleds_spelling(pipeline) -> None:
    ev = _main_event(pipeline, "On 1 June 2024, Russian forces shelled Huliaipole (Polohivskyi, Zaporizhia), killing 1 "
                               "civilian.")
    assert ev.location is not None and ev.location.admin1 == "Zaporizhia"


def test_force_told_after_a_sit_in_is_its_intervention_and_a_grievance_dates_nothing(pipeline) -> None:
    ev = _main_event(pipeline, "On 1 June 2024, members of a civil society collective held a sit-in in Dakar (Dakar, Dakar) "
                               "against the postponement of the 25 June election. Police fired tear gas to disperse the "
                               "gathering and arrested several participants.")
    assert ev.sub_event_type == "Protest with intervention" and ev.modality == "asserted"
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of Senegal"
    assert ev.date == "2024-06-01"


def test_ground_taken_after_clashes_is_no_handover(pipeline) -> None:
    ev = _main_event(pipeline, "On 1 June 2024, M23 rebels captured Kavumu airport (Kabare, Sud-Kivu) after clashes with "
                               "the FARDC, who withdrew towards Bukavu.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.location is not None and ev.location.name != "Bukavu"


def test_a_taking_told_as_before_is_not_the_event(pipeline) -> None:
    ev = _main_event(pipeline, "On 1 June 2024, RSF fighters looted shops and homes in Wad Madani (Wad Madani Al Kubra, "
                               "Al Jazirah), a day after taking control of the city.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert (ev.actor1.name, ev.actor2.name) == ("Rapid Support Forces", "Civilians (Sudan)")


def test_men_gathered_near_a_market_are_no_protest(pipeline) -> None:
    ev = _main_event(pipeline, "Au moins neuf civils ont été tués dimanche par des hommes armés non identifiés dans un "
                               "village du Centre-Nord. « Ils ont tiré sur les hommes rassemblés près du marché », a raconté "
                               "un habitant.", "fr")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 is not None and ev.actor2.name == "Civilians (Burkina Faso)"


def test_the_other_sides_dead_in_the_riposte_add_up_and_the_claim_names_the_author(pipeline) -> None:
    ev = _main_event(pipeline, "Niamey, 2 juin 2024 - Douze soldats nigériens ont été tués samedi dans une embuscade tendue "
                               "par des « terroristes » près de Téra. Selon le ministère, 20 terroristes ont été neutralisés "
                               "lors de la riposte des soldats. L'attaque a été revendiquée par l'État islamique au Sahel.",
                     "fr")
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.name, ev.actor2.name) == ("Islamic State (Sahel)", "Military Forces of Niger")
    assert ev.fatalities == 32


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # the drone's nisba names the author, the shadda written or not
    ("استشهد عنصران من «حزب الله» جراء غارة نفذتها مسيّرة إسرائيلية على سيارة قرب مدينة صور جنوبي لبنان.",
     "Military Forces of Israel", "Hezbollah"),
    # the camp's owner is the other side, though the author is also the speaker
    ("قال سلاح الجو النيجيري إن غارات جوية نفذتها طائراته على معسكر لتنظيم «داعش في غرب أفريقيا» قرب بلدة مونغونو "
     "في ولاية بورنو أسفرت عن مقتل 15 مسلحاً.", "Military Forces of Nigeria", "Islamic State (West Africa)"),
])
def test_arabic_authors_and_owners_of_what_was_struck(pipeline, text, actor1, actor2) -> None:
    ev = _main_event(pipeline, text, "ar")
    assert ev.sub_event_type == "Air/drone strike"
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    # "were repelled", "avant d'être repoussés": the subject attacked, and stays actor1
    ("On 1 June 2024, Russian forces attacked Ukrainian positions near Lysivka (Pokrovskyi, Donetsk) and were "
     "repelled. Fatalities unknown.", "en", "Military Forces of Russia", "Military Forces of Ukraine"),
    ("Des rebelles ont attaqué samedi une position de l'armée centrafricaine près de Bocaranga avant d'être repoussés.",
     "fr", "Unidentified Armed Group (Central African Republic)", "Military Forces of the Central African Republic"),
])
def test_who_was_repelled_attacked(pipeline, text, lang, actor1, actor2) -> None:
    ev = _main_event(pipeline, text, lang)
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(("text", "lang"), [
    ("تعرضت قاعدة للتحالف الدولي في مطار أربيل لهجوم بطائرتين مسيّرتين من دون إصابات. وأعلنت «المقاومة الإسلامية في "
     "العراق» مسؤوليتها عن الهجوم. وأسقطت الدفاعات الجوية إحدى الطائرتين.", "ar"),
    ("Two drones targeted the coalition base at Erbil airport on Thursday, causing no casualties. Air defences shot down "
     "one of the two drones. The Islamic Resistance in Iraq claimed the attack.", "en"),
])
def test_one_drone_of_two_downed_leaves_the_attack_the_event(pipeline, text, lang) -> None:
    ev = _main_event(pipeline, text, lang)
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 is not None and ev.actor1.name == "Islamic Resistance in Iraq"
