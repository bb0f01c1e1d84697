"""The gazetteer scan: every longest match of a gazetteer name in a text, as candidate toponyms
(:class:`_Mention`) that :mod:`geo` then accepts or rejects and resolves."""
from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo_context import abbreviation, hyphened_syllable, may_join
from sitrep.resolve.geo_lexicon import DIRECTION_WORDS
from sitrep.textnorm import arabic_stems, fold_with_offsets, tokens

__all__ = ["scan"]


@dataclass(slots=True)
class _Mention:
    """A candidate toponym in the text before it is accepted and resolved."""

    start: int
    end: int
    entries: tuple[int, ...]
    ner: str | None = None  # label of an overlapping NER span
    support: list[str] = field(default_factory=list)
    forced: tuple[int, ...] | None = None  # entries of the division/country in "Town, State"
    admin_cue: bool = False
    scores: dict[int, float] = field(default_factory=dict)
    fragment: bool = False  # maybe one word of a longer name the gazetteer lacks (see geo_fragments)
    street: bool = False  # the name of a street or square named after the town ("Murree road")
    key: str = ""  # the folded name the gazetteer was looked up by
    own_name_population: int | None = None  # the most people a town bearing ``key`` as its own name has (memo)


def scan(gaz: Gazetteer, max_words: int, text: str) -> list[_Mention]:
    """Longest gazetteer matches over folded tokens (possessive 's and Arabic proclitics off)."""
    ftext, origin = fold_with_offsets(text)
    toks = tokens(ftext)
    # joined[j]: token j and j+1 may belong to one name (only spaces, hyphens, initials' dots).
    joined = [may_join(ftext, toks[j], toks[j + 1]) for j in range(len(toks) - 1)] + [False]
    starters = gaz.data.starters
    lookup = gaz.entries_for_key
    found: list[_Mention] = []
    i = 0
    while i < len(toks):
        first_tok = toks[i][2]
        firsts = arabic_stems(first_tok) if first_tok[0] >= "\u0600" else [first_tok]
        longest = 1
        # "in south Lebanon": a direction in lower case describes the name after it ("South Lebanon"
        # is a town in Ohio; the governorate is written with a capital)
        described = first_tok in DIRECTION_WORDS and text[origin[toks[i][0]]].islower()
        if any(f in starters for f in firsts):
            while longest < max_words and i + longest < len(toks) and joined[i + longest - 1]:
                longest += 1
        hit = None
        for n in range(longest, 0 if not described else 1, -1):
            words = [t[2] for t in toks[i:i + n]]
            lasts = [words[-1]]
            if words[-1].endswith("'s"):
                lasts.append(words[-1][:-2])
            for cut, last in enumerate(lasts):
                heads = firsts if n > 1 else (arabic_stems(last) if last[0] >= "\u0600" else [last])
                for first in heads:
                    k = " ".join([first, *words[1:-1], last]) if n > 1 else first
                    ids = lookup(k)
                    if ids:
                        hit = (n, first, ids, 2 * cut, k)
                        break
                if hit:
                    break
            if hit:
                break
        if hit is not None and described and not all(gaz.feature(j) == "admin2" for j in hit[2]):
            # (a division named with its direction stands whatever its case: "In east Hararge zone")
            hit = None
        if hit is None and described:
            # the direction describes the name after it: match from there
            i += 1
            continue
        if hit is None:
            i += 1
            continue
        n, first, ids, cut, looked_up = hit
        start = origin[toks[i][0]]
        tok0 = toks[i][2][:len(toks[i][2]) - cut] if n == 1 else toks[i][2]
        if first != tok0 and tok0.endswith(first):
            dropped = len(tok0) - len(first)
            if tok0[:dropped].endswith("ال"):  # keep the article: "العراقية", not "عراقية"
                dropped -= 2
            start = origin[toks[i][0] + dropped]
        end = origin[toks[i + n - 1][1] - 1 - cut] + 1
        if end < len(text) and text[end] == "." and abbreviation(text[start:end + 1]):
            end += 1
        if hyphened_syllable(text, start, end):
            i += n
            continue
        found.append(_Mention(start, end, ids, key=looked_up))
        i += n
    return found
