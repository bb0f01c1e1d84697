"""French and Arabic press pages of two sets annotated blind for ACLED's coding (FR9, AR9), read once measured:
peacekeepers are the mission serving where the event is, whatever country sent them; an armed group's ambush is
its own ("une embuscade d'un groupe antibalaka"); the attackers' dead told after the peacekeepers' add up; those
who "qualified" the attackers "par les autorités" did not act; a strike's victims among whom a named group's man
are that group; a cell "pro-Daech" dismantled is the Islamic State's members arrested; a thief "à deux doigts de
la mort", or one who "n'est pas décédé", is no death; a weekend is no day against the days it holds; "قتيل وجريح"
counts the wounded too; what a mob accuses its victim of is no event; Boko Haram's "غارة" is a raid on the ground;
an assault with Kalashnikovs and rocket launchers on troops is a battle; "ضربة إسرائيلية" is an air strike by
Israel. The texts are the pages' own words (addresses in each test)."""
from tests.conftest import top_event as _main

CASQUE = (
    'Centrafrique: un Casque bleu burundais tué dans une embuscade\n\nUn Casque bleu burundais a été '
    "tué jeudi soir en Centrafrique dans une embuscade d'un groupe antibalaka à une vingtaine de km "
    "d'Alindao (centre), a annoncé vendredi la Mission de l'ONU en RCA (Minusca)."
)
RWANDAIS = (
    'Un Casque bleu tué lors d\'une attaque en Centrafrique\n\n"Plus tôt aujourd\'hui, un Casque bleu '
    "rwandais a été tué lorsque son unité a été attaquée par des membres d'un groupe armé non "
    'identifié" pendant une patrouille destinée à protéger la ville de Sam-Ouandja, dans la préfecture '
    'de la Haute-Kotto (est), a déclaré Stéphane Dujarric, porte-parole du secrétaire général de '
    'l\'ONU, en "condamnant fermement cette attaque". Les Casques bleus de la mission de maintien de '
    'la paix de l\'ONU en Centrafrique (Minusca) "ont répliqué et selon les informations initiales que '
    'nous avons reçues, trois des assaillants ont été tués", a-t-il ajouté. Les Casques bleus '
    's\'étaient déployés début juillet à Sam-Ouandja "en réponse à une attaque sur la ville d\'un '
    'groupe armé qui a fui après une première intervention des soldats de la paix" selon lui. Les '
    'Casques bleus vont rester sur place, a-t-il ajouté, précisant que la Minusca était en contact '
    'avec les autorités centrafricaines pour renforcer la présence des forces nationales dans cette '
    'zone.'
)
QUALIFIES = (
    'Plusieurs dizaines de personnes, dont des civils, ont été tuées samedi par des hommes armés, '
    'qualifiés de « terroristes » par les autorités burkinabè, dans le Centre-Nord du Burkina Faso, '
    'selon des sources citées ce dimanche 25 août par l’AFP.'
)
PRO_DAECH = (
    'Maroc : Révélation sur les lieux visés par la cellule terroriste\n\nLe Bureau central '
    'd’investigations judiciaires (BCIJ) a procédé, le 14 octobre, au démantèlement d’une cellule '
    "terroriste pro-Daech et à l’arrestation de onze personnes, ainsi qu'à la saisie d’une quantité de "
    'liquides et de poudres chimiques pour fabriquer des explosifs, dans une «planque sûre» à Fès et '
    'au domicile familial du cerveau de la cellule à Khouribga. Jeune Afrique a pu se procurer un '
    'document auprès des enquêteurs qui précise les objectifs de cette cellule.'
)
VIV = (
    'Au moins 184 personnes ont été tuées au cours du week-end à Port-au-Prince, en Haïti, a indiqué '
    'lundi l’ONU. Le chef du gang Viv Ansanm, Monel « Mikano » Felix, s’en est pris à des personnes '
    'âgées, vendredi et samedi, les soupçonnant d’être à l’origine de la maladie de son enfant.'
)
DONT_CHEF = (
    'Gaza : au moins 10 morts et 55 blessés dans des frappes israéliennes\n\nAu moins dix personnes, '
    'dont une enfant de 5 ans et un chef du groupe armé palestinien ont été tuées, vendredi, dans une '
    'frappe israélienne sur la bande de Gaza, ont annoncé les autorités sanitaires locales.'
)
PARMI = (
    'Deux personnes ont été tuées et cinq autres blessées samedi 15 février dans une frappe de drone '
    'israélien dans le sud du Liban, selon un bilan officiel. Le ministre israélien de la Défense a '
    'déclaré que parmi les victimes figurait un responsable de la force aérienne du Hezbollah. Cet '
    'événement intervient sur fond de trêve fragile entre Israël et le Hezbollah.'
)
DOIGTS = (
    'Au souk d’Ezzhiliga (Khémisset), au Maroc, un voleur a été lynché par la foule, passant à deux '
    'doigts de la mort, rapporte Bladi.net.'
)
AKBOU = (
    'Lynchage dans un marché\n\nUne scène d’une rare violence s’est produite, hier matin à Akbou, 70 '
    'km au sud de Béjaïa, lorsqu’un présumé voleur a été lynché par des dizaines de personnes au '
    'lieudit Vouyizen, où se tient le marché chaque lundi. Selon des sources locales, l’individu en '
    'question aurait été pris en flagrant délit d’agression à l’arme blanche sur un commerçant qu’il '
    'voulait délester d’une somme d’argent. Il n’en fallait pas plus pour que la vindicte populaire '
    's’abatte sur lui. Sur une vidéo amateur mise en ligne après les faits, on voit des policiers '
    "s'interposer entre une foule en furie et l’individu en question, pendu par les pieds à un mur, "
    'dans un état lamentable.\n\nContrairement aux rumeurs circulant sur les réseaux sociaux, le '
    'présumé voleur n’est pas décédé. Contactée, la cellule de communication de la police a confirmé '
    'les faits en déclarant que l’individu en question a été sauvé in extremis par des éléments de la '
    'police et de la Protection civile, qui l’ont transféré vers l’hôpital d’Akbou où il est dans un '
    'état grave. La même source ajoute que l’enquête est toujours en cours et indique, en outre, que '
    'le présumé voleur est originaire de la région d’Akbou.'
)
QATIL_JARIH = (
    'أكثر من 100 قتيل وجريح جراء تفجير انتحاري مزدوج استهدف سوقا شعبيا في العراق\n\nأسفر تفجير انتحاري '
    'مزدوج استهدف سوقا شعبيا وسط العاصمة العراقية بغداد، عن مقتل وإصابة العشرات، معظمهم من المدنيين. '
    'وأفادت وكالة الأنباء العراقية، الخميس، إن "حصيلة التفجيرين الانتحاريين اللذين استهدفا السوق '
    'الشعبي في ساحة الطيران، بلغت 28 قتيلا و74 جريحا".'
)
ITTIHAM = (
    'أهالي قرية مصرية يضربون رجلا حتى الموت بعد اتهامه باغتصاب فتاة وقتلها\n\nالقاهرة، 09-06-2013 – '
    'وكالة الأنباء الفرنسية: افاد مصدر امني ان اهالي قرية مصرية في دلتا النيل قاموا الاحد بضرب شخص حتى '
    'الموت ثم سحلوا جثمانه في الشارع بعدما اتهموه باغتصاب وقتل فتاة في السادسة عشرة من عمرها.'
)
GHARA = (
    'عشرة قتلى في هجوم لبوكو حرام في شمال شرق نيجيريا\n\nقتل عشرة اشخاص في هجوم شنه مسلحون من جماعة '
    '"بوكو حرام" الاسلامية المتطرفة على قرية في شمال شرق نيجيريا، كما افاد شهود عيان مشيرين الى ان '
    'المسلحين المتطرفين انتقوا ضحاياهم من بين سكان القرية وذلك انتقاما لعملية عسكرية ضدهم.\n\nواوضح '
    'الشهود ان مجموعة تضم نحو عشرة مسلحين من الجماعة المتطرفة هاجمت الاحد قريتي دوروا ومافورو في ولاية '
    'بورنو وقتلت كل السكان الذين فروا الى هاتين القريتين من قرية كرينوا المجاورة. وكان هؤلاء فروا من '
    'قريتهم اثر هجوم شنه الاسلاميون عليها في 6 تموز/يوليو الفائت وقتلوا خلاله سبعة اشخاص ودمروا منازل '
    'ومركزا للشرطة وقاعدة عسكرية.\n\nوقال احد الشهود ويدعى عثمان اري وهو من سكان دوروا ان المهاجمين '
    'وصلوا على متن دراجات نارية وجمعوا الناس واختارهم من بين كل المتحدرين من كرينوا الذين انتقلوا '
    'للعيش" في هذه القرية بعد غارة بوكو حرام على قريتهم.\n\nواضاف الشاهد الذي لجأ اثر الهجوم الى '
    'مايدوغوري عاصمة الولاية "لقد قتلوا بالرصاص ستة اشخاص وذبحوا اربعة اخرين".'
)
KALASH = (
    'قتل 11 عسكريا من بوركينا فاسو أمس في هجوم جهاديين على وحدة للجيش في ناسومبو شمال البلاد على بعد '
    '30 كلم من الحدود المالية.\n\nوأعلن المفوض الأعلى للشرطة في المنطقة سوم محمد داه فقدان جنديين في '
    'الهجوم الذي وصفه بـ"الجهادي والأكبر على الإطلاق" ضد الوحدة التي تشارك ضمن عملية "سرفال" الفرنسية '
    'لمكافحة المتشددين الإسلاميين شمال مالي.\n\nقال داه "وصل 40 مهاجما في شاحنات ودراجات نارية كثيرة، '
    'وكانوا مدججين بالأسلحة من رشاشات كلاشنيكوف وقاذفات صواريخ. اطلقوا النار على الحظائر والخيم واحترق '
    'عدد من الآليات".'
)
DARBA = (
    'ذكرت أربعة مصادر أمنية في لبنان أن ضربة إسرائيلية استهدفت سيارة في جنوب البلاد الأحد 5 '
    'نوفمبر/تشرين الثاني 2023؛ مما أدى إلى مقتل ثلاثة أشخاص. وقالت الوكالة الوطنية للإعلام في لبنان إن '
    'الضربة الإسرائيلية أصابت السيارة بين قريتي عيناثا وعيترون بالقرب من الحدود مع إسرائيل.'
)
BUNAGANA = (
    "Est de la RDC : le M23 occupe la ville de Bunagana, à la frontière avec l'Ouganda\n\nLes rebelles "
    'du M23 se sont emparés de la ville de Bunagana, frontalière de l’Ouganda, dans l’est de la '
    'République démocratique du Congo (RDC), après des combats contre l’armée congolaise dont certains '
    'éléments se sont repliés vers l’Ouganda, selon des sources locales.'
)
BAGA = (
    'Nigeria: l’armée reprend Baga après une attaque de Boko Haram\n\nAbuja — L’armée nigériane a fait '
    'son retour mercredi soir dans une ville stratégique sur les bords du lac Tchad après des attaques '
    'de Boko Haram ayant forcé plus de 30 000 personnes à fuir leur foyer, selon des sources civiles '
    'et militaires. Des combattants de la faction du groupe armé, soutenue par le groupe État '
    'islamique, avaient pris fin décembre le contrôle d’une base navale et d’une base de la force '
    'armée régionale déployée contre le groupe djihadiste à Baga, avant de pénétrer dans la ville. « '
    'Nos soldats sont entrés hier soir [mercredi] dans Baga. Ils ont le contrôle total de la ville que '
    'les terroristes avaient quittée », a affirmé un officier militaire sous couvert d’anonymat.'
)
NOUMEA = (
    'Des bandes de jeunes incontrôlables transforment Nouméa et le Grand Nouméa en brasier '
    'géant\n\nDes groupes sans scrupule ont mis à sac la capitale et les communes limitrophes, pillant '
    'et incendiant des dizaines d’entreprises, commerces de proximité et véhicules dans la nuit de '
    'lundi à mardi. Des violences urbaines qui ont terrorisé les habitants et auxquelles la police et '
    'la gendarmerie ont répliqué durant des heures, faisant 35 blessés dans leurs rangs. Hier soir, on '
    'dénombrait 19 blessés supplémentaires.'
)


def test_a_peacekeeper_killed_in_an_armed_groups_ambush_is_a_battle_with_the_mission():
    # slateafrique.com/886553 (24 Aug 2018): Armed clash, Anti-Balaka against MINUSCA
    ev = _main(CASQUE, "fr", "2018-08-24")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Armed clash", "Anti-Balaka", 1)
    assert ev.actor2.name.startswith("MINUSCA: United Nations Multidimensional Integrated Stabilization Mission")


def test_the_attackers_killed_when_peacekeepers_returned_fire_add_to_the_toll():
    # dhnet.be (10 Jul 2023): 1 peacekeeper and 3 assailants
    ev = _main(RWANDAIS, "fr", "2023-07-10")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 4)
    assert ev.actor2.name.startswith("MINUSCA")


def test_a_peacekeeper_abroad_is_the_mission_of_the_country_not_of_his_own():
    ev = _main("Three Chadian peacekeepers were killed by an explosive device in Kidal, Mali, on Monday.",
               "en", "2021-12-08")
    assert ev.actor2.name.startswith("MINUSMA") and ev.sub_event_type == "Remote explosive/landmine/IED"


def test_those_who_labelled_the_attackers_did_not_act():
    # africatopsuccess.com (25 Aug 2024): "qualifiés de « terroristes » par les autorités burkinabè"
    ev = _main(QUALIFIES, "fr", "2024-08-25")
    assert (ev.sub_event_type, ev.actor1.name) == ("Attack", "Unidentified Armed Group (Burkina Faso)")


def test_a_cell_dismantled_is_arrests_of_the_group_it_belongs_to():
    # yabiladi.com 58687 (Oct 2017): Arrests by Morocco's police of an Islamic State cell
    ev = _main(PRO_DAECH, "fr", "2017-10-25")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Arrests", "Police Forces of Morocco", "Islamic State")


def test_a_town_is_no_tiny_division_of_its_name_abroad():
    # Safi is Morocco's port, not Malta's council of 2,280 people
    ev = _main("Quatre personnes ont été arrêtées samedi à Safi par la police.", "fr", "2019-02-15")
    assert (ev.location.country, ev.location.geo_precision) == ("MA", 1)


def test_the_gang_that_attacked_over_the_weekend_is_the_authors_of_the_toll():
    # juubal.com (9 Dec 2024): Attack by Viv Ansanm, 184 dead
    ev = _main(VIV, "fr", "2024-12-09")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Attack", "Viv Ansanm", 184)


def test_a_strikes_victims_among_whom_a_groups_man_are_that_group():
    # fr.al-ain.com (5 Aug 2022): "dont une enfant de 5 ans et un chef du groupe armé palestinien": the figures of the
    # "dont" list are parts of the ten
    ev = _main(DONT_CHEF, "fr", "2022-08-05")
    assert (ev.sub_event_type, ev.fatalities) == ("Air/drone strike", 10)
    ev = _main("Deux personnes, dont un responsable du Hezbollah, ont été tuées samedi dans une frappe de drone "
               "israélien dans le sud du Liban.", "fr", "2025-02-15")
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Israel", "Hezbollah")
    # lesoleil.sn (16 Feb 2025): the member told in the sentence after the toll
    ev = _main(PARMI, "fr", "2025-02-16")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == ("Air/drone strike", "Hezbollah", 2)


def test_a_strikes_victims_with_no_group_named_stay_civilians():
    ev = _main("Deux personnes, dont un enfant, ont été tuées samedi dans une frappe de drone israélien dans le sud "
               "du Liban.", "fr", "2025-02-15")
    assert ev.actor2.name == "Civilians (Lebanon)"


def test_a_near_death_is_no_death():
    # fr.sputniknews.africa (5 Jun 2019): the thief survived, 0
    ev = _main(DOIGTS, "fr", "2019-06-05")
    assert ev.fatalities != 2


def test_a_death_denied_after_a_lynching_is_none():
    # elwatan.com (1 Nov 2016): Mob violence, 0 dead
    from sitrep.extraction.numbers import default_reader

    told = ("Un présumé voleur a été lynché par des dizaines de personnes hier matin à Akbou. Contrairement aux "
            "rumeurs circulant sur les réseaux sociaux, le présumé voleur n’est pas décédé.")
    assert default_reader().casualties(told, "fr").fatalities == 0
    # (a death denied counts against one death only: "the fourth did not die" leaves three)
    assert default_reader().casualties("Trois personnes ont été tuées. Le quatrième n'est pas mort.", "fr").fatalities == 3
    ev = _main(AKBOU, "fr", "2016-11-01")
    assert ev.sub_event_type == "Mob violence"


def test_killed_and_wounded_together_are_no_toll_of_the_dead():
    # alsahwa-yemen.net (Jan 2021): "أكثر من 100 قتيل وجريح" then "28 قتيلا و74 جريحا"
    ev = _main(QATIL_JARIH, "ar", "2021-01-21")
    assert (ev.sub_event_type, ev.fatalities, ev.injuries) == ("Suicide bomb", 28, 74)


def test_what_a_mob_accuses_its_victim_of_is_no_event():
    # AFP Arabic (9 Jun 2013): Mob violence, not sexual violence
    ev = _main(ITTIHAM, "ar", "2013-06-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (Egypt)")


def test_an_armed_groups_raid_is_no_air_strike():
    # AFP Arabic (19 Aug 2014): "بعد غارة بوكو حرام على قريتهم"
    ev = _main(GHARA, "ar", "2014-08-19")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 10) and ev.actor1.name.startswith("Boko Haram")
    ev = _main("شنت طائرات حربية غارة على مواقع لبوكو حرام في ولاية بورنو.", "ar", "2014-08-19")
    assert ev.sub_event_type == "Air/drone strike"


def test_an_assault_with_rifles_and_rocket_launchers_on_troops_is_a_battle():
    # AFP Arabic (17 Dec 2016): Armed clash, 11 soldiers
    ev = _main(KALASH, "ar", "2016-12-17")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == ("Armed clash", "Military Forces of Burkina Faso", 11)


def test_a_states_strike_on_a_car_is_an_air_strike_by_its_forces():
    # Reuters Arabic (5 Nov 2023): Air/drone strike, Israel, 3 dead
    ev = _main(DARBA, "ar", "2023-11-05")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 3)


def test_an_attack_told_weeks_before_the_report_is_not_its_news():
    ev = _main("قتل عشرة اشخاص الاحد في هجوم شنه مسلحون على قرية في ولاية بورنو. وكان هؤلاء فروا من قريتهم اثر "
               "هجوم شنه الاسلاميون عليها في 6 تموز/يوليو الفائت وقتلوا خلاله سبعة اشخاص.", "ar", "2014-08-19")
    assert ev.fatalities == 10


def test_ground_taken_after_a_fight_whose_losers_withdrew_is_overtaken_not_handed_over():
    # rtbf.be (13 Jun 2022): Non-state actor overtakes territory, M23
    ev = _main(BUNAGANA, "fr", "2022-06-13")
    assert (ev.sub_event_type, ev.actor1.name) == ("Non-state actor overtakes territory", "M23: March 23 Movement")


def test_a_headline_in_the_present_tense_tells_ground_regained():
    # ledevoir.com (3 Jan 2019): Government regains territory, Nigeria's army
    ev = _main(BAGA, "fr", "2019-01-03")
    assert (ev.sub_event_type, ev.actor1.name) == ("Government regains territory", "Military Forces of Nigeria")
    assert not _events("Le Premier ministre reprend la parole devant l'Assemblée.", "fr")


def test_urban_violence_is_a_riot():
    # voixducaillou.nc (15 May 2024): Violent demonstration by rioters
    ev = _main(NOUMEA, "fr", "2024-05-15")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (New Caledonia)")


def _events(text: str, lang: str):
    from sitrep import extract

    return extract(text, lang=lang).events


def test_a_week_told_holds_the_days_near_it_not_last_weeks():
    from sitrep.extraction.incidents import compatible as _compatible
    from sitrep.model import Event, Mention

    def told(date: str, precision: int, words: str) -> Event:
        return Event("Violence against civilians", "Attack", Mention(words, 0, len(words)), date=date,
                     time_precision=precision, date_text=Mention(words, 0, len(words)))

    weekend = told("2024-12-09", 2, "au cours du week-end")
    assert _compatible(weekend, told("2024-12-06", 1, "vendredi"))
    last_week = told("2021-02-19", 2, "الأسبوع الماضي")
    assert not _compatible(told("2021-02-25", 1, "ليل الخميس"), last_week)


def test_a_movement_going_on_since_a_day_weeks_ago_is_todays_news():
    from sitrep import extract

    told = ("Les manifestations se poursuivent au Liban depuis le 17 octobre. À Beyrouth, l'armée a dispersé mardi "
            "par la force un sit-in et arrêté plusieurs manifestants.")
    events = extract(told, lang="fr", published="2019-11-05").events
    assert max(events, key=lambda e: e.confidence).sub_event_type == "Protest with intervention"


def test_one_dead_on_a_side_is_no_sum_against_a_larger_figure_of_no_side():
    from sitrep.extraction.casualty_sides import SideReader, side_by_side_total
    from sitrep.extraction.numbers import default_reader

    told = ("Neuf mois après une première attaque qui a coûté la vie à 11 personnes, le poste a été visé. Un militaire "
            "a été tué et deux assaillants abattus.")
    stmts = default_reader().casualties(told, "fr").statements
    assert side_by_side_total(told, stmts, SideReader.load("fr")) is None
