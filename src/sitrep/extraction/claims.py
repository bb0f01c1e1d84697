"""Claims of responsibility, denials and attributions by others, in French, English and Arabic.

Contract: reads a :class:`~sitrep.extraction.context.DocContext`, returns :class:`~sitrep.model.Claim`
records; never mutates the context, never does I/O after :meth:`ClaimRules.load`.

Words come from ``data/lexicons/claims.tsv`` (lemmas for French and English, surface forms for
Arabic). A trigger verb only makes a claim when its object is something that can be claimed: an
event noun ("l'attaque", "the bombing", "هجوم"), a responsibility noun ("responsibility",
"مسؤوليته") or a pronoun standing for an event — so "a revendiqué son innocence" and "claimed that
the election was rigged" are not claims — and when the clause is not negated ("n'a pas été
revendiquée", "no group claimed", "لم تعلن أي جهة"). French and English use spaCy's dependency parse
(active, passive with its agent, participles modifying the event noun); Arabic, which has no parser
here, uses patterns over tokens in a window around the trigger.

For ``kind == "attribution"`` the ``claimant`` is the party held responsible and the record is an
:class:`Attribution` whose ``attributed_by`` is who made the attribution ("Washington les a
attribuées aux brigades du Hezbollah": claimant Hezbollah Brigades, attributed_by Washington).

The lexicon machinery (:mod:`.claims_common`) is shared with ``statements.py``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..model import Actor, Claim, Mention
from .claims_common import (
    _PASS_SUBJ, _SUBJ, SUBJ_CUT, Folder, LexEntry, Lexicon, LexMatch, Tok, TokenView, actor_in, lexicon_dir,
    phrase_tokens, previous_actor, read_lexicon, resolve_phrase, same_line, span_of, subject_of,
)
from .context import DocContext

_SUBJ_CUT = SUBJ_CUT
_OBJ = {"obj", "dobj", "iobj", "attr", "oprd"}
_QUOTES = set('"«»“”„')
_MODALS = {"would", "could", "should", "must", "may", "might", "have", "need", "want", "pouvoir", "devoir", "vouloir", "falloir"}
_GROUP_NOUNS = {"groupe", "organisation", "mouvement", "milice", "group", "organization", "movement", "militia"}
_ARMED_KINDS = {"rebel", "islamist", "militia", "unidentified", "political", "ethnic"}
_PRON_EVENT = {"le", "la", "les", "l", "it", "them", "this", "these", "that", "celle", "celui", "ceux", "cela", "ça", "ceci"}
_PERSONAL = {"il", "elle", "ils", "elles", "he", "she", "they", "it", "we", "nous", "on", "qui", "who", "which", "that", "lequel", "laquelle"}


@dataclass(slots=True)
class Attribution(Claim):
    """An attribution by others: ``claimant`` is the party held responsible, ``attributed_by`` who says so."""

    attributed_by: Actor | None = None


@dataclass(frozen=True, slots=True)
class ClaimRules:
    """The claims lexicon, compiled. Load once (``ClaimRules.load()``) and pass it to :func:`find_claims`."""

    lexicon: Lexicon
    folder: Folder

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> "ClaimRules":
        """Read ``claims.tsv`` and any ``claims_*.tsv`` next to it (or the given files)."""
        if paths is None:
            folder = lexicon_dir()
            paths = [folder / "claims.tsv", *sorted(folder.glob("claims_*.tsv"))]
        entries: list[LexEntry] = []
        for p in paths:
            entries.extend(read_lexicon(Path(p)))
        return cls(Lexicon(entries), Folder())


# -- the extractor -----------------------------------------------------------------------------
_TRIGGERS = {"claim_verb", "claim_light", "denial_verb", "attrib_verb", "attrib_light", "claim_noun"}


@dataclass(slots=True)
class _Marks:
    """Token-level marks of one document (spaCy token indexes for parsed text, Tok indexes otherwise)."""

    event: dict[int, tuple[int, int, int]]  # any token of an event noun -> (head, first, last)
    resp: set[int]
    event_verb: set[int]
    neg: set[int]
    refuse: set[int]
    media: list[LexMatch]
    media_tok: set[int] = field(default_factory=set)


def find_claims(ctx: DocContext, rules: ClaimRules | None = None, view: TokenView | None = None) -> list[Claim]:
    """Claims of responsibility (kind 'claim'), denials ('denial') and attributions by others ('attribution').

    Each has the claimant as a canonical :class:`Actor` with its span (from ``ctx.actors`` when the
    claimant is a known group, else ``ctx.actor_table.resolve`` or the entity), the medium
    ('Telegram', 'statement', 'Amaq', 'video'...) with its span, what is claimed ('attaques',
    "l'attaque à la bombe"...), the claim's own span (the clause) and a confidence. ``rules`` should
    be loaded once by the caller (:meth:`ClaimRules.load`); ``view`` may be shared with statements.
    """
    rules = rules or ClaimRules.load()
    if not ctx.text.strip():
        return []
    view = view or TokenView.build(ctx, rules.folder)
    matches = rules.lexicon.match(view.toks, ctx.lang)
    parsed = ctx.parsed is not None
    key = (lambda m: view.toks[m.first].sp.i) if parsed else (lambda m: m.first)
    marks = _Marks({}, set(), set(), set(), set(), [])
    for m in matches:
        t = m.entry.type
        if t == "event_noun":
            if parsed:
                first, last = view.toks[m.first].sp.i, view.toks[m.last].sp.i
                for i in range(first, last + 1):
                    marks.event.setdefault(i, (_head_of(view, m), first, last))
            else:
                marks.event.setdefault(m.first, (m.first, m.first, m.last))
        elif t == "resp_noun":
            marks.resp.add(key(m))
        elif t == "event_verb":
            marks.event_verb.add(key(m))
        elif t == "negation":
            marks.neg.add(key(m))
        elif t == "refuse":
            marks.refuse.add(key(m))
        elif t == "medium":
            marks.media.append(m)
            marks.media_tok.update(view.toks[j].sp.i if parsed else j for j in range(m.first, m.last + 1))
    out: list[Claim] = []
    for m in matches:
        if m.entry.type not in _TRIGGERS:
            continue
        c = _from_parse(ctx, view, m, marks, out) if parsed else _from_window(ctx, view, m, marks, out)
        if c is not None:
            out.append(c)
    return _dedupe(out)


def _head_of(view: TokenView, m: LexMatch) -> int:
    """The syntactic head (spaCy index) of a multi-word match ("attaque à la bombe" → attaque)."""
    sps = {view.toks[j].sp.i: view.toks[j].sp for j in range(m.first, m.last + 1)}
    for i, sp in sps.items():
        if sp.head.i not in sps or sp.head.i == i:
            return i
    return view.toks[m.first].sp.i


def best_medium(ctx: DocContext, view: TokenView, media: list[LexMatch], start: int, end: int) -> tuple[str | None, Mention | None]:
    """The highest-priority medium mentioned inside [start, end)."""
    best: LexMatch | None = None
    for m in media:
        a, b = view.toks[m.first].start, view.toks[m.last].end
        if a >= start and b <= end and (best is None or m.entry.weight > best.entry.weight):
            best = m
    if best is None:
        return None, None
    a, b = view.toks[best.first].start, view.toks[best.last].end
    return best.entry.value, Mention(ctx.text[a:b], a, b, 0.8)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One record per clause: overlapping claims of the same kind keep the most confident."""
    out: list[Claim] = []
    for c in sorted(claims, key=lambda c: -c.confidence):
        if any(o.kind == c.kind and o.start < c.end and c.start < o.end for o in out):
            continue
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


# -- French and English: over the dependency parse ---------------------------------------------
def _preps(v: Any) -> list[tuple[str, Any]]:
    """(preposition, noun) pairs under ``v``: French obl/nmod with a case word, English prep → pobj."""
    out: list[tuple[str, Any]] = []
    for c in v.children:
        if c.dep_ in {"prep", "agent"}:
            for g in c.children:
                if g.dep_ in {"pobj", "pcomp"}:
                    out.append((c.lower_, g))
        elif c.dep_ in {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj"}:
            case = next((g.lower_ for g in c.children if g.dep_ == "case"), "")
            out.append((case, c))
    return out


def _event_head(tok: Any, marks: _Marks, depth: int = 0) -> Any | None:
    """``tok`` if it is an event noun, else one below it ("la plupart des attaques", "most of the attacks")."""
    if tok.i in marks.event:
        return tok.doc[marks.event[tok.i][0]]
    if depth >= 2:
        return None
    for c in tok.children:
        if c.dep_ in {"nmod", "prep", "pobj", "compound", "flat", "obl", "appos"}:
            hit = _event_head(c, marks, depth + 1)
            if hit is not None:
                return hit
    return None


def _modal(v: Any) -> bool:
    """Whether the claim is only wished, needed or possible ("had to admit responsibility", "pourrait revendiquer")."""
    if any(c.dep_.startswith("aux") and c.lemma_.lower() in _MODALS for c in v.children):
        return True
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in _MODALS


def _event_pronoun(o: Any) -> bool:
    """An object clitic or pronoun that can stand for an event ("les a revendiquées", "claimed it")."""
    return o.pos_ in {"PRON", "DET"} and o.dep_ in _OBJ | _PASS_SUBJ and o.lower_.strip("'") in _PRON_EVENT


def _left_subject(v: Any) -> Any | None:
    """When the parser found no subject: the noun just before the verb group ("Washington les a attribuées")."""
    i = v.i - 1
    doc = v.doc
    while i >= 0 and v.i - i <= 5:
        t = doc[i]
        if t.pos_ in {"PROPN", "NOUN"}:
            return t
        if t.pos_ not in {"AUX", "ADV", "PRON", "DET", "PART"} or t.is_punct:
            return None
        i -= 1
    return None


def _target_actor_tok(ctx: DocContext, view: TokenView, v: Any) -> Any | None:
    """The first actor after ``v`` in its sentence introduced by "à/au/aux/to/on" (parser fallback)."""
    sent = ctx.sentence_of(v.idx)
    for a in ctx.actors:
        if a.start is None or not (v.idx < a.start < sent.end):
            continue
        span = ctx.parsed.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        prev = [t for t in ctx.parsed[max(span.start - 2, 0):span.start]]
        if any(t.lower_ in {"à", "au", "aux", "to", "on"} for t in prev):
            return span.root
    return None


def _negated(v: Any, marks: _Marks) -> bool:
    """Whether the clause of ``v`` is negated ("n'a pas été revendiquée", "no group claimed")."""
    for c in v.children:
        if c.dep_ == "neg" or (c.i in marks.neg and c.dep_ in {"advmod", "advmod:neg", "mark", "cc", "det"}):
            return True
        if c.dep_ in _SUBJ | _PASS_SUBJ | {"obl:agent", "agent", "expl:pass"}:
            if c.i in marks.neg and c.pos_ in {"PRON", "DET", "NOUN"}:
                return True
            if any(g.i in marks.neg and g.dep_ in {"det", "amod", "advmod", "neg", "nummod"} for g in c.children):
                return True
        if c.dep_ in {"aux", "aux:tense", "aux:pass", "auxpass"} and any(g.i in marks.neg for g in c.children):
            return True
    return False


def _antecedent_event(ctx: DocContext, marks: _Marks, before: int) -> str | None:
    """The nearest event noun before offset ``before`` (what "l'a revendiquée" / "claimed it" stands for)."""
    best = None
    for i in marks.event:
        t = ctx.parsed[i]
        if t.idx < before and (best is None or t.idx > best.idx) and before - t.idx < 600:
            best = t
    return best.text if best is not None else None


def _claimant(ctx: DocContext, tok: Any | None, v: Any, marks: _Marks, prior: list[Claim]) -> Actor | None:
    """The actor behind the subject/agent token ``tok`` (pronouns and "the group" go to the antecedent)."""
    if tok is None:
        return None
    if tok.pos_ == "PRON" or tok.lower_ in _PERSONAL:
        ante = previous_actor(ctx, tok.idx, [c.claimant for c in prior])
        return ante
    run = phrase_tokens(tok, _SUBJ_CUT, marks.media_tok)
    start, end = span_of(run)
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and "\n" not in ctx.text[tok.idx:c.idx]:
            found = actor_in(ctx, *span_of(phrase_tokens(c, _SUBJ_CUT)))
            if found is not None and found.name:
                return Actor(found.name, found.text, found.start, found.end, found.confidence, found.kind, found.country)
    actor = resolve_phrase(ctx, ctx.text[start:end], start, end, (tok.idx, tok.idx + len(tok.text)))
    if actor is not None:
        return actor
    if tok.lemma_.lower() in _GROUP_NOUNS and len(run) <= 3 and any(
            d.lower_ in {"le", "la", "l'", "the", "ce", "cette", "this"} for d in tok.children if d.dep_ == "det"):
        groups = [c.claimant for c in prior] + [a for a in ctx.actors if a.kind in _ARMED_KINDS]
        ante = previous_actor(ctx, start, groups, fallback=False)
        if ante is not None:
            return ante
    return Actor(None, ctx.text[start:end], start, end, 0.3)


def _phrase(ctx: DocContext, tok: Any, marks: _Marks) -> tuple[str, int, int]:
    """What is claimed: the event noun's compact phrase, up to a medium or a closing quote."""
    run = phrase_tokens(tok, stop=marks.media_tok)
    if len(run) > 10:
        run = [t for t in run if abs(t.i - tok.i) <= 5]
    start, end = span_of(run)
    if tok.i in marks.event:
        _, first, last = marks.event[tok.i]
        start = min(start, tok.doc[first].idx)
        end = max(end, tok.doc[last].idx + len(tok.doc[last].text))
    while start < end and ctx.text[start] in _QUOTES:
        start += 1
    close = next((k for k in range(tok.idx, end) if ctx.text[k] in _QUOTES), None)
    if close is not None:
        end = close
    text = ctx.text[start:end].rstrip(" ,;:")
    return text, start, start + len(text)


def _from_parse(ctx: DocContext, view: TokenView, m: LexMatch, marks: _Marks, prior: list[Claim]) -> Claim | None:
    v = view.toks[m.first].sp
    typ, kind, conf = m.entry.type, m.entry.value, m.entry.weight
    if typ == "claim_noun":
        return _noun_claim(ctx, view, v, m, marks, prior)
    if v.pos_ not in {"VERB", "ADJ", "AUX"} or _negated(v, marks) or _modal(v):
        return None
    passive = any(c.dep_ in {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass", "obl:agent", "agent"} for c in v.children)
    passive = passive or (v.dep_ in {"acl", "amod"} and ("Pass" in v.morph.get("Voice") or v.tag_ == "VBN"))
    objs = [c for c in v.children if c.dep_ in _OBJ or c.dep_ in _PASS_SUBJ]
    if v.dep_ in {"acl", "amod"} and passive or (v.dep_ in {"acl:relcl", "relcl"} and any(
            c.dep_ in _OBJ | _PASS_SUBJ and c.pos_ == "PRON" for c in v.children)):
        objs.append(v.head)
    preps = _preps(v)
    what: Any | None = None
    claimed: str | None = None
    if typ in {"attrib_verb", "attrib_light"}:
        return _attribution(ctx, view, v, m, marks, prior, objs, preps, passive)
    ok = False
    for o in objs:
        ev = _event_head(o, marks)
        if ev is not None and typ != "claim_light":
            what, ok = ev, True
            break
        if o.i in marks.resp or any(t.i in marks.resp for t in phrase_tokens(o)[:4]):
            ok = True
            for _, n in _preps(o) + preps:
                what = _event_head(n, marks) or what
            break
        if _event_pronoun(o) and typ != "claim_light":
            claimed, ok = _antecedent_event(ctx, marks, o.idx), True
            conf -= 0.1
            break
    if not ok:
        for c in v.children:
            if c.dep_ not in {"ccomp", "xcomp", "advcl"}:
                continue
            sub = [t for t in c.subtree][:25]
            # "claimed they were responsible" (the subject of "responsible" is a pronoun), "denied mounting the attack"
            own = any(t.i in marks.resp and any(s.dep_ in _SUBJ and s.pos_ == "PRON" for s in (
                [*t.children, *t.head.children] if t.dep_ in {"acomp", "attr"} else t.children)) for t in sub)
            if own or (typ == "denial_verb" and (c.i in marks.event_verb or any(t.i in marks.event for t in sub))):
                ok = True
                what = next((t for t in sub if t.i in marks.event), None)
                conf -= 0.05
                break
    if not ok:
        return None
    if typ != "denial_verb" and v.dep_ == "xcomp" and v.head.i in marks.refuse:
        kind = "denial"
    if passive:
        subj = next((n for p, n in preps if p in {"par", "by"} or n.dep_ == "obl:agent"), None)
    else:
        subj = subject_of(v) or _left_subject(v)
        if subj is None and v.dep_ == "acl" and v.head.dep_ in _OBJ:  # "issued a statement denying …"
            subj = subject_of(v.head.head)
        subj = same_line(subj, v)
    who = _claimant(ctx, subj, v, marks, prior)
    if who is None:
        return None
    if what is not None:
        claimed, ws, we = _phrase(ctx, what, marks)
    spans = [(v.idx, v.idx + len(v.text))]
    if what is not None:
        spans.append((ws, we))
    sent = ctx.sentence_of(v.idx)
    if who.start is not None and who.end is not None and sent.start <= who.start < sent.end:
        spans.append((who.start, who.end))
    if subj is not None and subj.pos_ != "PRON":
        s_run = phrase_tokens(subj, _SUBJ_CUT, marks.media_tok)
        if sent.start <= s_run[0].idx < sent.end:
            spans.append(span_of(s_run))
    left, right = v.left_edge.idx, v.right_edge.idx + len(v.right_edge.text)
    if v.dep_ in {"acl", "amod", "acl:relcl", "relcl"}:
        left = min(left, v.head.idx)
    medium, mtext = best_medium(ctx, view, marks.media, max(left, sent.start), min(right, sent.end))
    if medium is None:
        medium, mtext = best_medium(ctx, view, marks.media, sent.start, sent.end)
    if mtext is not None:
        spans.append((mtext.start, mtext.end))
    conf = _confidence(conf, who, claimed)
    line = (ctx.text.rfind("\n", 0, v.idx) + 1, len(ctx.text) if ctx.text.find("\n", v.idx) < 0 else ctx.text.find("\n", v.idx))
    spans = [s for s in spans if line[0] <= s[0] and s[1] <= line[1]] or spans[:1]
    return Claim(who, claimed, min(a for a, _ in spans), max(b for _, b in spans), kind, medium, mtext, conf)


def _confidence(base: float, who: Actor, claimed: str | None) -> float:
    if who.name is None:
        base -= 0.25
    elif who.confidence < 0.6:
        base -= 0.1
    if claimed is None:
        base -= 0.1
    return max(0.1, min(0.95, base))


def _attribution(ctx: DocContext, view: TokenView, v: Any, m: LexMatch, marks: _Marks, prior: list[Claim],
                 objs: list[Any], preps: list[tuple[str, Any]], passive: bool) -> Claim | None:
    """"X blamed the attack on Y", "Washington les a attribuées aux brigades", "accused Y of the attack"."""
    accused: Any | None = None
    what: Any | None = None
    claimed: str | None = None
    conf = m.entry.weight
    targets = {"à", "au", "aux", "on", "to", "sur"}
    event_obj = next((o for o in objs if _event_head(o, marks) is not None or _event_pronoun(o)), None)
    if m.entry.type == "attrib_light":
        if not any(c.i in marks.resp for c in v.subtree):
            return None
        accused = next((o for o in objs if o.pos_ in {"NOUN", "PROPN"}), None)
    elif v.dep_ in {"acl", "amod"} and _event_head(v.head, marks) is not None:
        # "L'attaque, attribuée aux jihadistes de Boko Haram", "the attack, blamed on Boko Haram"
        accused = next((n for p, n in preps if p in targets), None)
        what = _event_head(v.head, marks)
    elif event_obj is not None:
        accused = next((n for p, n in preps if p in targets), None) or _target_actor_tok(ctx, view, v)
        what = _event_head(event_obj, marks)
        if what is None:
            claimed = _antecedent_event(ctx, marks, event_obj.idx)
    else:
        accused = next((o for o in objs if o.pos_ in {"NOUN", "PROPN"}), None)
        # "Boko Haram was blamed", "ISWAP is suspected": the subject of the passive is held responsible
        held = accused if passive and accused is not None and accused.dep_ in _PASS_SUBJ else None
        for p, n in preps:
            hit = _event_head(n, marks)
            if hit is not None:
                what = hit
        sent = ctx.sentence_of(v.idx)
        if what is None and not any(sent.start <= ctx.parsed[i].idx < sent.end for i in set(marks.event) | marks.event_verb):
            claimed = _antecedent_event(ctx, marks, v.idx) if held is not None else None
            if claimed is None:
                return None
    if accused is None or _negated(v, marks):
        return None
    who = _claimant(ctx, accused, v, marks, prior)
    if who is None or who.name is None:
        return None
    agent = next((n for p, n in preps if p in {"par", "by"}), None) if passive else (subject_of(v) or _left_subject(v))
    by = _claimant(ctx, agent, v, marks, prior) if agent is not None else None
    spans = [(v.idx, v.idx + len(v.text))]
    for a in (who, by):
        if a is not None and a.start is not None and a.end is not None:
            spans.append((a.start, a.end))
    if what is not None:
        claimed, ws, we = _phrase(ctx, what, marks)
        spans.append((ws, we))
    sent = ctx.sentence_of(v.idx)
    spans = [s for s in spans if sent.start <= s[0] < sent.end] or spans[:1]
    return Attribution(who, claimed, min(a for a, _ in spans), max(b for _, b in spans), "attribution", None, None,
                       _confidence(conf, who, claimed), by)


def _noun_claim(ctx: DocContext, view: TokenView, n: Any, m: LexMatch, marks: _Marks, prior: list[Claim]) -> Claim | None:
    """"une revendication de l'EI", "the group's claim of responsibility for the attack"."""
    if n.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.i in marks.neg for c in n.children if c.dep_ in {"det", "advmod", "neg", "amod"}):
        return None
    who_tok = None
    what = None
    for p, x in _preps(n):
        if p in {"de", "du", "des", "d'", "by", "par"} and x.i not in marks.event and _event_head(x, marks) is None:
            who_tok = who_tok or x
        what = what or _event_head(x, marks)
    poss = next((c for c in n.children if c.dep_ in {"poss", "nmod:poss"}), None)
    if who_tok is None and poss is not None:
        who_tok = poss
    if who_tok is None and n.dep_ in _OBJ:
        who_tok = subject_of(n.head)
        if n.head.i in marks.neg or _negated(n.head, marks):
            return None
    who = _claimant(ctx, who_tok, n, marks, prior)
    if who is None or who.name is None:
        return None
    claimed = None
    spans = [(n.idx, n.idx + len(n.text))]
    if what is not None:
        claimed, ws, we = _phrase(ctx, what, marks)
        spans.append((ws, we))
    sent = ctx.sentence_of(n.idx)
    if who.start is not None and who.end is not None and sent.start <= who.start < sent.end:
        spans.append((who.start, who.end))
    medium, mtext = best_medium(ctx, view, marks.media, sent.start, sent.end)
    if mtext is not None:
        spans.append((mtext.start, mtext.end))
    return Claim(who, claimed, min(a for a, _ in spans), max(b for _, b in spans), "claim", medium, mtext,
                 _confidence(m.entry.weight - 0.1, who, claimed))


# -- Arabic (and any text without a parse): patterns over tokens ---------------------------------
_AR_STOP = {"في", "علي", "تم", "الذي", "التي", "من", "الي", "اثر", "بعد", "قبل", "امس", "عن", "مع", "وقد", "حيث", "كما",
            "dans", "par", "sur", "qui", "in", "by", "on", "which", "that", "at"}


def _from_window(ctx: DocContext, view: TokenView, m: LexMatch, marks: _Marks, prior: list[Claim]) -> Claim | None:
    toks = view.toks
    k, typ = m.first, m.entry.type
    if typ == "claim_noun":
        return None
    sent = toks[k].sent
    lo, hi = k, m.last
    while lo > 0 and toks[lo - 1].sent == sent:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].sent == sent:
        hi += 1
    if any(j in marks.neg for j in range(max(lo, k - 2), k)) or any(j in marks.neg for j in range(m.last + 1, min(hi, m.last + 3) + 1)):
        return None
    window = [j for j in range(m.last + 1, min(hi, m.last + 9) + 1) if not _break_between(ctx, toks, m.last, j)]
    ev = next((j for j in window if j in marks.event), None)
    rs = next((j for j in window if j in marks.resp), None)
    evv = next((j for j in window if j in marks.event_verb), None)
    need = {"claim_verb": ev if ev is not None else rs, "claim_light": rs, "denial_verb": rs if rs is not None else (ev if ev is not None else evv),
            "attrib_verb": ev if ev is not None else evv, "attrib_light": rs}[typ]
    if need is None:
        return None
    verb_end, target_start = toks[m.last].end, toks[need].start
    between = [a for a in ctx.actors if a.start is not None and verb_end <= a.start and (a.end or 0) <= target_start]
    conf = m.entry.weight
    claimed = None
    spans = [(toks[k].start, toks[m.last].end), (toks[need].start, toks[need].end)]
    what = ev if ev is not None else None
    if what is not None:
        last = what
        while last + 1 <= hi and last - what < 3 and toks[last + 1].forms[0] not in _AR_STOP and not _break_between(ctx, toks, last, last + 1):
            last += 1
        claimed = ctx.text[toks[what].start:toks[last].end]
        spans.append((toks[what].start, toks[last].end))
    by: Actor | None = None
    gap = _gap_actor(ctx, toks, m.last + 1, need)
    if typ.startswith("attrib"):
        # VSO: "اتهمت الحكومة الأوكرانية الانفصاليين بـ..." — the first actor is who accuses, the next the accused
        if len(between) >= 2:
            by, who = _copy(between[0]), _copy(between[1])
        elif len(between) == 1 and between[0].start is not None and between[0].start > toks[m.last + 1].start:
            who = _copy(between[0])  # the subject is the verb's pronoun: "واتهم أوكرانيا بشن"
        else:
            return None
    elif between:
        who = _copy(between[0])
    elif gap is not None:
        who = gap
    else:
        before = [a for a in ctx.actors if a.end is not None and a.start is not None and toks[lo].start <= a.start and a.end <= toks[k].start
                  and toks[k].start - a.end < 40]
        if before:
            who = _copy(before[-1])
        else:
            ante = previous_actor(ctx, toks[k].start, [c.claimant for c in prior])
            if ante is None:
                return None
            who, conf = ante, conf - 0.15
    for a in (who, by):
        if a is not None and a.start is not None and a.end is not None and a.start >= toks[lo].start:
            spans.append((a.start, a.end))
    medium, mtext = (None, None)
    if not typ.startswith("attrib"):
        medium, mtext = best_medium(ctx, view, marks.media, toks[k].start, toks[hi].end)
        if mtext is not None:
            spans.append((mtext.start, mtext.end))
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    kind = m.entry.value
    if typ.startswith("attrib"):
        return Attribution(who, claimed, start, end, kind, None, None, _confidence(conf, who, claimed), by)
    return Claim(who, claimed, start, end, kind, medium, mtext, _confidence(conf, who, claimed))


def _break_between(ctx: DocContext, toks: list[Tok], a: int, b: int) -> bool:
    """Whether clause punctuation separates tokens ``a`` and ``b`` (a < b)."""
    gap = ctx.text[toks[a].end:toks[b].start]
    return any(ch in gap for ch in ".،,;؛:!?\n")


def _gap_actor(ctx: DocContext, toks: list[Tok], first: int, stop: int) -> Actor | None:
    """The subject words between a verb and its object, when the actor table does not know them.

    Returns ``None`` when there are no words (the subject is the verb's pronoun) or when the words
    are an anaphor for a group named earlier (the caller then looks back).
    """
    if stop <= first:
        return None
    start, end = toks[first].start, toks[stop - 1].end
    text = ctx.text[start:end]
    hit = resolve_phrase(ctx, text, start, end)
    if hit is not None and hit.name:
        return hit
    if stop - first > 4 or stop - first == 1 and toks[first].forms[-1] in {"تنظيم", "جماعه", "حركه", "group"}:
        return None
    return Actor(None, text, start, end, 0.3)


def _copy(a: Actor) -> Actor:
    return Actor(a.name, a.text, a.start, a.end, a.confidence, a.kind, a.country)
