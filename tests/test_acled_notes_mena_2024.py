"""ACLED's notes of 2021-2024 from the Middle East, North Africa, the Sahel and the Central African Republic, read as
ACLED's rows code them: a demonstration a group sponsors is its crowd's protest; Libya's notes name the region after
the district ("(Tripoli, West)"); "Grad" missiles are no place; settlers who fire at Palestinians attack civilians; a
crowd the note calls "rioters", with no demonstration or grievance told, is a mob named for its nationality; a toll
split across rows is the note's whole toll shared; a member group's rebels "from CPC" are the coalition's; a town whose
bracket of divisions lies in another country is no namesake abroad. The notes are ACLED's own, from the public
exports named in each test; the gold is ACLED's row."""
from tests.conftest import top_event as _main

# zahraghourani/lebanon-conflict-viz data/raw/acled_yemen.csv, acled_libya.csv, acled_palestine.csv;
# olivia-redman/GEOG456 1900-01-01-2022-11-02-Burkina_Faso.csv


def test_a_demonstration_a_group_sponsors_is_its_crowds_protest():
    # YEM84850 (25 Jan 2024): Peaceful protest, Protesters (Yemen)
    ev = _main("On 25 January 2024, employees of the local offices of the Health Ministry held Houthi-sponsored "
               "demonstrations in the districts of Maghirib Ans (coded to Zabah) and Al Manar (coded to Hammam Ali) "
               "(Dhamar) in solidarity with Palestinian people and Houthi leadership and to denounce the 'the Israeli "
               "occupation' in the context of the latest round of violence in Israel-Palestine.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Yemen)")


def test_a_bracket_of_divisions_after_a_bracket_opens_no_sentence():
    # YEM85145 (31 Jan 2024): Peaceful protest in Al Hudaydah, Yemen (not Israel, which the solidarity names)
    ev = _main("On 31 January 2024, tribesmen held a Houthi-sponsored tribal protests in Al Hawak district (coded to "
               "Al Hudaydah - Al Hawak) (Al Hudaydah) in solidarity with Houthi operations against Israel and to "
               "denounce the 'crimes of the Israeli occupation' in the context of the latest round of violence in "
               "Israel-Palestine.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Yemen)")
    assert (ev.location.country, ev.location.admin1) == ("YE", "Al Hudaydah")


def test_tripoli_in_libyas_western_region_is_libyas_capital():
    # LBY11853 (29 Nov 2024): Protest with intervention, Protesters (Libya)
    ev = _main("On 29 November 2024, attendees of an equestrian festival started to chant anti-government chants in "
               "Tripoli - Tripoli Airport Road (Tripoli, West). An unidentified armed group then began firing shots "
               "into the air and cut the power in the area to disperse the crowd.")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.country) == (
        "Protest with intervention", "Protesters (Libya)", "LY")


def test_grad_missiles_are_no_slovenian_municipality():
    # LBY11871 (1 Dec 2024): Shelling/artillery/missile attack, Unidentified Armed Group (Libya)
    ev = _main("On 1 December 2024, an unidentified armed group launched four Grad missiles near the Wafa Oil Field "
               "(Nalut, West). There were no fatalities. No further information is available.")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.country) == (
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Libya)", "LY")


def test_locals_who_rally_and_set_fires_demonstrate_violently_in_libya():
    # LBY11840 (19 Nov 2024): Violent demonstration, Rioters (Libya)
    ev = _main("On 19 November 2024, locals rallied and set fires in Wadi Zamzam (Misratah, West) against plans to "
               "turn their municipality into an administrative branch affiliated with the city of Misratah.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Libya)")


def test_settlers_who_fire_at_palestinians_attack_civilians():
    # PSE50803 (13 Apr 2024): Attack, Settlers (Israel) against Civilians (Palestine)
    ev = _main("On 13 April 2024, Israeli settlers opened fire at Palestinians during a raid on Sinjil (Ramallah and "
               "Al Bireh, West Bank). 2 Palestinians were injured.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Attack", "Settlers (Israel)", "Civilians (Palestine)")


def test_settler_rioters_who_beat_a_palestinian_are_an_israeli_mob():
    # PSE50726 (19 Apr 2024): Mob violence, Rioters (Israel) against Civilians (Palestine)
    ev = _main("On 19 April 2024, Israeli settler rioters beat up a Palestinian near the Abu Rish checkpoint in the old "
               "city in Hebron - Bab az Zawiyah (Hebron, West Bank). There were no casualties.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Mob violence", "Rioters (Israel)", "Civilians (Palestine)")


def test_rioters_who_clash_with_forces_without_a_demonstration_are_a_mob():
    # PSE50719 (17 Apr 2024): Mob violence, Rioters (Palestine) against Israel's military
    ev = _main("On 17 April 2024, Palestinian rioters clashed with Israeli forces in Bani Naim (Hebron, West Bank). "
               "There were no casualties.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (Palestine)")


def test_rioters_after_a_killing_still_demonstrate():
    # LBY11843 (21 Nov 2024): Violent demonstration (the spark told: "following the killing of a local civilian")
    ev = _main("On 21 November 2024, rioters burned tires and blocked a road in Az Zawiyah (Az Zawiyah, West) "
               "following the killing of a local civilian hours earlier (coded separately).")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Libya)")


def test_a_toll_split_across_rows_is_the_notes_toll_shared_when_the_row_tells_none():
    # BFO6483 (7 Feb 2022): Air/drone strike, 4 fatalities (twenty split across five events)
    ev = _main("On 7 February 2022, the Burkinabe air force carried airstrike against presumed JNIM militants in the "
               "area of Koro (Djigoue, Poni). At least twenty militants were killed in a two-day operation in the "
               "areas of Djigoue (Djigoue, Poni) and Koflande (Mangodara, Comoe), including airstrikes in the areas of "
               "Babrora, Birira, and Koro (Djigoue, Poni). Fatalities are split across five events.")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == (
        "Air/drone strike", "JNIM: Group for Support of Islam and Muslims", 4)


def test_a_member_groups_rebels_from_the_coalition_are_the_coalitions():
    # skytheacademic/violence_as_a_condition data/acled/...Central_African_Republic.csv, CEN48628 (8 Oct 2021): actor1
    # CPC: Coalition of Patriots for Change, against the FACA
    ev = _main("On 8 October 2021, the UPC rebels from CPC clashed with FACA forces and gained the control of the town "
               "in Dimbi (Kembe, Basse-Kotto). There were no fatalities nor injuries.")
    assert (ev.actor1.name, ev.actor2.name) == ("CPC: Coalition of Patriots for Change",
                                                "Military Forces of the Central African Republic")


def test_a_town_whose_divisions_lie_in_another_country_is_no_namesake_abroad():
    # CEN48635 (11 Oct 2021): Banga, Berberati (Central African Republic), not Banga in the Philippines
    ev = _main("On 11 October 2021, the 3R rebels from CPC ambushed a Wagner convoy, clashing with Russian mercenaries "
               "for several hours, in Banga (Basse-Mambere, Berberati). There were eight fatalities in total, five "
               "among Wagner and three among 3R militiamen, and four injuries.")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == ("Armed clash", "Wagner Group", 8)
    assert ev.location.country == "CF"


def test_livestock_seized_in_a_village_is_no_village_taken():
    # olivia-redman/GEOG456 Burkina Faso export, BFO5167 (4 Aug 2021): Attack, Islamic State (West Africa) - Greater
    # Sahara Faction against Civilians (Burkina Faso), 6 fatalities
    ev = _main("On 4 August 2021, presumed ISWAP (Greater Sahara) militants killed six farmers, burned houses, and "
               "seized livestock in the village of Gadba (Markoye, Oudalan).")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == (
        "Attack", "Islamic State (West Africa) - Greater Sahara Faction", 6)


def test_a_fighters_death_a_group_announces_is_the_toll_and_the_side_of_the_shelling_after_it():
    # zahraghourani/lebanon-conflict-viz acled_lebanon.csv, LBN18595 (14 Feb 2024): Shelling/artillery/missile attack,
    # Military Forces of Israel against Hezbollah, 1 fatality
    ev = _main("On 14 February 2024, Hezbollah announced the death of one fighter (coded to Marwahin). The "
               "circumstances of the fighter's death are unclear, but likely from Israeli shelling on south Lebanon "
               "amid cross-border exchanges between Hezbollah and Israel.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Israel", "Hezbollah", 1)
    assert ev.location.country == "LB"


# zahraghourani/lebanon-conflict-viz acled_yemen.csv, acled_palestine.csv, acled_syria.csv, acled_iraq.csv (2024-2025)


def test_forces_coded_under_a_command_are_the_commands():
    # YEM93574 (2 Nov 2024): Attack, Operation Restoring Hope against Civilians (Yemen), 1 fatality
    ev = _main("On 2 November 2024, Saudi forces (coded under ORH) opened fire on Al Umm Shaykh in the Monabbih border "
               "district (Sadah) in Yemen, killing 1 civilian. The attack weapon was unspecified.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Attack", "Operation Restoring Hope", "Civilians (Yemen)", 1)


def test_a_local_battalion_of_islamic_jihad_is_coded_under_its_own_name():
    # PSE47776 (28 Feb 2024): Armed clash, PIJ: Katibat Nablus against Israel's military
    ev = _main("On 28 February 2024, Katibat Nablus (PIJ) militants exchanged fire with Israeli forces that raided "
               "Balata camp (Nablus, West Bank). There were no casualties.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "PIJ: Katibat Nablus", "Military Forces of Israel")


def test_militants_who_open_fire_and_throw_explosives_at_forces_fight_them():
    # PSE48349 (2 Mar 2024): Armed clash (the aim the parse hangs on the second verb)
    ev = _main("On 2 March 2024, Katibat Nablus (PIJ) and Al Aqsa Martyrs Brigade militants opened fire, and threw "
               "explosives, at Israeli forces in Nablus (Nablus, West Bank). There were no casualties.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "PIJ: Katibat Nablus", "Military Forces of Israel")


def test_rioters_in_conjunction_with_a_shooting_are_not_the_main_event():
    # PSE48359 (2 Mar 2024): Armed clash, Unidentified Armed Group (Palestine) against Israel's military
    ev = _main("On 2 March 2024, an unidentified Palestinian group opened fire at Israeli forces that raided Qalqilyah "
               "(Qalqilya, West Bank). In conjunction with the shooting, Palestinian rioters clashed with the Israeli "
               "forces. There were no casualties.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Armed clash", "Unidentified Armed Group (Palestine)")


def test_a_groups_counted_members_arrested_make_the_group_the_target():
    # SYR128924 (4 Jun 2024): Arrests, Police Forces of Syria against QDW: National Defence Forces
    ev = _main("On 4 June 2024, Syrian regime police arrested three QDW members on charges of drug trafficking in the "
               "city of Deir-ez-Zor.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Arrests", "Police Forces of Syria", "QDW: National Defense Forces")


def test_a_shelling_exchange_between_two_sides_is_a_clash():
    # SYR128882 (29 May 2024): Armed clash, Syria's military against Opposition Rebels (Syria)
    ev = _main("On 29 May 2024, shelling exchange took place between regime forces and opposition rebels on Banin axis "
               "in Idleb countryside with heavy artillery. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")


def test_a_march_marking_the_anniversary_of_killings_is_a_peaceful_protest():
    # IRQ61972 (9 Jan 2025): Peaceful protest, 0 fatalities (the killings of 2013 are what it marks)
    ev = _main("On 9 January 2025, Kurdish residents held a march in the Makhmur Camp (Makhmour, Erbil), to mark the "
               "anniversary of the Paris attacks of 9 January 2013, in which Turkey's intelligence agency (MIT) "
               "allegedly killed 3 PKK and KNK leaders.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Peaceful protest", "Protesters (Iraq)", 0)


def test_an_infiltration_attempt_on_positions_is_a_clash():
    # SYR131078 (30 Jul 2024): Armed clash, YPG against JWS: Syrian National Army
    ev = _main("On 30 July 2024, YPG conducted an infiltration attempt on JWS positions on Kabashin axis in the "
               "countryside of Aleppo. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "YPG: Peoples Protection Units", "JWS: Syrian National Army")


def test_a_notes_heading_for_remnants_of_war_codes_it_as_other():
    # zahraghourani/lebanon-conflict-viz acled_egypt.csv, EGY12173 (11 Oct 2024): Other, 1 fatality
    ev = _main("Explosive remnants of war: On 11 October 2024, an explosive device left behind during the Egyptian "
               "state's war against the local branch of the Islamic State exploded and killed a child in El Kherba "
               "(Biear Al Abd, North Sinai).")
    assert (ev.sub_event_type, ev.fatalities) == ("Other", 1)


def test_helicopters_that_open_fire_strike_from_the_air():
    # PSE61633 (16 Oct 2024): Air/drone strike, Military Forces of Israel
    ev = _main("On 16 October 2024, Israeli helicopters opened fire at houses east of Jabalya Camp (North Gaza, Gaza "
               "Strip) amid artillery shelling. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Air/drone strike", "Military Forces of Israel")


def test_shelling_amid_which_warplanes_strike_is_the_strikes_background():
    # PSE61643 (16 Oct 2024): Air/drone strike, Military Forces of Israel
    ev = _main("On 16 October 2024, Israeli warplanes carried out strikes in Jabalya Camp (North Gaza, Gaza Strip) amid "
               "intense artillery shelling. Also, warplanes targeted a house. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Air/drone strike", "Military Forces of Israel")


def test_a_states_frigate_that_intercepts_a_drone_boat_is_its_military():
    # YEM91097 (21 Aug 2024): Disrupted weapons use, Military Forces of France against the Houthis
    ev = _main("Interception: On 21 August 2024, at an unspecified time, the French frigate Chevalier Paul intercepted 1 "
               "Houthi drone boat in the South Red Sea, likely targeting the Sounion crude oil tanker. The destroyer was "
               "answering a distress call by the 29 crew members of the Sounion after they were forced to abandon ship "
               "due to an earlier Houthi attack (coded as a separate event).")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Disrupted weapons use", "Military Forces of France", "Military Forces of Yemen Houthi")


def test_a_factions_forces_coded_as_police_are_its_police():
    # YEM91084 (3 Aug 2024): Looting/property destruction, Police Forces of Yemen (2017-) Houthi
    ev = _main("Looting: On 3 August 2024, Houthi forces (coded as police) raided the Office of the United Nations High "
               "Commissioner for Human Rights in Sanaa - Hadda (As Sabain, Amanat al Asimah) and seized documents, "
               "furniture, and vehicles.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Looting/property destruction", "Police Forces of Yemen Houthi")


def test_strikes_forces_conduct_on_a_site_are_air_strikes():
    # YEM90894 (15 Aug 2024): Air/drone strike, Military Forces of the United States
    ev = _main("On 15 August 2024, at an unspecified time, US forces conducted strikes to destroy 1 Houthi ground "
               "control station in As Salif district (coded to district center As Salif) (Al Hudaydah). CENTCOM "
               "claimed the destruction of 1 Houthi ground control that day without providing locations, while Houthi "
               "sources reported 1 raid on As Salif district. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Air/drone strike", "Military Forces of the United States")


def test_the_fatalities_a_note_says_were_coded_and_a_clock_that_is_no_place():
    # YEM90911 (16 Aug 2024): Suicide bomb by AQAP, 17 fatalities ("At least 17 fatalities, including the suicide
    # bomber, were coded"), in Mudiyah (Abyan), not in Sanaa, whose clock the note tells the time by
    ev = _main("On 16 August 2024, at 07:05am Sanaa time, an AQAP suicide car bomber driving a bomb-laden vehicle "
               "(VBIED) rammed the barracks of the 3rd Brigade of the STC Support and Reinforcement Brigades near Al "
               "Furayd School in Al Furayd area near the Umm Surrah Junction (Mudiyah, Abyan), killing at least 16 (19 "
               "according to some sources) STC soldiers and injuring 18 other. AQAP media claimed that the attack "
               "left 50 total casualties. At least 17 fatalities, including the suicide bomber, were coded.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == (
        "Suicide bomb", "AQAP: Al Qaeda in the Arabian Peninsula", 17)
    assert (ev.location.country, ev.location.admin1) == ("YE", "Abyan")


def test_air_force_intelligence_arresting_a_member_is_no_air_strike():
    # SYR128920 (1 Jun 2024): Arrests (Syria's Air Force Intelligence Directorate on both sides)
    ev = _main("On 1 June 2024, regime-affiliated air force intelligence members (Damascus branch) arrested a fellow "
               "air force intelligence member (Badia branch) for unknown reasons in Tadmor in rural Homs while two "
               "other wanted individuals managed to flee.")
    assert ev.sub_event_type == "Arrests"


def test_a_former_seleka_faction_named_in_its_bracket_is_the_faction():
    # skytheacademic/violence_as_a_condition ACLED CAR export, CEN47480 (2 Jun 2020): Abduction/forced disappearance,
    # FPRC: Popular Front for the Renaissance of Central Africa
    ev = _main("On 2 June 2020, Ex-Seleka (FPRC) armed men abducted 1 man in Bria (Haute-Kotto) after his phone number "
               "was discovered in the phone of the wife of a combatant.")
    assert (ev.sub_event_type, ev.actor1.name) == (
        "Abduction/forced disappearance", "FPRC: Popular Front for the Renaissance of Central Africa")


def test_rebels_which_are_part_of_a_coalition_are_the_coalitions():
    # CEN48018 (24 Mar 2021): actor2 CPC: Coalition of Patriots for Change
    ev = _main("On 24 March 2021, military forces, supported by Russian Wagner and MINUSCA, clashed with 3R rebels which "
               "are part of the CPC coalition in Bessan (Bouar, Nana-Mambere) on the Bouar-Niem axis.")
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of the Central African Republic",
                                                "CPC: Coalition of Patriots for Change")
