"""Remote fire in ACLED's 2023-2025 Israel and Lebanon rows (the firing, not its interception; the war an event is
a part of, not a clash of its own; machine-gun fire at a town from across the front, shelling), and territory taken
as French reports tell it in the passive. ACLED notes are from its exports (loTioPerez/Practica_1_MiV
data/acled_raw.csv, rows named in each test); the French sentences are from the reports named."""
from sitrep import extract
from tests.conftest import top_event as _main


def test_rockets_fired_then_intercepted_are_the_firing():
    # ISR37189: Shelling/artillery/missile attack, Hamas Movement
    ev = _main("On 12 October 2023, Hamas militants fired several barrages of rockets in the direction of Sderot "
               "(Ashqelon, HaDarom) and surrounding areas. Not all of the rockets hit populated areas, as many were "
               "presumably intercepted by the iron dome over the area of Sderot or fell in open areas.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1.name == "Hamas Movement"


def test_an_interception_told_first_with_its_interceptor_stays_the_event():
    ev = _main("Les défenses aériennes saoudiennes ont intercepté lundi 5 février un missile balistique tiré sur le "
               "royaume par les Houthis du Yémen, a rapporté l'AFP.", lang="fr")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1.name == "Military Forces of Saudi Arabia"


def test_shelling_amid_ongoing_hostilities_is_shelling_with_the_enemy_as_other_side():
    # LBN20198: Shelling/artillery/missile attack, Military Forces of Israel v Hezbollah
    ev = _main("On 16 April 2024, the Israeli military fired artillery shells in the vicinity of Markaba town "
               "(Marjayoun, Al Nabatieh) amid ongoing hostilities with Hezbollah. Casualties unknown.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1.name == "Military Forces of Israel"
    assert ev.actor2.name == "Hezbollah"
    assert ev.actor2.text == "Hezbollah"


def test_machine_gunfire_towards_a_town_is_shelling():
    # LBN20206: Shelling/artillery/missile attack, Military Forces of Israel
    ev = _main("On 16 April 2024, the Israeli military used machine gunfire towards Kfar Kila town (Marjayoun, "
               "Al Nabatieh). Casualties unknown.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1.name == "Military Forces of Israel"
    assert [w.text for w in ev.weapons] == ["machine gunfire"]


def test_a_town_retaken_by_the_army_in_the_passive():
    # RFI, 14 November 2023
    ev = _main("La ville de Kidal, enjeux majeur de souveraineté pour le pouvoir au Mali et bastion des séparatistes, "
               "a été reprise par les forces armées maliennes, ce 14 novembre.", lang="fr")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.actor1.name == "Military Forces of Mali"
    assert ev.location.name == "Kidal"


def test_a_town_that_passed_under_a_rebel_groups_control():
    # Radio Okapi, 13 June 2022
    ev = _main("La cité de Bunagana, dans le territoire de Rutshuru (Nord-Kivu) est passée, depuis ce lundi matin 13 "
               "juin, sous contrôle du M23.", lang="fr")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.trigger.text.startswith("passée")
    assert ev.actor1.name == "M23: March 23 Movement"


def test_a_town_that_fell_to_the_army_was_taken_by_the_army_not_by_the_town():
    ev = _main("Kidal fell to the Malian army on 14 November.")
    assert ev.sub_event_type == "Government regains territory"
    assert (ev.actor1.name, ev.actor1.text) == ("Military Forces of Mali", "Malian army")


def test_information_picked_up_by_the_media_is_no_retaking():
    result = extract("Cette information a été reprise par les médias locaux.", lang="fr")
    assert result.events == []


def test_an_explosion_told_alone_is_a_bomb():
    # MMR20735 (food-security-cluster-myanmar explosions_remote_violence.csv): Remote explosive/landmine/IED
    ev = _main("On 29 August 2021, in Ye-U township (Shwebo district, Sagaing region), there were explosions at the "
               "township entry sign board. No casualties reported.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 0


def test_an_explosion_at_an_office_is_a_bomb_and_an_unauthored_bombing_stays_unclassified():
    # MMR15229: Remote explosive/landmine/IED
    ev = _main("On 13 April 2021, in South Okkalapa township (Yangon-East district, Yangon Region), there was an "
               "explosion at a ward administration office. There were no casualties.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    # (a verb with no author says no more than that: an air strike or a bomb)
    assert extract("The market was bombed on Friday.", lang="en").events == []


def test_a_gas_explosion_stays_an_accident():
    result = extract("A gas explosion at a restaurant in Shenyang killed three people.", lang="en")
    assert result.events == []
    assert result.primary == "Man-made disaster"


def test_rockets_fired_at_soldiers_with_rocket_weapons_are_shelling():
    # ISR43457: Shelling/artillery/missile attack, Hezbollah v Military Forces of Israel
    ev = _main("On 11 January 2024, Hezbollah forces fired at Israeli soldiers in the vicinity of Al Baghdadi (Zefat, "
               "HaZafon) with 'rocket weapons', claiming to achieve direct hits. No casualties.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.actor1.name, ev.actor2.name) == ("Hezbollah", "Military Forces of Israel")


def test_bombs_planted_that_killed_soldiers_are_a_bomb_not_a_fight():
    # AFG44668: Remote explosive/landmine/IED, Taliban
    ev = _main("On 15 March 2020, 2 bombs planted by Taliban killed 3 Afghan soldiers, and injured 3, in Khogyani "
               "district, Nangarhar. Fatalities coded as 0 (VoJ reported 3).")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor1.name == "Taliban"


def test_a_thrown_handmade_bomb_is_a_bomb():
    # MMR22488: Remote explosive/landmine/IED
    ev = _main("On 15 September 2021, in Zoke Thoke village (Bilin Township, Thaton District, Mon State), two unknown "
               "men on a motorcycle threw a handmade bomb inside the village administrator's house. There were no "
               "casualties.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_unexploded_ordnance_that_went_off_is_an_explosion_and_one_defused_a_disruption():
    # MMR11067: Remote explosive/landmine/IED, 5
    ev = _main("On 4 February 2021, in Manton township (Kyaukme District, Shan State), an unexploded ordnance detonated "
               "as people burned trash. Five people died and at least 6 were injured.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 5
    assert _main("Soldiers found an unexploded shell near the school and defused it.").sub_event_type \
        == "Disrupted weapons use"


def test_a_group_that_bombed_soldiers_set_off_a_bomb():
    # MMR24525: Remote explosive/landmine/IED
    ev = _main("On 23 October 2021, in Mandalay city (Mandalay region), the Generation Z Power bombed Myanmar military "
               "soldiers stationed at a football stadium. Two soldiers were injured.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor2.name == "Military Forces of Myanmar"


def test_a_bomb_that_went_off_in_its_carriers_hands_was_disrupted():
    # AFG44472: Disrupted weapons use, Taliban, 2
    ev = _main("Detonation: on 8 March 2020, a bomb carried by Taliban detonated prematurely killing 2 militants, in "
               "Arghandab district, Kandahar.")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1.name == "Taliban"
    assert ev.fatalities == 2


def test_the_ceasefire_an_explosion_followed_is_its_background():
    # LBN32510: Remote explosive/landmine/IED
    result = extract("On 14 January 2025, an explosion took place from Israeli war remnants in Douair town (Al "
                     "Nabatieh, Al Nabatieh). Two people were injured while they were removing rubble from a damaged "
                     "house. This event occurred following the implementation of the ceasefire agreement on 27 "
                     "November.", lang="en")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert all(e.modality == "background" for e in result.events if e.sub_event_type == "Agreement")


def test_the_group_written_before_planted_laid_the_device():
    # AFG44680: Remote explosive/landmine/IED, Taliban
    ev = _main("On 20 March 2020, 1 NDS employee was killed when his vehicle hit a Taliban-planted IED in Khost city. "
               "Fatalities coded as 0 (VoJ reported 1 fatality).")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.actor1.name, ev.actor1.text) == ("Taliban", "Taliban")


def test_shelling_answered_with_fire_is_a_clash_led_by_who_shelled():
    # loTioPerez/Practica_1_MiV data/acled_raw.csv, SYR123142: Armed clash, Militia (Pro-Government) v Military Forces
    # of Turkey (2016-): unnamed pro-regime militias are ACLED's generic pro-government militia, not the NDF
    ev = _main("On 11 January 2024, pro-regime militias shelled a Turkish military base in Atareb town in Aleppo "
               "countryside with rockets, while Turkish forces returned fire by targeting the source of shelling. "
               "Casualties unknown.")
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.name, ev.actor2.name) == ("Militia (Pro-Government)", "Military Forces of Turkey")


def test_people_a_rocket_hurt_that_nobody_names_as_a_side_are_civilians():
    # ISR37208: Shelling/artillery/missile attack, Hamas Movement v Civilians (Israel)
    ev = _main("On 12 October 2023, Hamas militants fired barrages of rockets toward Bet Shemesh (Judean Foothills, "
               "Jerusalem). Two were injured when a rocket hit a construction site in the city.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.actor2.name, ev.actor2.text) == ("Civilians (Israel)", "Two were injured")


def test_the_syrian_national_army_under_acleds_current_name():
    # SYR139580: Shelling/artillery/missile attack, QSD: Syrian Democratic Forces v JWS: Syrian National Army
    ev = _main("On 14 January 2025, QSD forces shelled JWS positions in the outskirts of Abu Qalqal in the countryside "
               "of Aleppo with artillery. Casualties unknown.")
    assert (ev.actor1.name, ev.actor2.name) == ("QSD: Syrian Democratic Forces", "JWS: Syrian National Army")


def test_an_event_word_that_begins_a_units_name_is_the_units():
    # MMR24251 (PDF groups attacked the Air Defense Operations Command Headquarters): no interception told
    ev = _main("On 25 October 2021, in Oke Ta Ra Thi Ri township (Oke Ta Ra Thi Ri district, Nay Pyi Taw), the "
               "combined forces of the Beikthano PDF and the Hpoe Saung Taunt Youth Guerrilla Force (Nay Pyi Taw) "
               "attacked the Air Defense Operations Command Headquarters (LaSaKa-8) and the Subordinate Air Defense "
               "Battalion 3030 with three bombs. Casualties unknown.")
    assert ev.sub_event_type != "Disrupted weapons use"
    assert ev.actor1.name == "PDF: People's Defense Force"
    assert ev.actor2.name == "Military Forces of Myanmar"
