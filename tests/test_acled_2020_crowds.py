"""Crowds, brawls and money as ACLED's 2020 notes tell them (December 2026, review of a new sample of the 2020
export): two groups of people who fight with stones are a mob, not armed men; a protest "after the riots of
the previous week" is no riot; "the US dollar exchange rate" is no place; "migrants" are no MiG fighter jets;
arrests told after the violence they were part of do not lead the report. Texts written for these tests after
real 2020 incidents; the expected values follow ACLED's coding of such rows."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


def _extraction(pipeline, text: str, published: str):
    from sitrep import Document

    return pipeline.process(Document(id="t", text=text, lang="en", published=published))


@pytest.mark.parametrize("text", [
    "On 8 May 2020, two communities clashed and pelted stones at each other in Roorkee (Uttarakhand) over "
    "loudspeakers at a temple. 2 injured.",
    "On 6 May 2020, two groups of migrant laborers from Bihar clashed at a railway station in Satna town (Satna, "
    "Madhya Pradesh) over the distribution of food packets. No injuries reported.",
])
def test_two_groups_of_people_fighting_are_a_mob(pipeline, text) -> None:
    ev = main_event(pipeline, text, published="2020-05-09")
    assert (ev.sub_event_type, ev.event_type, ev.actor1.name, ev.actor2.name) == (
        "Mob violence", "Riots", "Rioters (India)", "Rioters (India)")


@pytest.mark.parametrize("text", [
    "On 5 May 2020, two armed groups clashed in Culiacan, Sinaloa. 3 fatalities.",
    "On 5 May 2020, two groups clashed with rifles and pistols in Culiacan, Sinaloa. 3 fatalities.",
])
def test_armed_groups_still_clash(pipeline, text) -> None:
    assert main_event(pipeline, text, published="2020-05-06").sub_event_type == "Armed clash"


def test_migrants_carry_no_aircraft(pipeline) -> None:
    ev = main_event(pipeline, "On 6 May 2020, two groups of migrants clashed at a bus stand in Surat (Surat, "
                              "Gujarat) over seats on a bus home.", published="2020-05-07")
    assert [w.name for w in ev.weapons] == []


def test_riots_of_the_previous_week_are_the_sparks_not_the_event(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, in Lanus (Buenos Aires), residents performed a pot-banging protest "
                              "against the release of prisoners. It was the second day of protests and this event "
                              "happened because of a judge's decision to release some prisoners, after the intense "
                              "protests and riots in the country's prisons in the previous week. [size=no report]",
                    published="2020-05-01")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Argentina)")


def test_riots_the_report_tells_after_a_spark_stay_riots(pipeline) -> None:
    ev = main_event(pipeline, "On 3 May 2020, residents rioted in Kisumu after a man died in police custody, burning "
                              "tyres and throwing stones at the police.", published="2020-05-04")
    assert ev.sub_event_type == "Violent demonstration"


def test_the_us_dollar_is_no_place(pipeline) -> None:
    result = _extraction(pipeline, "On 4 May 2020, protesters blocked a road in Zahle, against the high US dollar "
                                   "exchange rate and dire living conditions. [size=no report]", "2020-05-05")
    ev = result.events[0]
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1.name != "Protesters (United States)"
    assert all(p.country != "US" for p in result.places)


def test_a_local_currency_still_names_its_country(pipeline) -> None:
    ev = main_event(pipeline, "On 1 May 2020, protesters demonstrating against dire living conditions and the depreciation "
                              "of the Lebanese pound gathered in Chouf. [size=no report]", published="2020-05-02")
    assert ev.actor1.name == "Protesters (Lebanon)"


def test_arrests_told_after_shooting_do_not_lead(pipeline) -> None:
    ev = main_event(pipeline, "Around 4 May 2020, the Algerian army opened fire on Sahrawi refugees trying to escape "
                              "from the Tindouf camps. According to the report, a number of people were injured and "
                              "others were arrested. [size=no report]", published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Attack", "Military Forces of Algeria", "Civilians (Algeria)")


def test_unidentified_killers_in_brazil_are_acled_s_gang_or_police_militia(pipeline) -> None:
    ev = main_event(pipeline, "On 6 May 2020, in Pacaja, Para, a man was killed in a drive-by shooting by two armed men "
                              "on a motorcycle. There are no reports on the identity of the perpetrators.",
                    published="2020-05-07")
    assert (ev.sub_event_type, ev.actor1.name) == ("Attack", "Unidentified Gang and/or Police Militia")


@pytest.mark.parametrize("text", [
    "On 8 May 2020, in Manaus, Amazonas, a man was shot to death in Compensa neighborhood by two armed men. There are "
    "no reports on the identity of the perpetrators nor crime motivation.",
    "On 29 April 2020, in Salvador, Bahia, a man was shot to death in Periperi neighborhood by an armed man, who then "
    "fled with an accomplice on a motorcycle. There are no reports on the identity of the perpetrator.",
])
def test_men_only_said_to_have_shot_someone_in_brazil_are_an_unidentified_armed_group(pipeline, text) -> None:
    ev = main_event(pipeline, text, published="2020-05-08")
    assert (ev.sub_event_type, ev.actor1.name) == ("Attack", "Unidentified Armed Group (Brazil)")


def test_a_body_dumped_tied_in_brazil_is_a_gang_or_militia_killing(pipeline) -> None:
    ev = main_event(pipeline, "Around 28 April 2020, in Londrina, Parana, the body of a man was found by a road with "
                              "hands and feet tied, and a wire around his neck. Circumstances of death are unknown.",
                    published="2020-04-29")
    assert (ev.sub_event_type, ev.actor1.name) == ("Attack", "Unidentified Gang and/or Police Militia")


def test_unidentified_killers_elsewhere_stay_an_unidentified_armed_group(pipeline) -> None:
    ev = main_event(pipeline, "On 6 May 2020, in Culiacan, Sinaloa, a man was killed by two armed men on a motorcycle.",
                    published="2020-05-07")
    assert ev.actor1.name == "Unidentified Armed Group (Mexico)"


@pytest.mark.parametrize(("text", "actor1"), [
    ("Security measures: On 8 May 2020, Russian forces conducted a patrol in Quamishli city in al-Hasakeh.",
     "Military Forces of Russia"),
    ("Movement of forces: On 28 April 2020, a joint patrol by Turkish and Russian forces took place on M4 highway, "
     "starting from Turnabah town to Nayrab town in Idleb countryside.", "Military Forces of Turkey"),
])
def test_patrols_are_a_change_to_group_activity(pipeline, text, actor1) -> None:
    ev = main_event(pipeline, text, published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Change to group/activity", actor1)


def test_a_patrol_attacked_is_the_attack(pipeline) -> None:
    ev = main_event(pipeline, "Gunmen attacked a joint patrol of the army and police in Gao, killing two soldiers.",
                    published="2020-05-09")
    assert (ev.sub_event_type, ev.actor2.name) == ("Armed clash", "Military Forces of Mali")


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), [
    ("On 30 April 2020, residents pelted stones at police in Godhra town (Panchmahal, Gujarat), who were trying to seal "
     "areas of the town, and lobbed tear gas to control the riot.", "Violent demonstration", "Rioters (India)",
     "Police Forces of India"),
    ("On 30 April 2020, former public workers organized a sit-in protest at Yuksel Street in Cankaya, Ankara to demand "
     "their jobs back. Police intervened and moved the protesters out of the area by force.",
     "Protest with intervention", "Protesters (Turkey)", "Police Forces of Turkey"),
])
def test_stones_at_the_police_and_a_crowd_moved_by_force(pipeline, text, sub, actor1, actor2) -> None:
    ev = main_event(pipeline, text, published="2020-05-01")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (sub, actor1, actor2)


def test_an_abduction_with_a_death_is_an_attack(pipeline) -> None:
    ev = main_event(pipeline, "On 28 April 2020, in Culiacan, Sinaloa, a man was abducted by four men and stabbed to "
                              "death near a soccer field.", published="2020-04-29")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", 1)


def test_an_abduction_without_deaths_stays_one(pipeline) -> None:
    ev = main_event(pipeline, "Gunmen abducted 12 passengers on the Abuja-Kaduna highway on Sunday.",
                    published="2020-05-04")
    assert (ev.sub_event_type, ev.fatalities) == ("Abduction/forced disappearance", 0)


@pytest.mark.parametrize(("text", "actor2"), [
    ("Unknown gunmen shot and killed an off-duty police officer in Kirkuk on Monday.", "Civilians (Iraq)"),
    ("Gunmen killed an off-duty policeman in Kano.", "Civilians (Nigeria)"),
])
def test_forces_off_duty_are_civilians(pipeline, text, actor2) -> None:
    ev = main_event(pipeline, text, published="2020-05-05")
    assert (ev.sub_event_type, ev.actor2.name) == ("Attack", actor2)


def test_israel_s_border_police_stay_in_israel(pipeline) -> None:
    ev = main_event(pipeline, "Israeli border police shot a Palestinian man near Qalandiya checkpoint.",
                    published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Attack", "Police Forces of Israel", "Civilians (Palestine)")


def test_an_encounter_is_a_clash(pipeline) -> None:
    ev = main_event(pipeline, "On 28 April 2020, Pakistan military during an operation encountered BLF militants in "
                              "Prom area of Panjgur district (Balochistan) in which four militants were killed.",
                    published="2020-04-29")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Armed clash", "Military Forces of Pakistan", "BLF: Baloch Liberation Front", 4)


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 30 April 2020, in Jaboatao dos Guararapes, Pernambuco, an adolescent was shot to death by six armed men.", 1),
    ("On 6 May 2020, two men suspected of house break-ins in Verulam (eThekwini, KwaZulu-Natal) were fatally assaulted "
     "by community members.", 2),
])
def test_tolls_told_as_shot_to_death_or_fatally(pipeline, text, fatalities) -> None:
    assert main_event(pipeline, text, published="2020-05-07").fatalities == fatalities


def test_a_protest_over_crops_damaged_by_hail_is_a_protest(pipeline) -> None:
    ev = main_event(pipeline, "On 4 May 2020, a large number of farmers gathered and protested at Ghazi Ghat near the "
                              "wheat procurement center in Muzaffargarh city (Muzaffargarh, Punjab), for compensation for "
                              "their crop, damaged during lockdown due to hailstorms and rains. [size=large]",
                    published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Pakistan)")


def test_who_the_crowd_were_before_is_no_history_of_the_protest(pipeline) -> None:
    ev = main_event(pipeline, "On 2 May 2020, approximately 10 people who previously worked for Lowshan cement factory "
                              "held a protest in Lowshan, demanding to be employed by the company. [size=approximately 10]",
                    published="2020-05-03")
    assert (ev.sub_event_type, ev.modality) == ("Peaceful protest", "asserted")


def test_blocking_the_traffic_to_demand_is_a_protest(pipeline) -> None:
    ev = main_event(pipeline, "On 2 May 2020, at least 4000 migrant labourers blocked the traffic on Agra-Mumbai national "
                              "highway at Bijasan village (Barwani, Madhya Pradesh), demanding to return home.",
                    published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (India)")


@pytest.mark.parametrize("text", [
    "On 6 May 2020, LNA air force targeted GNA positions at the entrance to Ajaylat (An Nuqat al Khams). No casualties "
    "reported.",
    "Le 6 mai 2020, l'armée de l'air a frappé des positions rebelles près de Kidal.",
])
def test_an_air_force_that_targets_strikes_from_the_air(pipeline, text) -> None:
    lang = "fr" if text.startswith("Le ") else "en"
    assert main_event(pipeline, text, lang=lang, published="2020-05-07").sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 6 May 2020, in Iguatu, Ceara, a man was killed in a drive-by shooting in Jardim Oasis neighborhood by three "
     "armed men in a car. The victim had charges against him for several crimes, including drug trafficking.",
     "Unidentified Gang and/or Police Militia", "Unidentified Gang (Brazil)"),
    ("On 2 May 2020, in Ixtapaluca, Mexico, an alleged male drug dealer was shot dead by several armed individuals in "
     "Colonia Geovillas San Jacinto. 1 fatality", "Unidentified Armed Group (Mexico)", "Unidentified Gang (Mexico)"),
])
def test_killed_criminals_in_latin_america_are_a_gang_s(pipeline, text, actor1, actor2) -> None:
    ev = main_event(pipeline, text, published="2020-05-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash", actor1, actor2)


def test_a_killed_drug_suspect_elsewhere_stays_a_civilian(pipeline) -> None:
    ev = main_event(pipeline, "On 6 May 2020, unidentified gunmen shot dead a suspected drug dealer in Tondo, Manila.",
                    published="2020-05-07")
    assert (ev.sub_event_type, ev.actor2.name) == ("Attack", "Civilians (Philippines)")


def test_a_neighbourhood_named_like_a_town_stays_in_the_note_s_town(pipeline) -> None:
    ev = main_event(pipeline, "On 6 May 2020, in Iguatu, Ceara, a man was killed in a drive-by shooting in Jardim Oasis "
                              "neighborhood by three armed men in a car.", published="2020-05-07")
    assert (ev.location.name, ev.location.admin1) == ("Iguatu", "Ceara")


@pytest.mark.parametrize(("text", "sub", "actor1", "country"), [
    ("On 30 April 2020, GNA forces attacked LNA forces in Al Sharidat village in Garabulli (Almargeb). No casualties "
     "reported.", "Armed clash", "Military Forces of Libya Government of National Accord", "LY"),
    ("On 4 May 2020, pro-Houthi forces reportedly fired medium weapons and sniper rifles at residential neighbourhoods "
     "of Hays city in western Yemen (Hays, Al Hudaydah) with no report of fatalities nor injuries.",
     "Shelling/artillery/missile attack", "Military Forces of Yemen Supreme Political Council", "YE"),
])
def test_named_sides_and_guns_fired_at_an_area(pipeline, text, sub, actor1, country) -> None:
    ev = main_event(pipeline, text, published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.country) == (sub, actor1, country)


def test_ghana_news_agency_is_no_libyan_government(pipeline) -> None:
    ev = main_event(pipeline, "Police arrested five protesters in Accra on Monday, GNA reports.", published="2020-05-05")
    assert all(a is None or "Libya" not in a.name for a in (ev.actor1, ev.actor2))


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 May 2020, the OSCE SMM observed a total of 422 explosions/bursts of fire involving small arms/heavy "
     "machineguns/unknown weapons near Komsomolets.", "Armed clash"),
    ("On 28 April 2020, the OSCE SMM observed a total of 15 projectiles involving unknown weapons in both directions "
     "of the frontline near Serhiivka.", "Armed clash"),
    ("On 2 May 2020, the OSCE SMM observed a total of 8 explosions involving unknown weapons near Viktorivka.",
     "Shelling/artillery/missile attack"),
])
def test_fire_the_osce_mission_observed_is_between_the_donbas_parties(pipeline, text, sub) -> None:
    ev = main_event(pipeline, text, published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.location.country) == (
        sub, "Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya", "UA")


def test_the_monitors_parties_do_not_replace_named_ones(pipeline) -> None:
    ev = main_event(pipeline, "On 28 April 2020, the Ukrainian Forces fired 82mm mortars at the positions of the Luhansk "
                              "People's Militia in the area of Zolote-5, Luhansk. The OSCE SMM observed a total of 18 "
                              "explosions near Zolote-5.", published="2020-04-29")
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya")


def test_two_named_tribes_fighting_are_both_sides(pipeline) -> None:
    ev = main_event(pipeline, "On 6 May 2020, armed clashes reportedly erupted between Bani Ali and Al Badi tribesmen for "
                              "unknown reasons in the suq of Ahwar district (Abyan) leading to the death of a bystander.",
                    published="2020-05-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Bani Ali Tribal Militia (Yemen)", "Al Badi Tribal Militia (Yemen)")


def test_a_fight_of_unknown_men_has_unknown_men_on_both_sides(pipeline) -> None:
    ev = main_event(pipeline, "Around 6 May 2020, gunshots and explosions involving unknown actors were reported in Rafah "
                              "(Rafah, North Sinai).", published="2020-05-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Unidentified Armed Group (Egypt)", "Unidentified Armed Group (Egypt)")


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 2 May 2020, in Montes Claros, Minas Gerais, federal police forces seized about 5 tons of marijuana hidden in "
     "a truck during a highway inspection.", "Police Forces of Brazil", "Unidentified Gang (Brazil)"),
    ("On 28 April 2020, in Brus Laguna, Gracias a Dios, Military forces found and destroyed a clandestine airstrip used "
     "for drug trafficking.", "Military Forces of Honduras", "Unidentified Gang (Honduras)"),
    ("On 8 May 2020, Boko Haram raided several houses in Kerawa village (Mayo-Sava, Extreme-Nord), taking away "
     "clothes, foods, and motorcycles.", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
     "Civilians (Cameroon)"),
])
def test_property_seized_destroyed_or_taken_away(pipeline, text, actor1, actor2) -> None:
    ev = main_event(pipeline, text, published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Looting/property destruction", actor1, actor2)


def test_a_deadly_exchange_of_fire_leads_the_raid_it_happened_in(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, in Ribeirao das Neves, Minas Gerais, civil police forces dismantled a "
                              "crack lab. Two armed men exchanged fire with the police agents during the operation, and "
                              "one of the men was killed.", published="2020-05-01")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 1)


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 May 2020, activists protested in their cars in Ternopil complaining that the coronavirus lockdown kills "
     "tourism to the region. [size=no report]", "Peaceful protest"),
    ("On 30 April 2020, in Colon (Colon), inhabitants built barricades and set them on fire. They also blocked the "
     "Panama-Colon road in many points. [size=no report]", "Violent demonstration"),
])
def test_a_complaint_and_burning_barricades(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-03").sub_event_type == sub


def test_shots_counted_at_least_are_no_shots_fired_at(pipeline) -> None:
    result = _extraction(pipeline, "On 30 April 2020, Turkish border police sailing the river Evros fired at least 50 "
                                   "shots into the air near the village of Tychero.", "2020-05-01")
    assert all(e.sub_event_type != "Attack" for e in result.events)


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 May 2020, in Kelly Village, Tunapuna-Piarco, a man was sitting outside when a car pulled up and six masked "
     "and armed men stepped out the car, and ordered him to come with them. 0 fatalities.",
     "Abduction/forced disappearance"),
    # (the note's own words: youths "wearing military attire", whom ACLED coded as a communal militia)
    ("Around 28 April 2020, a group of youths wearing military attire beat up suspected violators of the coronavirus "
     "curfew in Yebouebo village, Oume subdivision (Goh, Goh Djiboua). [size=no report]", "Attack"),
    ("On 30 April 2020, protesters demonstrating against the dire economic and living conditions blocked the Zahle "
     "roundabout and Military forces are working to re-open the road. [size=no report]", "Protest with intervention"),
    ("On 28 April 2020, journalists held a protest outside Jang Building on the I.I. Chundrigar road in Karachi city "
     "(Karachi City, Sindh), against the arrest of the Jang/Geo Group Editor-in-Chief. He was arrested in connection "
     "with an accountability case. [size=no report]", "Peaceful protest"),
])
def test_taken_away_beaten_a_road_reopened_and_an_arrest_protested(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-03").sub_event_type == sub


def test_a_monitor_s_report_beside_named_parties_adds_no_sides(pipeline) -> None:
    ev = main_event(pipeline, "On 9 May 2020, the NAF rebel forces fired heavy machine guns, grenade launchers and small "
                              "arms at the governmental positions near Shyrokyne, Donetsk. The OSCE SMM observed a total "
                              "of 10 projectiles/explosions involving unknown weapons near Shyrokyne.",
                    published="2020-05-10")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine")


def test_residents_who_shoot_arrows_at_soldiers_riot(pipeline) -> None:
    ev = main_event(pipeline, "On 2 May 2020, residents of Jen (Karim-Lamido LGA, Taraba) burnt tyres and shot arrows at "
                              "soldiers who attempted to enforce the coronavirus restrictions. Soldiers responded with "
                              "gunshots. 4 people were killed.", published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Violent demonstration", "Rioters (Nigeria)", "Military Forces of Nigeria")


def test_party_members_who_clash_are_a_mob(pipeline) -> None:
    ev = main_event(pipeline, "On 8 May 2020, young members of the presidential UDPS party clashed with members of the "
                              "opposition UNAFEC party in Kasumbalesa (Sakania, Haut-Katanga). Two UNAFEC members were "
                              "killed.", published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Mob violence", "Rioters (Democratic Republic of Congo)", "Rioters (Democratic Republic of Congo)")


@pytest.mark.parametrize("text", [
    "On 30 April 2020, pro-Houthi forces reportedly fired 14.5mm, 12.7mm and 7.62mm machine guns, in addition to sniper "
    "rifles, at farms and populated villages in Al Jabaliyah area (At Tuhayat, Al Hudaydah) with no report of "
    "fatalities nor injuries.",
    "On 2 May 2020, anti-Houthi National Resistance forces reportedly fired machine guns, assumedly heavy, at 7 July "
    "and Engineering College areas of Hudaydah city (Al Hali, Al Hudaydah). No fatalities nor injuries reported.",
])
def test_heavy_guns_fired_from_the_front_at_an_area_are_shelling(pipeline, text) -> None:
    assert main_event(pipeline, text, published="2020-05-03").sub_event_type == "Shelling/artillery/missile attack"


def test_gunmen_firing_at_a_village_attack_it(pipeline) -> None:
    ev = main_event(pipeline, "Gunmen fired at a village in Zamfara, no one was hurt.", published="2020-05-03")
    assert ev.sub_event_type == "Attack"


def test_the_forces_before_a_weapon_read_as_subject_fired_it(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, pro-Houthi forces reportedly fired RPG grenades, B-10 shells, and caliber "
                              "12.7mm and 14.5mm machine guns at residential areas in At Tuhayta city (Al Hudaydah). No "
                              "fatalities nor injuries reported.", published="2020-05-01")
    assert ev.actor1.name == "Military Forces of Yemen Supreme Political Council"


@pytest.mark.parametrize("text", [
    "On 28 April 2020, in Salamanca, Guanajuato, about 100 merchants demonstrated at the toll booth on the highway to "
    "ask for help. The protesters were peacefully removed by the police. [size=about 100]",
    "On 8 May 2020, in San Pedro de Ycuamandiyu (San Pedro), residents marched to demand the resignation of the mayor. "
    "Police officers tried to control the crowd and avoid people joining the protest. [size=no report]",
])
def test_a_crowd_removed_or_controlled_met_intervention(pipeline, text) -> None:
    assert main_event(pipeline, text, published="2020-05-09").sub_event_type == "Protest with intervention"


def test_a_former_officer_is_a_civilian(pipeline) -> None:
    ev = main_event(pipeline, "On 28 April 2020, in Tacuba (Ahuachapan), a former military officer was shot and killed "
                              "by unknown gunmen.", published="2020-04-29")
    assert (ev.sub_event_type, ev.actor2.name) == ("Attack", "Civilians (El Salvador)")


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 5 May 2020, Nigerian Air Force and artillery attacked Boko Haram/IS fighters in Dumba (Mobbar LGA, Borno). 48 "
     "BH fighters were reported killed across the two attacks. Fatalities split between 2 events.", 24),
    ("On 1 May 2020, pro-Hadi fighters reportedly thwarted pro-Houthi incursions in Al Wahbiyah (As Sawadiyah, Al "
     "Bayda), killing and injuring several pro-Houthi fighters. Unknown number of fatalities coded as 10 and split up "
     "between 3 events.", 3),
])
def test_a_toll_split_between_rows_is_shared(pipeline, text, fatalities) -> None:
    assert main_event(pipeline, text, published="2020-05-06").fatalities == fatalities


def test_incursions_thwarted_are_a_clash(pipeline) -> None:
    ev = main_event(pipeline, "On 1 May 2020, pro-Hadi fighters reportedly thwarted pro-Houthi incursions in Al Wahbiyah "
                              "(As Sawadiyah, Al Bayda), killing several pro-Houthi fighters.", published="2020-05-02")
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "lang", "actor"), [
    ("On 4 May 2020, citizens protested from their balconies in Novi Sad, Serbia, against the government. A "
     "counterprotest, with noise and torches in support of the government, was also organized soon after by the SNS. "
     "[size=no report]", "en", "Protesters (Serbia)"),
    ("Des centaines de personnes ont manifesté samedi à Lyon contre la réforme des retraites, face à une "
     "contre-manifestation de soutien au gouvernement.", "fr", "Protesters (France)"),
])
def test_a_counter_protest_is_the_crowd_s_other_side(pipeline, text, lang, actor) -> None:
    ev = main_event(pipeline, text, lang=lang, published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Peaceful protest", actor, actor)


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), [
    ("On 4 May 2020, IS fighters fired a RPG at a QSD checkpoint in the town of Basira in the eastern countryside of "
     "Deir-ez-Zor. Neither injuries nor fatalities were reported.", "Shelling/artillery/missile attack",
     "Islamic State (Syria)", "QSD: Syrian Democratic Forces"),
    ("On 7 May 2020, pro-Houthi forces reportedly fired caliber 14.5mm and 12.7mm machine guns, PK machine guns, and "
     "sniper shots at residential areas and civilian houses in Hays city (Al Hudaydah). No fatalities nor injuries "
     "reported.", "Shelling/artillery/missile attack", "Military Forces of Yemen Supreme Political Council",
     "Civilians (Yemen)"),
])
def test_an_rpg_fired_at_a_checkpoint_and_pk_machine_guns(pipeline, text, sub, actor1, actor2) -> None:
    ev = main_event(pipeline, text, published="2020-05-08")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (sub, actor1, actor2)


def test_checkpoints_a_cartel_placed_are_its_post(pipeline) -> None:
    ev = main_event(pipeline, "As reported on 28 April 2020, in Coyuca de Catalan municipality, Guerrero, La Familia "
                              "Michoacana Cartel had placed two check points on the 134 federal road.",
                    published="2020-04-29")
    assert ev.sub_event_type == "Headquarters or base established"


def test_members_of_a_gang_who_start_shooting_clash(pipeline) -> None:
    ev = main_event(pipeline, "On 5 May 2020, in El Refugio (Ahuachapan), officers from the Tactical Section of the Police "
                              "were patrolling at the La Campanera urbanization when supposed members from B-18 approached "
                              "and started shooting. The police shot back and injured one of the attackers.",
                    published="2020-05-06")
    assert ev.sub_event_type == "Armed clash"


def test_a_dispersal_told_two_sentences_later_is_the_protests_outcome(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, in San Juan (San Juan), hundreds of merchants carried out a motorcade "
                              "around the civic center to draw attention to the situation of the sector. The group "
                              "parked their cars and tried to talk with a Minister, who did not receive them. The police "
                              "officers tried to disperse them and violence was reported. [size=hundreds]",
                    published="2020-05-01")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Protest with intervention", "Protesters (Argentina)", "Police Forces of Argentina")


@pytest.mark.parametrize("text", [
    "On 30 April 2020, around 260 individuals from Barangay Camudlas, Bindoy, Negros Oriental, were displaced "
    "following a clash between the NPA and the military in the said barangay.",
    "Around 3 May 2020 (as reported), around 200 to 400 families from Barangays Kilada and Marbel in Matalam, "
    "Cotabato, evacuated following the eruption of hostilities between two rival clans.",
])
def test_people_displaced_by_fighting_are_another_development(pipeline, text) -> None:
    ev = main_event(pipeline, text, published="2020-05-04")
    assert (ev.sub_event_type, ev.event_type, ev.actor1.name) == ("Other", "Strategic developments", "Civilians (Philippines)")


def test_a_battle_with_people_displaced_during_it_stays_a_battle(pipeline) -> None:
    ev = main_event(pipeline, "On 5 May 2020, NPA rebels and soldiers clashed in Bindoy, Negros Oriental; two "
                              "soldiers were killed and hundreds of residents fled.", published="2020-05-06")
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 4 May 2020, Imbonerakure and CNL supporters fought one another in Kigamba commune (Cankuzo) during a CNL "
    "election campaign meeting. 2 CNL were injured. [size=no report]",
    "On 4 May 2020, Imbonerakure and CNL supporters fought one another on Mugerera hill (Kiremba, Ngozi). 4 CNL and 2 "
    "Imbonerakure were injured, and 3 CNL members were later arrested. [size=at least 4]",
])
def test_a_youth_wing_brawling_with_party_supporters_is_a_mob(pipeline, text) -> None:
    ev = main_event(pipeline, text, published="2020-05-05")
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (Burundi)")
    assert ev.actor2.name.startswith("CNDD-FDD-Imbonerakure")


def test_a_youth_wing_that_fires_on_party_supporters_clashes(pipeline) -> None:
    ev = main_event(pipeline, "On 4 May 2020, Imbonerakure and CNL supporters clashed in Kiremba (Ngozi); Imbonerakure "
                              "fired shots and wounded 2.", published="2020-05-05")
    assert ev.sub_event_type != "Mob violence"


def test_residents_burning_tyres_to_demand_food_riot(pipeline) -> None:
    ev = main_event(pipeline, "On 28 April 2020, in the Ciudad Caribe 2 neighborhood in Malambo, Atlantico department, "
                              "residents burned tires to demand food. [size=no report]", published="2020-04-29")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Colombia)")


def test_gunmen_who_burn_tyres_are_no_crowd(pipeline) -> None:
    ev = main_event(pipeline, "Gunmen set fire to a truck and burned tyres on the road to Kumba.", published="2020-04-29")
    assert ev.sub_event_type == "Looting/property destruction"


def test_journalists_beaten_by_officials_and_supporters_is_violence(pipeline) -> None:
    ev = main_event(pipeline, "On 8 May 2020, two journalists from a local radio were beaten by government tax officers "
                              "and other local supporters of the provincial governor in Mbuji Mayi (Mbuji-Mayi "
                              "Kasai-Oriental). The police intervened and rescued the victims.", published="2020-05-09")
    assert ev.event_type in ("Violence against civilians", "Riots")
    assert ev.location.country == "CD"


@pytest.mark.parametrize(("text", "sub"), [
    # CASE 2021 dev 669: the vigilantes are whom the police took, no mob of this report
    ("Peaceful protest took place in Batsari town following the arrest of some local vigilantes and alleged "
     "bandits laid siege on the area", "Peaceful protest"),
    ("Police arrested five vigilantes in Kano on Monday.", "Arrests"),
    # an arrest that follows the mob's deed leaves the mob its violence
    ("Police arrested five people after mob justice killed a thief in Kano.", "Mob violence"),
])
def test_the_vigilantes_an_arrest_takes_are_no_mob(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-05").sub_event_type == sub


@pytest.mark.parametrize("text", [
    # the demand told in a sentence of its own ends there: the police's dispersal after it is the outcome
    "On 1 May 2020, in San Antonio, Valparaiso, about 40 workers marched on the streets of the city on Labor Day. "
    "The group demands job security for Chilean workers. Police dispersed the group and arrested 5 people for "
    "breaching the rule on small gatherings.",
    "On 1 May 2020, in Providencia, Metropolitana, citizens marched on the streets of the city on the commemoration "
    "of Labor Day. The group demands job security for Chilean citizens. Police forces of Chile dispersed the group.",
])
def test_a_dispersal_told_after_the_crowds_demand(pipeline, text) -> None:
    ev = main_event(pipeline, text, published="2020-05-01")
    assert (ev.sub_event_type, ev.actor2.name) == ("Protest with intervention", "Police Forces of Chile")


@pytest.mark.parametrize(("text", "sub"), [
    # the coder's word that no violence happened keeps stones on a road a peaceful protest
    ("On 2 May 2020, in San Lucas Toliman, Solola, residents of Quixaya village blocked the road with stones to "
     "protest against excessive prices of energy bills. No violence was reported.", "Peaceful protest"),
    # burning an effigy is a symbol, no violence
    ("On 8 May 2020, hundreds of people staged a protest at Harangajao town (Dima Hasao district, Assam) demanding a "
     "CBI inquiry. They also burnt the effigy of the DSP of Morang.", "Peaceful protest"),
    ("On 7 May 2020, police intervened to stop NPP protestors from burning effigy of BJP government at Jammu city "
     "(J&K).", "Protest with intervention"),
    # the kin's dead, told after the protest, are whom the crowd mourns
    ("On 3 May 2020, a protest was held in Sangareddy city (Sangareddy, TS) by family members of a newborn baby who "
     "died due to alleged negligence of doctors.", "Peaceful protest"),
    # what the crowd protests, with any object, is its motive
    ("On 30 April 2020, tens of civilians in Idleb city gathered near al Saa'a roundabout protesting HTS policies "
     "and acts of violence against protesters earlier that day.", "Peaceful protest"),
    # and stones with no such word stay a riot
    ("On 2 May 2020, residents blocked the road with stones and burning tyres in Solola to protest against prices.",
     "Violent demonstration"),
])
def test_what_keeps_a_protest_peaceful(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-08").sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # young locals who block streets protest; the killing that angered them is their spark
    ("On 8 May 2020, young locals blocked some streets in Beni (Beni, Nord-Kivu) to express their anger following the "
     "killing of a street trader (woman) by unknown armed men on the same day.", "Peaceful protest"),
    # what the activists the crowd stands up for are accused of is no riot of the crowd's
    ("On 7 May 2020, protesters gathered outside the court building in Tyr, in demonstration against the detention "
     "of two activists accused of vandalising a bank in Sidon.", "Peaceful protest"),
    # plain unnamed men who kill in Brazil are armed men, no mob; locals who beat a thief are one
    ("On 9 May 2020, in Manaus, Amazonas, a man was beaten to death in Grande Vitoria neighborhood by 15 men.",
     "Attack"),
    ("On 29 April 2020, in Maues, Amazonas, a suspected thief was beaten up by locals before being handed to the "
     "police.", "Mob violence"),
])
def test_crowds_and_the_men_who_are_none(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-09").sub_event_type == sub
