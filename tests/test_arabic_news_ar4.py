"""Arabic press reports read as ACLED codes them: a bare "قصف" in a headline whose lead tells an air raid by warplanes
is an air strike, whatever shells the report names further down; a handmade bomb ("قنبلة يدوية الصنع") is an
explosive device, not a hand grenade. Each text is the report's opening (the page in the comment)."""
from tests.conftest import top_event


def test_a_bare_bombardment_whose_lead_tells_warplanes_is_an_air_strike():
    # Emarat Al Youm, 8 December 2019 (Idlib; the Syrian Observatory's count): the first sentences, then a shelling
    # line of the kind such reports add further down
    ev = top_event("مقتل 19 مدنياً بقصف على إدلب\nقتل 19 مدنياً، بينهم ثمانية أطفال، أمس، في قصف جوي شنته طائرات حربية "
                   "روسية وسورية، بمحافظة إدلب شمال غرب سورية، وفق ما أفاد المرصد السوري لحقوق الإنسان.\nوفي ريف حماة "
                   "قصفت قوات النظام بالقذائف والرشاشات الثقيلة مناطق في القرى.", lang="ar", published="2019-12-08")
    assert (ev.sub_event_type, ev.fatalities) == ("Air/drone strike", 19)


def test_a_handmade_bomb_is_an_explosive_device_not_a_grenade():
    # Al-Mesryoon via masress.com (Helmand, Afghanistan)
    ev = top_event("أَعلَنت مصادر أمنيَّة اليوم الأربعاء عن مقتل 19 مدنيًّا، بينهم نساء وأطفال، في انفجار قنبلة يدويَّة "
                   "الصنع لدى مرور حافلة صغيرة كانوا يستقلونها في ولاية هلمند جنوبي أفغانستان.", lang="ar")
    assert (ev.sub_event_type, ev.fatalities) == ("Remote explosive/landmine/IED", 19)


def test_the_authorities_who_report_a_bombing_did_not_set_it_off():
    # the reporting sentence of the Helmand report above, alone, in both word orders
    for text in ("وكانت السلطات المحلية أفادت بمقتل 12 مدنيا في انفجار عبوة ناسفة في ولاية هلمند جنوبي أفغانستان.",
                 "أفادت السلطات المحلية بمقتل 12 مدنيا في انفجار عبوة ناسفة في ولاية هلمند جنوبي أفغانستان."):
        ev = top_event(text, lang="ar")
        assert (ev.sub_event_type, ev.actor1.name) == ("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)")
