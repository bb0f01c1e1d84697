"""People coordinated in a casualty report, counted together: "un officier et trois soldats", "a woman and her two
children", "a man and his 12-year-old son were killed" (the possessive before the second person ties the two)."""
from __future__ import annotations

from .number_records import Element

__all__ = ["coord_left", "coupled_before", "headline_list_item"]


# Words before a figure that make it the whole the next figure is part of ("Sur 10 passagers, 3 tués").
_WHOLE_BEFORE = frozenset({"among", "of", "out", "sur", "parmi", "من", "بين"})


def headline_list_item(els: list[Element], j: int) -> bool:
    """Whether a figure of people stands right before the comma at ``j``, a list told without "and" (a headline's
    "18 militaires, un civil, quatre kamikazes tués")."""
    if j < 2 or els[j - 1].cat != "person":
        return False
    # (a name or an adjective may stand between: "5 Sayyaf men, soldier killed", "18 militaires maliens, ...")
    k = j - 2
    while k > 0 and j - k <= 3 and els[k].cat == "word":
        k -= 1
    return els[k].cat == "num" and not (k >= 1 and els[k - 1].word.lower() in _WHOLE_BEFORE)


# Possessives before the second of two people coordinated as a subject ("a man and his son were killed", "a woman
# and her two children", "un homme et son fils ont été tués").
_POSSESSIVES = frozenset({"his", "her", "their", "son", "sa", "ses", "leur", "leurs"})
# How many describing words may stand between the possessive and the person ("his 12-year-old son").
_DESCRIBED = 4


def coupled_before(els: list[Element], k: int, used: set[int]) -> int | None:
    """The one person coordinated before the person at ``k`` by "and" and a possessive ("a man and his 12-year-old
    son"), or None."""
    j = k - 1
    while j >= 0 and k - j <= _DESCRIBED and els[j].cat in ("word", "digits", "num", "unit") \
            and (els[j].word or "").lower() not in _POSSESSIVES:
        j -= 1
    if j < 2 or (els[j].word or "").lower() not in _POSSESSIVES or els[j - 1].cat != "conj":
        return None
    first = els[j - 2]
    return j - 2 if first.cat == "person" and first.value == 1 and j - 2 not in used else None


# How many words a listed member's description may take between its figure and the "and" after it.
_MEMBER_WORDS = 7


def coord_left(els: list[Element], k: int, used: set[int]) -> list[int]:
    """Figures coordinated before the one at ``k`` ("un officier et trois soldats", "a woman and her two
    children")."""
    coupled = coupled_before(els, k, used)
    if coupled is not None:
        return [coupled]
    out: list[int] = []
    j = k - 1
    while j >= 1 and (els[j].cat == "conj" or els[j].cat == "soft" and (out or headline_list_item(els, j))):
        # (a list's commas before its "and": "Two soldiers, a policeman and a civilian were killed"; the comma
        # before the "and" itself, and a member described at more length: "3 local policemen, 2 pro-government
        # militia members, and 1 soldier were killed")
        y = j - 1
        if els[j].cat == "conj" and y >= 1 and els[y].cat == "soft":
            y -= 1
        # (attackers listed with their victims die in the same event, and ACLED counts every death: "Three attackers
        # including the suicide bomber, two Malian soldiers and a civilian were killed", 6; a member's own subset,
        # "including the suicide bomber", is passed over to the member's figure)
        # (and a member named by its group at length: "At least 24 members of the Islamist militia group and 6
        # soldiers were killed", ACLED's Mozambique row, 30)
        while y >= 0 and els[y].cat in ("person", "word", "attacker", "subset") and j - y <= _MEMBER_WORDS:
            if els[y].cat == "person" and els[y].value and (y == 0 or els[y - 1].cat != "num"):
                break
            y -= 1
        if y >= 0 and y not in used and (els[y].cat == "num" or (els[y].cat == "person" and els[y].value)):
            out.append(y)
            j = y - 1
        else:
            break
    return out
