"""ACLED's notes of 2005-2025 read as ACLED's rows code them: police who kill raiders fought them; a force's "fire" is
gunfire, not a blaze; a peaceful march for a cause, or a protest at the government's failure to stop clashes, is the
protest, not the violence it names; a base named Turkish is the Turkish military's; the dead of both sides of a
battle add up; peoples named as the sides are their ethnic militias; animals killed, and the dead a rally honours,
are no toll; the share closing a split toll is the row's. The notes are ACLED's own, from the public exports named
in each test; the gold is ACLED's row."""
from tests.conftest import top_event as _main


def test_police_who_kill_raiders_fought_them():
    # Carol0128/Data acled_data.csv, KEN1480 (2005): Battles/Armed clash, Police Forces of Kenya against the raiders
    ev = _main("Police kill Sudanese raiders near Kenya-Sudan border following raiders attack on Turkana village")
    assert (ev.sub_event_type, ev.actor1.name) == ("Armed clash", "Police Forces of Kenya")


def test_a_forces_fire_that_wounded_a_civilian_is_an_attack_not_arson():
    # dkoban/geo_stuff ACLED.csv, AFG44665 (19 Mar 2020): Violence against civilians/Attack, 0 fatalities
    ev = _main("On 19 March 2020, 1 civilian was wounded by Afghan forces fire in Jiji (Zazi Aryub) district, Paktia.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Attack", "Military Forces of Afghanistan", "Civilians (Afghanistan)")


def test_a_peaceful_march_for_a_cause_is_the_protest_not_the_violence_it_opposes():
    # Carol0128/Data acled_data.csv, KEN6607 (2017): Protests/Peaceful protest, Protesters (Kenya)
    ev = _main("Women in Garissa held a peaceful march to demonstrate their commitment to preventing gender based violence. ")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Kenya)")


def test_clashes_the_government_failed_to_stop_are_the_protests_grievance():
    # Carol0128/Data acled_data.csv, KEN1477 (2005): Protests/Peaceful protest
    ev = _main("Hundreds protest governments failure to stop ethnic clashes")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_turkish_base_shelled_in_syria_is_the_turkish_militarys():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR119751 (19 Oct 2023): Shelling, QSD against Military Forces of Turkey
    ev = _main("On 19 October 2023, QSD shelled a Turkish base in Al Da'eef town in rural Ein Issa in Ar Raqqa "
               "countryside. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Shelling/artillery/missile attack", "QSD: Syrian Democratic Forces", "Military Forces of Turkey")


def test_policemen_and_militants_killed_in_one_attack_add_up():
    # RPanlilio/acled acled.csv, AFG45363 (29 Apr 2020): Battles/Armed clash, Taliban against police, 4 fatalities
    ev = _main("On 29 April 2020, 2 policemen were killed following an attack by Taliban militants on a check points in "
               "the Habdakhshi area of Khani Chahar Bagh district, Faryab. Local authorities reported that 2 militants "
               "were also killed and 2 were wounded.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Armed clash", "Taliban", 4)


def test_a_clash_between_two_peoples_is_fought_by_their_ethnic_militias():
    # Carol0128/Data acled_data.csv, KEN1451 (21 Jan 2005): Kikuyu Ethnic Militia (Kenya) against Maasai Ethnic Militia
    ev = _main("Clashes between Kikuyu and Maasai over water disputes")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Kikuyu Ethnic Militia (Kenya)", "Maasai Ethnic Militia (Kenya)")


def test_a_people_named_alone_as_the_attackers_is_its_ethnic_militia():
    # Carol0128/Data acled_data.csv, KEN1465 (27 Jan 2005): Attack, Pokot Ethnic Militia (Kenya)
    ev = _main("Pokot attack Luhya farmers in ongoing attacks")
    assert (ev.sub_event_type, ev.actor1.text, ev.actor1.name.split(" (")[0]) == ("Attack", "Pokot", "Pokot Ethnic Militia")


def test_livestock_killed_are_no_toll():
    # Carol0128/Data acled_data.csv, KEN5908 (22 Nov 2017): Protest with intervention, 0 fatalities
    ev = _main("Police lobbed teargas to disperse protesters at Uhuru Park on Wednesday. Reto Women Association was holding "
               "a peaceful demonstration to decry alleged police killing of over 300 livestock belonging to pastoralist "
               "communities who had invaded private ranches in Laikipia County.")
    assert (ev.sub_event_type, ev.fatalities) == ("Protest with intervention", 0)


def test_the_share_that_closes_a_split_toll_is_the_rows():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR136500 (27 Nov 2024): 6 fatalities of the 97 split between locations
    ev = _main("On 27 November 2024, Military Operations Command (newly formed military room which launched an operation "
               "against the regime called 'Deter of Aggression/ Rad' Al 'dwan') attacked regime positions in Qebtan al "
               "Jabal, Regiment 46 - Military Base, Sheikh Aqeel, Anjara, Bala, Heir Darkal (coded to Anjara), Al Salloum, "
               "Jam'yet Al Ma'ari (coded to Daret Azza district), Al-Qasmiyeh, Kafr Bssin, Hur, A'wejel, Urum al-Kubra, "
               "Urum al-Sughra, Hoteh, Al Dab'a hill and Ma'amel al Zaatari, Sadiyah, Arnaz, and Busraton towns in Aleppo "
               "countryside, in conjunction with Russian warplanes conducting airstrikes on the vicinity of Qebtan al Jabal "
               "town. Clashes resulted in Military Operations Command taking control of all mentioned locations, clashes "
               "also resulted in killing 60 Military Operations Command (44 HTS, and 16 JWS), and 37 regime members "
               "including four officers, and detaining five regime soldiers. 97 fatalities split between locations as "
               "follows; Qebtan al Jabal 6, Regiment 46 - Military Base 6, and 5 each for the rest of the locations. 6 "
               "fatalities.")
    assert (ev.actor1.name, ev.fatalities) == ("Military Operations Command", 6)


def test_the_dead_a_memorial_rally_honours_are_not_its_toll():
    # Carol0128/Data acled_data.csv, KEN5912 (28 Nov 2017): the row's 4 dead are those shot that day, not the 60 honoured
    ev = _main("Teargas fired at opposition leader Raila Odinga and his supporters as they attempted to rally in Nairobi. At "
               "least two people were shot dead in clashes with police. Odinga's supporters engaged in running battles with "
               "police as they attempted to gather for a \"memorial rally\" to honour nearly 60 people killed, mostly by "
               "police, in over four months of political upheaval. Two people were shot dead in Soweto (in Nairobi) as "
               "police manned Jacaranda grounds to prevent NASA's memorial service.")
    assert ev.fatalities is not None and ev.fatalities < 60
