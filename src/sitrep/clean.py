"""Clean: language, web boilerplate masked in place, sentences.

Contract: reads a :class:`Document`, returns a :class:`CleanDocument` whose ``masked`` text has the
same length as the original with boilerplate characters replaced by spaces (newlines kept), so every
offset computed on it is an offset into the original text.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources

from .model import CleanDocument, Document, Sentence, Span

SUPPORTED = ("fr", "en", "ar")

_ARABIC_CHAR = re.compile(r"[\u0600-\u06FF]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# An unsupported language guessed with less than this probability is unsure; a supported one ranked second or
# third with at least _RUNNER_UP then wins (Portuguese at 0.70 over Galician stays Portuguese).
_UNSURE = 0.6
_RUNNER_UP = 0.1
# A sentence ends at . ! ? ؟ … (then closing quotes/brackets) followed by space and a capital, digit,
# quote or Arabic letter — unless the word before is an abbreviation or an initial.
# (Arabic pages often glue the next sentence to the full stop: "بقصد ترويع الآمنين.وتشير تفاصيل الواقعة")
_SENTENCE_END = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s+[\"'«“(\[]?[A-ZÀ-ÖØ-Þ0-9\u0600-\u06FF])"
                           r"|(?<=[\u0621-\u064A])[.!?؟…]+(?=[\u0621-\u064A])")
_ABBREVIATIONS = {
    "m", "mm", "mme", "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "no", "vs", "etc", "jan", "feb", "fév", "mar", "apr", "avr", "aug", "sept", "sep", "oct", "nov", "dec", "déc",
    "u.s", "u.n", "u.k", "e.g", "i.e", "p", "av", "env", "cf", "inc", "ltd", "co", "corp", "jr", "sr",
}


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    name: str
    lang: str
    whole_line: bool
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CleanRules:
    """Compiled boilerplate rules and the language identifier, built once by :meth:`load`."""

    boilerplate: tuple[BoilerplateRule, ...]
    identifier: object

    @classmethod
    def load(cls) -> "CleanRules":
        """Read ``data/boilerplate.tsv`` and load py3langid's model."""
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        text = resources.files("sitrep.data").joinpath("boilerplate.tsv").read_text(encoding="utf-8")
        rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
        rules = tuple(
            BoilerplateRule(r["name"], r["lang"], r["scope"] == "line", re.compile(r["pattern"], re.IGNORECASE | re.MULTILINE))
            for r in rows
        )
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return cls(rules, identifier)


def clean(doc: Document, rules: CleanRules) -> CleanDocument:
    """Detect the language (unless given), mask boilerplate, split sentences."""
    boilerplate = find_boilerplate(doc.text, rules)
    masked = mend_split_words(mask(doc.text, boilerplate))
    warnings: list[str] = []
    lang, confidence = (doc.lang.lower()[:2], 1.0) if doc.lang else detect_language(masked, rules)
    if lang not in SUPPORTED:
        warnings.append(
            f"{doc.where()}: language {lang!r} is not supported (only {', '.join(SUPPORTED)}); no events extracted"
        )
    return CleanDocument(
        document=doc, lang=lang, masked=masked, boilerplate=boilerplate,
        sentences=split_sentences(masked), lang_confidence=confidence, warnings=warnings,
    )


def find_boilerplate(text: str, rules: CleanRules) -> list[Span]:
    """Spans of boilerplate: whole lines for line rules, the matched text for match rules; merged and sorted."""
    spans: list[Span] = []
    for rule in rules.boilerplate:
        for m in rule.pattern.finditer(text):
            if rule.whole_line:
                start = text.rfind("\n", 0, m.start()) + 1
                end = text.find("\n", m.end())
                spans.append(Span(start, len(text) if end < 0 else end))
            else:
                spans.append(Span(m.start(), m.end()))
    spans.sort(key=lambda s: (s.start, s.end))
    merged: list[Span] = []
    for span in spans:
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def mask(text: str, spans: list[Span]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces (newlines kept): same length."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


# A dot, star or bullet stuck inside an Arabic word between tatweels ("مقـ.ـتل", "اشتـ.ـباك", "الجيـ*ـش"): posts and
# pages break sensitive words this way to slip past platforms' keyword filters. The mark is no full stop: it would cut
# the sentence and hide the word. At least one tatweel must touch it, so a full stop glued to the next sentence
# ("الآمنين.وتشير") is left alone.
_SPLIT_WORD = re.compile(r"(?<=[\u0621-\u064A\u0640])[.*•·_]+(?=\u0640)|(?<=\u0640)[.*•·_]+(?=[\u0621-\u064A])")


def mend_split_words(text: str) -> str:
    """``text`` with the marks that split Arabic words against keyword filters turned into tatweels (same length,
    so offsets still point into the original; tatweel is folded away when matching)."""
    if "\u0640" not in text:
        return text
    return _SPLIT_WORD.sub(lambda m: "\u0640" * len(m.group()), text)


def detect_language(text: str, rules: CleanRules) -> tuple[str, float]:
    """ISO 639-1 code and probability; Arabic script decides at once, otherwise py3langid."""
    sample = text[:5000]
    letters = _LETTER.findall(sample)
    if not letters:
        return "und", 0.0
    arabic = sum(1 for c in letters if _ARABIC_CHAR.match(c))
    if arabic / len(letters) > 0.5:
        return "ar", 0.99
    ranked = rules.identifier.rank(sample)  # type: ignore[attr-defined]
    lang, prob = ranked[0]
    if lang not in SUPPORTED and prob < _UNSURE:
        # a short text full of foreign names may fool the identifier ("pro-Hadi forces shot down a Houthi drone
        # over Az Zaylah Yais": Nigerian Pidgin 0.42, English 0.15): an unsure guess yields to a supported
        # language it ranks close behind
        runner = next(((code, p) for code, p in ranked[1:3] if code in SUPPORTED and p >= _RUNNER_UP), None)
        if runner is not None:
            return str(runner[0]), float(runner[1])
    return str(lang), float(prob)


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans by rule: every line break ends a sentence, and so does final punctuation."""
    out: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in _SENTENCE_END.finditer(para.group()):
            end = para.start() + m.end()
            word = re.search(r"([\w.]+)[.!?؟…]*$", text[start:end - len(m.group()) + 1] or "")
            before = (word.group(1) if word else "").lower().rstrip(".")
            if before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
                continue
            _add(out, text, start, end)
            start = end
        _add(out, text, start, para.end())
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
