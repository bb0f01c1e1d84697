"""ACLED notes and press pages read as an analyst would code them: Bahrain's "Northern" and "Southern" governorates,
DR Congo's bare "Tanganyika" and the territories whose seat the packages lack ("Shanje village in Kalehe territory")
place their events; a town's name that is only the last word of a misspelt division in the note's bracket ("Uasin
Gushu") is no town abroad; a people's name before "groups" ("between Afar and Issa groups") is no region; an event the
lead places only in a province takes the town of that province told next ("in Lakki Marwat, a town in Khyber
Pakhtunkhwa province"); a beating is never a fight, and prison security forces are prison guards; "members of an
Islamist militia" in Cabo Delgado are ACLED's Islamist Militia (Mozambique); the coder's "(likely tribal militias)" are
unidentified tribal militias; "16 fatalities divided in 2 events" is 8 a row; "Nigerian Airforce" is the army; NDC
Guidon and APCLS are named; a brawl between two groups is mob violence between rioters; "real bullets" are lethal force.
The texts are the notes' and pages' own words (ACLED event ids and addresses in each test)."""
from sitrep import extract
from tests.conftest import side_names as _names, top_event as _main


def test_a_beating_in_a_bahraini_prison_is_an_attack_by_prison_guards_in_southern_governorate():
    # ACLED BHR12496 (coded Attack, Police Forces of Bahrain (1999-) Prison Guards vs Civilians (Bahrain), Jaw Prison)
    ev = _main("On 9 January 2024, Bahraini prison security forces severely beat up 2 prisoners in the isolation building "
               "in Jaw Prison (Southern). The reason behind the incident was not reported.", "en", "2024-01-09")
    assert ev.sub_event_type == "Attack"
    assert _names(ev) == ("Police Forces of Bahrain Prison Guards", "Civilians (Bahrain)")
    assert (ev.location.country, ev.location.name) == ("BH", "Southern")


def test_a_village_written_with_its_congolese_territory_and_province_is_no_ghanaian_town():
    # ACLED DRC18459 (coded Batwa Ethnic Militia vs Civilians (Democratic Republic of Congo), Konongo, Tanganyika)
    ev = _main("On 18 January 2020, Batwa ethnic militiamen kidnapped 9 civilians, including 4 women, in Konongo (Nyunzu, "
               "Tanganyika). The victims were freed by the FARDC on 17 August 2020.", "en", "2020-01-18")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.location.country == "CD" and ev.location.admin1 == "Tanganyika"
    assert ev.actor2.name == "Civilians (Democratic Republic of Congo)"


def test_a_village_in_a_territory_whose_seat_the_packages_lack_is_placed_in_the_territory():
    # ACLED DRC16402 (coded Unidentified Armed Group (Democratic Republic of Congo), Shanje, Kalehe territory)
    ev = _main("On 19 January 2020, unknown armed persons abducted a boy in Shanje village in Kalehe territory.",
               "en", "2020-01-19")
    assert ev.location.name == "Kalehe Territory" and ev.location.country == "CD"
    assert _names(ev) == ("Unidentified Armed Group (Democratic Republic of Congo)",
                          "Civilians (Democratic Republic of Congo)")


def test_the_last_word_of_a_misspelt_division_in_the_bracket_is_no_town_abroad():
    # ACLED KEN7192 (placed at Eldoret, Uasin Gishu): "Gushu" is a town in China
    ev = _main("On January 5 2020, residents stormed the police station in Yamumbi near Eldoret (Kapsoya, Ainabkoi, Uasin "
               "Gushu) to demand the arrest of gang members they said had been terrorizing them. [size=no report]",
               "en", "2020-01-05")
    assert (ev.location.name, ev.location.country) == ("Eldoret", "KE")


def test_a_peoples_name_before_groups_is_no_region_and_the_division_named_places_the_clash():
    # ACLED DJI124 (placed at As Eyla, Dikhil, Djibouti): "Afar" is the people here, not Ethiopia's Afar region
    ev = _main("On or around 16 September 2019, armed clashes were reported in As Eyla, Dikhil region between Afar and "
               "Issa groups. At least one person was injured.", "en", "2019-09-16")
    assert ev.location.country == "DJ" and ev.location.name == "Dikhil"


def test_a_lead_that_names_only_the_province_takes_the_town_of_it_told_next():
    # https://www.trtworld.com/asia/taliban-linked-attacks-kill-four-policemen-in-pakistan-hurt-six-others-66610
    text = ("Tehreek-e-Taliban Pakistan claims attack on a police vehicle that killed four officers, who were responding "
            "to an earlier attack on a police station in Khyber Pakhtunkhwa province bordering Afghanistan.\n\n"
            "Taliban members have killed four police officers by targeting a police vehicle with a roadside bomb and "
            "wounded six in an attack on a police station in northwest Pakistan, police and the Pakistani Taliban said.\n\n"
            "The bomb killed four officers early on Thursday in a police vehicle carrying reinforcements sent to respond "
            "to the attack on a police station in Lakki Marwat, a town in Khyber Pakhtunkhwa province bordering "
            "Afghanistan.")
    ev = _main(text, "en", "2023-03-30")
    assert ev.location.text == "Lakki Marwat" and ev.location.geo_precision == 1


def test_members_of_an_islamist_militia_in_cabo_delgado_are_acleds_islamist_militia():
    # ACLED MZM1957 (coded Islamist Militia (Mozambique) vs Civilians (Mozambique), 3 fatalities)
    ev = _main("On 23 November 2020, members of an Islamist militia, wearing FDS forces uniforms, killed 3 people during "
               "an attack in the Quifuqui Island (Cabo Delgado, Mocimboa da Praia). An unknown number of people were "
               "kidnapped, and mobile phones were stolen.", "en", "2020-11-23")
    assert ev.actor1.name == "Islamist Militia (Mozambique)"
    assert ev.fatalities == 3


def test_a_toll_divided_in_two_events_is_half_a_row():
    # ACLED MZM1953 (coded 8 fatalities: "16 fatalities divided in 2 events")
    ev = _main("On 16 November 2020, members of the FDS forces regained control over the villages of Muatide, Mwambula "
               "and Muidumbe (Muidumbe, Cabo Delgado). Reports indicated that 16 militiamen died in the clashes leading "
               "to the recovery of the city's control. The groups' logistics were also destroyed. The village was under "
               "control of the group since end of October. 16 fatalities divided in 2 events.", "en", "2020-11-16")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.fatalities == 8


def test_the_coders_likely_tribal_militias_are_unidentified_tribal_militias():
    # ACLED JOR3866 (coded Unidentified Tribal Militia (Jordan) on both sides)
    ev = _main("On 19 July 2024, an armed clash took place between two groups (likely tribal militias) in Al Zarqa al "
               "Jadida (Az Zarqa, Az Zarqa). The groups used multiple kinds of ammunition and weapons in the clash. There "
               "were no casualties.", "en", "2024-07-19")
    assert _names(ev) == ("Unidentified Tribal Militia (Jordan)", "Unidentified Tribal Militia (Jordan)")


def test_the_nigerian_airforce_written_as_one_word_is_the_army_striking_boko_haram():
    # ACLED NIG19286 (coded Military Forces of Nigeria (2015-), Air/drone strike, 3 fatalities)
    ev = _main("On 19 December 2020, Nigerian Airforce conducted air strikes against Boko Haram militants at Ajiri (Mafa "
               "LGA, Borno), killing several militants and destroying two of their gun trucks. Several fatalities coded "
               "as 3.", "en", "2020-12-19")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name == "Military Forces of Nigeria"
    assert ev.actor2.name.startswith("Boko Haram")


def test_ndc_guidon_and_apcls_are_named():
    # ACLED DRC16765 (coded NDC-G: Nduma Defence of Congo (Guidon) vs APCLS: Alliance of Patriots for a Free and
    # Sovereign Congo)
    ev = _main("On 19 January 2020, NDC Guidon elements carried out an attack against APCLS fighters in Hembe "
               "(Nord-Kivu), who were expelled from the location. It was not reported whether the latter retaliated the "
               "attack. Four APCLS elements and two civilians were killed.", "en", "2020-01-19")
    assert _names(ev) == ("NDC-G: Nduma Defence of Congo (Guidon)",
                          "APCLS: Alliance of Patriots for a Free and Sovereign Congo")


def test_a_brawl_between_two_groups_is_mob_violence_between_rioters():
    # ACLED JOR3862 (coded Mob violence, Rioters (Jordan) on both sides)
    ev = _main("On 16 July 2024, a brawl took place between two groups at a food market in Irbid city (Qasabat Irbid, "
               "Irbid). Three individuals were injured in the brawl.", "en", "2024-07-16")
    assert ev.sub_event_type == "Mob violence"
    assert _names(ev) == ("Rioters (Jordan)", "Rioters (Jordan)")
    assert ev.target is None  # ("took place" names no target)


def test_real_bullets_fired_at_protesters_are_excessive_force():
    # ACLED DJI127 (coded Excessive force against protesters)
    ev = _main("On 31 October 2019, in Arhiba (south of Djibouti city), for 24 hours, protestors demonstrated against the "
               "arrest of Kako Houmed Kako by the police. The use of real bullets by the police was reported in response. "
               "According to the human rights Djiboutian league dozens of protestors where injured and arrested.[size=no "
               "report]", "en", "2019-10-31")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_groups_suicide_bomber_is_a_suicide_bombing():
    # ACLED NIG19291 (coded Suicide bomb); the bomber's words end the group's phrase, they are no part of its name
    ev = _main("On 19 December 2020, a female Boko Haram suicide bomber killed three people in Konduga (Konduga LGA, "
               "Borno). It is unclear whether this figure included the bomber.", "en", "2020-12-19")
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.actor1.name.startswith("Boko Haram")


def test_unexploded_ordnance_that_exploded_and_killed_is_a_remote_explosive():
    # ACLED SOM32898 (coded Remote explosive/landmine/IED, 2 fatalities)
    ev = _main("On 30 December 2020, an unexploded ordnance (UXO) exploded, killing two boys in the outskirts of Berbera "
               "town (Berbera, Woqooyi Galbeed).", "en", "2020-12-30")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 2


def test_a_claimed_roadside_bombing_hit_the_forces_and_last_monday_dates_it():
    # https://www.akhbaralaan.net/news/arab-world/2023/03/08/ (AQAP claims two IEDs against the Yemeni army in Abyan on
    # Monday 6 March 2023; the government's forces since April 2022 are ACLED's Presidential Leadership Council's)
    text = ("تنظيم القاعدة في اليمن يعلن مسؤوليته عن انفجار خلّف ضحايا عسكريين\n\n"
            "تبنى تنظيم القاعدة في اليمن استهداف قوات الجيش اليمني بعبوتين ناسفتين، الإثنين الماضي في محافظة أبين.\n\n"
            "يأتي ذلك بحسب بيان نشره تنظيم القاعدة، أعلن فيه التنظيم مقتل اثنين وإصابة أربعة جنود من الجيش اليمني، جرّاء "
            "انفجار عبوتين ناسفتين في قرية البقيرة في منطقة مودية.")
    ev = _main(text, "ar", "2023-03-08")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert _names(ev) == ("AQAP: Al Qaeda in the Arabian Peninsula",
                          "Military Forces of Yemen Presidential Leadership Council")
    assert ev.date == "2023-03-06"


def test_an_intercepted_drone_has_its_launcher_as_the_other_side_not_the_civilians_it_was_aimed_at():
    # https://albayan.ae/world/arab/2021-04-01-1.4130348 (coded Disrupted weapons use: the coalition vs the Houthis)
    ev = _main("أعلن التحالف العربي بقيادة السعودية اعتراض وتدمير طائرة مسيرة دون طيار (مفخخة) أطلقتها ميليشيا الحوثي "
               "تجاه خميس مشيط، بجنوب السعودية واستمرار محاولات ميليشيا الحوثي العدائية لاستهداف المدنيين والأعيان "
               "المدنية.", "ar", "2021-04-01")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor2.name.startswith("Military Forces of Yemen")
    # the wire's English wording
    ev = _main("The Saudi-led coalition said it intercepted and destroyed an explosive-laden drone launched by the "
               "Houthi militia towards Khamis Mushait.", "en", "2021-04-01")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor2.name.startswith("Military Forces of Yemen")


def test_the_attack_retold_with_its_day_dates_a_lead_told_only_with_the_reports_day():
    # https://lematinal.media/nigeria-un-drone-de-larmee-tue-accidentellement-des-civils-celebrant-une-fete-musulmane
    # (the strike on Tudun Biri, Sunday 3 December 2023; "publiées lundi" dates the report)
    text = ("De nombreux civils qui célébraient une fête musulmane ont été tués lorsqu’un drone de l’armée a "
            "accidentellement frappé un village dans le nord-ouest du Nigeria, selon des informations publiées lundi par "
            "l’armée, les autorités locales et des villageois.\n\n"
            "Dans leur lutte contre les milices de bandits présumés dans le nord-ouest et le nord-est du Nigeria, où les "
            "djihadistes mènent un conflit depuis 14 ans, les forces armées du pays dépendent fréquemment des frappes "
            "aériennes.\n\n"
            "Des habitants du village de Tudun Biri, dans l’État de Kaduna, ont signalé que de nombreuses personnes "
            "avaient été tuées et blessées lors de l’attaque de dimanche, mais l’armée n’a pas donné de précisions ni "
            "communiqué de bilan.")
    ev = _main(text, "fr", "2023-12-04")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.date == "2023-12-03"


def test_a_week_told_as_its_first_day_holds_the_saturday_told_later():
    # https://www.lbcgroup.tv/news/world/895919/ (AFP: a drone strike on a market in al-Malha, North Darfur, "at the
    # weekend"; the volunteers' council says it struck on Saturday 20 December 2025)
    text = ("قُتِل عشرة أشخاص في نهاية الأسبوع جرّاء ضربة بواسطة طائرة مسيّرة على سوق مزدحمة في ولاية شمال دارفور "
            "السودانية، على ما أفاد به مسعفون لم يذكروا الجهة التي نفذت الهجوم.\n\n"
            "ويأتي الهجوم في وقت اشتدت المعارك في مناطق سودانية أخرى، ما دفع إلى إجلاء العاملين في مجال الإغاثة الأحد من "
            "مدينة كادوقلي الجنوبية المحاصرة والتي تعاني المجاعة.\n\n"
            "وأوضح مجلس غرف طوارئ شمال دارفور، وهو إحدى مئات المجموعات التطوعية التي تنسق المساعدات في السودان، إن ضربة "
            "بطائرة مسيّرة \"استهدفت السبت سوق الحارة بمحلية المالحة\".")
    result = extract(text, lang="ar", published="2025-12-21")
    strikes = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].date == "2025-12-20" and strikes[0].fatalities == 10


def test_people_who_violently_demonstrated_riot_and_their_dead_make_no_police_violence():
    # ACLED KEN5938 (coded Violent demonstration, 3 fatalities; no force is named)
    ev = _main("People violently demonstrated against the arrest of a local sheikh and destroyed property, especially "
               "churches. Three dead.", "en", "2012-06-01")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1.name.startswith("Rioters")
    assert ev.fatalities == 3


def test_a_security_measures_heading_outweighs_the_protest_the_measures_prevented():
    # ACLED KWT128 (coded Change to group/activity)
    ev = _main("Security measures: On 3 March 2024, Bahraini police forces closed all roads to Erada Square in Kuwait City "
               "(Al Asimah) to prevent a scheduled protest in solidarity with the Palestinian people in the context of the "
               "latest round of violence in Israel-Palestine. Kuwait's interior ministry emphasized a ban on "
               "'unauthorized assembly,' including marches and calls for gatherings on social media platforms.",
               "en", "2024-03-03")
    assert ev.sub_event_type == "Change to group/activity"


def test_forces_who_occupied_a_court_hold_it_they_stage_no_sit_in():
    # https://www.celebrityvirals.com/imran-khan-arrested-in-islamabad (coded Arrests)
    text = ("Imran Khan Arrested In Islamabad By Rangers\n\n"
            "According to local GEO TV, paramilitary forces detained former Pakistan Prime Minister Imran Khan on "
            "Tuesday. According to the broadcaster, Mr Khan was arrested from a courthouse in Islamabad in a corruption "
            "case.\n\n"
            "“Rangers have occupied the Islamabad High Court, lawyers are being tortured, and Imran Khan’s car has been "
            "surrounded,” Fawad Chaudhry, Imran Khan’s adviser, and Pakistan Tehreek-e-Insaf (PTI) leader, tweeted in "
            "Urdu.")
    result = extract(text, lang="en", published="2023-05-09")
    assert "Peaceful protest" not in {e.sub_event_type for e in result.events}
    assert max(result.events, key=lambda e: e.confidence).sub_event_type == "Arrests"


def test_a_crowd_no_table_names_is_the_protesters_police_dispersed():
    # ACLED KEN7203 (coded Protest with intervention, Protesters (Kenya) vs Police Forces of Kenya (2013-))
    ev = _main("On January 10 2020, police used tear gas to disperse MPs who had gathered at the Kilimani police station "
               "in Nairobi County to demand the release of an MP that had been arrested following an assault claim "
               "against him. [size=scores]", "en", "2020-01-10")
    assert ev.sub_event_type == "Protest with intervention"
    assert _names(ev) == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_a_village_the_gazetteer_lacks_in_the_region_named_is_placed_in_that_region():
    # ACLED UKR136259 (placed at Hryhorivka, Kharkiv oblast; the gazetteer's Hryhorivkas are in Kherson and Zaporizhia)
    ev = _main("On 14 November 2023, a civilian car accidentally ran over an explosive near Hryhorivka, Kharkiv region. 1 "
               "civilian was killed, 1 was injured.", "en", "2023-11-14")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.location.admin1 == "Kharkiv"


def test_missiles_an_air_force_launched_are_an_air_strike():
    # ACLED UKR145564 (coded Air/drone strike, Military Forces of Russia (2000-) Air Force)
    ev = _main("On 23 January 2024, Russian air forces launched a missile strike at Pavlohrad, Dnipropetrovsk region. 1 "
               "civilian was killed, 1 was injured. On the same day, Ukrainian air defence intercepted a Russian Kh-59 "
               "missile over Pavlohrad district.", "en", "2024-01-23")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name.startswith("Military Forces of Russia")


def test_the_date_in_a_movements_name_dates_nothing_and_the_taking_of_a_town_leads_its_fighting():
    # https://jeuneafrique.com/175312/politique/rdc-les-mutins-du-m23-s-emparent-de-bunagana-la-fronti-re-avec-l-ouganda
    # ("Mouvement du 23 mars" is no 23 March: the UN soldier was killed in Friday's fighting for Bunagana, which ACLED
    # codes as the town's taking)
    text = ("RDC : les mutins du M23 s’emparent de Bunagana, à la frontière avec l’Ouganda\n\n"
            "La localité de Bunagana, poste frontalier avec l’Ouganda dans l’est de la République démocratique du Congo "
            "(RDC), est tombée ce vendredi aux mains des mutins du Mouvement du 23 mars (M23). Un soldat de l’ONU a été "
            "tué dans les combats.")
    result = extract(text, lang="fr", published="2012-07-06")
    assert all(e.date == "2012-07-06" for e in result.events if e.modality == "asserted")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1.name == "M23: March 23 Movement"
    assert ev.fatalities == 1


def test_forces_who_carried_out_operations_against_a_militia_fought_it():
    # ACLED MZM1956 (coded Dyck Advisory Group vs Islamist Militia (Mozambique))
    ev = _main("On 21 November 2020, DAG forces carried out operations against members of an Islamist militia between "
               "Mueda and Muidumbe (Muidumbe, Cabo Delgado). Operations were also reported during the previous day "
               "(coded separately). No reports on fatalities.", "en", "2020-11-21")
    assert _names(ev) == ("Dyck Advisory Group", "Islamist Militia (Mozambique)")
