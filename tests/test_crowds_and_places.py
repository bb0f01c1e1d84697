"""Shapes a second test-set round found misread (December 2026): who a crowd is and what it demands name
other incidents, not events at the protest; squares named after events; supporters who storm and burn;
fireworks and stun grenades; the Arabic word for a march that also names a drone; and places — datelines
with a date, an unknown village that another sentence puts in a district, Arabic towns after a settlement
noun or opening a dateline, foreign namesakes read off common words, a base's division, the division a
note writes after its town. Texts written for these tests after real 2023–2025 incidents."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


def _main_event(pipeline, text, lang="en", published="2025-02-01"):
    return main_event(pipeline, text, lang, published)


@pytest.mark.parametrize(("text", "lang", "country"), [
    # the disappearance, the crash and the rape are what the crowd reacts to
    ("On 26 September 2023, parents of the students who disappeared in Iguala in 2014 marched through Mexico City "
     "(Mexico City, Ciudad de Mexico) to demand that the army open its archives. [size=thousands]", "en", "MX"),
    ("On 28 February 2025, families of the victims of the Tempi rail crash gathered outside parliament in Athens "
     "(Central Athens, Attica), demanding justice for the collision, which killed 57 people. [size=tens of thousands]",
     "en", "GR"),
    ("On 16 August 2024, nurses staged a sit-in at a hospital in Chennai (Chennai, Tamil Nadu) demanding justice for "
     "a doctor raped and murdered in Kolkata.", "en", "IN"),
    # a square named after the hostages is a place, and the release demanded no abduction
    ("On 1 September 2024, tens of thousands of people rallied at Hostages Square in Tel Aviv-Yafo (Tel Aviv, "
     "Tel Aviv), demanding a deal to free the captives held in Gaza.", "en", "IL"),
    # "gathered ... against a law" and "in a show of support" are demands; "mobilisation" is no mob
    ("On 24 July 2025, hundreds of young people gathered outside the presidential office in Kyiv (Kyiv City, Kyiv "
     "City) against a law curbing the anti-corruption bureau, on the second day of mobilisation.", "en", "UA"),
    ("On 7 September 2025, supporters of Jair Bolsonaro gathered on Copacabana beach in Rio de Janeiro (Rio de "
     "Janeiro, Rio de Janeiro) in a show of support for the former president.", "en", "BR"),
    ("أهالي المعتقلين الذين اختطفهم مسلحون العام الماضي نظموا وقفة احتجاجية أمام مقر المحافظة في مدينة تعز "
     "للمطالبة بالإفراج عنهم.", "ar", "YE"),
])
def test_what_a_crowd_reacts_to_is_not_an_event_at_its_protest(pipeline, text, lang, country) -> None:
    ev = _main_event(pipeline, text, lang)
    assert ev.sub_event_type == "Peaceful protest" and ev.modality == "asserted"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Protesters")
    assert ev.fatalities == 0
    assert ev.location is not None and ev.location.country == country


@pytest.mark.parametrize(("text", "lang", "actor2"), [
    # supporters who storm and burn riot; the arrest that angered them is another incident
    ("On 10 May 2023, supporters of the PTI, angered by the arrest of their leader, stormed the Radio Pakistan "
     "building in Peshawar (Peshawar, Khyber Pakhtunkhwa) and set it on fire.", "en", None),
    # fireworks fired at the police are projectiles, and stun grenades no grenade attack
    ("On 1 July 2023, youths in Marseille (Marseille, Provence-Alpes-Cote d'Azur) looted shops and fired fireworks "
     "at police, who responded with tear gas and stun grenades.", "en", "Police Forces of France"),
    # confrontations after the weekly march: the march is no drone, the stone-throwers riot
    ("رام الله - أصيب شاب برصاص قوات الاحتلال خلال مواجهات اندلعت عقب المسيرة الأسبوعية في بلدة كفر قدوم، حيث رشق "
     "الشبان الجنود بالحجارة.", "ar", "Military Forces of Israel"),
])
def test_crowds_that_riot(pipeline, text, lang, actor2) -> None:
    ev = _main_event(pipeline, text, lang)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Rioters")
    if actor2 is not None:
        assert ev.actor2 is not None and ev.actor2.name == actor2


def test_last_weeks_clashes_do_not_make_a_rally_violent(pipeline) -> None:
    ev = _main_event(pipeline, "طرابلس - تظاهر المئات، مساء الجمعة، في ميدان الشهداء، مطالبين بإخراج المجموعات "
                               "المسلحة من العاصمة، عقب الاشتباكات المسلحة التي شهدتها المدينة الأسبوع الماضي. "
                               "ومرت التظاهرة دون تسجيل أي حوادث.", "ar")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_civil_society_coalition_is_no_armed_force(pipeline) -> None:
    ev = _main_event(pipeline, "On 5 October 2023, youths burned tyres and threw stones at police in Conakry (Ratoma, "
                               "Conakry) during a demonstration called by the Forces Vives de Guinee.")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1 is not None and ev.actor1.name == "Rioters (Guinea)"


def test_the_sdf_has_acleds_name(pipeline) -> None:
    ev = _main_event(pipeline, "قُتل ثلاثة عناصر من «قوات سوريا الديمقراطية» (قسد) في هجوم شنه مسلحون مجهولون على "
                               "حاجز لها في بلدة الشحيل بريف دير الزور.", "ar")
    assert ev.actor2 is not None and ev.actor2.name == "QSD: Syrian Democratic Forces"


def test_the_authors_account_is_the_same_strike(pipeline) -> None:
    ev = _main_event(pipeline, "Gaza, 14 juillet 2024 - Au moins 20 personnes ont été tuées samedi dans une frappe "
                               "israélienne sur un camp de déplacés à Khan Younès, selon la défense civile. L'armée "
                               "israélienne a affirmé avoir visé un commandant du Hamas et tué « plusieurs terroristes ».",
                     "fr")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor2 is not None and ev.actor2.name == "Civilians (Palestine)"
    assert ev.fatalities == 20


@pytest.mark.parametrize(("text", "lang", "admin1"), [
    # a dateline with its date ("Bamako, 3 juin 2024 (AFP) -") is where the report was filed; the unknown
    # camp that a later sentence puts in the cercle of Douentza is coded there
    ("Bamako, 2 juillet 2024 (AFP) - Le poste militaire de Boulkessi, dans le centre du Mali, a été attaqué samedi "
     "par des jihadistes, a annoncé l'armée. Boulkessi, situé dans le cercle de Douentza, avait déjà été visé en 2019.",
     "fr", "Mopti"),
    # "..., a annoncé la présidence" after a division: the speaker comes after the verb
    ("N'Djamena, 28 mars 2024 - Une vingtaine de soldats ont été tués dans l'attaque d'une position de l'armée sur "
     "une île de la province du Lac, a annoncé la présidence tchadienne.", "fr", "Lac"),
    # Arabic towns after a settlement noun or opening a dateline, though their names are common words
    ("بعلبك - قُتل أربعة أشخاص في غارة جوية إسرائيلية استهدفت منزلاً بمدينة بعلبك شرقي لبنان.", "ar", "Baalbek-Hermel"),
    ("قتل شخصان في غارة إسرائيلية على سيارة قرب مدينة صور جنوبي لبنان.", "ar", "South"),
    # common words read as foreign towns ("الكيش", "الكشف": Iran) in a report naming Libya
    ("بنغازي - اختطف مسلحون مجهولون ناشطاً من أمام منزله في منطقة الكيش، وطالبت عائلته بالكشف عن مصيره. "
     "وتتكرر حوادث الاختفاء القسري في ليبيا.", "ar", "Benghazi"),
    # a base lies in a division
    ("أربيل - تعرضت قاعدة للتحالف الدولي في مطار أربيل لهجوم بطائرة مسيّرة من دون إصابات.", "ar", "Erbil"),
    # the division a note writes after its town decides between namesakes
    ("Kano (Kano Municipal, Kano): on 3 March 2024 a mob beat to death a man accused of theft in the Sabon Gari area. "
     "1 fatality.", "en", "Kano"),
    ("On 12 June 2025, hundreds of people rallied in Manila - Ermita (Manila, Metropolitan Manila) against corruption.",
     "en", "Metropolitan Manila"),
])
def test_where_it_happened(pipeline, text, lang, admin1) -> None:
    ev = _main_event(pipeline, text, lang)
    assert ev.location is not None
    assert ev.location.admin1 == admin1


def test_a_building_named_after_a_town_abroad_is_no_place(pipeline) -> None:
    ev = _main_event(pipeline, "On 5 March 2024, municipal workers picketed outside the Metro Centre in Braamfontein, "
                               "Johannesburg (City of Johannesburg, Gauteng), over wages.")
    assert ev.location is not None and ev.location.country == "ZA"
    assert ev.actor1 is not None and ev.actor1.name == "Protesters (South Africa)"


@pytest.mark.parametrize(("text", "lang", "country"), [
    # a square named after a country is in the town the report is about
    ("Bruxelles, 1er juin 2024 (Belga) - Des milliers d'agriculteurs ont manifesté jeudi place du Luxembourg, devant "
     "le Parlement européen, et lancé des pierres sur les policiers.", "fr", "BE"),
    # the country across the border is beside the event
    ("Cotonou, 2 juin 2024 - Deux soldats béninois ont été tués samedi dans l'attaque d'un poste militaire dans le "
     "nord-ouest du pays, près de la frontière avec le Burkina Faso, a annoncé l'armée.", "fr", "BJ"),
])
def test_places_that_name_another_country(pipeline, text, lang, country) -> None:
    ev = _main_event(pipeline, text, lang)
    assert ev.location is not None and ev.location.country == country
