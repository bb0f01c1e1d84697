"""spaCy models: found, loaded once per pipeline, run over masked text in bounded pieces."""
from __future__ import annotations

import importlib.util
import re
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

from .model import Entity, Sentence

_COMPONENT = "sitrep_line_breaks"
_NORMS_COMPONENT = "sitrep_acronym_norms"


def find_model(candidates: Iterable[str]) -> str | None:
    """The first of ``candidates`` that is installed as a package (official models first in the config)."""
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def load_model(lang: str, candidates: Iterable[str]) -> Any | None:
    """Load the spaCy pipeline for ``lang``, or ``None`` when no candidate model is installed.

    A small component is added before the parser so that a line break always starts a sentence
    (headlines have no final full stop).
    """
    import spacy
    from spacy.language import Language

    name = find_model(candidates)
    if name is None:
        return None
    nlp = spacy.load(name)
    if not Language.has_factory(_COMPONENT):
        Language.component(_COMPONENT, func=_line_breaks)
    first = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
    if first is not None:
        nlp.add_pipe(_COMPONENT, before=first)
    norms = acronym_norms(lang)
    verbs = acronym_norms(lang, when="verb")
    one_verbs = acronym_norms(lang, when="verb_one")
    if (norms or verbs or one_verbs) and nlp.pipe_names:
        if not Language.has_factory(_NORMS_COMPONENT):
            Language.factory(_NORMS_COMPONENT,
                             func=lambda nlp, name, norms, verbs, one_verbs: AcronymNorms(norms, verbs, one_verbs),
                             default_config={"norms": {}, "verbs": {}, "one_verbs": {}})
        nlp.add_pipe(_NORMS_COMPONENT, first=True,
                     config={"norms": dict(norms), "verbs": dict(verbs), "one_verbs": dict(one_verbs)})
    return nlp


def acronym_norms(lang: str, when: str = "name") -> dict[str, str]:
    """The parse norms of ``data/lexicons/parse_norms.tsv`` for ``lang``: token -> norm.

    ``when="name"``: acronyms read as names; ``when="verb"``: headline verbs read as verbs after a subject;
    ``when="verb_one"``: verbs read as verbs after a word for one armed man.
    """
    from .resolve.countries import read_tsv

    path = Path(str(resources.files("sitrep") / "data" / "lexicons" / "parse_norms.tsv"))
    rows = read_tsv(path, ("token", "lang", "norm", "when", "source"))
    return {r["token"]: r["norm"] for r in rows if r["lang"] == lang and r["when"] == when}


# Words for a group's men after its acronym ("HBDH militants", "KLO cadres").
_MEMBERS = frozenset({"militants", "militant", "fighters", "fighter", "members", "member", "rebels", "rebel", "forces",
                      "gunmen", "insurgents", "cadres", "cadre", "troops", "soldiers", "elements", "operatives"})


# An acronym with a number, as several groups are named ("M23 rebels" after a headline parsed as a sentence of its own)
_LETTERS_AND_DIGITS = re.compile(r"[A-Z]{1,4}-?\d{1,3}")


class AcronymNorms:
    """Give acronyms that spell a function word ("IS") the norm of a name before the model reads them, and
    other acronyms of three to six capitals before a word for a group's men ("HBDH militants") the norm under
    ``"*"`` (one the model knows as a name).

    The model's features include each token's norm, not its text, so "IS militants" parses as a name
    before a noun once its norm is "isis". In a run of capitals (a headline in upper case, "POLICE IS
    HERE") the word is the verb and keeps its norm.
    """

    def __init__(self, norms: Mapping[str, str], verbs: Mapping[str, str] | None = None,
                 one_verbs: Mapping[str, str] | None = None) -> None:
        self.norms = dict(norms)
        self.verbs = {k.lower(): v for k, v in (verbs or {}).items()}
        self.one_verbs = {k.lower(): v for k, v in (one_verbs or {}).items()}

    def __call__(self, doc: Any) -> Any:
        for tok in doc:
            verb = self.verbs.get(tok.lower_)
            if verb is not None and _in_verb_slot(doc, tok.i):
                tok.norm_ = verb
                continue
            verb = self.one_verbs.get(tok.lower_)
            if verb is not None and _after_one_armed_man(doc, tok.i):
                tok.norm_ = verb
                continue
            norm = self.norms.get(tok.text)
            if norm is None and (tok.is_alpha and tok.is_upper and 3 <= len(tok) <= 6 or _LETTERS_AND_DIGITS.fullmatch(tok.text)) \
                    and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _MEMBERS:
                # an acronym the model has not seen, before the word for its men ("HBDH militants carried out
                # ..." parsed with "HBDH" as the verb): the norm of one it has, an armed group's
                norm = self.norms.get("*")
            if norm is None:
                continue
            neighbours = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
            if any(n.is_alpha and n.is_upper and len(n) > 1 for n in neighbours):
                continue
            tok.norm_ = norm
        return doc


# Words that may stand as the plural subject of a headline verb ("Troops battle ...", "Gunmen battle police").
_SUBJECTS = _MEMBERS | frozenset({"police", "army", "militia", "militiamen", "gunmen", "men", "bandits", "jihadists",
                                  "terrorists", "villagers", "residents", "herders", "farmers", "youths", "protesters",
                                  "demonstrators", "rioters", "students", "supporters", "vigilantes", "pirates"})
# One armed man before a verb the model reads as a noun after him ("a Houthi militant shot and killed 1 civilian",
# ACLED's 2025 Yemen row, parsed as one noun phrase "a Houthi militant shot").
_ONE_SUBJECT = frozenset({"fighter", "militant", "gunman", "soldier", "policeman", "officer", "militiaman", "assailant",
                          "attacker", "sniper", "guard", "jihadist", "rebel", "bandit", "terrorist", "member"})
# Plural words that are no subject before a verb ("in recent years battles ...", "for weeks battles ...").
_NOT_SUBJECTS = frozenset({"years", "months", "weeks", "days", "hours", "times", "its", "his", "this", "was", "has",
                           "is", "as", "us", "series", "news", "fierce", "various", "previous", "numerous"})
# Words that cannot open the object of a verb "battle" ("battle of Mosul", "battle for Tripoli", "battle was ...").
_NOT_OBJECTS = frozenset({"of", "for", "to", "between", "is", "was", "were", "are", "has", "had", "have", "that",
                          "which", "over", "ended", "continues", "rages", "raged", "erupted"})


def _after_one_armed_man(doc: Any, i: int) -> bool:
    """True where token ``i`` follows a word for one armed man ("a Houthi militant shot and killed")."""
    return 0 < i < len(doc) - 1 and doc[i - 1].lower_ in _ONE_SUBJECT and doc[i + 1].is_alpha


def _in_verb_slot(doc: Any, i: int) -> bool:
    """True where token ``i`` follows a plural subject word and precedes a word that can open its object."""
    if i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    word = before.lower_
    subject = word in _SUBJECTS or (before.is_alpha and word.endswith("s") and len(word) > 3
                                    and word not in _NOT_SUBJECTS)
    return subject and after.is_alpha and after.lower_ not in _NOT_OBJECTS


def _line_breaks(doc: Any) -> Any:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Split ``text`` into consecutive pieces of about ``size`` characters, cut at paragraph (or line) ends.

    The pieces partition the text exactly, so their parses can be joined without moving an offset.
    """
    if len(text) <= size:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = max(text.rfind(". ", start + size // 2, end), text.rfind(" ", start + size // 2, end))
            end = cut + 1 if cut > 0 else end
        out.append((start, end))
        start = end
    return out


def for_the_parser(text: str, lang: str) -> str:
    """``text`` as the models read it best, every offset kept: in English, the straight apostrophe the model learnt for
    a curly one inside a word, which makes "Azerbaijan’s Ganja city" a person's name; one before a space may close a
    quote and is left. (The French model reads "l’armée malienne" better as written: straightened, the army lost its
    strike in a test of the press pages of stop 39.) A coder's "(coded as ...)" aside is blanked."""
    text = _CODER_ASIDE.sub(lambda m: " " * len(m.group()), text)
    return _CURLY_APOSTROPHE.sub("'", text) if lang == "en" else text


_CURLY_APOSTROPHE = re.compile(r"’(?=\w)")
# An ACLED coder's aside in a note, "fired projectiles (coded as drones based on previous activity) at US military
# installation", "(coded as IRGC by default)": no words of the sentence, so the parser reads it blanked (the extractors
# still read it in the text: :mod:`sitrep.extraction.coded_as`).
_CODER_ASIDE = re.compile(r"\((?:coded|codé|codée)\s[^()\n]{0,120}\)", re.IGNORECASE)


def parse(nlp: Any, text: str, chunk_chars: int, lang: str = "") -> Any:
    """Parse ``text``; long texts go through in pieces and are joined back into one ``Doc``."""
    from spacy.tokens import Doc

    text = for_the_parser(text, lang)
    pieces = chunks(text, chunk_chars)
    if len(pieces) == 1:
        return nlp(text)
    docs = [nlp(text[a:b]) for a, b in pieces]
    return Doc.from_docs(docs, ensure_whitespace=False)


def entities_of(parsed: Any) -> list[Entity]:
    """Named-entity spans of a parsed doc (whitespace-only entities dropped)."""
    out = []
    for ent in parsed.ents:
        if ent.text.strip():
            out.append(Entity(ent.start_char, ent.end_char, ent.label_, ent.text))
    return out


def sentences_of(parsed: Any) -> list[Sentence]:
    """Sentence spans of a parsed doc, trimmed of surrounding whitespace, empty ones dropped."""
    out = []
    for sent in parsed.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped or not re.search(r"\w", stripped):
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = start + len(stripped)
        gap = parsed.text[out[-1].end:start] if out else None
        if out and (_UNFINISHED.search(parsed.text, out[-1].start, out[-1].end) and gap in (" ", "  ")
                    and stripped[:1].isalpha()
                    # (a bracket opens no sentence: "in Al Hawak district (coded to Al Hudaydah - Al Hawak) |
                    # (Al Hudaydah) in solidarity with ...", the divisions of an ACLED note's place; nor a square one:
                    # "near the Central Bank of Yemen | [Hayy al Qati] (Craiter, Aden) reportedly detonated")
                    or gap in (" ", "  ") and stripped[:1] in ("(", "[")
                    or gap == "" and _WORD_EDGE.search(parsed.text, out[-1].start, out[-1].end)
                    and (stripped[:1].isalpha() or stripped[:1] == "-")):
            # the parser cut a sentence after a word, within a line ("... sur la route reliant Kfar |
            # Roummane à Nabatiyé"): a sentence ends on punctuation or at a line's end (a dateline's dash,
            # "Port-Soudan, 25 janvier 2025 - Une frappe", still ends one)
            out[-1] = Sentence(out[-1].start, end)
            continue
        out.append(Sentence(start, end))
    return out


# A sentence that ends on a word, not on punctuation, or on a bracket that closes no sentence ("Israeli forces targeted
# (coded as air/drone strikes by default) | Tabriz Shahid Madani Airport", an ACLED note's coder's aside).
_UNFINISHED = re.compile(r"(?:\w|(?<![.!?…])\))$")
# A cut inside a word ("la préfecture de l'Ouham-|Pendé", "Selon l'état|-major"): no space between the pieces.
_WORD_EDGE = re.compile(r"[\w-]$")
