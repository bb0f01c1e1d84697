"""Arabic news pages read as ACLED codes them (set AR7): the force named after "تصدى" fought off the attack the
one named after "لهجوم" made; a landslide report's helicopters and "عمليات إخلاء" are relief, no air strike; a town
taken with the time and the taker told between "سيطرت" and "على"; the group an attack "نُسب إلى" is its author; a
march dispersed ("تفرق مسيرة") is no drone; protesters who attack a police station riot. Each text is the report's own
words, its opening paragraphs (its address in the comment)."""
from sitrep import extract

from tests.conftest import top_event


def test_the_force_that_repelled_an_attack_was_attacked_by_the_one_named_after_it():
    # alomah.net, Omdurman (Banat), the army and the Rapid Support Forces
    ev = top_event(
        'تصدى الجيش السوداني لهجوم من قبل قوات الدعم السريع على محيط مجمع السجل المدني القريب من سلاح '
        'المهندسين، في ضاحية بانت جنوب مدينة أم درمان.\nوقال مصدر عسكري إن قوات من الجيش دمرت عدة مركبات '
        'وقتلت عددًا من أفراد قوة الدعم السريع، بما فيها قائدها وفرار بقية القوات المهاجمة غربا.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Rapid Support Forces", "Military Forces of Sudan")


def test_helicopters_needed_for_medical_evacuations_after_landslides_strike_nobody():
    # Shorouk News (shorouknews.com), landslides in Ilam, Nepal, 5 Oct 2025
    result = extract(
        'ذكر مسئولون أن انهيارات أرضية ناجمة عن هطول أمطار غزيرة اجتاحت قريتين على الأقل في الجبال '
        'الشرقية من نيبال اليوم الأحد، مما أسفر عن مقتل 11 شخصا على الأقل وفقدان شخص آخر.\n\nوقال بهولاناث '
        'جوراجاي، مساعد المسئول الإداري لمنطقة إيلام إن ستة أشخاص من نفس الأسرة لقوا حتفهم عندما سحق '
        'انهيار أرضي منزلهم، عندما كانوا نائمين في وقت مبكر من صباح اليوم الأحد، كما قتل خمسة أشخاص '
        'في قرية مجاورة في انهيار أرضي منفصل.\n\nوأضاف أن هناك أيضا تقارير عن حدوث انهيارات أرضية في '
        'قرى أخرى في المنطقة الجبلية وأن جهود إنقاذ تجرى لمساعدة الأشخاص المحتاجين.\n\nوعرقل هطول الأمطار '
        'جهود الوصول إلى القرى وجرفت الانهيارات الأرضية العديد من الطرق أو أغلقتها. وقال جوراجاي إن '
        'هناك حاجة إلى مروحيات من الحكومة المركزية لنقل الأشخاص الذين يحتاجون إلى عمليات إخلاء طبي.', lang="ar", published="2025-10-05")
    assert result.primary == "Natural disaster"
    assert not [e for e in result.events if e.event_type == "Explosions/Remote violence"]


def test_the_congo_spelled_with_waw_is_the_democratic_republic():
    from sitrep.resolve.countries import country_iso2
    assert country_iso2("جمهورية الكونغو الديموقراطية") == "CD"


def test_a_group_takes_a_town_told_with_time_and_subject_between_verb_and_place():
    # alamssar.com/44854, Amara (Mudug): "سيطرت صباح اليوم الثلاثاء، حركة الشباب الإرهابية على بلدة"
    ev = top_event('حركة الشباب الإرهابية تسيطر على بلدة عمارة في الصومال\nسيطرت صباح اليوم الثلاثاء، حركة الشباب '
                   'الإرهابية على بلدة عمارة في محافظة مدغ وسط الصومال.\nوانسحبت القوات الحكومية الصومالية من البلدة، '
                   'عقب شن الإرهابيين، هجوما واسعا من عدة اتجاهات بدءا بانفجارات سيارات مفخخة.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name) == ("Non-state actor overtakes territory", "Al Shabaab")


def test_the_group_an_ambush_is_attributed_to_is_its_author():
    # elmesdarnews.com (central Mali): "هجوم ... ونُسب إلى جماعة نصرة الإسلام والمسلمين"
    ev = top_event('لقي ما لا يقل عن 15 جندياً مالياً مصرعهم يوم الخميس في هجوم وقع في وسط مالي ونُسب إلى جماعة نصرة '
                   'الإسلام والمسلمين،\nوأوضح مسؤول محلي من منطقة موبتي أن الهجوم وقع عندما نصب مسلحون تابعون للجماعة '
                   'كميناً للقوات المالية، مشيراً إلى وجود جنود مفقودين وجرحى نتيجة الهجوم.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", 15)


def test_soldiers_killed_and_dead_among_the_gunmen_add_up():
    # shiawaves.com/arabic/news/islam/13226-20-34 (Badakhshan): "مقتل 20 جنديا" and "10 قتلى في صفوف المسلحين"
    ev = top_event('مقتل 20 جنديا في هجوم لطالبان الارهابية على نقاط أمنية بأفغانستان\nأفاد مدير مجلس مقاطعة بادخشان شمالي '
                   'أفغانستان عبد الله ناجي ناظري، بمقتل 20 جنديا عقب اقتحام مسلحين عدة نقاط تفتيش أمنية في منطقة جارم '
                   'شمال غربي العاصمة كابل.\nوقال ناظري، “شن متمردو طالبان الارهابية عدة هجمات على نقاط تفتيش تابعة للجيش '
                   'في منطقة جارم في الصباح الباكر، الأمر الذي أدى إلى مقتل 20 جنديا”، مشيرا إلى أن الهجوم خلف 10 قتلى في '
                   'صفوف المسلحين.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Armed clash", "Taliban", 30)


def test_a_march_the_security_forces_disperse_is_no_drone():
    # alwasatnews.com/ipad/news-1168613.html (Manama, 13 Oct 2016): "مسيرة" is a march here, not a drone
    ev = top_event('قوات الأمن تفرق مسيرة بدون إخطار باتجاه المنامة عصر اليوم\nالوسط – محرر الشئون المحلية\nصورة أرشيفية\n'
                   'فرقت القوات الأمنية مساء اليوم الخميس (13 أكتوبر/ تشرين الأول 2016) مسيرة غير مخطر عنها، كانت تسير '
                   'باتجاه العاصمة المنامة.', lang="ar", published="2016-10-13")
    assert (ev.sub_event_type, ev.actor1.name) == ("Protest with intervention", "Protesters (Bahrain)")


def test_protesters_who_attack_a_police_station_riot():
    # elbalad.news/391787 (Tunis): "محتجون تونسيون يهاجمون مركزاً للشرطة"
    ev = top_event('محتجون تونسيون يهاجمون مركزاً للشرطة بالعاصمة ويتلفون محتوياته\n\nقال شهود ان مئات المحتجين التونسيين '
                   'هاجموا مركزا للشرطة بالعاصمة واتلفوا محتوياته مساء اليوم الخميس قبل ان يستعيد الامن السيطرة في ثاني يوم '
                   'من الاحتجاج على اغتيال معارض علماني.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name.split(" (")[0]) == ("Violent demonstration", "Rioters")
