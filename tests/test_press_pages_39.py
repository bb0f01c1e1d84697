"""Press pages in French and Arabic read as an analyst would code them with ACLED's conventions: an operation "menée
par" a unit was that unit's; "des milliers d'opposants" clashing with the security forces riot; a crowd's slogans
"condemning" violence, and the funeral its protest coincides with, are its grievance, not force used on it; "اليوم
الثلاثاء" in a report stamped after midnight is Tuesday; "الأهالي" alone are a town's residents, not victims' kin; a
town the words after a speaker's verb put the event in is no speaker ("The police force said the apartments in the
city of Kramatorsk were hit"); a town the event is told to be hundreds of km from is a bearing, not its place ("à
500km de Bangui"); a lead that puts the event "in northwest Mexico" does not put it at the dateline's Mexico City; "près de la frontière algérienne" names
a place, not Algeria's forces.
The texts are the pages' own words (addresses in each test)."""
from sitrep import extract
from sitrep.resolve.time import find_dates


def _main(text: str, lang: str, published: str):
    result = extract(text, lang=lang, published=published)
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


CAMEROON = (
    "Cameroun : deux séparatistes tués et trois otages libérés dans le Nord-Ouest\n"
    "Une opération menée vendredi à l'aube par le 3e Bataillon d'Intervention Rapide (BIR) du Cameroun a permis de "
    "neutraliser deux séparatistes et de démanteler un quartier général séparatiste situé à 13 kilomètres de Ntundip, "
    "dans l'arrondissement de Ndu, région du Nord-Ouest du pays, ont annoncé des sources militaires.\n"
    "D'après des informations, trois otages retenus sur les lieux ont été libérés sains et saufs par les forces "
    "spéciales.")

CONAKRY = (
    "Au moins un adolescent a été tué lundi à Conakry, selon un médecin cité par l'AFP, dans des heurts dans "
    "plusieurs quartiers entre les forces de sécurité massivement déployées et des milliers d'opposants à un troisième "
    "mandat de l'actuel président Alpha Condé.\n"
    "Un adolescent de 16 ans a été tué et quatre personnes gravement blessées par des tirs des forces de l'ordre dans "
    "le quartier de Sonfonia Gare, a dit à l'AFP le docteur Bella Diallo qui les a fait évacuer.")

NAZARETH = (
    "تظاهرات في مدينة الناصرة احتجاجاً على استمرار جرائم القتل\n"
    "تظاهر العشرات من الناشطين والأهالي في مدينة الناصرة مساء اليوم الثلاثاء، عند مفرق بلدية الناصرة احتجاجا على "
    "الجريمة والعنف، وذلك تزامنا مع تشييع ضحايا الجريمة وعنف الشرطة الذين سقطوا في مدينتي طمرة والناصرة، أمس "
    "الاثنين.\n"
    "وأغلق المتظاهرون، بحسب ما نقله موقع \"عرب 48\"، الشارع الالتفافي الرئيسي الناصرة - نوف هجليل ودوار، الأمر "
    "الذي تسبب بأزمة سير واختناقات مرورية، وسط امتداد المظاهرة واتساع رقعتها وانضمام المزيد من المحتجين.\n"
    "وهتف المتظاهرون \"يا حكومة ويا بوليص الدم العربي مش رخيص\"، \"في دليل وفي شاهد والشرطة ما بتساعد\"، \"وحدة "
    "وحدة وطنية ضد الشرطة الفاشية\"، ورفعوا الشعارات المنددة بالعنف بجرائم الشرطة وتواطؤها مع منظمات الإجرام، كما "
    "رفعوا الأعلام السوداء حدادا على أرواح الضحايا.")


def test_an_operation_led_by_a_unit_is_that_units_battle():
    # http://french.china.org.cn/foreign/txt/2025-04/19/content_117833399.htm (19 Apr 2025): Cameroon's BIR raided a
    # separatist camp near Ntundip (Ndu) and killed two separatists
    ev = _main(CAMEROON, "fr", "2025-04-19")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Cameroon", "Ambazonian Separatists")
    assert ev.actor1.text == "Bataillon d'Intervention Rapide"
    assert (ev.fatalities, ev.date) == (2, "2025-04-18")


def test_thousands_of_opponents_clashing_with_the_security_forces_riot():
    # https://www.pressafrik.com/Guinee-au-moins-un-mort-lors-d-une-manifestation-contre-un-3e-mandat-de-Alpha-Conde_a206562.html
    # (14 Oct 2019): the first day of the protests against a third term for Alpha Condé, a teenager shot dead
    ev = _main(CONAKRY, "fr", "2019-10-14")
    assert (ev.event_type, ev.sub_event_type, ev.actor1.name) == ("Riots", "Violent demonstration", "Rioters (Guinea)")
    assert (ev.fatalities, ev.location.name) == (1, "Conakry")


def test_slogans_condemning_violence_and_a_funeral_are_the_crowds_grievance():
    # https://pdn.ps/p/5293 (stamped 3 Feb 2021, 03:04): residents of Nazareth protested on Tuesday evening against
    # crime and police violence, on the day of the funerals of those killed on Monday; they blocked a road
    ev = _main(NAZARETH, "ar", "2021-02-03")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2) == ("Peaceful protest", "Protesters (Israel)", None)
    assert (ev.location.name, ev.date) == ("Nazareth", "2021-02-02")


def test_today_tuesday_in_a_report_stamped_on_wednesday_is_tuesday():
    # the same page: "مساء اليوم الثلاثاء" (this Tuesday evening) and "أمس الاثنين" (yesterday, Monday), stamped
    # Wednesday 3 Feb 2021 after midnight; a weekday two or more days off the stamp is no such slip
    sentence = NAZARETH.split("\n")[1]
    found = {m.text: m.date for m in find_dates(sentence, "ar", "2021-02-03")}
    assert found == {"مساء اليوم الثلاثاء": "2021-02-02", "أمس الاثنين": "2021-02-01"}
    assert {m.date for m in find_dates("تظاهر العشرات مساء اليوم الثلاثاء", "ar", "2021-02-02")} == {"2021-02-02"}
    assert {m.date for m in find_dates("hier jeudi", "fr", "2021-02-03")} == {"2021-02-02"}


def test_a_town_after_a_speakers_verb_is_where_it_happened():
    # https://www.reuters.com/world/europe/russian-rocket-destroys-apartment-building-kramatorsk-two-dead-governor-2023-02-01/
    # (2 Feb 2023): the dateline's Kramatorsk is the newsroom's; the lead names only "a city in eastern Ukraine"; the
    # police's sentence names the city the missile hit
    ev = _main("Russian missile destroys Ukrainian apartment building; at least 3 dead\n"
               "KRAMATORSK, Ukraine, Feb 2 (Reuters) - Rescuers combed debris in a city in eastern Ukraine on Thursday, "
               "where an overnight Russian missile strike destroyed an apartment building and damaged nine others, "
               "killing at least three people.\n"
               "The police force said the apartments in the city of Kramatorsk were hit by an Iskander-K tactical "
               "missile at 9.45 p.m. local time (1945 GMT). Earlier reports had described it as an attack with a "
               "rocket.", "en", "2023-02-02")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Russia", 3)
    assert (ev.location.name, ev.location.geo_precision, ev.date) == ("Kramatorsk", 1, "2023-02-01")


def test_a_town_hundreds_of_km_away_is_a_bearing_not_the_place():
    # https://voaafrique.com/a/centrafrique-13-civils-tu%C3%A9s-dans-l-attaque-d-un-village-%C3%A0-500km-de-la-capitale-bangui/7206938.html
    # (1 Aug 2023): Diki, a village the gazetteer lacks, lies 500 km north of Bangui and 120 km north-west of Ndélé
    text = ("Centrafrique : 13 civils tués dans une attaque à 500km de Bangui\n"
            "Plusieurs hommes armés ont tué 13 personnes lundi dans un petit village du Nord-ouest de la Centrafrique, "
            "toujours en proie à une rébellion après des années de guerre civile, ont indiqué mardi les autorités "
            "locales à l'AFP.\n"
            "L'attaque s'est produite lundi très tôt à Diki, près de la frontière tchadienne, à environ 500km au nord de "
            "la capitale Bangui, quand une vingtaine de \"rebelles\" ont \"ouvert le feu\" sur 13 civils, selon Jean "
            "Gilbert Gbangoudou, sous-préfet du Bamingui-Bangoran. Le bilan a été confirmé par Ibrahim Senoussi, le "
            "maire du village, qui a ajouté déplorer également 2 blessés.\n"
            "Diki se trouve à environ 120 kilomètres au nord-ouest de Ndélé, le chef-lieu de la préfecture du "
            "Bamingui-Bangoran, et à 22 kilomètres d'une base des Forces Armées Centrafricaines (FACA), qui ont été "
            "alertés après l'arrivée des assaillants, a affirmé à l'AFP Aline Aziza, une députée de Ndélé.")
    ev = _main(text, "fr", "2023-08-01")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities, ev.date) == (
        "Attack", "Civilians (Central African Republic)", 13, "2023-07-31")
    # (no longer Bangui's point, 500 km from the village: the country, or a place nearer that another sentence names)
    assert ev.location.country == "CF" and ev.location.name != "Bangui"


def test_a_lead_in_northwest_mexico_is_not_the_datelines_capital():
    # https://federalnewsnetwork.com/world-news/2020/10/mexico-searches-for-gunmen-who-killed-6-police-in-ambush/
    # (AP, 3 Oct 2020): the ambush was on Thursday in El Mezquital, Durango
    ev = _main("Mexico searches for gunmen who killed 6 police in ambush\n"
               "MEXICO CITY (AP) — Authorities in northwest Mexico are searching for gunmen who ambushed a convoy "
               "carrying security forces, killing six police officers. At least two other people died.\n"
               "José Rosas Aispuro, governor of Durango state, said Saturday that prosecutors are investigating the "
               "attack, which happened Thursday in the municipality of El Mezquital. Seven police officers were also "
               "injured.", "en", "2020-10-03")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities, ev.injuries) == (
        "Armed clash", "Police Forces of Mexico", 6, 7)
    assert (ev.location.country, ev.location.admin1, ev.date) == ("MX", "Durango", "2020-10-01")


def test_the_algerian_border_is_a_place_not_algerias_forces():
    # https://netcomsn.com/afrique/ (26 Aug 2024): Mali's drone strikes at Tinzaouatène, by the Algerian border
    text = ("🇲🇱 Frappes de drones au Mali : L’armée revendique des cibles terroristes, les séparatistes dénoncent des "
            "victimes civiles\n"
            "Au lendemain des frappes de drones qui ont fait une vingtaine de morts dans le nord du Mali, l’armée malienne "
            "a déclaré avoir ciblé des « cibles terroristes ». Cependant, les séparatistes affirment que ces frappes ont "
            "causé la mort de civils, y compris des enfants.\n"
            "L’armée malienne a expliqué que l’opération, menée dimanche 25 août à Tinzaouatène, près de la frontière "
            "algérienne, avait pour objectif de neutraliser « une vingtaine d’individus armés » repérés grâce à une "
            "mission de reconnaissance.")
    result = extract(text, lang="fr", published="2024-08-26")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of Mali", 20)
    assert not any(a is not None and a.name == "Military Forces of Algeria"
                   for e in result.events for a in (e.actor1, e.actor2))
