"""ACLED notes and press pages read as an analyst would code them (stop 53). The texts are ACLED's own notes, with the
row's coding written above each, or a page's own words (sources above each text)."""
from __future__ import annotations

from sitrep import extract
from tests.conftest import side_names, top_event as _main

# ACLED's Benin row (JoshMerfeld/saereplication, data/acled.csv), 15 October 2022: Riots / Mob violence, Rioters
# (Benin) / Civilians (Benin), 0 fatalities, Koko (Benin)
KOKO = "On 15 October 2022, a group beat a suspected robber before taking him to the police in Koko (Bante, Collines)."
# ACLED's Burkina Faso row (olivia-redman/GEOG456, 1900-01-01-2022-11-02-Burkina_Faso.csv), 2 August 2021: Violence
# against civilians / Abduction/forced disappearance, JNIM: Group for Support of Islam and Muslims / Civilians (Burkina
# Faso), 0 fatalities, Piega (Burkina Faso)
PIEGA = ("On 2 August 2021, presumed JNIM militants abducted two male farmers in the village of Piega (Matiacoali, "
         "Gourma). The two men were released on 3 August.")


def test_a_division_named_by_a_common_word_in_a_bracket_places_the_town_in_its_country():
    # ("Collines", hills, is Benin's department only in the bracket of divisions after a town; Koko is then no
    # Cocoa in Florida, and the crowd and its victim are Benin's)
    ev = _main(KOKO, published="2022-10-15")
    assert (ev.location.country, ev.location.name) == ("BJ", "Banté")
    assert (ev.sub_event_type, *side_names(ev)) == ("Mob violence", "Rioters (Benin)", "Civilians (Benin)")


def test_a_province_the_gazetteer_holds_only_with_its_kind_word_is_read_in_a_bracket():
    # ("Gourma" alone is also Mali's Gourma-Rharous: after a town, in the bracket of its divisions, it is Burkina
    # Faso's province, so the farmers JNIM abducted are Burkina Faso's civilians, not Mali's, JNIM's home)
    ev = _main(PIEGA, published="2021-08-02")
    assert (ev.location.country, ev.location.name) == ("BF", "Gourma Province")
    assert side_names(ev) == ("JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)")


# ACLED's Chad row (PeterRowing/ConflictProject, ACLED_Chad.csv), 20 October 2020: Battles / Armed clash, Torrok
# Communal Militia (Chad) on both sides, 0 fatalities
TORROK = (
    "On 20 October 2020, farmers and pastoralists clashed with arrows and rocks over a land dispute in the village of "
    "Torrok, situated 30km from Pala (Mayo-Kebi Ouest, Mayo-Dallah). Three people were seriously injured.")
# https://en.m.wikinews.org/wiki/Clashes_between_herders_and_farmers_in_Nigeria_kill_thirty (2009-12-22)
NASARAWA = (
    "Clashes between herders and farmers in Nigeria kill thirty\n\nTuesday, December 22, 2009\n\nAccording to "
    "reports, at least 30 people have been killed in fighting between farmers and cattle herders in the central "
    "Nasarawa State of Nigeria.\n\nMember of parliament Mohammed Baba Ibaku said that the incident began on Friday, "
    "when armed herders raided the farm village of Udeni Gida. He commented that scores of homes were set on fire "
    "during the attack, and added that the herders were from the neighboring Kogi and Taraba states. The violence had "
    "occurred after a few weeks of tension between the two, mainly due to competition for land, which is becoming "
    "scarcer because of desertification.")
# ACLED's Sudan rows (eviejones/msc-final-project, data/acled/acled_sudan.csv): 3 February 2019, Violence against
# civilians / Attack, Unidentified Communal Militia (Sudan) / Civilians (Sudan), 3 fatalities; 27 October 2017, the
# same coding, 9 fatalities
TAMEL_DAHEASH = (
    "On Feb 3rd, armed pastoralists killed three farmers at Tamel Daheash (North Darfur; no geographic information "
    "found, coordinates for El Fasher used at prec3). The farmers had been trying to stop the pastoralists from "
    "grazing their animals on their land.")
FUNGULI = ("A group of armed nomads attacked Fallata and Fur returnees in Funguli village, 54 km north-west of the "
           "team site at Menawashei, in East Jebel Marra locality, killing five and injuring several others.")


def test_farmers_and_pastoralists_told_as_one_subject_are_two_communal_militias():
    ev = _main(TORROK, published="2020-10-20")
    assert (ev.sub_event_type, *side_names(ev)) == (
        "Armed clash", "Unidentified Communal Militia (Chad)", "Unidentified Communal Militia (Chad)")
    assert (ev.actor1.text, ev.actor2.text) == ("farmers", "pastoralists")


def test_a_deadly_fight_between_farmers_and_herders_is_a_clash_of_their_communities_not_an_attack():
    # (the toll's "30 people have been killed" no longer makes the farmers attackers of civilians; the herders who
    # raided a village are their community's militia, no rioters)
    events = extract(NASARAWA, lang="en", published="2009-12-22").events
    ev = _main(NASARAWA, published="2009-12-22")
    assert (ev.sub_event_type, ev.fatalities, *side_names(ev)) == (
        "Armed clash", 30, "Unidentified Communal Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)")
    raid = next(e for e in events if e.trigger.text == "raided")
    assert (raid.sub_event_type, raid.actor1.name) == ("Attack", "Unidentified Communal Militia (Nigeria)")


def test_herders_who_kill_or_attack_are_their_communitys_militia_not_a_mob():
    ev = _main(TAMEL_DAHEASH, published="2019-02-03")
    assert (ev.event_type, ev.sub_event_type, ev.actor1.name, ev.fatalities) == (
        "Violence against civilians", "Attack", "Unidentified Communal Militia (Sudan)", 3)
    ev = _main(FUNGULI, published="2017-10-27")
    assert (ev.sub_event_type, ev.actor1.name.split(" (")[0], ev.actor1.text) == (
        "Attack", "Unidentified Communal Militia", "armed nomads")


# ACLED's Somalia row (Kelvin2005/Statistics_Project, red_sea_yemen_candidate_2025-05-28_to_present.csv), 28 May 2025:
# Strategic developments / Headquarters or base established, Al Shabaab, no actor2, 0 fatalities
MASALA = ("On 28 May 2025, Al Shabaab have established a large training facility in Masala village (Balcad, Middle "
          "Shabelle). 500 fighters currently stationed at the site.")
# ACLED's Yemen row (Kelvin2005/Statistics_Project, red_sea_yemen_houthi_related_2023_plus.csv), 3 January 2025:
# Violence against civilians / Attack, Military Forces of Yemen (2017-) Houthi / Civilians (Yemen), 1 fatality
YARIM = ("On 3 January 2025, a Houthi militant shot and killed 1 civilian in Yarim district (coded to district center "
         "Yarim) (Ibb). The reason behind the attack was not reported.")


def test_an_armed_groups_new_training_facility_is_a_base_established():
    ev = _main(MASALA, published="2025-05-28")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2) == ("Headquarters or base established", "Al Shabaab", None)


def test_one_armed_man_who_shot_and_killed_is_the_subject_not_a_noun_phrase_with_shot():
    # (spaCy's small model read "a Houthi militant shot" as one noun phrase, the militant lost as the author)
    ev = _main(YARIM, published="2025-01-03")
    assert (ev.sub_event_type, ev.fatalities, *side_names(ev)) == (
        "Attack", 1, "Military Forces of Yemen Houthi", "Civilians (Yemen)")


# ACLED's Sudan row SUD12948 (eviejones/msc-final-project, data/acled/acled_sudan.csv), 28 January 2019: Battles /
# Armed clash, Beni Halba Ethnic Militia (Sudan) / Beni Hussein Ethnic Militia (Sudan), 0 fatalities
KORARE = ("On Jan 28th, Beni Halba and Beni Hussein groups clashed in the area of Korare (Central Darfur), causing "
          "several injuries. The dispute was later peacefully resolved.")
# ACLED's Yemen row (Kelvin2005/Statistics_Project, red_sea_yemen_houthi_related_2023_plus.csv), 22 June 2023:
# Violence against civilians / Attack, Al Hashmi Tribal Militia (Yemen) / Civilians (Yemen), 1 fatality
AS_SADIYAH = ("On 22 June 2023, armed men from Al Hashmi tribe shot and killed 1 member of Dabwan tribe in As Sadiyah "
              "village (Ibb, Ibb). The two tribes have been clashing because of tribal vengeance with one source "
              "accusing the Houthis of fueling tribal disputes.")
# ACLED's Mali row (skytheacademic/violence_as_a_condition, data/1900-01-01-2022-06-16.csv), 9 June 2022: Strategic
# developments / Disrupted weapons use, Wagner Group / JNIM: Group for Support of Islam and Muslims, 0 fatalities
FIKO = ("Defusal: On 9 June 2022, Russian forces (assumed to be Wagner Group) discovered and destroyed an IED likely "
        "planted by JNIM militants near the village of Fiko (Bandiagara, Mopti).")


def test_two_peoples_told_as_one_subject_of_a_clash_are_each_ones_ethnic_militia():
    ev = _main(KORARE, published="2019-01-28")
    assert (ev.sub_event_type, *side_names(ev)) == (
        "Armed clash", "Beni Halba Ethnic Militia (Sudan)", "Beni Hussein Ethnic Militia (Sudan)")


def test_a_feud_the_tribes_have_been_fighting_is_the_background_of_the_killing_told_first():
    # (the second sentence's "have been clashing" has no date of its own: the first sentence's is the killing's)
    result = extract(AS_SADIYAH, lang="en", published="2023-06-22")
    assert result.primary == "Attack"
    clash = next(e for e in result.events if e.sub_event_type == "Armed clash")
    assert clash.modality == "background"
    ev = _main(AS_SADIYAH, published="2023-06-22")
    assert (ev.sub_event_type, ev.fatalities, *side_names(ev)) == (
        "Attack", 1, "Al Hashmi Tribal Militia (Yemen)", "Civilians (Yemen)")


def test_forces_the_coder_assumes_to_be_a_named_group_are_that_group():
    ev = _main(FIKO, published="2022-06-09")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor1.text) == (
        "Disrupted weapons use", "Wagner Group", "Russian forces")


# https://www.dw.com/en/sudan-two-protesters-killed-in-anti-coup-rally/a-60777848 (2022-02-15)
KHARTOUM_RALLY = (
    "Sudan: Two protesters killed in rally\nFebruary 15, 2022Two protesters were shot dead by Sudanese security forces "
    "on Monday, medics said.\nRegular mass protests have been held in Sudan since a military coup that occurred in "
    "October 2021. The putsch was led by army chief Abdel Fattah al-Burhan.\nThe coup derailed a power-sharing "
    "agreement between the army and civilians negotiated after former President Omar al-Bashir was ousted in 2019.")


def test_excessive_force_names_the_protesters_first_and_the_force_second_as_acled_does():
    # (ACLED's rows SUD18362, 2022, and YEM100315, 2025: 'Protesters (Sudan)' / 'Police Forces of Sudan (2019-)',
    # 'Protesters (Yemen)' / 'Police Forces of Yemen (2017-) Houthi', as for an intervention)
    ev = _main(KHARTOUM_RALLY, published="2022-02-15")
    assert (ev.sub_event_type, ev.fatalities, ev.actor1.name) == (
        "Excessive force against protesters", 2, "Protesters (Sudan)")
    assert ev.actor2.name.endswith("of Sudan") and ev.actor2.kind in ("state_military", "police")


# ACLED's Sudan row (eviejones/msc-final-project, data/acled/acled_sudan.csv), 21 July 2019: Violence against
# civilians / Attack, Darfur Communal Militia (Sudan) / Civilians (Sudan), 0 fatalities
KUTUM = ("On or around July 21st, pastoralist militias were reported to have engaged in a spate of attacks against "
         "farmers at several locations in Kutum and Tawila localities (North Darfur state). The farmers were beaten "
         "and expelled from their farms. Two events coded (one in Tawila, the other in Kutum, both at prec2).")


def test_farmers_expelled_from_their_farms_lose_no_ground_and_the_militias_that_attacked_them_are_communal():
    # (no government regains territory; the raised subject of "were reported to have engaged in ... attacks" is the
    # author, a communal militia)
    result = extract(KUTUM, lang="en", published="2019-07-21")
    assert "Government regains territory" not in {e.sub_event_type for e in result.events}
    ev = _main(KUTUM, published="2019-07-21")
    assert (ev.sub_event_type, *side_names(ev)) == (
        "Attack", "Unidentified Communal Militia (Sudan)", "Civilians (Sudan)")
    assert ev.actor1.text == "pastoralist militias"


# ACLED's Mozambique row (skytheacademic/violence_as_a_condition, data/1900-01-01-2022-06-16.csv), 5 November 2019:
# Battles / Armed clash, Islamist Militia (Mozambique) / Wagner Group, 1 fatality
LIMALA = ("On 5 November 2019, around 60 members of an Islamist militia ambushed Wagner Group mercenaries near Limala "
          "(Mocimboa da Praia, Cabo Delgado), attacking their vehicles with rocket propelled grenades and assault "
          "rifles. The Wagner unit's commander was killed and two were injured. Wagner report claimed that assailants "
          "wore green camouflage uniforms presumably taken from the Mozambican forces and spoke in Arabic.")


def test_members_of_a_group_are_that_group_not_the_one_they_ambushed():
    # (the group "members of" names is looked for in their own noun phrase, not past the verb in its object)
    ev = _main(LIMALA, published="2019-11-05")
    assert (ev.sub_event_type, ev.fatalities, *side_names(ev)) == (
        "Armed clash", 1, "Islamist Militia (Mozambique)", "Wagner Group")


# ACLED's Yemen row (Kelvin2005/Statistics_Project, red_sea_yemen_houthi_related_2023_plus.csv), 8 May 2024: Strategic
# developments / Arrests, Police Forces of Yemen (2022-2026) Presidential Leadership Council - STC Aden Security /
# Civilians (Yemen), 0 fatalities
AL_BURAYQAH = (
    "On 8 May 2024, STC-affiliated security forces (coded as STC Aden Security) arrested a prominent businessman and "
    "Subayhah sheikh on the border of Tawr al Baha district and Al Burayqah district (coded to Aden - Al Burayqah) "
    "(Al Buraiqeh) accused of quietly forging ties with the Houthis.")


def test_forces_coded_as_a_state_unit_arrest_and_do_not_abduct():
    # (the STC's Aden Security belongs to the Presidential Leadership Council's police since 2022: an arrest, not an
    # abduction by a rebel group)
    ev = _main(AL_BURAYQAH, published="2024-05-08")
    assert (ev.sub_event_type, *side_names(ev)) == (
        "Arrests", "Police Forces of Yemen Presidential Leadership Council - STC Aden Security", "Civilians (Yemen)")


# ACLED's Philippines row (PeterRowing/ConflictProject, ACLED_Phil.csv), 8 August 2020: Battles / Armed clash, MNLF:
# Moro National Liberation Front on both sides, 2 fatalities
PATIKUL = (
    "On 8 August 2020, two MNLF fighters were killed while five were wounded in an hour-long firefight between two "
    "MNLF factions - one group under MNLF founding chair Nur Misuari, and another the MNLF Anti-Kidnapping and "
    "Terrorism Task Force (MNLF-AKTF) organized by MNLF chair Yusop Jikiri - in Patikul, Sulu. The MNLF-AKTF accused "
    "the Misuari group of 'coddling' Abu Sayyaf militants.")


def test_a_fight_between_two_factions_of_one_group_has_the_group_on_both_sides():
    ev = _main(PATIKUL, published="2020-08-08")
    assert (ev.sub_event_type, ev.fatalities, *side_names(ev)) == (
        "Armed clash", 2, "MNLF: Moro National Liberation Front", "MNLF: Moro National Liberation Front")


# Press pages of BP_31, read while building this stop's changes: the pages' own words
# https://fr.allafrica.com/stories/202110020155.html (2021-10-02)
NDJAMENA_MARCH = (
    "Tchad: La manifestation de Wakit Tama dispersée par les forces de l'ordre\n\nCe samedi, la coalition "
    "d'opposition et de la société civile Wakit Tama avait prévu de manifester pour protester contre la gestion du "
    "pays par les autorités de transition. Mais ceux qui se sont rassemblés dans les rues de Ndjamena ont été "
    "dispersés par les forces de l'ordre. La coalition et les autorités n'ont pas trouvé d'accord sur le parcours du "
    "rassemblement.\n\nLa police a chargé alors que les manifestants, visiblement plus nombreux que d'habitude, "
    "tentaient de se regrouper au niveau du rond-point à double voie. C'est là que Wakit Tama avait donné rendez-vous "
    "à ses militants pour cette marche qui devait aller du rond-point jusqu'au grand stade de la ville.\n\nPour la "
    "police, les marcheurs devaient respecter l'itinéraire habituel des marches, qui va plutôt du rond-point Hamama "
    "au Palais du 15 janvier. Un itinéraire que Wakit Tama n'a pas accepté, avançant des arguments "
    "stratégiques.\n\nDes tirs de gaz lacrymogènes ont été effectués par les forces de l'ordre pour dispersée la "
    "foule. Autour du rond-point et dans un périmètre d'environ 500 mètres, l'air était irrespirable. Dans les "
    "concessions comme dans les ruelles, des habitants on tenté de réduire l'effet des grenades lacrymogènes en "
    "s'aspergeant d'eau.\n\nD'autre part, les manifestants ont aussi tenté de harceler la police qui patrouillait "
    "dans les rues et ruelles autour de ce rond-point du 7e arrondissement de la capitale.")
# https://radioalgerie.dz/news/fr/article/20210119/205815.html (2021-01-19)
TUNISIA_NIGHTS = (
    "Tunisie : heurts nocturnes dans plusieurs villes\n\nDes heurts ont éclaté pour la quatrième nuit consécutive "
    "dans plusieurs villes de Tunisie, où des jeunes ont pris pour cible la police mobilisée pour faire respecter le "
    "couvre-feu lié à la pandémie de coronavirus et qui a répliqué avec des gaz lacrymogènes, a indiqué l'agence de "
    "presse TAP.\n\nA Tunis, quelques centaines de jeunes ont jeté des \"pierres et quelques cocktails Molotov\" sur "
    "des policiers déployés notamment dans plusieurs quartiers populaires dont la vaste cité d'Ettadhamen située en "
    "périphérie de la capitale. Les forces de l'ordre ont répliqué par des gaz lacrymogènes.\n\nA Sfax, deuxième plus "
    "grande ville du pays, des protestataires ont incendié des pneus et coupé des routes, selon des médias.\n\nDes "
    "heurts ont également eu lieu à Gafsa, où les habitants protestaient contre la destruction par les autorités d'un "
    "point de vente informel, selon les mêmes sources.\n\nDes échauffourées ont également éclaté au Kef, à Bizerte "
    "(nord) et Kasserine (centre-ouest), à Sousse et Monastir (centre-est), selon des médias locaux.\n\nLe procureur "
    "général près le tribunal de première instance de Bizerte a émis, lundi, des mandats de dépôt à l'encontre de 36 "
    "personnes pour avoir participé à des actes de vandalisme dans la région durant les derniers jours, a indiqué le "
    "porte-parole du tribunal, Walid AchBelleh.\n\nDans une déclaration à l'Agence TAP, la même source a ajouté que "
    "six mineurs ont été également différés devant le juge des enfants pour le même délit.\n\nLe ministère de "
    "l'Intérieur, qui avait annoncé lundi plus de 600 arrestations, n'était pas en mesure à ce stade de détailler les "
    "arrestations et dégâts survenus dans la nuit de lundi à mardi.")
# http://origin-web.yenisafak.com/ar/world/4109179 (2025-11-17)
AL_JABA_SETTLERS = (
    "الضفة.. مستوطنون إسرائيليون يضرمون النار بمنازل وممتلكات فلسطينية\n\n- ضمن هجمات تركزت في قرية الجبعة جنوب غرب "
    "مدينة بيت لحم وبلدة سعير شمال شرق الخليل\n- مستوطنون هاجموا رعاة أغنام في التجمعين البدويين \"أبو غالية\" "
    "و\"العراعرة\" قرب بلدة عناتا شرقي القدس المحتلة\n\nأحرق مستوطنون إسرائيليون، مساء الاثنين، منازل وممتلكات "
    "فلسطينية ضمن هجمات استهدفت قرى وبلدات في الضفة الغربية المحتلة، كما هاجموا رعاة أغنام في تجمعين بدويين شرقي "
    "القدس.\n\nوذكرت وكالة الأنباء الرسمية الفلسطينية \"وفا\" أن مستوطنين إسرائيليين أحرقوا 3 منازل و3 مركبات "
    "و\"كرفانا\" في قرية الجبعة جنوب غرب مدينة بيت لحم جنوبي الضفة.\n\nونقلت الوكالة عن رئيس مجلس قروي الجبعة، ذياب "
    "مشاعلة، قوله إن مجموعات من المستوطنين \"هاجمت القرية وأحرقت ثلاثة منازل مأهولة وثلاث مركبات، إضافة إلى كرفان "
    "(غرفة متنقلة)\".\n\nوأشار إلى أن أهالي القرية \"تمكنوا من إخماد النيران دون تسجيل إصابات، لكن أضرارا مادية جسيمة "
    "لحقت بالمنازل والمركبات المستهدفة\".")
# https://sudanindependent.com/news/politics/2025/03/22/الجيش-اللبناني-يفكك-3-منصات-صو (2025-03-22)
LITANI_LAUNCHERS = (
    "الجيش اللبناني يفكك 3 منصات صواريخ بدائية شمال نهر الليطاني\n\nأعلن الجيش اللبناني، اليوم (السبت)، العثور على "
    "ثلاث منصات صواريخ بدائية الصنع شمال نهر الليطاني.\n\nوجاء في بيان لقيادة الجيش نشرته على موقعها الإلكتروني: «على "
    "أثر إطلاق صواريخ من الأراضي اللبنانية نحو الأراضي الفلسطينية المحتلة، أجرى الجيش عمليات مسح وتفتيش وعثر بنتيجتها "
    "على ثلاث منصات صواريخ بدائية الصنع في المنطقة الواقعة شمال نهر الليطاني بين بلدتَي كفرتبنيت وأرنون - النبطية، "
    "وعمل على تفكيكها».\n\nوأضاف البيان: «تستمر الوحدات العسكرية في اتخاذ التدابير اللازمة لضبط الوضع في "
    "الجنوب».\n\nوكان الجيش الإسرائيلي قد أعلن اعتراض ثلاثة صواريخ من أصل خمسة أُطلقت من لبنان على منطقة المطلة "
    "الحدودية.")
# https://kawalisserif.com/2025/10/24/فجيج-تتوحد-ضد-تسليع-الماء-مسيرة-حاشدة (2025-10-24)
FIGUIG_MARCH = (
    "فجيج تتوحد ضد تسليع الماء: مسيرة حاشدة\n\nشهدت مدينة فجيج، أمس الخميس، مسيرة شعبية واسعة بمناسبة الذكرى الثانية "
    "لانطلاق \"حراك الماء\"، الذي تصدت فيه الساكنة لمحاولة تفويت قطاع الماء للشركة الجهوية متعددة الخدمات. وجابت "
    "المسيرة شوارع المدينة الرئيسية، حاملين شعارات قوية ترفض خوصصة الماء الصالح للشرب، ومطالبين بالحفاظ على حق السكان "
    "في التنمية والصحة العامة، مؤكّدين تمسكهم بموقفهم الرافض للتفويت حتى لو تطلب الأمر سنوات من الاحتجاج "
    "المستمر.\n\nويعود الحراك الشعبي إلى سنة 2023، عندما صوّت المجلس الجماعي ضد تفويت تدبير الماء قبل أن يتراجع "
    "لاحقاً في دورة استثنائية ويصادق على التفويت للشركة الجهوية \"الشرق للتوزيع\"، ما أثار موجة غضب جماهيري واسعة، "
    "وفق ما أكدت التنسيقية المحلية للترافع عن قضايا التنمية بفجيج. وأشارت التنسيقية إلى أن هذا القرار اعتُبر بمثابة "
    "\"انقلاب على الإرادة المحلية وتهديد للحق التاريخي للسكان في الماء\"، مطالبة بوقف التفويت واستعادة الشرعية في "
    "إدارة هذا القطاع الحيوي.\n\nوجسدت المسيرة مشاركة نسائية بارزة، حيث ارتدت النساء رداءهن الأبيض رمزاً للسلام والحق "
    "في الموارد الأساسية.")


def test_a_coalitions_name_that_ends_with_a_foreign_towns_is_no_place():
    # ("Wakit Tama", a Chadian coalition, is no Tama in Tokyo: the march is Chad's, in N'Djamena)
    ev = _main(NDJAMENA_MARCH, "fr", "2021-10-02")
    assert (ev.sub_event_type, ev.location.name, *side_names(ev)) == (
        "Protest with intervention", "N'Djamena", "Protesters (Chad)", "Police Forces of Chad")


def test_a_headlines_clashes_whose_lead_tells_youths_against_the_police_are_a_riot():
    ev = _main(TUNISIA_NIGHTS, "fr", "2021-01-19")
    assert (ev.sub_event_type, *side_names(ev)) == (
        "Violent demonstration", "Rioters (Tunisia)", "Police Forces of Tunisia")


def test_the_nationality_of_burned_property_names_its_owners_not_the_author():
    # ("منازل وممتلكات فلسطينية": Palestinian homes and property, which Israeli settlers set on fire)
    ev = _main(AL_JABA_SETTLERS, "ar", "2025-11-17")
    assert (ev.sub_event_type, *side_names(ev)) == (
        "Looting/property destruction", "Settlers (Israel)", "Civilians (Palestine)")


def test_rocket_launchers_an_army_dismantles_are_disrupted_weapons_use():
    ev = _main(LITANI_LAUNCHERS, "ar", "2025-03-22")
    assert (ev.sub_event_type, ev.actor1.name) == ("Disrupted weapons use", "Military Forces of Lebanon")


def test_residents_who_stood_up_to_a_plan_fought_nobody():
    # ("تصدت فيه الساكنة لمحاولة تفويت قطاع الماء": the residents resisted the privatisation of water, in words)
    ev = _main(FIGUIG_MARCH, "ar", "2025-10-24")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1.name.startswith("Protesters")


# https://howiyapress.com/وكالة-الأنباء-الجزائرية-تعلن-عن-توقيف/ (2021-03-26)
ALGIERS_HIRAK = (
    "وكالة الأنباء الجزائرية تعلن عن توقيف مغربي في \"الحراك الاحتجاجي\"\n\n26 مارس 2021 20:47\n\nهوية بريس – "
    "متابعات\n\nقالت وكالة الأنباء الجزائرية أن السلطات الأمنية أوقفت اليوم الجمعة، شخصا من جنسية مغربية، وسط "
    "المشاركين في مسيرة للحراك الاحتجاجي في الجزائر.\n\nونقلت ذات الوكالة عن بيان لأمن الجزائر، أن \"المواطن المغربي "
    "يبلغ من العمر 30 سنة ويتواجد في إقامة غير شرعية بالجزائر\"، مضيفا أن \"التحقيق مفتوح من قبل مصالح أمن ولاية "
    "الجزائر\".\n\nوانطلقت في مدن جزائرية عدة الجمعة مسيرات جديدة للحراك الاحتجاجي، رافعة شعارات مناهضة للسلطة "
    "الحاكمة وللجيش ومعارضة للانتخابات التشريعية المبكرة.\n\nوفي العاصمة الجزائر، بدأت المسيرات بخروج المصلين من "
    "المساجد بعد اداء صلاة الجمعة كما في مسجد الرحمة ومسجد ابن باديس والمؤمنون، ليحتشدوا بالآلاف في ساحات موريس أودان "
    "والبريد المركزي، كما شاهد مراسل وكالة فرنس برس.\n\nوعلى غير العادة كان الانتشار الأمني خفيفا حيث ارتكز على "
    "الأماكن الحساسة كمقر الحكومة والرئاسة وكذلك مبنى التلفزيون.\nأظهرت صور بثها ناشطون عبر مواقع التواصل الاجتماعي "
    "مسيرات في بجاية وقسنطينة وعنابة (شرق) وتيزي وزو والبويرة (وسط) ووهران (غرب).\n\nوشهدت العاصمة توقيف عدد من "
    "الناشطين قبل نهاية المسيرة.")


def test_the_marches_of_a_report_that_tells_no_strike_are_no_drones():
    # ("مسيرات" is both marches and drones: "بدأت المسيرات بخروج المصلين من المساجد", the marches began as the
    # worshippers left the mosques, in a report of the Hirak's Friday marches that tells no strike)
    events = extract(ALGIERS_HIRAK, lang="ar", published="2021-03-26").events
    assert events and not [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert {e.event_type for e in events} == {"Protests"}
