""""Destroyed" near a weapon: a weapon destroyed by the forces that found it is a disruption; a building
destroyed by a weapon that struck is that strike's damage (December 2026). Texts written for these tests
after real 2022–2024 incidents."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "lang", "sub"), [
    ("A missile struck a residential building in Kharkiv, which was destroyed.", "en",
     "Shelling/artillery/missile attack"),
    ("A missile struck a building in Kharkiv; the building was destroyed and two people were killed.", "en",
     "Shelling/artillery/missile attack"),
    ("Un missile a touché un immeuble à Kharkiv, qui a été détruit ; deux personnes ont été tuées.", "fr",
     "Shelling/artillery/missile attack"),
])
def test_what_a_weapon_destroyed_is_its_strike(pipeline, text, lang, sub) -> None:
    assert main_event(pipeline, text, lang).sub_event_type == sub


@pytest.mark.parametrize(("text", "lang", "actor1"), [
    ("Security forces found and destroyed an IED planted on the road near Mogadishu.", "en",
     "Military Forces of Somalia"),
    ("Les militaires ont détruit un engin explosif improvisé près de Gao.", "fr", "Military Forces of Mali"),
    ("Les soldats ont saisi trois fusils kalachnikov lors d'une fouille à Ménaka.", "fr", "Military Forces of Mali"),
])
def test_forces_that_destroy_or_seize_a_weapon_disrupt_it(pipeline, text, lang, actor1) -> None:
    ev = main_event(pipeline, text, lang)
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1 is not None and ev.actor1.name.startswith(actor1)
