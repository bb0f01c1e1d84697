"""Forces that free captives: a rescue, not the abduction it ends; the fight it took, when one is told."""
from sitrep import extract

from tests.conftest import top_event

# Actu Cameroun via netafrique.net, February 2021, the first three paragraphs
_BAMENDA = ("L’armée camerounaise a libéré samedi, plusieurs otages détenus par les séparatistes dans le chef-lieu de la "
            "région du Nord-Ouest Cameroun.\n"
            "Les forces de Défense du Cameroun ont mené une nouvelle offensive le samedi 06 février 2021 dans le chef-lieu de "
            "la région du Nord-Ouest Cameroun. L’assaut lancé par l’armée sur Bamenda, a permis de neutraliser 04 ambazoniens "
            "et de libérer 04 otages kidnappés par les séparatistes.\n"
            "Selon Actu Cameroun qui donne l’information, l’un des otages a été grièvement blessé et se trouve actuellement "
            "sous soins intensifs à l’hôpital militaire de Région numéro 5 à Bamenda.")


def test_hostages_freed_in_an_assault_are_the_assaults_fight_not_an_abduction():
    result = extract(_BAMENDA, lang="fr")
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in result.events]
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Armed clash", "Military Forces of Cameroon", "Ambazonian Separatists", 4)


def test_captives_freed_without_a_fight_are_other():
    # ACLED 2020 (Afghanistan), M dev
    ev = top_event("Non-violent activity: As reported on 7 March 2020, 92 civilians were freed by Afghan police and police "
                   "commandos from a Taliban prison in Tarinkot city, Urozgan.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Other", "Police Forces of Afghanistan")


def test_an_abduction_told_with_no_rescue_stays_an_abduction():
    result = extract("Des hommes armés ont enlevé samedi plusieurs élèves dans une école de Bamenda et les retiennent en otages.",
                     lang="fr")
    assert [e.sub_event_type for e in result.events] == ["Abduction/forced disappearance"]


# Journal du Cameroun, 19 April 2025: the headline's participles describe the dead and the freed
_NDU = ("Cameroun : deux séparatistes tués et trois otages libérés dans le Nord-Ouest\n"
        "Une opération menée vendredi à l'aube par le 3e Bataillon d'Intervention Rapide (BIR) du Cameroun a permis de "
        "neutraliser deux séparatistes et de démanteler un quartier général séparatiste situé à 13 kilomètres de Ntundip, "
        "dans l'arrondissement de Ndu, région du Nord-Ouest du pays, ont annoncé des sources militaires.\n"
        "D'après des informations, trois otages retenus sur les lieux ont été libérés sains et saufs par les forces "
        "spéciales.")


def test_an_operation_that_killed_and_freed_hostages_is_a_fight_not_an_abduction_or_a_base():
    result = extract(_NDU, lang="fr", published="2025-04-19")
    subs = [e.sub_event_type for e in result.events]
    assert "Abduction/forced disappearance" not in subs and "Headquarters or base established" not in subs
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 2)


def test_an_incursion_thwarted_with_killing_is_a_fight():
    # ACLED 2020 (Yemen), YEM52322
    ev = top_event("On 8 May 2020, pro-Houthi forces reportedly thwarted a pro-Hadi and affiliated groups incursion in "
                   "Sirwah district (Marib), killing and injuring dozens of pro-Hadi elements. The incursion was backed by "
                   "18 Saudi-led coalition airstrikes.", published="2020-05-09")
    assert ev.sub_event_type == "Armed clash"
