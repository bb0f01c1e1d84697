"""Press pages and ACLED notes read as an analyst would code them (stop 47). The texts are the pages' and the notes'
own words (sources above each test)."""
from tests.conftest import top_event as _main

from sitrep import extract


# https://www.hiiraan.com/news4/2021/aug/183622/al_shabaab_claims_responsibility_for_suicide_bomb_attack.aspx
HIIRAAN_MOGADISHU = (
    "Al-Shabaab claims responsibility for suicide bomb attack\nMogadishu (HOL) - Al-Shabaab militants have claimed "
    "responsibility for the suicide bombing attack in Somalia's capital Mogadishu on Thursday.\nIn a statement released "
    "to an Al-Shabaab-affiliated website, Al-Shabaab claimed that it killed 17 people in the attack. The group said it "
    "was targeting \"apostate soldiers.\"\nAccording to police and multiple witnesses - including hospital officials - "
    "the attack killed four people and maimed several others after a suicide bomber walked into a restaurant near the "
    "busy Juba junction and blew himself up.\nThe restaurant was close to Somalia's National Intelligence and Security "
    "Agency (NISA) headquarters and was popular among security forces.\nOfficials have confirmed that three of three "
    "police officers were among those killed.\nThere are no independent reports that can corroborate Al-Shabaab's "
    "exaggerated casualty figures.")


def test_a_groups_claimed_toll_yields_to_the_police_toll_and_a_junction_is_a_street():
    ev = _main(HIIRAAN_MOGADISHU, "en", "2021-08-20")
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.actor1.name == "Al Shabaab"
    # the police's four, not the group's boast of 17, nor the three police officers "among those killed"
    assert ev.fatalities == 4
    assert HIIRAAN_MOGADISHU[ev.fatalities_text.start:ev.fatalities_text.end] == ev.fatalities_text.text
    assert "four" in ev.fatalities_text.text
    # "the busy Juba junction" is a street of Mogadishu, not South Sudan's capital
    assert (ev.location.name, ev.location.country) == ("Mogadishu", "SO")


# https://topologypro.one/islamic-state-claims-afghanistan-suicide-bomb-attack-that-killed-6-523299.html (Reuters, 3 Sep
# 2024)
TOPOLOGY_KABUL = (
    "Islamic State Claims Afghanistan Suicide Bomb Attack That Killed 6\nIslamic State said it targeted the Taliban "
    "government's prosecution service and said that suicide bomber waited for the employees to exit to detonate the "
    "bomb.\nThe Islamic State on Tuesday claimed a suicide attack in the Afghan capital that killed six people a day "
    "earlier, saying it had targeted the Taliban government’s prosecution service.\nThe Islamic State’s Amaq media wing "
    "said in a statement on the Telegram messaging app that “the suicide bomber waited until the time when the "
    "prosecutor’s employees were leaving their shifts” before detonating in the middle of a crowd.\nOn Monday night, "
    "Kabul police spokesman Khalid Zadran said six people had been killed and 13 more were wounded in the bombing on "
    "the capital’s southern outskirts.")


def test_the_group_that_claims_a_suicide_attack_is_its_author_not_the_country_before_it():
    ev = _main(TOPOLOGY_KABUL, "en", "2024-09-03")
    assert ev.sub_event_type == "Suicide bomb"
    # "claimed a suicide attack" names the group; "the Taliban government's prosecution service" after "targeted" is
    # what it hit, not a second claimant; "Afghanistan" before "Suicide Bomb Attack" is where, not who
    assert ev.actor1.name.startswith("Islamic State")
    assert ev.actor2 is None or not ev.actor2.name.startswith("Islamic State")
    assert ev.fatalities == 6
    assert ev.location.name == "Kabul"


# ACLED's Kenya export (Carol0128/Data, acled_data.csv, 2017): its note, which ACLED coded with 1 fatality
def test_leading_to_her_death_counts_one_fatality():
    text = ("Baby Pendo was allegedly hit in the head by a police officer using a baton in Nyalenda, Kisumu County, "
            "leading to her death on August 15.")
    ev = _main(text, "en", "2017-08-15")
    assert ev.actor1.name.startswith("Police Forces of Kenya")
    assert ev.fatalities == 1
    assert ev.fatalities_text.text == "leading to her death"
    assert text[ev.fatalities_text.start:ev.fatalities_text.end] == ev.fatalities_text.text


# http://en.people.cn/n3/2024/0506/c90000-20164902.html (Xinhua, 5 May 2024)
def test_rockets_launched_from_lebanon_are_coded_where_they_hit():
    text = ("Rockets from Lebanon hit N. Israel, causing power outages\nJERUSALEM, May 5 (Xinhua) -- About 20 rockets "
            "were launched from Lebanon at northern Israel on Sunday, damaging facilities and causing power outages in "
            "the city of Kiryat Shmona, Israeli sources said.\nThe military confirmed in a statement that several "
            "rockets hit the city, triggering air raid sirens.\nThe police said rockets fell in several locations in "
            "Kiryat Shmona, causing power outages and property damage.\nNo injuries have been reported yet.")
    ev = _main(text, "en", "2024-05-06")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.location.name == "Qiryat Shmona"
    assert ev.fatalities == 0
    # the headline's "Rockets from Lebanon hit N. Israel" is the same fire, not a second one in Lebanon
    found = extract(text, lang="en", published="2024-05-06").events
    assert found and all(e.location is not None and e.location.country == "IL" for e in found)
