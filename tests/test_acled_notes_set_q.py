"""ACLED's notes of 2010-2025 read as ACLED's rows code them: party men who clash at a demonstration are rioters on
both sides; a companion event hung on "in conjunction with" (even without its comma) or an earlier deed told "after"
does not type the row; the war a Lebanon note says the strike belongs to is no clash of its own; a barrage only
partly intercepted is the barrage; ground taken where the coder says there were no clashes changed hands without a
fight. The notes are ACLED's own, from the public exports named in each test; the gold is ACLED's row."""
from tests.conftest import top_event as _main


def test_party_men_who_clash_with_each_other_are_rioters_on_both_sides():
    # zachessesjohnson/Protest-Diffusion acled_data.csv, BGD25871 (12 Nov 2023): Violent demonstration, Rioters on both sides
    ev = _main("On 12 November 2023, members of Chhatra League (BCL) and Swechchasebak League (ASL) clashed over seating "
               "arrangement in Munshiganj town (Munshiganj Sadar, Dhaka), during Awami League's demonstration against the "
               "BNP-led opposition's nationwide blockade program against the AL government (coded separately). At least 3 "
               "people were injured in the clash.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Violent demonstration", "Rioters (Bangladesh)", "Rioters (Bangladesh)")


def test_a_companion_shelling_hung_on_in_conjunction_with_without_a_comma_does_not_type_the_strike():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR135165 (26 Oct 2024): Air/drone strike, Military Forces of Turkey
    ev = _main("On 26 October 2024, Turkish airstrikes targeted Kafr Kars in rural Aleppo coded to Kafrnaya in "
               "conjunction with Turkish fighters shelling the town with rockets and artillery. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Air/drone strike", "Military Forces of Turkey")


def test_the_toll_told_after_the_war_the_strike_belongs_to_is_the_strikes():
    # loTioPerez/Practica_1_MiV acled_raw.csv, LBN28579 (26 Oct 2024): Air/drone strike in Chaaytiye (Tyr, South),
    # Lebanon, 3 fatalities
    ev = _main("On 26 October 2024, Israeli warplanes carried out an airstrike in Chaaytiye town (Tyr, South). This event "
               "is part of what the Israeli army called its 'new phase' of its war on Gaza, amid hostilities against "
               "Hezbollah. Three individuals were killed in the attack.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 3)
    assert (ev.location.country, ev.location.admin1) == ("LB", "South")


def test_a_barrage_only_partly_intercepted_is_the_barrage():
    # loTioPerez/Practica_1_MiV acled_raw.csv, ISR40261 (23 May 2024): Shelling/artillery/missile attack, Hezbollah
    ev = _main("On 23 May 2024, Hezbollah forces in Lebanon fired a barrage of about 30 rockets toward the Hula Valley, "
               "with some of the rockets being intercepted over the area of Hazor HaGlilit (Zefat, HaZafon). Shrapnel from "
               "intercepted rockets fell near Hazor HaGlilit. No casualties occurred.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Shelling/artillery/missile attack", "Hezbollah")


def test_an_earlier_deed_told_after_the_coded_event_does_not_type_it():
    # RPanlilio/acled acled.csv, EGY10855 (27 Apr 2020): Shelling/artillery/missile attack, Military Forces of Egypt
    ev = _main("On 27 April 2020, Egyptian military forces fired artillery targeting potential Islamic State militants west "
               "of Rafah (Rafah, North Sinai) after the Islamic State detonated an IED targeting a minesweeper and killing "
               "and injuring Egyptian soldiers. The military forces fired artillery in anticipation of a secondary attack "
               "during the process of recovering the soldiers' bodies.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Shelling/artillery/missile attack", "Military Forces of Egypt")
    # y5z2rmg7y8-bit/Somalia-Conflict-Monitor acled_data.csv, SOM51826 (17 Aug 2025): Armed clash
    ev = _main("On 17 August 2025, Al Shabaab clashed with government security forces (SNA) at the Igadabagey "
               "neighborhood in Mogadishu - Daynile (Banadir), after the militants detonated an IED. There were no "
               "casualties.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash", "Al Shabaab", "Military Forces of Somalia")


def test_artilleries_fired_at_villagers_are_shelling():
    # food-security-cluster-myanmar exploratory-data-analysis-acled-fsc, explosions_remote_violence.csv, MMR16122
    # (30 Apr 2021): Shelling/artillery/missile attack, Military Forces of Myanmar
    ev = _main("Around 30 April 2021 (between 25 April - 1 May), in Tho Mu Palay Mae area, in Hpapun township, (Hpapun "
               "district, Kayin State), Myanmar military forces fired around 17 artilleries towards the villagers. "
               "Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Shelling/artillery/missile attack", "Military Forces of Myanmar")


def test_protesters_who_light_fires_in_the_street_riot():
    # Carol0128/Data acled_data.csv, KEN4969 (19 Nov 2015): Violent demonstration
    ev = _main("Hundreds of traders took to the streets on the morning of 19/11 protesting the demolition of kiosks in "
               "Ruiru. The protesters lit fires and disrupted traffic along a highway.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Kenya)")


def test_ground_taken_from_a_group_where_there_were_no_clashes_changed_hands_without_a_fight():
    # y5z2rmg7y8-bit/Somalia-Conflict-Monitor acled_data.csv, SOM51843 (17 Aug 2025): Non-violent transfer of
    # territory, Puntland Dervish Force against Islamic State Somalia Province
    ev = _main("On 17 August 2025, Puntland Dervish Forces took control over Dhul Dheexad village near Balade village "
               "(Bossaso, Bari) from Islamic State Somalia Province (initial takeover by IS unclear). There were no "
               "clashes.")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    assert ev.actor1.name.startswith("Military Forces of Somalia") and ev.actor2.name.startswith("Islamic State")
