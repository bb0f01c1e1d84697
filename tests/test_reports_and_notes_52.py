"""Press pages and ACLED notes read as an analyst would code them (stop 52). The texts are the pages' own words, as far
as the first ~2,000 characters of each page go, or ACLED's own notes (sources above each text)."""
from __future__ import annotations

from sitrep import extract
from tests.conftest import top_event as _main

# ACLED's Bahrain rows (zahraghourani/lebanon-conflict-viz, data/raw/acled_bahrain.csv), 10 January 2024: coded
# Strategic developments / Other, actor1 Protesters (Bahrain), no actor2, 0 fatalities
JAW_PRISON = (
    "Strikes: On 10 January 2024, more than 400 political detainees started a hunger strike in buildings 7, 8, 9, and "
    "10 in Jaw Prison (Southern) to denounce isolation cases and in solidarity with political detainee Al Mushayma and "
    "his right for health treatment. The detainees suspended their hunger strike on the same day after promises from "
    "the prison's administration to execute their demands.")

# http://ar.lanationarabe.com/2019/11/09/ ("العراق : إصابة 15 متظاهرا بتفريق محتجين وسط بغداد") (2019-11-09)
RASHID_STREET = (
    "العراق : إصابة 15 متظاهرا بتفريق محتجين وسط بغداد\n\nأصيب 15 متظاهرا عراقياً، اليوم السبت، باختناقات جراء استخدام "
    "القوات الأمنية الغاز المسيل للدموع لتفريق محتجين، وسط العاصمة بغداد. وأفاد مراسلون ميدانيون ، أن قوات مكافحة الشغب "
    "قامت بتفريق محتجين في شارع الرشيد وسط بغداد، باستخدام الغاز المسيل للدموع ما أسفر عن إصابة 15 متظاهراً بحالات "
    "اختناق.وعن الوضع في ساحة التحرير حيث التجمع الرئيسي للتظاهرات الاحتجاجية، قال مصدر أمني للأناضول إن « قوات الأمن "
    "أطلقت الغاز المسيل للدموع لتفريق محتجين حاولوا الاقتراب من جسر السنك المؤدي للمنطقة الخضراء شديدة التحصين ». "
    "وأضاف أن « القوات الأمنية كثفت تواجدها على جسري السنك والجمهورية وأسفلهما أيضاً، لمواجهة أي طارئ ». ويفصل جسري "
    "السنك والجمهورية، المتظاهرين في ساحة التحرير، عن المنطقة الخضراء التي تضم مباني الحكومة والبعثات الدبلوماسية "
    "الأجنبية. ومنذ 25 أكتوبر الماضي، يشهد العراق موجات احتجاجية مناهضة للحكومة، هي الثانية من نوعها بعد أخرى سبقتها "
    "بنحو أسبوعين.\nووفق أرقام أصدرتها مفوضية حقوق الإنسان (رسمية تابعة للبرلمان)، الجمعة، فإن 23 شخصا قتلوا بأعمال "
    "عنف رافقت الاحتجاجات على مدى خمسة أيام الماضية، ليرتفع بذلك عدد القتلى إلى 283،")


def test_a_hunger_strike_by_detainees_is_a_strategic_development_by_protesters_not_an_arrest():
    # ("political detainees" are people already held: no arrest is told; ACLED codes hunger strikes, where nobody
    # congregates, as strategic developments, the strikers its Protesters)
    result = extract(JAW_PRISON, lang="en", published="2024-01-10")
    assert [e.sub_event_type for e in result.events] == ["Other"]
    ev = result.events[0]
    assert (ev.event_type, ev.actor1.name.split(" (")[0], ev.actor2, ev.fatalities) == (
        "Strategic developments", "Protesters", None, 0)


def test_the_dead_of_the_past_five_days_and_the_toll_they_raise_are_a_running_tally():
    # ("23 people were killed in violence that went with the protests over the past five days, raising the toll to
    # 283": neither figure is the toll of Saturday's tear gas, which choked 15 protesters)
    events = extract(RASHID_STREET, lang="ar", published="2019-11-09").events
    assert max(e.fatalities or 0 for e in events) == 0
    assert _main(RASHID_STREET, "ar", "2019-11-09").sub_event_type == "Protest with intervention"
