"""A death told of one person without a number: "leading to her death", "killing him", "entraînant sa mort",
"ما أدى إلى مقتله". ACLED counts it as one fatality; the number reader, which counts people by their nouns and
numbers, finds none when the victim is named ("Baby Pendo was hit ... leading to her death")."""
from __future__ import annotations

import re

from ..model import Event, Mention

# One person's death told by a singular possessive or object pronoun after a verb of result or of killing.
_ONE_DEATH = re.compile(
    r"\b(?:lead(?:ing|s)?|led|result(?:ing|ed|s)?|caus(?:ing|ed|es)|bring(?:ing)?|brought)\s+(?:to|in)?\s*(?:his|her)\s+death\b"
    r"|\b(?:killing|kill(?:ed|s)?)\s+(?:him|her)\s+(?:instantly|on\s+the\s+spot|immediately)\b"
    # ("Bantous fighters burned a member of the Twa community alive", ACLED's DRC row: 1 fatality)
    r"|\bburn(?:ed|t|ing|s)\s+(?:him|her|(?:a|an|one)\s+(?!group\b|number\b|family\b)[\w'’ -]{1,40}?)\s+alive\b"
    r"|\b(?:entraîn|caus|provoqu)\w*\s+(?:ainsi\s+)?(?:sa|la)\s+mort\b"
    r"|\b(?:le|la)\s+tuant\s+(?:sur\s+le\s+coup|net)\b"
    r"|(?:^|\s)(?:ما\s+)?(?:أدى|ادى|أسفر|اسفر|أفضى)\s+(?:إلى|الى|عن)\s+(?:مقتله|مقتلها|وفاته|وفاتها|استشهاده|استشهادها)"
    r"|(?:^|\s)(?:أرداه|أردته|أردوه|ارداه|اردته)\s+قتيلا",
    re.IGNORECASE)


def one_death(ev: Event, text: str, start: int, end: int) -> None:
    """Count one fatality for ``ev`` told in ``text[start:end]`` with no toll of its own when the words tell one
    person's death."""
    # (a toll already read, a stated zero included, stands; only no toll, or the 0 coded for none told, gives way)
    untold = ev.fatalities is None or ev.fatalities == 0 and ev.fatalities_estimated
    # (the 0 coded for none told keeps the event words as its evidence, a low-confidence mention)
    if not untold or ev.fatalities_text is not None and not ev.fatalities_estimated:
        return
    m = _ONE_DEATH.search(text, start, end)
    if m is None:
        return
    s, e = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
    ev.fatalities, ev.fatalities_estimated, ev.fatalities_text = 1, False, Mention(text[s:e], s, e, 0.7)
