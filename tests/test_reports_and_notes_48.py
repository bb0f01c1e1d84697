"""Press pages and ACLED notes read as an analyst would code them (stop 48). The texts are the pages' and the notes'
own words (sources above each test); the expected values are ACLED's own coding of the notes."""
from tests.conftest import top_event as _main


# https://thenationpress.com/news-228914.html (2 March 2024)
NATIONPRESS_NAQOURA = (
    "حزب الله ينعى ثلاثة عناصر جراء ضربة إسرائيلية على سيارة في جنوب لبنان\nبيروت- نعى حزب الله ثلاثة عناصر قتلوا، "
    "السبت2مارس2024، جراء ضربة اسرائيلية استهدفت سيارة كانت تقلهم في جنوب لبنان، وفق ما أوردت الوكالة الوطنية للإعلام "
    "والجيش الإسرائيلي، على وقع استمرار التصعيد عند الحدود منذ نحو خمسة أشهر.\nوفي بيانات منفصلة، نعى حزب الله المقاتلين "
    "الثلاثة. وقال إن كلاً منهم \"ارتقى شهيداً على طريق القدس\" وهي عبارة يستخدمها لنعي عناصره الذين يقتلون بنيران "
    "إسرائيلية منذ بدء الحرب في غزة.\nوذكرت الوكالة الوطنية في وقت سابق أنّ \"مسيّرة معادية استهدفت صباح اليوم سيارة على "
    "طريق الناقورة\" الساحلية، مشيرة إلى أن سيارات الاسعاف هرعت الى المكان المستهدف.\nوقال مصدر أمني لوكالة فرانس برس "
    "إن مقاتلي حزب الله الثلاثة قضوا في تلك الضربة.\nوفي وقت لاحق، أكد الجيش الإسرائيلي في بيان استهدافه السيارة التي "
    "قال إنها أقلّت \"عدداً من الإرهابيين الذين أطلقوا صواريخ نحو الأراضي الإسرائيلية\".")


def test_a_group_mourning_its_dead_is_the_strikes_target_and_a_later_clauses_span_leaves_the_toll():
    ev = _main(NATIONPRESS_NAQOURA, "ar", "2024-03-02")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name == "Military Forces of Israel"
    # "نعى حزب الله ثلاثة عناصر": the three were Hezbollah's, not civilians
    assert ev.actor2.name == "Hezbollah"
    assert NATIONPRESS_NAQOURA[ev.actor2.start:ev.actor2.end] == ev.actor2.text == "حزب الله"
    # "منذ نحو خمسة أشهر" (for nearly five months) dates the escalation of another clause, not the three dead
    assert ev.fatalities == 3
    assert NATIONPRESS_NAQOURA[ev.fatalities_text.start:ev.fatalities_text.end] == ev.fatalities_text.text


# ACLED's Kenya export (Carol0128/Data, acled_data.csv): 'Unidentified Armed Group (Kenya)', 'Civilians (Kenya)', 2
def test_a_man_and_his_son_killed_are_two():
    text = "On December 31 2019, a man and his 12-year-old son were killed by unidentified assailans in Baragoi, Samburu."
    ev = _main(text, "en", "2019-12-31")
    assert ev.fatalities == 2
    assert "man and his 12-year-old son" in ev.fatalities_text.text


# ACLED's Benin export (JoshMerfeld/saereplication, data/acled.csv): actor1 'JNIM: Group for Support of Islam and
# Muslims', actor2 'Military Forces of Benin (2016-)', 3 fatalities
def test_the_group_that_likely_planted_the_ied_is_its_author():
    text = ("On 6 January 2022, an army vehicle struck an IED likely planted by JNIM militants near Hotel Pendjari "
            "(Tanguieta, Atacora). Three soldiers were killed and an unspecified number wounded.")
    ev = _main(text, "en", "2022-01-06")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert ev.actor1.text == "JNIM militants"
    assert ev.fatalities == 3


# ACLED's 2020 export (RPanlilio/acled, acled.csv): Iraq, actor1 'Islamic State (Iraq)', actor2 'TMF: Tribal
# Mobilization Forces', Armed clash, 1 fatality
def test_a_tmf_fighter_shot_by_is_snipers_is_a_clash_with_the_tribal_mobilization_forces():
    ev = _main("On 8 May 2020, 1 TMF fighter was shot and killed by IS snipers in Sharwain near Diyala river.", "en",
               "2020-05-08")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "Islamic State (Iraq)"
    assert ev.actor2.name == "TMF: Tribal Mobilization Forces"
    assert ev.fatalities == 1


# ACLED's 2020 export (RPanlilio/acled, acled.csv): India, actor1 'Police Forces of India (2014-)', actor2 'PREPAK-Pro:
# People's Revolutionary Party of Kangleipak-Progressive', Disrupted weapons use
def test_the_group_the_seized_arms_belong_to_is_the_seizures_other_side():
    text = ("On 8 May 2020, a team of Imphal West police commandos recovered arms and ammunition including one AK-56 Rifle, "
            "one carbine with magazine, one .303 modified Rifle with magazine, one loose Rifle barrel and two mortar shells "
            "belonging to a militant of People's Revolutionary Party of Kangleipak-progressive (PREPAK-pro) at Sekmaijin "
            "Khoidumpat (Imphal West district, Manipur).")
    ev = _main(text, "en", "2020-05-08")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1.name == "Police Forces of India"
    assert ev.actor2.name == "PREPAK-Pro: People's Revolutionary Party of Kangleipak-Progressive"
    assert text[ev.actor2.start:ev.actor2.end] == ev.actor2.text


# ACLED's 2024 Iraq export (zahraghourani/lebanon-conflict-viz, data/raw/acled_iraq.csv): actor1 'Police Forces of
# Iraq (2020-)', actor2 'Unidentified Armed Group (Iraq)', Disrupted weapons use
def test_a_drone_belonging_to_unknown_militants_is_an_unidentified_groups():
    text = ("Defusal: On 3 January 2024, Iraqi police forces discovered and destroyed a drone belonging to unknown "
            "militants on the highway in Mahawil district, Babil. It is unclear if the drone was armed and how it ended "
            "up on the highway.")
    ev = _main(text, "en", "2024-01-03")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1.name == "Police Forces of Iraq"
    assert ev.actor2.name == "Unidentified Armed Group (Iraq)"


# ACLED's 2024 Yemen and Iraq exports (zahraghourani/lebanon-conflict-viz, data/raw/acled_yemen.csv, acled_iraq.csv):
# 'Unidentified Tribal Militia (Yemen)' against 'Civilians (Yemen)'; 'Unidentified Tribal Militia (Iraq)' on both sides
def test_tribesmen_nobody_names_are_an_unidentified_tribal_militia():
    ev = _main("On 6 January 2024, tribesmen opened fire at civilians in Ataq city (Shabwah) over tribal revenge killing 1 "
               "civilian and injuring 1 other.", "en", "2024-01-06")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1.name == "Unidentified Tribal Militia (Yemen)"
    assert ev.actor2.name == "Civilians (Yemen)"
    assert ev.fatalities == 1
    ev = _main("Around 1 January 2024 (as reported), unknown tribal militants clashed in Chibayish district, Thi Qar. Local "
               "police conducted a raid after the clash ended, detained 7 suspected militants, and seized weapons. "
               "Casualties unknown.", "en", "2024-01-01")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == ev.actor2.name == "Unidentified Tribal Militia (Iraq)"


# ACLED's 2024 Israel export (zahraghourani/lebanon-conflict-viz, data/raw/acled_israel.csv): actor1 'Military Forces of
# Israel (2022-)', actor2 'Hamas Movement', Disrupted weapons use
def test_an_interceptions_author_is_who_intercepted_and_the_launcher_its_other_side():
    text = ("Interception: On 1 January 2024, Hamas militants fired a barrage of about 27 rockets toward southern and "
            "central Israel, including Ramla (HaMerkaz) and surrounding areas. The iron dome intercepted 18 rockets, some of "
            "them likely over the area of Ramla. The other nine rockets fell in open areas.")
    ev = _main(text, "en", "2024-01-01")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1.name == "Military Forces of Israel"
    assert ev.actor1.text == "iron dome"
    assert ev.actor2.name == "Hamas Movement"


# ACLED's 2024 Yemen, Libya and Syria exports (zahraghourani/lebanon-conflict-viz): 'West Coast Joint Forces' (YEM84423
# codes the Houthis, whose infiltration the WCJF thwarted, actor1 and the WCJF actor2), 'Radaa: Special Deterrence
# Forces', 'LAS: Northern Storm Brigade'
def test_yemeni_libyan_and_syrian_armed_groups_by_acled_names():
    ev = _main("On 4 January 2024, WCJF clashed with Houthi forces and 'thwarted their infiltration attempt' in hills east "
               "of Hays district (Al Hudaydah). Casualties unknown. The clash lasted for 40 minutes and the WCJF inflicted "
               "'direct casualties' -- unclear if fatalities or injuries.", "en", "2024-01-04")
    assert (ev.sub_event_type, ev.actor2.name) == ("Armed clash", "West Coast Joint Forces")
    assert ev.actor1.name.startswith("Military Forces of Yemen") and "Houthi" in ev.actor1.name
    ev = _main("On 8 February 2024, the Special Deterrence Forces announced their withdrawal from Tripoli - Mitiga Airport "
               "(Tripoli, Libya) and from the Tripoli seaport after the Government of National Unity (GNU) issued Cabinet "
               "Resolution No. 21 of 2024 that assigned control to airports and sea ports to the GNU.", "en", "2024-02-08")
    assert ev.actor1.name == "Radaa: Special Deterrence Forces"
    ev = _main("On 28 June 2024, clashes took place between Northern Storm Brigade and National Police Forces in Azaz town "
               "in Aleppo countryside, over an unknown dispute, injuring five members including a civilian. There were no "
               "fatalities.", "en", "2024-06-28")
    assert (ev.sub_event_type, ev.actor1.name) == ("Armed clash", "LAS: Northern Storm Brigade")


# https://souriapost.com/?p=7655 (its first paragraphs)
SOURIAPOST_ABU_KHASHAB = (
    "قتل شاب ووالده أمس السبت برصاص شخصين مجهولين في بلدة أبو خشب غرب دير الزور.\nونقلت وكالة نورث برس عن أحد السكان "
    "في البلدة أن عايش السرحان البالغ من العمر 50 عاماً قتل مع ابنه عبد القادر البالغ من العمر 20 عاماً، نتيجة استهداف "
    "سيارتهما بالرصاص.\nوأكدت الوكالة أن الحادثة وقعت على الطريق العام وسط البلدة، مع الإشارة إلى أن الضحيتين مدنيان ولا "
    "ينتميان لأي فصيل عسكري أو حزب سياسي.")
# https://ta7kikatonline.net/?p=816 (its first sentence)
TA7KIKAT_ARISH = ("ارتكب مسلحون مجهولون جريمة بشعة بمدينة العريش بشمال سيناء في مصر، حيث ذبحوا رجلا وابنه في ميدان الفواخرية أكبر "
                  "ميادين المدينة، وعلى مرأى ومسمع من المواطنين بدعوى تعاونهما مع الجيش والشرطة.")


def test_a_young_man_and_his_father_killed_are_two_in_arabic():
    ev = _main(SOURIAPOST_ABU_KHASHAB, "ar", "2021-05-02")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2.name == "Civilians (Syria)"
    assert ev.fatalities == 2  # "شاب ووالده": a young man and his father
    ev = _main(TA7KIKAT_ARISH, "ar", "2016-01-01")
    assert ev.actor1.name == "Unidentified Armed Group (Egypt)"
    assert ev.fatalities == 2  # "رجلا وابنه": a man and his son
