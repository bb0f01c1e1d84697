"""Press pages and ACLED notes read as an analyst would code them (stop 50). The texts are the pages' own words, as far
as the first ~2,000 characters of each page go, or ACLED's own notes (sources above each text)."""
from tests.conftest import top_event as _main

from sitrep import extract
from tests.test_reports_and_notes_49 import ELN_AGUACHICA  # (the same page, read there for its type)

# https://sy-turkey.com/blog/2022/01/16/ (Anadolu's wire of the Jordanian army's statement; the page breaks its
# sensitive words with 'ـ.ـ' against keyword filters) (2022-01-16)
JORDAN_SMUGGLERS = (
    "مقـ.ـتل ضابـ.ـط أردني باشتـ.ـباك مع مهـ.ـربين على حـ.ـدود سوريا\nأعلن الجيش الأردني، الأحد، مقـ.ـتل أحد ضـ.ـباطه "
    "وإصـ.ـابة 3 جنـ.ـود، في اشتبـ.ــ.ـاك مع مهـ.ـربين على الحدود مع سوريا.جاء ذلك في بيان نشره الجيـ.ـش على موقعه "
    "الرسمي، واطلع عليه مراسل الأناضول.\nوقال البيان: \"في الساعة الرابعة من فجر الأحد (2.00 تغ)، وعلى إحدى الواجهات "
    "الحدودية الشمالية الشرقية، أطلـ.ـقت مجموعة من المهـ.ـربين النار على قـ.ـوات حـ.ـرس الحـ.ـدود، فتـ.ـم الرد بالمثـ.ـل "
    "وتطـ.ـبيق قـ.ـواعد الاشتـ.ـباك مما دفع المهـ.ـربين للفـ.ـرار داخل العـ.ـمق السوري\".\nوأضاف أن \"الاشتـ.ـباك أسـ.ـفر "
    "عن استـ.ـشـ.ـهاد النقيب محمد ياسين موسى الخضيرات، وإصابة ثلاثة أفراد (جـ.ـنود)")


# https://news.az/news/death-toll-from-suicide-bombing-at-pakistan-mosque-rises-to-88 (2023-01-31)
PESHAWAR_TOLL = (
    "The death toll from Monday's suicide bombing at a mosque inside a police headquarters in Pakistan's northern "
    "city of Peshawar has risen to 88, with 26 more bodies retrieved from the rubble, an official said, News.Az reports "
    "citing Anadolu Agency.\nShafi Ullah, the deputy commissioner of Peshawar, the provincial capital of Khyber Pakhtunkhwa, "
    "confirmed the increase in casualties and told reporters that 57 injured people remain hospitalized, 10 of whom "
    "are in critical condition.\nEarlier, Muhammad Asim, a spokesman for Lady Reading Hospital in Peshawar, while "
    "speaking to Anadolu, put the number of casualties at 83.\nNearly 100 injured have been discharged from the hospital, "
    "he added.\nOn Monday, a suspected suicide bomber blew himself up during midday prayers at the mosque within the "
    "Police Headquarters in Peshawar.\nTehreek-e-Taliban Pakistan (TTP), an outlawed group, claimed responsibility "
    "for the deadly attack on Monday but later denied involvement in a statement posted on their website.\nAccording "
    "to city police chief Muhammad Ijaz Khan, the attack was a suicide bombing as police recovered the head of the "
    "bomber from the spot.\nSeveral people were buried under the debris after most parts of the mosque building collapsed, "
    "so the rescue operation continued through the night.\nThe deceased included several senior police officers and "
    "the prayer leader.\nAccording to police, the joint oper")


# https://www.trt.net.tr/francais/moyen-orient/2020/08/10/liban-la-police-fait-usage-de-gaz-lacrymogene-contre-les-manifestants-a-beyrouth-1470009 (2020-08-10)
BEIRUT_STONES = (
    "Liban: la police fait usage de gaz lacrymogène contre les manifestants à Beyrouth\nLes manifestants se sont réunis "
    "à Beyrouth en vue de protester contre les politiciens et les autorités qu'ils tiennent pour responsable de l'explosion "
    "meurtrière survenue le 4 août dans le port.\nDimanche soir, la police libanaise a fait usage de gaz lacrymogène "
    "contre les manifestants réunis à Beyrouth en vue de protester contre les politiciens et les autorités qu'ils "
    "tiennent pour responsable de l'explosion meurtrière survenue le 4 août dans le port.\nRassemblés sur la place "
    "des Martyrs, les manifestants ont voulu marcher jusqu'à l'assemblée. Certains d'entre eux ont jeté des pierres "
    "sur les forces de sécurité. Celles-ci ont répliqué avec du gaz lacrymogène.\nPar ailleurs les manifestants ne "
    "souhaitant la présence d'aucun politicien, ont réagi à l'arrivée du député et gendre du président Michel Aoun, "
    "Chamel Roukoz, qui s'était rendu sur la place des Martyrs en vue de prendre part à la manifestation.\nSamedi, "
    "des milliers de Libanais s'étaient également rassemblés dans la capitale pour protester les autorités qu'ils "
    "tiennent pour responsable de l'explosion ayant fait 158 morts et plus de 6.000 blessés.\nLes manifestants avaient "
    "alors cherché à marcher vers l'assemblée et avaient pris d'assaut certains ministères. Des échauffourées avaient "
    "éclaté suite à l'intervention des forces de sécurité. Un membre des forces de sécurité avait perdu la vie et "
    "238 personnes, dont 70 agents de sécurité, avaient été blessées lors des incidents qui avaient duré jusque tard "
    "dans la nuit. 20 personnes avaient notamment été placées en garde à vue.")


# https://sikhvirsa.com/2021/03/26/four-people-killed-in-bangladesh-during-protests-against-visit-of-pm-modi-police-official/ (2021-03-26)
CHITTAGONG = (
    "Four people killed in Bangladesh during protests against visit of PM Modi: police official\nCOX'S BAZAR: At least "
    "four people were killed in the Bangladeshi city of Chittagong on Friday after police fired rubber bullets at "
    "protesters during a demonstration against the visit of Prime Minister Narendra Modi, a police official said.\n\"We "
    "had to fire teargas and rubber bullets to disperse them as they entered a police station and carried out extensive "
    "vandalism,\" Rafiqul Islam, the police official told Reuters, referring to protesters.\nProtests against Prime "
    "Minister Modi's visit were also flared in the capital Dhaka, where dozens of people, including two journalists, "
    "were injured in clashes with police, witnesses said.")


# https://www.watanserb.com/2018/04/20/ (Anadolu's report of the fourth Friday of the Great March of Return; the
# page drops words, as here: 'استهداف قوات الإسرائيلي شعبية سلمية') (2018-04-20)
GAZA_MARCH = (
    "استشهد 4 فلسطينيين، وأُصيب 729 آخرين، بينهم مسعف جراحه خطيرة وصحفيان، الجمعة، نتيجة استهداف قوات الإسرائيلي "
    "شعبية سلمية تتواصل للجمعة الرابعة على التوالي، قرب السياج الفاصل شمال وشرق ، والتي أطلق عليها \"جمعة الشهداء "
    "والأسرى\".\nوأفادت وزارة الصحة الفلسطينية في غزة بارتقاء الشهداء أحمد نبيل أبوعقل (25عامًا)، وأحمد رشاد العثامنة "
    "(24عامًا)، وسعد عبد المجيد أبو طه (29عامًا)، والطفل محمد إبراهيم أيوب (15عامًا) شرقي قطاع غزة.\nوتجمهر آلاف من "
    "الفلسطينيين، في 5 نقاط، قرب الحدود مع إسرائيل، اليوم الجمعة، للمشاركة بمسيرة اليوم التي أطلقوا عليها اسم \"جمعة "
    "الشهداء والأسرى\"، وأشعلوا إطارات السيارات، ورشق بعضهم جيش الاحتلال الإسرائيلي بالحجارة. وفق ما ذكرت وكالة الاناضول.\nووصل "
    "عدد الشهداء الذين ارتقوا برصاص الجيش الإسرائيلي، منذ بداية مسيرة العودة في 30 مارس/آذار الماضي، إلى 37 فلسطينيًا، "
    "فيما أصيب الآلاف بجراح.\nوشهدت مناطق مختلفة من القطاع مواجهات عنيفة ابرز تلك الاحداث كان تمكن الشبان من اقتلاع "
    "أجزاء من السياج الفاصل شرق بلدة جباليا شمال قطاع غزة.")


def test_an_arabic_page_that_breaks_its_words_against_filters_still_tells_its_clash():
    # "مقـ.ـتل" is "مقتل": the dot between tatweels is no full stop, so the sentence and its words survive
    from sitrep.clean import mend_split_words

    assert mend_split_words("مقـ.ـتل ضابـ.ـط") == "مقـــتل ضابـــط"
    assert mend_split_words("بقصد ترويع الآمنين.وتشير") == "بقصد ترويع الآمنين.وتشير"  # a glued full stop stays
    result = extract(JORDAN_SMUGGLERS, published="2022-01-16", lang="ar")
    clash = next(e for e in result.events if e.sub_event_type == "Armed clash")
    assert clash.fatalities == 1
    assert "Military Forces of Jordan" in {clash.actor1.name, clash.actor2 and clash.actor2.name}


def test_a_toll_risen_to_a_figure_far_from_its_noun_is_the_toll_not_the_bodies_added():
    # "The death toll from Monday's suicide bombing at a mosque inside a police headquarters in Pakistan's northern
    # city of Peshawar has risen to 88, with 26 more bodies retrieved": 88
    ev = _main(PESHAWAR_TOLL, "en", "2023-01-31")
    assert (ev.sub_event_type, ev.fatalities) == ("Suicide bomb", 88)


def test_the_dead_of_the_blast_a_crowd_blames_are_not_its_toll_and_stones_make_it_a_riot():
    # "pour protester les autorités qu'ils tiennent pour responsable de l'explosion ayant fait 158 morts": the blast's
    # dead; "Certains d'entre eux ont jeté des pierres sur les forces de sécurité": a violent demonstration
    ev = _main(BEIRUT_STONES, "fr", "2020-08-10")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.fatalities in (0, None)


def test_rubber_bullets_fired_at_a_crowd_are_crowd_control_and_deaths_after_them_are_the_forces():
    # "police fired rubber bullets at protesters": an intervention, not gunfire
    ev = _main("Police fired rubber bullets at protesters in Chittagong on Friday.", "en", "2021-03-26")
    assert (ev.sub_event_type, ev.actor2.name) == ("Protest with intervention", "Police Forces of Bangladesh")
    # "At least four people were killed ... after police fired rubber bullets at protesters": the forces' fire is the
    # event, not what the crowd reacted to; and the crowd the police say "entered a police station and carried out
    # extensive vandalism" was rioting: ACLED codes the deaths as a violent demonstration's, the police its other side
    ev = _main(CHITTAGONG, "en", "2021-03-26")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Violent demonstration", "Rioters (Bangladesh)", "Police Forces of Bangladesh", 4)
    assert ev.notes.startswith("On 26 March 2021, Rioters (Bangladesh) rioted")


def test_a_march_a_crowd_gathers_for_and_stones_at_is_no_drone():
    # "وتجمهر آلاف من الفلسطينيين ... للمشاركة بمسيرة اليوم ... ورشق بعضهم جيش الاحتلال الإسرائيلي بالحجارة": "مسيرة" is
    # the march, not a drone
    result = extract(GAZA_MARCH, published="2018-04-20", lang="ar")
    assert not any(e.sub_event_type == "Air/drone strike" for e in result.events)
    assert any(e.sub_event_type in ("Violent demonstration", "Excessive force against protesters",
                                    "Protest with intervention") for e in result.events)


def test_killing_the_player_a_note_named_before_is_one_death():
    # zahraghourani/lebanon-conflict-viz data/raw/acled_libya.csv, 17 Jan 2024 (AX_P set): 1 fatality
    ev = _main("On 17 January 2024, the Internal Security Device arrested and tortured a former Al Hilal football club "
               "player and coach in Benghazi (Benghazi, East), killing the player.", "en", "2024-01-17")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)


def test_attackers_listed_with_their_victims_count_with_them():
    # djgroen/FabFlee config_files/mali/acled.csv, Sevare, 29 Jun 2018 (AX_P set): 6 fatalities
    ev = _main("On June 29, a suicide bomber detonated an explosives-laden vehicle at the G5Sahel-Force headquarters in "
               "Sevare, the detonation wass followed by an armed assault by at least two militants. Three attackers "
               "including the suicide bomber, two Malian soldiers and a civilian were killed and eight others wounded. "
               "Four suspects were also arrested in connection to the attack.", "en", "2018-06-30")
    assert ev.fatalities == 6


def test_officers_who_destroy_shops_destroy_property():
    # JoshMerfeld/saereplication data/acled.csv, Igolo, 16 Nov 2019 (AX_N set): Looting/property destruction, Police
    # Forces of Nigeria (Nigeria Customs Service) against Civilians (Benin)
    ev = _main("On 16 November (or around), Nigerian Customs Officers crossed the border to Benin and destroyed rice shops "
               "in Igolo.", "en", "2019-11-20")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Looting/property destruction", "Police Forces of Nigeria", "Civilians (Benin)")


def test_a_country_named_before_an_ambush_in_a_headline_is_where_it_happened():
    # https://news.yahoo.com/mexico-ambush-leaves-10-dead-including-5-federal-153922587.html (AFP, 2015-03-20): a gang
    # ambushed the gendarmerie in Ocotlan, Jalisco; "Mexico" placed the ambush, it did not make the army its author
    ev = _main("Mexico ambush kills 10, including 5 federal police", "en", "2015-03-20")
    assert not ev.actor1.name.startswith("Military Forces")
    assert ev.location is not None and ev.location.country == "MX"


# https://www.kurdistan24.net/en/story/33982-Drone-strike-kills-two-Kataib-Hezbollah-leaders-in-Baghdad:-security-source
# (2024-02-07)
KATAIB_HEZBOLLAH = (
    "Drone strike kills two Kataib Hezbollah leaders in Baghdad: security source\nTwo Kataib Hezbollah leaders were "
    "reportedly killed on Wednesday in a suspected U.S. drone strike.\nERBIL (Kurdistan24) – Abu Baqir al-Saadi and "
    "Haj Arkan Aliawi, leaders of Kataib Hezbollah, were killed in the drone strike in Baghdad, preliminary reports "
    "indicate, a security source confirmed to Kurdistan24.\nKataib Hezbollah also confirmed reports that two of its "
    "military leaders were killed in the drone strikes.\nThe drone airstrike targeted a vehicle in Mashtal neighborhood, "
    "eastern Baghdad.")


def test_a_groups_leaders_killed_by_a_named_striker_are_its_victims_in_headline_and_lead():
    # the headline alone does not say who struck; the lead does ("in a suspected U.S. drone strike"), and "its military
    # leaders" are Kataib Hezbollah's, not Iraq's army
    ev = _main(KATAIB_HEZBOLLAH, "en", "2024-02-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Air/drone strike", "Military Forces of the United States", "Kataib Hezbollah", 2)


# https://www.i24news.tv/fr/actu/international/moyen-orient/1670318074-iran-arrestation-de-saboteurs-lies-a-des-pays-europeens
# (2022-12-06)
IRGC_ARREST = (
    "\"Ils ont tenté de se procurer des armes et voulaient mener des activités contre la sécurité nationale\"\nLes Gardiens "
    "de la Révolution, l'armée idéologique de la République islamique d'Iran, ont annoncé mardi l'arrestation de "
    "douze personnes accusées d'appartenir à un \"groupe de saboteurs\" ayant des liens avec des pays européens.\n\"Les "
    "membres de ce réseau, sous la conduite d'agents contre-révolutionnaires vivant en Allemagne et aux Pays-Bas, "
    "ont tenté de se procurer des armes et avaient l'intention (...) de mener des activités contre la sécurité nationale\", "
    "ont indiqué les Gardiens de la Révolution de la province de Markazi (centre) dans un communiqué cité par l'agence "
    "Tasnim.")


def test_an_arrest_the_revolutionary_guards_announce_is_theirs_under_acleds_name():
    # "Les Gardiens de la Révolution ... ont annoncé mardi l'arrestation de douze personnes": the Guards arrested them;
    # ACLED names them as a unit of Iran's forces ("Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps",
    # its Iran row IRN22059), not the police an arrest defaults to
    ev = _main(IRGC_ARREST, "fr", "2022-12-06")
    assert (ev.sub_event_type, ev.actor1.name) == ("Arrests", "Military Forces of Iran Islamic Revolutionary Guard Corps")


def test_non_violent_protesters_are_no_riot_and_three_die_is_three_deaths():
    # CASE 2021 shared task dev set (../shared/eval/dev/case2021-dev), doc 906, labelled Excessive force against
    # protesters: "non-violent" denies the violence its last word names, and a headline's "three die" is a toll
    ev = _main("News Peru: Calls for interim president to resign, three die in protest crackdown. Thousands of "
               "non-violent protesters have taken to the streets marching in several Peruvian cities as citizens vented "
               "their frustrations at the impeachment of Martin Vizcarra. Congress has urged interim president Manuel "
               "Merino to step down.", "en", "2020-11-15")
    assert (ev.sub_event_type, ev.fatalities) == ("Excessive force against protesters", 3)
    result = extract("Thousands of non-violent protesters have taken to the streets marching in several Peruvian "
                     "cities.", published="2020-11-15", lang="en")
    assert not any(e.event_type == "Riots" for e in result.events)


# https://www.okaz.com.sa/variety/na/2215574 (2025-09-29)
KUWAIT_ARREST = (
    "أعلنت وزارة الداخلية الكويتية أن جهاز أمن الدولة ضبط مقيما عربيا ينتمي لجماعة محظورة وخطط لعملية إرهابية تستهدف "
    "دور العبادة.\nوقالت الوزارة، في بيان: «في إطار الجهود الاستباقية الحثيثة التي تبذلها وزارة الداخلية لحماية أمن "
    "البلاد وصون استقرارها، تمكنت الأجهزة الأمنية ممثلة بجهاز أمن الدولة من إلقاء القبض على مقيم عربي الجنسية ينتمي "
    "إلى جماعة محظورة تستهدف النيل من أمن الكويت وزعزعة نظمها الأساسية، وذلك بعد أن تبيّن تخطيطه لتنفيذ عملية إرهابية "
    "تفجيرية تستهدف دور العبادة».")


def test_a_person_the_state_security_service_seizes_is_arrested_by_the_police():
    # "جهاز أمن الدولة ضبط مقيما عربيا": "ضبط" with a person is an arrest (with weapons, a seizure), and State Security
    # is the state's police
    ev = _main(KUWAIT_ARREST, "ar", "2025-09-29")
    assert (ev.sub_event_type, ev.actor1.name) == ("Arrests", "Police Forces of Kuwait")


def test_the_side_that_shot_back_was_fired_on_by_the_side_that_started_shooting():
    # RPanlilio/acled acled.csv, El Salvador, 4 May 2020 (AX_N set): Armed clash, Unidentified Gang (El Salvador)
    # against Police Forces of El Salvador (2019-); the police "shot back", so the gang leads
    ev = _main("On 4 May 2020, in Teotepeque (La Libertad), police officers were patrolling at the El Angel neighborhood "
               "when alleged gang members approached and started shooting. The police shot back. No deaths nor injuries "
               "reported.", "en", "2020-05-04")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name.startswith("Unidentified Gang") and ev.actor2.name.startswith("Police Forces")


# https://africandailyvoice.com/2018/10/04/tunisie-militaire-tue-explosion-mine-mont-chaanbi/ (2018-10-04)
CHAAMBI_MINE = (
    "Tunisie : Un militaire tué dans l’explosion d’une mine au Mont Chaanbi\nAlger, Algérie (ADV) – Au moins un militaire "
    "a été tué et deux autres blessés le mercredi 03 octobre dans l’après-midi sur les hauteurs de Chaâmbi à Kasserine, "
    "à la suite de l’explosion d’une mine terrestre au passage de leur véhicule militaire, a indiqué l’agence de "
    "presse tunisienne Tunisie Afrique Presse (TAP). Le site tunisien Business News, parle de deux soldats tués et "
    "un troisième blessé.")


def test_a_headline_dated_only_by_the_report_takes_the_day_its_lead_tells():
    # the headline's mine explosion has no day; the lead, which the parser cuts after its dateline, tells "le mercredi
    # 03 octobre"
    ev = _main(CHAAMBI_MINE, "fr", "2018-10-04")
    assert (ev.sub_event_type, ev.date, ev.fatalities) == ("Remote explosive/landmine/IED", "2018-10-03", 1)


# https://www.japantimes.co.jp/news/2017/05/26/world/al-shabab-ied-kills-five-kenyan-police-third-bombing/ (2017-05-26)
KENYA_IED = (
    "Al-Shabab IED kills five more Kenyan police in third such bombing\n\n\nFive police officers were killed Thursday "
    "when their vehicle hit a roadside bomb in Kenya in an attack claimed by al-Shabab Islamists a day after nine "
    "police died in similar blasts.\n\nThe officers had been deployed to the restive northeastern region to take part "
    "in an operation against the Somali-led militants after two separate roadside bombs on Wednesday.\n\n“The five "
    "police officers killed in the attack were headed to boost the ongoing operation in Liboi,” said North Eastern "
    "regional coordinator Mohamud Ali Saleh, referring to a town on the border with Somalia.\n\nThe Kenya Red Cross "
    "said the latest attack occurred between Malelei and Kulan in Garissa county when a vehicle hit an impro")


# https://inside-iq.com/2025/07/08/ (the Israeli army's report of five soldiers killed in northern Gaza) (2025-07-08)
GAZA_SOLDIERS = (
    "أفاد الجيش الاسرائيلي، اليوم الثلاثاء، بمقتل 5 جنود وإصابة 14 آخرين بعضهم بحالة “حرجة وخطيرة” جراء اشتباكات "
    "وقعت شمال غزة.\nوذكر الجيش الاسرائيلي في بيان اليوم،” أن : عبوات ناسفة ونيران صعبة جدا تعرضت لها قوة للجيش أدت "
    "لهذه الكم من القتلى والاصابات.\nونشر الجيش الإسرائيلي أسماء اثنين منهم: الرقيب مائير شمعون عمار “20 عاماً” من "
    "القدس، والرقيب موشيه نسيم بارش “20 عاماً” من القدس، والرقيب أول (احتياط) بنيامين أسولين” 28 عامًا” من حيفا، "
    "جندي في لواء الشمال – فرقة غزة، والرقيب ناعوم أهارون موسغاديان “20 عامًا”، من القدس، جندي في كتيبة “نيتسح يهودا” "
    "(97)، التابعة للواء “كفير”، فيما تم توجيه رسالة إلى عائلة جندي آخر سقط في الحادث، وسيتم نشر أسمه لاحقًا.\nوكانت "
    "وسائل إعلام عبرية قد أفادت الاثنين، أن خمسة جنود إسرائيليين قُتلوا وأصيب عشرة آخرون، بينهم ضابط كبير، في عملية "
    "نفذتها فصائل فلسطينية شمالي قطاع غزة، مشيرة إلى فقدان جندي آخر في الهجوم.\nوأوضحت،” أن :مقاتلين فلسطينيين فجروا "
    "عبوة ناسفة في مدرعة تقل جنودًا إسرائيليين في بيت حانون، ثم استهدفوا روبوتًا محملًا بالذخيرة بقذيفة مضادة للدروع "
    "في أثناء تجهيزه، كما استهدفت الفصائل قوة الإنقاذ التي حاولت التدخل.”")



def test_a_day_the_lead_tells_is_not_overridden_by_an_earlier_incidents_day():
    # "Five police officers were killed Thursday ... after two separate roadside bombs on Wednesday": Thursday
    ev = _main(KENYA_IED, "en", "2017-05-26")
    assert (ev.sub_event_type, ev.date, ev.fatalities) == ("Remote explosive/landmine/IED", "2017-05-25", 5)


def test_an_incident_reported_on_monday_happened_by_monday():
    # "أفاد الجيش الاسرائيلي، اليوم الثلاثاء، بمقتل 5 جنود" is the day the army spoke; "وكانت وسائل إعلام عبرية قد أفادت
    # الاثنين، أن خمسة جنود إسرائيليين قُتلوا": Hebrew media reported it on Monday, so it happened by Monday
    # (and the soldiers, named without a country in Gaza, are Israel's: ACLED codes no military forces of Palestine)
    ev = _main(GAZA_SOLDIERS, "ar", "2025-07-08")
    assert (ev.sub_event_type, ev.date, ev.fatalities, ev.actor2.name) == (
        "Armed clash", "2025-07-07", 5, "Military Forces of Israel")


def test_the_incident_named_again_as_the_subject_of_took_place_is_dated_by_it():
    # "the army said on Friday" dates the report; "The assault, which used drones and explosive devices, took place
    # Thursday night in Aguachica" dates the assault
    ev = _main(ELN_AGUACHICA, "en", "2025-12-19")
    assert (ev.sub_event_type, ev.date, ev.fatalities) == ("Air/drone strike", "2025-12-18", 7)


def test_palestinian_security_forces_are_its_police_and_unnamed_soldiers_in_gaza_israels():
    # CASE 2021 shared task dev set (../shared/eval/dev/case2021-dev), doc 325: ACLED codes no military forces of
    # Palestine; the Palestinian Authority's forces are "Police Forces of Palestine"
    ev = _main("Photographic evidence and witness testimony gathered by Amnesty International at the scene suggest that "
               "Palestinian security forces used excessive force to violently suppress a peaceful protest outside of the "
               "Ramallah District Court in the West Bank on 12 March 2017.", "en", "2017-03-13")
    assert (ev.sub_event_type, ev.actor2.name) == ("Excessive force against protesters", "Police Forces of Palestine")


# https://www.arab48.com/أخبار-عربية-ودولية/أخبار-ليبيا/2020/01/04/28-قتيلا-بقصف-طائرات-لحفتر-للكلية-العسكرية-في-طرابلس (2020-01-04)
HAFTAR_COLLEGE = (
    "30 قتيلا بقصف طائرات لحفتر للكلية العسكرية في طرابلس\nقتل وجرح العشرات من طلاب الكلية العسكرية في العاصمة الليبية "
    "طرابلس، مساء اليوم السبت، وذلك جراء غارات نفذتها طائرات أجنبية تابعة لقوات اللواء المتقاعد خليفة حفتر.\nقتل 30 "
    "طالبا، وأصيب آخرون، من طلاب الكلية العسكرية في العاصمة الليبية طرابلس، مساء اليوم السبت، وذلك جراء غارات نفذتها "
    "طائرات أجنبية تابعة لقوات اللواء المتقاعد خليفة حفتر.\nواستهدف طيران تابع لقوات حفتر مقر الكلية العسكرية بمنطقة "
    "الهضبة جنوبي طرابلس، ما أسفر عن وقوع قتلى وجرحى، حسب مصدر طبي للأناضول.\nوق")



def test_haftars_forces_named_with_his_rank_are_the_lna():
    # "غارات نفذتها طائرات أجنبية تابعة لقوات اللواء المتقاعد خليفة حفتر": ACLED's Military Forces of Libya Haftar Faction
    ev = _main(HAFTAR_COLLEGE, "ar", "2020-01-04")
    assert (ev.sub_event_type, ev.actor1.name) == ("Air/drone strike", "Military Forces of Libya Haftar Faction")


def test_asayish_who_detain_smugglers_fight_acleds_smugglers():
    # loTioPerez/Practica_1_MiV data/acled_raw.csv, 27 Aug 2024 (AX_R set): Armed clash, Asayish (Syria) against
    # Smugglers (Syria), 0 fatalities (a non-state force's detention of an armed group is a fight, as ACLED codes QSD's)
    ev = _main("On 27 August 2024, Asayish forces conducted a security campaign against drug traffickers in the city of "
               "Ar-Raqqa, detaining five smugglers. There were no casualties.", "en", "2024-08-27")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash", "Asayish (Syria)", "Smugglers (Syria)")


def test_the_side_the_latter_names_started_the_fight():
    # loTioPerez/Practica_1_MiV data/acled_raw.csv, 10 Dec 2023 (AX_R set): Armed clash, Military Forces of Syria
    # (2000-2024) against HTS: "after the latter tried to infiltrate HTS positions"
    ev = _main("On 10 December 2023, armed clashes took place between HTS and Syrian regime forces on Kafr Taal axis In "
               "the countryside of Aleppo, after the latter tried to infiltrate HTS positions amid shelling on the village "
               "itself. Casualties unknown.", "en", "2023-12-10")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Syria", "HTS: Hayat Tahrir al Sham")


def test_clashes_between_two_families_are_a_fight_of_communal_militias_though_a_civilian_died():
    # loTioPerez/Practica_1_MiV data/acled_raw.csv, 10 Dec 2023 (AX_R set): Armed clash, Aghtrin Communal Militia
    # (Syria) on both sides, 1 fatality (we do not name the town's militia: a communal militia of Syria on each side)
    ev = _main("On 10 December 2023, armed clashes took place between two families in the town of Aghtrin in the "
               "countryside of Aleppo, killing a civilian and wounding others due to an old dispute. 1 fatality.",
               "en", "2023-12-10")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 1)
    assert all(name.endswith("Communal Militia (Syria)") for name in (ev.actor1.name, ev.actor2.name))


def test_a_coders_asides_are_no_words_of_the_sentence_and_a_us_base_is_the_us_militarys():
    # turkmenafl/lite-national-cop public/data/acled.csv, 28 Feb 2026 (AX_R set): Military Forces of Iran (1989-) Islamic
    # Revolutionary Guard Corps against Military Forces of the United States (2025-), in both rows
    ev = _main("On 28 February 2026, Iranian forces (coded as IRGC by default) fired projectiles (coded as drones based on "
               "previous activity) at US military installation near Al Ruwais Industrial City (Al Dhafra, Abu Dhabi), "
               "directly impacting the site and damaging several structures. Casualties unknown.", "en", "2026-02-28")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Air/drone strike", "Military Forces of Iran Islamic Revolutionary Guard Corps", "Military Forces of the United States")
    assert ev.target is not None and ev.target.text == "projectiles"  # (no blank left by the aside)
    ev = _main("On 28 February 2026, Iranian forces (coded as IRGC by default) fired ballistic missiles at the U.S "
               "Muwaffaq Salti Air Base near Azraq (Az Zarqa, Jordan) and destroyed a radar. There were no casualties.",
               "en", "2026-02-28")
    assert (ev.actor1.name, ev.actor2.name) == (
        "Military Forces of Iran Islamic Revolutionary Guard Corps", "Military Forces of the United States")


def test_the_group_a_striker_claims_it_targeted_is_the_other_side_and_a_bracketed_district_places_it():
    # loTioPerez/Practica_1_MiV data/acled_raw.csv, 10 Dec 2023 (AX_R set): Air/drone strike, Military Forces of Israel
    # against Hezbollah, at Marwahin (Tyr district, Lebanon)
    ev = _main("On 10 December 2023, an Israeli drone struck the outskirts of Marwahin (Tyr). The IDF claimed to have "
               "targeted Hezbollah infrastructure. Israeli artillery also targeted the outskirts of Marwahin multiple "
               "times. There were no casualties.", "en", "2023-12-10")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Air/drone strike", "Military Forces of Israel", "Hezbollah")
    assert ev.location is not None and ev.location.country == "LB"
