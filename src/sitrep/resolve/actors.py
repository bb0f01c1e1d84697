"""Actors: find who acts and who is targeted in a text, and name them as ACLED does.

Two curated tables drive it (``sitrep/data/actors``, see the README there):

* ``aliases.tsv`` names actors: armed groups, state forces by country, governments, missions. Each row
  maps an alias in one language to a canonical ACLED-style name, with the actor's kind and home
  country. An optional ``where`` column restricts a reading to events in some countries: "Islamic
  State" in Iraq is "Islamic State (Iraq)", "FDS" in Syria is the SDF, in Burkina Faso the army.
* ``generic.tsv`` lists head nouns of generic actors ("civils", "gunmen", "جنود") with the ACLED name
  template they take ("Civilians ({country})", "Military Forces of {country}"), plus modifiers that
  extend such a phrase ("non identifiés", "unknown", "مجهولون") and link words ("l'armée *du* Mali").

A generic phrase takes its country from a demonym or country name next to its head ("soldats
maliens", "Iraqi civilians", "الجيش المصري", "l'armée du Mali"), through
:mod:`sitrep.resolve.countries`; failing that from the event's country when the caller gives one;
failing that it stays without a country ("Military Forces"): unknown is not guessed.

Users add or override aliases in their own TSV file (``Config.user_aliases``): a user row replaces
every built-in reading of the same alias; canonical ``-`` marks a phrase as not an actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.model import Actor
from sitrep.resolve.actor_tables import (
    NOT_AN_ACTOR, POSSESSED_UNIT, WORD, AliasEntry, GenericTerm, Keyer, KeyedIndex, actor_key, bare_state_possessive, data_file,
    in_proper_name, owned_qualifier, read_aliases, read_generic,
)
from sitrep.resolve.identity import IdentityGroups
from sitrep.textnorm import PhraseIndex, fold_with_offsets, key, tokens

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.resolve.countries import CountryTable

# What may stand between a generic head and a named actor it belongs to ("combattants *du* Hamas",
# "soldats *de l'*armée malienne", "جنود *ب*الجيش المصري", "fighters *of the* Islamic State").
_JOIN_AFTER = re.compile(
    r"^[^\S\n\-]*-?[^\S\n]*(?:(?:de|du|des|d|of|from|of\s+the|de\s+la|من|التابعين\s+ل|التابعة\s+ل)[\s'’]*)?(?:l['’])?\s*[وبلفك]{0,2}$",
    re.IGNORECASE,
)
# (never across a line break: a headline's last word and the next paragraph's first are no one name)
_JOIN_BEFORE = re.compile(r"^[^\S\n]*-?[^\S\n]*$")  # "Hamas militants", "Houthi-rebels"
_GAP = re.compile(r"^[^\S\n]*-?[^\S\n]*(?:[lLdD]['’]\s*)?$")  # inside a generic phrase: spaces, a hyphen, an elided article
PEACEKEEPERS = "Peacekeepers"  # a peacekeeping mission's troops while the event's country is unknown
_PEACEKEEPERS_IN = "peacekeepers in {country}"  # read through aliases.tsv's "peacekeepers in X" rows
_ARMED = frozenset({"unidentified", "rebel", "islamist", "militia"})
_STATE = frozenset({"state_military", "police"})
_THE = ("United ", "Democratic Republic", "Republic of", "Central African", "Philippines", "Netherlands",
        "Gambia", "Comoros", "Maldives", "Bahamas", "Czech Republic", "Dominican Republic", "Solomon")


def of_country(country_name: str) -> str:
    """A country's name as ACLED writes it after "of": "the United States", "the Philippines", "Iraq"."""
    return "the " + country_name if country_name.startswith(_THE) else country_name


@dataclass(slots=True)
class _Hit:
    actor: Actor
    generic: bool = False
    weak: bool = False  # a weak generic head with no country from the text
    merged: bool = False


_FORCE_AFTER = re.compile(r"[ \t]+(?:troops|forces|soldiers|army|warplanes|jets|aircraft|artillery|militias?)\b",
                          re.IGNORECASE)
_STATE_FORCES = {"state_military": "Military Forces of {country}", "police": "Police Forces of {country}"}
# the last one or two words before "and" ending where a state force's name begins
_STATE_BEFORE_AND = re.compile(r"\b([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s+(?:and|&)\s+$")


@dataclass(slots=True)
class ActorTable:
    """The loaded alias and generic tables, with their indexes. Build with :meth:`load`; hold and reuse it."""

    entries: dict[str, list[AliasEntry]]  # alias key -> readings
    alias_index: PhraseIndex[str]  # phrase -> alias key
    heads: dict[str, PhraseIndex[GenericTerm]]  # lang -> generic heads
    modifiers: dict[str, frozenset[str]]  # lang -> modifier keys
    links: dict[str, frozenset[str]]  # lang -> link keys
    canonicals: dict[str, AliasEntry] = field(default_factory=dict)  # key(canonical) -> a reading of it
    countries: "CountryTable | None" = None
    identity: IdentityGroups | None = None  # ethnic groups whose armed men are identity militias

    @classmethod
    def load(cls, user_aliases: Path | None = None, countries: "CountryTable | None" = None) -> "ActorTable":
        """Read the built-in tables (and the user's alias file, whose rows override built-in ones).

        ``countries`` is the country table used for demonyms; when None, the shared one of
        :mod:`sitrep.resolve.countries` is used, loaded on the first generic phrase that needs it.
        """
        keyer = Keyer()
        builtin = read_aliases(data_file("aliases.tsv"), keyer=keyer)
        extra = read_aliases(Path(user_aliases), user=True, keyer=keyer) if user_aliases else []
        entries: dict[str, list[AliasEntry]] = {}
        for e in builtin:
            entries.setdefault(keyer(e.alias), []).append(e)
        overridden: set[str] = set()
        for e in extra:
            k = keyer(e.alias)
            if k not in overridden:
                entries[k] = []
                overridden.add(k)
            entries[k].append(e)
        index = KeyedIndex(keyer)
        canonicals: dict[str, AliasEntry] = {}
        for k, readings in entries.items():
            if not k:
                continue
            index.add(k, k)
            for e in readings:
                if e.canonical != NOT_AN_ACTOR:
                    ck = keyer(e.canonical)
                    if ck not in canonicals or (e.user and not canonicals[ck].user):
                        canonicals[ck] = e
        heads: dict[str, PhraseIndex[GenericTerm]] = {lang: PhraseIndex() for lang in ("fr", "en", "ar")}
        mods: dict[str, set[str]] = {lang: set() for lang in heads}
        links: dict[str, set[str]] = {lang: set() for lang in heads}
        for t in read_generic(data_file("generic.tsv")):
            langs = heads if t.lang == "any" else [t.lang]
            for lang in langs:
                if t.kind == "modifier":
                    mods[lang].add(key(t.term))
                elif t.kind == "link":
                    links[lang].add(key(t.term))
                else:
                    heads[lang].add(t.term, t)
        return cls(entries, index, heads, {k: frozenset(v) for k, v in mods.items()},
                   {k: frozenset(v) for k, v in links.items()}, canonicals, countries,
                   IdentityGroups.load(data_file("identity_groups.tsv")))

    # ------------------------------------------------------------------ public API
    def find(self, text: str, lang: str, country: str | None = None, weak: bool = False,
             doc_country: str | None = None) -> list[Actor]:
        """Every actor mention in ``text``, sorted by start, non-overlapping, longest match first.

        Named groups and state-force phrasings come from the alias table; generic noun phrases
        ("soldats maliens", "unknown gunmen", "مدنيين") from the generic heads. ``country`` (ISO2 of
        the event's country), when given, picks country-specific readings ("Islamic State" in Iraq)
        and names generic actors that have no demonym. ``doc_country`` (the country the text is mostly
        about) only finds the names that have no reading outside some countries ("SAA", "الاحتلال"),
        leaving the others for each event's country to read. Weak generic heads ("personnes",
        "people") are reported only with a demonym or country name in the text, unless ``weak`` is true.
        """
        lang = lang if lang in ("fr", "en", "ar") else "en"
        country = country.upper() if country else None
        folded = fold_with_offsets(text)
        named, blocked = self._named(text, lang, country, folded, doc_country.upper() if doc_country else None)
        # "Myanmar's government troops": a government named before a force word is that force's country
        named = [h for h in named if h.actor.kind != "government" or h.actor.end is None
                 or not _FORCE_AFTER.match(text, h.actor.end)]
        # (a state's possessive names its forces only with a unit after it: "the regime's forces", not "the regime's
        # side of the Euphrates"; a named group's always: "Hezbollah's", "the IRA's")
        named = [h for h in named if h.actor.end is None or not bare_state_possessive(text, h.actor.end, h.actor.kind)]
        taken = [(h.actor.start, h.actor.end) for h in named] + blocked
        generic = [h for h in self._generic(text, lang, country, folded, taken, doc_country.upper() if doc_country else None)]
        hits = _with_possessed_units(text, self._merge(text, _non_overlapping(named + generic)))
        found = [h.actor for h in hits if weak or not h.weak]
        return sorted(found + self._coordinated(text, lang, found), key=lambda a: a.start or 0)

    def _coordinated(self, text: str, lang: str, found: list[Actor]) -> list[Actor]:
        """"US and UK forces", "French and Malian troops": the state named first, before "and", has forces
        of the same kind in the phrase (ACLED's actor1 is the one named first, the other its associate)."""
        if lang != "en":
            return []
        out: list[Actor] = []
        for a in found:
            template = _STATE_FORCES.get(a.kind or "")
            if template is None or a.country is None or a.start is None:
                continue
            before = _STATE_BEFORE_AND.search(text, max(0, a.start - 40), a.start)
            if before is None:
                continue
            iso = self._demonym(before.group(1)) or self._country_name(before.group(1))
            if iso and iso != a.country:
                out.append(Actor(self._render(template, a.kind or "", iso), before.group(1), before.start(1),
                                 before.end(1), a.confidence, a.kind, iso))
        return out

    def resolve(self, phrase: str, lang: str, country: str | None = None) -> Actor | None:
        """Name a noun phrase (the subject or object of an event), or None when it names no actor.

        A named actor in the phrase wins ("des combattants de l'EI" -> Islamic State); otherwise the
        strongest generic head ("des hommes armés" -> Unidentified Armed Group (country)), with the
        country from a demonym in the phrase, else ``country``, else none. A bare country name as the
        agent of an event ("Israël a frappé", "Turkey shelled") is that country's military forces.
        Offsets are into ``phrase``.
        """
        found = self.find(phrase, lang, country, weak=True)
        if not found:
            return self._country_as_actor(phrase)
        named = [a for a in found if a.confidence >= 0.5 and not _is_generic_name(a.name)]
        if named:
            return named[0]
        return max(found, key=lambda a: a.confidence)

    def _country_as_actor(self, phrase: str) -> Actor | None:
        words = phrase.strip()
        bare = _DETERMINER.sub("", words)
        if not bare:
            return None
        iso = self._country_name(bare)
        if iso is None:
            return None
        start = phrase.index(bare)
        name = self._render("Military Forces of {country}", "state_military", iso)
        return Actor(name, bare, start, start + len(bare), 0.6, "state_military", iso)

    def canonical(self, name: str) -> str | None:
        """The canonical name of any alias or canonical form ("Daech" -> "Islamic State"), else None."""
        k = actor_key(name)
        if k in self.canonicals:
            return self.canonicals[k].canonical
        readings = [e for e in self.entries.get(k, []) if e.canonical != NOT_AN_ACTOR and not e.periods]
        plain = [e for e in readings if not e.where] or readings
        if plain and len({e.canonical for e in plain}) == 1:
            return plain[0].canonical
        if _is_generic_name(name.strip()):
            return name.strip()
        return None

    def local_name(self, name: str, country: str | None, date: str | None = None) -> str:
        """The name ACLED gives an actor in the event's ``country`` ("Islamic State" in Iraq ->
        "Islamic State (Iraq)", "Al Qaeda" in Yemen -> "AQAP: ..."), and at the event's ``date`` where
        ACLED renamed it (the Taliban from 15 August 2021: "Military Forces of Afghanistan (2021-)");
        ``name`` itself when the table has no such reading. For actors found before the event's place
        and date were known."""
        reading = self.local_reading(name, country, date)
        return reading.canonical if reading is not None else name

    def local_reading(self, name: str, country: str | None, date: str | None = None,
                      _depth: int = 0) -> AliasEntry | None:
        """The reading behind :meth:`local_name` (its name and kind), or ``None`` when there is none."""
        if not country or _depth > 3:
            return None
        country = country.upper()
        readings = [e for e in self.entries.get(actor_key(name), []) if e.canonical != NOT_AN_ACTOR]
        dated = next((e for e in readings if e.periods and e.applies(country, date)), None)
        if dated is not None:
            if dated.canonical != name:
                # "Islamic State" in Mali -> "Islamic State (Sahel)", which in 2018 was ISGS: follow on.
                return self.local_reading(dated.canonical, country, date, _depth + 1) or dated
            return dated
        local = next((e for e in readings if country in e.where), None)
        if local is not None and local.canonical != name:
            return self.local_reading(local.canonical, country, date, _depth + 1) or local
        return local

    def names(self) -> set[str]:
        """Every canonical name in the alias table."""
        return {e.canonical for e in self.canonicals.values()}

    # ------------------------------------------------------------------ named actors
    def _named(self, text: str, lang: str, country: str | None, folded: tuple[str, list[int]],
               doc_country: str | None = None) -> tuple[list[_Hit], list[tuple[int, int]]]:
        hits: list[_Hit] = []
        blocked: list[tuple[int, int]] = []
        for m in self.alias_index.find(text, folded):
            surface = text[m.start:m.end]
            readings = [e for e in self.entries.get(m.values[0], [])
                        if self._usable(e, lang, surface, text, m.start, m.end)]
            if any(e.canonical == NOT_AN_ACTOR for e in readings) or _OPPOSED_TO.search(text, max(0, m.start - 6), m.start):
                # ("anti-Houthi National Resistance forces": the forces are the Houthis' enemies)
                blocked.append((m.start, m.end))
                continue
            # (the country the text's places are mostly in decides between readings: "SNA" in a note on
            # Somalia's Hiraan is Somalia's army, not the Syrian National Army)
            local = country is None and doc_country and any(doc_country in e.where for e in readings)
            entry, conf = self._choose(readings, lang, doc_country if local else country)
            if entry is None and country is None and doc_country:
                entry, conf = self._choose(readings, lang, doc_country)
            if entry is None:
                continue
            hits.append(_Hit(Actor(entry.canonical, surface, m.start, m.end, conf, entry.kind, entry.country)))
        return hits, blocked

    def _usable(self, e: AliasEntry, lang: str, surface: str, text: str, start: int, end: int) -> bool:
        if e.lang not in (lang, "any") and (e.caps or e.short):
            return False  # short words and acronyms only in their own language
        if e.caps:
            words = WORD.findall(surface)
            alias_words = WORD.findall(e.alias)
            if len(words) == len(alias_words):
                if any(not words[i].isupper() for i in e.caps):
                    return False
                if len(surface) <= 3 and self._shouting(text, start, end):
                    return False
        return True

    def _shouting(self, text: str, start: int, end: int) -> bool:
        """True when a word next to a short acronym is in capitals too ("THIS IS BIG"): a headline, not a name."""
        left = WORD.findall(text[max(0, start - 30):start])[-1:]
        right = WORD.findall(text[end:end + 30])[:1]
        return any(len(w) > 1 and w.isupper() and w.isalpha() and actor_key(w) not in self.entries for w in left + right)

    def _choose(self, readings: list[AliasEntry], lang: str,
                country: str | None) -> tuple[AliasEntry | None, float]:
        """Pick the reading of an alias that applies: country-specific first, then the general one."""
        if not readings:
            return None, 0.0
        readings = sorted((e for e in readings if not e.periods), key=lambda e: (not e.user, e.lang not in (lang, "any")))
        general = [e for e in readings if not e.where]
        if country:
            local = [e for e in readings if country in e.where]
            if local:
                return local[0], local[0].confidence
            if not general:
                return None, 0.0
            chosen = self._specialise(general[0], country)
            return chosen, chosen.confidence
        if general:
            return general[0], general[0].confidence
        return None, 0.0  # a reading for some countries only ("FDS", "la coalition"): unknown without one

    def _specialise(self, entry: AliasEntry, country: str) -> AliasEntry:
        """'Islamic State' in Iraq -> 'Islamic State (Iraq)': a reading of the canonical name for that country."""
        for e in self.entries.get(actor_key(entry.canonical), []):
            if country in e.where and e.canonical != NOT_AN_ACTOR:
                return replace(e, alias=entry.alias, caps=entry.caps)
        return entry

    # ------------------------------------------------------------------ generic actors
    def _generic(self, text: str, lang: str, country: str | None, folded: tuple[str, list[int]],
                 taken: list[tuple[int, int]], doc_country: str | None = None) -> list[_Hit]:
        ftext, origin = folded
        toks = [(origin[s], origin[e - 1] + 1, w) for s, e, w in tokens(ftext)]
        ends = {t[1]: i for i, t in enumerate(toks)}
        out: list[_Hit] = []
        for m in self.heads[lang].find(text, folded):
            term, last = max(m.values, key=lambda t: t.confidence), ends.get(m.end)
            # (nor a weak head inside a name: "near Man San village"; nor a word for its people: "its military leaders")
            if any(m.start < e and s < m.end for s, e in taken) or last is None or owned_qualifier(text, m.start, m.end) \
                    or term.confidence < 0.5 and lang != "ar" and in_proper_name(text, m.start, m.end):
                continue
            first = last
            while first > 0 and toks[first - 1][1] > m.start:
                first -= 1
            out.append(hit := self._extend(text, lang, country, toks, first, last, term, m.start, m.end, taken, doc_country))
            out.extend(self._coordinated_groups(text, lang, country, toks, hit))
        return out

    def _coordinated_groups(self, text: str, lang: str, country: str | None, toks: list[tuple[int, int, str]],
                            hit: _Hit) -> list[_Hit]:
        """"Meitei and Kuki militants": a group coordinated before an identity militia's group word shares
        its armed noun, and is a militia of its own."""
        a = hit.actor
        if lang != "en" or self.identity is None or a.kind != "militia" or a.start is None:
            return []
        idx = next((i for i, t in enumerate(toks) if t[0] == a.start), None)
        if idx is None or idx < 2 or toks[idx - 1][2] != "and" or self.identity.find(toks[idx][2], lang) is None:
            return []
        other = self.identity.find(toks[idx - 2][2], lang)
        if other is None:
            return []
        s, e = toks[idx - 2][0], toks[idx - 2][1]
        name, home = other.militia(self._table().country_name(country) if country else None, country)
        return [_Hit(Actor(name, text[s:e], s, e, 0.7, "militia", home), generic=True)]

    def _extend(self, text: str, lang: str, country: str | None, toks: list[tuple[int, int, str]],
                first: int, last: int, term: GenericTerm, start: int, end: int,
                taken: list[tuple[int, int]], doc_country: str | None = None) -> _Hit:
        """Grow a generic head over its modifiers and demonym or country name (one two countries share: ``doc_country``'s)."""
        iso: str | None = None
        mods, links = self.modifiers[lang], self.links[lang]

        def free(i: int, j: int) -> bool:
            s, e = toks[i][0], toks[j][1]
            return not any(s < te and ts < e for ts, te in taken)

        # words after the head (French, Arabic; English "of"-phrases)
        j = last
        for _ in range(4):
            step = self._after(text, toks, j, mods, links, lang, iso is None, free, country or doc_country)
            if step is None:
                break
            j, found = step
            iso = iso or found
        end = toks[j][1]
        # words before the head (English adjectives and modifiers)
        if lang == "en":
            i = first
            for _ in range(3):
                step = self._before(text, toks, i, mods, iso is None, free, country or doc_country)
                if step is None:
                    break
                i, found = step
                iso = iso or found
            start = toks[i][0]
        group = self.identity.next_to(toks, first if lang != "en" else i, j, lang, free) \
            if term.kind in _ARMED and self.identity is not None else None
        if group is not None:
            # "Fulani militia", "miliciens peuls": an identity militia, named for its group (ACLED).
            g, side = group
            start, end = min(start, toks[side][0]), max(end, toks[side][1])
            name, home = g.militia(self._table().country_name(country) if country else None, country)
            return _Hit(Actor(name, text[start:end], start, end, 0.8, "militia", home), generic=True)
        if term.kind == "external":
            # a peacekeeper's demonym names the country that sent them, not the mission they serve in:
            # "un Casque bleu burundais" tué en Centrafrique is MINUSCA's
            iso = None
        conf = term.confidence
        weak = conf < 0.6 and iso is None
        if iso is None and country and term.kind not in ("government",):
            iso, conf = country, min(conf, 0.6)
        elif iso is None and country:
            iso, conf = country, min(conf, 0.5)
        elif iso is not None:
            conf = 0.85 if conf >= 0.6 else 0.7  # a weak head ("militaires") may be an adjective
        name = self._render(term.template, term.kind, iso)
        actor = Actor(name, text[start:end], start, end, round(conf if iso else min(conf, 0.5), 3),
                      term.kind, iso)
        return _Hit(actor, generic=True, weak=weak)

    def _after(self, text, toks, j, mods, links, lang, want_country, free, context=None):
        n = len(toks)
        if j + 1 >= n:
            return None
        for size in (3, 2, 1):  # modifiers ("non identifiés", "مدججين بالسلاح")
            k = j + size
            if k < n and _joined(text, toks, j, k) and " ".join(t[2] for t in toks[j + 1:k + 1]) in mods and free(j + 1, k):
                return k, None
        if not want_country:
            return None
        for size in (2, 1):  # demonym ("américains", "sud-soudanais", "العراقية")
            k = j + size
            if k < n and _joined(text, toks, j, k) and free(j + 1, k):
                iso = self._demonym(text[toks[j + 1][0]:toks[k][1]], context)
                if iso:
                    return k, iso
        for lsize in (2, 1, 0):  # link + country name ("du Mali", "of Iraq"); Arabic idafa ("جيش مالي")
            if lsize == 0 and lang != "ar":
                continue
            if lsize and (j + lsize >= n or " ".join(t[2] for t in toks[j + 1:j + lsize + 1]) not in links):
                continue
            for size in (3, 2, 1):
                k = j + lsize + size
                if k < n and _joined(text, toks, j, k) and free(j + 1, k):
                    iso = self._country_name(text[toks[j + lsize + 1][0]:toks[k][1]])
                    if iso:
                        return k, iso
        return None

    def _before(self, text, toks, i, mods, want_country, free, context=None):
        for size in (2, 1):
            h = i - size
            if h < 0 or not _joined(text, toks, h, i) or not free(h, i - 1):
                continue
            words = " ".join(t[2] for t in toks[h:i])
            if words in mods:
                return h, None
            if want_country:
                surface = text[toks[h][0]:toks[i - 1][1]]
                iso = self._demonym(surface, context)
                if iso is None and size == 1 and surface.lower().endswith(("'s", "’s")):
                    iso = self._country_name(surface[:-2])
                elif iso is None and surface[:1].isupper():
                    # a country's name as the noun's modifier: "Burundi troops", "Chad forces"
                    iso = self._country_name(surface)
                if iso:
                    return h, iso
        return None

    def _table(self) -> "CountryTable":
        if self.countries is None:
            from sitrep.resolve.countries import default_table

            self.countries = default_table()
        return self.countries

    def _demonym(self, words: str, context: str | None = None) -> str | None:
        if len(words) < 2 or (len(words) <= 3 and not words.isupper() and words.isascii()):
            return None  # "us", "uk" in lower case are not demonyms
        return self._table().country_for_demonym(words, context)

    def _country_name(self, words: str) -> str | None:
        if len(words) < 3 and not words.isupper() or words[:1].islower() and words.isascii():
            return None  # "a car" is no CAR, "uk" no country: a Latin-script country name has a capital
        return self._table().country_named(words)

    def _render(self, template: str, kind: str, iso: str | None) -> str:
        """Fill a name template: the alias table's own name for that country when it has one."""
        if kind == "external":
            return self._mission(template, iso)
        if iso is None:
            return re.sub(r"\s*\(\{country\}\)|\s+of \{country\}", "", template)
        cname = self._country_called(iso)
        for name in _with_country(template, cname):
            if actor_key(name) in self.canonicals:
                return self.canonicals[actor_key(name)].canonical
        if " of {country}" in template:
            cname = of_country(cname)
        name = template.format(country=cname)  # (unless the alias table names that state's forces otherwise: Palestine's)
        return next((e.canonical for e in self.entries.get(actor_key(name), ()) if e.canonical != name), name)

    def _country_called(self, iso: str) -> str:
        try:
            return self._table().country_name(iso)
        except KeyError:
            return iso

    def _mission(self, template: str, iso: str | None) -> str:
        """The mission a peacekeeper in ``iso`` serves ("peacekeepers in {country}" read as an alias:
        MINUSCA in the Central African Republic); the United Nations where the table names none;
        ``PEACEKEEPERS`` while the country is unknown (:meth:`peacekeeping_mission` names it later)."""
        if iso is None:
            return PEACEKEEPERS
        for name in _with_country(template, self._country_called(iso)):
            mission = self.canonical(name)
            if mission is not None:
                return mission
        return "United Nations"

    def peacekeeping_mission(self, actor: Actor | None, iso: str | None) -> Actor | None:
        """``actor`` named for the mission serving in the event's country ``iso`` when it is peacekeepers
        found before that country was known, or the United Nations; ``actor`` itself otherwise."""
        if actor is None or actor.name not in (PEACEKEEPERS, "United Nations") or not iso:
            return actor
        # (the United Nations in a country a mission serves is that mission: "Protesters stormed a United Nations base
        # in ... Goma" is MONUSCO's base, as ACLED codes it)
        return replace(actor, name=self._mission(_PEACEKEEPERS_IN, iso.upper()))

    # ------------------------------------------------------------------ merging
    def _merge(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """Join a generic head to the named actor it belongs to ("Hamas militants", "soldats de l'armée malienne")."""
        out: list[_Hit] = []
        for h in hits:
            prev = out[-1] if out else None
            if prev is not None and prev.generic != h.generic and prev.actor.end is not None:
                g, n = (prev, h) if prev.generic else (h, prev)
                gap = text[prev.actor.end:h.actor.start]
                join = _JOIN_AFTER if prev.generic else _JOIN_BEFORE
                if join.match(gap) and _compatible(g.actor.kind, n.actor.kind):
                    # "UN peacekeepers", "casques bleus de l'ONU": the mission serving in the country
                    a = g.actor if n.actor.name == "United Nations" else n.actor
                    start, end = prev.actor.start or 0, h.actor.end or 0
                    out[-1] = _Hit(Actor(a.name, text[start:end], start, end, max(a.confidence, 0.9 if a.confidence >= 0.85 else a.confidence),
                                         a.kind, a.country), merged=True)
                    continue
            out.append(h)
        return out


def _with_possessed_units(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Each named hit stretched over its unit's words; the hits those words held (a generic "fighters") dropped."""
    out: list[_Hit] = []
    reach = -1
    for h in hits:
        a = h.actor
        if a.start is not None and a.start < reach:
            continue
        unit = POSSESSED_UNIT.match(text, a.end) if not h.generic and a.start is not None and a.end is not None else None
        if unit is not None and a.start is not None:
            h, reach = replace(h, actor=replace(a, text=text[a.start:unit.end()], end=unit.end())), unit.end()
        out.append(h)
    return out


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """Named mentions first, then longer generic phrases; drop whatever overlaps a kept one."""
    kept: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (h.generic, -((h.actor.end or 0) - (h.actor.start or 0)))):
        a = h.actor
        if not any((a.start or 0) < (k.actor.end or 0) and (k.actor.start or 0) < (a.end or 0) for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.actor.start or 0)


def _compatible(generic_kind: str | None, named_kind: str | None) -> bool:
    if generic_kind in _ARMED:
        return named_kind in _ARMED or named_kind in ("political", "ethnic", "external")
    if generic_kind in _STATE:
        return named_kind in _STATE or named_kind == "external"
    return generic_kind == "external" == named_kind


def _with_country(template: str, cname: str) -> tuple[str, str]:
    """A name template filled with a country's name, with and without "the" ("the Central African Republic")."""
    return template.format(country="the " + cname), template.format(country=cname)


def _joined(text: str, toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """True when tokens i..j follow each other with nothing but spaces, hyphens or an elision between."""
    return all(_GAP.match(text[toks[k][1]:toks[k + 1][0]]) for k in range(i, j))


_DETERMINER = re.compile(r"^(?:(?:the|le|la|les)\s+|l['’]\s*)", re.IGNORECASE)
# ACLED's names for generic actors ("Civilians (Mali)", "Military Forces of Iraq"), as opposed to named groups.
# A name right after "anti-" names whom the phrase is against, not its actor.
_OPPOSED_TO = re.compile(r"\banti[-‑ ]$", re.IGNORECASE)
GENERIC_NAME = re.compile(
    r"^(?:(?:Civilians|Protesters|Rioters|Unidentified Armed Group)(?: \([^()]+\))?|"
    r"(?:Military Forces|Police Forces|Government)(?: of .+)?)$"
)


def _is_generic_name(name: str | None) -> bool:
    return bool(name) and bool(GENERIC_NAME.match(name or ""))
