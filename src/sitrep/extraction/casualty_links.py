"""Casualty figures tied to their words in a scanned window, and the window's summary (ACLED's rules:
see :mod:`sitrep.extraction.numbers`)."""
from __future__ import annotations

import re

from ..model import Mention
from .coordinated_people import coord_left, coupled_before
from .toll_tiers import tier
from .number_records import Casualties, CasualtyStatement, Element

# Arabic prepositions opening a short adverbial that may stand between a verb and its subject.
# the word before a passive's agent ("shot dead by two men", "abattu par trois hommes")
_AGENT_MARKERS = frozenset({"by", "par"})
_AR_ADVERBIAL = frozenset("خلال في جراء اثر إثر بعد عقب".split())
# Arabic days, which a report sets between its verb and the figure: "قُتل، الخميس، 14 شخصًا" (folded forms too).
# French and English days, which a report may set off by commas between the verb and the figure.
_DAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche on monday tuesday wednesday thursday friday saturday "
                  "sunday le ce".split())
_AR_DAYS = frozenset("السبت الاحد الأحد الاثنين الإثنين الثلاثاء الاربعاء الأربعاء الخميس الجمعة الجمعه يوم".split())
# Words that make the phrase after a casualty verb one person ("killed the driver", "a tué le chauffeur"), and
# the possessive before the second of two people ("the driver and his son", "la femme et son fils").
_SINGULAR_DETERMINERS = frozenset("the a an his her its their this that le la l un une son sa ce cette".split())
# One more person, as the subject of a casualty verb: "the other died", "another was killed", "l'autre est mort".
_ONE_OTHER = frozenset({"other", "another", "autre"})
# Words that end a casualty verb's object rather than describe it ("killed in", "shot by", "lynched the").
_NOT_ADJECTIVES = frozenset({"by", "in", "at", "on", "of", "for", "with", "to", "from", "during", "after", "before",
                             "near", "while", "when", "and", "or", "as", "over", "the", "a", "an", "his", "her", "their",
                             "its", "this", "that", "these", "those", "no", "not", "par", "de", "du", "des", "à", "au",
                             "le", "la", "les", "un", "une", "dans", "lors", "après", "avant", "pendant", "et", "ou"})
# Verbs of a try, a plan or a threat before "to" and a casualty verb: nobody was hit yet.
_ATTEMPTS = frozenset({"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "plot", "plots",
                       "plotted", "plotting", "plan", "plans", "planned", "planning", "threaten", "threatens",
                       "threatened", "threatening", "vow", "vows", "vowed", "vowing"})
# Object pronouns of one person after a casualty verb: "killing him".
_ONE_PERSON_PRONOUNS = frozenset({"him", "her"})


def _on_the_attackers_side(els: list[Element], c: int) -> bool:
    """Whether the casualty noun ``els[c]`` is told on the attackers' side ("trois morts du côté des jihadistes",
    "two dead among the attackers"): a word or two, then an attacker phrase."""
    j = c + 1
    while j < len(els) and j - c <= 3 and els[j].cat == "word":
        j += 1
    return j < len(els) and j - c <= 3 and els[j].cat == "attacker"


_NOT_DEATHS = frozenset({"injury", "casualty"})  # kinds of casualty noun whose figure counts no toll of the dead


def link(els: list[Element], lang: str) -> list[CasualtyStatement]:
    """Each casualty word of the window ``els`` with the figure it governs: the figure after a verb or
    a head noun, before a casualty noun, or the subject of a passive ("six personnes ont été tuées")."""
    used: set[int] = set()
    done: set[int] = set()
    out: list[CasualtyStatement] = []
    cues = [k for k, e in enumerate(els) if e.cat == "cue"]

    def emit(c: int, parts: list[int], attacker: bool, person_value: int | None = None) -> None:
        cue = els[c]
        nums = [els[p].num for p in parts if els[p].cat == "num"]
        vague = any(n.vague for n in nums if n)
        value: int | None = 0
        conf = 0.9
        for p in parts:
            x = els[p]
            if x.cat == "num" and x.num is not None:
                value = None if (value is None or x.num.value is None) else value + x.num.value
                conf = min(conf, x.num.confidence)
            else:
                value = None if value is None else value + (x.value or 1)
                conf = min(conf, 0.7)
        if person_value is not None and not parts:
            value = person_value
        total = _total_and_its_parts(els, sorted(parts))
        if total is not None:
            value = total  # ("a abattu huit personnes, deux Nigériens et six touristes français": eight, not sixteen)
        s = min([cue.start] + [els[p].start for p in parts])
        e = max([cue.end] + [els[p].end for p in parts])
        acled = next((n.acled for n in nums if n and n.vague), None)
        first = min(parts + [c])
        rival = any(els[k].cat == "rival" for k in range(max(0, first - 6), first))
        used.update(parts)
        done.add(c)
        out.append(CasualtyStatement(cue.kind, None if vague else value, "", s, e, conf, vague=vague,
                                     acled=acled, attacker=attacker, tier=tier(els, c), rival=rival))

    def free_num(k: int) -> bool:
        return 0 <= k < len(els) and els[k].cat == "num" and k not in used

    # An attempt kills no one: "Vigilante mob tries to kill man", "attempted to kill two officers".
    done.update(c for c in cues if c >= 2 and els[c - 1].word.lower() == "to" and els[c - 2].word.lower() in _ATTEMPTS)
    # (and so does a near thing: "a man ... was held and nearly lynched")
    done.update(c for c in cues if c >= 1 and els[c - 1].word.lower() in ("nearly", "almost"))
    # A: transitive verbs and nominal heads take the figure that follows them.
    for c in cues:
        if c in done:
            continue
        if els[c].roles & {"act", "pre"} or (lang == "ar" and "verb" in els[c].roles):
            parts, attacker = _right(els, c, used, subject=lang == "ar")
            if parts:
                emit(c, parts, attacker)
            elif lang == "fr" and "act" in els[c].roles and _one_person_clitic(els, c):
                emit(c, [c - 1], False)  # "le tuant sur le coup", "l'a abattu": one death
            elif "pre" in els[c].roles and free_num(c - 1):
                emit(c, coord_left(els, c - 1, used) + [c - 1], False)  # "Five bodies of militants were found"
    # A': a toll takes the figure its verb brings it to ("the death toll had risen to 37", "le bilan s'élève à
    # 12", "ارتفعت حصيلة القتلى إلى 56"), words only in between.
    for c in cues:
        if c in done or "toll" not in els[c].roles:
            continue
        k = c + 1
        while k < len(els) and k - c <= _TOLL_REACH_RISEN and _on_the_way_to_a_toll(els[k]):
            k += 1
        if k - c > _TOLL_REACH and not (k < len(els) and els[k].cat == "num" and els[k - 1].word.lower() in _RISEN_TO):
            continue  # (further than a few words, only a toll its verb brings to the figure: "... ارتفعت إلى 72")
        # (not a figure its own noun makes the wounded's: "le bilan fait état de 47 blessés", "the toll stands at 47
        # injured"; the casualty nouns below take it)
        # (nor one the killed and the wounded share: "حصيلة الهجوم أكثر من 25 قتيلاً وجريحًا")
        hurt = k + 1 < len(els) and els[k + 1].cat == "cue" and els[k + 1].kind in _NOT_DEATHS \
            or k + 2 < len(els) and els[k + 1].cat == "person" and els[k + 2].cat == "cue" and els[k + 2].kind in _NOT_DEATHS
        if k < len(els) and els[k].cat == "num" and k not in used and not hurt:
            emit(c, [k], False)
    # B0: one person named just before the casualty word, with no figure (see :func:`_one_person_before`).
    for c in cues:
        if c not in done and (k := _one_person_before(els, c, used)) is not None:
            # (with the people listed before it: "5 Sayyaf men, soldier killed in fresh Sulu clash")
            emit(c, coord_left(els, k, used) + [k], False)
    # B: casualty nouns take the figure just before them ("dix morts", "20 قتيلا", "23 autres blessés").
    for c in cues:
        if c in done or "noun" not in els[c].roles:
            continue
        k, attacker = c - 1, False
        if k >= 1 and els[k].cat == "soft" and _in_subset(els, k - 1):
            k -= 1  # ("Five soldiers, including two officers, killed in ambush": the comma closes the parts)
        # (people coordinated before the noun count with it: "15 militaires et VDP tués")
        # (a group's name may stand between: "Dozens of RSF fighters were reportedly killed")
        # (and a pluperfect's auxiliary, which marks the clause's tier, not its figure: "15 membres d'une même famille
        # avaient été tués")
        while k >= 0 and c - k <= 5 and (els[k].cat in ("other", "word", "person", "attacker", "background")
                                         or els[k].cat == "conj" and k > 0 and els[k - 1].cat == "person"):
            attacker |= els[k].cat == "attacker"
            k -= 1
        if free_num(k) and _in_subset(els, k):
            # "13 people including a child killed": the child is one of the thirteen, the toll is the whole
            j = k - 1
            while j >= 0 and els[j].cat != "subset":
                j -= 1
            while j >= 0 and els[j].cat != "num":
                j -= 1
            k = j if free_num(j) and k - j <= 14 else k
        if free_num(k):
            emit(c, coord_left(els, k, used) + [k], attacker or _on_the_attackers_side(els, c))
    # C: passive or intransitive verbs take their subject ("six personnes ... ont été tuées").
    for c in cues:
        if c in done or not ("verb" in els[c].roles or _after_passive_aux(els, c)):
            continue
        k, attacker, fallback = c - 1, False, None
        while k >= 0 and c - k <= _FAR_SUBJECT:
            x = els[k]
            in_subset = _in_subset(els, k)
            if x.cat == "num" and k not in used and not in_subset and (
                    c - k <= 16 or k + 1 < len(els) and els[k + 1].cat in ("person", "attacker")):
                # (a counted subject far before its verb must be people: "nine fighters from the Guardians of the
                # Republic's 5th Brigade (military police forces) were reported killed")
                # (and the one person coupled after it: "a man and his 12-year-old son were killed")
                coupled = [fallback] if fallback is not None and coupled_before(els, fallback, used) == k + 1 else []
                emit(c, coord_left(els, k, used) + [k] + coupled, attacker)
                break
            if x.cat == "cue" and x.kind == "casualty" and x.word.lower() in _ONE_VICTIM and c - k <= 3 and fallback is None:
                fallback = k  # "The victim later died of his injuries": one death
                break
            if x.cat in ("hard", "cue") or (x.cat == "num" and k in used):
                break
            if x.cat in ("person", "attacker") and not in_subset:
                attacker |= x.cat == "attacker" and fallback is None
                if fallback is None and x.value and c - k <= 8:
                    fallback = k
            if x.cat == "other" and x.word.lower() in _ONE_OTHER and fallback is None and c - k <= 3:
                fallback = k  # "One man was injured and the other died": one death
            k -= 1
        if c not in done and fallback is not None:
            first = coupled_before(els, fallback, used)
            emit(c, ([first] if first is not None else []) + [fallback], els[fallback].cat == "attacker")
        if c not in done and lang != "ar":
            parts, attacker = _right(els, c, used, persons=False)
            if parts:
                emit(c, parts, attacker)
    for c in cues:
        if c not in done:
            cue = els[c]
            neg = next((k for k in range(c - 1, max(-1, c - 5), -1) if els[k].cat in ("negation", "hard")
                        or (els[k].cat == "cue" and k in done)), None)
            if neg is not None and els[neg].cat == "negation" and "toll" not in cue.roles:
                # "sans faire de blessés", "no one was hurt" (but "sans donner de bilan", "without giving a
                # toll": a toll not told, not a toll of none)
                kinds = ("fatal", "injury") if cue.kind == "casualty" else (cue.kind,)
                for kind in kinds:
                    out.append(CasualtyStatement(kind, 0, "", els[neg].start, cue.end, 0.7, tier=tier(els, c)))
                continue
            if cue.kind in ("fatal", "injury") and "verb" in cue.roles and _singular_passive(els, c):
                # "The school's vice-principal was shot dead", "le chef du village a été tué": one person
                out.append(CasualtyStatement(cue.kind, 1, "", els[c - 1].start, cue.end, 0.6, tier=tier(els, c)))
                continue
            if _animals_hit(els, c):
                continue  # "killed an oxen", "animals killed": no one's death (ACLED counts people only)
            told = _counted_before(els, c) if "verb" in cue.roles else None
            if told is not None:
                # "2 armed people shot at the policemen ... They were killed": the pronoun's people, counted
                figure, pronoun = told
                out.append(CasualtyStatement(cue.kind, els[figure].num.value, "", els[pronoun].start, cue.end, 0.5,
                                             tier=tier(els, c)))
                used.add(figure)
                continue
            out.append(CasualtyStatement(cue.kind, None, "", cue.start, cue.end, 0.5, tier=tier(els, c)))
    for k, el in enumerate(els):
        if el.cat == "zero":
            kinds = ("fatal", "injury") if "all" in el.roles else tuple(r for r in el.roles if r in ("fatal", "injury"))
            for kind in kinds:
                # ("le présumé voleur n'est pas décédé": a denial of the one death told before)
                out.append(CasualtyStatement(kind, 0, "", el.start, el.end, 0.8, tier=tier(els, k),
                                             denial="survived" in el.roles))
    return out

# How far a passive casualty verb reaches back for its counted subject, across the place and the unit an ACLED note
# tells between them ("two men suspected of house break-ins and robberies in the Mhlasini area in Verulam
# (eThekwini, KwaZulu-Natal) were fatally assaulted").
_FAR_SUBJECT = 28
# Passive auxiliaries, and the words a report sets between one and its participle ("were reported killed").
_PASSIVE_AUX = frozenset({"were", "was", "been", "are", "is"})
_AUX_TO_PARTICIPLE = frozenset({"reported", "reportedly", "later", "also", "all", "allegedly", "both"})
# The prepositions that open a time phrase between them, and how many words the phrase may take.
_TIME_PREPOSITIONS = frozenset({"during", "on", "overnight", "in", "at"})
_TIME_PHRASE_WORDS = 4


def _after_passive_aux(els: list[Element], c: int) -> bool:
    """Whether the casualty word at ``c`` is a passive participle ("were killed", "were reported killed", "were during
    the nighttime hours killed")."""
    k = c - 1
    if k >= 0 and els[k].word.lower() in _AUX_TO_PARTICIPLE:
        k -= 1
    if k >= 0 and els[k].word.lower() in _PASSIVE_AUX:
        return True
    # (a time phrase between the auxiliary and its participle, as ACLED's Kenya notes write: "Twelve people from the
    # Degodia clan were during the nighttime hours killed")
    for j in range(c - 2, max(-1, c - 2 - _TIME_PHRASE_WORDS), -1):
        if els[j].cat != "word":
            return False
        if els[j].word.lower() in _TIME_PREPOSITIONS:
            return j > 0 and els[j - 1].word.lower() in _PASSIVE_AUX
    return False


# A French casualty word whose adjective is singular: one person burned alive ("brûlé vif", "brûlée vive").
_ONE_BURNED = re.compile(r"\bbr[uû]l[ée]e?\s+viv?[fe]$", re.IGNORECASE)
# The one victim a casualty verb's subject may be ("The victim later died of his injuries", "la victime a succombé").
_ONE_VICTIM = frozenset({"victim", "victime", "الضحية", "ضحية"})
# Articles between a casualty verb and the animals it killed ("killed an oxen", "killed the cattle").
_ANIMAL_ARTICLES = frozenset("a an the some his her their several many".split())
# Plural subject pronouns of a passive casualty verb ("They were killed", "Ils ont été tués"), and its auxiliaries.
_THEY = frozenset({"they", "ils", "elles"})
_PLURAL_AUX = frozenset({"were", "have", "had", "been", "ont", "avaient", "été", "ete", "sont"})


_LEAVING = ("leaving", "left")
# What follows a passive participle that a headline's bare subject suffered ("officer killed by carjackers").
_AFTER_PASSIVE = ("by", "in", "during", "after", "when", "while")


def _one_person_before(els: list[Element], c: int, used: set[int]) -> int | None:
    """The one person the casualty word at ``c`` tells of with no figure, else None: a "leaving" clause's pronoun or
    singular noun ("leaving him killed", "leaving the driver dead"), or a headline's bare singular person before "to
    death" or a passive participle ("beat man to death", "Supreme court security officer killed by carjackers")."""
    def one(k: int) -> bool:
        return k >= 0 and els[k].cat == "person" and els[k].value == 1 and k not in used

    word = els[c].word.lower()
    if els[c].roles & {"noun", "verb"}:
        if c >= 2 and els[c - 1].cat == "word" and els[c - 1].word.lower() in _ONE_PERSON_PRONOUNS \
                and els[c - 2].word.lower() in _LEAVING:
            return c - 1
        if c >= 3 and one(c - 1) and els[c - 2].word.lower() in _SINGULAR_DETERMINERS \
                and els[c - 3].word.lower() in _LEAVING:
            return c - 1
    if word == "death" and c >= 2 and els[c - 1].word.lower() == "to" and one(c - 2):
        return c - 2
    if word.endswith("ed") and c >= 2 and one(c - 1) and els[c - 2].cat not in ("num", "subset") \
            and not _in_subset(els, c - 1) and c + 1 < len(els) and els[c + 1].word.lower() in _AFTER_PASSIVE:
        return c - 1
    return None


def _animals_hit(els: list[Element], c: int) -> bool:
    """Whether the casualty word at ``c`` tells of animals: their noun right before it ("animals killed") or as the
    verb's object after an article ("killed an oxen")."""
    if c >= 1 and els[c - 1].cat == "unit":
        return True
    k = c + 1
    # (an article the number reader set aside keeps no word, only its value: "an" is 1)
    while k < len(els) and k - c <= 2 and els[k].cat == "word" and (els[k].word.lower() in _ANIMAL_ARTICLES
                                                                     or not els[k].word and els[k].value == 1):
        k += 1
    return k < len(els) and els[k].cat == "unit" and k > c + 1


def _counted_before(els: list[Element], c: int) -> tuple[int, int] | None:
    """The figure of the people a plural pronoun before the passive casualty verb at ``c`` stands for ("2 armed
    people shot at the policemen who were trying to arrest them. They were killed when the police returned fire":
    2): the first figure of people in the sentence before, with nothing counted between; and the pronoun's index."""
    k = c - 1
    while k >= 0 and els[k].cat == "word" and els[k].word.lower() in _PLURAL_AUX:
        k -= 1
    if k < 0 or els[k].cat != "word" or els[k].word.lower() not in _THEY:
        return None
    if k == 0 or els[k - 1].cat != "hard":
        return None  # (the pronoun opens its sentence)
    j = k - 2
    while j >= 0 and els[j].cat != "hard":
        j -= 1
    figures = [i for i in range(j + 1, k - 1) if els[i].cat == "num" and els[i].num is not None]
    if len(figures) != 1 or any(els[i].cat == "cue" for i in range(j + 1, k - 1)):
        return None
    f = figures[0]
    people = any(els[i].cat in ("person", "attacker") for i in range(f + 1, min(f + 3, k)))
    return (f, k) if people and els[f].num.value else None


# Singular passive auxiliaries before a casualty verb ("was killed", "a été tué"), as folded words.
_SINGULAR_AUX = frozenset({("was",), ("is",), ("has", "been"), ("had", "been"), ("a", "ete"), ("avait", "ete"), ("a", "été"),
                           ("avait", "été")})


def _one_person_clitic(els: list[Element], c: int) -> bool:
    """A French object pronoun of one person before the killing verb: "le tuant", "la tuant", "l'a tué"."""
    prev = els[c - 1] if c >= 1 else None
    if prev is None or prev.cat != "word":
        return False
    if prev.word in ("le", "la", "l"):
        return True  # ("l'ont abattu": the clitic, then the verb phrase the lexicon reads as one cue)
    return prev.word in ("a", "ont", "avait", "avaient") and c >= 2 and els[c - 2].cat == "word" and els[c - 2].word == "l"


def _singular_passive(els: list[Element], c: int) -> bool:
    """Whether the casualty verb at ``c`` is a singular passive ("was shot dead", its auxiliary in the cue's
    own words or just before it) with a word before it (not "No one was killed": the negation reads that)."""
    if els[c].word in ("was", "is"):
        # ("is" too: ACLED's Kenya notes tell in the present, "A madrassa teacher is beheaded")
        return c >= 1 and els[c - 1].cat == "word"
    words = tuple(e.word for e in els[max(0, c - 2):c])
    if c >= 3 and els[c - 3].cat == "word" and any(words[-len(aux):] == aux for aux in _SINGULAR_AUX):
        return True
    # (a participle coordinated before it: "Gadidche Ladieh Omar was tortured and murdered in detention", ACLED's
    # Djibouti row, 1 fatality)
    return c >= 4 and els[c - 1].word == "and" and els[c - 2].cat == "word" and els[c - 2].word.endswith("ed") \
        and els[c - 3].word in ("was", "is") and els[c - 4].cat == "word"


def _in_subset(els: list[Element], k: int) -> bool:
    """Whether element ``k`` is inside a list of a toll's part ("70 personnes, dont dix femmes et trois
    bébés, ont été tuées": ten and three are among the seventy, not the dead)."""
    j = k - 1
    # (the parts may be listed with commas: "Huit personnes, dont cinq écogardes, un militaire béninois et ...", and
    # told with an age or a group: "dont une enfant de 5 ans et un chef du Jihad islamique")
    while j >= 0 and k - j <= 12 and els[j].cat in ("num", "person", "conj", "word", "other", "soft", "unit"):
        j -= 1
    return j >= 0 and els[j].cat == "subset"


# How many words may stand between a toll and its figure; more when the toll is brought "to" the figure or has
# "reached" it, across the incident's own words ("The death toll as a result of the missile strike on Azerbaijan's
# Ganja city by Armenia has reached 10 people") ("حصيلة قتلى القصف بالغازات السامة الذي شنه طيران النظام السوري على مدينة خان شيخون أمس
# ارتفعت إلى 72 شخصًا").
_TOLL_REACH = 8
_TOLL_REACH_RISEN = 30
_RISEN_TO = frozenset({"to", "à", "a", "إلى", "الى", "الي", "reached", "reaches", "at", "atteint", "بلغت", "بلغ"})


def _on_the_way_to_a_toll(el: Element) -> bool:
    """A word between a toll and its figure; a year too ("the death toll from the 2019 attack was 24")."""
    return el.cat in ("word", "other", "event") or el.cat == "num" and el.num is not None and el.num.year_like


def _subject_word(el: Element) -> bool:
    """A word of an Arabic verb's subject: a plain word, an attacker noun, or people not counted ("مسلحون")."""
    return el.cat in ("word", "attacker") or (el.cat == "person" and not el.value)


def _right(els: list[Element], c: int, used: set[int], persons: bool = True,
           subject: bool = False) -> tuple[list[int], bool]:
    """The figure right after the cue at ``c`` and what is coordinated with it; ``subject``: an Arabic
    verb's subject may stand between ("قتل مسلحون مجهولون ثلاثة مدنيين": the gunmen killed three)."""
    k = c + 1
    if subject and k < len(els) and _subject_word(els[k]):
        j = k
        while j < len(els) and j - k < 5 and _subject_word(els[j]):
            j += 1
        counted = j < len(els) and (els[j].cat == "num" or els[j].cat == "person" and els[j].value)
        if counted and (j - k >= 2 or els[k].cat in ("attacker", "person")):
            k = j
    if k < len(els) and els[k].cat == "word" and els[k].word in _AGENT_MARKERS:
        return [], False  # "was shot dead by two gunmen": those who did it, not those who died
    if persons and k < len(els) and els[k].cat == "word" and els[k].word.lower() in _ONE_PERSON_PRONOUNS:
        return [k], False  # "opened fire on a civilian ..., killing him": one death
    # (an article the number reader set aside as no figure, "a" before an adjective, is a word of value 1)
    if persons and k < len(els) and (els[k].cat in ("word", "num") and els[k].word.lower() in _SINGULAR_DETERMINERS
                                     or els[k].cat == "word" and els[k].value == 1):
        # "killed the driver", "killed a rapid reaction officer", "killed the Supreme Court's administrative
        # chief": one person, however described, is one death
        j = k + 1
        # (an age among the words: "raped and killed a 14-year old girl", ACLED's Nigeria row, 1 fatality)
        while j < len(els) and j - k <= 4 and (els[j].cat == "word" or els[j].cat == "unit" and j > k + 1
                                               and els[j - 1].num is not None) \
                and els[j].word.lower() not in _AGENT_MARKERS:
            j += 1
        if j < len(els) and els[j].cat == "person" and els[j].value == 1 and j not in used:
            k = j
    if k + 1 < len(els) and els[k].cat == "soft" and els[k + 1].word.lower() in _DAYS:
        # (a day and its date set off by commas: "ont tué, lundi 21 octobre, cinq civils", "killed, on Monday, five")
        j = k + 1
        while j < len(els) and j - k <= 5 and (els[j].word.lower() in _DAYS or els[j].cat == "month"
                                                or els[j].cat in ("num", "word") and els[j].value is not None
                                                and 0 < els[j].value <= 31):
            j += 1
        if j + 1 < len(els) and els[j].cat == "soft" and els[j + 1].cat == "num":
            k = j + 1
    if k + 1 < len(els) and els[k].cat == "soft" and els[k + 1].word in _AR_DAYS:
        # (the day set off by commas: "قُتل، الخميس، 14 شخصًا على الأقل")
        j = k + 1
        while j < len(els) and j - k <= 3 and els[j].word in _AR_DAYS:
            j += 1
        if j + 1 < len(els) and els[j].cat == "soft" and els[j + 1].cat == "num":
            k = j + 1
    if k < len(els) and els[k].cat == "word" and k + 1 < len(els) and els[k + 1].cat == "num":
        k += 1
    elif k < len(els) and els[k].word in _AR_ADVERBIAL:
        # "وقتل خلال الاشتباكات أربعة عناصر": a short adverbial between the Arabic verb and its subject
        j = k + 1
        while j < len(els) and j - k < 3 and els[j].cat in ("word", "event"):
            j += 1
        if j < len(els) and els[j].cat == "num":
            k = j
    if persons and k < len(els) and els[k].cat == "word" and els[k].word.lower() not in _NOT_ADJECTIVES:
        # a headline's bare person after a describing word or two: "Vigilante mob lynches suspected criminal"
        j = k
        while j < len(els) and j - k < 2 and els[j].cat == "word" and els[j].word.lower() not in _NOT_ADJECTIVES:
            j += 1
        if j < len(els) and els[j].cat == "person" and els[j].value == 1 and j not in used:
            k = j
    if k >= len(els) or k in used:
        return [], False
    el = els[k]
    if el.cat == "num":
        parts = [k]
    elif persons and el.cat in ("person", "attacker") and el.value:
        parts = [k]
    else:
        return [], False
    attacker = el.cat == "attacker" or (k + 1 < len(els) and els[k + 1].cat == "attacker")
    j = k + 1
    while j < len(els) and j - parts[-1] <= 7:
        x = els[j]
        if (x.cat == "num" or x.cat in ("person", "attacker") and x.value) and x.wa and j not in used:
            # ("قتل ستة من مسلحي الحوثي وجنديان": an Arabic dual joined by و counts two more)
            parts.append(j)
            j += 1
            continue
        if (x.cat == "conj" or x.cat == "soft" and _list_goes_on(els, j)) and j + 1 < len(els):
            y = els[j + 1]
            nxt = els[j + 2] if j + 2 < len(els) else None
            # ("killed 2 soldiers and 8 others were injured": a figure with its own verb after it is another toll)
            after = els[j + 3] if j + 3 < len(els) else None
            # (but "killed a municipal councilman and two other residents": "other" before a person is one more)
            other_person = nxt is not None and nxt.cat == "other" and after is not None and after.cat == "person" \
                and not (j + 4 < len(els) and els[j + 4].cat == "cue")
            if y.cat == "num" and j + 1 not in used and not (nxt is not None and nxt.cat in ("cue", "other")
                                                             and not other_person) \
                    and not (nxt is not None and nxt.cat == "person" and after is not None and after.cat == "cue"):
                parts.append(j + 1)
                j += 2
                continue
            if y.cat in ("person", "attacker") and y.value:
                parts.append(j + 1)
                j += 2
                continue
            if y.cat == "word" and y.word.lower() in _SINGULAR_DETERMINERS and nxt is not None \
                    and nxt.cat in ("person", "attacker") and nxt.value == 1 and j + 2 not in used:
                parts.append(j + 2)  # "the driver and his son", "la femme et son fils"
                j += 3
                continue
            break
        if x.cat not in ("word", "person", "attacker"):
            break
        j += 1
    return parts, attacker

def _list_goes_on(els: list[Element], j: int) -> bool:
    """Whether the comma at ``j`` parts items of a list that an "and" closes further on ("2 soldiers, a
    policeman and a civilian")."""
    for k in range(j + 1, min(len(els), j + 6)):
        if els[k].cat == "conj":
            return True
        if els[k].cat not in ("num", "person", "word"):
            return False
    return False


# Words that count people as a whole, whom the figures after them may break down: "huit personnes, deux Nigériens et six
# touristes français".
_WHOLE_PEOPLE = frozenset({"people", "persons", "individuals", "victims", "personnes", "individus", "victimes",
                           "أشخاص", "شخصا", "شخصاً", "ضحايا"})


def _total_and_its_parts(els: list[Element], parts: list[int]) -> int | None:
    """The first figure of a coordination when it counts people as a whole and the figures after it add up to it
    (a breakdown, not more dead), else None."""
    nums = [p for p in parts if els[p].cat == "num" and els[p].num is not None and els[p].num.value is not None]
    if len(nums) < 3 or nums[0] != parts[0]:
        return None
    first = nums[0]
    noun = next((els[j] for j in range(first + 1, min(first + 3, len(els))) if els[j].cat == "person"), None)
    if noun is None or els[first + 1].cat not in ("person", "word") or noun.word.lower() not in _WHOLE_PEOPLE:
        return None
    whole, rest = els[first].num.value, sum(els[p].num.value for p in nums[1:])
    return whole if whole == rest else None


# "also", "également", "aussi", "كما", "أيضا": a toll told in addition to another.
_ALSO = re.compile(r"\b(?:also|as\s+well|également|aussi)\b|كما\s|أيضا", re.IGNORECASE)


def summarise(text: str, stmts: list[CasualtyStatement]) -> Casualties:
    """The window's fatalities and injuries from its statements: the largest explicit figure of the main
    tier, attackers' deaths added, vague figures kept as words with ACLED's coded value beside them."""
    for s in stmts:
        s.text = text[s.start:s.end]
        if s.kind == "fatal" and s.value is None and not s.vague and _ONE_BURNED.search(s.text):
            # "Brûlé vif par la foule", "un homme a été poignardé ... et brûlé vif": the singular adjective tells
            # one death
            s.value, s.confidence = 1, min(s.confidence, 0.6)
    res = Casualties(statements=stmts)

    def best(kind: str, attacker: bool | None) -> CasualtyStatement | None:
        cands = [s for s in stmts if s.kind == kind and s.value is not None and not s.vague
                 and (attacker is None or s.attacker == attacker)]
        pool = [s for s in cands if s.tier == "main"] or [s for s in cands if s.tier == "background" and not attacker]
        if kind == "fatal" and len(pool) > 1 and any(s.rival for s in pool):
            # sources that disagree ("Amnesty reported 66 killed; activists put the toll at over 90"): ACLED
            # codes the most conservative figure
            return min(pool, key=lambda s: (s.value, -s.confidence))
        top = max(pool, key=lambda s: (s.value, s.confidence)) if pool else None
        if kind == "fatal" and top is not None and top.value == 1 and any(s.denial for s in pool):
            # "Un présumé voleur a été lynché ... le présumé voleur n'est pas décédé": the one death told is denied
            return next(s for s in pool if s.denial)
        return top

    def mention(s: CasualtyStatement | None, factor: float = 1.0) -> Mention | None:
        return None if s is None else Mention(s.text, s.start, s.end, round(s.confidence * factor, 3))

    victims, attackers = best("fatal", False), best("fatal", True)
    used_conf: list[float] = []
    if victims is not None or attackers is not None:
        res.fatalities = (victims.value if victims else 0) + (attackers.value if attackers else 0)  # type: ignore[operator]
        main = victims if victims is not None and (victims.value or attackers is None) else attackers
        res.fatalities_text = mention(main, 1.0 if main.tier == "main" else 0.6)  # type: ignore[union-attr]
        used_conf.append(res.fatalities_text.confidence)  # type: ignore[union-attr]
        if attackers is not None and attackers.value:
            res.attacker_fatalities = attackers.value
            res.attacker_text = mention(attackers)
            res.notes.append("attacker deaths included in fatalities, as ACLED counts all deaths")
    also = [s for s in stmts if s.kind == "fatal" and s.value and not s.vague and s.tier == "main" and not s.attacker
            and _ALSO.search(text, max(0, s.start - 12), s.end)]
    if also and res.fatalities is not None:
        # "Troops killed 12 militants. 2 soldiers were also killed": each side's dead, told apart and added
        # ("also"), are the incident's toll, which ACLED counts whole
        rest = [s for s in stmts if s.kind == "fatal" and s.value and not s.vague and s.tier == "main"
                and not s.attacker and s not in also]
        top = max((s.value for s in rest), default=0)
        parts = sum(s.value for s in rest if s.value != top) + sum(s.value for s in also)  # type: ignore[misc]
        # (unless the largest figure is already their total: "dix morts ... Huit soldats ont été tués ... Deux
        # combattants ont été également tués")
        if rest and parts != top:
            res.fatalities = top + sum(s.value for s in also) + (res.attacker_fatalities or 0)  # type: ignore[misc]
            res.notes.append("deaths told apart ('also') added up")
    inj = best("injury", None)
    if inj is not None:
        res.injuries = inj.value
        res.injuries_text = mention(inj, 1.0 if inj.tier == "main" else 0.6)
        used_conf.append(res.injuries_text.confidence)  # type: ignore[union-attr]
    for kind, missing in (("fatal", res.fatalities is None), ("injury", res.injuries is None), ("casualty", True)):
        if not missing or res.casualties_text is not None:
            continue
        vague = [s for s in stmts if s.kind == kind and s.vague and s.tier == "main"]
        bare = [s for s in stmts if s.kind == kind and s.value is None and not s.vague and s.tier == "main"]
        pick = (vague or bare or [None])[0]
        if pick is not None:
            res.casualties_text = Mention(pick.text, pick.start, pick.end, 0.5)
            if kind == "fatal" and pick.vague and pick.acled is not None:
                res.fatalities_acled = pick.acled
                res.notes.append(f"vague fatality figure; ACLED's convention codes it {pick.acled}")
    res.confidence = max(used_conf) if used_conf else (0.3 if res.casualties_text else 0.0)
    return res
