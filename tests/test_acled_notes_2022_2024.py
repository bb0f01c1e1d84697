"""ACLED event notes of 2022 and 2024 (zahraghourani/lebanon-conflict-viz, data/raw/acled_turkey.csv;
olivia-redman/GEOG456, Burkina Faso; the event id in each test), read as ACLED coded them: members who "gathered in
front of" a ministry to criticise its policy demonstrated; the division closing a note's bracket ("(Thiou,
Yatenga)") places the event even beside a foreign force's nationality; "On 7 February 2022, overnight" is the night
of the 7th; the headings "Weapons seizure:", "Property destruction:" and "Displacement:" type the note; "(coded as
Al Yusufiyah city, Baghdad)" places it and names no actor; Iraq's National Security Service is its police; from 2024
ACLED names the Islamic State in Iraq "Islamic State in Iraq and the Levant (ISIL)"; "Wagner militants" are the
Wagner Group, which fights abroad (its home is no place of its events); a brigade "affiliated with Turkistan Islamic
Party" is the TIP's, and an "infiltration operation against regime positions" a battle; in Benin's notes
(JoshMerfeld/saereplication, data/acled.csv) "(Donga, Copargo)" is Benin's Donga, where Copargo lies, not Nigeria's,
and "coded to Kalale" is where the coder placed an abduction "from Yola"; forces who "carried out an ambush operation
which lead to the arrest" made the arrest; "Giants brigades forces" are the Giants Brigades (the parser no longer
reads "brigades" as a verb)."""
from sitrep import extract


def _main(text: str, published: str):
    result = extract(text, lang="en", published=published)
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


def test_members_gathered_in_front_of_a_ministry_demonstrate():
    # TUR38974 and TUR38975 (ACLED: Peaceful protest, Protesters (Turkey), Cankaya and Konak)
    ev = _main("On 15 November 2024, Egitim Sen members gathered in front of the Ministry of National Education (MEB) "
               "building in Cankaya, Ankara to draw attention to the inadequacy of the budget proposed by the ministry "
               "for 2025.", "2024-11-15")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.name) == ("Peaceful protest", "Protesters (Turkey)", "Çankaya")
    ev = _main("On 14 November 2024, members of Halkevleri gathered in front of the Provincial Directorate of Family and "
               "Social Policies in Konak, Izmir to criticize the government's impoverishing policies following the death "
               "of 5 children in a fire caused by an overturned electric heater.", "2024-11-14")
    # (the children's death in a fire is the crowd's grievance, not a disaster of the report)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities, ev.location.name) == (
        "Peaceful protest", "Protesters (Turkey)", 0, "Konak")


def test_the_division_closing_a_notes_bracket_places_it_beside_a_foreign_force():
    # BFO6435 (ACLED: Thiou, Yatenga; 7 February 2022; 14 killed)
    ev = _main("On 7 February 2022, overnight French Operation Barkhane forces carried out a combined air-ground operation "
               "involving airstrike and air-landed commandos against Ansaroul Islam (JNIM) militants in the area of Thiou "
               "(Thiou, Yatenga). Ten militants and four civilians were killed in the operation, and weapons and "
               "explosives seized.", "2022-02-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of France", 14)
    assert (ev.location.country, ev.location.name, ev.date) == ("BF", "Yatenga Province", "2022-02-07")


def test_a_weapons_seizure_heading_and_the_coders_place():
    # IRQ59180 (zahraghourani/lebanon-conflict-viz, acled_iraq.csv): Disrupted weapons use, 'Police Forces of Iraq
    # (2022-) Iraqi National Security Service' against 'Islamic State in Iraq and the Levant (ISIL)'
    ev = _main("Weapons seizure: On 11 August 2024, the National Security Service members seized and destroyed two "
               "stockpiles of ammunition which had belonged to IS militants in Al Yousifya district (coded as Al "
               "Yusufiyah city, Baghdad) and in Al Anbar governorate, in total: 1 kg of TNT, 3 kg of C4, 16 rocket "
               "launchers, 100 detonators, 17 hand grenades (the total amount was seized in 2 governorates, coded as 2 "
               "separate events).", "2024-08-11")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Disrupted weapons use", "Police Forces of Iraq Iraqi National Security Service",
        "Islamic State in Iraq and the Levant (ISIL)")
    # (the 2020 name stands for 2020 events)
    ev = _main("On 5 May 2020, IS militants attacked an army checkpoint in Tarmiyah, killing 2 soldiers.", "2020-05-05")
    assert ev.actor1.name == "Islamic State (Iraq)"


def test_a_property_destruction_heading_outweighs_the_explosives_destroyed():
    # IRQ59415 (acled_iraq.csv): Looting/property destruction by the Counter-Terrorism Service
    ev = _main("Property destruction: On 3 October 2024, the Counter-Terrorism Service conducted a series of security "
               "operations in various locations of Ninewa governorate (coded as Mosul city, Ninewa), destroying an "
               "unknown number of hideouts (houses and caves) belonging to IS militants along with booby-trapped tunnels "
               "and explosive materials ready for detonation.", "2024-10-03")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.name) == (
        "Looting/property destruction", "Military Forces of Iraq", "Mosul")


def test_a_displacement_heading_is_other():
    # MMR10911 (PeterRowing/ConflictProject, ACLED_Myanmar.csv): Strategic developments, Other
    ev = _main("Displacement: Around 28 December 2020 (as reported), in Me Waing area (Hpapun Township, Hpapun District, "
               "Kayin State), the fighting between Myanmar military and KNU has displaced more than 3,000 villagers. The "
               "tension between the Myanmar military and KNU in the area reportedly remained high with Myanmar military "
               "deploying more troops in KNU brigade 5 base area.", "2020-12-28")
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == ("Strategic developments", "Other", 0)


def test_wagner_militants_are_the_wagner_group_and_russia_is_not_where():
    # CEN48873 and CEN48882 (skytheacademic/violence_as_a_condition, CAR 2022): actor 'Wagner Group'
    result = extract("On 12 February 2022, Wagner militants killed the UFDR founder and leader in Ouadda (Ouadda, "
                     "Ouadda).One source mentioned that he was killed along with his family and around twenty of his "
                     "men, but this information could not be verified.", lang="en", published="2022-02-12")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.actor1.name == "Wagner Group"
    assert ev.location is None or ev.location.country != "RU"
    ev = _main("Movement of forces: On 21 February 2022, hundreds of Wagner group's new paramilitaries were seen at "
               "Bangui Airport (Bimbo, Bimbo). They are considered as reinforcement to the Wagner group in the country.",
               "2022-02-21")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.country) == ("Change to group/activity", "Wagner Group", "CF")


def test_a_brigade_affiliated_with_a_group_is_the_groups():
    # SYR125505 (acled_syria.csv): 'TIP: Turkistan Islamic Party' against the regime, in Syria (not Kazakhstan's
    # Turkistan); SYR125468: an HTS-affiliated brigade's infiltration operation is a battle of HTS
    ev = _main("On 11 March 2024, members of the Jaafar bin Abi Talib Brigade, affiliated with Turkistan Islamic Party, "
               "launched an attack on Syrian regime positions on the Al Tufahiya axis in the countryside of Lattakia, "
               "killing three members of the latter, amid exchange of artillery between both sides. 3 fatalities.",
               "2024-03-11")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities, ev.location.country) == (
        "Armed clash", "TIP: Turkistan Islamic Party", "Military Forces of Syria", 3, "SY")
    ev = _main("On 9 March 2024, HTS-affiliated Abi 'obayda Bin Al Jarrah Brigade fighters carried out an infiltration "
               "operation against regime positions along Al-Dana's axis in rural southeastern Idleb in conjunction with "
               "regime fighters shelling Abi 'obayda Bin Al Jarrah Brigade's position, killing two regime members, and "
               "injuring six fighters including three HTS members. 2 fatalities.", "2024-03-09")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Armed clash", "HTS: Hayat Tahrir al Sham", "Military Forces of Syria", 2)


def test_a_bracket_division_another_of_it_lies_in_and_the_coders_placing():
    # BEN888 (ACLED: Taneka Beri, Benin) and BEN889 (ACLED: Kalale, Benin; Unidentified Armed Group (Benin))
    ev = _main("On 19 December 2022, a mob burnt down the Kpandolou neighborhood of Taneka Beri (Donga, Copargo). At "
               "least 1 was injured. Casualties unknown. The fire started in the house of the Fetishist priest. It is "
               "suspected that the fire was started by persons wanting to avenge the Fetishist Chief.", "2022-12-19")
    assert ev.location.country == "BJ"
    ev = _main("Around 18 December 2022, an unidentified armed group abducted 2 civilians from Yola, coded to Kalale "
               "(Kalale, Borgou). The victims were two wealthy herdsmen and they were taken to an unknown location.",
               "2022-12-18")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.name) == (
        "Abduction/forced disappearance", "Unidentified Armed Group (Benin)", "Kalalé")


def test_who_carried_out_the_operation_and_a_brigade_the_parser_took_for_a_verb():
    # IRQ59681 (acled_iraq.csv): Arrests by 'Military Forces of Iraq (2022-) Popular Mobilization Forces';
    # YEM85002 (acled_yemen.csv): 'Giants Brigades' against the Houthis, 17 killed
    ev = _main("On 7 October 2024, popular mobilization forces carried out an ambush operation which lead to the arrest of "
               "an IS leader in the desert areas of Al Anbar and near Al Hatra desert in Ninewa province (coded to Hatra, "
               "Ninewa). The arrested IS member had entered the area using forged documents and was involved in several "
               "attacks against security forces when IS controlled large areas in Al Anbar. Authorities have withheld "
               "the identity of the IS militant for security reasons.", "2024-10-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Arrests", "Military Forces of Iraq Popular Mobilization Forces", "Islamic State in Iraq and the Levant (ISIL)")
    ev = _main("On 28 January 2024, Giants brigades forces clashed with Houthi forces in the mountains situated in the "
               "border of Shabwah and Marib governorates (coded to Harib district). According to IRG-affiliated media, 17 "
               "Houthi fighters were killed in the clash. Both forces claimed to have gained territory.", "2024-01-28")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Armed clash", "Giants Brigades", "Military Forces of Yemen Houthi", 17)
