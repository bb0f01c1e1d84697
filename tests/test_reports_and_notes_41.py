"""ACLED notes and press pages read as an analyst would code them: a battle has no civilians on either side (a
people's fighters are its ethnic militia, "Tama ethnic militia and Zaghawa ethnic militia clashed"; farmers and
herders who fight are communal militias; the dead a toll counts are no side), two groups coordinated as the subject of
"clashed" are the two sides ("Myanmar military and Northern Alliance group clashed"); demonstrators who block a road
with bonfires, barricades or a wooden blockade riot, and police or others who "intervened" at a protest make it a
protest with intervention; the event a time is counted from ("Au lendemain du double attentat-suicide ..., les
Etats-Unis ont mené une frappe de drone") is background to the one told after it, but not when the sentence retells
the same kind of event; Arabic "البنك" (the bank), "سن" (age) and "بن" (son of) are no Iranian towns, "ضحايا قرار"
(victims of a decision) no dead, and "تنظيم القاعدة بالمغرب الإسلامي" is AQIM, not Morocco.
The texts are the notes' and pages' own words (ACLED event ids and addresses in each test)."""
from sitrep import extract
from tests.conftest import side_names as _names, top_event as _main


def test_two_peoples_ethnic_militias_named_in_full_are_the_two_sides():
    # ACLED CHA1171 (coded Tama Ethnic Militia (Chad) vs Zaghawa Ethnic Militia (Chad), 10 fatalities)
    ev = _main("On 26 December 2020, Tama ethnic militia and Zaghawa ethnic militia clashed with heavy weapons in Tama "
               "village near Birak (Wadi Fira, Dar Tama). Ten people were reportedly killed and twelve others injured.",
               "en", "2020-12-26")
    assert ev.sub_event_type == "Armed clash"
    assert _names(ev) == ("Tama Ethnic Militia (Chad)", "Zaghawa Ethnic Militia (Chad)")
    assert ev.fatalities == 10


def test_farmers_and_herders_who_clash_are_communal_militias_not_civilians():
    # ACLED CHA1165 (coded Salmanie Communal Militia (Chad) vs Bilala Communal Militia (Chad)): we do not yet name the
    # communities, so the test pins what we share with the row (two communal militias of Chad), not its names
    ev = _main("On 12 December 2020, Bilala-Arab pastoralists and Arab Salmanie farmers clashed in Achiguek village, "
               "situated 75 km east of Ati (Batha, Batha Ouest). 25 people were reportedly killed.", "en", "2020-12-12")
    assert ev.sub_event_type == "Armed clash"
    assert all(name.endswith("Communal Militia (Chad)") for name in _names(ev))


def test_the_dead_a_toll_counts_are_no_side_of_a_communal_battle():
    # ACLED CHA1149 (coded Fulani Ethnic Militia (Chad) vs Moussey Ethnic Militia (Chad), 15 fatalities)
    ev = _main("Around 23 November 2020, Fulani pastoralists clashed with Mousseye farmers using arrows and machetes in "
               "the village of Bele (Mayo-Kebbi Est, Kabbia). The reason for the dispute was not reported. Villages were "
               "set ablaze during the clashes. Around fifteen people were killed and several injured.", "en", "2020-11-23")
    assert ev.actor1.name == "Fulani Ethnic Militia (Chad)"
    assert ev.actor2 is not None and not ev.actor2.name.startswith("Civilians")
    assert "Ethnic Militia (Chad)" in ev.actor2.name
    # ACLED SUD15929 (coded Darfur Communal Militia (Sudan) on both sides): the "assumed" name reaches only the first
    # of the "two unidentified militia"; the test pins that, and a communal militia of Sudan on the other side
    ev = _main("On 22 November 2021, two unidentified militia (assumed Darfur communal militia) clashed in Gharaa "
               "Al-Zawiya area near Al Sheriff (As Serief locality, North Darfur). Three people were killed and others "
               "injured. No further information.", "en", "2021-11-22")
    assert ev.actor1.name == "Darfur Communal Militia (Sudan)"
    assert ev.actor2.name.endswith("Communal Militia (Sudan)")


def test_two_groups_coordinated_as_the_subject_of_clashed_are_the_two_sides():
    # ACLED MMR10924 (coded Military Forces of Myanmar (2016-) vs NA-B: Northern Alliance); "Man San" is a village
    ev = _main("On 30 December 2020, on Mandalay-Muse Pyidaungsu Road near Man San village (Namtu Township, Kyaukme "
               "District, Shan State), Myanmar military and Northern Alliance group clashed. The clash happened while the "
               "Northern Alliance group were collecting taxes. However, the Northern Alliance group hasn't provided any "
               "information on the clash. Casualties unknown. Location coded as Man San.", "en", "2020-12-30")
    assert ev.sub_event_type == "Armed clash"
    assert _names(ev) == ("Military Forces of Myanmar", "NA-B: Northern Alliance")
    # allies with a "with" after them keep their foe: the VDP is no side against the army
    ev = _main("On 30 December 2020, the army and the VDP clashed with JNIM near Djibo.", "en", "2020-12-30")
    assert ev.actor2.name.startswith("JNIM")


def test_a_road_blocked_with_bonfires_barricades_or_a_wooden_blockade_is_a_violent_demonstration():
    # ACLED NIG19389, BFO6419, IDN5360 (all coded Riots / Violent demonstration)
    for text, published in (
            ("On 31 December 2020, youth demonstrators set up bonfires and blocked the International Road in Oke Odan "
             "(Egbado South LGA, Ogun) over the killing of another youth by Nigeria Customs Service operatives. "
             "[size=no report]", "2020-12-31"),
            ("On 31 January 2022, dozens of residents with stones and branches demonstrated and barricaded the main road "
             "in front of the National Company for the Development of Urban Land (SONATUR) in the capital of Ouagadougou "
             "(Ouagadougou, Kadiogo). The demonstrators denounced a land distribution in the that left some residents in "
             "the Silmiougou quarter without land and forced to leave within three months. [size=dozens]", "2022-01-31"),
            ("On 20 December 2020, a group of villagers demonstrated in Jatisura village, Cikedung district (Indramayu "
             "regency, West Java province), regarding a damaged road in their village. They set a wooden blockade on "
             "the road. [size=no report]", "2020-12-20")):
        ev = _main(text, "en", published)
        assert ev.sub_event_type == "Violent demonstration", text
        assert ev.actor1.name.startswith("Rioters"), text


def test_police_or_others_who_intervened_at_a_protest_make_it_a_protest_with_intervention():
    # ACLED LBY12030, IDN5359, BGD17616 (all coded Protests / Protest with intervention)
    for text, published in (
            ("On 21 February 2025, about 80-100 Berber residents protested in Tripoli - Hayy al Andalus (Tripoli, West) "
             "after the publication of a video on 17 February in which several people, including some in police "
             "uniforms, stepped on an Amazigh flag in Tripoli. Police officers intervened at the protest site (means "
             "unknown).", "2025-02-21"),
            ("On 19 December 2020, a group of Papuans from FRI-WP and AMP held a rally and staged a protest in front of "
             "the Presidential palace in Central Jakarta city (Jakarta province). They demanded the independence of "
             "Papua. An unknown nationalist group intervened and blocked the road. The police also intervened, forced "
             "the protesters to take the coronavirus test and escorted them to the Legal Aid Institute office. "
             "[size=no report]", "2020-12-19"),
            ("On 4 May 2020, a local leader of AL who is also a ward councilor attacked the protest demonstration of "
             "residents of his ward in Jamalpur Municipality (Jamalpur, Mymensingh) who were protesting irregularities "
             "in distribution of relief material amid coronavirus lockdown. [size=no report]", "2020-05-04")):
        ev = _main(text, "en", published)
        assert ev.sub_event_type == "Protest with intervention", text
        assert ev.actor1.name.startswith("Protesters"), text


LAPRESSE_NANGARHAR = (  # https://ma.lapresse.it/monde-ma/2021/08/28/afghanistan-un-drone-americain-frappe-un-organisateur-de-daech/amp
    "Au lendemain du double attentat-suicide perpétré aux portes de l’aéroport de Kaboul, les Etats-Unis ont mené une "
    "frappe de drone contre un organisateur du groupe Daech au Khorasan (EI-K) en Afghanistan.\n\n"
    "« La frappe aérienne sans pilote s’est produite dans la province de Nangarhar dans la nuit du vendredi au samedi. "
    "Selon les premières indications, nous avons tué la cible », a précisé le commandant Bill Urban dans un communiqué, "
    "ajoutant n’avoir connaissance d’« aucune victime civile ».\n\n"
    "Daech avait revendiqué l’attaque qui a fait près d’une centaine de morts dont 13 militaires américains et des "
    "centaines de blessés.")

NETCOMSN_TINZAOUATENE = (  # https://netcomsn.com/afrique/ (Frappes de drones au Mali, 26 August 2024)
    "Frappes de drones au Mali : L’armée revendique des cibles terroristes, les séparatistes dénoncent des victimes "
    "civiles\n"
    "Au lendemain des frappes de drones qui ont fait une vingtaine de morts dans le nord du Mali, l’armée malienne a "
    "déclaré avoir ciblé des « cibles terroristes ». Cependant, les séparatistes affirment que ces frappes ont causé la "
    "mort de civils, y compris des enfants.\n"
    "L’armée malienne a expliqué que l’opération, menée dimanche 25 août à Tinzaouatène, près de la frontière "
    "algérienne, avait pour objectif de neutraliser « une vingtaine d’individus armés » repérés grâce à une mission de "
    "reconnaissance.")


def test_the_event_a_time_is_counted_from_is_background_unless_the_same_kind_is_retold():
    result = extract(LAPRESSE_NANGARHAR, lang="fr", published="2021-08-28")
    main = max(result.events, key=lambda e: e.confidence)
    assert main.sub_event_type == "Air/drone strike"
    assert all(e.modality == "background" for e in result.events if e.sub_event_type == "Suicide bomb")
    # "Au lendemain des frappes ..., ces frappes": the strikes are the news, not background
    main = _main(NETCOMSN_TINZAOUATENE, "fr", "2024-08-26")
    assert main.sub_event_type == "Air/drone strike" and main.modality == "asserted"
    assert main.fatalities == 20


ALAKHBAR_NOUAKCHOTT = (  # https://alakhbar.info/?q=node%2F20811
    "الأخبار (نواكشوط) ـ شهدت الساحة الواقعة أمام القصر الرئاسي والمقابلة للبنك المركزي سلسلة وقفات احتجاجية صباح "
    "اليوم الخميس 17 أكتوبر 2019.\n\n"
    "وجرى تنظيم هذه الوقفات الاحتجاجية تزامنا مع انعقاد الاجتماع الأسبوعي للحكومة.\n\n"
    "ومن بين المحتجين الطلاب ضحايا قرار وزير التعليم العالي القاضي بمنع من تجاوزوا سن الخامسة والعشرين من ولوج الجامعة، "
    "إضافة إلى ملاك منازل مهدمة شمالي العاصمة نواكشوط.\n\n"
    "كما كان من المحتجين ممثلون عن نادي دائني الشيخ علي الرضى بن محمد ناجي، ومحتجون يطالبون بتوفير الكهرباء لسكان مركز "
    "الطويل الإداري بولاية الحوض الغربي.\n\n"
    "وحمل المحتجون لافتات تعريفية بمطالبهم، كما رددوا هتافات تطالب بتدخل الرئيس محمد ولد الغزواني.")

TURESS_JELMA = (  # https://www.turess.com/tuniscope/82253
    "عثر مساء اليوم الجمعة 13 نوفمبر ،على راعي أغناء يدعى مبروك السلطاني مذبوحا بمنطقة سلتة 2 بجبل المغيلة التابع "
    "لعتممدية جلمة من سيدي بوزيد. هذا و تحوّلت وحدات من الحرس الوطني إلى المنطقة ،و لا زالت الأبحاث الأمنية جارية "
    "لمعرفة أسباب الوفاة ،في حين رجّحت مصادر إعلامية أن عناصر إرهابية أقدمت على ذبح الراعي. تجدر الإشارة إلى أن كتيبة "
    "عقبة بن نافع التابعة لتنظيم القاعدة بالمغرب الإسلامي ،نشرت أوّل أمس الأربعاء ،إصدارا مرئي ،أعلنت من خلاله تصفية "
    "لراعي أغنام راعي أغنام يدعى سامي العياري ، من منطقة الحزيم ، تم اعدامه بدعوى أنه \"جاسوس عاون جنود الطواغيت\" "
    "حسبما جاء في الفيديو المرئي ، والثاني نجيب القاسمي الذي تم اعدامه لنفس الاسباب.")


def test_arabic_common_words_are_no_towns_and_victims_of_a_decision_are_no_dead():
    main = _main(ALAKHBAR_NOUAKCHOTT, "ar", "2019-10-17")
    assert main.sub_event_type == "Peaceful protest"
    assert main.location is not None and main.location.country == "MR"
    assert main.actor1.name == "Protesters (Mauritania)"


def test_al_qaeda_in_the_islamic_maghreb_written_with_its_clitic_is_aqim_not_morocco():
    result = extract(TURESS_JELMA, lang="ar", published="2015-11-13")
    assert any(e.actor1 is not None and e.actor1.name.startswith("AQIM") for e in result.events)
    assert not any(e.location is not None and e.location.country == "MA" for e in result.events)


CNEWS_POLOKWANE = (  # https://www.cnews.fr/monde/2012-05-07/afrique-du-sud-un-homme-lapide-par-la-foule-apres-un-vol-de-portable-25052
    "Afrique du Sud : un homme lapidé par la foule après un vol de portable\n"
    "Un homme a été lapidé à mort par une foule qui l'accusait du vol d'un téléphone portable à Polokwane, la plus "
    "grande ville du nord de l'Afrique du Sud, a indiqué lundi la police locale, qui a ouvert une enquête pour meurtre.\n"
    "\"La population s'est ruée pour venir en aide à une dame qui criait. Le type a été attrapé et frappé à coup de "
    "pierres\", a expliqué à l'agence sud-africaine Sapa le lieutenant-colonel de police Moatshe Ngoepe.\n"
    "Les faits se sont produits dimanche matin, trois jours après une affaire similaire sur le campus universitaire de "
    "la ville, où jeudi une centaine d'étudiants ont passé à tabac des visiteurs accusés d'avoir volé le téléphone "
    "portable d'un étudiant, faisant un mort et cinq blessés graves.")

LAMETROPOLE_MONTREAL = (  # https://lametropole.com/2012/06/04/une-41e-manif-au-son-des-casseroles/
    "La marche des casseroles, dont le départ s’est effectué au coin des rues Saint-Denis et Jarry, se voulait un"
    " défilé familial.\n"
    "Au centre-ville, plusieurs dizaines de personnes ont quitté ensemble le parc Émilie-Gamelin, peu avant 21 h,"
    " pour parcourir les rues du centre-ville. Moins d’une heure plus tard, les manifestants ont bloqué l’accès à"
    " l’autoroute Ville-Marie pendant quelques minutes. Vers 22 h, des manifestants ont tenté de gagner la rue "
    "Saint-Denis, à l’intersection du boulevard de Maisonneuve, mais les forces policières leur ont bloqué la "
    "route.\n"
    "Certains d’entre eux ont voulu contourner le barrage policier par la rue Sanguinet, en pénétrant sur la "
    "terrasse du bar Le Saint-Sulpice. Les autres se sont dispersés dans le calme et aucune altercation ne s’en "
    "est suivie. Des policiers à vélo surveillaient le bon déroulement de la marche et se tenaient à distance. "
    "Les manifestants ont continué d’arpenter les différentes artères du centre-ville dans une ambiance festive, "
    "avant de mettre fin à la marche peu après 23 h.\n"
    "Le Service de police de la Ville de Montréal (SPVM) ne rapporte aucune arrestation ni aucun méfait. Le "
    "nombre de participants était beaucoup moins imposant que les semaines précédentes, le temps plus frais ayant"
    " probablement découragé certains d’entre eux. On dénombrait quelques centaines de personnes au plus fort de "
    "la manifestation. Comme les soirs précédents, cette manifestation a été déclarée illégale, puisque "
    "l’itinéraire n’a pas été communiqué aux policiers. Les gens peuvent toutefois marcher si aucun acte criminel"
    " n’est commis, avait indiqué le SPVM.\n"
    "D’autres manifestations de casseroles se sont également tenues sur l’île de Montréal.\n"
    "Source: Radio-Canada\n")


def test_the_day_the_facts_are_told_to_have_happened_dates_the_lead():
    # "a indiqué lundi la police" is the report's day; "Les faits se sont produits dimanche matin" the incident's
    main = _main(CNEWS_POLOKWANE, "fr", "2012-05-07")
    assert main.sub_event_type == "Mob violence"
    assert main.date == "2012-05-06"


def test_a_street_written_in_lower_case_is_no_town():
    # "au coin des rues Saint-Denis et Jarry" is a Montréal corner, not Saint-Denis of Réunion
    main = _main(LAMETROPOLE_MONTREAL, "fr", "2012-06-04")
    assert main.location is not None and main.location.country == "CA"


def test_an_unexploded_bomb_that_went_off_among_villagers_is_a_remote_explosive():
    # ACLED MMR10969 (coded Remote explosive/landmine/IED, Unidentified Armed Group (Myanmar) v Civilians (Myanmar))
    ev = _main("On 10 January 2021, in Sa Par Htar village (Minbya Township, Mrauk-U District, Rakhine State), an "
               "unexploded bomb was found near the village and brought to the village by a young man. Villagers "
               "accidentally detonated it. The explosion killed a woman and injured nine villagers, including three "
               "children.", "en", "2021-01-10")
    assert (ev.sub_event_type, *_names(ev)) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)")
    assert (ev.fatalities, ev.injuries) == (1, 9)


def test_a_mobs_violence_hits_civilians_of_the_nation_its_target_names():
    # ACLED BEN888 (coded Mob violence, Rioters (Benin) v Civilians (Benin)) and PSE57581 (Rioters (Palestine) v
    # Civilians (Israel))
    ev = _main("On 19 December 2022, a mob burnt down the Kpandolou neighborhood of Taneka Beri (Donga, Copargo). At "
               "least 1 was injured. Casualties unknown. The fire started in the house of the Fetishist priest. It is "
               "suspected that the fire was started by persons wanting to avenge the Fetishist Chief.", "en", "2022-12-19")
    assert (ev.sub_event_type, *_names(ev)) == ("Mob violence", "Rioters (Benin)", "Civilians (Benin)")
    ev = _main("On 7 August 2024, Palestinian rioters threw Molotov cocktails at an Israeli settler vehicle near Yitzhar "
               "(Nablus, West Bank), likely as it was passing by. There were no casualties.", "en", "2024-08-07")
    assert (ev.sub_event_type, *_names(ev)) == ("Mob violence", "Rioters (Palestine)", "Civilians (Israel)")


AP_ACATLAN = (  # https://indianexpress.com/article/world/two-men-burned-to-death-by-mob-in-central-mexico-5331962/
    "Two men burned to death by mob in central Mexico\n"
    "Some residents of a small town in central Mexico pulled two men accused of trying to kidnap children from police "
    "custody and burned them to death. Police in Puebla state say the men aged 53 and 21 had been detained in the "
    "township of Acatlan and taken to a local police station.\n"
    "A crowd of about 150 people gathered and stormed the jail, taking the men who they accused of trying to steal "
    "children. The crowd then doused them with an accelerant and burned them and their vehicle.")


def test_the_next_sentences_place_an_event_its_own_sentence_puts_only_in_a_country():
    main = _main(AP_ACATLAN, "en", "2018-08-30")
    assert main.sub_event_type == "Mob violence"
    assert main.location is not None and main.location.admin1 == "Puebla"
    # (not a bearing: "à environ 500km au nord de la capitale Bangui" is no place of the attack)
    main = _main("Plusieurs hommes armés ont tué 13 personnes lundi dans un petit village du Nord-ouest de la "
                 "Centrafrique, ont indiqué mardi les autorités locales à l'AFP.\n"
                 "L'attaque s'est produite lundi très tôt à Diki, près de la frontière tchadienne, à environ 500km au "
                 "nord de la capitale Bangui.", "fr", "2023-08-01")
    assert main.location is None or main.location.name != "Bangui"


def test_a_mob_acting_amid_demonstrations_told_as_background_is_mob_violence():
    # ACLED BGD28129, BGD28136 (5 August 2024; coded Riots / Mob violence, Rioters (Bangladesh) v Civilians)
    for text in (
            "On 5 August 2024, a mob vandalized the offices and establishments of Awami League leaders in Baghaichhari "
            "upazila (Bagaichhari, Rangamati, Chittagong), amid the outbreak of violence after the resignation of the "
            "Prime Minister, following anti-government demonstrations emerging from the quota reform movement.",
            "On 5 August 2024, a mob set ablaze the Jabir International, a five-star hotel owned by Jessore district "
            "Awami League general secretary, in Jessore city (Khulna), amid the outbreak of violence after the "
            "resignation of the Prime Minister, following anti-government demonstrations emerging from the quota "
            "reform movement."):
        ev = _main(text, "en", "2024-08-05")
        assert ev.sub_event_type == "Mob violence", text
        assert ev.actor1.name == "Rioters (Bangladesh)", text
