"""Arabic news from the ANT corpus (antcorpus/antcorpus.data, Jawhara FM): a protest announced for tomorrow is no
event, and violence spoken of as a phenomenon is no attack."""
from sitrep import extract

# Jawhara FM, 12 February 2016
_ANNOUNCED = ("المعلمون ينفذون غدا وقفة احتجاجية امام المسرح البلدي\n"
              "ينظم غدا السبـت، المجلس الجهوي للمرصد التونسي للمعلم والتعليم وقفة احتجاجية أمام المسرح البلدي بتونس "
              "العاصمة رفضا للعنف المسلط على المعلمين والمدارس الابتدائية وفق ما صرح به للجوهرة أف أم عضو المرصد إيهاب "
              "الحاجي.\n"
              "ودعا الحاجي كافة الأطراف المتدخلة في المنظومة التربوية من وزارة ونقابة إلى تحمل مسؤولياتها تجاه ظاهرة "
              "العنف التي تطال المؤسسات التربوية التونسية عموما، والمدارس الابتدائية على وجه الخصوص.")


def test_a_protest_announced_for_tomorrow_and_violence_as_a_phenomenon_are_no_events():
    assert extract(_ANNOUNCED, lang="ar", published="2016-02-12").events == []


def test_a_protest_held_today_is_one():
    result = extract("نظم المعلمون اليوم وقفة احتجاجية أمام المسرح البلدي بتونس العاصمة.", lang="ar",
                     published="2016-02-13")
    assert [e.sub_event_type for e in result.events] == ["Peaceful protest"]


def test_tomorrow_far_before_the_event_word_in_english_too():
    result = extract("Tomorrow, the teachers' union of the capital and its regional branches will stage a protest "
                     "in front of the ministry.", lang="en")
    assert result.events == []
