"""ACLED's notes of 2007-2026 read as ACLED's rows code them: Bangladesh's election crowds that vandalize and clash
with no demonstration told are mobs, and Sarin in the Aleppo countryside is a town, not a nerve agent. The notes are
ACLED's own, from the public exports named in each test; the gold is ACLED's row."""
from tests.conftest import top_event as _main


def test_election_supporters_who_vandalize_and_clash_with_police_are_a_mob():
    # zachessesjohnson/Protest-Diffusion acled_data.csv, BGD23479 (29 Dec 2022): Mob violence, Rioters (Bangladesh)
    ev = _main("On 29 December 2022, supporters of a defeated candidate in municipal elections vandalized the car of "
               "executive magistrate, and clashed with police forces and Ansar members in Dinajpur city (Dinajpur Sadar, "
               "Rangpur). At least six people were injured in the clash.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Mob violence", "Rioters (Bangladesh)", "Police Forces of Bangladesh")


def test_a_town_named_sarin_is_no_nerve_agent():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR141703 (1 Mar 2025): Shelling/artillery/missile attack
    ev = _main("On 1 March 2025, Turkish forces shelled the roads leading to Sarin town in the countryside of Aleppo with "
               "artillery. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Shelling/artillery/missile attack", "Military Forces of Turkey")


def test_a_place_the_note_calls_a_village_is_no_foreign_town_of_its_name():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR135049 (19 Oct 2024) and SYR122391 (10 Dec 2023): events in Syria,
    # not in San (Mali) or Sabha (Libya)
    ev = _main("On 19 October 2024, regime fighters and pro-Government militia shelled San village and its vicinity in "
               "rural Idleb with artillery and mortars. Casualties unknown.")
    assert (ev.location.country, ev.actor1.name) == ("SY", "Military Forces of Syria")
    ev = _main("On 10 December 2023, suspected IS cell members shot and killed a QSD member in the village of Sabha in "
               "the countryside of Deir ez Zor. 1 fatality.")
    assert (ev.location.country, ev.actor1.name) == ("SY", "Islamic State in Iraq and the Levant (ISIL)")


def test_deaths_a_crowd_demands_justice_for_are_its_grievance_not_its_toll():
    # zachessesjohnson/Protest-Diffusion acled_data.csv, BGD28221 (4 Aug 2024): Violent demonstration, 0 fatalities
    ev = _main("On 4 August 2024, anti-quota student demonstrators vandalized the office of Housing and Public Works "
               "Minister (AL) in Brahmanbaria city, Brahmanbaria Sadar (Chittagong), during the first day of the "
               "non-cooperation movement announced by the Anti-Discrimination Students Movement, demanding resignation "
               "of the Prime Minister for deaths during the student-led quota reform demonstrations.")
    assert (ev.sub_event_type, ev.fatalities) == ("Violent demonstration", 0)


def test_two_clans_named_in_a_fight_are_its_two_sides():
    # Carol0128/Data acled_data.csv, KEN6707 (Nov 2018): Kapkeny Clan Militia (Kenya) v Kabasiran Clan Militia (Kenya)
    ev = _main("On November 22nd, clashes between the Kapkeny and Kabasiran clans broke out in the Mogil area "
               "(coordinates for Kapsowar, Elgeyo-Marakwet, used) leaving one person killed and two wounded. The sources "
               "states that the violence relates to a long-running land dispute.")
    assert (ev.actor1.name, ev.actor2.name) == ("Kapkeny Clan Militia (Kenya)", "Kabasiran Clan Militia (Kenya)")


def test_militants_who_destroy_an_army_tank_fight_the_army():
    # dkoban/geo_stuff ACLED.csv, AFG44511 (9 Mar 2020): Armed clash, Taliban v Military Forces of Afghanistan
    ev = _main("On 9 March 2020, Taliban militants attacked and destroyed an Afghan military tank, in Charbolak district, "
               "Balkh. No casualties reported by source.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Taliban", "Military Forces of Afghanistan")


def test_a_side_whose_deaths_a_strike_caused_is_not_its_author():
    # loTioPerez/Practica_1_MiV acled_raw.csv, LBN15516 (25 Oct 2023): Air/drone strike, actor1 Military Forces of Israel
    ev = _main("On 25 October 2023, an Israeli warplane fired an air to surface missile towards the outskirts of Yaroun "
               "(Bint Jbeil), resulting in 2 Hezbollah deaths and 6 injuries.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 2)


def test_gunmen_believed_to_belong_to_a_group_are_its_men():
    # RPanlilio/acled acled.csv, SYR78185 (30 Apr 2020): Attack, Islamic State (Syria) v Civilians (Syria)
    ev = _main("On 30 April 2020, gunmen believed to belong to IS shot and killed a man near Koniko gas field in "
               "Deir-ez-Zor, as he was passing near a QSD checkpoint.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Attack", "Islamic State (Syria)", "Civilians (Syria)")


def test_a_clash_between_two_named_sides_keeps_them_though_only_one_side_s_dead_are_told():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR141504 (1 Mar 2025): Military Forces of Syria (2024-) v QSD
    ev = _main("On 1 March 2025, armed clashes took place between the Syrian army and QSD forces at Syriatel hill on Sad "
               "Tishreen axis in the countryside of Aleppo, killing three army soldiers, wounding five others and capturing "
               "another, as well as wounding two QSD members. Additionally, Turkish warplanes conducted airstrikes "
               "targeting the vicinity of Sad Tishreen in the countryside of Aleppo. 3 fatalities.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Armed clash", "Military Forces of Syria", "QSD: Syrian Democratic Forces", 3)


def test_two_tribes_unnamed_are_unidentified_tribal_militias():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR153324 (1 Mar 2025): Unidentified Tribal Militia (Syria) on both sides
    ev = _main("On 1 March 2025, armed clashes erupted between two tribes in the village of Sefsafa, in the countryside "
               "of Ar Raqqa, due to an unspecified dispute. Casualties unknown.")
    assert (ev.actor1.name, ev.actor2.name) == (
        "Unidentified Tribal Militia (Syria)", "Unidentified Tribal Militia (Syria)")


def test_an_armed_group_that_takes_another_s_commander_in_a_raid_fights_it():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR134775 (19 Oct 2024): Armed clash, QSD v ISIL
    ev = _main("On 19 October 2024, QSD fighters detained an IS commander during a raid they conducted in Al-Hasakeh city.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "QSD: Syrian Democratic Forces", "Islamic State in Iraq and the Levant (ISIL)")


def test_an_agreement_a_victim_once_signed_is_no_agreement_of_the_report():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR120035 (25 Oct 2023): Armed clash
    ev = _main("On 25 October 2023, unknown gunmen on a motorbike shot and injured two young men in Hrak town in Dara "
               "countryside one of whom is a former rebel who signed a reconsiliation agreement. There were no "
               "fatalities.")
    assert ev.sub_event_type != "Agreement"


def test_a_man_s_body_found_is_one_death():
    # RPanlilio/acled acled.csv, SYR77953 (28 Apr 2020): Attack, 1 fatality
    ev = _main("On 28 April 2020, a man's body was found in Al Bab city in Aleppo countryside, killed by an unknown armed "
               "group.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)
