"""ACLED's notes as its coders have written them since 2023: the coder's naming in a bracket that first says
how the report described the actor, a toll split across rows with this row's share spelled out, clans' militias
by name, Somalia's regional forces, and the group whose activity changed written as the passive's subject.
The notes are ACLED's own (2025 export of Somalia, y5z2rmg7y8-bit/Somalia-Conflict-Monitor acled_data.csv,
rows named in each test); the gold is ACLED's row."""
import pytest

from sitrep import extract
from tests.conftest import top_event as _main


def test_the_coders_naming_after_how_the_report_described_the_actor():
    # SOM49641: actor1 "Unidentified Military Forces"
    ev = _main("On 2 April 2025, international forces (described as allied forces, coded as Unidentified Military "
               "Forces), in coordination with government security forces (SNA), conducted an airstrike targeting Al "
               "Shabaab, but the airstrike hit civilians in Gumarey village near Warshiikh village (Balcad, Middle "
               "Shabelle). An unknown number of civilians were killed and wounded. Unspecified number of fatalities "
               "coded as 3.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name == "Unidentified Military Forces"
    assert ev.actor1.text == "international forces"
    assert ev.fatalities == 3


def test_two_named_clans_fighting_each_other_and_the_rows_share_of_a_split_toll():
    # SOM49662: Hawiye-Habar Gedir-Sacad Sub-Clan Militia (Somalia) v Darod-Leelkayse Sub-Clan Militia (Somalia), 5
    ev = _main("On 2 April 2025, Habar Gedir-Sacad and Leelkayse clan militia clashed in the vicinity of Jiic boor "
               "village (Gaalkacyo, Mudug) and Saaxqurun (coded separately). The motive was due to clan revenge and "
               "land dispute. At least 10 people were killed. 10 fatalities split across 2 events and coded as 5 for "
               "this event.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "Habar Gedir-Sacad Clan Militia (Somalia)"
    assert ev.actor2.name == "Leelkayse Clan Militia (Somalia)"
    assert ev.fatalities == 5


def test_a_split_toll_with_each_rows_share_given():
    ev = _main("On 9 May 2020, clashes took place between regime forces and HTS in Idleb. Unknown fatalities coded "
               "as 10 and split between the two events with 5 coded to each.")
    assert ev.fatalities == 5


def test_a_named_clans_militia_that_abducts():
    # SOM49672: actor1 "Darod-Dhulbahante Sub-Clan Militia (Somalia)"
    ev = _main("On 2 April 2025, Dhulbahante clan militia and Sool, Sanaag and Cayn militia abducted 4 pastoralists, "
               "3 men and 1 woman, from the Habar Yonis Muse-Ismail sub-clan in Bohol village (Xudun, Sool). The "
               "victims were taken to Fiqi Fuqifuliye. The militia released the woman after several hours.")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1.name == "Dhulbahante Clan Militia (Somalia)"
    assert ev.actor2.name == "Civilians (Somalia)"


@pytest.mark.parametrize("words, name", [
    # SOM49659: "Police Forces of Somalia (2022-) Southwest Special Police Forces"
    ("Southwest Special Police Forces (SWSPF) ambushed Al Shabaab and engaged them in an armed clash in the "
     "vicinity of Qansax Dheere town (Qansax Dheere, Bay). At least 4 militants were killed, including 1 senior "
     "fighter.", "Police Forces of Somalia Southwest Special Police Forces"),
    # SOM49647: "Military Forces of the United Arab Emirates (2022-)" with the Puntland forces associated
    ("UAE forces in coordination with Puntland Maritime Police Force (PMPF) and Puntland Dervish Force conducted an "
     "airstrike targeting Islamic State Somalia Province bases in Miraale area in Buuraha Cali Miskat (Qandala, "
     "Bari). An unknown number of militants were killed and wounded. Unspecified number of fatalities coded as 3.",
     "Military Forces of the United Arab Emirates"),
])
def test_somalias_regional_forces(words, name):
    ev = _main("On 1 April 2025, " + words)
    assert ev.actor1.name == name


def test_forces_said_to_be_deployed_are_the_group_whose_activity_changed():
    # SOM49682: actor1 "Military Forces of Somalia (2022-) Jubaland Security Force", no actor2
    ev = _main("Movement of forces: On 3 April 2025, Jubaland security forces were deployed in villages and bases "
               "near Kismayo town (Kismaayo, Lower Juba). The security forces plan to start an operation against Al "
               "Shabaab in Lower Juba and Middle Juba regions.")
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1.name == "Military Forces of Somalia Jubaland Security Force"
    assert ev.actor2 is None


def test_opened_gunfire_on_civilians_names_its_author():
    # ACLED 2025 Somalia row: "Al Shabaab opened gunfire on civilian pastoralists" (Attack, Al Shabaab)
    ev = _main("On 27 July 2025, Al Shabaab opened gunfire on civilian pastoralists in the vicinity of Ceel Gumare "
               "village (Bulo Burto, Hiraan). The militants ordered the civilians to leave the area. There were no "
               "casualties.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Attack", "Al Shabaab", "Civilians (Somalia)")


def test_the_coders_likely_author_and_his_reasoning_in_the_bracket():
    # ACLED 2025 Somalia row: Grenade, Al Shabaab v Civilians (Somalia); "similar attacks" is the coder's reason,
    # not this report's history
    ev = _main("On 30 July 2025, an unknown armed group (likely Al Shabaab due to similar attacks by the group) threw "
               "a hand grenade at a civilians during a traditional dance performance held as part of a wedding "
               "celebration in Hantiwadag neighborhood in Jowhar town (Jowhar, Middle Shabelle). 5 people were injured.")
    assert ev.modality == "asserted"
    assert (ev.sub_event_type, ev.actor1.name) == ("Grenade", "Al Shabaab")


@pytest.mark.parametrize("text", [
    # SOM49667 (Armed clash, Al Shabaab v Military Forces of Somalia (2022-))
    "On 2 April 2025, overnight, Al Shabaab ambushed government security forces (SNA) and engaged them in an armed "
    "clash at a checkpoint in Ceelasha Biyaha village (Afgooye, Lower Shabelle) after the militants threw a hand "
    "grenade. There were no casualties.",
    # a 2025 row of the same kind, the group only 'suspected'
    "On 17 November 2025, suspected Al Shabaab clashed with government soldiers (SNA) at a checkpoint in Mogadishu - "
    "Garasbaaley (Banadir), after the militants threw a hand grenade. There were no casualties.",
])
def test_a_fight_that_began_with_a_grenade_is_a_fight(text):
    result = extract(text, lang="en")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash", "Al Shabaab", "Military Forces of Somalia")
    assert result.primary == "Armed clash"


def test_sna_is_somalias_army_in_a_note_whose_places_are_somalias():
    # ACLED 2025 Somalia row: Change to group/activity, Military Forces of Somalia (2022-), no actor2
    ev = _main("Movement of forces: On 1 June 2025, government security forces (SNA) were deployed in the vicinity "
               "of Aborey village (Bulo Burto, Hiraan) and Yasooman (coded separately).")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2) == ("Change to group/activity", "Military Forces of Somalia", None)


def test_a_sub_clan_that_fights_is_its_militia():
    # ACLED 2025 Somalia row: actor1 "Hawiye-Habar Gedir-Ayr-Saruur Sub-Clan Militia (Somalia)"
    ev = _main("On 17 November 2025, Hawiye-Habar Gedir-Ayr-Saruur sub-clan clashed with Al Shabaab in Dumaaye "
               "village (Xarardheere, Mudug). More than 15 militants were killed and 10 others were injured.")
    assert ev.actor1.name == "Hawiye-Habar Gedir-Ayr-Saruur Sub-Clan Militia (Somalia)"
    assert ev.actor2.name == "Al Shabaab"


def test_looting_told_after_a_killing_is_part_of_it():
    # ACLED 2023 Sudan row: Attack, Darfur Communal Militia (Sudan) v Civilians (Sudan), 4
    result = extract("On 11 April 2023, unidentified gunmen (coded as Darfur communal militia) shot and killed 4 "
                     "employees of a local bank in El Fasher (Al Fasher, North Darfur). Bank property was looted.", lang="en")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Attack", "Darfur Communal Militia (Sudan)", 4)
    assert result.primary == "Attack"


@pytest.mark.parametrize("text", [
    # ACLED 2023 Bangladesh row: what the crowd demands ("the withdrawal of the case") changed nothing
    "On 3 April 2023, journalists forum staged a human chain protest in front of Khulna DC office in Khulna city "
    "(Khulna Sadar), demanding the withdrawal of the case filed under the Digital Security Act against all journalists.",
    # ACLED 2024 Bangladesh row: the crime a platform seeks justice for, in a bracket before the protest word
    "On 6 April 2024, people under the banner of 'Justice for Munia' (a platform seeking justice for college student "
    "Mosarat Jahan Munia's rape and death) staged a human chain protest in front of Supreme Court in Dhaka - Shahbagh "
    "(Shahbagh), at the dismissal of case against 9 people.",
    # ACLED 2023 Sudan and 2025 Somalia rows: a bridge or a route closed "by unspecified means"
    "On 11 April 2023, the family of the martyr, Colonel Ahmed Muhammad Ali Bakhit, closed (through unspecified "
    "means) the bridge in Zalingei (Zalingi, Central Darfur), demanding justice.",
    "On 18 November 2025, residents blocked (means unspecified) the route between Bossaso and Garowe, in Yalho "
    "village (Bossaso, Bari), against a decision by the Puntland authorities.",
])
def test_peaceful_protests_as_acled_notes_tell_them(text):
    ev = _main(text)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1.name.startswith("Protesters")


@pytest.mark.parametrize("text", [
    # ACLED rows (Kenya 2008, 2017, 2019): Violent demonstration, Rioters (Kenya) v Police Forces of Kenya
    "Residents protested against police raids for Mungiki members in their estate - involved road barricades and "
    "fires were lit. Police intervened.",
    "On 14 February, police fired teargas to disperse protesting youth from Mathare who barricaded the road over "
    "claims of illegal voter registration.",
    "18 Sep. Masinde Muliro University of Science and Technology students held demonstration regarding the deadline "
    "required for paying the fees. Students stoned some vehciles in the campus while police intervened and arrested "
    "some demonstrators. [Size=no report]",
])
def test_barricades_and_stones_make_a_protest_a_riot(text):
    ev = _main(text)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1.name.startswith("Rioters") or ev.actor2.name.startswith("Rioters")


@pytest.mark.parametrize("text, sides", [
    # ACLED 2025 Somalia rows: Attack, forces v Civilians (Somalia): fire that hit only bystanders
    ("On 8 May 2025, government security forces (SNA) convoy traveling from Mogadishu to Balcad opened fire during a "
     "traffic jam caused by public vehicles on Livestock Market Road, near S. Company in Mogadishu - Heliwa (Banadir). "
     "At least 1 civilian bystander was injured.", ("Military Forces of Somalia", "Civilians (Somalia)")),
    # a clan's fire on traders' trucks
    ("On 25 December 2025, Gaaljacel clan militia opened fire on commercial trucks from Mogadishu and stopped at an "
     "illegal checkpoint near Yaaq Biri Weyne village (Wanla Weyne, Lower Shabelle). There were no casualties.",
     ("Gaaljacel Clan Militia (Somalia)", "Civilians (Somalia)")),
    # an unnamed clan's gunman, and his victim "from another clan", a civilian
    ("On 3 September 2025, an unidentified clan militia member shot and killed a civilian from another clan in Oodaale "
     "village (Cabudwaaq, Galgaduud). The motive was due to clan revenge.",
     ("Unidentified Clan Militia (Somalia)", "Civilians (Somalia)")),
    # ACLED 2023 Sudan row: the pastoralists the coder names a militia attack, they do not riot
    ("On 13 April 2023, pastoralists-militia (coded as Darfur communal militia) attacked civilians near Garsila (Wadi "
     "Salih, Central Darfur). 2 were killed and 1 was wounded. No further information.",
     ("Darfur Communal Militia (Sudan)", "Civilians (Sudan)")),
])
def test_attacks_on_civilians(text, sides):
    ev = _main(text)
    assert ev.sub_event_type == "Attack"
    assert (ev.actor1.name, ev.actor2.name) == sides


def test_forces_that_exchanged_fire_still_fought():
    ev = _main("On 8 May 2025, government security forces (SNA) exchanged fire with gunmen in Mogadishu - Heliwa "
               "(Banadir). A civilian bystander was injured.")
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, sides, dead", [
    # KEN7176 (Carol0128/Data acled_data.csv): Remote explosive/landmine/IED, Al Shabaab v Military Forces of Kenya, 2
    ("On December 27 2019, 2 Kenyan security forces were killed and 7 others injured when their vehicle ran over an "
     "IED on the Kutulo-Khorof Kharar road in Wajir (Al Shabaab assumed responsible).",
     ("Al Shabaab", "Military Forces of Kenya"), 2),
    # an ACLED Kenya row of 2017: the coder's "Al Shabaab suspected." after a homemade bomb the police drove onto
    ("05 July. Several police officers were injured after their vehicle ran over a homemade bomb between Handaro and "
     "Sangailu on the Lamu-Garissa border. Al Shabaab suspected.", ("Al Shabaab", "Police Forces of Kenya"), 0),
])
def test_the_coders_attribution_names_the_bombs_author(text, sides, dead):
    ev = _main(text)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.actor1.name, ev.actor2.name) == sides
    assert (ev.fatalities or 0) == dead


def test_two_groups_of_one_side_fight_each_other():
    # ACLED 2025 Somalia row: Armed clash, Al Shabaab v Al Shabaab
    ev = _main("On 26 July 2025, 2 groups of Al Shabaab clashed in Xin Dheere town (Ceel Buur, Galgaduud). The motive "
               "was due to unknown dispute within the group. Casualties unknown.")
    assert (ev.actor1.name, ev.actor2.name) == ("Al Shabaab", "Al Shabaab")


@pytest.mark.parametrize("text, victims", [
    # ACLED Kenya rows (2017, 2008): the victims of a passive told without its auxiliary
    ("01 Oct. 3 Suspected Alshabaab militants killed by Kenyan police in Likoni.", "Al Shabaab"),
    ("3 suspected SLDF militia killed by police at Cheptais trading centre in the Mount Elgon Region",
     "SLDF: Sabaot Land Defence Force"),
])
def test_suspects_killed_by_the_police_are_the_group_named(text, victims):
    ev = _main(text)
    assert ev.actor1.name.startswith("Police Forces")
    assert ev.actor2.name == victims
    assert ev.fatalities == 3


@pytest.mark.parametrize("text", [
    # ACLED Kenya rows (2013): deaths told in the present
    "A madrassa teacher is beheaded for unknown reason in Malindi.",
    "A Christian preacher is gunned down by two unidentified men at Tiwi in Ukunda. The reason for the "
    "assassination is not known.",
    "18 July. The Transport Chief Administrative Secretary's driver is shot and killed in Kariobangi for unknown reason.",
])
def test_one_victim_killed_told_in_the_present(text):
    ev = _main(text)
    assert ev.sub_event_type == "Attack"
    assert ev.fatalities == 1


@pytest.mark.parametrize("text, sides", [
    # ACLED 2023 Sudan rows: Armed clash, Darfur Communal Militia (Sudan) v the state's forces
    ("On 11 April 2023, a group of armed individuals (coded as Darfur Communal militia) clashed with police and armed "
     "villagers (also assumed Darfur militia) near Um Kaddada (Melit, North Darfur), over previously stolen sheep and "
     "camels. As a result, one policeman was killed and seven other people were injured.",
     ("Darfur Communal Militia (Sudan)", "Police Forces of Sudan")),
    ("On 12 April 2023, Arab identifying militia (coded as Darfur Communal Militia) on motorbikes clashed with joint "
     "security forces (SAF, RSF and Police) in Foro Burunga (Foro Baranga, West Darfur).",
     ("Darfur Communal Militia (Sudan)", "Military Forces of Sudan")),
])
def test_the_militia_the_coder_names_fights(text, sides):
    # (what was "previously stolen" is the clash's motive, not a history that makes the clash background)
    ev = _main(text)
    assert ev.modality == "asserted"
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash",) + sides


def test_a_place_a_militia_is_named_after_is_not_where_it_struck():
    # ACLED 2023 Sudan row (Garsila, Central Darfur): "Darfur" names the coder's militia, the bracket the place
    ev = _main("On 13 April 2023, pastoralists-militia (coded as Darfur communal militia) attacked civilians near "
               "Garsila (Wadi Salih, Central Darfur). 2 were killed and 1 was wounded. No further information.")
    assert ev.location.name == "Central Darfur"


@pytest.mark.parametrize("text, taker", [
    # ACLED 2025 Somalia rows: Non-state actor overtakes territory, Al Shabaab
    ("On 2 June 2025, Al Shabaab clashed with AUSSOM BNDF troops in Xawaadleey village (Balcad, Middle Shabelle). "
     "Al Shabaab took control of the village. Casualties unknown.", "Al Shabaab"),
    ("On 2 January 2026, Al Shabaab clashed with government security forces (SNA) and Hawiye-Abgal sub-clan militia at "
     "a base in Wargaadhi village (Cadale, Middle Shabelle). Al Shabaab took control over the village.", "Al Shabaab"),
])
def test_a_fight_after_which_its_author_took_control_is_the_takeover(text, taker):
    ev = _main(text)
    assert (ev.sub_event_type, ev.actor1.name) == ("Non-state actor overtakes territory", taker)


def test_people_who_caught_the_attackers_took_no_territory():
    # SOM31069 (RPanlilio/acled, 2020): Armed clash, Al Shabaab v Police Forces of Somalia
    ev = _main("On 9 May 2020, two Al shabaab militants attacked a police officer at Seybiyaano neighborhood in "
               "Mogadishu-Hodan district (Hodan, Banadir). The militants shot the police officer but also sustained "
               "injuries and when they tried to escape people nearby captured them and handed them over to the police.")
    assert ev.sub_event_type == "Armed clash"


def test_an_event_no_place_locates_is_in_the_country_of_its_police():
    # an ACLED Kenya row of 2017 (Likoni, a suburb of Mombasa the gazetteer lacks): Kenya, not nowhere
    ev = _main("01 Oct. 3 Suspected Alshabaab militants killed by Kenyan police in Likoni.")
    assert ev.location is not None and ev.location.country == "KE"


def test_residents_who_pelt_the_police_with_stones_riot():
    # an ACLED Kenya row of 2017: Rioters (Kenya) v Police Forces of Kenya
    ev = _main("13 July. Residents pelt police officers with stones while they were responding to a property dispute "
               "call in Rongo. One injury reported.")
    assert ev.event_type == "Riots"
    assert (ev.actor1.name, ev.actor2.name) == ("Rioters (Kenya)", "Police Forces of Kenya")


@pytest.mark.parametrize("text, country", [
    # ACLED 2024 Bangladesh row: Mob violence, Rioters (Bangladesh) v Rioters (the rival candidate's supporters)
    ("On 10 April 2024, supporters of a union parishad elections candidate stabbed and injured at least 7 supporters "
     "of rival candidate, and killed 1, in Amtali upazila HQ (Barguna, Barisal), when rivals tried to stop the "
     "assailants from distributing money to potential voters.", "Bangladesh"),
    # a party's supporters, as "ANC supporters" already read
    ("On 1 May 2020, supporters of the ANC attacked a DA activist in Soweto.", "South Africa"),
])
def test_a_partys_supporters_who_assault_are_a_mob(text, country):
    ev = _main(text)
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", f"Rioters ({country})")


def test_coders_notes_on_where_are_no_actor():
    # an ACLED Kenya row of 2019: "(coded as Miathene, with GP2)" places the event; the victim is a civilian
    ev = _main("Around Sept 20th 2019 (exact date nort reported), a man was shot dead at Ntangilia (coded as "
               "Miathene, with GP2) allegedly by Turkana herders who are said to have brought their camels to Meru.")
    assert ev.actor2.name == "Civilians (Kenya)"


@pytest.mark.parametrize("text, sides", [
    # an ACLED Kenya row of 2017: the unit's name steals nothing (Attack, Police Forces of Kenya v Civilians)
    ("15 Sep. A member of Anti-Stock Theft Unit police shot three civilians and left them wounded in Trans mara.The "
     "motive of shooting is unknown. The police was later arrested.",
     ("Police Forces of Kenya Anti-Stock Theft Unit", "Civilians (Kenya)")),
    # ACLED 2025 Somalia row: actor1 "Military Forces of Somalia (2022-) Jubaland Security Force"
    ("On 11 May 2025, a Jubaland soldier opened fire and injured 2 tipper truck drivers in outskirts of Dhobley village "
     "(Afmadow, Lower Juba) after they were found digging fill sand.",
     ("Military Forces of Somalia Jubaland Security Force", "Civilians (Somalia)")),
])
def test_named_units_of_the_state(text, sides):
    ev = _main(text)
    assert ev.sub_event_type == "Attack"
    assert (ev.actor1.name, ev.actor2.name) == sides


@pytest.mark.parametrize("text, dead", [
    # ACLED 2025 Somalia rows: the coder's closing total after its parts (6, 4)
    ("On 12 May 2025, Al Shabaab attacked Hawadle clan militia and engaged them in an armed clash in Yasooman village "
     "(Bulo Burto, Hiraan). Al Shabaab claimed to have killed 3 clan militia. An unknown number of militants were "
     "killed and wounded (unspecified fatalities coded as 3). Fatalities coded as 6 (3 clan militia and 3 militants).", 6),
    ("On 29 May 2025, government security forces (SNA) and Hawadle clan militia attacked Al Shabaab and engaged them in "
     "an armed clash in Aborey village (Bulo Burto, Hiraan). The head of Al Shabaab in the village and an unknown number "
     "of militants were killed and wounded (unspecified fatalities coded as 3). Fatalities coded as 4.", 4),
    # the wounded told after the killed, with their own verb, are not dead (8, as ACLED codes it)
    ("On 24 December 2025, Al Shabaab clashed with government security forces (SNA) near Warshiikh village (Balcad, "
     "Middle Shabelle). The clash was initiated with RPGs. Al Shabaab claimed to have killed at least 8 soldiers and 4 "
     "others were injured.", 8),
])
def test_tolls_as_acled_codes_them(text, dead):
    assert _main(text).fatalities == dead


def test_a_town_placed_in_another_countrys_division_is_a_namesake():
    # an ACLED Kenya row of 2017: Jerusalem, a village of Kirinyaga County, is in Kenya (Rioters (Kenya), Mob violence)
    ev = _main("27 July. The mother of a Kenyan man, who allegedly mutilated his wife, is stoned to death by a mob in "
               "Jerusalem village of Kirinyaga County.")
    assert ev.location.country == "KE"
    assert ev.location.name == "Kirinyaga"


def test_forces_that_intervene_after_the_crowds_spark_intervened_in_its_protest():
    # SOM52958: Protest with intervention, Protesters (Somalia) v Police Forces of Somalia
    ev = _main("On 15 October 2025, around 8 residents protested in Mogadishu - Yaqshid (Banadir) after they were "
               "evicted from the Sinaay area the day before, and police forces intervened and arrested three of the "
               "protesters.")
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2.name == "Police Forces of Somalia"
