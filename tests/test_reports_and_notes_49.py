"""Press pages read as an analyst would code them (stop 49). The texts are the pages' own words, as far as the first
~2,000 characters of each page go (sources above each text)."""
from tests.conftest import top_event as _main

from sitrep import extract

# https://www.opindia.com/news-updates/14-pakistani-army-personnel-killed-in-bolan-and-kech-baloch-rebels-claim-responsibility/ (2025-05-07)
BLA_MACH = (
    "The Baloch Liberation Army (BLA) has claimed responsibility for two separate attacks that resulted in the deaths "
    "of 14 Pakistani Army personnel in Bolan and Kech.\n\nIn an incident, BLA’s Special Tactical Operations Squad (STOS) "
    "carried out a remote-controlled IED attack on a military convoy vehicle in the Shorkand area of Mach, Bolan. "
    "The blast reportedly killed all 12 soldiers on board, including Special Operations Commander Tariq Imran and "
    "Subedar Umar Farooq. The vehicle was destroyed in the explosion.\n\nIn another operation, BLA fighters targeted "
    "a Bomb Disposal Squad of the Pakistani Army in the Kulag Tigran area of Kech. The remote-controlled IED detonated "
    "around 2:40 PM on May 6 while the unit was conducting a clearance mission. Two personnel were killed in the "
    "attack.\n\nJeeyand Baloch, spokesperson for the Baloch Liberation Army stated, “The hired killers who call the "
    "Baloch Liberation Army a foreign proxy should know that the Pakistani army itself is a mercenary armed gang "
    "that thrives on Chinese capital and Papa Jones. The meaning of the army’s uniform shifts—sometimes guarding "
    "ports, sometimes guarding corridors, sometimes serving the satisfaction of lenders. An army that determines "
    "its direction according to the will of changing masters in every era is not a national army, but a commercial "
    "one. The attacks on this mercenary occupying army by freedom fighters of Baloch land will continue with greater "
    "intensity.”")

# https://darelhilal.com/News/767548.aspx (2021-01-24)
DAESH_HAMRIN = (
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


def test_a_town_named_by_an_area_of_it_is_read_and_a_firm_named_after_a_town_is_no_place():
    result = extract(BLA_MACH, lang="en", published="2025-05-07")
    places = {(p.text, p.country) for p in result.places if p.country}
    # "the Shorkand area of Mach, Bolan" (NER: PERSON) is Mach in Balochistan; "Papa Jones", in a quote, is no Pápa
    assert ("Mach", "PK") in places
    assert not any(country == "HU" for _, country in places)
    ied = next(e for e in result.events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert (ied.location.name, ied.location.country) == ("Mach", "PK")
    assert ied.actor2.name == "Military Forces of Pakistan"


def test_a_figure_of_the_killed_and_the_wounded_together_is_no_death_toll():
    ev = _main(DAESH_HAMRIN, "ar", "2021-01-24")
    # "حصيلة الهجوم الإجمالية بلغت أكثر من 25 قتيلاً وجريحًا": 25 killed and wounded; the PMF's source counts 11 dead
    assert ev.fatalities == 11
    assert ev.actor1.name == "Islamic State (Iraq)"
