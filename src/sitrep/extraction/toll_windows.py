"""How far a sentence's casualty window reaches: the toll lines and toll sentences after an event that belong to it,
and the words that say a toll is not known."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Event, Mention, Sentence
from .classify import SUB_EVENT_TYPES
from .context import DocContext
from .incidents import toll_only
from .mentions import EventMention


# A line that only gives the toll, as channel posts and wires write it: "Premier bilan : au moins 15 tués",
# "Bilan provisoire", "Death toll:", "الحصيلة".
# (ACLED's notes close on the count alone: "1 injured.", "3 fatalities.")
_TOLL_LINE = re.compile(r"\W*(?:(?:premier|nouveau|dernier|lourd)\s+)?bilan\b|\W*(?:the\s+)?(?:death\s+)?toll\b|\W*(?:ال)?حصيلة"
                        r"|\W*\d+\s+(?:injured|wounded|fatalit(?:y|ies)|dead|killed|deaths?)\W*$", re.IGNORECASE)

# A sentence that gives the toll of "the incident", "the attack" told before ("وأوردت وسائل إعلام محلية أن الحادث
# الذي جدّ بالقرب من مقر البرلمان السويدي، أسفر عن وقوع 3 قتلى", "l'attaque a fait 12 morts", "the attack left 5 dead").
_TOLL_OF_THE_INCIDENT = re.compile(
    r"(?:ال)?(?:حادث|هجوم|انفجار|تفجير|اعتداء)\b[^.\n]{0,80}?(?:أسفر|اسفر|خلف|خلّف)\w*\s+عن"
    r"|(?:أسفر|اسفر|خلف|خلّف)\w*\s+(?:ال)?(?:حادث|هجوم|انفجار|تفجير|اعتداء)\w*\s+عن"
    r"|\b(?:l['’]|cet(?:te)?\s+)(?:attaque|attentat|incident|explosion|assaut)\s+(?:a|aurait)\s+fait\b"
    r"|\bthe\s+(?:attack|incident|blast|explosion|assault)\s+(?:left|killed|claimed)\b", re.IGNORECASE)


def toll_line_after(ctx: DocContext, sents: list[Sentence], per_sentence: list[list[EventMention]], sidx: int,
                     follow: int) -> int:
    """The end (exclusive sentence index) of the casualty window of sentence ``sidx``: a toll line within the
    next three sentences ("Les VDP et l'armée ripostent. Premier bilan : 15 militaires tués.") belongs to the
    event told before it, unless a sentence between tells another kind of event."""
    if not per_sentence[sidx]:
        return follow
    kinds = {SUB_EVENT_TYPES.get(m.sub) for m in per_sentence[sidx]}
    for k in range(follow, min(len(sents), sidx + 4)):
        if (_TOLL_LINE.match(ctx.text, sents[k].start, sents[k].end) or _TOLL_OF_THE_INCIDENT.search(
                ctx.text, sents[k].start, sents[k].end)) and toll_only(ctx, sents[k], per_sentence[k]):
            return k + 1
        if any(m.specific and SUB_EVENT_TYPES.get(m.sub) not in kinds for m in per_sentence[k]):
            break
    return follow


# A toll said not to be known or given.
TOLL_UNKNOWN = re.compile(r"\b(?:unknown|not\s+(?:immediately\s+)?(?:known|clear|available|given|reported)|unclear|"
                           # ("with no reports of injuries or fatalities", "no information on casualties")
                           r"no\s+(?:reports?|information|word)\s+(?:of|on|about)\s+(?:any\s+)?(?:injuries\s+or\s+)?"
                           r"(?:fatalities|casualties|deaths)|"
                           r"without\s+giving\s+(?:a\s+|any\s+)?(?:toll|figure|number)|inconnus?|pas\s+(?:encore\s+)?(?:connus?|précisée?s?)|sans\s+(?:donner|préciser|fournir)\s+de\s+bilan|"
                           r"aucun\s+bilan)\b|غير\s+معروف|لم\s+يعرف|لم\s+تعرف|دون\s+(?:ذكر|تحديد)", re.IGNORECASE)


# The person an abduction or a rape was done to, called its "victim", is no casualty ("seven men were abducted ...
# who demanded a ransom to set the victims free"): in those events the word alone speaks of no death.
_VICTIM_WORD = re.compile(r"\b(?:victims?|victimes?)\b|ضحايا|ضحية", re.IGNORECASE)
VICTIM_IS_NO_CASUALTY = frozenset({"Abduction/forced disappearance", "Sexual violence"})


def only_victims_named(statements: list[Any]) -> bool:
    """True when every death or casualty statement is only the word "victim" (no killing, no wound, no toll noun)."""
    told = [st for st in statements if st.kind in ("fatal", "casualty")]
    return bool(told) and all(st.kind == "casualty" and _VICTIM_WORD.search(st.text) for st in told)


def lead_toll(ctx: DocContext, numbers: Any, events: list[Event]) -> None:
    """Give the main event a death told alone in a sentence before it: "Hezbollah announced the death of one fighter
    (coded to Marwahin). The circumstances of the fighter's death are unclear, but likely from Israeli shelling"
    (ACLED's 2024 Lebanon rows: the shelling's toll, 1). Only when the main event tells no figure of its own, the
    earlier sentence tells no event and gives one explicit figure."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.trigger is None or not (main.fatalities is None or main.fatalities_estimated):
        return
    for sent in ctx.sentences:
        if sent.end > main.trigger.start:
            break
        if any(e.trigger is not None and sent.start <= e.trigger.start < sent.end for e in events):
            continue
        cas = numbers.find_casualties(ctx.text, ctx.lang, sent.start, sent.end)
        value = cas.fatalities if cas is not None else None
        if value:
            main.fatalities, main.fatalities_estimated = value, False
            told = getattr(cas, "fatalities_text", None)
            main.fatalities_text = Mention(told.text, told.start, told.end, told.confidence) if told else None
            mourner = _MOURNED.search(ctx.text, sent.start, sent.end)
            group = next((a for a in ctx.actors if mourner is not None and a.start is not None
                          and sent.start <= a.start and (a.end or 0) <= mourner.start()
                          and not _WORDS_BETWEEN.search(ctx.text, a.end or 0, mourner.start())), None)
            if group is not None and main.actor2 is None and (main.actor1 is None or main.actor1.name != group.name):
                # (a group that announces the death of its fighter is the side hit: ACLED's actor2)
                main.actor2 = replace(group, confidence=min(group.confidence, 0.6))
            return


# A group announcing its own dead: "Hezbollah announced the death of one fighter", "Hamas mourned ...".
_MOURNED = re.compile(r"\b(?:announced|mourned|confirmed|acknowledged|eulogi[sz]ed)\s+(?:the\s+)?(?:death|deaths|"
                      r"killing|loss|martyrdom)\s+of\b", re.IGNORECASE)
# Anything but a space or a time between the group and its announcement.
_WORDS_BETWEEN = re.compile(r"[^\s]")
