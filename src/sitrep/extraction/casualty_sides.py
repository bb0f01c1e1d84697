"""Which side a casualty figure counts — the state's forces, an armed group, or civilians — so that a battle's toll
told side by side ("dix de ses soldats avaient été tués ... 46 combattants ennemis avaient été tués") is added up,
as ACLED counts every death of an event.

The side words are ``data/lexicons/casualty_sides.tsv``; :class:`SideReader` compiles them once per language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from ..textnorm import fold
from .number_records import CasualtyStatement

if TYPE_CHECKING:
    from .mentions import EventMention

# Words that put the group named after a figure in charge of it: "40 tués au sein de la rébellion", "two dead
# among the militants", "قتيلان في صفوف المسلحين". Other words after the figure ("killed by militants") name
# someone else.
_AMONG = re.compile(r"\W*(?:\w+\W+)?(?:au\s+sein\s+d|parmi|dans\s+les\s+rangs\s+d|du\s+côté\s+d|among|within\s+the\s+ranks|"
                    r"on\s+the\s+side\s+of|في\s+صفوف|من\s+بين|بين)", re.IGNORECASE)
# Or the figure's own noun, right after it: "مقتل 20 جنديا", "63 من المهاجمين", "killed 12 of the militants".
_OWN_NOUN = re.compile(r"\s*(?:(?:of\s+the|من)\s+)?", re.IGNORECASE)
# A part of the figure named after it: "dont deux VDP", "including two officers", "بينهم ضابطان".
_SUBSET = re.compile(r"\b(?:dont|including|among\s+them)\b|(?:^|\s)(?:بينهم|منهم)(?:\s|$)", re.IGNORECASE)
# How far after a figure its "among ..." phrase may run, and where it stops.
_AFTER_REACH = 60
_CLAUSE_END = re.compile(r"[.;!?\n؛]")
_ARABIC_PREFIX = "(?:وال|بال|لل|ال|و|ب)?"
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class SideReader:
    """The compiled side words of one language."""

    pattern: re.Pattern[str]
    side_of: dict[str, str]

    @classmethod
    def load(cls, lang: str) -> "SideReader":
        """The side words of ``lang`` from the shipped table."""
        path = resources.files("sitrep") / "data" / "lexicons" / "casualty_sides.tsv"
        side_of: dict[str, str] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            parts = line.split("\t")
            if n == 0 or len(parts) < 3 or parts[0] != lang:
                continue
            side_of[fold(parts[1]).lower()] = parts[2]
        words = "|".join(re.escape(p) for p in sorted(side_of, key=len, reverse=True)) or r"(?!x)x"
        prefix = _ARABIC_PREFIX if lang == "ar" else ""
        return cls(re.compile(rf"(?<!\w){prefix}({words})(?!\w)", re.IGNORECASE), side_of)

    def side(self, text: str, stmt: CasualtyStatement) -> str | None:
        """The side whose dead ``stmt`` counts: a side word inside the figure's phrase ("2 soldats tués"), the
        figure's own noun right after it ("مقتل 20 جنديا"), or one introduced by "among" after it ("40 tués au sein de la
        rébellion"); None when it names none."""
        found = self.pattern.search(fold(text[stmt.start:stmt.end]))
        if found is None:
            after = text[stmt.end:stmt.end + _AFTER_REACH]
            stop = _CLAUSE_END.search(after)
            after = fold(after[:stop.start() if stop else len(after)])
            among = _AMONG.match(after)
            found = self.pattern.search(after, among.end()) if among else \
                self.pattern.match(after, _OWN_NOUN.match(after).end())  # type: ignore[union-attr]
        if found is not None and self.side_of.get(found.group(1).lower()) == "armed":
            # ("douze combattants tombés, dont deux VDP": the part a subset names says whose fighters the whole are)
            clause = text[stmt.end:stmt.end + _AFTER_REACH]
            stop = _CLAUSE_END.search(clause)
            clause = fold(clause[:stop.start() if stop else len(clause)])
            part = _SUBSET.search(clause)
            named = self.pattern.search(clause, part.end()) if part else None
            if named is not None and self.side_of.get(named.group(1).lower()) == "state":
                return "state"
        return None if found is None else self.side_of.get(found.group(1).lower())


def side_by_side_total(text: str, pool: list[CasualtyStatement], sides: SideReader) -> int | None:
    """The deaths of several sides added up, each side's largest figure once: "15 soldats tués ... 21
    «terroristes» tués" is 36. A figure that names no side and is larger than the sum is a total that already
    holds them ("dix morts ... huit soldats ... deux combattants" stays 10). None when fewer than two sides
    are named."""
    by_side: dict[str, int] = {}
    unsided: list[CasualtyStatement] = []
    for s in pool:
        if s.value is None:
            continue
        # (one dead is often an Arabic singular noun read as a figure — "مسؤول عسكري أن الإرهابيين ... قتلوا", an
        # official's words — so a side is counted from two dead up, or for one told in French or English: "un Casque
        # bleu rwandais a été tué ... trois des assaillants ont été tués")
        side = sides.side(text, s) if s.value >= 2 or s.value == 1 and not _ARABIC.search(s.text) else None
        if side is None:
            unsided.append(s)
        else:
            by_side[side] = max(by_side.get(side, 0), s.value)
    if len(by_side) < 2:
        return None
    total = max((u.value for u in unsided), default=0)
    if total > sum(by_side.values()) and min(by_side.values()) == 1:
        # (a side of one dead against a larger figure that names no side is no sum: "neuf mois après une première
        # attaque qui a coûté la vie à 11 personnes ... un militaire a été tué, deux assaillants abattus")
        return None
    return max(sum(by_side.values()), total)  # type: ignore[arg-type]


def incident_total(text: str, told: list[list[CasualtyStatement]], sides: SideReader) -> int | None:
    """The deaths of every side over the casualty windows ``told`` of one incident's mentions: "Au moins 15
    soldats nigériens ont été tués ... lors de combats" in the lead and "21 «terroristes» tués lors des
    affrontements" two sentences on are one battle's 36 dead. A figure told twice counts once; None when fewer
    than two sides are named, or when sources dispute the toll."""
    seen: dict[tuple[int, int], CasualtyStatement] = {}
    for stmts in told:
        for s in stmts:
            if s.kind == "fatal" and s.value is not None and not s.vague:
                seen.setdefault((s.start, s.end), s)
    # (the figures of the main tier; those told in the past perfect, "avaient été tués", when none is)
    pool = [s for s in seen.values() if s.tier == "main"] or [s for s in seen.values() if s.tier == "background"]
    if any(s.rival for s in pool):
        return None
    return side_by_side_total(text, pool, sides)


def told_in(inc: "EventMention") -> list[list[CasualtyStatement]]:
    """The casualty figures of an incident's asserted mentions, its own and those merged into it."""
    out: list[list[CasualtyStatement]] = []
    stack = [inc]
    while stack:
        m = stack.pop()
        if m.modality == "asserted":
            out.append(m.casualty_statements)
        stack.extend(m.members)
    return out
