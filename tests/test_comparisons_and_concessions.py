"""Words that look like an event's date or an agreement but are neither: the base of a comparison ("the heaviest
shelling since February", "le bombardement le plus violent depuis février", "أعنف قصف منذ فبراير") is not when the
event happened; a truce named only to say the fighting went on "despite" it ("malgré le cessez-le-feu", "رغم اتفاق
وقف إطلاق النار") is no agreement. Texts written for these tests after real reports (SaudiNewsNet, August 2015)."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, lang", [
    ("Separatists carried out the heaviest shelling since February on government positions near Mariupol.", "en"),
    ("Les séparatistes ont mené le bombardement le plus violent depuis février près de Marioupol.", "fr"),
    ("أعنف قصف من الانفصاليين في الشرق منذ فبراير", "ar"),
])
def test_the_base_of_a_comparison_is_not_the_date(pipeline, text, lang) -> None:
    ev = main_event(pipeline, text, lang=lang, published="2015-08-11")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert not (ev.date or "").startswith("2015-02")
    assert ev.modality == "asserted"


def test_since_a_day_still_dates_the_event(pipeline) -> None:
    ev = main_event(pipeline, "Fighting has continued since Monday in Tripoli.", published="2015-08-11")
    assert (ev.date, ev.date_text.text) == ("2015-08-10", "since Monday")


@pytest.mark.parametrize("text, lang", [
    ("Fighting raged in Idlib on Monday despite a ceasefire agreement signed last week.", "en"),
    ("Les combats ont repris lundi à Idleb malgré le cessez-le-feu conclu samedi.", "fr"),
    ("اتهمت الحكومة الأوكرانية الانفصاليين باستهداف مواقعها بأعنف قصف مدفعي منذ ستة أشهر رغم اتفاق وقف لإطلاق النار.", "ar"),
])
def test_a_truce_the_fighting_went_on_despite_is_no_agreement(pipeline, text, lang) -> None:
    from sitrep import Document

    out = pipeline.process(Document(id="t", text=text, lang=lang, published="2015-08-11"))
    assert out.events and all(e.sub_event_type != "Agreement" for e in out.events)
