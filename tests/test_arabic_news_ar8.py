"""Arabic news pages read as ACLED codes them (set AR8, read after it was measured blind twice): angry villagers who
beat thieves to death ("سكان القرى الغاضبين ضربوا ... حتى الموت") are a mob, its dead the thieves, the police that
tell of it the source; angry citizens who set a man on fire are a mob too; a kidnapping the victims were suspected
of ("للاشتباه في قيامهما باختطاف أطفال") is the charge, not the event. Each text is the report's own words (its address in the comment)."""
from tests.conftest import top_event


def test_angry_villagers_who_beat_thieves_to_death_are_a_mob():
    # sauress.com/shms/124427 (Narsingdi, Bangladesh)
    ev = top_event('أعلنت الشرطة في بنجلادش أمس أن سكان القرى الغاضبين ضربوا ما لا يقل عن خمسة لصوص حتى الموت في وسط '
                   'بنجلادش. وقال آزيزور رحمان أحد رجال الشرطة في نقطة شرطة في مادهابدي على بعد 53 كيلومترا جنوب شرقي دكا '
                   'إن الشرطة عثرت على خمس جثث لشباب مجهولين تعرضوا للضرب حتى الموت في منطقة ناردسينجدي.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (Bangladesh)", 5)


def test_a_kidnapping_the_victims_were_suspected_of_is_no_abduction():
    # set AR7, Assam: "رجلين تعرضا للضرب حتى الموت من قبل حشود ... للاشتباه في قيامهما باختطاف أطفال"
    ev = top_event('ذكرت الشرطة الهندية، أمس السبت، أن رجلين تعرضا للضرب حتى الموت من قبل حشود في ولاية آسام بشمال شرق '
                   'الهند، للاشتباه في قيامهما باختطاف أطفال في أحدث سلسلة من عمليات القتل الناتجة عن الشائعات التي تنتشر '
                   'عبر وسائل التواصل الاجتماعي.', lang="ar")
    assert ev.sub_event_type == "Mob violence"


def test_angry_citizens_who_set_a_man_on_fire_are_a_mob():
    # aljarida.com/articles/1501782651245412100/amp (Bekasi, Indonesia): "أضرموا النار في رجل"
    ev = top_event('قالت الشرطة الإندونيسية إن عدداً من المواطنين الإندونيسيين الغاضبين أضرموا النار في رجل، بعد أن اتهموه '
                   'بسرقة مكبِّر صوت من مسجد.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name) == ("Mob violence", "Rioters (Indonesia)")
