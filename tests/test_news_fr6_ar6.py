"""News pages read as ACLED codes them (sets FR6 and AR6): a flood's dead are its toll, not an attack's; missiles
fired by aircraft are an air strike; a strike only presumed Russian is still Russia's; ground taken ("احتلت",
"falls into the hands of") or a base received is ground that changed hands; residents who burn a police station
riot; factions that announce their merger change as groups; a food store carried off is looted; a base handed
over to an army is taken by it; a bombing two groups claimed names neither; the killings a protest voices anger at
are its grievance. Each text is the report's own words, its opening paragraphs (its address in the comment)."""
from sitrep import extract

from tests.conftest import top_event


def test_a_floods_dead_and_missing_are_its_toll_not_an_attack():
    # senego.com, Pakistan monsoon toll (senego.com/pakistan-le-bilan-des-pluies-de-mousson-seleve-a-104-morts_1858816.html)
    result = extract(
        'Au Pakistan, les fortes pluies de mousson et les inondations qui sévissent depuis le 26 juin '
        'ont causé la mort de 104 personnes, selon un bilan communiqué samedi par l’Autorité nationale '
        'de gestion des catastrophes (NDMA). Six décès supplémentaires ont été enregistrés au cours '
        'des dernières 24 heures.\nBilan des victimes par province\nLa province du Pendjab (nord-est) '
        'déplore deux nouveaux décès liés aux intempéries, portant le total à 39 morts et 103 blessés '
        'depuis le début de la saison des pluies. Le Khyber Pakhtunkhwa (nord-ouest) enregistre un '
        'nouveau décès, avec un bilan total de 31 morts et 51 blessés. Au Baloutchistan (sud-ouest), '
        'trois décès supplémentaires portent le bilan à 16 morts et 4 blessés. La province du Sindh '
        '(sud) compte 17 morts et 37 blessés. Enfin, la région d’Azad Jammu-et-Cachemire déplore un '
        'décès et cinq blessés.', lang="fr")
    assert result.primary == "Natural disaster"
    assert not result.events


def test_floods_that_swept_two_provinces_killed_nobody_named():
    # Al Jazeera (aljazeera.net), floods in Algeria, Syria and Jordan, April 2018
    result = extract(
        'فيضانات وسيول جارفة تجتاح دولا عربية\n\nسيول جارفة في أحياء بدمشق\nمياه الأمطار تغطي أحد الشوارع '
        'في حي دمشقي (التواصل الاجتماعي)\nتشهد بعض الدول العربية، خاصة المطلة على البحر المتوسط لليوم '
        'الثالث على التوالي، أحوالا جوية متقلبة، تصاحبها أمطار غزيرة تصل لحد السيول أحيانا، مصحوبة '
        'بعواصف رعدية تسببت حتى صباح الجمعة بقتل العديد من الأشخاص وإصابة العشرات إلى جانب خسائر مادية '
        'كبيرة.\n\nففي الجزائر أعلنت قوات الدفاع المدني أن خمسة أشخاص لقوا مصرعهم الخميس، إثر فيضانات '
        'اجتاحت ولايتين غربي الجزائر، وخلفت أضرارا مادية كبيرة.', lang="ar", published="2018-04-27")
    assert result.primary == "Natural disaster"
    assert not [e for e in result.events if e.sub_event_type in ("Armed clash", "Attack")]


def test_aircraft_that_fire_missiles_at_a_building_carry_out_an_air_strike():
    # Al-Resalah (alresalah.ps), Tal al-Hawa, Gaza City, 13 Sep 2025
    result = extract(
        'استشهد ستة مواطنين، مساء اليوم، جراء استهداف طائرات الاحتلال (الإسرائيلي) بناية سكنية في حي '
        'تل الهوى غرب مدينة غزة، في عدوان جديد يفاقم من حصيلة الضحايا المدنيين في القطاع.\n\nوأفادت مصادر '
        'محلية بأن طائرات الاحتلال استهدفت البناية بعدة صواريخ، ما أدى إلى تدميرها بشكل كامل وسقوط '
        'الشهداء والجرحى، وسط عمليات إنقاذ متواصلة لمحاصرين تحت الركام.\n\nويأتي هذا الاستهداف في سياق '
        'سياسة الاحتلال القائمة على قصف الأحياء السكنية المكتظة، ما يرفع عدد الشهداء منذ فجر اليوم '
        'ويزيد معاناة السكان الذين يفتقرون لوسائل الإجلاء أو الحماية.', lang="ar", published="2025-09-13")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 6)
    assert result.primary == "Air/drone strike"


def test_a_strike_only_presumed_russian_is_still_russias():
    # franceinfo (francetvinfo.fr), Kostiantynivka market, 6 Sep 2023
    ev = top_event(
        'Mercredi 6 septembre, une frappe présumée russe a tué 17 civils sur un marché de la ville '
        'de Kostiantynivka, dans le Donetsk (Ukraine). Une trentaine de personnes ont également été '
        'blessées. Sur place, les habitants sont consternés.\n\nUn bruit sourd, suivi d’une très forte '
        'explosion. Un missile vient de s’écraser sur un marché très fréquenté de la ville de Kostiantynivka '
        '(Ukraine). Sur le sol, il y a de nombreux corps. La frappe, présumée russe, a tué au moins '
        '17 personnes, des Ukrainiens venus faire leurs courses de bon matin, mercredi 6 septembre. '
        'Les secours évacuent une trentaine de blessés. Certains ont des membres arrachés. "Mon amie '
        'était fleuriste sur ce marché. Elle a été tuée ici en vendant des fleurs", témoigne une femme '
        'endeuillée.', lang="fr")
    assert ev.event_type == "Explosions/Remote violence"
    assert (ev.actor1.name, ev.fatalities) == ("Military Forces of Russia", 17)


def test_a_town_the_taliban_occupy_is_taken_by_them():
    # Akhbar al-Aan (akhbaralaan.net), Sheberghan, 7 Aug 2021
    result = extract(
        'طالبان تحتل ولاية ثانية من أفغانستان\n\n  • ولاية تسقط عاصمتها في أيدي المتمرّدين\n  • سيطرت '
        'طالبان على أجزاء واسعة من الأرياف في أفغانستان\n  • هجومات  طالبان تزامنت مع بدء آخر مراحل '
        'انسحاب القوات الأجنبية\n\nاحتلت   طالبان   السبت  مدينة شبرغان الواقعة في  جوزجان  ، وفق ما '
        'أفاد به نائب حاكم ثاني ولاية تسقط عاصمتها في أيدي المتمرّدين في غضون أقل من 24 ساعة.\n', lang="ar", published="2021-08-07")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name) == ("Non-state actor overtakes territory", "Taliban")


def test_residents_who_burn_a_police_station_after_a_death_riot():
    # Mega24 Tunisia (ar-tn.mega24.news), TAP report, Souassi (Mahdia), 12 Apr 2021
    ev = top_event(
        'أقدم عدد من أهالي منطقة السواسي من ولاية المهدية، مساء أمس الاثنين، على حرق مركز شرطة وسيارة '
        'أمنية على إثر وفاة شابين في حادث مرور تسببت فيه سيارة أمنية، وفق ما أكده مصدر أمني لوكالة '
        'تونس إفريقيا للأنباء.\nوأفاد المصدر الأمني أن أقارب الشابين أحرقوا مركز الأمن والسيارة الأمنية '
        'التي صدمتهما كردة فعل على وفاة الشابين، وأوضح أن الضحيتين كانا يمتطيان دراجة نارية قبل أن '
        'تصدمها السيارة الأمنية، ويفارقا الحياة، وهو ما خلف حالة احتقان لدى ذويهما.\nوأوضح نفس المصدر '
        'أن النيران أتت على كامل مركز الأمن والسيارة الأمنية الرابضة أمامه، فيما غادر رجال الأمن المركز '
        'دون تسجيل أضرار بشرية.', lang="ar", published="2021-04-13")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Tunisia)")


def test_an_army_that_receives_a_base_from_the_americans_takes_it_over_without_fighting():
    # Burathanews (burathanews.com), the Shaddadi base, Al-Hasakah
    result = extract(
        'سوريا - لبنان - فلسطين\n\nالجيش السوري يتسلم قاعدة الشدادي العسكرية من الجانب الأمريكي\n\n\nأعلنت '
        'وزارة الدفاع السورية أن قوات الجيش العربي السوري تسلمت قاعدة "الشدادي" العسكرية بريف محافظة '
        'الحسكة وذلك بعد التنسيق مع الجانب الأمريكي، حيث ذكرت منصات إخبارية سورية خلال الأيام القليلة '
        'الماضية أن الجيش الأمريكي يقوم بإحراق مقاره في داخل قاعدة الشدادي إيذانا ببدء عملية الإخلاء '
        'ليصار إلى تسليمها لاحقا إلى قوات الجيش السوري.\n\nفيما تناقلت المنصات وناشطون عبر مواقع التواصل '
        'الاجتماعي صورا ومقاطع فيديو لمشاهد الحرائق وارتفاع أعمدة الدخان من داخل القاعدة. وجاء الإعلان '
        'حول "الشدادي" بعد أن تسلمت الحكومة السورية قاعدة التنف العسكرية التي تقع على المثلث الحدودي '
        'السوري مع الأردن والعراق.', lang="ar")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name) == ("Non-violent transfer of territory", "Military Forces of Syria")
    # "من داخل القاعدة", from inside the base, names no al-Qaeda
    assert all(e.actor1.name != "Al Qaeda" and (e.actor2 is None or e.actor2.name != "Al Qaeda") for e in result.events)


def test_factions_that_announce_their_merger_change_as_groups():
    # Burathanews (burathanews.com), Free Syrian Army factions in rural Hama merge as Jaish al-Nasr; "to confront the
    # regime's attack" is the merger's aim, no clash
    ev = top_event(
        'أعلنت ثلاثة فصائل تابعة للجيش السوري الحر، عاملة بريف حماة، اندماجها بشكل كامل تحت مسمى جيش '
        'النصر.\n\nوأكدت الفصائل، وهي تجمع صقور الغاب وجبهة الإنقاذ والفوج 111، في بيان لها تلاه أحد '
        'قادتها، أن خطوة الاندماج تأتي للتصدي لهجوم قوات النظام السوري والمليشيات الطائفية التابعة '
        'له على ريف حماة، على حد وصف البيان.', lang="ar")
    assert ev.sub_event_type == "Change to group/activity"


def test_soldiers_and_civilians_who_carry_off_a_food_store_loot_it():
    # Afrique7 (afrique7.com/?p=14210), the WFP warehouse in Juba; the crisis the country faces "depuis un moment" is
    # background
    ev = top_event(
        'Le Soudan du Sud est à la limite du chao ! Alors que le pays fait face depuis un moment à '
        'une crise sécuritaire née de la reprise des affrontements entre les forces gouvernementales '
        'et les anciens rebelles, sa population doit désormais composer avec le manque de nourritures.\nEn '
        'effet, des 4.500 tonnes de nourritures destinées à nourrir durant au moins un mois, plus de '
        '220.000 Sud-soudanais en détresse alimentaire, il ne reste plus rien. Ce week-end, militaires '
        'et civiles s’en sont pris au hangar du Programme alimentaire mondial (PAM) où étaient stockés '
        'les nourritures, et ont tout emporté.', lang="fr")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_base_handed_over_to_an_army_is_taken_over_by_it():
    # AGP (agpgabon.ga), Port-Bouët, 20 Feb 2025
    ev = top_event(
        'LIBREVILLE, 20 février 2025 (AGP) – La France a rétrocédé, ce jeudi, à l’armée ivoirienne, '
        'le camp militaire de Port-Bouët, près d’Abidjan, rapporte l’Agence France-Presse (AFP).\nLa '
        'cérémonie officielle de rétrocession s’est déroulée en présence du ministre français des Armées, '
        'Sébastien Lecornu et son homologue ivoirien, Teré Ibrahima Ouattara.', lang="fr", published="2025-02-20")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Non-violent transfer of territory", "Military Forces of Ivory Coast", "Military Forces of France")


def test_a_past_bombing_two_groups_claimed_gives_neither_to_the_days_attack():
    # kelnews.fr, Makran coastal road (Balochistan), 18 Apr 2019: the Quetta bombing the week before was claimed "tant
    # par le groupe Etat islamique que par les talibans pakistanais"
    ev = top_event(
        'Après avoir stoppé plusieurs bus sur une route côtière de la province du Balouchistan, au '
        'Pakistan, les assaillants ont abattu quatorze de leurs passagers jeudi 18 avril. Les attaquants, '
        'qui portaient des uniformes d’une force paramilitaire, « ont arrêté les bus à Makran [entre '
        'Karachi et la frontière iranienne] et ont abattu quatorze personnes », a déclaré Haider Ali, '
        'le directeur général du ministère de l’intérieur du Baloutchistan, province la plus instable '
        'du Pakistan, en proie à des violences.\n\nLes passagers tués « portaient des cartes d’identité '
        'qui ne venaient pas du Baloutchistan », a poursuivi M. Ali, ajoutant que deux officiers, l’un '
        'de la marine et l’autre des garde-côtes, faisaient partie des victimes. Un autre responsable '
        'administratif a confirmé l’attaque et son bilan.\n\n« Horrible attentat »\n\nLes bus faisaient '
        'la navette entre la mégalopole de Karachi et la ville côtière d’Omara, au Baloutchistan, selon '
        'le ministre de l’intérieur. « De tels incidents sont intolérables et nous n’épargnerons pas '
        'les terroristes qui ont perpétré cet horrible attentat », a réagi Mir Zia Langov, le ministre '
        'de l’intérieur du Baloutchistan.\n\nFrontalière avec l’Afghanistan et l’Iran, la province du '
        'Baloutchistan est secouée par une insurrection séparatiste et des violences islamistes, qui '
        'ont fait des centaines de morts ces dernières années. Au moins vingt personnes avaient été '
        'tuées et 48 blessées vendredi dans un attentat-suicide à Quetta, la capitale du Baloutchistan, '
        'revendiqué tant par le groupe Etat islamique que par les talibans pakistanais, en partenariat '
        'avec un autre groupe extrémiste.', lang="fr", published="2019-04-18")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Attack", "Unidentified Armed Group (Pakistan)", 14)


def test_the_killings_a_weekly_protest_voices_anger_at_are_its_grievance():
    # elmanshar.com, Suwayda, Karama square, 20 Sep 2025
    ev = top_event(
        'شهدت ساحة الكرامة وسط مدينة السويداء، في محافظة السويداء جنوب سوريا، تظاهرة احتجاجية يوم السبت '
        '20 سبتمبر 2025، تطالب بشعار “حق تقرير المصير” لأهالي المحافظة، إلى جانب المطالبة الفورية بالكشف '
        'عن مصير المخطوفين والإفراج عنهم.\nهذه التظاهرة تأتي في سياق سلسلة مظاهرات أسبوعية (غالبا يوم '
        'السبت) بدأت منذ أغسطس 2025، تعبر عن غضب المتظاهرين من الانتهاكات الأمنية والعسكرية التي وقعت '
        'في المحافظة، خاصة خلال اجتياح قوات الحكومة السورية المؤقتة وعشائر البدو الموالية لها في يوليو '
        '2025، والتي أسفرت عن مقتل عشرات المدنيين واختطاف مئات آخرين، بما في ذلك أكثر من 75 امرأة ما '
        'زال مصيرهن مجهولا.', lang="ar")
    assert (ev.sub_event_type, ev.actor1.name) == ("Peaceful protest", "Protesters (Syria)")
