"""Press pages read as an analyst would code them (stop 46). The texts are the pages' own words (sources above
each test)."""
from tests.conftest import top_event as _main

from sitrep import extract


# https://arabic.euronews.com/2020/06/17/algerian-authorities-put-two-activists-of-the-movement-under-judicial-supervision
def test_an_arrest_told_only_in_its_country_is_coded_at_the_capital():
    text = ("السلطات الجزائرية تضع اثنين من ناشطي الحراك تحت المراقبة القضائية\n\nلم يحل تفشّي وباء كوفيد-19 في الجزائر "
            "دون أن تلاحق السلطات ناشطين في الحراك ومعارضين وصحافيين ومدوّنين. وبحسب \"اللجنة الوطنية للإفراج عن "
            "المعتقلين\"، هناك في السجن حالياً 70 ناشطاً مناصرين للحراك على الأقل، أوقف أغلبهم بسبب منشورات على موقع "
            "فيسبوك.\n\nأفرج القضاء الجزائري الثلاثاء عن اثنين من ناشطي \"الحراك\" بعد يومين على توقيفهما، لكنّه أمر "
            "بوضعهما تحت المراقبة القضائية، وفق ما ذكرت منظّمة حقوقية ومحام. أما الناشط الثالث الذي أوقف بالتزامن معهما "
            "الأحد، وهو الصحفي والمدوّن فضيل بومالة، فيتعيّن عليه تمضية ليلة ثالثة في الحجز الاحتياطي.\n\nوكان نائب "
            "رئيس الرابطة الجزائرية لحقوق الإنسان سعيد صالحي قد قال لوكالة فرانس برس إنّ الشرطة أوقفت في عمليات منفصلة "
            "يوم الأحد ثلاثة من ناشطي الحراك هم حكيم عداد وزهير كدام وفضيل بومالة.")
    ev = _main(text, "ar", "2020-06-17")
    assert ev.sub_event_type == "Arrests"
    loc = ev.location
    assert (loc.name, loc.country, loc.geo_precision) == ("Algiers", "DZ", 3)
    assert abs(loc.lat - 36.75) < 0.1 and abs(loc.lon - 3.05) < 0.1
    # the evidence is still the words that name the country
    assert text[loc.start:loc.end] == loc.text and loc.text.endswith("الجزائر")
    assert "in Algiers" in ev.notes


# https://rayaljadid.com/2021/09/26/ (26 September 2021), the page whose headline opens the text below
def test_a_protest_told_only_by_the_word_both_country_and_capital_is_coded_at_the_capital():
    text = ("المتظاهرون ضدّ الرئيس قيس سعيّد يبدأون وقفة احتجاجية أمام المسرح البلدي\n\nقبل ساعتين من انطلاق المظاهرة "
            "السلمية بشارع الحبيب بورقيبة، التي كانت مقررة للساعة 12 بتوقيت تونس، بدأ المناوئون والمعارضون للرئيس قيس "
            "سعيد، مظاهرتهم اليوم منذ العاشرة صباحا، عبر التجمهر أمام المسرح البلدي، وسط حضور أمني مكثف للغاية، في مسعى "
            "لمنع أي انحراف بهذه المسيرة السلمية في اتجاه غير سلمي.")
    ev = _main(text, "ar", "2021-09-26")
    assert ev.event_type == "Protests"
    assert (ev.location.name, ev.location.country, ev.location.geo_precision) == ("Tunis", "TN", 3)


# https://information.tv5monde.com/afrique/civils-tues-au-mali-que-sest-il-passe-bounti-10620 (January 2021): a
# bombing placed only in Mali is not moved to Bamako; the capital says nothing of where armed forces strike.
def test_a_strike_told_only_in_its_country_keeps_the_countrys_point():
    text = ("A Bounti, au Mali, le 3 janvier dernier, un mariage a tourné au drame. 19 morts au moins dans une frappe "
            "aérienne, selon des villageois. Le même jour, l'armée française, présente dans la région avec la force "
            "Barkhane, lançait une opération antidjihadiste à 90 kilomètres à l'ouest de Hombori. Deux récits "
            "s'opposent.")
    ev = _main(text, "fr", "2021-01-08")
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.location.name == "Mali" and ev.location.geo_precision == 3


# http://www.newindianexpress.com/nation/2019/feb/14/jammu-and-kashmir-18-crpf-jawans-killed-in-jaish-attack-worst-terror-strike-since-uri-1938819.html
_PULWAMA = (
    "At least 40 CRPF personnel were killed in Jammu and Kashmir's Pulwama district on Thursday when a Ja"
    "ish-e-Mohammed terrorist rammed an explosives-laden vehicle into the bus they were travelling in, on"
    "e of the worst terror strikes in the state in recent years, officials said.")


def test_a_vehicle_rammed_laden_with_explosives_is_a_suicide_bomb_and_a_comparison_with_past_years_no_tally():
    ev = _main(_PULWAMA, "en", "2019-02-14")
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.actor1.name == "Jaish-e-Mohammed"
    # "one of the worst terror strikes in the state in recent years" compares; the 40 are this attack's dead
    assert ev.fatalities == 40
    # ACLED names the unit: "Police Forces of India (2014-) Central Reserve Police Force"
    assert ev.actor2.name == "Police Forces of India Central Reserve Police Force"


# https://sauress.com/alweeam/458684 (5 April 2017)
def test_an_arabic_toll_brought_to_its_figure_across_the_incidents_words():
    text = ("أعلنت منظمة الصحة العالمية عن وجود دلائل على استخدام غاز الأعصاب في الهجوم الذي تعرضت له بلدة خان شي"
            "خون بريف إدلب السورية. الجدير بالذكر أن حصيلة قتلى القصف بالغازات السامة الذي شنه طيران النظام السور"
            "ي على مدينة خان شيخون أمس ارتفعت إلى 72 شخصًا، بينهم 20 طفلاً من بين الضحايا و17 امرأة وأن عدد القتل"
            "ى مرشح للارتفاع لوجود عشرات المصابين إضافة إلى مفقودين.")
    ev = _main(text, "ar", "2017-04-05")
    assert ev.sub_event_type == "Chemical weapon"
    assert ev.fatalities == 72  # "حصيلة قتلى القصف بالغازات السامة ... ارتفعت إلى 72 شخصًا"


# http://zoomtunisia.net/index.php/article/6/31897.html (8 March 2016)
def test_ben_gardane_in_arabic_is_the_tunisian_town_not_bonn():
    text = ("العملية الأمنية ببن قردان : اكتشاف مخزن أسلحة آخر بالقرب من الثكنة العسكرية\n\nعثرت قوات الأمن صباح ال"
            "يوم الثلاثاء، 08 مارس 2016، على مخزن جديد للأسلحة بمدينة بن قردان.\n\nوأكّدت \"آخر خبر أون لاين\" أنّ ال"
            "أسلحة تمثّلت في أحزمة ناسفة وأسلحة، قد عُثِر عليها في عملية تمشيط صباح اليوم بمنزل قريب من الثكنة ال"
            "عسكرية، والجاري الآن تفكيكها.\n\nيُذكر أنّ مجموعة إرهابية نفّذت فجر يوم أمس الإثنين، 07 مارس 2016، هجو"
            "ما مُسلّحا على مدينة بن قردان مستهدفة الثكنة العسكرية، إلاّ أن القوات العسكرية والأمنية أحبطت العملي"
            "ة وقضت على عدد كبير من الإرهابيين.\n\nكما خلّف هذا الهجوم عددا من الشهداء من عسكريين، أمنيين ومدنيين س"
            "قطوا خلال المواجهات.")
    ev = _main(text, "ar", "2016-03-08")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert (ev.location.name, ev.location.country) == ("Ben Gardane", "TN")


# https://www.theeastafrican.co.ke/news/ea/Shabaab-claims-responsibility-for-Nairobi-attack/4552908-4936280-kb1eeqz/index.html
def test_a_town_named_before_drive_is_a_street_not_the_town():
    text = ("Somalia's Al Shabaab claims responsibility for Nairobi attack\n\nSomalia-based Al Shabaab has claimed "
            "responsibility for the attack at a hotel and office complex in a leafy Nairobi neighbourhood.\n\nThe a"
            "ttackers forced their way into 14 Riverside Drive by shooting at guards. They also hurled explosives"
            " into vehicles nearby and went into Dusit D2 Hotel, the police said.\n\n\"There was a bomb, there is a "
            "lot of gunfire,\" a man working in the offices in the Dusit Hotel compound told AFP, asking not to be"
            " named.\n\nThe Riverside attack comes exactly three years after a Kenyan army base in Somalia was over"
            "ran by the militants killing dozen soldiers.\n\n\"We are currently conducting an operation in Nairobi,\""
            " the group's military operations spokesman told Al Jazeera.")
    ev = _main(text, "en", "2019-01-15")
    assert (ev.sub_event_type, ev.actor1.name) == ("Attack", "Al Shabaab")
    assert (ev.location.name, ev.location.country) == ("Nairobi", "KE")


# https://en.shafaqna.com/196617/myanmar-coupaung-san-suu-kyi-detained-by-military/ (1 February 2021)
def test_a_call_to_protest_is_no_protest():
    text = ("Myanmar coup:Aung San Suu Kyi detained by military\n\nMyanmar’s military detained leader Aung San Suu "
            "Kyi and other senior government officials in a series of early morning raids.\n\nA video address broad"
            "cast on military-owned television said power had been handed to the commander-in-chief of the armed "
            "forces, Senior General Min Aung Hlaing. The military imposed a state of emergency for one year.\n\nMyo"
            " Nyunt, the spokesman for the governing National League for Democracy (NLD) said earlier on Monday, "
            "that Aung San Suu Kyi, President Win Myint and other leaders had been “taken” in the early hours of "
            "the morning. Later on Monday, the NLD said Aung San Suu Kyi called on the public not to accept the c"
            "oup and to protest.\n\nPoliticians from states and regions, as well as prominent political activists w"
            "ere also detained, while mobile and phone networks were seeing disruption. State media was also take"
            "n off-air, AlJazeera reported.")
    events = extract(text, lang="en", published="2021-02-01").events
    assert _main(text, "en", "2021-02-01").sub_event_type == "Arrests"
    assert not [e for e in events if e.event_type == "Protests" and e.modality == "asserted"]
    assert not [e for e in extract("Aung San Suu Kyi called on the public to protest.", lang="en",
                                   published="2021-02-01").events if e.modality == "asserted"]


# https://www.24heures.ch/un-commando-execute-le-president-haitien-chez-lui-751844025636 (7 July 2021)
def test_a_head_of_state_named_by_his_countrys_adjective_is_its_government_and_a_burst_no_aircraft():
    text = ("Assassinat dans les Caraïbes – Un commando exécute le président haïtien chez lui Le meurtre de Jovenel "
            "Moïse à son domicile de Port-au-Prince par «un groupe d’individus non identifiés» plonge le pays dans "
            "l’incertitude.\n\nLe commando est arrivé lourdement armé et muni d’un mégaphone dans la nuit de mardi à "
            "mercredi au domicile de Jovenel Moïse. Une seconde vidéo montre des assaillants vêtus de noir arpenter la rue "
            "alors que sur une troisième, on peut entendre une rafale de coups de feu résonner dans la nuit de "
            "Port-au-Prince, la capitale de Haïti.")
    events = extract(text, lang="fr", published="2021-07-07").events
    assert _main(text, "fr", "2021-07-07").sub_event_type == "Attack"
    assert not [e for e in events if e.sub_event_type == "Air/drone strike"]
    lone = extract("Des assaillants ont tué le président haïtien chez lui mercredi.", lang="fr",
                   published="2021-07-07").events[0]
    assert lone.actor2.name == "Government of Haiti"


# https://itv.com/news/granada/2024-07-31/it-was-a-war-zone-southport-rallies-together-after-violence-outside-mosque
def test_a_town_under_its_own_name_beats_a_town_of_the_same_size_that_once_bore_it():
    text = ("Southport: Community rallies together after 'violent thugs' riot outside mosque\n\nPeople in Southport are "
            "rallying together after \"violent thugs\" marred a night of remembrance for three murdered children.\n\n"
            "Dozens of residents are outside Southport mosque with brushes and shovels after violence by what's believed "
            "to be far-right activists broke out overnight.\n\nMore than 50 police officers were injured after stones and "
            "bottles were thrown, with cars set alight and destroyed.")
    ev = _main(text, "en", "2024-07-31")
    assert (ev.location.name, ev.location.country) == ("Southport", "GB")  # not Kenosha, Wisconsin (once Southport)
    # a spelling without its ayn is no other name: "Dara" stays Syria's Dar‘ā, not Senegal's Dara
    note = extract("On 14 March 2024, regime Air Force Intelligence Directorate members stopped buses in Mseifra town "
                   "in Dara countryside, and kidnapped those inside these buses.", lang="en", published="2024-03-14")
    assert all(p.country == "SY" for p in note.places if p.text == "Dara")


# https://en.trend.az/azerbaijan/politics/3315531.html (12 October 2020)
_GANJA = (
    "The death toll as a result of the missile strike on Azerbaijan’s Ganja city by Armenia has reached 10 people, Trend "
    "reports with reference to the Azerbaijani General Prosecutor's Office on Oct. 12.\n\nOn October 11, 2020, at about "
    "2:00 (GMT+4) Armenian armed forces fired missiles at multi-apartment residential buildings in the central part of "
    "Ganja, the second largest city of Azerbaijan, located outside the frontline zone.\n\nNine civilians, including four "
    "women, were killed, 35 people were injured, more than 10 apartment buildings, and more than 100 different "
    "facilities were damaged as a result of missile attacks on an apartment building in the city center.")


def test_a_toll_that_has_reached_its_figure_across_the_strikes_words_and_a_curly_apostrophe_no_persons_name():
    ev = _main(_GANJA, "en", "2020-10-12")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.fatalities == 10  # "The death toll ... has reached 10 people", not the first report's nine
    # "Azerbaijan’s Ganja city": the curly apostrophe made the tagger read a person; the parser now sees a straight one
    places = extract(_GANJA.split("\n")[0], lang="en", published="2020-10-12").places
    assert ("Ganja", "AZ") in {(p.name, p.country) for p in places}
    assert ev.location.name == "Ganja"


# https://tribune.com.pk/story/1576611/six-killed-miranshah-ied-blast-targeting-military-vehicle (5 December 2017)
def test_a_former_tribal_agency_of_pakistan_is_a_district_of_khyber_pakhtunkhwa():
    text = ("Roadside bomb targeting military vehicle kills 6 in North Waziristan\nThe vehicle was carrying three "
            "potential military recruits\nAt least six people were martyred in a roadside bomb attack targeting a "
            "military vehicle in the North Waziristan (NWA) tribal region on Tuesday.")
    ev = _main(text, "en", "2017-12-05")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.location.name, ev.location.country, ev.location.admin1) == (
        "North Waziristan District", "PK", "Khyber Pakhtunkhwa")
    assert ev.location.geo_precision == 2  # a district, at its headquarters Miran Shah


# https://africanmanager.com/soudan-90-des-victimes-de-la-guerre-aujourdhui-sont-des-civils-pas-des-soldats/
def test_sudans_paramilitaries_are_the_rapid_support_forces():
    text = ("Les paramilitaires en guerre contre l’armée au Soudan depuis le 15 avril, ont annoncé mardi s’être emparés "
            "de la ville de Wad Madani chef-lieu de l’état d’al-Jazira situé, à seulement 180 km de Khartoum.")
    from sitrep.resolve.actors import ActorTable

    found = ActorTable.load().find(text, "fr", country="SD")
    assert [(a.text, a.name) for a in found if a.name == "Rapid Support Forces"] == [
        ("Les paramilitaires", "Rapid Support Forces")]
    # (elsewhere paramilitaries are no RSF)
    assert not [a for a in ActorTable.load().find(text.replace("au Soudan", "en Colombie"), "fr", country="CO")
                if a.name == "Rapid Support Forces"]


# https://tribune.com.pk/story/1576611/six-killed-miranshah-ied-blast-targeting-military-vehicle (5 December 2017)
_MIRANSHAH = (
    "Roadside bomb targeting military vehicle kills 6 in North Waziristan\nThe vehicle was carrying three "
    "potential military recruits\nAt least six people were martyred in a roadside bomb attack targeting a "
    "military vehicle in the North Waziristan (NWA) tribal region on Tuesday.\nThe military vehicle was ca"
    "rrying three potential recruits in the town of Mir Ali, a main town of NWA, when it was targeted, ad"
    "ministration officials said.\nThe improvised explosive device (IED) was fitted to a motorcycle which "
    "was parked at a roadside. It was remotely detonated when the military vehicle drove past.\nKamran Afr"
    "idi, the political agent of North Waziristan, confirmed to The Express Tribune that all three on boa"
    "rd the military vehicle were martyred.\nOf the three other fatalities, Afridi said they were passers-"
    "by riding in a motorcycle rickshaw at the time of the blast.\nNorth Waziristan had been a stronghold "
    "of a potpourri of militants, including foreigners, until they were routed in a massive military oper"
    "ation, codenamed Zarb-e-Azb, in 2014.\nTheir bomb-making factories and their command and control cent"
    "re were decimated in the operation. The remaining militants fled across the border into Afghanistan "
    "where they have found sanctuaries.\nAccording to Pakistani officials, these terrorists, who enjoy sta"
    "te patronage, use the Afghan soil as a springboard for mounting attacks in Pakistan. Kabul, however,"
    " denies the charge.\nThe deadly bomb attack came days after terrorists, armed with heavy weapons and "
    "suicide vests, rampaged through Agriculture Training Institute in Peshawar, killing nine people.")


def test_the_weapons_of_what_a_bombing_came_days_after_are_not_the_bombings():
    ev = _main(_MIRANSHAH, "en", "2017-12-05")
    # "The deadly bomb attack came days after terrorists, armed with heavy weapons and suicide vests, rampaged through
    # Agriculture Training Institute in Peshawar": the vests were the Peshawar attackers'
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 6
    assert ev.location.country == "PK"


# https://aljarida.com/articles/1626624800828223400/amp (18 July 2021)
def test_a_concessions_span_of_time_makes_no_running_tally_of_the_main_clause():
    text = ("رغم سريان وقف لإطلاق النار منذ أكثر من عام، قُتل سبعة مدنيين على الأقلّ بينهم ثلاثة أطفال جراء قصف للجيش "
            "السوري استهدف بلدة إحسم في ريف إدلب الجنوبي، بحسب المرصد السوري.")
    ev = _main(text, "ar", "2021-07-18")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.fatalities == 7


# https://tract.sn/?p=59911 (16 March 2023)
def test_tear_gas_shots_are_a_crowds_event_and_a_road_barred_by_youths_a_protest():
    text = ("Contrairement à Ziguinchor où la situation est calme, à Bignona, la tension est montée d’un cran. Les "
            "gendarmes se sont opposés à quelques jeunes qui ont voulu barrer la route nationale.\nEn ce moment, des tirs "
            "de grenades lacrymogènes se font attendre du côté de Tanghory où de la fumée provoquée par des pneus brûlés "
            "s’élève dans le ciel.")
    events = extract(text, lang="fr", published="2023-03-16").events
    assert not [e for e in events if e.sub_event_type == "Attack"]  # "tirs de grenades lacrymogènes" are no attack
    ev = _main(text, "fr", "2023-03-16")
    assert ev.sub_event_type == "Violent demonstration"  # burning tyres across a barred road
    assert ev.location.name == "Bignona"
