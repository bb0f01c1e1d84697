"""Actor1 and actor2 of an Arabic event mention, without a parser: word order (verb, subject, object) and
the small words that mark roles — "شنه" / "على يد" (carried out by), "برصاص" (by the bullets of), "مع"
(with, the other side of a clash), a preposition attached to a name ("دورية للجيش": the army's patrol
was hit).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..model import Actor, Sentence
from .role_words import MUTUAL
from .generic_actors import actors_in, state_forces
from .triggers import Hit

if TYPE_CHECKING:  # pragma: no cover
    from .context import DocContext


# The two sides of a fight the text divides: "بين X من جهة، وY من جهة أخرى".
_ONE_SIDE = re.compile(r"من\s+جهة(?!\s+أخرى)")
_OTHER_SIDE = re.compile(r"من\s+جهة\s+أخرى|من\s+الجهة\s+الأخرى")
_CONTRAST = re.compile(r"[،,]\s*(?:و)?(?:في\s+حين|بينما)\s")


def arabic_roles(ctx: "DocContext", anchor: Hit, sentence: Sentence, hits: list[Hit]) -> tuple[Actor | None, Actor | None]:
    """Actor1 and actor2 of an Arabic event mention from word order and cue words."""
    cands = actors_in(ctx, sentence.start, sentence.end)
    # a clause of contrast tells another event with its own sides ("لقي 7 جنود صوماليون مصرعهم في هجوم لحركة (الشباب)
    # ...، في حين قتل الجيش الصومالي 4 من الحركة ... في هجوم آخر"): the anchor's clause holds its sides
    for turn in _CONTRAST.finditer(ctx.text, sentence.start, sentence.end):
        if anchor.end <= turn.start():
            cands = [a for a in cands if a.start is None or a.start < turn.start()]
        elif anchor.start >= turn.end():
            cands = [a for a in cands if a.start is None or a.start >= turn.end()]
    # a name's abbreviation in brackets right after it is the same mention ("لقوات سوريا الديمقراطية (قسد)"):
    # it must not take a role the full name's place denies it
    cands = [a for k, a in enumerate(cands) if not (k and a.name == cands[k - 1].name and a.start is not None
             and cands[k - 1].end is not None and 0 <= a.start - cands[k - 1].end <= 4)]
    # who tells the news takes no part in it ("وقال المرصد السوري لحقوق الإنسان إن ...")
    cands = [a for a in cands if not (a.kind == "other" and _SPEAKER_BEFORE.search(ctx.text, max(0, (a.start or 0) - 12),
                                                                                      a.start or 0))]
    # (nor do the authorities who report it, their verb of saying after them: "وكانت السلطات المحلية أفادت قبل ذلك")
    cands = [a for a in cands if not (a.kind == "government" and a.end is not None
                                      and (_SAYS_AFTER.match(ctx.text, a.end)
                                           or _SPEAKER_BEFORE.search(ctx.text, max(0, (a.start or 0) - 12), a.start or 0)))]
    # a force that tells the news ("قالت الشرطة البريطانية إن مهاجمين اثنين قتلوا ستة أشخاص") is its author only
    # when the sentence names no other ("وقالت الشرطة إنها اعتقلت ثلاثة أشخاص")
    speakers = [a for a in cands if _SAYS_BEFORE.search(ctx.text, max(0, (a.start or 0) - 12), a.start or 0)]
    if speakers and any(a not in speakers and a.kind not in ("civilians", "other") and a.name not in {b.name for b in speakers}
                        for a in cands):
        cands = [a for a in cands if a not in speakers]
    # nor does a monitor whose words a headline quotes ("المرصد السوري: توثيق حالات اختناق ... بعد قصف"; but
    # "كتائب القسام: قصفنا تجمعا لجنود الاحتلال" is the group's own claim)
    cands = [a for a in cands if not (a.kind == "other" and a.end is not None and _SPEAKER_COLON.match(ctx.text, a.end)
                                      and not ctx.text[ctx.text.rfind("\n", 0, a.start or 0) + 1:a.start or 0].strip())]
    if not cands:
        return None, None
    victim_cues = [h for h in hits if h.label in ("@kill", "@injure") or h.label == "@civilian"]
    agent = None
    patient = None
    text = ctx.text
    for a in cands:
        if _MEMBER_OF.search(text, max(0, (a.start or 0) - 25), a.start or 0) and any(
                0 <= (a.start or 0) - h.end <= 40 for h in victim_cues if h.label != "@civilian"):
            # "أصيب عنصر من قوات سوريا الديمقراطية": a member of the group was hit, the group is the target
            patient = patient or a
            continue
        if (a.start or 0) < anchor.start and _MET_DEATH.match(anchor.text) \
                and _MET.search(text, max(0, (a.start or 0) - 30), a.start or 0):
            # "لقي 3 من أفراد الشرطة ومدني مصرعهم": who met their death
            patient = patient or a
            continue
        if any(h.kind == "trigger" and h.label == "@attack" and h.start < (a.start or 0) and (a.end or 0) < h.end
               for h in hits):
            agent = a  # the subject inside the attack's words, in VSO order: "فتحت قوات البحرية ... النار على"
            continue
        after_kill = any(0 <= (a.start or 0) - h.end <= 25 for h in victim_cues if h.label != "@civilian")
        if after_kill and _kills_whom(ctx, a, cands, hits, victim_cues):
            agent = a  # "قتلت قوات الدعم السريع أكثر من مئة مدني": verb, subject, then the victims
            told = next((h for h in hits if h.label == "@civilian" and (a.end or 0) <= h.start < (a.end or 0) + 45), None)
            if patient is None and told is not None and not any(b.kind == "civilians" and (b.start or 0) >= (a.end or 0)
                                                                 for b in cands):
                patient = Actor("Civilians", text[told.start:told.end], told.start, told.end, 0.5, "civilians")
            continue
        if a.kind not in ("civilians", "protesters") and _AUTHOR_LAM.search(text[max(0, (a.start or 0) - 30):a.start or 0]):
            # "قصف مدفعي لقوات الدعم السريع": the lam after an attack noun names its author; a force named
            # before it met the attack ("الجيش السوداني يصد هجوما لقوات الدعم السريع")
            if agent is not None and agent.kind != "unidentified" and agent is not patient and patient is None \
                    and agent.name != a.name and (agent.start or 0) < (a.start or 0):
                patient = agent
            agent = a if patient is not None or agent is None or agent.kind == "unidentified" else agent
            continue
        # (so is the owner of a building named after the event word: "اقتحام أنصار الصدر مقر الحكومة", the
        # government's headquarters stormed)
        owner_of_hit = (a.start or 0) > anchor.end and (_BELONGING.search(text[max(0, (a.start or 0) - 16):a.start or 0])
                                                        or _BUILDING_OF.search(text, max(0, (a.start or 0) - 12), a.start or 0))
        killed_in = _KILLED_IN.match(text, a.end or 0, min(len(text), (a.end or 0) + 80))
        if after_kill or a.kind == "civilians" or _governed(text, a.start or 0) or owner_of_hit or killed_in:
            # "دمرت سيارة تابعة لعناصر القاعدة": the owner of what was hit; "عناصر من القاعدة ... قتلوا في غارة":
            # killed in the strike
            patient = patient or a
        elif _TAKEN_BEFORE.search(text, max(0, (a.start or 0) - 40), a.start or 0):
            patient = patient or a  # "إيقاف رئيس حركة النهضة ... إثر مداهمة منزله": the party whose head was taken
        elif (a.start or 0) < anchor.start:
            agent = a if agent is None or (a.start or 0) > (agent.start or 0) else agent
        elif _TAKING_NOUN.match(anchor.text) and 0 <= (a.start or 0) - anchor.end < 40:
            patient = patient or a  # "اعتقال خمسة عناصر من داعش": the noun's genitive is who was taken
        elif agent is None and (a.start or 0) - anchor.end < 40:
            agent = a
        elif anchor.label in MUTUAL and agent is not None and patient is None and a.name != agent.name \
                and (a.start or 0) > (agent.start or 0):
            patient = a  # "اشتباكات بين قوات الدعم السريع والجيش السوداني": the other side
        elif anchor.label not in MUTUAL and agent is not None and patient is None and a.name != agent.name \
                and (agent.start or 0) > anchor.start and 0 <= (a.start or 0) - (agent.end or 0) <= 40 \
                and a.kind not in ("other", "external"):
            patient = a  # verb, subject, object: "اعتقلت الشرطة العراقية 14 عنصرا من تنظيم داعش"
    if anchor.label in MUTUAL:
        # "اشتباكات مع مسلحين": the other side follows "مع" (with), before any victim of the toll
        with_ = _WITH.search(text, anchor.end, min(anchor.end + 30, sentence.end))
        other = next((a for a in cands if with_ is not None and 0 <= (a.start or 0) - with_.end() <= 8), None)
        if other is not None and (agent is None or other.name != agent.name):
            patient = other
        # "مواجهات بين المستوطنين والجيش الإسرائيلي من جهة، وأهالي القرية من جهة أخرى": the sides the text divides
        # with "on one side ... on the other"
        one = _ONE_SIDE.search(text, anchor.end, sentence.end)
        other_side = _OTHER_SIDE.search(text, one.end(), sentence.end) if one is not None else None
        if other_side is not None:
            first = next((a for a in cands if anchor.end <= (a.start or 0) < one.start()), None)
            second = next((a for a in cands if one.end() <= (a.start or 0) < other_side.start()), None)
            if first is not None and second is not None and first.name != second.name:
                agent, patient = first, second
    for h in hits:
        if h.label not in ("@by_agent", "@by_fire"):
            continue
        # "في هجوم شنه مسلحون من بوكو حرام": who launched it, named within a few words of "شنه"; "برصاص قوات
        # الاحتلال": whose bullets, named right after them
        reach = 25 if h.label == "@by_agent" else 3
        near = [a for a in cands if 0 <= (a.start or 0) - h.end <= reach and a.kind not in ("civilians", "protesters")]
        named = next((a for a in near if a.kind != "unidentified"), near[0] if near else None)
        if named is not None:
            patient = None if patient is named else patient
            if patient is None and agent is not None and agent.name != named.name:
                patient = agent  # "تصدت القوات الحكومية لهجوم شنته الحوثيون": who repelled it was attacked
            agent = named
            break
    return agent, patient


# Verbs of saying right before their subject: "وقال", "أفادت", "ذكر" (not "أعلن", which also claims: "أعلن تنظيم
# داعش مسؤوليته").
_SAYING = "قال|قالت|أفاد|أفادت|ذكر|ذكرت|أوضح|أوضحت|أضاف|أضافت"
_SAYS_BEFORE = re.compile(rf"(?:{_SAYING})\s+$")
# A verb of saying after its subject and a word or two: "السلطات المحلية أفادت".
_SAYS_AFTER = re.compile(rf"(?:\s+[\u0621-\u064A\u064B-\u0652]+){{0,2}}\s+[وف]?(?:{_SAYING}|أكدت|أكد|أعلنت|أعلن)(?:\s|$)")
# Any verb of telling, a monitor's too: "أكدت", "وثق", "ورجح" (deemed likely), "أعلن".
_SPEAKER_BEFORE = re.compile(rf"(?:{_SAYING}|أكد|أكدت|وثق|وثقت|رصد|أشار|أشارت|رجح|رجحت|أعلن|أعلنت|نقل|نقلت|اتهم|اتهمت|"
                             r"كشف|كشفت|تحدث|تحدثت|نفى|نفت|حذر|حذرت)\s+$")
# Verbal nouns of arresting and abducting: the name after them is who was taken.
_TAKING = r"(?:اعتقال|توقيف|إيقاف|ايقاف|احتجاز|القبض|اختطاف|خطف)"
_TAKING_NOUN = re.compile(r"[وبل]?(?:ال)?" + _TAKING + "$")
# A taking noun right before a name, with the member or leader taken between: "إيقاف رئيس حركة النهضة".
_TAKEN_BEFORE = re.compile(_TAKING + r"(?:\s+على)?\s+(?:(?:رئيس|زعيم|قائد|الأمين\s+العام\s+ل|"
                           r"أمين\s+عام|قيادي\s+في|قياديين\s+في|عضو\s+في|أعضاء\s+في|عناصر\s+من|عنصر\s+من)\s+)?$")
# A headline's speaker: the name, then a colon.
_SPEAKER_COLON = re.compile(r"\s*:")
# "لقي ... مصرعه" / "لقي ... حتفه": met his death, the one killed as the verb's subject.
_MET = re.compile(r"(?:^|\s)[وف]?(?:لقي|لقيت|لقوا|لقيا)\s+(?:\S+\s+){0,3}$")
_MET_DEATH = re.compile(r"(?:مصرع|حتف)")
# A member of a group, told as the one hit: "عنصر من", "جنديين من", "عناصر في".
_MEMBER_OF = re.compile(r"(?:عنصر|عنصرا|عنصران|عنصرين|عناصر|جندي|جنديا|جنديان|جنديين|جنود|مقاتل|مقاتلا|مقاتلين|مقاتلي|أفراد|فرد|"
                        r"منتسب|منتسبا|منتسبي|ضابط|ضابطا|ضباط)\s+(?:من|في)\s+(?:ال)?$")
# Proclitic prepositions: a name they are attached to ("للجيش", "بالجيش") is governed by a preposition —
# the owner of what was hit ("دورية للجيش المصري") or its target, never the subject of the verb.
_WITH = re.compile(r"(?:^|\s)مع\s")
_BELONGING = re.compile(r"(?:تابع|تابعة|التابع|التابعة|التابعين|منتمية|المنتمية|الموالية|موالية)\s+[وف]?لل?$")
# An attack noun (with its adjective) and the "ل" of its author: "قصف مدفعي لقوات الدعم السريع" (shelling by
# the RSF), "هجوم لتنظيم داعش", "غارات للطيران الروسي". Not "استهداف ل" (the targeting of).
_AUTHOR_LAM = re.compile(r"(?:^|\s)[وفب]?(?:قصف|قصفا|هجوم|هجوما|غارة|غارات|كمين|قذائف|صواريخ)(?:\s+(?:ال)?[\u0621-\u064A]+ي[ةه]?)?"
                         r"\s+[وف]?لل?$")
# A subject killed in an attack: the verb (passive in sense, unvowelled alike) and "في/جراء" + an attack noun.
_KILLED_IN = re.compile(r"[^.!?؟\n]{0,50}?\s(?:قتل|قتلوا|قتلا|لقي|لقوا|استشهد|استشهدوا)\s+(?:\S+\s+){0,2}"
                        r"(?:في|جراء|خلال|ب)\s*(?:ال)?(?:غارة|غارات|قصف|هجوم|انفجار|اشتباكات|كمين)")
_GOVERNING_PROCLITICS = re.compile(r"(?:^|\s)[وف]?(?:لل|ل|بال|ب)ـ?[\"«“]?$")


def _governed(text: str, start: int) -> bool:
    """Whether the Arabic actor mention at ``start`` carries a preposition as a proclitic (not the "ل" of
    belonging: "خلية تابعة لتنظيم الدولة" is a cell of the Islamic State)."""
    return bool(_GOVERNING_PROCLITICS.search(text[max(0, start - 5):start])) \
        and not _BELONGING.search(text[max(0, start - 16):start])


# One definite noun between the event verb and the nisba: "قصفت المدفعية التركية" (the Turkish artillery).
_ONE_DEFINITE_WORD = re.compile(r"\s+ال[\u0621-\u064A]+\s+")
# Arabic sound masculine plural endings: a nisba in them names people ("فلسطينيين"), not a state's act.
_PERSONS_PLURAL = ("يين", "يون")


def arabic_state_author(ctx: "DocContext", countries: Any, anchor: Hit, sentence: Sentence) -> Actor | None:
    """The state forces an Arabic nisba adjective right after the event word names as the author
    ("غارة أمريكية", "قصف إسرائيلي", "ضربات روسية"): ACLED's "Military Forces of X"."""
    demonym = getattr(countries, "country_for_demonym", None)
    if demonym is None or _PROPERTY_WORD.fullmatch(ctx.text, anchor.start, anchor.end):
        # (the nisba after what was burned or looted names its owners: "منازل وممتلكات فلسطينية", Palestinian homes
        # and property that Israeli settlers set on fire)
        return None
    # (the nisba may be part of the lexicon's phrase: "ضربة إسرائيلية")
    first = re.match(r"\S+", ctx.text[anchor.start:anchor.end])
    for word in _ARABIC_WORD.finditer(ctx.text, anchor.start + (first.end() if first else 0), anchor.end):
        iso = demonym(word.group())
        forces = state_forces(countries, iso, word.group(), word.start(), word.end(), 0.5) if iso else None
        if forces is not None:
            return forces
    base = anchor.end
    tail = ctx.text[base:min(base + 40, sentence.end)]
    aircraft = _ARABIC_AIRCRAFT.match(tail)
    if aircraft is not None:
        # "غارة لطائرة مسيرة تركية", "غارات للطيران الروسي": the aircraft's nisba names the author
        tail = " " * aircraft.end() + tail[aircraft.end():]
    skipped = 0
    for word in re.finditer(r"[\u0621-\u064A]+", tail):
        gap = tail[:word.start()]
        if word.start() > 0 and not gap.isspace() and not (skipped == 1 and _ONE_DEFINITE_WORD.fullmatch(gap)):
            break  # only the words right after the event word (or its subject: "المدفعية التركية")
        # a plural of persons ("منازل فلسطينيين", Palestinians' houses) names victims, not the author
        iso = demonym(word.group()) if not word.group().endswith(_PERSONS_PLURAL) else None
        start = base + word.start()
        forces = state_forces(countries, iso, word.group(), start, start + len(word.group()), 0.5) if iso else None
        if forces is not None:
            return forces
        if word.start() > 12 + (aircraft.end() if aircraft is not None else 0):
            break
        skipped += 1
    return None


_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
# Property as the event's word ("وممتلكات", "منازل"), with its conjunction or preposition.
_PROPERTY_WORD = re.compile(r"(?:و|ب|وب)?(?:ال)?(?:ممتلكات|منازل|بيوت|منشآت|منشات|مركبات|سيارات|محاصيل|أراضي|اراضي|مزارع|"
                            r"محلات|متاجر)")
# The aircraft of a strike between the event word and its nationality: "لطائرة مسيرة", "للطيران الحربي".
_ARABIC_AIRCRAFT = re.compile(r"(?:\s+(?:شنتها|شنها|شنه|نفذتها|نفذها|نفذه))?"  # "غارة شنتها مسيرة إسرائيلية"
                              r"\s+(?:ل|لل|ب|بال)?(?:طائرة|طائرات|طيران|مقاتلة|مقاتلات|مسي\u0651?رة|مسي\u0651?رات)"
                              r"(?:\s+(?:ال)?(?:مسي\u0651?رة|مسي\u0651?رات|حربية|حربي|بدون طيار|مقاتلة))?")
# (the shadda of "مسيّرة" is often written)

# A building whose owner is named right after it ("مقر الحكومة", "مبنى البرلمان", "مكتب الحزب").
_BUILDING_OF = re.compile(r"(?<![\u0621-\u064A])(?:مقر|مقرات|مبنى|مباني|مكتب|مكاتب|منزل)\s+$")


# A military site of the other side, named with its nisba: "موقع المالكية الإسرائيلي", "ثكنة زرعيت الإسرائيلية",
# "قاعدة التنف الأمريكية" (the nisba among the three words after the site word).
_SITE_WORD = re.compile(r"(?<![\u0621-\u064A])(?:موقع|مواقع|ثكنة|ثكنات|قاعدة|قواعد|معسكر|مقر|تجمع|تجمعات|نقطة|دورية|"
                        r"آلية|دبابة)(?![\u0621-\u064A])")


def arabic_site_owner(ctx: "DocContext", countries: Any, anchor: Hit, sentence: Sentence) -> Actor | None:
    """The state whose military site an Arabic report names as hit, by the site's nisba ("استهداف موقع
    المالكية الإسرائيلي": Israel's forces), within the event's sentence."""
    demonym = getattr(countries, "country_for_demonym", None)
    if demonym is None:
        return None
    for site in _SITE_WORD.finditer(ctx.text, sentence.start, sentence.end):
        # "معسكر لتنظيم «داعش في غرب أفريقيا»", "مواقع تابعة للحوثيين": the group whose site it is
        owner = next((a for a in ctx.actors if a.start is not None and a.name and 0 < a.start - site.end() <= 20
                      and a.kind in _SITE_OWNERS and _OWNED_BY.fullmatch(ctx.text, site.end(), a.start)), None)
        if owner is not None:
            return owner
        for word in list(re.finditer(r"[\u0621-\u064A]+", ctx.text[site.end():sentence.end]))[:3]:
            iso = demonym(word.group()) if not word.group().endswith(_PERSONS_PLURAL) else None
            end = site.end() + word.end()
            forces = state_forces(countries, iso, ctx.text[site.start():end], site.start(), end, 0.5) if iso else None
            if forces is not None:
                return forces
    return None


# "ل" of belonging, with the kind of group it names, between a site and its owner: "لتنظيم «", "التابعة ل".
_OWNED_BY = re.compile(r"\s+(?:(?:ال)?تابع(?:ة|ين)?\s+)?ل(?:ل|تنظيم\s*|جماعة\s*|حركة\s*|قوات\s*|ميليشيا\s*)?[«\"]?\s*")
_SITE_OWNERS = ("rebel", "islamist", "militia", "ethnic", "state_military", "police")


# Verbs of killing with their subject after them (not the nouns "مقتل", "قتلى" that name the dead).
_KILLING_VERB = re.compile(r"[وف]?(?:قتل|قتلت|اغتال|اغتالت|أعدم|أعدمت|اعدم|اعدمت|ذبح|ذبحت)$")
_ARMED_SUBJECTS = ("state", "state_military", "police", "military", "rebel", "islamist", "militia", "ethnic",
                   "unidentified", "political", "external")


def _kills_whom(ctx: "DocContext", a: Actor, cands: list[Actor], hits: list[Hit], victim_cues: list[Hit]) -> bool:
    """Whether the armed actor ``a``, right after a verb of killing, is its subject: the killed are told
    after it (civilians, or a figure). Unvowelled "قتل" reads both ways; "قتل جنديان من الجيش" (two soldiers
    of the army were killed) has no victims after the army, "قتل مسلحون مجهولون ثلاثة مدنيين" has."""
    from .numbers import default_reader

    if a.kind not in _ARMED_SUBJECTS or a.start is None or a.end is None:
        return False
    if not any(h.label == "@kill" and 0 <= a.start - h.end <= 2 and _KILLING_VERB.match(h.text) for h in victim_cues):
        return False  # (a noun of killing names its victims: "مقتل جندي", a soldier's death)
    reach = min(len(ctx.text), a.end + 45)
    if any(b.kind == "civilians" and b.start is not None and a.end <= b.start < reach for b in cands):
        return True
    if any(h.label == "@civilian" and a.end <= h.start < reach for h in hits):
        return True
    # (a figure joined by "و" is more of the same victims: "قتل ضابط و3 جنود", an officer and 3 soldiers)
    els = default_reader().scan(ctx.text, "ar", a.end, min(reach, a.end + 25))
    return any(el.cat == "num" and not el.wa and not (k > 0 and els[k - 1].cat == "conj") for k, el in enumerate(els))

