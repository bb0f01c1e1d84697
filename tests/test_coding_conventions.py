"""ACLED's coding conventions for what a report leaves implicit (December 2026): arrests nobody is said to
have made are the police's, and so are the "authorities'"; a body found is a death; bare "settlers" in a
report on the West Bank are Israeli settlers. Texts written for these tests after real 2021–2023 incidents."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("On 4 January 2023, the Ministry of Interior announced the arrest of 12 members of an IS cell in Idlib.", "en",
     "Police Forces of Syria", "Islamic State (Syria)"),
    ("On 10 June 2021, authorities detained an opposition activist in Minsk.", "en",
     "Police Forces of Belarus", "Civilians (Belarus)"),
    ("Les autorités maliennes ont arrêté un journaliste à Bamako mardi.", "fr", "Police Forces of Mali",
     "Civilians (Mali)"),
    ("اعتقلت السلطات المصرية ناشطا سياسيا في القاهرة يوم الثلاثاء.", "ar", "Police Forces of Egypt",
     "Civilians (Egypt)"),
])
def test_arrests_are_the_polices(pipeline, text, lang, actor1, actor2) -> None:
    ev = main_event(pipeline, text, lang)
    assert ev.sub_event_type == "Arrests"
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(("text", "lang", "fatalities"), [
    ("On 19 April 2022, the body of a man bearing gunshot wounds was found in Deir ez-Zor city.", "en", 1),
    ("On 3 June 2023, the bodies of 4 men were found dumped near Culiacan (Sinaloa). They had been shot.", "en", 4),
    ("Le corps sans vie d'un commerçant a été retrouvé lundi à Bunia.", "fr", 1),
    ("Les corps de trois hommes ont été découverts près de Kidal.", "fr", 3),
    ("عثر على جثث ثلاثة رجال في دير الزور.", "ar", 3),
])
def test_a_body_found_is_a_death(pipeline, text, lang, fatalities) -> None:
    ev = main_event(pipeline, text, lang)
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", fatalities)


@pytest.mark.parametrize(("text", "lang"), [
    ("The governing body of the party met in Lagos on Monday.", "en"),
    ("Le Corps des gardiens de la révolution a annoncé la nomination d'un nouveau commandant.", "fr"),
])
def test_a_body_that_is_no_corpse_names_no_killing(pipeline, text, lang) -> None:
    from sitrep import Document

    result = pipeline.process(Document(id="t", text=text, lang=lang, published="2024-06-01"))
    assert not [e for e in result.events if e.sub_event_type == "Attack" or e.fatalities]


@pytest.mark.parametrize(("text", "lang"), [
    ("On 28 October 2023, settlers attacked Palestinian farmers harvesting olives near Nablus, injuring 3.", "en"),
    ("Des colons ont attaqué des agriculteurs palestiniens près de Naplouse samedi, blessant trois personnes.", "fr"),
])
def test_settlers_on_the_west_bank_are_israeli(pipeline, text, lang) -> None:
    ev = main_event(pipeline, text, lang)
    assert (ev.actor1.name, ev.actor2.name) == ("Settlers (Israel)", "Civilians (Palestine)")
