"""ACLED's notes of May 2020 read as ACLED's rows code them: the subject an ACLED note sets after its place and
division ("in Aguililla municipality, Michoacan, members of the CJNG clashed"); men a report suspects to be a
group's are that group's; the subject the parse hangs on a coder's bracket ("fighters (coded as Southern
Resistance) launched"); a counted subject far before its passive casualty verb ("nine fighters from ... were
reported killed"; "two men ... were fatally assaulted"); destruction in a crowd's demand or in the state of its own
property is not the crowd's act; pot-banging is a protest. The notes are ACLED's own, from the public export
RPanlilio/acled acled.csv (ACLED, late April to early May 2020); the gold is ACLED's row."""
from tests.conftest import top_event as _main


def test_the_subject_after_a_municipality_and_its_state_is_the_group_named():
    # MEX17471 (29 Apr 2020): Armed clash, CJNG against the National Guard
    ev = _main("On 29 April 2020, in Aguililla municipality, Michoacan, members of the CJNG clashed with National "
               "Guard officers in El Aguaje comunidad. Two men died, three officers were injured, and another two men "
               "were arrested. 2 fatalities and 3 injured.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Armed clash", "CJNG: Jalisco New Generation Cartel")
    assert ev.fatalities == 2


def test_men_suspected_to_be_a_groups_militants_are_the_group():
    # SOM31092 (4 May 2020): Grenade, Al Shabaab against Somalia's military
    ev = _main("On 4 May 2020, men suspected to be Al shabaab militants threw a hand grenade at Indhafiiq Govt forces "
               "(assumed military) in Hilaac neighborhood of Mogadishu-Hawl Wadaag district (Hawl Wadaag, Banadir). "
               "The hand grenade impacted at an open ground not far from the Govt soldiers.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Grenade", "Al Shabaab")


def test_the_subject_the_parse_hangs_on_the_coders_bracket_launched_the_attack():
    # YEM51976 (29 Apr 2020): Armed clash, Southern Resistance against the Houthis, 10 fatalities
    ev = _main("On 29 April 2020, Hazamiyah Resistance fighters (coded as Southern Resistance) reportedly launched "
               "an attack on pro-Houthi sites in Arqub-Al Uqlah area (As Sawmaah, Al Bayda), killing and injuring a "
               "number of fighters. Unknown reported fatalities coded as 10.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Armed clash", "Southern Resistance")
    assert ev.fatalities == 10


def test_a_counted_subject_far_before_its_passive_verb_is_the_toll():
    # YEM51979 (29 Apr 2020): Remote explosive/landmine/IED, 9 fatalities
    ev = _main("On 29 April 2020, nine fighters from the Guardians of the Republic's 5th Brigade (military police "
               "forces) were reported killed and 8 others injured in the explosion of two IEDs of unknown origin "
               "targeting their vehicles in Al Jah area in western Yemen (Bayt Al Faqiah, Al Hudaydah).")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.fatalities, ev.injuries) == (9, 8)


def test_men_fatally_assaulted_after_their_place_are_the_toll():
    # SAF12630 (6 May 2020): Mob violence, Rioters (South Africa) against civilians, 2 fatalities
    ev = _main("On 6 May 2020, two men suspected of house break-ins and robberies in the Mhlasini area in Verulam "
               "(eThekwini, KwaZulu-Natal) were fatally assaulted by community members. [size=no report]")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (South Africa)", 2)


def test_fire_set_by_the_people_a_crowd_wants_arrested_is_not_the_crowds():
    # PAK57239 (29 Apr 2020): Peaceful protest
    ev = _main("On 29 April 2020, teachers staged a protest demonstration in Badah town (Larkana, Sindh), demanding "
               "the arrest of people who set fire to wheat crops in the area. [size=no report]")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Pakistan)")


def test_a_crowds_looted_valuables_are_no_looting_of_its_own():
    # PAK57240 (29 Apr 2020): Peaceful protest
    ev = _main("On 29 April 2020, people protested in Badah town (Larkana, Sindh), for recovery of their looted "
               "valuables. [size=no report]")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Pakistan)")


def test_residents_who_bang_pots_against_the_president_protest():
    # BRA14180 (30 Apr 2020): Peaceful protest
    ev = _main("On 30 April 2020, in Porto Alegre, Rio Grande do Sul, residents banged pots against President Jair "
               "Bolsonaro (no party) during his visit to the city to take part in a change of Army command ceremony. "
               "[size=no report]")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Brazil)")


def test_explosions_near_a_government_held_village_are_the_other_sides_fire():
    # UKR36832 (4 May 2020): Shelling/artillery/missile attack by NAF: United Armed Forces of Novorossiya (Novozvanivka
    # lay on the government-controlled side of the contact line)
    ev = _main("On 4 May 2020, the OSCE SMM observed a total of 8 explosions involving unknown weapons near "
               "Novozvanivka.", published="2020-05-06")
    assert (ev.sub_event_type, ev.actor1.name) == ("Shelling/artillery/missile attack",
                                                   "NAF: United Armed Forces of Novorossiya")


def test_a_village_placed_in_another_countrys_province_is_no_namesake_abroad():
    # SYR78258 (4 May 2020): Shelling/artillery/missile attack by Operation Peace Spring, in Al-Hasakeh (Syria), not
    # Iraq's Al 'Aziziyah
    ev = _main("On 4 May 2020, Turkish forces and JWS factions, operating under OPS, shelled the village of Aziziyeh in "
               "the countryside of Tal Tamer in Al-Hasakeh. Neither injuries nor fatalities were reported.")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.country) == (
        "Shelling/artillery/missile attack", "Operation Peace Spring", "SY")


def test_where_the_abductors_acted_is_no_part_of_who_they_are():
    # TUR11710 (4 May 2020): Abduction/forced disappearance by Police Forces of Turkey (2016-) National Intelligence
    # Organization, in Van
    ev = _main("On 4 May 2020, a member of HDP's local party assembly was extrajudicially abducted by intelligence "
               "officers in Ipekyolu town of Van. The subject was approached by people who identified themselves as "
               "intelligence officers, put her in a vehicle and took outside the city, questioned her about her party "
               "activities.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Abduction/forced disappearance", "Police Forces of Turkey National Intelligence Organization",
        "Civilians (Turkey)")
    assert (ev.location.name, ev.location.country) == ("Van", "TR")


def test_forces_that_respond_to_fire_fight():
    # YEM51973 (29 Apr 2020): Armed clash (the other side's fire answered)
    ev = _main("On 29 April 2020, joint forces (coded as pro-Hadi and Southern Resistance) reportedly responded to "
               "pro-Houthi fire in Murays front (Qaatabah, Ad Dali) with no report of fatalities nor injuries.")
    assert ev.sub_event_type == "Armed clash"


def test_rounds_fired_in_the_air_before_a_looting_are_no_attack():
    # MZM1519 (4 May 2020): Looting/property destruction, Islamist Militia (Mozambique) against civilians
    ev = _main("On 4 May 2020, Islamic militants fired several rounds in air likely to disperse local residents and, "
               "then looted supplies in Nangade village (Nangade, Cabo Delgado). No fatalities were reported.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Looting/property destruction", "Islamist Militia (Mozambique)")
