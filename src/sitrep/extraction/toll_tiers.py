"""The tier of a casualty figure in its clause: this event's toll ("main"), a running tally ("cumulative": "since
2013", "au total, 300 morts en 2023", "tués dans le monde en 2022"), a past toll ("background": "qui avait fait"), or
an earlier incident's ("earlier": "These abductions come after 9 people were killed")."""
from __future__ import annotations

from .number_records import Element

__all__ = ["tier"]


def _names_a_span(el: Element) -> bool:
    """Whether ``el`` names a span of time: a unit ("ans", "year"), a month, or a year ("2023")."""
    return el.cat in ("unit", "month") or (el.cat == "lex" and el.has("unit", "month")) \
        or (el.num is not None and 1900 <= (el.num.value or 0) <= 2100)


# How many words before a "since" phrase a superlative may stand and still make it a comparison's base.
_SUPERLATIVE_REACH = 8
# Words that open a concession ("despite ..."), whose clause is background to the main one.
_CONCESSIVE = frozenset({"despite", "malgré", "malgre", "رغم", "برغم", "ورغم"})
_IN_A_YEAR = frozenset({"en", "in", "during", "throughout", "durant", "pendant", "عام", "خلال"})


# How many plain words after a comma make the words up to a "since" a clause of their own ("amid the escalation").
_OWN_CLAUSE_WORDS = 2


def _own_clause(els: list[Element], k: int, j: int) -> bool:
    """Whether the "since" at ``j`` stands in a clause of its own after the figure at ``k``: a comma between them, then
    at least two plain words and no figure or lexicon word up to it. ", since 2013" right after the comma, or a clause
    with its own figures, stays the toll's span."""
    soft = max((i for i in range(k + 1, j) if els[i].cat == "soft"), default=None)
    if soft is None:
        return False
    between = els[soft + 1:j]
    return len(between) >= _OWN_CLAUSE_WORDS and all(x.cat == "word" for x in between)


def tier(els: list[Element], k: int) -> str:
    """main, cumulative ("since 2013", "depuis quatre ans"), background ("qui avait fait") or earlier ("comes after")
    for el k."""
    lo = k
    while lo > 0 and els[lo - 1].cat != "hard":
        lo -= 1
    hi = k
    while hi < len(els) - 1 and els[hi + 1].cat != "hard":
        hi += 1
    tier = "main"
    for j in range(lo, hi + 1):
        el = els[j]
        if el.cat == "since" and any(e.role == "total" for e in el.entries):
            # "au total", "in total": a running tally beside a span of time ("au total, 300 morts en 2023"); alone,
            # the event's dead added up ("Au total, ce sont vingt-quatre civils ... qui sont morts")
            if any(_names_a_span(x) for x in els[lo:hi + 1]):
                return "cumulative"
            continue
        if el.cat == "since" and any(e.role == "tally" for e in el.entries):
            # a group's own count, raised to the figures told after it ("ليرتفع عدد قتلى الحزب المعلن إلى 300":
            # Hezbollah's announced dead since the war began), not the figures of the strike told before it
            if j < k:
                return "cumulative"
            continue
        if el.cat == "since":
            if j < k and any(x.cat == "soft" for x in els[j:k]) and any(
                    x.word.lower() in _CONCESSIVE for x in els[lo:j]):
                # a concession's own span of time, told before the figure's clause: "رغم سريان وقف لإطلاق النار منذ
                # أكثر من عام، قُتل سبعة مدنيين" (despite a truce for more than a year, seven civilians were killed)
                continue
            if j > k and _own_clause(els, k, j):
                # the span of another clause told after the toll: "قتل ثلاثة عناصر جراء ضربة ...، على وقع التصعيد
                # عند الحدود منذ نحو خمسة أشهر" (amid the escalation on the border for nearly five months)
                continue
            if any(x.cat == "superlative" for x in els[max(lo, j - _SUPERLATIVE_REACH):j]):
                # the base of a comparison, not a tally: "one of the worst terror strikes in the state in recent
                # years", "l'attaque la plus meurtrière depuis 2019", "أعنف هجوم منذ سنوات"
                continue
            after = els[j + 1:j + 7]
            # (a start told with its year or span: "which started in 2009, has killed 36,000 people")
            if "depuis" != el.word and "since" != el.word and "منذ" != el.word \
                    and not any(e.role == "start" for e in el.entries) or any(
                    x.cat in ("unit", "month") or (x.num is not None and 1900 <= (x.num.value or 0) <= 2100)
                    or (x.cat == "lex" and x.has("unit", "month")) for x in after):
                return "cumulative"
        elif el.num is not None and 1900 <= (el.num.value or 0) <= 2100 and j > k and els[j - 1].word.lower() in _IN_A_YEAR:
            # a year's tally, told after the figure: "Au moins 32 militaires et policiers ... ont été tués dans le
            # monde en 2022" (a month or a day before the year makes it a date: "on 5 March 2022")
            return "cumulative"
        elif el.cat == "background":
            tier = "background"
        elif el.cat == "earlier" and j < k:
            # ("These abductions come after 9 people were killed in a mosque attack": an earlier incident's toll, which
            # stands in for none)
            return "earlier"
    return tier
