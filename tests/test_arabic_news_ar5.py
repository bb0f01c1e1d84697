"""Arabic press reports read as ACLED codes them: a verdict's report tells the case as history, a full stop glued to the
next sentence still ends the first, and firing told with its adjective between the words is gunfire, not arson. Each
text is the report's own words (its address in the comment)."""
from sitrep import extract

from tests.conftest import top_event


def test_a_verdict_tells_the_violence_it_judged_as_history():
    # Al Watan (Bahrain), 19 June 2013 (alwatannews.net/ampArticle/50337)
    result = extract("صرح مهنا محمد الشايجي رئيس النيابة بأن المحكمة الكبرى الجنائية أصدرت حكما اليوم 19 يونيو 2013 بسجن ستة "
                     "متهمين عشر سنين وبإلزام المتهمين عدا الخامس بالتعويض المدني المؤقت، وذلك عن تهمة إحداث تفجير بقصد "
                     "ترويع الآمنين.وتشير تفاصيل الواقعة أن المتهمين الستة وآخرين من محدثي الشغب قاموا بإشعال إطارات بعد "
                     "أن وضعوا بها اسطوانة غاز قاصدين من ذلك إحداث أكبر ضرر بالممتلكات العامة والخاصة", lang="ar",
                     published="2013-06-19")
    assert result.events and all(e.modality == "background" for e in result.events)


def test_settlers_who_burn_houses_amid_heavy_fire_at_residents_attack_them():
    # Sanad news agency (snd.ps/post/116799): Burqa, east of Ramallah
    ev = top_event("هاجمت مجموعات كبيرة من المستوطنين المسلحين قرية برقة شرق مدينة رام الله وسط الضفة الغربية المحتلة، مساء "
                   "اليوم السبت، وأحرقوا أحد المنازل وعددًا من المركبات، وسط إطلاق كثيف للنار باتجاه الأهالي.", lang="ar")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Attack", "Settlers (Israel)", "Civilians (Palestine)")


def test_a_full_stop_glued_to_the_next_arabic_word_ends_the_sentence():
    from sitrep.clean import split_sentences
    text = "وذلك عن تهمة إحداث تفجير بقصد ترويع الآمنين.وتشير تفاصيل الواقعة أن المتهمين الستة"
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "وذلك عن تهمة إحداث تفجير بقصد ترويع الآمنين.", "وتشير تفاصيل الواقعة أن المتهمين الستة"]
