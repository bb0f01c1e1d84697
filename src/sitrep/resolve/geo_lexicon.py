"""Word lists for the geoparser: function words, cue words, US/Canadian abbreviations, directions.

These are general-language resources (not fitted to any evaluation set): grammatical words of
French, English and Arabic that must never be read as a place name on their own, words that signal
a place nearby ("in", "à", "في", "province", "district"), and the postal/AP abbreviations of US
states and Canadian provinces that follow a town after a comma ("London, Ky.").
"""
from __future__ import annotations

import re

# Grammatical and very common words that are also the names of some hamlet somewhere (and a weapon's: "four Grad
# missiles", the BM-21 rocket, is no Slovenian municipality).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        a an the of in on at to from by for with as is are was were be been it its this that these those
        he she we they you i me him her us them my our your their his hers and or but not no yes so if
        then than there here when where who what which while after before over under about into onto
        up down out off all any some one two three many more most much few new old good bad great
        best may might can could will would should must also just only very even still last next
        first second third day week month year today said says say according however because since
        during between against among across near north south east west northern southern eastern
        western central mr mrs ms dr st police army people man woman men women president minister
        government officials official city town village state province county district region
        street road avenue centre center hospital church school university airport station
        monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december god hope liberty union victory
        independence reading mobile bath nice split sale orange lincoln alert area park valley lake
        river beach bay island port harbour harbor mount fort point springs falls hill hills heights
        plaza square market bridge castle tower village lane way court delta rivers plateau coast capital
        lakes upper lower littoral centre-nord centre-sud centre-est centre-ouest
        act federal hall garden patrol human media store summit alliance recovery commonwealth
        olympic globe air real part mark unite liberal superior golden green rose king forest temple mosque shrine
        grad
    """.split()),
    "fr": frozenset("""
        a à au aux le la les l un une des de du d en dans sur sous par pour avec sans chez vers
        entre et ou mais ni car donc or que qui quoi dont où ce cet cette ces il elle ils elles on
        nous vous je tu me te se lui leur leurs son sa ses mon ma mes ton ta tes notre votre nos vos
        est sont était été être a ont avait avoir fait plus moins très bien aussi tout tous toute
        toutes autre autres même selon après avant depuis pendant contre parmi lors nord sud est
        ouest centre ville village région province district état gouvernement président ministre
        armée police rue route hôpital école église aéroport base camp lundi mardi mercredi jeudi
        vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
        octobre novembre décembre dieu paix saint sainte
    """.split()),
    # (Arabic: also common words and month names that GeoNames lists as the Arabic name of a town abroad —
    # السلطات "the authorities" as Settat, الجزيرة as Algiers, مايو "May" as Mayo, "وزاريا" read as Zaria)
    "ar": frozenset("""
        في من إلى الى على عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت قد لقد لم لن
        ما لا أن إن وإن فإن وأن لأن أو ثم حتى بعد قبل عند بين منذ خلال ضد حول كل بعض غير أي التي عام يوم شهر
        سنة اليوم أمس قال وقال قالت أكد وأضاف مدينة المدينة بلدة قرية منطقة محافظة ولاية حي
        شارع طريق مستشفى مدرسة جامعة مطار قاعدة معسكر جبل نهر بحر سوق باب دار عين تل كفر أم أبو
        بني رأس خان بئر صور بلد حماة الله الرئيس الوزير الحكومة الجيش الشرطة الشمال الجنوب
        الشرق الغرب شمال جنوب شرق غرب وسط مالي دون بيان حمام وادي سلام نور أمل حياة عمل قوة
        مركز دولة جديد كبير عالم نصر فتح حرب أمن جبهة ساحة قصر برج مسجد كنيسة سجن معبر ميناء
        ملعب حديقة محطة شركة مجلس منزل بيت مصدر مصادر عدة عدد ألف مئة مائة أكثر أقل نحو بعد
        عبر كما وكان وقد ولم وهو وهي فيه فيها عليه عليها منه منها لها له الذي التي خالد محمد
        علي أحمد حسن حسين عمر عباس الثورة ثورة النصر الوحدة الحرية الشهداء السلام الأمل
        ميدان حصار ليل فرقه فرقة فرانس رانس برس
        سلطات السلطات هوية خفي الخفي لوم اللوم كشف ريم بسيط البسيط جزيرة الجزيرة إطار اطار بخاري طراز
        وزاري وزارية وزاريا فلاديمير يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر
        أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
        بن ابن سن بنك البنك خبر وقف الوقف شأن بأنه كيل دير
    """.split()),
}

# Words before a toponym that say "this is a place": prepositions of place and place nouns.
PLACE_CUES: dict[str, frozenset[str]] = {
    "en": frozenset("in at near from to into outside inside around across toward towards through between "
                    "city town village province state county district region capital of".split()),
    "fr": frozenset("à a en au aux dans près de du d vers depuis autour entre ville village localité "
                    "province région département district commune capitale".split()),
    "ar": frozenset("في قرب بالقرب شمال جنوب شرق غرب مدينة بلدة قرية محافظة ولاية "
                    "منطقة ناحية قضاء مخيم حي".split()),
}

# Arabic nouns that name what follows as a settlement or district ("بلدة بنت جبيل", "قضاء الطارمية",
# "مديرية حيس"): the name is a place however small (GeoNames gives many such towns no population).
AR_SETTLEMENT_NOUNS = frozenset("مدينة بلدة بلدتي قرية قريتي قضاء ناحية مخيم مديرية ضاحية حي".split())
# Of these, the nouns of a town (not of a quarter or a camp, which are often named after common words and
# foreign towns: "حي الثورة" in Omdurman is no Tabqa): after them even a common word is the town's name.
AR_TOWN_NOUNS = frozenset("مدينة بلدة بلدتي قرية قريتي".split())

# Nouns of an apposition right after a name that say it is a place: "Zinjibar, chef-lieu de la
# province d'Abyane", "Dablo, une commune de", "Kidal, a town in northern Mali".
APPOSITION_PLACE_NOUNS = frozenset("""
    town towns city village capital hamlet suburb neighbourhood neighborhood district region province port
    stronghold outpost locality municipality settlement camp
    ville village chef-lieu commune localité bourgade hameau capitale quartier banlieue région province
    cité port fief bastion camp
""".split())
APPOSITION_FILLERS = frozenset("""
    a an the its small large major key strategic northern southern eastern western main provincial
    regional district border rebel-held government-held besieged remote frontier coastal desert mountain
    un une la le l les petite petit grande grand principale principal ancienne ancien importante
    stratégique frontalière frontalier
""".split())

APPOSITION_ARTICLES = frozenset("a an the its un une la le l les".split())

# Words after (en) or before (fr, ar) a name that make it a division ("Idlib province").
ADMIN_CUES = frozenset("""
    province provinces state governorate region oblast district county prefecture department
    wilaya wilayat gouvernorat région département état préfecture comté
    محافظة ولاية إقليم منطقة
""".split())
DISTRICT_CUES = frozenset("district districts neighbourhood neighborhood suburb area outskirts "
                          "quartier banlieue faubourg périphérie environs secteur zone "
                          "قضاء ناحية حي ضاحية أطراف محيط ريف".split())
NEAR_CUES = frozenset("near outside close nearby près proche environs alentours aux abords "
                      "قرب بالقرب مقربة محيط أطراف ضواحي".split())
DIRECTION_WORDS = frozenset("""
    north south east west northeast northwest southeast southwest northern southern eastern western
    nord sud est ouest nord-est nord-ouest sud-est sud-ouest
    شمال جنوب شرق غرب شمالي جنوبي شرقي غربي
""".split())



# Speech and reporting words: a place named right after one of them ("a indiqué l'Élysée", "said the
# Kremlin") or right before "said" stands for an institution speaking, not where anything happened.
SPEECH_CUES = frozenset("""
said says told announced stated according declared added confirmed reported
indiqué indique déclaré déclare annoncé annonce affirmé affirme précisé précise ajouté ajoute selon
communiqué rapporté
قال قالت أعلن أعلنت أكد أكدت ذكر ذكرت أفاد أفادت وفق حسب
""".split())

# Verbs of blame or condemnation right after a capital or country make it the government acting ("N'Djamena
# attribue l'attaque à Boko Haram", "Paris a condamné", "Moscow blamed Kyiv"); before a place they say
# nothing ("the UN condemned the attack in Kabul"), so they count only after it.
POLITICAL_VERBS_AFTER = frozenset("""
blamed blames accused accuses condemned condemns denounced denied warned responded retaliated replied
attribue attribué accuse accusé condamne condamné dénonce dénoncé dément démenti réplique riposte répond
اتهم اتهمت حمل حملت أدان أدانت دان دانت ندد نددت نفى نفت ردت
""".split())

# Nouns of a news outlet right after a town's name make the name a masthead, not a place ("the Sana
# news agency", "Dubai TV"): where a report was published is not where the event happened.
MEDIA_NOUNS = frozenset("news agency agencies tv television radio newspaper daily broadcaster channel".split())

# The US dollar: "the US dollar exchange rate", "le dollar américain", "الدولار الأمريكي". The world's reference
# currency, whose rate is a grievance anywhere (protests over the dollar's rate in Beirut are no event in the
# United States); a local currency does say where ("the depreciation of the Lebanese pound").
# A transliterated Arabic article at the start of a name ("al-Harir", "el-Fasher", "Ar Raqqah", "ash-Shaddadi"), which
# one spelling writes and another drops.
ARABIC_ARTICLE = r"(?:[ae][lnrstdz]|ash|ath)"

# A weapon named after a person or a place, whose name is then no place the text names: "Molotov cocktail"
# (GeoNames lists Molotov as Perm's old name), "Kalashnikov rifle", "Katyusha rocket"; French "cocktail Molotov";
# Arabic tear gas, "القنابل المسيلة للدموع" ("tear-shedding"; M'Sila, Algeria, is "المسيلة").
WEAPON_NAMED_AFTER = re.compile(r"[ \t]+(?:cocktails?|rifles?|pistols?|assault[ \t]+rifles?|sub-?machine[ \t]+guns?|"
                                r"للدموع)\b", re.IGNORECASE)
WEAPON_NAMED_BEFORE = re.compile(r"\bcocktails?[ \t]+$", re.IGNORECASE)
DOLLAR_AFTER = re.compile(r"[ \t]+dollars?\b", re.IGNORECASE)
DOLLAR_BEFORE = re.compile(r"(?:dollars?|(?:ال)?دولار)[ \t]+$", re.IGNORECASE)

# Features of places a town-level event can be coded at (not areas).
LOCAL_FEATURES = frozenset({"city", "admin2", "base", "site", "airport"})

# A settlement noun right after a name says it is a place ("Lalibela town"), unless it starts an
# institution or an office ("town hall", "village chief"); another name of the place may stand between, in brackets
# ("Chaghcharan (Ferozkoh) city", as ACLED's notes write it).
SETTLEMENT_AFTER = re.compile(r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+(?:town|village|city|hamlet|settlement|locality)\b"
                              r"(?![ \t]+(?:hall|council|"
                              r"chief|head|elders?|officials?|mayor|authorities|centre|center|square)\b)")
# The kind word of a second-level division, ending its name ("Horo Guduru welega zone", "Guma LGA") or right after
# it ("Gimbi woreda"); a division written so is a place whatever NER made of it, and has no foreign namesake.
_SECOND_DIVISION = r"(?:zone|woreda|district|county|LGA|province|department|cercle|territory|township)"
SECOND_DIVISION_ENDS = re.compile(r"\b" + _SECOND_DIVISION + r"$", re.IGNORECASE)
SECOND_DIVISION_AFTER = re.compile(r"[ \t]+" + _SECOND_DIVISION + r"\b", re.IGNORECASE)
# A division whose name opens with its direction, written in lower case, then a capital ("east Hararge zone").
DIRECTED_DIVISION = re.compile(r"(?:east|west|north|south|central|eastern|western|northern|southern)\s+[A-Z]\S*"
                               r"(?:\s+\S+)*\s+" + _SECOND_DIVISION)
# A division named with its generic noun first ("province du Soum", "province of Kossi"): a name all the same.
DIVISION_NAMED = re.compile(r"(?:province|région|region|district|département|department|county|governorate)"
                            r"\s+(?:of|du|de|des|d'|de la|de l')\s*[A-ZÀ-Ý][\w'’ -]*")
# A word joined by a hyphen right before a match, and the particles that may stand so before a name
# ("al-Qaim", "Ras-Tanura" aside, "Saint-Denis" is matched whole when the gazetteer has it).
HYPHENATED = re.compile(r"([A-Za-zÀ-ÿ’']+)-$")
NAME_PARTICLES = frozenset("al el ad ar as ash at az an ed es et ez bin ben ibn abu umm ain ein ras tall tel "
                           "ait beni bani bir deir dar kafr".split())
LOCATIVE_EN = frozenset({"in", "near", "outside"})
# "the centre of Kherson", "the outskirts of Bakhmut": a part of a place named through "of"
PART_OF_PLACE_EN = frozenset("centre center outskirts outskirt suburbs suburb heart edge part parts districts area vicinity "
                             "north south east west northeast northwest southeast southwest".split())
# Verbs of attack whose object is often a city ("shelling hit Kherson", "drones struck Odesa"): a town of
# 50,000 people or more right after one is a place even when NER took it for a person.
STRIKE_VERBS_EN = frozenset({"hit", "struck", "shelled", "bombed", "bombarded", "attacked", "targeted",
                             "raided", "stormed", "pounded"})
# Verbs of taking ground ("captured Harardhere", "retook Bakhmut"): the town right after one, under its own
# main name and of 2,000 people or more, is a place even when NER missed it or took it for a person.
CAPTURE_VERBS_EN = frozenset({"captured", "recaptured", "seized", "retook", "overran", "liberated"})

# "the town of Harardhere", "le village de Kurya", "the capital of NDjamena": the noun before says what the name is
SETTLEMENT_OF = re.compile(r"\b(?:town|village|city|capital|hamlet|locality|ville|capitale|localité|bourgade)\s+(?:of|de|d['’])\s*$",
                           re.IGNORECASE)
# "northern Lattakia countryside": the area noun after says the name is a place (a division's noun,
# "Diyala province", says so only of a division: "Haveli district" is no town Haveli Lakha)
AREA_AFTER_EN = re.compile(r"\s+(?:(countryside)|governorate|province|district)\b", re.IGNORECASE)


# A square, street or bridge named after something: the name's words name neither an event ("Hostages
# Square", "place des Otages", "ساحة الشهداء") nor where it happened ("place du Luxembourg" is in Brussels,
# "شارع بغداد" in Damascus). The noun before the name (French, Arabic), or after it (English).
STREET_NOUN_BEFORE = re.compile(r"(?:\b(?:[Pp]lace|[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]ont|[Qq]uai|[Ss]quare|[Ee]splanade|"
                                r"[Aa]llée)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*|(?:شارع|ساحة|ميدان|جسر|دوار)\s+)$")
STREET_NOUN_AFTER = re.compile(r"['’]?s?\s+(?:Square|Street|Road|Avenue|Boulevard|Drive|Lane|Highway|Bridge|Plaza|(?i:roundabout|junction|intersection|crossroads)|Circle|Gate|"
                               r"Memorial|Monument)\b")


# Generic words that open compound place names in Arabic, Persian, Berber and Spanish toponymy (the
# "generic terms" of the BGN/PCGN romanization glossaries): "Wadi" (valley), "Bir" (well), "Ain"/"Ayn"
# (spring), "Tell"/"Tal" (mound), "Deir" (monastery), "Kafr" (hamlet), "Jabal"/"Jebel" (mountain), "Ras"
# (headland), "Bani"/"Beni"/"Ouled" (sons of), "Umm"/"Abu" (mother/father of), "Bab" (gate), "Qasr"
# (castle), "Sidi" (saint), "Hay" (quarter), "Shah" (king), "Caño" (channel), "Villa". The geoparser also
# counts, from the gazetteer itself, the words that open many of its names (see geo_fragments); this
# list adds the ones GeoNames' towns of 500 people under-represent ("Caño Limón" is an oil field).
NAME_ELEMENTS = frozenset("""
    wadi wady bir bi'r ain ayn ein tell tel tall tal deir dayr kafr kfar jabal jebel djebel ras bani beni
    ouled oulad awlad umm abu bab qasr ksar sidi hay hayy shah cano caño villa qaryat khirbat khirbet
    mazraat nahr sheikh shaykh
""".split())
# Words that open the name of a town's neighbourhood or communal land in Latin America ("in Tijuana, Baja
# California, ... found dead in Colonia Alamar", "in Cunduacan, Tabasco, ... in Ejido Enrique Gonzalez Pedrero"):
# the words after one are that neighbourhood's name, not a town elsewhere (Alamar, Cuba), however large, and the
# word itself is no town (Ejido, Venezuela). (ACLED's Mexican and Brazilian notes write them so.)
NEIGHBOURHOOD_OPENERS = frozenset("colonia ejido fraccionamiento barrio bairro".split())
# Articles and prepositions inside a name ("Wadi al Washka", "Villa de Leyva"): they continue a name, but
# one standing before a town's name is not a generic word of another name ("al Qaim" is Qaim).
NAME_ARTICLES = frozenset("al el ad ar as ash at az an ed er es et ez ul de del la las los da do dos das di du "
                          "des le les".split())
# Nouns after a town's name that make an institution, a division or a site of that town ("Dover Police",
# "Bagh District", "Mangu LGA"): the town is still the place meant, not the first word of another name.
OF_TOWN_NOUNS = frozenset("""
    police department county council lga municipality municipal prefecture commune governorate camp prison
    jail market mosque court township tehsil upazila woreda kebele ward zone sector division subdivision
    base barracks checkpoint emirate chiefdom local sub-district subdistrict area neighbourhood neighborhood
    outskirts suburb suburbs cercle department département préfecture wilaya
""".split())
# A street or a square after a town's name, written in any case ("Murree road", "Armas square"): the name
# is the street's (the Murree road runs through Rawalpindi; Plaza de Armas is in every Peruvian town). Not
# a bridge, which usually stands in the town it is named after ("the Champoton bridge").
# A town's name that opens a neighbourhood's ("in Jardim Oasis neighborhood", "Vila Nova neighbourhood"): ACLED's
# Brazil and Mexico notes name the neighbourhood after the town ("in Iguatu, Ceara, ... in Jardim Oasis neighborhood").
NEIGHBOURHOOD_AFTER = re.compile(r"(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}[ \t]+(?:neighborhood|neighbourhood)\b", re.IGNORECASE)
STREET_AFTER_ANY_CASE = re.compile(r"[ \t]+(?:square|street|road|avenue|boulevard|plaza|roundabout|lane)\b",
                                   re.IGNORECASE)
# The same nouns capitalised make a street's proper name after any town's name, however large ("a bomb on
# Oxford Street in London", "Haifa Street in Baghdad"): the town the street is named after is not where it is.
# Up to two more capitalised words may come first ("Rest Acres Road", "Old Park Road"): each is the street's.
STREET_AFTER_CAPITALISED = re.compile(r"(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,2}[ \t]+(?:Square|Street|Road|Avenue|Boulevard|"
                                      r"Plaza|Lane|St\.?)(?![\w-])")
# The noun itself after a capitalised word ("Seaton Street", "Hertford Road") is no town (Street, Somerset; Rode).
STREET_NOUN_OF_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]*[ \t]+$")
STREET_NOUNS = frozenset("square street road avenue boulevard plaza lane".split())
# A street's name that opens with its noun ("Rue Victor Hugo", "Avenue Habib Bourguiba", "Calle de Alcalá",
# "Place de la Concorde"): every capitalised word of it is the street's, none a town (Rue, Somme; Hugo,
# Minnesota), and the opener itself is no town. French writes the noun in lower case ("au coin des rues Saint-Denis et
# Jarry", "le boulevard de Maisonneuve": Montréal's streets, not Saint-Denis of Réunion).
STREET_NAME_RUN = re.compile(
    r"(?<![\w-])(?:[Rr]ues?|[Aa]venues?|[Bb]oulevards?|Bd|Blvd|Calle|Avenida|Rua|Via|[Qq]uai|[Cc]hemin|All[ée]e|[Ii]mpasse|"
    r"Place|Piazza|Plaza)"
    r"(?:[ \t]+(?:(?:de|du|des|la|le|del|da|do|dos|das|di)[ \t]+|[ld]['’])*(?-i:[A-Z])[\w'’.-]*){1,5}")
