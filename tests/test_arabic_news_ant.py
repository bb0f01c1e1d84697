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


def test_weapons_seized_in_hideouts_during_a_sweep_are_a_seizure_not_a_clash():
    # Jawhara FM, 4 June 2015 (abridged)
    result = extract("القصرين : حجز سلاح وذخيرة وأدوية وبطاقتي هوية في مخبأين للإرهابيين\n"
                     "أكد الناطق الرسمي باسم وزارة الدفاع الوطني أن قوات الجيش تمكنت في اليومين الماضيين وخلال عمليات "
                     "تمشيط من العثور على معسكرين لعناصر إرهابية بجبل السلوم.", lang="ar", published="2015-06-04")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Disrupted weapons use"


def test_militants_eliminated_by_the_army_were_killed_in_a_clash():
    # Jawhara FM, 2 June 2017 (abridged)
    result = extract("القضاء على عنصرين إرهابيين في الجزائر\n"
                     "أعلنت وزارة الدفاع الجزائرية اليوم الجمعة، أنه تم القضاء على عنصرين إرهابيين بولاية البليدة وحجز "
                     "مسدسين رشاشين من نوع كلاشنيكوف وكمية من الذخيرة.\n"
                     "ويأتي ذلك إثر عملية البحث والتمشيط التي باشرتها قوات الجيش الجزائري.", lang="ar",
                     published="2017-06-02")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "Military Forces of Algeria"
    assert ev.fatalities == 2


# Jawhara FM, 27 July 2016
_FOILED = ("المغرب يعلن عن إحباط هجمات إرهابية\n"
           "أعلنت وزارة الداخلية المغربية اليوم الأربعاء عن إحباط عديد الهجمات في البلاد واعتقال 52 شخصا يشتبه في انتمائهم "
           "لتنظيم \"داعش\" الإرهابي.\n"
           "وقالت الداخلية المغربية إنها صادرت أسلحة ومواد لتصنيع متفجرات.")


def test_attacks_foiled_by_arrests_are_the_arrests():
    result = extract(_FOILED, lang="ar", published="2016-07-27")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Arrests", "Police Forces of Morocco", 0)
    # the attacks foiled never happened
    assert "Attack" not in [e.sub_event_type for e in result.events]


def test_a_cell_dismantled_with_arrests_in_french_is_the_arrests():
    result = extract("Le BCIJ a démantelé une cellule terroriste et interpellé cinq suspects à Fès, déjouant un projet "
                     "d'attentat.", lang="fr", published="2016-07-27")
    assert [e.sub_event_type for e in result.events] == ["Arrests"]


# Sky News Arabia (via SPA), 16 April 2018, the first paragraph
_INTERCEPTED = ("اعتراض صاروخ باليستي لمليشيات الحوثي باتجاه نجران\n"
                "صرح المتحدث الرسمي باسم قوات التحالف \"تحالف دعم الشرعية في اليمن\" العقيد الركن تركي المالكي، أنه وفي "
                "تمام الساعة العاشرة وستة عشر دقيقة من مساء الاثنين، رصدت قوات الدفاع الجوي الملكي السعودي إطلاق صاروخ "
                "باليستي من قبل الميليشيا الحوثية المدعومة من إيران من داخل الأراضي اليمنية (شمال محافظة عمران) باتجاه "
                "أراضي المملكة.")


def test_the_air_defence_that_stopped_a_houthi_missile_is_actor1():
    result = extract(_INTERCEPTED, lang="ar", published="2018-04-16")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1.name == "Military Forces of Saudi Arabia"
    assert "Houthi" in ev.actor2.name or "Supreme Political Council" in ev.actor2.name


# Sky News Arabia, 16 April 2018, the headline and first paragraph
_T4 = ("اعتراف إسرائيلي بقتل 7 من الحرس الثوري الإيراني\n"
       "اعترف ضابط كبير في الجيش الإسرائيلي، أن السلاح الحربي لبلاده قصف القاعدة العسكرية الـ\"تيفور\" بسورية، حيث استهدف "
       "القصف عناصر من الحرس الثوري الإيراني.\n"
       "وقالت إيران إن الطائرات الإسرائيلية أطلقت النار من الأجواء اللبنانية.")


def test_a_bare_bombardment_in_a_report_of_aircraft_and_no_guns_is_an_air_strike():
    ev = max(extract(_T4, lang="ar", published="2018-04-16").events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 7)


def test_a_bare_bombardment_with_shells_named_stays_shelling():
    ev = max(extract("قصفت قوات النظام بلدة كفرنبل بقذائف الهاون صباح اليوم بينما حلقت طائرات الاستطلاع فوق المنطقة.",
                     lang="ar", published="2018-04-16").events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


# Jawhara FM (ANT corpus), the toll told two sentences after the headline's incident
_RAMMING = ("قتلى وجرحى في عملية دهس في السويد\n"
            "دهست شاحنة مجموعة من المارة في أحد شوارع العاصمة السويدية ستوكهولم، وذلك بعد اصطدامها بواجهة مركز تجاري.\n"
            "وأوردت وسائل إعلام محلية أن الحادث الذي جدّ بالقرب من مقر البرلمان السويدي، أسفر عن وقوع 3 قتلى وعدد من "
            "الجرحى، وأضافت أن الشرطة لم تتمكن بعد من تحديد هوية سائق الشاحنة.")


def test_the_toll_of_the_incident_told_later_is_the_incidents():
    ev = max(extract(_RAMMING, lang="ar", published="2017-04-07").events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 3)
