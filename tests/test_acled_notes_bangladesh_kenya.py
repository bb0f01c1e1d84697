"""ACLED's own notes from three more exports: Bangladesh 2023-2024 (zachessesjohnson/Protest-Diffusion acled_data.csv),
a mixed May 2020 export (RPanlilio/acled acled.csv) and Kenya 2012-2017 (Carol0128/Data acled_data.csv).

What they teach, each a general reading: protest words in the background of an act of violence done by men no crowd
word names ("unidentified assailants ... set ablaze ..., amid the outbreak of violence after the resignation of the
Prime Minister, following anti-government demonstrations") are the background's, not a demonstration; party men who
fight are a mob whatever they fight with; a fight named as when a crowd's grievance happened ("against the prior
killing of Krishak Dal leader during a clash with police forces") is no fight at the rally; "anti-government" names
no group a later "They" stands for; a goddess's temple ("Kali mandir") is no city in Colombia; crops and an armed
group's mine destroyed are property destroyed, and people nobody identifies who destroy it an armed group; what set a
protest off ("after water pollution destroyed their crops") or what it remembers ("in remembrance of ... who had been
executed in 1972") is not what happened at it; a road blocked "using stones" is a violent demonstration; a force or a
death a crowd denounces is no side and no toll of its own; a dharna is a protest; a shoot-out after police "went to"
a place is the police's against the gang named; a cache the police "discovered" is theirs to disrupt; a "near"
lynching kills no one; and a headline's bare singular person ("beat man to death", "security officer killed by
carjackers", "lynches suspected criminal") or "leaving him killed", "leaving the driver dead" is one death. Controls:
clashes after a march stay the march's ("un jeune tué lors de heurts après une marche"), and arrests after protests
are the intervention at them. The notes are ACLED's words (event ids in each test)."""
from sitrep import extract
from tests.conftest import top_event as _main

AFTER_RESIGNATION = ("amid the outbreak of violence after the resignation of the Prime Minister, following anti-government "
                     "demonstrations emerging from the quota reform movement.")


def test_protest_words_in_the_background_of_unnamed_mens_violence_are_no_demonstration():
    # BGD28051
    ev = _main("On 5 August 2024, unidentified assailants hacked and killed a local Jubo League leader at Kharna Bazar in "
               "Shajahanpur (Sahajanpur) upazila (Bogra, Rajshahi), " + AFTER_RESIGNATION, published="2024-08-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Mob violence", "Rioters (Bangladesh)",
                                                                    "Civilians (Bangladesh)")
    assert ev.fatalities == 1


def test_a_later_they_is_not_the_anti_government_stance_nor_the_goddess_a_city():
    # BGD28055
    text = ("On 5 August 2024, unidentified persons vandalized the house, pharmacy and Kali mandir (Temple of Hindu "
            "goddess Kali) of a doctor belonging to the Hindu community in Bamundi Bazar, Madhukhali upazila (Faridpur, "
            "Dhaka), " + AFTER_RESIGNATION + " The crowd also assaulted him. They also vandalized and looted a flour mill "
            "belonging to the Hindu community near Madukhali-Naopara road in Madhukhali upazila.")
    result = extract(text, lang="en", published="2024-08-05")
    assert {p.country for p in result.places if p.country} == {"BD"}
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (Bangladesh)")
    assert all(e.actor1 is None or not e.actor1.name.startswith("Government") for e in result.events)


def test_party_men_who_fight_are_a_mob_whatever_they_fight_with():
    # BGD26911, BGD24905
    ev = _main("On 12 March 2024, two factions of Chhatra League (BCL) clashed using batons and cocktail bombs at "
               "Government Teachers Training College, Dhaka - New Market (New Market), over a previous dispute. At least "
               "5 people were injured in the clash.", published="2024-03-12")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Mob violence", "Rioters (Bangladesh)",
                                                                    "Rioters (Bangladesh)")
    ev = _main("On 22 July 2023, supporters of winning and losing candidates (Independents) in by-polls, led by the "
               "candidates, clashed using fire arms, stones, and bricks in Rupganj upazila (Narayanganj, Dhaka), over "
               "establishing dominance in the area. At least 10 people were injured, including 4 with bullet injuries. "
               "Shops were vandalized during the clash.", published="2023-07-22")
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (Bangladesh)")


def test_a_rally_the_quarrel_was_about_is_no_demonstration_of_the_clash():
    # BGD24854
    ev = _main("On 20 July 2023, members of Awami League and BNP engaged in a clash using firearms in Narsingdi Sadar "
               "(coded as Narsingdi, Dhaka), after a verbal altercation over the Awami League's political rally "
               "escalated. At least 8 people were injured.", published="2023-07-20")
    assert ev.sub_event_type == "Mob violence"


def test_a_fight_named_as_when_the_grievance_happened_is_not_the_rallys():
    # BGD24867
    ev = _main("On 20 July 2023, members of BNP staged a protest rally in Dhaka - Paltan (Paltan), against the prior "
               "killing of Krishak Dal leader during a clash with police forces when BNP was staging mass demonstration "
               "(coded separately).", published="2023-07-20")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2) == ("Peaceful protest", "Protesters (Bangladesh)", None)


def test_clashes_after_a_march_stay_the_marchs():
    # (control, AFP 2019-11-14, the page FR9-26 of the project's read sets)
    ev = _main("Guinée: un jeune tué lors de heurts après une marche anti-Condé\n\n14 novembre 2019 à 17h14 Par AFP\nUn "
               "jeune Guinéen a été tué par balle lors de heurts survenus jeudi à Conakry après la dispersion par les "
               "policiers et les gendarmes d'une nouvelle manifestation de masse des opposants au président Alpha Condé, "
               "ont déclaré sa famille et un médecin.", lang="fr", published="2019-11-14")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_pronoun_a_leaving_clause_names_is_one_death():
    # IRQ24178
    ev = _main("On 30 Apr 2020, an unidentified armed group attacked the house of an off duty border police officer in "
               "Nahiyat Yathrib in Saladin province, leaving him killed and injuring a number of his family members.",
               published="2020-04-30")
    assert ev.fatalities == 1


def test_an_armed_groups_mine_and_peoples_crops_destroyed_are_property_destroyed():
    # COL2270, IND74241
    ev = _main("On 6 May 2020, in Dadeiba municipality, Antioquia department, military forces seized and destroyed a "
               "mine belonging to the Gulf Clan. The mine was giving USD $4,600 million per month to the Gulf Clan. 14 "
               "people were arrested for illegal mining.", published="2020-05-06")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Looting/property destruction",
                                                                    "Military Forces of Colombia", "Gulf Clan")
    ev = _main("On 3 May 2020, around 100 people allegedly backed by officials of Assam's forest department and police, "
               "trespassed on Arunachal's territory at Dullung Ramghat village in Tarasso circle (Papum Pare district, "
               "Arunachal Pradesh) and destroyed rubber plantations belonging to the local people. The incident relates "
               "to the existing interstate boundary dispute between Assam and Arunachal Pradesh.", published="2020-05-03")
    # (civilians are never ACLED's perpetrators: people nobody identifies who destroy property are an armed group)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Looting/property destruction",
                                                                    "Unidentified Armed Group (India)", "Civilians (India)")


def test_a_named_arson_group_and_the_owners_of_what_it_burned():
    # TUR11721
    ev = _main("Property destruction: On 6 May 2020, the children of fire initiative carried out an arson attack "
               "targeting a factory manufacturing electronics in Maltepe neighborhood of Zeytinburnu, Istanbul. The "
               "attack caused material damage.", published="2020-05-06")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Looting/property destruction", "Children of Fire",
                                                                    "Civilians (Turkey)")


def test_what_set_a_protest_off_or_what_it_remembers_is_not_what_happened_at_it():
    # GUY78, TUR11705
    ev = _main("On 3 May 2020, in Whim, East Berbice-Corentyne, farmers protested in front of the branch office of the "
               "Environmental Protection Agency after water pollution destroyed their crops. [size=no report]",
               published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Guyana)")
    ev = _main("On 6 May 2020, a demonstration was held in Dolmabahce quarter of Besiktas, Istanbul in remembrance of the "
               "leftist student activists Deniz Gezmis and his friends who had been executed in 1972. HDP MPs, and "
               "several civil society organizations attended. [size=no report]", published="2020-05-06")
    assert (ev.sub_event_type, ev.fatalities) == ("Peaceful protest", 0)


def test_a_headlines_bare_singular_person_is_one_death():
    # KEN3321, KEN3317, KEN3298 (ACLED's 2012 Kenya notes are headlines)
    for text in ("Police arrest and beat man to death for cohabitating with a woman",
                 "Supreme court security officer killed by carjackers; nothing was stolen so officer are still "
                 "determining the motive, which may possibly be political",
                 "Vigilante mob lynches suspected criminal"):
        assert _main(text, published="2012-08-15").fatalities == 1, text
    # (an attempt kills no one: KEN3286)
    assert not _main("Vigilante mob tries to kill man they suspected of supporting al Shabaab",
                     published="2012-07-11").fatalities


def test_a_road_blocked_with_stones_is_violent():
    # KEN5306
    ev = _main("Residents of Nakuru took to the streets to protest the ownership of a piece of land in Mwariki. Police "
               "dispersed the more than 100 residents of Mutegi Estate who had blocked the Nakuru-Kiambogo road using "
               "stones.", published="2017-02-20")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Violent demonstration", "Rioters (Kenya)",
                                                                    "Police Forces of Kenya")


# ACLED's May 2020 notes from the mixed export (RPanlilio/acled), the pages read for MX_D.

def test_a_force_the_crowd_denounces_is_no_side_and_a_death_it_denounces_no_toll():
    # BRA14108
    ev = _main("On 27 April 2020, in Salvador, Bahia, residents blocked an avenue with burning objects in Pela Porco "
               "neighbourhood, to demonstrate against the death of an adolescent during a military police intervention. "
               "[size=no report]", published="2020-04-27")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2, ev.fatalities) == ("Violent demonstration", "Rioters (Brazil)",
                                                                             None, 0)


def test_a_dharna_is_a_protest_and_the_killing_it_seeks_redress_for_is_not_its_event():
    # IND74252
    ev = _main("On 5 May 2020, members of various civil organizations staged a dharna in front the office of the Deputy "
               "Commissioner of Dima Hasao at Haflong (Dima Hasao district, Assam) demanding immediate suspension of the "
               "officer in-charge of Harangajao Police Station and compensation of INR 10 million to the family of a "
               "businessman who was abducted and killed by unidentified gunmen earlier in the month of April.",
               published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Peaceful protest", "Protesters (India)", 0)


def test_a_shoot_out_after_police_went_in_is_the_police_against_the_gang_named():
    # BRA14388
    ev = _main("On 5 May 2020, in Niteroi, Rio de Janeiro, Military Police officers went to Morro do Preventorio in "
               "Charitas neighborhood to identify local leaders of the CV (Red Command). An intense shoot-out broke out "
               "and a suspect was shot and injured. Other two suspects were arrested and the Police seized a pistol, a "
               "radio and drugs.", published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash",
                                                                    "Military Forces of Brazil Military Police",
                                                                    "CV: Red Command")


def test_a_cache_the_police_discovered_is_theirs_to_disrupt():
    # GRC1854
    ev = _main("On 27 April 2020, police forces on the island of Kalymnos [coded to Pothia] discovered a large cache of "
               "explosives in a remote outdoor area. There was a total of 44 packages weighing more than 33 kilograms. "
               "There were no details available about whom the explosives might belong to and what they had been "
               "intended for.", published="2020-04-27")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Police Forces")


def test_the_driver_a_blast_left_dead_is_one_death_and_a_near_lynching_none():
    # IRQ24173, MEX17846
    ev = _main("On 29 Apr 2020, an unidentified IED planted roadside exploded in al-Dabaat area, north of Ar Rutba "
               "district targeting a vehicle transporting vegetables leaving the driver dead.", published="2020-04-29")
    assert (ev.sub_event_type, ev.fatalities) == ("Remote explosive/landmine/IED", 1)
    ev = _main("Around 4 May 2020 (as reported), in San Mateo Atenco, Mexico, a man who allegedly abused a minor was held "
               "and nearly lynched in Colonia Emiliano Zapata. The police arrested the alleged abuser. [size=no report]",
               published="2020-05-04")
    assert (ev.sub_event_type, ev.fatalities) == ("Mob violence", 0)
