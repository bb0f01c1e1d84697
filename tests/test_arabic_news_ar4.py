"""Arabic press reports read as ACLED codes them: a bare "قصف" in a headline whose lead tells an air raid by warplanes
is an air strike, whatever shells the report names further down; a handmade bomb ("قنبلة يدوية الصنع") is an
explosive device, not a hand grenade; each side's dead in a battle add up. Each text is the report's opening (the page
in the comment)."""
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


# ACLED counts every death of a battle (codebook §fatalities): each side's dead, told apart, add up.

def test_soldiers_killed_and_attackers_killed_in_one_attack_add_up():
    # almasryalyoum.com/news/detailsamp/1460120 (Niger, 9 Jan 2020, Reuters): 25 soldiers and 63 attackers
    ev = top_event('بيان للحكومة: مسلحون يشتبه بأنهم متشددون يقتلون 25 جنديًا في النيجر\n\nكتب: رويترز الخميس 09-01-2020 '
                   '23:12\n\nقالت حكومة النيجر، في بيان، إن مسلحين يعتقد أنهم متشددون إسلاميون قتلوا 25 جنديًا وأصابوا ستة '
                   'آخرين، في هجوم على موقع عسكري بغرب البلاد قرب الحدود مع مالي، اليوم الخميس.\n\nوقال البيان، إنه لم '
                   'يتضح على الفور الجهة التي تقف وراء الهجوم الذي قُتل فيه أيضا 63 من المهاجمين، لكن الهجوم يأتي وسط '
                   'حملة مكثفة لجماعات إسلامية مرتبطة بتنظيمي القاعدة والدولة الإسلامية على جيش النيجر.', lang="ar",
                   published="2020-01-09")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 88)


def test_soldiers_martyred_and_terrorists_the_army_killed_add_up():
    # egnews24.com/254117 (North Sinai): 8 soldiers, and "قتل عدد 3 من العناصر الإرهابية"
    ev = top_event('استشهاد 8 جنود خلال صد هجوم ارهابي على كمين أمنى بشمال سيناء\nصرح العميد محمد سمير المتحدث الرسمى '
                   'للقوات المسلحة أن مجموعة مسلحة من العناصر الإرهابية، قامت مساء اليوم الخميس، بمهاجمة أحد نقاط التأمين '
                   'بشمال سيناء مستخدمة عربات الدفع الرباعى المفخخة والمحملة بكميات كبيرة من المواد شديدة الإنفجار.\n'
                   'وأضاف "سمير" أنه وعلى الفور تم الإشتباك معهم بواسطة أفراد الكمين بكافة وسائل النيران وتمكنت عناصرنا '
                   'من قتل عدد 3 من العناصر الإرهابية وإصابة آخرين، وجارى إستكمال أعمال البحث والتمشيط للمنطقة للقضاء على '
                   'باقى العناصر التكفيرية.', lang="ar")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 11)
