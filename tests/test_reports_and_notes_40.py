"""Press pages and ACLED notes read as an analyst would code them: the day an incident is told to have happened wins
over the day it was spoken of ("the military said on Friday", a dateline's "YAOUNDE, Aug. 10 (Xinhua) --"); the
dead a toll names as an armed group's men make the group the target ("The attack killed a battalion commander of
Hezbollah's Radwan Force"), a possessive naming its owner; the "victims" of an abduction are no casualties (ACLED
codes 0); the coder's "(assumed Darfur communal militia)" names the unnamed armed men; Syria's "قوى الأمن الداخلي" are
police, and another incident's dead told after "بينهم جنديان" are not theirs; Ghana's "Eastern" region is Ghana's in
a note about Ghana; "Ol-moran" is no Norwegian "Ål"; a newspaper's "فريق التحرير" liberates nothing.
Tolls: "Plus tôt aujourd'hui" is today's news, and "32 ... tués dans le monde en 2022" a year's tally; a figure a later
sentence was lent from the headline adds nothing; "a municipal councilman and two other residents" are three, a
headline's "18 militaires, un civil, quatre kamikazes tués" 23, "the fatal shooting of at least one officer and two
dozen other people" 25. Sides: "Brazilian police raid" is the police's, not Brazil's army; "إيقاف رئيس حركة النهضة"
took the party's head, the party is no author. A page's stamp ("2022-08-11 01:26:30") dates only the report.
The texts are the pages' and notes' own words (addresses and ACLED event ids in each test)."""
from sitrep import extract
from sitrep.resolve.time import find_dates


def _main(text: str, lang: str, published: str):
    result = extract(text, lang=lang, published=published)
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


MALAYBALAY = (
    "MANILA (XINHUA) - Two army soldiers and four New People's Army (NPA) fighters have been killed in a clash in "
    "southern Philippines' Malaybalay City, the military said on Friday (Feb 15).\n\n"
    "A military report said the clash took place around 9.40pm on Thursday night in a village where an 11-man army "
    "team constructing an army base was attacked by about 30 NPA rebels.")

PORT_AU_PRINCE = (
    "A French citizen has been kidnapped in Port-au-Prince, a spokesman for Haiti’s national police told AFP on "
    "Saturday, the latest abduction in the Caribbean nation as it grapples with powerful armed gangs.\n\n"
    "“The police have been informed of the kidnapping yesterday of a French national,” Gary Desrosiers said, without "
    "giving the victim’s name or any other details.\n\n"
    "The kidnapping occurred during the day in a residential area in the heart of the capital city, the spokesman "
    "said.")

BAMESSING = (
    "At least 2 Cameroonian soldiers killed in ambush in restive Anglophone region-Xinhua\n\n"
    "At least 2 Cameroonian soldiers killed in ambush in restive Anglophone region\n\n"
    "Source: Xinhua| 2022-08-11 01:26:30|Editor: huaxia\n\n"
    "YAOUNDE, Aug. 10 (Xinhua) -- At least two soldiers have been killed by separatist fighters in Cameroon's "
    "war-torn Anglophone region of Northwest, army sources said on Wednesday.\n\n"
    "Separatist fighters ambushed and attacked the soldiers in Bamessing locality of the region on Tuesday, killing "
    "two on the spot and wounding another, according to two army officials who wish to remain anonymous in the "
    "region.\n\n"
    "The attack was carried out by a group of separatist fighters who had earlier suffered casualties in a repelled "
    "attack by the military in the region.\n\n"
    "Separatist fighters have been clashing with government forces in Cameroon's two English-speaking regions of "
    "Northwest and Southwest since 2017.")

IDLIB = (
    "قتل مسلّحون أربعة من عناصر قوى الأمن الداخلي السوري في ريف إدلب الأحد، بحسب ما أعلنت وزارة الداخلية والإعلام "
    "الرسمي.\n\n"
    "وأعلنت الوزارة في بيان \"استشهاد أربعة من عناصر إدارة أمن الطرق في وزارة الداخلية\" وإصابة عنصر خامس \"إثر "
    "استهداف تعرّضت له إحدى الدوريات أثناء تنفيذ مهامها على طريق معرّة النعمان، جنوب محافظة إدلب\".\n\n"
    "وذكرت وكالة \"سانا\" الرسمية للأنباء بأن مسلّحين أطلقوا النار على عناصر الأمن.\n\n"
    "ولم يحدد أي المصدرين هوية المهاجمين.\n\n"
    "ويأتي هجوم الأحد غداة استهداف وفد عسكري مشترك في تدمر وسط سوريا والذي تسبب بمقتل ثلاثة أميركيين بينهم جنديان "
    "ومدني يعمل مترجما إضافة إلى إصابة عناصر من القوات الأميركية والسورية، بحسب واشنطن ودمشق.")


def test_the_day_the_clash_took_place_not_the_day_the_military_spoke():
    # https://www.straitstimes.com/asia/se-asia/2-army-soldiers-4-rebels-killed-in-southern-philippine-clash
    # (15 Feb 2019): "the military said on Friday (Feb 15)", then "the clash took place ... on Thursday night"
    ev = _main(MALAYBALAY, "en", "2019-02-15")
    assert ev.sub_event_type == "Armed clash"
    assert ev.date == "2019-02-14" and ev.date_text.text == "on Thursday"


def test_the_kidnapping_yesterday_not_the_day_the_police_told_afp():
    # https://english.alarabiya.net/News/world/2022/05/28/French-citizen-kidnapped-in-Haiti-Police- (28 May 2022)
    ev = _main(PORT_AU_PRINCE, "en", "2022-05-28")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.date == "2022-05-27" and ev.date_text.text == "yesterday"


def test_a_datelines_day_is_the_reports():
    # https://english.news.cn/africa/20220811/cdac2a8ab2c64531b3d8511a00410c79/c.html (11 Aug 2022): filed "YAOUNDE,
    # Aug. 10", the ambush "on Tuesday"
    ev = _main(BAMESSING, "en", "2022-08-11")
    assert (ev.sub_event_type, ev.actor1.name) == ("Armed clash", "Ambazonian Separatists")
    assert ev.date == "2022-08-09" and ev.date_text.text == "on Tuesday"
    # (the later sentence of "separatist fighters who had earlier suffered casualties", lent the headline's figure,
    # adds no dead: two soldiers)
    assert ev.fatalities == 2


def test_syrias_internal_security_forces_are_police_and_palmyras_dead_are_not_theirs():
    # https://www.albayan.ae/news/middle-east/syria/995467 (14 Dec 2025): gunmen killed four internal security men
    # near Maarat al-Numan; the Palmyra attack of the day before, with its three American dead, is background
    ev = _main(IDLIB, "ar", "2025-12-14")
    assert (ev.sub_event_type, ev.actor2.name, ev.actor2.text) == (
        "Armed clash", "Police Forces of Syria", "قوى الأمن الداخلي السوري")
    assert ev.fatalities == 4 and ev.location.admin1 == "Idleb"


def test_a_toll_that_names_a_groups_commander_makes_the_group_the_target():
    # ACLED LBN33640 (27 March 2025)
    note = ("On 27 March 2025, an Israeli drone struck a car near the Imam Ali orphanage on the outskirts of Maaroub "
            "town (Tyr, South). The attack killed a battalion commander of Hezbollah's Radwan Force and injured "
            "another member.")
    ev = _main(note, "en", "2025-03-27")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Air/drone strike", "Military Forces of Israel", "Hezbollah")
    assert ev.actor2.text == "Hezbollah's Radwan Force" and ev.fatalities == 1


def test_an_abductions_victims_are_no_casualties():
    # ACLED DRC16788 (29 January 2020): no death told, ACLED codes 0
    note = ("On 29 January 2020, seven men were abducted by NDC Guidon elements in Kitanda (Haut-Katanga), who "
            "demanded a ransom to set the victims free.")
    ev = _main(note, "en", "2020-01-29")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.fatalities == 0


def test_a_regime_divisions_man_is_that_divisions():
    # ACLED SYR78248 (8 May 2020): Military Forces of Syria (2000-) 4th Armored Division
    note = ("On 8 May 2020, an IED planted by an unidentified armed group in Karak area in Dar'a detonated targeting "
            "a regime's 4th Division member's vehicle, who is reportedly a known drug dealer. Neither fatalities nor "
            "injuries were reported.")
    ev = _main(note, "en", "2020-05-08")
    assert ev.actor2.name.startswith("Military Forces of Syria") and ev.actor2.name.endswith("4th Armored Division")


def test_the_coders_assumed_communal_militia_names_the_armed_men():
    # ACLED SUD16632 (31 December 2021)
    note = ("On 31 December 2021, four armed men (assumed Darfur communal militia), on camels, shot and killed a "
            "police officer [assumed off duty] inside his home in Telenga area (Wadi Salih locality, Central Darfur "
            "state). [Coded to admin headquarters, Garsila].")
    ev = _main(note, "en", "2021-12-31")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Attack", "Darfur Communal Militia (Sudan)", "Civilians (Sudan)")


def test_ghanas_eastern_region_in_a_note_about_ghana():
    # ACLED GHA1295 (4 November 2021)
    note = ("On 4 November 2021, members of the Presbyterian church, Muslims, and members of the traditional council "
            "demonstrated in Larteh town (Akwapem North, Eastern) against LGBTQI and to call on the Parliament to "
            "quickly pass the bill banning LGBTQI in Ghana. [size=no report]")
    ev = _main(note, "en", "2021-11-04")
    assert ev.actor1.name == "Protesters (Ghana)"
    assert (ev.location.country, ev.location.admin1) == ("GH", "Eastern")


def test_two_letters_hyphened_to_a_word_are_no_place():
    # ACLED KEN7911 (10 November 2021): "Ol-moran" was read as Ål, Norway
    note = ("On 10 November 2021, armed pokot militia attacked General Service Unit and KDF officers digging a trench "
            "around Laikipia Nature Conservancy in Kamwenje area near Ol-moran town (Laikipia West, Laikipia). Four "
            "soldiers were killed and one other was injured.")
    result = extract(note, lang="en", published="2021-11-10")
    assert all(p.country != "NO" for p in result.places)
    assert all(e.location is None or e.location.country != "NO" for e in result.events)


def test_a_newspapers_editorial_team_liberates_nothing():
    # https://ultratunisia.ultrasawt.com/إيقاف-راشد-الغنوشي-إثر-مداهمة-منزله-فريق-الدفاع-يندد-والداخلية-تقدم-روايتها/الترا-تونس/سیاسة/أخبار
    # (18 Apr 2023), its byline: "الترا تونس - فريق التحرير"
    text = ("الترا تونس - فريق التحرير\n\n"
            "ضجّت وسائل الإعلام في تونس وخارجها، ليلة الاثنين 17 أفريل/نيسان 2023، إثر الإعلان عن \"إيقاف رئيس حركة "
            "النهضة راشد الغنوشي إثر مداهمة منزله وتفتيشه\"، وذلك بُعيد آذان المغرب بقليل بتوقيت تونس.")
    result = extract(text, lang="ar", published="2023-04-18")
    assert all(e.sub_event_type != "Government regains territory" for e in result.events)
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.date) == ("Arrests", "2023-04-17")


SAM_OUANDJA = (
    "\"Plus tôt aujourd'hui, un Casque bleu rwandais a été tué lorsque son unité a été attaquée par des membres d'un "
    "groupe armé non identifié\" pendant une patrouille destinée à protéger la ville de Sam-Ouandja, dans la préfecture "
    "de la Haute-Kotto (est), a déclaré Stéphane Dujarric, porte-parole du secrétaire général de l'ONU, en \"condamnant "
    "fermement cette attaque\". Les Casques bleus de la mission de maintien de la paix de l'ONU en Centrafrique "
    "(Minusca) \"ont répliqué et selon les informations initiales que nous avons reçues, trois des assaillants ont été "
    "tués\", a-t-il ajouté. Au moins 32 militaires et policiers des missions de maintien de la paix de l'ONU ont été "
    "tués dans le monde en 2022, dont quatre en Centrafrique, selon les chiffres du syndicat du personnel de l'ONU.")

AGADEZ = (
    "Niger : 18 militaires, un civil, quatre kamikazes tués\n\n"
    "Des soldats nigériens patrouillent aux environs d'Agadez, au nord du Niger, le 24 septembre 2010 [Issouf Sanogo / "
    "AFP/Archives]\n\n"
    "Vingt-trois personnes, dont 18 militaires nigériens, un civil et quatre kamikazes ont été tuées jeudi dans "
    "l'attentat contre un camp militaire à Agadez, dans le nord du Niger, où des élèves officiers sont retenus en otages "
    "par l'un des assaillants, a annoncé le gouvernement nigérien.")

JACAREZINHO = (
    "Dozens killed in Brazilian police raid in Rio de Janiero\n\n"
    "Police targeting drug traffickers raided a slum in Rio de Janeiro on Thursday, resulting in the fatal shooting of "
    "at least one officer and two dozen other people, authorities said. The civil police's press office confirmed the "
    "death of the cop and 24 alleged \"criminals\" in a message to The Associated Press.")


def test_earlier_today_is_the_news_and_a_years_tally_no_toll():
    # https://www.dhnet.be/dernieres-depeches/2023/07/10/un-casque-bleu-tue-lors-dune-attaque-en-centrafrique-UOBOAS6DIRFJXL7XWIDSG3ARKI/
    # (10 Jul 2023): one Rwandan peacekeeper and three assailants killed near Sam-Ouandja
    ev = _main(SAM_OUANDJA, "fr", "2023-07-10")
    assert ev.sub_event_type == "Armed clash"
    assert ev.fatalities == 4 and ev.date == "2023-07-10"


def test_a_headlines_list_of_the_dead_adds_up():
    # https://www.cnews.fr/monde/2013-05-23/niger-18-militaires-un-civil-quatre-kamikazes-tues-469833 (23 May 2013)
    result = extract(AGADEZ, lang="fr", published="2013-05-23")
    assert result.events and result.events[0].fatalities == 23


def test_a_killing_told_as_a_noun_counts_each_victim_and_a_demonym_opening_a_force_is_that_force():
    # https://cbsnews.com/amp/news/brazil-police-drug-raid-jacarezinho (6 May 2021)
    ev = _main(JACAREZINHO, "en", "2021-05-06")
    assert ev.fatalities == 25
    assert ev.actor1.name == "Police Forces of Brazil" and ev.actor1.text == "Brazilian police"


def test_a_residents_toll_counts_the_councilman_and_two_other_residents():
    # ACLED BFO6088 (24 December 2021): three killed
    note = ("On 24 December 2021, presumed JNIM militants attacked the village of Koflande (Mangodara, Comoe). The "
            "militants killed a municipal councilman and two other residents, and looted and burned shops and property.")
    ev = _main(note, "en", "2021-12-24")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == (
        "Attack", "JNIM: Group for Support of Islam and Muslims", 3)


def test_the_party_whose_leader_was_arrested_is_no_author():
    # Ultra Tunisia (18 Apr 2023, address in the test above): Rached Ghannouchi arrested at home
    text = ("ضجّت وسائل الإعلام في تونس وخارجها، ليلة الاثنين 17 أفريل/نيسان 2023، إثر الإعلان عن \"إيقاف رئيس حركة "
            "النهضة راشد الغنوشي إثر مداهمة منزله وتفتيشه\"، وذلك بُعيد آذان المغرب بقليل بتوقيت تونس.")
    ev = _main(text, "ar", "2023-04-18")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Arrests", "Police Forces of Tunisia", "Ennahda Movement")


def test_a_pages_stamp_dates_the_report():
    # Xinhua's page furniture (https://english.news.cn/africa/20220811/cdac2a8ab2c64531b3d8511a00410c79/c.html)
    stamp = next(m for m in find_dates("Source: Xinhua| 2022-08-11 01:26:30|Editor: huaxia", "en", "2022-08-11")
                 if m.date == "2022-08-11")
    assert stamp.report


def test_a_passive_agent_named_far_off_with_no_comma_between_and_chads_lac_province():
    # https://nouvelles.td/2021/08/05/tchad-attaque-des-boko-haram-dans-le-lac/ (5 Aug 2021): "attaquee" (sic) ...
    # "par des éléments de Boko Haram"
    text = ("Tchad: attaque des Boko Haram dans le lac\n\n"
            "L’armée tchadienne a été attaquee dans la nuit du mercredi 4 au jeudi 5 août à Tchoukoutalia dans la "
            "province du Lac Tchad par des éléments de Boko Haram. On dénombre pour l’heure une vingtaine de soldats "
            "tués.")
    ev = _main(text, "fr", "2021-08-05")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == ("Armed clash", "Military Forces of Chad", 20)
    assert ev.actor1.name.startswith("Boko Haram")
    assert (ev.location.country, ev.location.admin1) == ("TD", "Lac")
