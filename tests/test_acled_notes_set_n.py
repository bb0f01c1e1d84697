"""ACLED's notes of 2017-2026 read as ACLED's rows code them: a soldier who opens fire on schoolboys attacks
civilians, a telecom tower bombed by no one named is a remote explosive, a missile told launched is a missile attack,
a demolition the crowd protests is no riot, and the Islamic State's names by ACLED's later exports. The notes are
ACLED's own, from the public exports named in each test; the gold is ACLED's row."""
from sitrep import extract
from tests.conftest import top_event as _main


def test_a_soldier_who_opens_fire_on_schoolboys_attacks_civilians():
    # Carol0128/Data acled_data.csv, KEN6045 (2017): Attack, Military Forces of Kenya vs Civilians (Kenya)
    ev = _main("A soldier opened fire on 2 schoolboys in Rumuruti, killing 1 and injuring the other.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Attack", "Military Forces of Kenya", "Civilians (Kenya)", 1)


def test_soldiers_attacked_by_militants_are_still_the_target():
    ev = _main("On 4 May 2020, soldiers were attacked by Al Shabaab militants near Afgooye, killing two soldiers.")
    assert ev.sub_event_type == "Armed clash"


def test_a_telecom_tower_bombed_by_no_one_named_is_a_remote_explosive():
    # food-security-cluster-myanmar explosions_remote_violence.csv, MMR22932 (2021): Remote explosive/landmine/IED
    ev = _main("On 29 September 2021, near Taung Kyar village of Sagaing township (Sagaing district, Sagaing region), "
               "the military-owned MyTel telecom tower was bombed and destroyed. There were no casualties.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Myanmar)", 0)


def test_a_missile_told_launched_is_a_missile_attack_by_who_launched_it():
    # loTioPerez/Practica_1_MiV acled_raw.csv, ISR37918 (2023): Shelling/artillery/missile attack, Hamas Movement
    ev = _main("On 6 November 2023, a missile launched by Hamas militants from Gaza fell in Ashdod (Ashqelon, "
               "HaDarom). Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Shelling/artillery/missile attack", "Hamas Movement")


def test_a_demolition_the_crowd_protests_against_is_no_riot():
    # zachessesjohnson/Protest-Diffusion acled_data.csv, BGD27567 (2024): Peaceful protest
    ev = _main("On 2 July 2024, followers of a Bengali spiritual leader staged a human chain protest in Chheuriya "
               "area, Kushtia Sadar upazila (coded as Kushtia, Khulna), against the demolishing of spiritual "
               "leader's house and demanded reconstruction and exemplary punishment of the culprits.")
    assert ev.sub_event_type == "Peaceful protest"


def test_the_islamic_state_in_syria_by_acleds_later_name_and_its_2020_name_before():
    # acled_raw.csv, SYR120406 (6 Nov 2023): 'Islamic State in Iraq and the Levant (ISIL)'; RPanlilio/acled
    # acled.csv, SYR78261 (4 May 2020): 'Islamic State (Syria)'
    later = _main("On 6 November 2023, IS members attacked QDW positions near Al-Hail - Oil Field in Homs countryside, "
                  "wounding several members of the latter. There were no fatalities.")
    before = _main("On 4 May 2020, IS militants attacked SDF positions near Al-Hail - Oil Field in Homs countryside, "
                   "wounding several members of the latter. There were no fatalities.")
    assert (later.actor1.name, before.actor1.name) == ("Islamic State in Iraq and the Levant (ISIL)", "Islamic State (Syria)")


def test_hezbollah_rockets_toward_a_town_in_israel_are_fired_at_israels_forces_there():
    # acled_raw.csv, ISR40691 (27 Jun 2024): actor2 'Military Forces of Israel (2022-)', located at Safed
    ev = _main("On 27 June 2024, Hezbollah forces in Lebanon fired about 40 rockets toward Safed and surrounding areas, "
               "including Ein Zeitim (Zefat, HaZafon) and Biriya. At least half of the rockets were intercepted.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel")
    assert ev.actor2.text is None  # ACLED's convention, not words of the note
    assert ev.location.name == "Safed" and ev.location.country == "IL"


def test_the_front_convention_needs_its_period_and_leaves_a_named_side():
    before = _main("On 4 May 2020, Hezbollah fired rockets toward Safed. No casualties were reported.")
    named = _main("On 27 June 2024, Hezbollah fired rockets at civilians in Safed.")
    assert before.actor2 is None
    assert named.actor2 is not None and named.actor2.name == "Civilians (Israel)"


def test_two_families_fighting_are_communal_militias_and_armed_clans_clan_militias():
    # acled_raw.csv, SYR144214 (1 Jun 2025): 'Unidentified Communal Militia (Syria)' on both sides; LBN34407 (1 Jun
    # 2025): 'Unidentified Clan Militia (Lebanon)'
    families = _main("On 1 June 2025, armed clashes took place between two families in the village of Werad in the "
                     "countryside of Dara (location coded to Lajat), resulting in the death of one individual.")
    clans = _main("On 1 June 2025, an armed clash took place between two families (likely armed clans) in Al Hermel "
                  "city (Al Hermel, Baalbek-Hermel). There were no casualties.")
    assert (families.sub_event_type, families.actor1.name, families.actor2.name) == (
        "Armed clash", "Unidentified Communal Militia (Syria)", "Unidentified Communal Militia (Syria)")
    assert (clans.actor1.name, clans.actor2.name) == ("Unidentified Clan Militia (Lebanon)", "Unidentified Clan Militia (Lebanon)")


def test_a_headlines_present_tense_killing_counts_its_dead():
    # Carol0128/Data acled_data.csv, KEN3325 and KEN3291 (Kenya 2012): 5 and 1 fatalities
    militia = _main("Garre ethnic militia attacks Degodia village in Mandera; kills 5 and steals livestock")
    shabaab = _main("Al Shabaab attacks police officers in Mandera; kills one")
    assert (militia.fatalities, shabaab.fatalities) == (5, 1)


def test_a_tower_bombed_and_destroyed_is_the_bombing_and_soldiers_marching_are_no_protest():
    # food-security-cluster-myanmar explosions_remote_violence.csv, MMR22980 and MMR23052 (2021)
    tower = _main("On 1 October 2021, in Thu Nge Taw village of Tada-U township (Kyaukse district, Mandalay region), "
                  "the military-owned MyTel telecom tower was bombed and destroyed. The Tada-U PDF claimed "
                  "responsibility. There were no casualties.")
    patrol = _main("On 26 September 2021, near Sun Lun bridge in Myingyan town (Myingyan township, Myingyan district, "
                   "Mandalay region), a bomb exploded as military soldiers were marching around the city. Three "
                   "soldiers were killed and others were injured due to the bomb blast, according to the locals.")
    assert tower.sub_event_type == "Remote explosive/landmine/IED"
    assert (patrol.sub_event_type, patrol.fatalities) == ("Remote explosive/landmine/IED", 3)


def test_a_town_the_gazetteer_knows_only_the_start_of_stays_in_its_province():
    # dkoban/geo_stuff ACLED.csv, AFG44735 (20 Mar 2020): Armed clash, Taliban v Militia (Pro-Government), Logar;
    # "Puli" alone is a city of Taiwan
    ev = _main("On 20 March 2020, 1 'Arbaki' was killed by Taliban militants in Puli Alam city, Logar. Fatalities "
               "coded as 0 (VoJ reported 1 fatality).")
    assert (ev.sub_event_type, ev.actor2.name, ev.location.country) == ("Armed clash", "Militia (Pro-Government)", "AF")


def test_a_lebanese_village_the_gazetteer_lacks_lies_in_its_district_as_acled_spells_it():
    # acled_raw.csv, LBN18970 (27 Feb 2024): Beit Lif, Bint Jbeil district, Al Nabatieh; "Israeli" is the author's
    ev = _main("On 27 February 2024, Israeli warplanes carried out airstrikes on Beit Lif (Bint Jbeil, Al Nabatieh) amid "
               "ongoing hostilities with Hezbollah. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.country) == ("Air/drone strike", "Military Forces of Israel", "LB")
    assert ev.location.name == "Bent Jbaïl"  # (GeoNames' spelling; the evidence is the note's words)
    hasbeiya = _main("On 26 June 2024, the Israeli military fired artillery shells in the vicinity of Kfar Hamam town "
                     "(Hasbeiya, Al Nabatieh) amid ongoing hostilities with Hezbollah.")
    assert hasbeiya.location.country == "LB"


def test_a_story_dated_years_before_the_protest_is_its_background_not_its_violence():
    # RPanlilio/acled acled.csv, UKR36891 (6 May 2020): Peaceful protest, Protesters (Ukraine)
    result = extract("On 6 May 2020, people protested outside the President's Office in Kyiv against the possible arrest "
                     "of Ukrainian activist Serhiy Sternenko on the suspicion of murder. Sternenko stabbed a man in "
                     "self-defence during the third attack on him in Odessa on 24 May 2018. [size=no report]", lang="en")
    main = max(result.events, key=lambda e: e.confidence)
    assert (main.sub_event_type, main.actor1.name) == ("Peaceful protest", "Protesters (Ukraine)")
    assert all(e.modality == "background" for e in result.events if e.date and e.date.startswith("2018"))


def test_a_clash_between_allies_on_one_side_and_a_group_on_the_other():
    # RPanlilio/acled acled.csv, YEM52255 (6 May 2020): actor2 'Military Forces of Yemen (2016-) Supreme Political Council'
    ev = _main("On 6 May 2020, clashes were reported between pro-Hadi forces and Popular Resistance fighters on one side "
               "and pro-Houthi forces on the other in Yisbal region (As Sawadiyah, Al Bayda) of Al Wahabiya-Qaniyah front.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Yemen", "Military Forces of Yemen Supreme Political Council")


def test_those_hurt_before_following_an_ambush_are_its_other_side():
    # dkoban/geo_stuff ACLED.csv, AFG44765 (21 Mar 2020): Armed clash, Taliban v Military Forces of Afghanistan
    ev = _main("On 21 March 2020, 2 soldiers were wounded following an ambush by Taliban militants in Shinwar (Ghani "
               "Khel) district, Nangarhar.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash", "Taliban", "Military Forces of Afghanistan")
    militia = _main("On 20 March 2020, two Arbakis were wounded following an ambush by Taliban militants in Shibirghan "
                    "city, Jowzjan.")
    assert (militia.sub_event_type, militia.actor2.name) == ("Armed clash", "Militia (Pro-Government)")
