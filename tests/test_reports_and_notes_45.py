"""Press pages and ACLED notes read as an analyst would code them (stop 45). The texts are the pages' and notes' own
words (sources above each test)."""
from tests.conftest import side_names as _names, top_event as _main

from sitrep import extract


# ACLED Philippines export (PeterRowing/ConflictProject, ACLED_Phil.csv), PHL8271 (3 April 2019): the Philippines'
# coders put the army second in a clash with the NPA, whichever side the note names first.
def test_a_philippine_clash_puts_the_state_second_as_the_countrys_coders_do():
    text = ("An indeterminate number of NPA rebels were wounded during an attack by soldiers from the 96th Infantry "
            "Battalion place in Barangay San Luis I, Guinyangan town, Quezon province on April 3, 2019.")
    ev = _main(text, "en", "2019-04-03")
    assert ev.sub_event_type == "Armed clash"
    assert _names(ev) == ("NPA: New People's Army", "Military Forces of the Philippines")


# https://kabulnow.com/2024/12/iskp-claims-responsibility-for-attack-that-killed-taliban-minister-for-refugees/
# (12 December 2024)
def test_a_sentence_going_on_with_the_incident_tells_its_day_when_the_lead_had_only_the_reports():
    text = ("KABUL, AFGHANISTAN – The Islamic State-Khorasan Province (ISKP), an affiliate of ISIS, has claimed "
            "responsibility for a suicide bombing in Kabul that killed Khalil-ur-Rehman Haqqani, the Taliban Minister "
            "for Refugee and Repatriation.\n\nIn a statement on the group’s media outlet, Amaq News Agency, ISKP "
            "announced that its operative, Abu Usman Khorasani, bypassed the ministry’s security guards and carried "
            "out the attack, with Haqqani being the primary target.\n\nThe suicide bombing occurred inside the Taliban "
            "Ministry of Refugee and Repatriation on Wednesday, killing at least five people, including Haqqani, and "
            "injuring several others.")
    ev = _main(text, "en", "2024-12-12")
    assert ev.sub_event_type == "Suicide bomb"
    assert (ev.date, ev.time_precision) == ("2024-12-11", 1)  # Wednesday, not the Thursday of the claim
    assert text[ev.date_text.start:ev.date_text.end] == "on Wednesday"


# https://www.helenefm.com/?p=54462 (26 March 2023)
def test_after_the_crowds_own_gathering_is_no_motive_its_day_is_the_events():
    text = ("Un manifestant toujours entre la vie et la mort, après la mobilisation anti-bassine qui a eu lieu samedi à "
            "Sainte-Soline, dans les Deux-Sèvres. Mobilisation qui a rassemblé 30 000 personnes selon les "
            "organisateurs, et 6 000 d’après les autorités. De violents affrontements ont éclaté avec les forces de "
            "l’ordre. Le bilan fait état de 47 blessés du côté des gendarmes dont 2 grièvement.")
    ev = _main(text, "fr", "2023-03-26")
    assert ev.event_type in ("Riots", "Protests")
    assert ev.date == "2023-03-25"  # samedi
    assert ev.location is not None and ev.location.country == "FR"


def test_after_an_earlier_wave_of_protests_is_still_the_motive():
    # ACLED's note BGD28129 (AX_R3 rows, 5 August 2024): the demonstrations after "following" are the background
    text = ("On 5 August 2024, a mob vandalized the offices and establishments of Awami League leaders in Baghaichhari "
            "upazila (Bagaichhari, Rangamati, Chittagong), amid the outbreak of violence after the resignation of the "
            "Prime Minister, following anti-government demonstrations emerging from the quota reform movement.")
    assert _main(text, "en", "2024-08-05").sub_event_type == "Mob violence"


# https://www.aljarida.com/articles/1462155942071059700 (22 October 2012, Kuwait)
def test_arabic_tear_gas_is_no_algerian_town():
    text = ("فرقت القوى الأمنية أمس تجمعات دعت اليها اغلبية مجلس 2012 المبطل وبعض المجاميع الشبابية، رفضا لمرسوم تعديل "
            "آلية التصويت في الانتخابات النيابية، تحت شعار «كرامة وطن».\n\nوشهدت مناطق التجمعات، التي حددها المشاركون "
            "منطلقا لمسيراتهم, وهي بالقرب من قصر نايف، ومحيط قصر العدل، وبالقرب من برج البابطين, عمليات كر وفر بين القوى "
            "الامنية، التي ضربت طوقا محكما حول تلك المناطق، والمتظاهرين الذين احتشدوا بالمئات في تلك الأماكن، قبل ان يبدأ "
            "تفريقهم من القوى الامنية، التي ابلغتهم بإخلاء التجمعات المخالفة للقانون، قبل ان تبدأ باستخدام القنابل الصوتية "
            "والمسيلة للدموع.")
    result = extract(text, published="2012-10-22", lang="ar")
    assert result.events
    # "المسيلة للدموع" (tear-shedding) is no M'Sila, and the security forces ("القوى الأمنية") are the state's
    assert all(e.location is None or e.location.country != "DZ" for e in result.events)
    assert any(e.actor2 is not None and e.actor2.kind in ("police", "state_military") for e in result.events
               if e.event_type in ("Protests", "Riots"))


# https://www.batimes.com.ar/news/latin-america/chief-of-staff-to-juan-guaido-arrested-by-venezuelan-intelligence-services.phtml
# (21 March 2019)
_MARRERO = (
    "Chief-of-staff to Juan Guaidó arrested by Venezuelan intelligence services\n\nRoberto Marrero was grabbed by SEBIN "
    "officers when they staged a pre-dawn raid on his Caracas home, according to Guaidó.\n\nVenezuelan intelligence "
    "officers Thursday arrested the chief-of-staff of Juan Guaidó, the opposition leader recognised by the United States "
    "and other nations as the crisis-stricken country's interim leader, Guaido and the opposition-ruled National "
    "Assembly said on Twitter.\n\nRoberto Marrero was grabbed by SEBIN officers when they staged a pre-dawn raid on his "
    "Caracas home, according to Guaidó and a recorded voice message by Marrero published on social media.\n\nThe United "
    "States has repeatedly warned Venezuelan President Nicolás Maduro's government against arresting Guaidó or his "
    "aides, and Washington's Secretary of State Mike Pompeo quickly called for Marrero's release.")


def test_an_arrest_by_a_states_intelligence_officers_is_at_home_not_where_a_clause_names_another_country():
    ev = _main(_MARRERO, "en", "2019-03-21")
    assert ev.sub_event_type == "Arrests"
    assert ev.actor1.name == "Police Forces of Venezuela"
    assert ev.location.name == "Caracas" and ev.location.country == "VE"


def test_what_a_government_is_warned_against_doing_is_no_event():
    text = ("The United States has repeatedly warned Venezuelan President Nicolás Maduro's government against arresting "
            "Guaidó or his aides, and Washington's Secretary of State Mike Pompeo quickly called for Marrero's release.")
    assert not [e for e in extract(text, published="2019-03-21", lang="en").events
                if e.sub_event_type == "Arrests" and e.modality == "asserted" and e.trigger is not None]


# https://www.jeuneafrique.com/173356/politique/rdc-l-entr-e-des-rebelles-dans-goma-revivre-les-v-nements-de-la-journ-e/
# (20 November 2012)
def test_a_town_told_as_falling_in_the_conditional_of_uncertain_news_fell():
    text = ("Menacée depuis plusieurs jours, la ville de Goma serait finalement en train de tomber aux mains du M23, "
            "mardi 20 novembre. L’armée congolaise aurait quitté la ville, ainsi que ses positions à la frontière "
            "rwandaise, laissant le champ libre à la rébellion.")
    ev = _main(text, "fr", "2012-11-20")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1.name == "M23: March 23 Movement"
    assert (ev.location.name, ev.date) == ("Goma", "2012-11-20")


def test_a_conditional_without_under_way_stays_a_hypothesis():
    # the page's words turned into what the M23 might do: a plan in the conditional, no event
    text = "Selon des sources locales, le M23 serait prêt à attaquer la ville de Goma."
    assert all(e.modality != "asserted" for e in extract(text, published="2012-11-20", lang="fr").events)


# https://ksaplayers.com/Ksahome/NewsDetial/?nid=5416069 (20 December 2016, Karak)
_KARAK = (
    "تبنى تنظيم \"داعش\" الهجوم الذي وقع، الأحد 18 ديسمبر/كانون الأول، في محافظة الكرك جنوب الأردن، والذي راح ضحيته "
    "عشرة قتلى بينهم 7 رجال أمن وسائحة كندية بالإضافة إلى إصابة 34 آخرين. وقال التنظيم في بيان نشره على مواقع "
    "إلكترونية تابعة له، الثلاثاء 20 ديسمبر/كانون الأول، إن 4 من عناصره مزودين بأسلحة رشاشة وقنابل يدوية، شنوا هجوما "
    "مسلحا على تجمعات للأمن الأردني بمدينة الكرك. ولقي 10 أشخاص مصرعهم بينهم سبعة رجال أمن، وسائحة كندية، في الهجوم "
    "الذي شنه مسلحون، كما أصيب أيضا 34 شخصا، 15 من عناصر الأمن و17 مدنيا، وأجنبيين اثنين.")


def test_the_day_between_a_statement_verb_and_what_it_says_is_the_statements():
    ev = _main(_KARAK, "ar", "2016-12-20")
    assert ev.sub_event_type == "Armed clash"
    assert ev.date == "2016-12-18"  # the attack's Sunday, not the Tuesday of the group's statement
    assert all(e.date != "2016-12-20" for e in extract(_KARAK, published="2016-12-20", lang="ar").events
               if e.sub_event_type == "Armed clash")


def test_arabic_two_without_its_article_is_no_monday():
    from sitrep.resolve.time import find_dates
    # "وأجنبيين اثنين" (two foreigners) had dated the attack's last mention Monday 19 December
    assert not [d for d in find_dates(_KARAK, "ar", "2016-12-20") if d.date == "2016-12-19"]
    assert [d.date for d in find_dates("قتل جندي يوم الإثنين", "ar", "2016-12-20")] == ["2016-12-19"]


# https://www.amwenglish.com/articles/tpnpb-guerrilla-attack-on-indonesian-military-police-in-intan-jaya-2-shot/
# (11 October 2020)
def test_the_west_papua_national_liberation_army_is_named():
    text = ("TPNPB Guerrilla Attack on Indonesian Military/Police in Intan Jaya: 2 Shot\n\nThe West Papua National "
            "Liberation Army (TPNPB) stated that they intercepted a group of TNI / Polri (Indonesian military/police) and "
            "the Joint Fact Finding Team (TGPF) in Intan Jaya, Papua. Two Indonesian colonizers were shot by guerrillas "
            "in the attack.\n\nThe shooting was carried out by TPNPB guerrillas on Friday October 9. The ambush was carried "
            "out in Mamba village, Sugapa district, Intan Jaya.")
    ev = _main(text, "en", "2020-10-11")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "TPNPB: West Papua National Liberation Army"
    assert ev.actor2.name in ("Police Forces of Indonesia", "Military Forces of Indonesia")


# https://test.telquel.ma/2017/11/12/bruxelles-22-policiers-blesses-bagarres-apres-match-maroc-cote-divoire_1568323
# (12 November 2017)
_BRUXELLES = (
    "A Bruxelles, 22 policiers blessés dans des bagarres après le match Maroc-Côte d'Ivoire\n\nLes scènes de liesse "
    "après la qualification du Maroc pour la phase finale de la Coupe du Monde de football 2018 ont dégénéré en violences "
    "samedi soir dans le centre de Bruxelles, où des véhicules ont été incendiés et 22 policiers blessés.\n\nAprès la "
    "qualification du Maroc pour le mondial de football hier soir, des voitures ont été renversées et incendiées, des "
    "vitrines brisées dans le centre de la capitale belge. La police a fait usage de canons à eau pour disperser la foule "
    "devant la Bourse de la ville.\n\n1500 personnes s’étaient rassemblées dans le centre pour fêter la qualification du "
    "Maroc grâce à sa victoire 2-0 sur la Côte d’Ivoire, et 300 d’entre elles se sont livrées à des violences et ont "
    "attaqué des policiers et des pompiers accourus pour éteindre les feux de voitures et de poubelles. Selon l’agence de "
    "presse Belga, plusieurs magasins ont été pillés. Dans la soirée le calme était revenu et les policiers restaient "
    "déployés en nombre, a constaté sur place un journaliste de l’AFP. Personne n’a encore été interpellé, mais la police "
    "compte utiliser les images des caméras de surveillance pour identifier et arrêter les auteurs.")


def test_fires_a_rioting_crowd_set_are_its_riot_not_an_accident():
    ev = _main(_BRUXELLES, "fr", "2017-11-12")
    assert ev.sub_event_type == "Violent demonstration"
    assert _names(ev) == ("Rioters (Belgium)", "Police Forces of Belgium")
    assert ev.location.name == "Brussels"


def test_nobody_arrested_yet_is_no_arrest():
    events = extract(_BRUXELLES, published="2017-11-12", lang="fr").events
    assert not [e for e in events if e.sub_event_type == "Arrests"]
    # a person who was is one
    text = "Une personne a été interpellée par la police à Bruxelles."
    assert [e.sub_event_type for e in extract(text, published="2017-11-12", lang="fr").events] == ["Arrests"]


# https://alwatannews.net/ampArticle/539405 (28 July 2015, Sitra)
def test_an_arabic_dual_in_construct_counts_two_and_names_the_police():
    text = ("استشهد رجلا أمن وأصيب 6 آخرون بإصابات بالغة ومتوسطة، في تفجير قنبلة استهدفت حافلتهم قرب مدرسة غرناطة في سترة "
            "صباح أمس، بينما تشير المعلومات الأولية إلى أن المواد المستخدمة في التفجير تتطابق مع مواد متفجرة مصدرها إيران "
            "أحبطت «الداخلية» محاولة تهريبها مؤخراً. وعزّى حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد "
            "المفدى، وزير الداخلية الفريق الركن الشيخ راشد بن عبدالله آل خليفة، باستشهاد الشرطيين، سائلاً المولى عز وجل أن "
            "يحفظ البحرين وشعبها من كل سوء.")
    ev = _main(text, "ar", "2015-07-28")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.fatalities, ev.injuries) == (2, 6)  # "رجلا أمن": two security men
    assert ev.actor2.name == "Police Forces of Bahrain"


# https://www.northeasttoday.in/2021/11/19/manipur-deadly-militant-ambush-investigation-will-be-handed-over-to-nia-announces-cm-singh/
# (19 November 2021)
_MANIPUR = (
    "Manipur Chief Minister N. Biren Singh on Thursday announced that deadly militant ambush case in Churachandpur "
    "district on an Assam Rifles convoy on Saturday, which took away the lives of 46 Assam Rifles Khuga Battalion "
    "Commanding Officer, Colonel Viplab Tripathi, his wife and their 8-year-old son, along with 4 other brave "
    "paramilitary personnel – Rfn Suman Swargiary, Rfn Khatnei Konyak, Rfn RP Meena, and Rfn Shyamal Das will be handed "
    "over to the National Investigation Agency (NIA).")


def test_an_ambush_that_took_away_lives_is_a_fight_on_its_own_day_not_the_day_it_was_announced():
    events = extract(_MANIPUR, published="2021-11-19", lang="en").events
    assert not [e for e in events if e.sub_event_type == "Looting/property destruction"]  # lives are no goods
    ambush = next(e for e in events if e.sub_event_type == "Armed clash")
    assert ambush.date == "2021-11-13"  # "on Saturday"; "on Thursday announced" is the announcement's
    assert ambush.actor2.name == "Military Forces of India Assam Rifles"  # ACLED's unit sub-label
    assert ambush.location.country == "IN" and ambush.location.admin1 == "Manipur"


# https://www.radiookapi.net/2016/10/03/fil-dactualite-bbc/congo-des-morts-imputes-aux-ninjas (3 October 2016)
def test_congolese_forces_are_the_republic_of_congos_where_the_text_is_in_the_republic_of_congo():
    text = ("Congo : des morts imputés aux ninjas\n\nLa police congolaise a annoncé dimanche la mort d'une dizaine de "
            "personnes dans l'attaque d'un train attribué aux ex-combattants ninjas dans la région du Poll au sud de "
            "Brazzaville, la capitale.\n\nSelon le porte-parole de la police, le colonel Jules Monkala Tchoumou, "
            "l'attaque qui s'est produite vendredi à Mindouli a fait \"au moins quatorze morts, dont deux militaires et "
            "des enfants\".")
    police = [a for e in extract(text, published="2016-10-02", lang="fr").events for a in (e.actor1, e.actor2)
              if a is not None and a.kind == "police"]
    assert police and {a.name for a in police} == {"Police Forces of the Republic of Congo"}
    # the DRC's stay the DRC's
    ev = _main("La police congolaise a arrêté trois miliciens à Goma, au Nord-Kivu.", "fr", "2016-10-02")
    assert ev.actor1.name == "Police Forces of the Democratic Republic of Congo"
