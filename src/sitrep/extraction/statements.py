"""Statements: reported speech by officials and groups, with speaker, quote and stance.

Contract: reads a :class:`~sitrep.extraction.context.DocContext`, returns :class:`~sitrep.model.Statement`
records; never mutates the context, never does I/O after :meth:`StatementRules.load`.

A statement is anchored on a speech verb ("a déclaré", "said", "قال") or a stance verb that is a
speech act or an official act ("condamner", "ordered", "أدان"). French and English read the speaker
from the parse — subject, inverted subject ("a déclaré Yahya Rassoul, porte-parole du …"), passive
agent, apposition (name and role either way round), pronouns and "a-t-il ajouté" reusing the
previous speaker, a country standing for its government ("les États-Unis ont ordonné…") — and the
quote from the adjacent quotation marks («», "", “”) or the reported clause. Arabic, without a
parser, reads the words after the verb up to «إن/أن», a colon or a quotation mark. The stance comes
from the verb (condemn, threaten, deny, demand, order, support) or else from cue words in the quote
("inacceptables", "cowardly", "جبان"); neutral speech has stance ``None``.

Speaker fields: ``name`` is the person's name when given, else the organisation's canonical name,
else ``None``; ``text`` and the span cover the words naming the speaker; ``role`` is the role as
written in the source language; ``organisation`` the canonical actor the speaker speaks for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..model import Speaker, Statement
from ..textnorm import key
from .claims_common import (
    SUBJ_CUT, Folder, LexEntry, Lexicon, LexMatch, TokenView, actor_in, lexicon_dir, phrase_tokens,
    previous_actor, read_lexicon, resolve_phrase, same_line, span_of, subject_of,
)
from .context import DocContext

_QUOTE_RE = re.compile(r'«\s*([^«»]{2,}?)\s*»|“([^“”]{2,}?)”|"([^"\n]{2,}?)"|„([^„“”]{2,}?)[“”]')
_BETWEEN_RE = re.compile(
    r"^[\s,;:]*(?:(?:a|ont|avait|avaient|aurait|has|had|have|was|il|elle|t|he|she|they|then|later|also|et|and)[\s\-']*){0,4}$",
    re.IGNORECASE)
_MARKS = set(' \u00a0\u202f"»”“«')
_PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "-il", "-elle", "-ils", "il", "on", "we", "nous", "i", "je"}
_MEDIA_HEADS = {"communiqué", "statement", "report", "reports", "texte", "message", "déclaration", "video", "vidéo"}
_GOV_ROLES = {"ministre", "minister", "president", "president", "gouvernement", "government", "ministere", "ministry",
              "premier", "prime", "foreign", "interior", "defense", "defence", "diplomatie", "وزير", "رئيس", "الحكومه",
              "وزاره", "الوزير", "الرئيس", "الخارجيه", "الداخليه", "الدفاع"}
# folded forms (see textnorm.fold: أ/إ → ا, ى → ي, ة → ه)
_AR_STOP = {"في", "خلال", "علي", "عن", "امس", "اليوم", "لوكاله", "لصحيفه", "الي", "بان", "ان"}
_AR_COPULA = {"وهو", "وهي", "وهم", "هو", "هي"}


@dataclass(frozen=True, slots=True)
class StatementRules:
    """The statements lexicon (plus the event nouns of the claims lexicon), compiled. Load once."""

    lexicon: Lexicon
    folder: Folder
    capitals: dict[str, str]  # folded capital name -> ISO2 ("washington" -> US): metonymy for governments
    governments: dict[str, str] = field(default_factory=dict)  # ISO2 -> canonical name, filled on first use

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> "StatementRules":
        """Read ``statements.tsv`` and any ``statements_*.tsv`` next to it, and the claims lexicon's event nouns."""
        folder = lexicon_dir()
        if paths is None:
            paths = [folder / "statements.tsv", *sorted(folder.glob("statements_*.tsv"))]
        entries: list[LexEntry] = []
        for p in paths:
            entries.extend(read_lexicon(Path(p)))
        entries.extend(e for e in read_lexicon(folder / "claims.tsv") if e.type in {"event_noun", "medium", "negation", "resp_noun"})
        capitals = {" ".join(e.words): e.value for e in entries if e.type == "capital"}
        return cls(Lexicon(entries), Folder(), capitals)


@dataclass(slots=True)
class _Doc:
    """Per-document state while extracting (never stored)."""

    ctx: DocContext
    rules: StatementRules
    view: TokenView
    matches: list[LexMatch]
    quotes: list[tuple[int, int]]
    out: list[Statement]


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted text (content only) for «», “”, „“ and straight double quotes."""
    out = []
    for m in _QUOTE_RE.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        out.append((m.start(g), m.end(g)))
    return out


def find_statements(ctx: DocContext, rules: StatementRules | None = None, view: TokenView | None = None) -> list[Statement]:
    """Reported speech by officials and groups.

    Each statement has the speaker (name, role, organisation, with span), the quote (a direct quote
    in «», "", “” or the reported clause, with its span), the stance (condemn, threaten, deny,
    demand, order, support, or ``None`` when neutral) and the statement's own span. ``rules`` should
    be loaded once by the caller (:meth:`StatementRules.load`); ``view`` may be shared with claims.
    """
    rules = rules or StatementRules.load()
    if not ctx.text.strip():
        return []
    view = view or TokenView.build(ctx, rules.folder)
    d = _Doc(ctx, rules, view, rules.lexicon.match(view.toks, ctx.lang), find_quotes(ctx.text), [])
    seen: set[int] = set()
    for m in d.matches:
        if m.entry.type not in {"speech", "stance_verb"} or m.first in seen:
            continue
        seen.update(range(m.first, m.last + 1))
        st = _from_parse(d, m) if ctx.parsed is not None else _from_window(d, m)
        if st is not None:
            d.out.append(st)
    return _dedupe(d.out)


# -- speakers ------------------------------------------------------------------------------------
def _previous_speaker(d: _Doc, before: int) -> Speaker | None:
    """The speaker of the last statement before the sentence holding ``before`` ("a-t-il ajouté", "he said")."""
    limit = d.ctx.sentence_of(before).start
    prev = [s for s in d.out if s.start < limit] or [s for s in d.out if s.start < before]
    if not prev:
        return None
    s = prev[-1].speaker
    return Speaker(s.name, s.text, s.start, s.end, s.role, s.organisation, min(s.confidence, 0.6))


def _government(d: _Doc, text: str, start: int, end: int) -> str | None:
    """"les États-Unis", "Washington", "Iraq" as a speaker: the country's government, canonically named."""
    ctx = d.ctx
    iso = d.rules.capitals.get(key(text))
    if iso is None:
        for p in ctx.places:
            if p.feature == "country" and p.start < end and start < p.end and p.country:
                iso = p.country
                break
    if iso is None:
        from ..resolve.countries import country_iso2

        stripped = re.sub(r"^(?:les|le|la|l'|the|ال)\s*", "", text.strip(), flags=re.IGNORECASE)
        try:
            iso = country_iso2(stripped)
        except (LookupError, ValueError, OSError):
            iso = None
    if iso is None:
        return None
    return _gov_name(d, iso)


def _gov_name(d: _Doc, iso: str) -> str:
    """The canonical name of a country's government ("Government of the United States")."""
    hit = d.rules.governments.get(iso)
    if hit is None:
        hit = d.rules.governments[iso] = _gov_lookup(d, iso)
    return hit


def _gov_lookup(d: _Doc, iso: str) -> str:
    from ..resolve.countries import country_name

    try:
        name = country_name(iso)
    except (LookupError, ValueError, OSError):
        return f"Government ({iso})"
    table = d.ctx.actor_table
    if table is not None:
        for cand in (f"Government of the {name}", f"Government of {name}"):
            hit = table.resolve(cand, "en", iso)
            if hit is not None and hit.kind == "government" and hit.confidence >= 0.9 and hit.name:
                return hit.name
    return f"Government of {name}"


def _role_organisation(d: _Doc, role: str, start: int, end: int) -> str | None:
    """The organisation a role speaks for: an actor named in it, else the government of a demonym's country."""
    found = actor_in(d.ctx, start, end)
    if found is not None and found.name:
        return found.name
    words = key(role).split()
    if not any(w in _GOV_ROLES for w in words):
        return None
    from ..resolve.countries import country_for_demonym, country_iso2

    for w in words:
        try:
            iso = country_for_demonym(w) or (country_iso2(w) if len(w) > 3 else None)
        except (LookupError, ValueError, OSError):
            iso = None
        if iso:
            return _gov_name(d, iso)
    return None


def _roles_in(d: _Doc, start: int, end: int) -> list[LexMatch]:
    return [m for m in d.matches if m.entry.type == "role" and start <= d.view.toks[m.first].start < end]


def _speaker_parse(d: _Doc, subj: Any) -> Speaker | None:
    """The speaker behind the subject token: name (PER entity), role (apposition or title), organisation."""
    ctx = d.ctx
    if subj.lower_ in _PRONOUNS or subj.pos_ == "PRON":
        return _previous_speaker(d, subj.idx)
    run = phrase_tokens(subj, SUBJ_CUT)
    start, end = span_of(run)
    if subj.lemma_.lower() in _MEDIA_HEADS and not actor_in(ctx, start, end):
        return None
    text = ctx.text[start:end]
    person = next((e for e in ctx.entities if e.label in {"PER", "PERSON"} and start <= e.start and e.end <= end), None)
    role_m = _roles_in(d, start, end)
    name: str | None = person.text if person is not None else None
    role = organisation = None
    conf = 0.8
    if role_m:
        if person is not None and subj.idx >= person.start and subj.idx < person.end:
            # "Yahya Rassoul, porte-parole du …" / "French Interior Minister Christophe Castaner"
            appos = next((c for c in subj.children if c.dep_ == "appos"), None)
            if appos is not None:
                r = phrase_tokens(appos, SUBJ_CUT)
                rs, re_ = span_of(r)
            else:
                rs, re_ = d.view.toks[role_m[0].first].start, person.start
            role = ctx.text[rs:re_].strip(" ,")
        else:
            # "Le Premier ministre, Mohamed Chia al-Soudani" / "the spokesperson for the Taliban"
            rs = d.view.toks[role_m[0].first].start
            re_ = person.start if person is not None and person.start > rs else end
            role = ctx.text[rs:re_].rstrip(" ,")
            if person is not None and person.start < rs:
                role = ctx.text[rs:end].rstrip(" ,")
        if role:
            organisation = _role_organisation(d, role, rs, rs + len(role))
    if name is None:
        actor = resolve_phrase(ctx, text, start, end, (subj.idx, subj.idx + len(subj.text)))
        gov = _government(d, text, start, end) if subj.pos_ == "PROPN" else None
        if gov is not None:
            name = organisation = gov
        elif actor is not None and actor.name and actor.confidence >= 0.6:
            organisation = organisation or actor.name
            own = actor.start is not None and actor.end is not None and actor.start <= subj.idx < actor.end
            name = organisation if (not role_m or own) else None
        elif subj.pos_ == "PROPN":
            name = text
            conf = 0.6
        elif not role_m:
            ante = previous_actor(ctx, start) if _is_anaphor(d, start, end) else None
            if ante is None or not ante.name:
                return None
            name = organisation = ante.name
            conf = 0.5
        if role is None and role_m and name is None:
            role = text
            organisation = organisation or _role_organisation(d, text, start, end)
    if name is None and organisation is None and role is None:
        return None
    if person is None and name is not None and name == organisation and role is not None and key(role) in key(text):
        role = None  # "le gouvernement irakien" speaks for itself
    return Speaker(name or organisation, text, start, end, role, organisation, conf)


def _is_anaphor(d: _Doc, start: int, end: int) -> bool:
    return any(m.entry.type == "anaphor" and start <= d.view.toks[m.first].start < end for m in d.matches)


def _in_quote(d: _Doc, offset: int) -> bool:
    return any(a <= offset < b for a, b in d.quotes)


def _inverted(v: Any) -> Any | None:
    """The subject after the verb ("…", a déclaré Yahya Rassoul), climbing from a name part to its head."""
    doc = v.doc
    for i in range(v.i + 1, min(v.i + 4, len(doc))):
        t = doc[i]
        if t.pos_ in {"PROPN", "NOUN"}:
            while t.dep_ in {"flat:name", "flat", "compound"} and t.head.i != t.i:
                t = t.head
            return t
        if t.pos_ not in {"DET", "ADJ", "PRON"} and not t.text.startswith("-"):
            return None
    return None


def _left_noun(v: Any) -> Any | None:
    """No subject from the parser: the noun before the verb group, skipping one apposition between commas."""
    doc = v.doc
    i = v.i - 1
    while i >= 0 and doc[i].pos_ in {"AUX", "ADV", "PART"} or (i >= 0 and doc[i].pos_ == "PRON" and doc[i].dep_ != "nsubj"):
        i -= 1
    if i >= 0 and doc[i].text == ",":
        j = i - 1
        while j >= 0 and i - j < 12 and doc[j].text != ",":
            j -= 1
        i = j - 1 if j >= 0 and doc[j].text == "," else -1
    if i >= 0 and doc[i].pos_ == "ADJ" and doc[i].head.i < i and doc[i].head.pos_ in {"PROPN", "NOUN"}:
        i = doc[i].head.i  # "le gouvernement irakien a qualifié"
    if i >= 0 and doc[i].pos_ in {"PROPN", "NOUN"} and v.i - i < 15:
        return doc[i]
    return None


# -- quotes ----------------------------------------------------------------------------------------
def _adjacent_quote(d: _Doc, v_start: int, after: int) -> tuple[int, int] | None:
    """A direct quote just before the verb ("« … », a déclaré X") or just after the speaker ("said: « … »")."""
    text = d.ctx.text
    for qs, qe in d.quotes:
        close = qe
        while close < len(text) and text[close] in _MARKS:
            close += 1
        if close <= v_start and v_start - close < 30 and _BETWEEN_RE.match(text[close:v_start]):
            return qs, qe
        if after <= qs and qs - after < 25 and re.match(r"^[\s,:«\"“„]*$", text[after:qs]) and qe - qs > 15:
            return qs, qe
    return None


def _stance_in(d: _Doc, start: int, end: int) -> str | None:
    """The stance signalled by cue words inside [start, end), the most frequent (first on ties)."""
    counts: dict[str, int] = {}
    for m in d.matches:
        if m.entry.type == "stance_cue" and start <= d.view.toks[m.first].start < end:
            counts[m.entry.value] = counts.get(m.entry.value, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


def _negated(v: Any, d: _Doc) -> bool:
    neg = {"ne", "n'", "pas", "jamais", "not", "n't", "never"}
    return any(c.lower_ in neg and c.dep_ in {"advmod", "neg", "advmod:neg"} for c in v.children)


# -- French and English --------------------------------------------------------------------------
def _from_parse(d: _Doc, m: LexMatch) -> Statement | None:
    ctx = d.ctx
    v = d.view.toks[m.first].sp
    if v.pos_ not in {"VERB", "AUX"} and not (v.pos_ == "ADJ" and v.dep_ == "ROOT"):
        return None
    if v.dep_ in {"amod", "acl"} and v.tag_ != "VBG" and not any(c.dep_.startswith("aux") for c in v.children):
        return None  # a participle describing a noun ("les personnes dites…")
    stance = m.entry.value or None
    if stance and _negated(v, d):
        return None
    passive = any(c.dep_ in {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"} for c in v.children)
    if passive:
        agent = next((c for c in v.children if c.dep_ == "obl:agent"), None)
        if agent is None:
            agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            return None
        subj = agent
    else:
        subj = subject_of(v)
        if subj is None and v.dep_ == "conj":
            subj = next((c for c in v.head.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}), None)
        if subj is None or _in_quote(d, subj.idx) and not _in_quote(d, v.idx):
            quoted_before = re.search(r'["»”]\s*,?\s*(?:\w+\s*){0,2}$', ctx.text[max(0, v.idx - 20):v.idx]) is not None
            subj = _inverted(v) if quoted_before else _left_noun(v)
    subj = same_line(subj, v)
    if subj is None:
        return None
    speaker = _speaker_parse(d, subj)
    if speaker is None:
        return None
    sent = ctx.sentence_of(v.idx)
    local = speaker.start is not None and sent.start <= speaker.start < sent.end
    after = max(v.idx + len(v.text), speaker.end or 0) if local else v.idx + len(v.text)
    q = _adjacent_quote(d, min(v.idx, speaker.start or v.idx) if local else v.idx, after)
    if q is None:
        # the reported clause: the verb's complements after it (not the subject, not a trailing "a-t-il ajouté")
        skip = {"nsubj", "punct", "advcl", "aux", "aux:tense", "cc", "conj", "appos", "flat:name", "expl:subj"}
        if m.entry.type == "speech":  # "a indiqué à l'AFP", "told reporters": the addressee is not what was said
            skip |= {"obl", "obl:arg", "obl:mod", "iobj", "dative", "prep", "npadvmod"}
        comp = [c for c in v.children if c.i > v.i and c.dep_ not in skip
                and not (speaker.start is not None and speaker.start <= c.idx < (speaker.end or 0))
                and not (c.dep_ in {"obl:mod", "npadvmod", "tmod", "advmod"} and len(list(c.subtree)) <= 3)
                and not _is_time_word(d, c)]
        if comp:
            toks = sorted((t for c in comp for t in c.subtree), key=lambda t: t.i)
            while toks and (toks[0].is_punct or toks[0].pos_ in {"SCONJ", "ADP"} and toks[0].lower_ in {"that", "que", "qu'"}):
                toks = toks[1:]
            while toks and toks[-1].is_punct and toks[-1].text not in "\"»”":
                toks = toks[:-1]
            if toks:
                qs, qe = span_of(toks)
                qs, qe = _strip_quotes(ctx.text, qs, qe)
                q = (qs, qe) if qe > qs else None
    s0 = sent.start
    while s0 < len(ctx.text) and ctx.text[s0] in _MARKS:
        s0 += 1
    if q is not None and q[1] <= v.idx and s0 < q[0] and ":" not in ctx.text[s0:q[0]]:
        q = (s0, q[1])  # «Le Premier ministre … "a ordonné …" de "retrouver …"», a-t-il ajouté
    if q is None and stance is None:
        return None
    quote = ctx.text[q[0]:q[1]] if q else None
    if stance is None and q is not None:
        stance = _stance_in(d, q[0], q[1])
    points = [v.idx, v.idx + len(v.text)]
    if local:
        points += [speaker.start, speaker.end or speaker.start]
    if q is not None:
        points += [q[0], q[1]]
    conf = min(0.9, 0.5 + 0.3 * (speaker.confidence >= 0.7) + 0.1 * (q is not None) + 0.05 * (speaker.role is not None))
    return Statement(speaker, quote, stance, min(points), max(points), q[0] if q else None, q[1] if q else None, round(conf, 3))


def _is_time_word(d: _Doc, tok: Any) -> bool:
    """A lone weekday or "hier" that the parser took for an object ("a qualifié lundi …")."""
    if tok.n_lefts + tok.n_rights:
        return False
    return any(m.entry.type == "time_word" and d.view.toks[m.first].sp is tok for m in d.matches)


def _strip_quotes(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in "\"«»“” ":
        a += 1
    if text[a:b].count('"') % 2 == 1 and text[b - 1:b] == '"' or text[b - 1:b] in "»”":
        b -= 1
    while b > a and text[b - 1] in " ,":
        b -= 1
    return a, b


# -- Arabic (no parse) -----------------------------------------------------------------------------
def _from_window(d: _Doc, m: LexMatch) -> Statement | None:
    ctx, toks = d.ctx, d.view.toks
    k = m.first
    sent = toks[k].sent
    if k > 0 and toks[k - 1].sent == sent and any(x in {"لم", "ولم", "لا", "لن"} for x in toks[k - 1].forms):
        return None
    hi = m.last
    while hi + 1 < len(toks) and toks[hi + 1].sent == sent:
        hi += 1
    kinds = {j: mm.entry.type for mm in d.matches if m.last < mm.first <= hi for j in range(mm.first, mm.last + 1)}
    # the speaker: words after the verb up to a complementiser, a colon, a quote, a stop word or an object noun
    j = m.last + 1
    while j <= hi and j - m.last <= 14:
        gap = ctx.text[toks[j - 1].end:toks[j].start]
        if any(ch in gap for ch in ':«"“.؛') or kinds.get(j) in {"complementiser", "event_noun", "speech", "stance_verb", "medium"}:
            break
        if toks[j].forms[0] in _AR_STOP or toks[j].forms[-1] in _AR_STOP:
            break
        j += 1
    first, last = m.last + 1, j - 1
    if any(kinds.get(i) == "resp_noun" for i in range(first, min(m.last + 9, hi + 1))):
        return None  # "أعلن تنظيم داعش مسؤوليته عن …" is a claim, not a statement
    speaker: Speaker | None
    if last < first:
        speaker = _previous_speaker(d, toks[k].start)
    else:
        opened = j <= hi and (kinds.get(j) == "complementiser" or toks[j].forms[0] in {"ان", "بان", "الي"}
                              or any(ch in ctx.text[toks[j - 1].end:toks[j].start] for ch in ':«"“'))
        speaker = _speaker_window(d, first, last, opened)
    if speaker is None:
        return None
    # the quote: a quotation right after, else the clause after the complementiser / colon / object
    q = None
    tail = toks[j].start if j <= hi else toks[hi].end
    for qs, qe in d.quotes:
        if tail - 2 <= qs <= tail + 40 and re.match(r"^[\s,:]*[«\"“]?$", ctx.text[tail:qs]):
            q = (qs, qe)
            break
    if q is None and k > 0 and toks[k - 1].sent == sent and toks[k - 1].forms[0] in {"حسبما", "كما", "وفق", "وفقا"}:
        lo = k - 1
        while lo > 0 and toks[lo - 1].sent == sent:
            lo -= 1
        q = (toks[lo].start, toks[k - 1].start) if lo < k - 1 else None  # "… حسبما قال مسؤول محلي"
    if q is None and j <= hi:
        qs = toks[j + 1].start if kinds.get(j) == "complementiser" and j + 1 <= hi else toks[j].start
        qe = min(toks[hi].end, qs + 400)
        q = (qs, qe) if qe > qs else None
    stance = m.entry.value or (_stance_in(d, q[0], q[1]) if q else None)
    if q is None and stance is None:
        return None
    points = [toks[k].start, toks[m.last].end]
    if speaker.start is not None and speaker.start >= toks[k].start - 5:
        points += [speaker.start, speaker.end or speaker.start]
    if q is not None:
        points += [q[0], q[1]]
    conf = 0.45 + 0.25 * (speaker.confidence >= 0.6) + 0.1 * (q is not None)
    return Statement(speaker, ctx.text[q[0]:q[1]] if q else None, stance, min(points), max(points),
                     q[0] if q else None, q[1] if q else None, round(conf, 3))


def _speaker_window(d: _Doc, first: int, last: int, opened: bool) -> Speaker | None:
    """Arabic speaker words: "أندريه ليسينكو المتحدث باسم الجيش الأوكراني" → name, role, organisation.

    Bare words (no role noun, no known actor) are taken as a name only when a reported clause follows
    ("قال X إن …", "X: «…»"), since without a parser they could be the verb's object.
    """
    ctx, toks = d.ctx, d.view.toks
    start, end = toks[first].start, toks[last].end
    text = ctx.text[start:end]
    roles = _roles_in(d, start, end)
    cop = next((i for i in range(first, last + 1) if toks[i].forms[0] in _AR_COPULA), None)
    if cop is not None and cop > first and cop < last:  # "ياروسلاف شيبورني وهو متحدث عسكري …"
        roles = [r for r in roles if r.first > cop] or roles
    if _is_anaphor(d, start, end) and last - first <= 1:
        ante = previous_actor(ctx, start)
        if ante is None or not ante.name:
            return None
        return Speaker(ante.name, text, start, end, None, ante.name, 0.55)
    actor = actor_in(ctx, start, end)
    organisation = actor.name if actor is not None and actor.confidence >= 0.6 else None
    name = role = None
    if roles:
        r0 = roles[0].first
        if r0 > first:
            name_end = cop - 1 if cop is not None and first < cop < r0 else r0 - 1
            name = ctx.text[start:toks[name_end].end].strip(" ،,")
        role = ctx.text[toks[r0].start:end].strip(" ،,")
        organisation = organisation or _role_organisation(d, role, toks[r0].start, end)
    elif organisation is not None:
        name = organisation
    else:
        if last - first > 3 or not opened:
            return None
        name = text.strip(" ،,")
    conf = 0.7 if (name or organisation) else 0.5
    return Speaker(name or organisation, text, start, end, role, organisation, conf)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement per speaker and clause: the one with a stance (then the most confident) wins."""
    out: list[Statement] = []
    for s in sorted(statements, key=lambda s: (s.stance is None, -s.confidence)):
        if any(o.speaker.name == s.speaker.name and o.start < s.end and s.start < o.end for o in out):
            continue
        out.append(s)
    # a reported clause that is itself another speaker's statement ("Le Premier ministre … "a ordonné …",
    # a-t-il ajouté") is kept once, as that statement, not again as neutral speech of the reporter
    out = [s for s in out if not (s.stance is None and s.quote_start is not None and any(
        o is not s and o.speaker.name != s.speaker.name and o.stance is not None
        and s.quote_start <= o.start and o.end <= (s.quote_end or 0) + 1 for o in out))]
    out.sort(key=lambda s: s.start)
    return out
