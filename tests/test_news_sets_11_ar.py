"""Arabic press pages of a set annotated blind for ACLED's coding (AR11), read once measured: a verb written out, not a
prefix ("شن", not the name "شنعان"); drones and helicopters seen flying ("التحليق") strike nothing; the side ground is
won "على حساب" (at the expense of) is not the taker; a clause of contrast ("في حين") lends no side to the event before
it; "the Israeli occupation" is Israel's forces; restoring unity ("استعادة الوحدة") recovers no ground; a singular
noun of the dead counts one, a dual two. The texts are the pages' own words (addresses in each test)."""
from sitrep import extract
from tests.conftest import top_event as _main

JENIN = (
    'أحرق الجيش الإسرائيلي، السبت، أجزاء من سوق مدينة جنين المخصص لبيع الخضروات شمالي الضفة الغربية.\n\nوقال '
    'المواطن ثائر شنعان، للأناضول، إن جرافة عسكرية إسرائيلية “حملت جسما مشتعلا وألقت به على عربات '
    'لبيع الخضار في سوق جنين”.\n\nوأضاف شنعان: “النيران أتت على محلين لبيع الخضار ونحو 50 عربة '
    'تستخدم كبسطات لبيع الخضار”.\n\nوأشار إلى أن متطوعين فلسطينيين شرعوا “بالحد من انتشار النيران '
    'من خلال فصل البسطات (عربات بيع الخضار) عن بعضها البعض”.\n\nوفي السياق، شرعت طواقم الدفاع المدني '
    'الفلسطيني (الحماية المدنية) بإخماد النيران بعد أن سُمح لها بالوصول إلى الموقع بعد نحو 25 '
    'دقيقة من اندلاع الحرائق، بحسب شاهد العيان.\n\nوعلى مدى 4 أيام، تواصل طائرات مسيرة ومروحيات '
    'التحليق في سماء جنين وسط سماع تبادل لإطلاق النيران.'
)
# (AR11-38, published 2024-08-31)
KHANASER = (
    'أشار مصدر عسكري لـ "سبوتنيك " إلى إن قوات الجيش العربي السوري أحرزت تقدماً جديداً على حساب '
    'تنظيم "داعش" في المنطقة الواقعة بين بلدتي خناصر وإثريا وتمكنت من السيطرة على قرى خربيل والقليعة '
    'وسرده وعكيل، بعد معارك عنيفة بين الجانبين.'
)
# (AR11-28, published 2016-03-10)
BAIDOA = (
    'لقي ما لا يقل عن 7 جنود صوماليون مصرعهم في هجوم لحركة (الشباب) المتشددة جنوب البلاد، اليوم '
    'الجمعة، في حين قتل الجيش الصومالي 4 من الحركة بينهم قيادي بارز في هجوم آخر بمنطقة قريبة.'
)
# (AR11-12, published 2015-01-02)
RETURN_MARCH = (
    'شهيد وإصابات في قمع الاحتلال الإسرائيلي مسيرات العودة على حدود غزة\n\nشارك آلاف الفلسطينيين، '
    'بعد عصر اليوم الجمعة، في تظاهرات مسيرة العودة وكسر الحصار في أسبوعها السابع والسبعين، في '
    'نقاط التماس الخمس على الحدود الشرقية لقطاع غزة مع الأراضي الفلسطينية المحتلة.'
)
# (AR11-24, published 2019-10-04)
UNITY = (
    'وأطلقت "الهيئة الوطنية العليا لمسيرات العودة وكسر الحصار" اسم جمعة "المصالحة خيار شعبنا" '
    'على فعاليات اليوم، وقالت إنّ ذلك "تأكيداً منها على استعادة الوحدة لإحباط مخطط ضم الضفة والأغوار '
    'ومشاريع تصفية القضية الفلسطينية".'
)
# (AR11-24, published 2019-10-04)


def test_a_market_an_army_burned_is_property_destroyed_and_a_name_is_no_attack_verb():
    # gulfarabia.com/?p=1181749: the army set fire to Jenin's vegetable market; "ثائر شنعان" is a witness, not
    # "شن" (launched); drones "التحليق" (flying) over the town struck nothing
    result = extract(JENIN, lang="ar", published="2024-08-31")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor1.name == "Military Forces of Israel"
    assert all(e.sub_event_type != "Air/drone strike" for e in result.events)
    assert all("شنعان" not in e.trigger.text for e in result.events)


def test_ground_won_at_the_expense_of_a_group_is_the_armys():
    # sarabic.ae/20160310/1017820984.html: the Syrian army advanced "على حساب تنظيم داعش" and took four villages
    ev = _main(KHANASER, lang="ar", published="2016-03-10")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.actor1.name == "Military Forces of Syria"
    assert ev.actor2.name.startswith("Islamic State")


def test_a_clause_of_contrast_lends_no_side_to_the_event_before_it():
    # yemeress.com/sabanet/382675: Al-Shabaab's attack killed seven soldiers, "في حين" (whereas) the army killed four of
    # the movement in another attack
    ev = _main(BAIDOA, lang="ar", published="2015-01-02")
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.name, ev.actor2.name) == ("Al Shabaab", "Military Forces of Somalia")
    assert ev.fatalities == 7


def test_the_israeli_occupation_is_israels_forces_and_restoring_unity_recovers_no_ground():
    # aajsy.com (AR11-24): Israeli forces fired on the Great March of Return; the march's organisers spoke of
    # "استعادة الوحدة" (restoring unity), which is no ground regained
    ev = _main(RETURN_MARCH, lang="ar", published="2019-10-04")
    assert ev.sub_event_type == "Excessive force against protesters"
    assert (ev.actor1.name, ev.actor2.name) == ("Protesters (Palestine)", "Military Forces of Israel")
    assert all(e.sub_event_type != "Government regains territory"
               for e in extract(UNITY, lang="ar", published="2019-10-04").events)


def test_a_singular_noun_of_the_dead_counts_one_and_a_dual_two():
    # aajsy.com (AR11-24): "شهيد وإصابات" (a martyr and wounded) in the headline; controls written for this test: a
    # dual counts two, a figure told with the noun stays the figure
    ev = _main(RETURN_MARCH, lang="ar", published="2019-10-04")
    assert ev.fatalities == 1
    assert _main("سقوط قتيلين في اشتباكات بين الجيش ومسلحين في درعا", lang="ar", published="2019-10-04").fatalities == 2
    assert _main("سقط 100 شهيد في القصف الإسرائيلي على غزة", lang="ar", published="2019-10-04").fatalities == 100
