"""Numbers and casualty figures on real news sentences (samples/ and news-style cases)."""
from __future__ import annotations

import time

import pytest

from sitrep.extraction.numbers import NumberReader, find_casualties, find_count, parse_number

REFERENCE = ("Depuis mercredi, au moins cinq attaques au drone et à la roquette ont ciblé trois bases irakiennes "
             "où sont déployées des troupes américaines. L'une d'entre elles a fait des \"blessés légers\", "
             "selon l'armée américaine.")


@pytest.fixture(scope="module")
def reader() -> NumberReader:
    return NumberReader.load()


@pytest.mark.parametrize("words,lang,value,low,high,vague", [
    ("douze", "fr", 12, 12, 12, False),
    ("a dozen", "en", 12, 12, 12, False),
    ("two dozen", "en", 24, 24, 24, False),
    ("at least 5", "en", 5, 5, None, False),
    ("more than 20", "en", 20, 20, None, False),
    ("between 5 and 7", "en", 5, 5, 7, False),
    ("entre vingt et trente", "fr", 20, 20, 30, False),
    ("2 500", "fr", 2500, 2500, 2500, False),
    ("1,200", "en", 1200, 1200, 1200, False),
    ("quatre-vingt-dix-sept", "fr", 97, 97, 97, False),
    ("vingt et un", "fr", 21, 21, 21, False),
    ("trois mille deux cents", "fr", 3200, 3200, 3200, False),
    ("une vingtaine", "fr", 20, 20, 20, False),
    ("one hundred and twenty-five", "en", 125, 125, 125, False),
    ("خمسة", "ar", 5, 5, 5, False),
    ("خمس", "ar", 5, 5, 5, False),
    ("عشرين", "ar", 20, 20, 20, False),
    ("خمسة وعشرون", "ar", 25, 25, 25, False),
    ("أحد عشر", "ar", 11, 11, 11, False),
    ("ثلاثة آلاف", "ar", 3000, 3000, 3000, False),
    ("٣", "ar", 3, 3, 3, False),
    ("١٢", "ar", 12, 12, 12, False),
    ("dozens", "en", None, None, None, True),
    ("des dizaines", "fr", None, None, None, True),
    ("عشرات", "ar", None, None, None, True),
    ("plusieurs", "fr", None, None, None, True),
])
def test_parse_number(reader, words, lang, value, low, high, vague):
    n = parse_number(words, lang, reader)
    assert n is not None
    assert (n.value, n.low, n.high, n.vague) == (value, low, high, vague)
    assert words.startswith(n.text) or n.text in words


def test_vague_numbers_carry_acled_convention(reader):
    assert parse_number("dozens", "en", reader).acled == 12
    assert parse_number("des dizaines", "fr", reader).acled == 10
    assert parse_number("hundreds", "en", reader).acled == 100
    assert parse_number("several", "en", reader).acled == 3


def test_article_is_one(reader):
    assert parse_number("un soldat", "fr", reader).value == 1
    assert find_casualties("Un militaire français a été tué lors d'une opération samedi matin au Mali.", "fr",
                           reader=reader).fatalities == 1


def _cas(reader, text, lang):
    return find_casualties(text, lang, 0, len(text), reader)


@pytest.mark.parametrize("lang,text,fat,inj", [
    ("fr", "Au moins sept personnes sont mortes et des dizaines ont été blessées lundi en Afghanistan.", 7, None),
    ("fr", "Six personnes, dont un prêtre, ont été tués dimanche 12 mai lors de l'attaque d'une église.", 6, None),
    ("fr", "Une attaque contre un convoi blindé français a blessé trois soldats ce jeudi au Mali.", None, 3),
    ("fr", "Des sources médicales ont indiqué que huit soldats progouvernementaux ont été tués et 23 autres blessés.", 8, 23),
    ("fr", "Un homme armé a attaqué une église du sud du Caire, faisant dix morts et cinq blessés.", 10, 5),
    ("fr", "L'attentat a fait 7 morts et 40 blessés.", 7, 40),
    ("ar", "أفاد مسؤول حكومي بأن خمسة عناصر مفترضين من تنظيم القاعدة، من بينهم قيادي، قتلوا أمس في غارة لطائرة بدون طيار.", 5, None),
    ("ar", "قتل 18 شخصا وأصيب العشرات بجروح أمس، إثر سقوط صاروخ على حي شعبي.", 18, None),
    ("ar", "قُتل ضابط و3 جنود بالجيش المصري، بالإضافة إلى إصابة 3 آخرين، في انفجار عبوة ناسفة.", 4, 3),
    ("ar", "وأضاف أن «الغارة أدت إلى مقتل القيادي المتوسط أبو أحمد الكازمي وأربعة من مرافقيه».", 5, None),
    ("ar", "«داعش» يتبنى تفجيرًا ببغداد أوقع 20 قتيلاً", 20, None),
    ("ar", "قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما. وأسفر الهجوم عن إصابة 45 شخصا.", 12, 45),
    ("ar", "قتل ٣ جنود وأصيب خمسة آخرون في هجوم.", 3, 5),
    ("en", "A suicide bomber killed at least 12 people and wounded 30 others in Kabul on Monday.", 12, 30),
    ("en", "Two soldiers and a civilian were killed, police said.", 3, None),
    ("en", "Between 5 and 7 people were killed in the raid.", 5, None),
    ("en", "More than 20 people died and about 50 were injured.", 20, 50),
    # ACLED-note wording: singular nouns, local figures, deaths told as "fatality" or "to death"
    ("en", "On 8 August 2023, a mob lynched a man accused of theft in Port-au-Prince. 1 fatality.", 1, None),
    ("en", "Gunmen killed a village head and two elders in Zamfara.", 3, None),
    ("en", "Protesters torched cars in Nairobi, killing a bystander.", 1, None),
    ("fr", "Des hommes armés ont tué un chef de village près de Djibo.", 1, None),
])
def test_casualties(reader, lang, text, fat, inj):
    c = _cas(reader, text, lang)
    assert (c.fatalities, c.injuries) == (fat, inj)
    if fat is not None:
        assert c.fatalities_text is not None
        assert text[c.fatalities_text.start:c.fatalities_text.end] == c.fatalities_text.text


def test_reference_light_injuries(reader):
    c = _cas(reader, REFERENCE, "fr")
    assert c.fatalities is None and c.injuries is None
    assert c.casualties_text is not None and c.casualties_text.text == "blessés légers"
    assert REFERENCE[c.casualties_text.start:c.casualties_text.end] == "blessés légers"


def test_vague_fatalities_stay_null_with_acled_value(reader):
    c = _cas(reader, "Dozens of people were killed in the attack on the market.", "en")
    assert c.fatalities is None and c.fatalities_acled == 12
    assert c.casualties_text is not None and "Dozens" in c.casualties_text.text
    c = _cas(reader, "Des dizaines de personnes ont été tuées.", "fr")
    assert c.fatalities is None and c.fatalities_acled == 10


def test_attacker_counted_separately_and_included(reader):
    text = ("Une attaque contre un convoi blindé français a blessé trois soldats ce jeudi au Mali. "
            "Le kamikaze a trouvé la mort dans l'explosion.")
    c = _cas(reader, text, "fr")
    assert c.fatalities == 1 and c.attacker_fatalities == 1 and c.injuries == 3
    assert c.attacker_text is not None and "kamikaze" in c.attacker_text.text
    c = _cas(reader, "Three policemen were killed and the suicide bomber was killed too.", "en")
    assert c.fatalities == 4 and c.attacker_fatalities == 1


def test_shot_attacker_not_assumed_dead(reader):
    text = "Un homme armé a attaqué une église, faisant dix morts et cinq blessés. Il a été abattu par la police."
    assert _cas(reader, text, "fr").fatalities == 10


def test_headline_and_body_restating(reader):
    text = ("Yémen: dix morts dans des combats\nDes combats ont éclaté lundi, faisant dix morts. "
            "Huit soldats ont été tués et 23 autres blessés. Deux combattants séparatistes ont été également tués.")
    c = _cas(reader, text, "fr")
    assert c.fatalities == 10 and c.injuries == 23


def test_cumulative_and_background_tolls_not_used(reader):
    c = _cas(reader, "Selon un décompte de l'AFP, 18 militaires ont été tués au Mali depuis l'opération Serval en 2013.", "fr")
    assert c.fatalities is None and c.statements[0].tier == "cumulative"
    text = ("Au moins sept personnes sont mortes lundi. Le gouvernement a réagi après l'attaque mardi "
            "d'une maternité à Kaboul qui avait fait 24 morts.")
    assert _cas(reader, text, "fr").fatalities == 7


def test_no_casualties_is_zero(reader):
    c = _cas(reader, "Deux roquettes ont été tirées depuis Gaza sans toutefois faire de blessés.", "fr")
    assert c.injuries == 0
    c = _cas(reader, "The rockets fell in an open field; no casualties were reported.", "en")
    assert c.fatalities == 0 and c.injuries == 0


def test_not_counts(reader):
    text = "L'explosion est survenue à 20 km d'Indelimane vers 9 heures, le 26 avril 2019; la victime était âgée de 24 ans."
    c = _cas(reader, text, "fr")
    assert c.fatalities is None and c.injuries is None


def test_window_offsets(reader):
    text = "Headline.\nThe blast killed 4 people. Later, 9 were wounded."
    s = text.index("The")
    e = text.index(" Later")
    c = find_casualties(text, "en", s, e, reader)
    assert c.fatalities == 4 and c.injuries is None
    assert text[c.fatalities_text.start:c.fatalities_text.end] == c.fatalities_text.text


@pytest.mark.parametrize("lang,text,count,cumulative", [
    ("fr", REFERENCE, 5, False),
    ("en", "The army carried out a series of 3 strikes on the town.", 3, False),
    ("ar", "شن التنظيم خمس هجمات على مواقع الجيش.", 5, False),
    ("ar", "نفذ الطيران غارتين على المدينة.", 2, False),
    ("fr", "En tout, depuis fin octobre 2019, 14 attaques à la roquette ont ciblé des intérêts américains.", 14, True),
])
def test_count(reader, lang, text, count, cumulative):
    c = find_count(text, lang, 0, len(text), reader)
    assert c is not None and c.count == count and c.cumulative == cumulative
    assert text[c.start:c.end] == c.text


def test_single_event_is_not_a_count(reader):
    assert find_count("Une attaque a visé la base.", "fr", reader=reader) is None


def test_malformed_input_never_crashes(reader):
    for text in ["", "   ", "1,2,3,4.5.6", "٫٫٫", "killed", "entre et", "au moins", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥", "\n\n", "--5--"]:
        for lang in ("fr", "en", "ar", "xx"):
            find_casualties(text, lang, reader=reader)
            find_count(text, lang, reader=reader)
            parse_number(text, lang, reader)


def test_speed(reader):
    text = ("Des sources médicales ont indiqué à l'AFP que huit soldats progouvernementaux ont été tués "
            "et 23 autres blessés dans les combats près de Zinjibar, chef-lieu de la province d'Abyane.")
    find_casualties(text, "fr", reader=reader)
    n = 300
    t0 = time.perf_counter()
    for _ in range(n):
        find_casualties(text, "fr", reader=reader)
    assert (time.perf_counter() - t0) / n < 0.002  # well under 1 ms on a quiet machine
