"""Press pages and an ACLED note read as an analyst would code them (stop 48, second part). The texts are the pages'
and the note's own words, as far as the first ~2,000 characters of each page go (sources above each text)."""
from tests.conftest import top_event as _main

from sitrep import extract

# https://aminata24.net/2024/10/22/mali-des-enfants-tues-dans-des-frappes-de-drone (2024-10-22)
AMINATA_INADJATAFANE = (
    "Au Mali, des frappes de drones attribuées à l’armée malienne ont tué, lundi 21 octobre, cinq civils, dont quatre "
    "enfants, à Inadjatafane, région de Tombouctou. Les images des victimes sont particulièrement difficiles à soutenir. "
    "Aucune précision de la part de l’état-major malien, mais de nombreuses sources locales dénoncent cette nouvelle "
    "bavure.")

# https://francais.news-pravda.com/france/2025/04/02/392558.html (2025-04-02)
PRAVDA_MIREBALAIS = (
    "Les membres du puissant Gang Viv Ansanm ont pris d'assaut lundi une prison en Haïti et libéré plus de 500 prisonniers "
    "après avoir incendié un poste de police lors d'une panique dans la région centrale du pays, provoquant la fuite "
    "des résidents, des patients et du personnel de l'un des plus grands hôpitaux.\nLe porte-parole de la police nationale "
    "haïtienne, Lionel Lazar, a déclaré que les gangs avaient lancé leur attaque dimanche soir à Mirebal, une ville "
    "rurale près de la frontière entre Haïti et la République dominicaine.")

# https://www.thedailystar.net/news/bangladesh/news/dozens-hurt-quota-protesters-clash-armed-al-men-cops-uttara-3668051 (2024-08-02)
DAILY_STAR_UTTARA = (
    "Police fire tear gas shells and sound grenades\n\nDozens of people including students were injured after protesters "
    "clashed with law enforcers and ruling party men in front of Zamzam Tower in the capital's Uttara today.\n\nThe "
    "clash took place near the milestone school and college in Sector 11 when protesters were heading towards the "
    "Zamzam Tower intersection with a mass rally around 4:15pm.\n\nWitnesses said there was extra police security in "
    "the entire Uttara area over the mass procession called by the anti-discrimination student movement. Police and "
    "ruling party supporters took position in front of Zamzam Tower ahead of the program, they said.\n\nOn the other "
    "hand, the students took position in front of Milestone College.\n\nWitnesses said the clashes started when the "
    "ruling party men tried to chase away the students. A chase and counter chase ensued between them. Police then "
    "fired sound grenades and tear gas shells to disperse the gathering.\n\nAfter the clashes, police took position "
    "in front of the Zamzan Tower. Around 5:00pm, when students tried to take the main street again, police dispersed "
    "them by firing tear gas, according to sources.\n\nTalking with The Daily Star, Dulal Howlader, a local businessman, "
    "said that he was hit by a brick on his head during the chase and counter chase. He took treatment from Crescent "
    "Hospital.\n\nAnother witness said a student named Tahmid Huzaifa had taken treatment from a hospital in Uttara "
    "after being hit by rubber bullets.\n\nA nurse of Uttara Adhunik Hospital, requesting anonymity, said that they "
    "had provided treatment to two rubber bullet-injured students.\n\nDescribing the incidents, another witness requesting "
    "anonymity, said the Milestone College students were protesting at Uttara Sector 11.\n\n\"Suddenly, some people "
    "wearing helmets and armed with weapons and sticks attacked the protesting students.")

# https://www.hindustantimes.com/india-news/armed-miscreants-ransack-and-set-fire-to-abandoned-houses-in-manipur-triggering-gun-battle-with-security-forces-101690397131345-amp.html (2023-07-27)
HT_MOREH = (
    "A group of armed miscreants ransacked 15-16 abandoned houses and set them on fire in Moreh town of ethnic strife-torn "
    "Manipur on Wednesday, following which a gun battle broke out between the armed mobs and security forces, officials "
    "familiar with the matter said.\n\nThe miscreants started arson at the main market of Moreh, bordering Myanmar, "
    "around 8 am, an official said. Most houses and shops in the town area have been abandoned since May 3 and May "
    "4 — the first two days of the violence, the official added, requesting anonymity.\n\n“The personnel of Manipur "
    "police, Border Security Force and Assam Rifles were conducting area domination exercise in the morning,” the "
    "official said. “A group of armed miscreants were ransacking and setting the abandoned houses on fire, following "
    "which the forces rushed there to intervene.”\n\nEven as the forces managed to stop the first group from burning "
    "the houses, more such groups — around 500-600 miscreants — came from different directions and refused to leave "
    "the area, officials said.\n\n“The forces responded in a calibrated manner. Shots were fired in the air to ensure "
    "that the armed miscreants did not continue to arson or rob the abandoned shops and houses here. No person from "
    "the three [security] forces is injured,” the official said, adding that the miscreants dispersed at around 1 "
    "pm.\n\nTill late on Wednesday evening, there was heavy security in the area to ensure miscreants did not return.\n\nLate "
    "on Wednesday night, the Manipur Police in a tweet said the armed miscreants also torched the forest guest house "
    "at Moreh.\n\nThe incident came hours after two buses used by security forces to transport security personnel were "
    "set on fire by a mob in Kangpokpi district around 6.30pm on Tuesday.")

# http://ar.lanationarabe.com/2019/11/09/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-15-%D9%85%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D8%A7-%D8%A8%D8%AA%D9%81%D8%B1%D9%8A%D9%82-%D9%85%D8%AD%D8%AA%D8%AC%D9%8A%D9%86-%D9%88/ (2019-11-09)
NATIONARABE_BAGHDAD = (
    "العراق : إصابة 15 متظاهرا بتفريق محتجين وسط بغداد\n\nأصيب 15 متظاهرا عراقياً، اليوم السبت، باختناقات جراء استخدام "
    "القوات الأمنية الغاز المسيل للدموع لتفريق محتجين، وسط العاصمة بغداد. وأفاد مراسلون ميدانيون ، أن قوات مكافحة "
    "الشغب قامت بتفريق محتجين في شارع الرشيد وسط بغداد، باستخدام الغاز المسيل للدموع ما أسفر عن إصابة 15 متظاهراً "
    "بحالات اختناق.وعن الوضع في ساحة التحرير حيث التجمع الرئيسي للتظاهرات الاحتجاجية، قال مصدر أمني للأناضول إن « "
    "قوات الأمن أطلقت الغاز المسيل للدموع لتفريق محتجين حاولوا الاقتراب من جسر السنك المؤدي للمنطقة الخضراء شديدة "
    "التحصين ». وأضاف أن « القوات الأمنية كثفت تواجدها على جسري السنك والجمهورية وأسفلهما أيضاً، لمواجهة أي طارئ "
    "». ويفصل جسري السنك والجمهورية، المتظاهرين في ساحة التحرير، عن المنطقة الخضراء التي تضم مباني الحكومة والبعثات "
    "الدبلوماسية الأجنبية. ومنذ 25 أكتوبر الماضي، يشهد العراق موجات احتجاجية مناهضة للحكومة، هي الثانية من نوعها "
    "بعد أخرى سبقتها بنحو أسبوعين.\nووفق أرقام أصدرتها مفوضية حقوق الإنسان (رسمية تابعة للبرلمان)، الجمعة، فإن 23 "
    "شخصا قتلوا بأعمال عنف رافقت الاحتجاجات على مدى خمسة أيام الماضية، ليرتفع بذلك عدد القتلى إلى 283،")

# http://590kid.com/13-mexican-police-officers-murdered-by-suspected-cartel-gunmen-in-bloody-ambush/ (2019-10-15)
KID590_AGUILILLA = (
    "A group of armed gunmen believed to be part of a powerful drug cartel in Mexico ambushed a police convoy, killing "
    "at least 13 officers and wounding 9.\n\nSome 42 state police officers had gone to the township of Aguililla in "
    "the western state of Michoacan on Monday to enforce a judicial order when they were met with more than 30 suspected "
    "gunmen from the Jalisco New Generation, one of Mexico’s most powerful and rising cartels at the moment.\n\nOfficials "
    "said the gunmen – some in vehicles that were apparently armored – opened fire on the police convoy with .50 "
    "caliber sniper rifles and AR-15 and AK-47 assault-style rifles.\n\nAt least 13 officers were killed, some of their "
    "bodies still inside the patrol trucks when the vehicles were set afire.\n\nThe attack – the worst on Mexican law "
    "enforcement in years – comes at a time where violence attributed to drug cartels has spiked in recent months.\n\n“No "
    "attack on the police will go unpunished, and this was a cowardly, devious attack because they laid an ambush "
    "in this area of the road,” Gov. Silvano Aureoles said.\n\nImages published in Mexican media showed vehicles burning "
    "in the middle of a highway and messages apparently signed by Jalisco New Generation. A supposed leader of the "
    "cartel was killed by Michoacan police less than a week ago.\n\nJournalists also photographed two gutted patrol "
    "cars at the entrance of the El Aguaje – a town in Aguililla – surrounded by hundreds of bullet casings. Two "
    "police trucks were towed away.\n\nMichoacan, an important avocado-growing state, has recently has seen a jump "
    "in violence that has brought back memories of the bloodiest days of Mexico’s war on drug cartels between 2006 "
    "and 2012.\n\nEl Aguaje is considered to be a strategic battleground between Jalisco New Generation and a splinter "
    "group of the Knights Templar called Los Viagras, the BBC reported.")

# https://www.eremnews.com/news/maghreb-news/2388336 (2022-06-23)
EREM_TRIPOLI = (
    "ليبيا.. مقتل عنصرين من مليشيا دعم الاستقرار في اشتباكات بطرابلس\n\nاندلعت اشتباكات مسلحة في العاصمة الليبية طرابلس، "
    "مساء الأربعاء، بين مليشيات متناحرة، استمرت حتى الساعات الأولى من فجر الخميس.\n\nوقالت مصادر مطلعة في العاصمة طرابلس "
    "لـ“إرم نيوز“، إن الاشتباكات اندلعت في منطقة ”زاوية الدهماني“ وسط العاصمة، بين ”جهاز الردع لمكافحة الإرهاب والجريمة "
    "المنظمة“ الذي يقوده عبدالرؤوف كارة، و“جهاز دعم الاستقرار“ بقيادة عبدالغني الككلي الشهير بـ“غنيوة“، وكلاهما يتبع "
    "للمجلس الرئاسي الليبي.\n\nوأضافت المصادر أن ”الأسلحة الخفيفة والمتوسطة والسيارات المصفحة، استخدمت في الاشتباكات "
    "التي أدت إلى مقتل عنصرين من جهاز دعم الاستقرار وتدمير سيارة مصفحة، كما غنمت مليشيا الردع سيارة مصفحة بعد فرار "
    "طاقمها من ساحة الاشتباكات“.")

# https://www.20minutes.fr/societe/4029384-20230324-reforme-retraites-103-interpellations-paris-apres-incidents-140-feux-recenses (2023-03-24)
MINUTES20_PARIS = (
    "Réforme des retraites : 103 interpellations à Paris après des incidents, 140 feux recensés\nAprès la colère, "
    "les dérives. De nombreuses violences et des heurts avec les forces de l’ordre ont émaillé la manifestation contre "
    "la réforme des retraites jeudi à Paris, avant de se transformer en cortèges « sauvages » pendant une grande "
    "partie de la soirée, ont constaté des journalistes de l’AFP. Des incidents ont également eu lieu à Toulouse.\nSelon "
    "un dernier bilan communiqué à 22H15, 103 personnes ont été interpellées, notamment pour port d’armes prohibé "
    "et participation à un groupement en vue de commettre des dégradations et violences, a indiqué la préfecture "
    "de police.\nAprès l’arrivée du cortège vers 18H00 place de l’Opéra, des petits groupes de manifestants ont cheminé "
    "pendant plusieurs heures dans les rues de la capitale, en incendiant des dizaines de poubelles et détritus sur "
    "leur chemin.\n« 1500 casseurs »\nA 22H00, 140 feux avaient été recensés dans la capitale, dont « une quarantaine "
    "» en train d’être éteints, a déclaré le ministre de l’Intérieur Gérald Darmanin, qui s’exprimait depuis la préfecture "
    "de police.\nVers 23H00, un retour au calme progressif s’amorçait à Paris, même si des grappes de plusieurs centaines "
    "de manifestants étaient toujours présents entre République et Bastille, selon des journalistes de l’AFP. Quelque "
    "« 1.500 casseurs » venus pour « casser du flic et des bâtiments publics » étaient présents jeudi à Paris, a-t-il "
    "affirmé.")

# https://www.thedefensepost.com/2018/02/27/colombia-suspected-eln-attack-five-soldiers-killed/ (2018-02-27)
DEFENSEPOST_TIBU = (
    "Five Colombian soldiers killed in suspected ELN rebel attack\nBogota (AFP) – Five Colombian soldiers were killed "
    "and 10 others wounded in a bomb attack near the Venezuelan border blamed on National Liberation Army (ELN) guerrillas, "
    "the head of the army said Tuesday.\nThe attack comes a day after the ELN announced a temporary ceasefire to coincide "
    "with next month’s legislative elections.\nArmy General Ricardo Gomez said the soldiers were on highway security "
    "duty in a rural area near Tibu, in the Norte de Santander department, when a blast hit the first vehicle of "
    "their convoy.\n“We have five of our men assassinated and 10 wounded,” Gomez told W Radio station, blaming ELN "
    "guerrillas active in the region.\nThe survivors have been hospitalized, one of them in serious condition, Gomez "
    "said.\n“Absolute repudiation of the cowardly attack against our heroes,” tweeted President Juan Manuel Santos, "
    "vowing to “go after those responsible” – without mentioning the ELN by name.\nStalled peace talks\nThe ELN, which "
    "took up arms in 1964, began peace talks with the Colombian government a year ago in the Ecuadoran capital Quito. "
    "Talks however broke down in January.\nSantos is hoping to reach a peace deal with the 1,500-strong rebel force "
    "similar to the one he struck with the much larger FARC, a rebel group that has since disarmed and transformed "
    "into a political party.\nThat peace deal ended a five decades-long conflict and guaranteed 10 seats for the FARC "
    "in Colombia’s congress.\nSince peace talks broke down the ELN has carried out several bomb attacks, killing eight "
    "police officers and wounding scores of others.\nSecurity forces in turn have captured or killed several suspected "
    "ELN members.\nIn announcing their March 9-13 truce, the ELN also urged Santos to set a date to resume negotiations.")

# zahraghourani/lebanon-conflict-viz:data/raw/acled_jordan.csv (2024-01-19)
ACLED_AQABA = (
    "On 19 January 2024, hundreds of protesters took to the streets of Aqaba (Qasabat al Aqabah) to demonstrate. "
    "Nationwide demonstrations erupted in support of the Palestinian resistance, and people in Gaza and the West "
    "Bank, and to denounce Israeli aggression towards them.")



def test_a_day_set_off_by_commas_between_the_verb_and_the_toll_keeps_the_toll():
    ev = _main(AMINATA_INADJATAFANE, "fr", "2024-10-22")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name == "Military Forces of Mali"
    # "ont tué, lundi 21 octobre, cinq civils"
    assert ev.fatalities == 5
    assert ev.date == "2024-10-21"


def test_a_named_gang_storming_a_prison_after_burning_a_police_station_is_a_battle_not_a_riot():
    ev = _main(PRAVDA_MIREBALAIS, "fr", "2025-04-02")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor1.name == "Viv Ansanm"
    assert ev.actor2.name == "Police Forces of Haiti"


def test_tear_gas_shells_and_sound_grenades_are_crowd_control_not_shelling_or_grenades():
    events = extract(DAILY_STAR_UTTARA, lang="en", published="2024-08-02").events
    assert events
    assert not {"Shelling/artillery/missile attack", "Grenade"} & {e.sub_event_type for e in events}


def test_a_town_bordering_a_country_is_placed_in_its_own_country():
    ev = _main(HT_MOREH, "en", "2023-07-27")
    # "the main market of Moreh, bordering Myanmar": Moreh, Manipur, not Myanmar's capital
    assert (ev.location.name, ev.location.country) == ("Moreh", "IN")
    assert ev.actor1.name == "Unidentified Armed Group (India)"


def test_protesters_choking_on_tear_gas_are_a_protest_met_with_intervention_crowd_first():
    ev = _main(NATIONARABE_BAGHDAD, "ar", "2019-11-09")
    # "أصيب 15 متظاهرا ... باختناقات جراء استخدام القوات الأمنية الغاز المسيل للدموع": tear gas, no excessive force;
    # "قوات مكافحة الشغب" are the riot police, not a riot
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor1.name == "Protesters (Iraq)"
    assert ev.actor2.name == "Military Forces of Iraq"
    assert ev.location.country == "IQ"


def test_gunmen_from_the_jalisco_new_generation_are_the_cjng():
    ev = _main(KID590_AGUILILLA, "en", "2019-10-15")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "CJNG: Jalisco New Generation Cartel"
    assert ev.actor2.name == "Police Forces of Mexico"
    assert ev.fatalities == 13


def test_libyas_stability_support_apparatus_by_its_arabic_name():
    ev = _main(EREM_TRIPOLI, "ar", "2022-06-23")
    assert ev.sub_event_type == "Armed clash"
    assert "Stability Support Apparatus" in {ev.actor1.name, ev.actor2.name}
    assert ev.fatalities == 2


def test_a_riot_is_the_rioters_and_a_clock_time_is_no_toll():
    ev = _main(MINUTES20_PARIS, "fr", "2023-03-24")
    assert ev.sub_event_type == "Violent demonstration"
    # the rioters first, the forces they fought second
    assert (ev.actor1.name, ev.actor2.name) == ("Rioters (France)", "Police Forces of France")
    # "un dernier bilan communiqué à 22H15" is the time of the toll of arrests, not 22 dead
    assert ev.fatalities == 0
    # "la manifestation contre la réforme des retraites jeudi à Paris": Thursday is the crowd's day, not the grievance's
    assert ev.date == "2023-03-23"


def test_a_peace_deal_a_president_is_hoping_to_reach_is_not_the_news():
    result = extract(DEFENSEPOST_TIBU, lang="en", published="2018-02-27")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor1.name == "ELN: National Liberation Army"
    assert ev.fatalities == 5
    # "Santos is hoping to reach a peace deal": no agreement asserted
    assert not any(e.sub_event_type == "Agreement" and e.modality == "asserted" for e in result.events)


# ACLED's 2024 Jordan export (zahraghourani/lebanon-conflict-viz, data/raw/acled_jordan.csv): Peaceful protest,
# 'Protesters (Jordan)', Aqaba
def test_a_protest_town_holds_against_the_places_its_crowd_stands_with():
    ev = _main(ACLED_AQABA, "en", "2024-01-19")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1.name == "Protesters (Jordan)"
    assert (ev.location.name, ev.location.country) == ("Aqaba", "JO")


# ACLED's Myanmar export (food-security-cluster-myanmar/exploratory-data-analysis-acled-fsc): Remote explosive/landmine/IED,
# actor1 "People's Defense Force - Local Group", actor2 'Military Forces of Myanmar (2021-)', 5 fatalities
def test_the_author_of_an_attack_stays_the_author_when_a_clause_of_the_dead_follows():
    text = ("On 8 November 2021, in Gangaw township (Gangaw district, Sagaing region), a convoy of military trucks was "
            "attacked with remote-controlled explosives by a Local PDF and 5 soldiers died. Seven others were injured.")
    ev = _main(text, "en", "2021-11-08")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    # "by a Local PDF and 5 soldiers died": the soldiers died, not the PDF's men
    assert ev.actor1.name == "People's Defense Force - Local Group"
    assert ev.actor2.name == "Military Forces of Myanmar"
    assert ev.fatalities == 5


# https://www.breve.cd/affrontements-m23-miliciens-locaux-une-dizaine-de-morts-a-nturo-au-nord-kivu/ (2023-07-03)
MASISI_NTURO = (
    "Comme annoncé, d’intenses combats ont opposé les rebelles du M23 et les groupes armés locaux depuis ce dimanche "
    "2 juillet, dans la province du Nord-Kivu.\nUne dizaine de personnes sont mortes et quelques autres sont blessées "
    "lors de ces accrochages, entre les rebelles du M23 et les miliciens locaux, au village Nturo, territoire de "
    "Masisi (Nord-Kivu).\nD’après la radio onusienne qui a contacté la société civile, la situation est restée tendue "
    "jusque ce matin dans cette partie du Nord-Kivu.\nPendant ce temps, rapportent les mêmes sources, « les forces "
    "de défense et de sécurité et les services publics étant absents de la zone ».\nNotons que d’autres affrontements "
    "ont opposé, il y a quelques jours, le M23 aux combattants Nyatura non loin de Kingi, sur le même axe de Kitshanga, "
    "dans le groupement Kamurhonza.\nBrève.cd")


def test_people_who_are_dead_in_a_fight_told_before_are_its_toll_not_its_authors():
    ev = _main(MASISI_NTURO, "fr", "2023-07-03")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "M23: March 23 Movement"
    # "Une dizaine de personnes sont mortes ... lors de ces accrochages": those who died, the clash's toll
    assert ev.fatalities == 10


# https://mindanews.com/top-stories/2025/08/brigade-commander-says-dawlah-group-in-lumbayanague-fired-at-police-military-team/ (2025-08-10)
MINDANEWS_LUMBAYANAGUE = (
    "CAGAYAN DE ORO (MindaNews / 10 August) — The commander of the Army’s 103rd Infantry Brigade said police officers "
    "and soldiers were met with gunfire by members of the Dawlah Islamiya-Maute Group in Barangay Lamin in Lumabayanague, "
    "Lanao del Sur on Saturday that led to the killing of three and the arrest of three others, including a female "
    "member.\n\nBrigadier General Billy de la Rosa, brigade commander, said a joint team of police from the Criminal "
    "Investigation and Detection Group (CIDG) of the Philippine National Police and the military were trying to serve "
    "arrest warrants against five key leaders of the militant group when fired at by militants hiding in a cluster "
    "of houses in the village.\n\nThe suspects had outstanding warrants of arrest for murder and homicide, which were "
    "issued by the Regional Trial Court in Marawi, Lanao del Sur, in October 2023. The murder warrants had no recommended "
    "bail.\n\n“The decisive outcome with no civilian casualties despite that the target area was populated is a testament "
    "to the professionalism and discipline of all operating army and police troops,” dela Rosa said.\n\nAccording to "
    "a report from the Police Regional Office Bangsamoro Autonomous Region (PRO BAR), after the encounter site was "
    "cleared, authorities confirmed that three suspects—identified as Mohammad Nasif Pangandama (alias Anwar Rahman), "
    "Rahma, and Abdullah Midtuon—were killed.\n\nThree others were arrested: Fahad Sarip Maruhom (alias Abu Zacaria), "
    "Norhan Kamid (alias Al Wala), and Asnawi Abdullah.\n\nOne government soldier was wounded in the clash but is reported "
    "to be in stable condition.\n\nInvestigators recovered several weapons and materials from the scene, including "
    "M16 and M4A1 rifles, a homemade M79 grenade launcher, a rocket-propelled grenade (RPG), hand grenades, and two "
    "black flags with ISIS markings.")


def test_forces_met_with_gunfire_by_a_named_group_fought_it_on_the_day_the_text_tells_not_the_datelines():
    ev = _main(MINDANEWS_LUMBAYANAGUE, "en", "2025-08-10")
    assert ev.sub_event_type == "Armed clash"
    assert "Dawlah Islamiyah" in {ev.actor1.name, ev.actor2.name}
    assert {ev.actor1.kind, ev.actor2.kind} & {"police", "state_military"}
    assert ev.fatalities == 3
    # "CAGAYAN DE ORO (MindaNews / 10 August) —" is the report's day; "on Saturday" the clash's
    assert ev.date == "2025-08-09"


# https://darelhilal.com/News/767548.aspx (2021-01-24)
ARABIC_HAMRIN_AMBUSH = (
    "داعش يتبنى مقتل عناصر من الحشد الشعبي بالعراق\nأعلن تنظيم داعش الإرهابي اليوم الأحد مسؤوليته عن مقتل وإصابة عدد "
    "من عناصر الحشد الشعبي خلال كمين نفذه مقاتلوه بمحافظة صلاح الدين شمالي العاصمة بغداد.\nوفي التفاصيل، كشف التنظيم "
    "في بيان نشرته الذراع الإعلامية له وكالة (أعماق) أن الكمين أسفر عن مقتل وإصابة 25 عنصرًا من الحشد الشعبي أمس "
    "السبت في صلاح الدين، حيث نصب مقاتلوه كمينًا لقوة من الحشد الشعبي قرب جبل \"حمرين\".\nوأضاف البيان أن عناصر التنظيم "
    "نفذوا هجومًا بالأسلحة الرشاشة والقنابل اليدوية، فأوقعوا في صفوف الحشد الشعبي عددًا كبيرًا من القتلى والجرحى، "
    "بينهم قياديان أحدهما بمنصب \"آمر الفوج الثالث\" والآخر بمنصب \"معاون آمر الفوج السادس، كما أعطبوا 7 سيارات متنوعة.\nوأوضحت "
    "الوكالة أيضًا أن قوة إضافية من الحشد الشعبي حضرت لاحقًا إلى الموقع، فتم استهدافها بعبوة ناسفة، ما أدى لتدميرها "
    "ومقتل وإصابة من كان على متنها.\nووفقًا للوكالة، فإن حصيلة الهجوم الإجمالية بلغت أكثر من 25 قتيلاً وجريحًا من "
    "الحشد الشعبي، بالإضافة إلى 8 سيارات مدمّرة ومعطوبة، وخسائر أخرى في السلاح والعتاد.\nوكان مصدر أمني بالحشد الشعبي "
    "قد أفاد يوم أمس السبت بمقتل 11 عنصرًا في قوات الحشد الشعبي")


def test_the_group_that_claims_killing_another_groups_men_is_the_author_and_they_its_target():
    result = extract(ARABIC_HAMRIN_AMBUSH, lang="ar", published="2021-01-24")
    ev = max(result.events, key=lambda e: e.confidence)
    # "داعش يتبنى مقتل عناصر من الحشد الشعبي": the PMF named after "مقتل" are whom the claim says died, not a second
    # claimant; "داعش" (read in Iraq) and "تنظيم داعش" are one claimant
    assert ev.actor1.name.startswith("Islamic State")
    assert ev.actor2.name == "Military Forces of Iraq Popular Mobilization Forces"
    assert any(c.claimant is not None and c.claimant.name.startswith("Islamic State") for c in result.claims)


# http://le-top-des-voyages.com/index.php/2025/01/11/au-benin-larmee-subit-de-lourdes-pertes-aux-frontieres-du-niger-et-du-burkina-faso (2025-01-11)
PARC_W_ATTACK = (
    "Au Bénin, l’armée subit de lourdes pertes aux frontières du Niger et du Burkina Faso\nAu moins 28 soldats ont "
    "été tués, ainsi que plusieurs dizaines d’assaillants, dans le parc national du W, selon les autorités béninoises. "
    "L’attaque a été revendiquée par le Groupe de soutien à l’islam et aux musulmans, la mouvance d’Al-Qaida au Sahel.")


def test_jnims_full_french_name_claims_the_attack():
    ev = _main(PARC_W_ATTACK, "fr", "2025-01-11")
    assert ev.sub_event_type == "Armed clash"
    # "revendiquée par le Groupe de soutien à l’islam et aux musulmans, la mouvance d’Al-Qaida au Sahel": the group's
    # full name (nine words once folded) is read
    assert ev.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert ev.actor1.text == "Groupe de soutien à l’islam et aux musulmans"
    assert ev.fatalities == 28


# https://fr.sputniknews.africa/amp/20200204/une-cellule-de-daech-qui-sappretait-a-frapper-le-maroc-mise-hors-etat-de-nuire-photos-1043000787.html (2020-02-04)
SPUTNIK_CELL_MOROCCO = (
    "Une cellule de Daech qui s’apprêtait à frapper le Maroc mise hors d'état de nuire - photos\nLa police marocaine "
    "a arrêté mardi 4 février six terroristes d’une même cellule affiliée à Daech*. Elle projetait des attentats "
    "dans le pays en vue de la proclamation d’une principauté qui prêtera allégeance à l’organisation terroriste, "
    "informe un communiqué du ministère marocain de l’Intérieur cité par la MAP.\nUne cellule terroriste de six membres "
    "affiliée à Daech* a été démantelée mardi 4 février par le Bureau central d’investigations judiciaires (BCIJ) "
    "marocain qui relève de la Direction générale de la surveillance du territoire (DGST), indique la note du ministère "
    "de l’intérieur relayé par l’agence Maghreb Arabe Presse (MAP).\nAinsi, le communiqué précise que les résultats "
    "préliminaires des investigations ont révélé que les membres de la cellule planifiaient des actes terroristes "
    "dans le royaume chérifien en vue de la proclamation d’une wilaya [principauté, ndlr] affiliée à Daech*.\nLa même "
    "note indique que les suspects, âgés de 18 à 59 ans, menaient leurs activités subversives entre Casablanca, Mohammedia "
    "et Azilal, dans le nord-ouest du Maroc.\nLe ministère de l’Intérieur souligne que les mis en cause ont été placés "
    "sous mandat de dépôt. Une enquête est en cours pour arrêter d’autres complices soupçonnés d’être impliqués dans "
    "cette cellule terroriste, conclut la note.\nUn Bilan\nEntre 2002 et 2018, 183 cellules terroristes ont été démantelées "
    "par les unités d’élite du BCIJ, mettant ainsi en échec 361 projets d’attentats, a déclaré Abdelhak Khiame, directeur "
    "de la structure. Il a par ailleurs précisé que 62 cellules parmi les 183 démantelées étaient directement liées "
    "à Daech*.\n*Organisation terroriste interdite en Russie")


def test_a_cell_dismantled_in_the_passive_is_its_members_arrested():
    ev = _main(SPUTNIK_CELL_MOROCCO, "fr", "2020-02-04")
    # "Une cellule terroriste de six membres affiliée à Daech* a été démantelée": arrests, not weapons disrupted
    assert ev.sub_event_type == "Arrests"
    assert ev.actor1.name == "Police Forces of Morocco"
    assert ev.actor2.name.startswith("Islamic State")
