"""Crowds' and party men's violence in ACLED's Bangladesh rows since 2023, coded as mob violence by rioters, and the
crowd readings that go with it. The notes are ACLED's own (zachessesjohnson/Protest-Diffusion acled_data.csv,
Bangladesh 2023-2024, and RPanlilio/acled acled.csv, 2020; rows named in each test); the gold is ACLED's row."""
from tests.conftest import top_event as _main


def test_party_members_who_assault_a_journalist_are_a_mob():
    # BGD25338: Mob violence, Rioters (Bangladesh) v Civilians (Bangladesh)
    ev = _main("On 24 September 2023, at least 15-20 members of Chhatra League (BCL) assaulted and injured a journalist "
               "belonging to Prothom Alo at Chittagong university, Fatehpur union (Hathazari upazila, Chittagong), for "
               "writing reports against the BCL. Assailants threatened to kill him.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert ev.actor1.name == "Rioters (Bangladesh)"
    assert ev.actor1.text == "at least 15-20 members of Chhatra League (BCL)"
    assert ev.actor2.name == "Civilians (Bangladesh)"


def test_unidentified_assailants_who_stab_a_party_man_are_a_mob():
    # BGD24139: Mob violence, Rioters (Bangladesh) v Civilians (Bangladesh), 1
    ev = _main("On 4 April 2023, unidentified assailants stabbed and killed a former leader of Chhatra League (BCL) in "
               "Kaliganj upazila (Lalmonirhat, Rangpur), following an altercation.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.name == "Rioters (Bangladesh)"
    assert ev.fatalities == 1


def test_party_men_who_attack_a_police_station_are_a_mob_and_the_police_its_other_side():
    # BGD27098: Mob violence, Rioters (Bangladesh) v Police Forces of Bangladesh (2009-2024)
    ev = _main("On 6 April 2024, at least 100-150 members of Swechchasebak League (ASL) attacked a police station in "
               "Bogra town (Bogra Sadar, Rajshahi), to snatch a suspect from custody of police forces. At least 8 police "
               "personnel were injured in the incident.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.name == "Rioters (Bangladesh)"
    assert ev.actor2.name == "Police Forces of Bangladesh"


def test_masked_men_who_set_fire_to_a_party_office_are_a_mob():
    # BGD24169: Mob violence, Rioters (Bangladesh)
    ev = _main("On 7 April 2023, masked assailants vandalized and set fire to the office of BNP in Nandigram upazila "
               "(Bogra, Rajshahi), over unknown reasons.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.name == "Rioters (Bangladesh)"


def test_gunmen_who_shoot_a_party_man_stay_an_armed_group():
    # (no such row was seen: shots are an armed group's, whatever the year)
    ev = _main("On 4 April 2023, unidentified assailants shot dead a former leader of Chhatra League (BCL) in Kaliganj "
               "upazila (Lalmonirhat, Rangpur).")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1.name == "Unidentified Armed Group (Bangladesh)"


def test_before_2023_a_party_mans_accomplices_are_an_armed_group():
    # BGD17632 (2020): Attack, Unidentified Armed Group (Bangladesh) v Civilians (Bangladesh), 1
    ev = _main("On 7 May 2020, a supporter of a UP member was killed in an armed attack by accomplices of another UP "
               "member at Charpara village in Kumarkhali Upazila (Kushtia) over establishing supremacy in area.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1.name == "Unidentified Armed Group (Bangladesh)"


def test_staff_who_assault_journalists_are_a_mob():
    # BGD25348: Mob violence, Rioters (Bangladesh) v Civilians (Bangladesh)
    ev = _main("On 23 September 2023, staff managing cafes at the Trishal Upazila Health Complex assaulted and injured 4 "
               "journalists at the hospital premises in Trishal upazila (Mymensingh), when they went to gather reports "
               "regarding the quality of food being supplied at the hospital.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.name == "Rioters (Bangladesh)"
    assert ev.actor1.text == "staff"


def test_villagers_who_engaged_in_clashes_are_both_sides_of_a_brawl():
    # after BGD27831 ("two groups of villagers enaged in clashes and vandalism ... over a land dispute"): Mob
    # violence, Rioters (Bangladesh) v Rioters (Bangladesh); the parse reads the sentence as a noun phrase
    ev = _main("On 25 July 2024, two groups of villagers engaged in clashes at Chitlapara village, Gurudaspur upazila "
               "(Natore, Rajshahi), over a land dispute. Injuries unknown.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.name == ev.actor2.name == "Rioters (Bangladesh)"
    assert "villagers" in ev.actor1.text
