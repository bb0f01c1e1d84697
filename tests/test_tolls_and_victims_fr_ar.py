"""The same phenomena in French and Arabic as in ACLED's English notes: armed men found dead are a battle's other
side ("Deux combattants de l'EI ont été retrouvés morts"), a French clitic names one victim ("le tuant sur le coup",
"l'ont abattu"), kin coordinated with a victim count ("la femme et son fils"), Arabic dual forms of killing and
bodies ("قتلا", "جثتي"), and "hommes armés" names armed men, not a weapon used or seized."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


def test_fighters_found_dead_in_french_are_a_battles_victims(pipeline) -> None:
    ev = main_event(pipeline, "Deux combattants de l'EI ont été retrouvés morts près de Raqqa, tués par des hommes "
                              "armés non identifiés.", lang="fr", published="2020-05-05")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == ("Armed clash", "Islamic State (Syria)", 2)


@pytest.mark.parametrize("text, fatalities", [
    ("Des hommes armés ont ouvert le feu sur un commerçant à Beni, le tuant sur le coup.", 1),
    ("Des hommes armés l'ont abattu devant chez lui à Beni, dimanche.", 1),
    ("Les assaillants ont tué la femme et son fils dans le village de Mangina, près de Beni.", 2),
])
def test_a_french_clitic_or_kin_counts_the_dead(pipeline, text, fatalities) -> None:
    assert main_event(pipeline, text, lang="fr", published="2020-05-05").fatalities == fatalities


def test_the_driver_and_his_son_are_two(pipeline) -> None:
    assert main_event(pipeline, "Gunmen killed the driver and his son near Kaduna.",
                      published="2020-05-05").fatalities == 2


def test_an_arabic_dual_of_killing_makes_an_event(pipeline) -> None:
    ev = main_event(pipeline, "عثر على جثتي مقاتلين من المعارضة قرب عفرين، قتلا على يد مسلحين مجهولين.", lang="ar",
                    published="2020-05-05")
    assert ev.location is not None and ev.location.country == "SY"
    assert ev.sub_event_type in ("Attack", "Armed clash")


def test_the_beheaded_and_a_pluperfect_toll_are_counted():
    from sitrep.extraction.numbers import find_casualties

    # Le Monde Afrique (AFP), Mozambique: the beheaded are dead
    assert find_casualties("Dix personnes ont été retrouvées décapitées dimanche dernier dans un village.", "fr").fatalities == 10
    # the pluperfect of reported speech ("a annoncé que 15 membres ... avaient été tués") still counts its subject
    assert find_casualties("La Défense civile a annoncé que 15 membres avaient été tués dans une frappe.", "fr").fatalities == 15
