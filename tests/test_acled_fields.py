"""ACLED conventions on the fields an analyst checks first: admin1 names, the most specific place,
state forces named after the event's country, civilians as the target of remote violence.

Each text is a sentence of a real news report (AFP, Le Monde, Al-Sharq al-Awsat wires)."""
from __future__ import annotations

import pytest

from sitrep import Document
from sitrep.resolve.gazetteer_build import display_admin1

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("raw", "shown"), [
    ("Baghdad Governorate", "Baghdad"),
    ("Salah al-Din Governorate", "Salah al-Din"),
    ("Borno State", "Borno"),
    ("Centre-Nord Region", "Centre-Nord"),
    ("Muhafazat-Hadramawt", "Hadramawt"),
    ("Ghaznī", "Ghazni"),
    ("District of Columbia", "District of Columbia"),
    ("Federal Capital Territory", "Federal Capital Territory"),
    ("محافظة بغداد", "محافظة بغداد"),
])
def test_admin1_names_follow_acled(raw, shown):
    assert display_admin1(raw) == shown


def _main(pipeline, text, lang, published=None):
    result = pipeline.process(Document(id="t", text=text, lang=lang, published=published))
    assert result.events, "no event found"
    return result, result.events[0]


def test_town_in_apposition_is_the_place_even_when_ner_calls_it_a_person(pipeline):
    text = ("Des combats ont éclaté lundi dans le sud du Yémen entre séparatistes et forces alliées au "
            "gouvernement qui ont tenté de reprendre Zinjibar, chef-lieu de la province d'Abyane, faisant "
            "dix morts et de nombreux blessés des deux côtés, selon des sources séparatistes et médicales.")
    result, ev = _main(pipeline, text, "fr", "2019-08-26")
    assert ev.sub_event_type == "Armed clash" and ev.fatalities == 10
    loc = ev.location
    assert (loc.text, loc.country, loc.geo_precision) == ("Zinjibar", "YE", 1)
    assert abs(loc.lat - 13.13) < 0.2 and abs(loc.lon - 45.38) < 0.2
    assert loc.admin1 == "Abyan"  # the gazetteer has no division for the town: the text names it


def test_a_list_after_a_comma_is_not_an_apposition(pipeline):
    result = pipeline.process(Document(id="t", lang="en", text=(
        "Mohamed Abdulkader, U.S. District Court, Southern District of Ohio, No. 16-cr-00019, was sentenced.")))
    assert not any(p.text == "Court" for p in result.places)


def test_bare_army_takes_the_event_country(pipeline):
    text = ("قُتل ضابط و3 جنود بالجيش المصري، بالإضافة إلى إصابة 3 آخرين، في انفجار عبوة ناسفة تم زرعها "
            "بواسطة العناصر الإرهابية، وذلك أثناء تمشيط قوات الجيش لإحدى مناطق مدينة رفح في محافظة شمال سيناء.")
    result, ev = _main(pipeline, text, "ar", "2015-07-23")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 4
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Egypt"
    assert ev.location.country == "EG"


def test_people_killed_by_shelling_are_civilians(pipeline):
    text = ("قتل 18 شخصا وأصيب العشرات بجروح أمس، إثر سقوط صاروخ مصدره قوات النظام السوري على حي شعبي "
            "في وسط مدينة حلب شمالي سورية، بحسب ما ذكر المرصد السوري لحقوق الإنسان.")
    result, ev = _main(pipeline, text, "ar", "2015-07-22")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.fatalities == 18
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Syria"
    assert ev.actor2 is not None and ev.actor2.name == "Civilians (Syria)"
    assert ev.location.admin1 == "Aleppo"


def test_militants_killed_by_a_strike_are_not_civilians(pipeline):
    text = ("Five suspected al-Qaeda militants, including a commander, were killed on Thursday in a drone "
            "strike on their car near the town of Mahfad in southern Yemen, a government official said.")
    result, ev = _main(pipeline, text, "en", "2015-07-31")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor2 is None or not ev.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(("text", "lang", "actor1", "country"), [
    # A state named as the author of strikes is its military (ACLED), and not the place of the strike.
    ("Turkey launched air strikes on Kurdish militants in northern Iraq on Sunday, killing a shepherd.",
     "en", "Military Forces of Turkey", "IQ"),
    ("La Turquie a lancé dimanche des raids aériens contre des positions du PKK dans le nord de l'Irak.",
     "fr", "Military Forces of Turkey", "IQ"),
    ("Israël a mené samedi une série d'attaques aériennes en Syrie, frappant des cibles militaires syriennes "
     "mais aussi iraniennes.", "fr", "Military Forces of Israel", "SY"),
])
def test_a_state_named_as_author_is_its_military(pipeline, text, lang, actor1, country):
    result, ev = _main(pipeline, text, lang)
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 is not None and ev.actor1.name == actor1
    assert ev.actor1.text and ev.actor1.text in text  # evidence: the words that name it
    assert ev.location is not None and ev.location.country == country


def test_a_country_that_is_the_place_stays_the_place(pipeline):
    result, ev = _main(pipeline, "Nigeria: Boko Haram fighters killed 12 farmers on Monday.", "en")
    assert ev.location.country == "NG"
    assert ev.actor1.name.startswith("Boko Haram")


def test_car_bomb_then_suicide_attack_is_one_suicide_bombing(pipeline):
    # Le Monde/AFP, Mali, 2018: the vehicle bomb is told first, "attaque-suicide" and the claim later;
    # the staff in Paris speaking does not move the event to Paris.
    text = ("Une attaque contre un convoi blindé français a blessé trois soldats ce jeudi au Mali. "
            "L'attentat a eu lieu dans l'est du pays, à la frontière avec le Niger. "
            "\"Les soldats du califat ont attaqué jeudi 11 janvier au petit matin une colonne de l'armée "
            "française avec un véhicule piégé\", indique le groupe. L'État-major des armées à Paris avait "
            "indiqué ce vendredi matin qu'il s'agissait d'une attaque-suicide.")
    result = pipeline.process(Document(id="t", text=text, lang="fr", published="2018-01-12"))
    bombings = [e for e in result.events if e.event_type == "Explosions/Remote violence" and e.modality == "asserted"]
    assert len(bombings) == 1
    ev = bombings[0]
    assert ev.sub_event_type == "Suicide bomb"
    # "les soldats du califat" (the group's name for its fighters), named as ACLED named it in Mali in
    # January 2018 (it became a faction of ISWAP in 2019 and "Islamic State (Sahel)" in 2022)
    assert ev.actor1.name == "Islamic State (Greater Sahara)"
    assert ev.location.country == "ML"
    assert ev.injuries == 3


@pytest.mark.parametrize(("text", "lang", "actor1"), [
    ("US drone strikes killed five militants in Shabwa, Yemen.", "en", "Military Forces of the United States"),
    ("A US drone strike killed five suspected al-Qaeda militants in Shabwa, Yemen, on Friday.", "en",
     "Military Forces of the United States"),
    ("Des frappes aériennes russes ont tué trois jihadistes près d'Idleb.", "fr", "Military Forces of Russia"),
    # Al-Sharq al-Awsat, 31 July 2015: "5 of al-Qaeda killed in an American strike on Mukalla".
    ("مقتل 5 من القاعدة في غارة أمريكية على المكلا.", "ar", "Military Forces of the United States"),
])
def test_a_strike_that_kills_fighters_is_coded_by_its_means(pipeline, text, lang, actor1):
    # The victims pattern ("killed five militants") reads like a clash; the means make it remote violence.
    result, ev = _main(pipeline, text, lang, "2015-07-31")
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev.actor1 is not None and ev.actor1.name == actor1
    assert ev.actor1.start is not None and text[ev.actor1.start:ev.actor1.end] == ev.actor1.text
    assert ev.actor2 is None or not ev.actor2.name.startswith("Civilians")


def test_a_gunfight_that_kills_fighters_stays_a_clash(pipeline):
    result, ev = _main(pipeline, "Soldiers killed five militants in a gunfight in Shabwa on Friday.", "en", "2015-07-31")
    assert ev.sub_event_type == "Armed clash"
