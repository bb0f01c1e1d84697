"""What a crowd gathered for, not what happened at it: a protest's grievance ("against police brutality", "contre les
violences policières"), what set it off ("after a student died in custody"), and the kin it stands up for ("relatives of
the 43 students"). Event words there are another incident's; a gathering followed by a demand is a demonstration; and
protest words in the background of unnamed men's violence are the background's.
"""
from __future__ import annotations

import re

from ..textnorm import enclosing_bracket
from .passing_events import SENTENCE_END as _SENTENCE_END
from .triggers import Hit

__all__ = ["CLAUSE_END", "CROWD", "denounced", "gatherings_with_demands", "motive_spans", "without_grievances"]


# Cues that say the authorities acted on a crowd; inside what a protest is against they say nothing.
_INTERVENTION_CUES = {"@lethal", "@intervene", "@security"}
# Events a crowd reacts to or demands redress for ("the killing of three students", "the release of
# their abducted husbands"): in a motive, another incident's. Clashes and looting told there are the
# crowd's own doing ("rallied against Macron, clashing with police in several cities").
_MOTIVE_EVENTS = {"@kill", "@attack", "Attack", "Abduction/forced disappearance", "Sexual violence", "Arrests", "Agreement",
                  "Air/drone strike", "Shelling/artillery/missile attack", "Natural disaster", "Man-made disaster",
                  "Diplomatic event",
                  # (what a crowd demands is no change it made: "demanding the withdrawal of the case", "against the
                  # deployment of troops", "calling for a military base to close")
                  "Non-violent transfer of territory", "Change to group/activity", "Headquarters or base established"}
# Fighting that set a crowd off or that its members belong to the aftermath of ("after last week's armed
# clashes", "relatives of those killed in the clashes") is another incident's; fighting after a grievance
# ("rallied against Macron, clashing with police") is the crowd's own.
_SPARK_MARKERS = {"@spark", "@kin"}
_SPARK_EVENTS = {"Armed clash"}
# Crowd words in a spark that names an earlier time ("after the intense protests and riots in the prisons in
# the previous week", "après les émeutes de la semaine dernière"): another crowd's, on another day.
_EARLIER_CROWD = {"@protest", "@riot", "Peaceful protest", "Protest with intervention", "Violent demonstration",
                  "Mob violence", "Excessive force against protesters"}
CROWD = {"@protest", "@riot"}
# How far after a protest word its grievance may start.
_GRIEVANCE_REACH = 160
# A crowd's demand reaches further in its sentence: ACLED's notes put place, divisions and occasion between ("anti-quota
# student demonstrators vandalized the office of ... in Brahmanbaria city, Brahmanbaria Sadar (Chittagong), during the
# first day of the non-cooperation movement ..., demanding resignation of the Prime Minister for deaths during ...").
_DEMAND_REACH = 400
_DEMAND = re.compile(r"(?:to\s+)?(?:demand|calling\s+for|call\s+for|urging|réclam|exige|revendiqu|مطالب|للمطالب|يطالب)",
                     re.IGNORECASE)
# The anger or refusal a crowd voices, which runs to its sentence's end ("تعبر عن غضب المتظاهرين من الانتهاكات ...،
# خاصة خلال اجتياح ...، والتي أسفرت عن مقتل عشرات المدنيين": the killings are what it is angry at).
_VOICED = re.compile(r"تعبر\s+عن|تعبيرا\s+عن")
# Grievance rows too common to make a gathering a protest by themselves ("gathered over ...").
_BARE_PREPOSITIONS = frozenset({"against", "over", "contre", "ضد"})
_BARE_OVER = frozenset({"over"})
CLAUSE_END = re.compile(r"[.;,!?\n،؛]")
# Forces that start a clause of their own: "... and Military forces are working to re-open the road", "et la police
# a dispersé", "..., and police forces intervened and arrested three of the protesters".
_FORCES_CLAUSE = (r"\s(?:and|et)\s+(?:the\s+|la\s+|les\s+|l['’]\s*)?(?:security\s+|military\s+|riot\s+)?"
                  r"(?:police|policemen|military|army|troops|soldiers|forces|gendarmes|gendarmerie|armée|"
                  r"forces\s+de\s+l['’]ordre)\s")
_NEW_CLAUSE = re.compile(r"\s(?:as|when|while|but|before|until|lorsque|quand|alors\s+que|mais|avant\s+que|عندما|بينما|لكن|قبل\s+أن)\s"
                         r"|" + _FORCES_CLAUSE, re.IGNORECASE)
_FORCES_TURN = re.compile(_FORCES_CLAUSE, re.IGNORECASE)
# A spark whose words are the forces firing on or charging the crowd ("At least four people were killed ... after police
# fired rubber bullets at protesters", "après que la police a tiré sur les manifestants", "بعد أن أطلقت قوات الأمن
# النار"): what was done to the crowd, the event itself, not what the crowd reacted to.
_FORCES_ACT = re.compile(
    r"\s+(?:that\s+|que\s+|qu['’]\s*|أن\s+)?(?:the\s+|la\s+|les\s+|l['’]\s*)?(?:security\s+|riot\s+|anti-riot\s+)?"
    r"(?:police|policemen|police\s+officers|soldiers|troops|security\s+forces|forces\s+de\s+l['’]ordre|forces\s+de\s+"
    r"sécurité|gendarmes|policiers|militaires)\s+(?:\w+\s+)?(?:fired|opened\s+fire|shot|charged|baton-charged|"
    r"a\s+tiré|ont\s+tiré|ont\s+ouvert\s+le\s+feu|a\s+ouvert\s+le\s+feu|ont\s+chargé|a\s+chargé)\b"
    r"|\s+(?:أن\s+)?(?:أطلقت|اطلقت|فتحت|أطلق|فتح)\s+(?:قوات\s+الأمن|الشرطة|قوات\s+الشرطة|الجيش|قوات\s+الجيش)\s",
    re.IGNORECASE)
# A grievance word followed by a place or a time tells where or when the crowd was, not what it wanted.
_WHERE_OR_WHEN_NEXT = re.compile(r"\s+(?:after|in|at|outside|near|on|across|along|during|since|before|around|"
                                 r"throughout|après|à|dans|devant|pendant|depuis|avant)\b", re.IGNORECASE)
# A day of the week, then a preposition of place and a name: when and where the crowd gathered, told after its
# grievance ("contre la réforme des retraites jeudi à Paris", "against the new tax on Thursday in Nairobi").
_DAY_THEN_PLACE = re.compile(r"\s(?:on\s+|ce\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
                             r"mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:in|at|à|au|dans|en)\s+(?-i:[A-Z])",
                             re.IGNORECASE)
# A relative clause after the comma still tells the grievance: "an investigation into the crash, which
# killed 57 people".
# (after a preposition too: "to mark the anniversary of the Paris attacks of 9 January 2013, in which Turkey's
# intelligence agency (MIT) allegedly killed 3 PKK and KNK leaders", "au cours duquel")
_RELATIVE = re.compile(r",\s*(?:(?:(?:in|during|by|at|on|after|from|with|through)\s+)?(?:which|whom)\s"
                       r"|(?:which|who|whose|that|qui|dont|lequel|laquelle|au\s+cours\s+duquel|lors\s+duquel|الذي|التي|الذين)\s"
                       # (a participle clause too: "compensation for their crop, damaged during lockdown")
                       r"|[a-z]+ed\s+(?:by|during|in|after|due|because|when|amid)\b)", re.IGNORECASE)
# How far before a protest word the crowd's kin marker may stand ("relatives of the 43 students of the
# Ayotzinapa teachers' college who disappeared in 2014 marched").
_KIN_REACH = 200
# Nothing but a definite article between a spark's marker and a crowd word: "après la mobilisation", "after the rally"
# (a bare plural is an earlier wave: "following anti-government demonstrations").
_ONLY_ARTICLE = re.compile(r"\s*(?:the|la|le|l['’]|cette|ce)\s*", re.IGNORECASE)


def motive_spans(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Stretches of text that tell why a crowd gathered (see :func:`_labelled_motives`)."""
    return [(s, e) for s, e, _ in _labelled_motives(text, hits)]


def _labelled_motives(text: str, hits: list[Hit]) -> list[tuple[int, int, str]]:
    """Stretches of text that tell why a crowd gathered, not what happened at it: a grievance
    ("protested against police brutality", "manifesté contre les violences policières") or a spark
    ("rioted after a student died in custody", "après la mort d'un jeune"). Each runs from its marker
    (``@grievance`` / ``@spark`` rows) to the end of the clause. A grievance counts within 80 characters
    after a protest word; a spark within 120 characters either side of a protest or riot word, unless
    the marker only continues the story ("after which", ``@sequel`` rows)."""
    protests = [h for h in hits if h.label == "@protest"]
    crowd = [h for h in hits if h.label in CROWD and h.weight >= 2.5]  # a crowd named, not "damaged"
    sequels = [h for h in hits if h.label == "@sequel"]
    spans = []
    for g in hits:
        stop = CLAUSE_END
        if g.label == "@grievance" and _WHERE_OR_WHEN_NEXT.match(text, g.end):
            continue  # "worshippers protesting after Friday prayers in Zahedan": where or when, not what
        if g.label == "@grievance":
            # (ACLED's notes put the place and its divisions between: "gathered in Agen (Lot-et-Garonne,
            # Nouvelle-Aquitaine) to denounce")
            # ("protesting the killing of ...": the protest word may be the marker's own first word, or hold it:
            # "to demonstrate against the death of an adolescent during a military police intervention")
            reach = _DEMAND_REACH if _DEMAND.match(g.text) else _GRIEVANCE_REACH
            if _VOICED.match(g.text):
                stop = _SENTENCE_END
            near = any(0 <= g.start - h.end <= reach and not _SENTENCE_END.search(text, h.end, g.start)
                       or h.start <= g.start < h.end or g.start <= h.start < g.end for h in protests)
            closed = _bracket_close(text, g.start)
            if not near and closed is not None and any(0 <= h.start - closed <= _KIN_REACH
                                                       and not _SENTENCE_END.search(text, closed, h.start)
                                                       for h in protests):
                # the crowd described in a bracket before its protest word: "people under the banner of 'Justice for
                # Munia' (a platform seeking justice for college student Munia's rape and death) staged a human
                # chain protest": the cause runs to the bracket's end
                spans.append((g.end, closed, g.label))
                continue
        elif g.label == "@kin":
            # who the crowd is names what it reacts to: the span runs to the protest word
            word = next((h for h in protests if 0 <= h.start - g.end <= _KIN_REACH
                         and not _SENTENCE_END.search(text, g.end, h.start)), None)
            if word is not None:
                spans.append((g.start, word.start, g.label))
                continue
            # (told after the protest, the kin's words run to the clause's end: "a protest was held by family
            # members of a newborn baby who died due to alleged negligence of doctors")
            near = any(0 <= g.start - h.end <= _KIN_REACH and not _SENTENCE_END.search(text, h.end, g.start)
                       for h in protests)
        elif g.label == "@spark" and not any(s.start <= g.start < s.end for s in sequels) \
                and not (_crowd_after(text, g, hits) and not _held_for(g, hits)) and not _FORCES_ACT.match(text, g.end):
            # after the crowd, the spark runs to the sentence's end ("after gunmen attacked a village,
            # killing 12"); before it ("After a man died in custody, protesters..."), to the clause's.
            after = any(0 <= g.start - h.end <= 120 for h in crowd)
            near = after or any(0 <= h.start - g.end <= 120 for h in crowd)
            stop = _SENTENCE_END if after else CLAUSE_END
        else:
            continue
        if near:
            end = stop.search(text, g.end)
            while end is not None and _RELATIVE.match(text, end.start()):
                end = stop.search(text, end.end())
            stop_at = end.start() if end else len(text)
            if g.label == "@grievance":
                # "calling for Bashir to resign as police fired tear gas": a new clause tells what happened
                turn = _NEW_CLAUSE.search(text, g.end, stop_at)
                stop_at = turn.start() if turn else stop_at
                # "rioters demonstrating against dire living conditions gathered at the al Nour square in Tripoli":
                # the crowd's own verb after the grievance ends it (where it gathered is the event's place)
                acted = next((h.start for h in hits if h.label == "@protest" and h.kind == "cue"
                              and g.end < h.start < stop_at and h.start - g.end > 3), None)
                stop_at = acted if acted is not None else stop_at
                # "la manifestation contre la réforme des retraites jeudi à Paris": the day and the place after the
                # grievance are the crowd's own
                when = _DAY_THEN_PLACE.search(text, g.end, stop_at)
                stop_at = when.start() if when else stop_at
            elif g.label == "@spark":
                # (the forces' own clause after the spark tells what happened at the crowd: "protested ... after
                # they were evicted ..., and police forces intervened and arrested three of the protesters")
                turn = _FORCES_TURN.search(text, g.end, stop_at)
                stop_at = turn.start() if turn else stop_at
            spans.append((g.end, stop_at, g.label))
    return spans


def _held_for(spark: Hit, hits: list[Hit]) -> bool:
    """Whether the spark is also an earlier time's marker ("detained an activist ... for participating in the protests"):
    the crowd named right after it is one someone is held for having joined, not the event's."""
    return any(h.label == "@earlier" and h.start == spark.start and h.end == spark.end for h in hits)


def _crowd_after(text: str, spark: Hit, hits: list[Hit]) -> bool:
    """Whether the spark's words name the crowd's own gathering ("Un manifestant toujours entre la vie et la mort, après
    la mobilisation anti-bassine qui a eu lieu samedi à Sainte-Soline"): what came after it, not what it reacted to, so
    its day and place are the event's."""
    return any(h.label in ("@protest", "@riot") and h.start >= spark.end
               and _ONLY_ARTICLE.fullmatch(text, spark.end, h.start) for h in hits)


def _bracket_close(text: str, at: int) -> int | None:
    """Where the bracket ``at`` stands in closes, or None when ``at`` is in no bracket of its sentence."""
    bracket = enclosing_bracket(text, at, at)
    if bracket is None or at - bracket[0] > 200 or bracket[1] - at > 300 or _SENTENCE_END.search(text, bracket[0], at):
        return None
    return bracket[1]


def gatherings_with_demands(text: str, hits: list[Hit]) -> list[Hit]:
    """A gathering word (an ``@protest`` cue: "gathered", "converged", "تجمع") followed in its sentence by
    a demand or a denunciation (``@grievance``: "to demand access to their savings", "calling for",
    "للمطالبة") is a demonstration, though no protest word is written: it becomes a protest trigger."""
    cues = [h for h in hits if h.label == "@protest" and h.kind == "cue"]
    if not cues:
        return hits
    grievances = [h for h in hits if h.label == "@grievance" and h.text.strip().lower() not in _BARE_OVER]
    armed = [h for h in hits if h.label == "@armed"]
    out = list(hits)
    for c in cues:
        if any(h.label == "@protest" and h.kind == "trigger" and abs(h.start - c.start) <= _GRIEVANCE_REACH for h in hits):
            continue
        # "gathered over ..." is no demand; "gathered ... against a law" is one, unless armed men gather
        near_armed = any(abs(a.start - c.start) <= _GRIEVANCE_REACH for a in armed)
        if any(0 <= g.start - c.end <= _GRIEVANCE_REACH and not _SENTENCE_END.search(text, c.end, g.start)
               and not (near_armed and g.text.strip().lower() in _BARE_PREPOSITIONS) for g in grievances):
            out.append(Hit(c.start, c.end, c.text, "@protest", 3.0, "trigger", c.token, c.ntok))
    return out


def without_grievances(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop intervention cues and words of killing, attack or abduction in the motive of a protest (see
    :func:`motive_spans`): what the crowd denounced or reacted to ("the release of their abducted
    husbands") was not done to it, and this report does not tell it as an event of its own. Crowd words
    in a spark that names an earlier time (``@earlier``: "after the riots in the prisons in the previous
    week") are an earlier crowd's and go too."""
    if any(h.label == "@protest" for h in hits):
        # (a crowd's own property told in a state it was left in: "protested ... for recovery of their looted valuables")
        hits = [h for h in hits if not ((h.label in _DESTRUCTION or h.label == "@riot" and h.kind == "cue")
                                        and _OWNED_STATE.search(text, max(0, h.start - 8), h.start))]
    spans = _labelled_motives(text, hits)
    if not spans:
        return hits
    # (in a demand, what the people it names did is theirs: "demanding the arrest of people who set fire to wheat
    # crops")
    hits = [h for h in hits if not ((h.label in _DESTRUCTION or h.label == "@riot" and h.kind == "cue") and any(
        s <= h.start < e and label == "@grievance" and _DEMAND.search(text, max(0, s - 14), s)
        and _WHO_DID.search(text, s, h.start) for s, e, label in spans))]
    earlier = [(s, e) for s, e, label in spans if label == "@spark"
               and (any(h.label == "@earlier" and (s <= h.start < e or h.end == s) for h in hits)
                    or _after_crowdless_act(text, s, hits))]
    hits = [h for h in hits if not (h.label in _EARLIER_CROWD and any(s <= h.start < e for s, e in earlier))]
    # (what someone the crowd stands up for is accused of is the charge's, not the crowd's: "against the detention
    # of two activists accused of vandalising a bank")
    charges = [c.start for c in hits if c.label == "@charge"]
    hits = [h for h in hits if not (h.label == "@riot" and h.kind == "cue" and any(
        s <= c < h.start < e for s, e, _ in spans for c in charges))]
    # (a modality there is the other incident's too: "relatives of those abducted last year")
    return [h for h in hits if not any(s <= h.start < e and (h.kind == "cue" and h.label in _INTERVENTION_CUES
                                                          # ("for compensation for their crop, damaged by rains":
                                                          # a weak riot word there is the grievance's)
                                                          or h.kind == "cue" and h.label == "@riot" and h.weight < 2
                                                          and label == "@grievance"
                                                          or h.kind == "modality" and label in _SPARK_MARKERS
                                                          or h.kind == "trigger" and h.label in _MOTIVE_EVENTS
                                                          # (destruction named as what the crowd is against, not
                                                          # told as its doing: "against the demolishing of a
                                                          # leader's house")
                                                          or label == "@grievance" and _named_not_done(text, h)
                                                          # (a fight named as when the grievance happened: "against the
                                                          # prior killing of Krishak Dal leader during a clash with
                                                          # police forces", not a fight at this rally)
                                                          or label == "@grievance" and h.kind == "trigger"
                                                          and h.label == "Armed clash" and any(
                                                              a.label == "@amid_battle" and a.start <= h.start < a.end
                                                              for a in hits)
                                                          # (and an agreement named there in passing: "to demand
                                                          # implementation of a 2013-2017 bargaining agreement")
                                                          or h.label in ("Agreement", "@pact")
                                                          or h.kind == "trigger" and label in _SPARK_MARKERS
                                                          and h.label in _SPARK_EVENTS
                                                          # (and so is destruction that set a protest off: "farmers
                                                          # protested ... after water pollution destroyed their
                                                          # crops"; not looting that brought the police, whose
                                                          # crowd the looting is)
                                                          or h.kind == "trigger" and label == "@spark"
                                                          and h.label == "Looting/property destruction"
                                                          and _protest_before(text, s, hits))
                                       for s, e, label in spans)]


def _protest_before(text: str, at: int, hits: list[Hit]) -> bool:
    """Whether a protest word stands before ``at`` in its sentence."""
    return any(h.label == "@protest" and h.end <= at and not _SENTENCE_END.search(text, h.end, at) for h in hits)


def _after_crowdless_act(text: str, spark_end: int, hits: list[Hit]) -> bool:
    """Whether the spark ending at ``spark_end`` follows, in its sentence, an act of violence (no fight, no arrest) told
    of actors no crowd word names:
    "unidentified assailants ... set ablaze the place of worship ..., amid the outbreak of violence after the resignation
    of the Prime Minister, following anti-government demonstrations" (ACLED's Bangladesh rows, coded Mob violence): the
    demonstrations there are the background's, not what the assailants did; so for a mob. ("Rioters burned tyres
    following a protest" names its crowd before the spark and keeps it.)"""
    sentence_start = 0
    for m in _SENTENCE_END.finditer(text, 0, spark_end):
        sentence_start = m.end()
    before = [h for h in hits if sentence_start <= h.start < spark_end]
    # (a riot cue is an act, "vandalized", "set ablaze"; a crowd is named by a protest word or a riot trigger,
    # "rioters"; a mob is no demonstrating crowd: "a mob set ablaze the Jabir International, a five-star hotel owned by
    # Jessore district Awami League general secretary, ... amid the outbreak of violence after the resignation of the
    # Prime Minister, following anti-government demonstrations" is ACLED's Mob violence, BGD28136)
    crowd = [h for h in before if h.label in _EARLIER_CROWD and h.label != "Mob violence"
             and (h.label != "@riot" or h.kind == "trigger")]
    # (clashes after a march are the march's own aftermath: "un jeune tué lors de heurts après une marche anti-Condé")
    # ("engaged in a clash ..., after a verbal altercation over the Awami League's political rally escalated": the rally
    # is what the quarrel was about, not what the clash came out of)
    fought = any(h.label in ("Armed clash", "@clash") for h in before) and any(
        h.label in _EARLIER_CROWD and spark_end <= h.start <= spark_end + 20 for h in hits)
    # (arrests after a protest are the intervention at it, ACLED's Protest with intervention)
    return not crowd and not fought and any(h.kind == "trigger" and h.label != "Arrests" for h in before) \
        and not any(h.kind == "trigger" and h.label == "Arrests" for h in before)


# A destruction word used as a noun, after an article or a preposition; a participle that tells what the crowd did
# ("clashing with police, looting shops") has none.
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|of|against|over|for|about|on|la|le|les|l['’]|du|des|de|contre)\s*$", re.IGNORECASE)
_DESTRUCTION = {"Looting/property destruction", "@destroy"}
# A possessive right before a destruction participle: the owners' property in the state it was left in.
_OWNED_STATE = re.compile(r"\b(?:their|his|her|its|our|leurs?|ses|son|sa|nos)\s+$", re.IGNORECASE)
# A relative clause: who did what a crowd demands redress for ("the arrest of people who set fire").
_WHO_DID = re.compile(r"\b(?:who|which|that|whom|qui)\s", re.IGNORECASE)


def _named_not_done(text: str, h: Hit) -> bool:
    """Whether a destruction word ``h`` in a grievance is named as a thing (see ``_NOUN_BEFORE``)."""
    if h.label not in _DESTRUCTION:
        return False
    return bool(_NOUN_BEFORE.search(text, max(0, h.start - 12), h.start))


# A death a crowd denounces, named before the force it blames ("against the death of an adolescent during a military
# police intervention").
_DEATH_NAMED = re.compile(r"(?i)\b(?:death|deaths|killing|killings|murder|murders|mort|morts|décès|meurtre|assassinat)\b|"
                          r"مقتل|وفاة|اغتيال")


def denounced(text: str, at: int, motives: list[tuple[int, int]]) -> bool:
    """Whether the words at ``at`` name someone a crowd denounces for a death it protests (inside a motive, after the
    death's word), not a side of the crowd's own event."""
    return any(s <= at < e and _DEATH_NAMED.search(text, s, at) for s, e in motives)
