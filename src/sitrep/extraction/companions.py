"""Events told as the companions of a sentence's event: "opposition rebels ... took control of their town ..., in
conjunction with regime forces shelling the town with artillery and rockets, killing 5 civilians". ACLED's notes name
the coded event first and what went with it after "in conjunction with" or "accompanied by"; the companion's event
words, weapons and words of killing do not type the row (its toll, read from the numbers, still counts)."""
from __future__ import annotations

import re

from .triggers import Hit

# The words that hang a companion event on the one told before them in the sentence.
_COMPANION = re.compile(r",\s*(?:in\s+conjunction\s+with|accompanied\s+by|en\s+même\s+temps\s+que|"
                        r"accompagnée?s?\s+(?:de|par)|بالتزامن\s+مع|تزامنا\s+مع|بالتزامن)\s"
                        # (without the comma when a force doing something follows: "targeted Kafr Kars in rural Aleppo
                        # coded to Kafrnaya in conjunction with Turkish fighters shelling the town")
                        r"|\s(?:in\s+conjunction\s+with)\s(?=(?:[\w'-]+\s){1,4}[a-z]+ing\b)", re.IGNORECASE)
# An earlier deed of another side told after the coded event, "after" its doer: "Al Shabaab clashed with government
# security forces (SNA) ..., after the militants detonated an IED", "Egyptian military forces fired artillery targeting
# potential Islamic State militants ... after the Islamic State detonated an IED" (ACLED's 2020 Egypt and 2025 Somalia
# rows code the clash and the shelling). Its event words do not type the row either.
_ANTECEDENT = re.compile(r"\s(?:after|following|après\s+que)\s+(?:the\s+|an?\s+|suspected\s+|les?\s+|la\s+|l['’]\s*)?"
                         r"(?:[\w'’()-]+\s+){0,4}?(?:detonated|attacked|fired|shelled|launched|planted|ambushed|targeted|"
                         r"stormed|a\s+attaqué|ont\s+attaqué|a\s+fait\s+exploser|ont\s+fait\s+exploser)\b", re.IGNORECASE)
# (a full stop glued to the next sentence ends it too: "... Al-Monitor online reported.Major General ...")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[.!?](?=[A-Z\u0621-\u064A])|\n")
# How far back a companion's sentence may open, in characters (a bound on the search, not a sentence's length).
_SENTENCE_SPAN = 2000
# Words of a toll, which do not make the sentence's event before the companion's words.
_TOLL_LABELS = frozenset({"@kill", "@injure", "@lethal"})
# Event words of violence in a companion: fire, strikes, fighting.
_VIOLENCE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Armed clash", "Attack", "@attack",
                       "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})


def without_companion_events(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` (in text order) without the event words and weapons of a companion event (see the module docstring),
    when an event word stands before the companion's words in the same sentence."""
    dropped: list[tuple[int, int]] = []
    # (a companion's words start after its marker; an earlier deed's with its verb)
    cues = [(c, c.end()) for c in _COMPANION.finditer(text)] + [(c, c.start()) for c in _ANTECEDENT.finditer(text)]
    for cue, told_from in cues:
        back = max(0, cue.start() - _SENTENCE_SPAN)
        opening = max((m.end() for m in _SENTENCE_END.finditer(text, back, cue.start())), default=back)
        if not any(h.kind == "trigger" and h.label not in _TOLL_LABELS and opening <= h.start < cue.start() for h in hits):
            continue
        close = _SENTENCE_END.search(text, cue.end())
        end = close.start() if close is not None else len(text)
        dropped.append((told_from, end))
        if any(h.kind == "trigger" and h.label in _VIOLENCE and told_from <= h.start < end for h in hits):
            # ("took control of their town after regime forces withdrew from it ..., in conjunction with regime forces
            # shelling the town": ground taken under fire changed hands by force, ACLED's takeover, not a transfer)
            hits = [h for h in hits if not (h.label == "Non-violent transfer of territory" and opening <= h.start < cue.start())]
    if not dropped:
        return hits
    return [h for h in hits if not (h.kind in ("trigger", "weapon") and any(s <= h.start < e for s, e in dropped))]
