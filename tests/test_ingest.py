"""Reading inputs: every format of the input contract, and every kind of bad input, message for message."""
from __future__ import annotations

import io
import json

from sitrep.config import Limits
from sitrep.errors import InputProblem
from sitrep.ingest import read_inputs
from sitrep.model import Document

from .conftest import REFERENCE, SAMPLES


def _read(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_reference_txt_takes_date_line_and_keeps_text_exact():
    (doc,) = _read([REFERENCE])
    assert isinstance(doc, Document)
    assert doc.id == "fr-iraq-bases-2023-10"
    assert doc.published == "2023-10"
    assert doc.text == REFERENCE.read_text(encoding="utf-8")  # offsets are offsets into the file's text


def test_jsonl_fields_and_default_id(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Un soldat tué.", "published": "2023-10-23", "lang": "fr", "title": "T", "url": "u", "source": "AFP"})
        + "\n\n" + json.dumps({"text": "No id here.", "published": "2023-10-23T08:00:00Z"}) + "\n",
        encoding="utf-8",
    )
    a, b = _read([path])
    assert (a.id, a.published, a.lang, a.title, a.url, a.source, a.line) == ("a", "2023-10-23", "fr", "T", "u", "AFP", 1)
    assert (b.id, b.published, b.line, b.id_given) == ("3", "2023-10-23", 3, False)
    assert b.key() == f"{path}#3"


def test_sample_corpus_reads_without_problems():
    items = _read(sorted(SAMPLES.glob("*.jsonl")) + [REFERENCE])
    assert all(isinstance(i, Document) for i in items)
    assert len(items) == 20


def test_html_main_text_and_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Attaque à Mossoul</title><meta property='article:published_time' content='2023-10-20'></head>"
        "<body><nav>Accueil | Monde</nav><article><h1>Attaque à Mossoul</h1>"
        "<p>Trois soldats irakiens ont été tués vendredi dans une attaque à Mossoul, a annoncé l'armée irakienne.</p>"
        "<p>L'attaque n'a pas été revendiquée dans l'immédiat, selon les autorités locales de la province de Ninive.</p>"
        "</article><footer>Mentions légales</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read([page])
    assert "Trois soldats irakiens ont été tués vendredi" in doc.text
    assert "Mentions légales" not in doc.text
    assert doc.published == "2023-10-20"


def test_stdin_jsonl_and_text():
    stream = io.BufferedReader(io.BytesIO(b'{"id": "x", "text": "Explosion in Kabul."}\n'))
    (doc,) = list(read_inputs(["-"], stdin=stream))
    assert (doc.id, doc.origin) == ("x", "<stdin>")
    stream = io.BufferedReader(io.BytesIO("Explosion à Kaboul.".encode()))
    (doc,) = list(read_inputs(["-"], stdin=stream))
    assert (doc.id, doc.text) == ("stdin", "Explosion à Kaboul.")


# -- bad input: one line naming the file (and line) and what to do; the rest of the batch goes on -----
def test_missing_file(tmp_path):
    (p,) = _read([tmp_path / "nope.jsonl"])
    assert p.message() == f"error: {tmp_path / 'nope.jsonl'}: no such file — check the path (or use - to read standard input)"


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    (p,) = _read([empty])
    assert p.message() == f"error: {empty}: is empty — give a file with text in it"
    empty_jsonl = tmp_path / "empty.jsonl"
    empty_jsonl.write_text("\n\n")
    (p,) = _read([empty_jsonl])
    assert p.message() == f'error: {empty_jsonl}: is empty — give a JSON Lines file with one {{"text": ...}} object per line'


def test_binary_file(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (p,) = _read([binary])
    assert p.message() == (f"error: {binary}: looks like a binary file, not text — give a UTF-8 .txt, .html or .jsonl file "
                           "(convert PDFs or Word files to text first)")


def test_malformed_jsonl_line_is_skipped_and_named(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "1", "text": "Attaque à Gao."}\n{"id": "2", "text": "trunc\n{"id": "3", "text": "Attack in Gao."}\n{"id": "4", "te', encoding="utf-8")
    a, problem, c, truncated = _read([path])
    assert (a.id, c.id) == ("1", "3")
    assert isinstance(problem, InputProblem) and problem.line == 2
    assert problem.message() == (f"error: {path}:2: not valid JSON (Invalid control character at column 27) — "
                                 "fix or remove that line (each line must be one complete JSON object)")
    assert truncated.message() == (f"error: {path}:4: not valid JSON (Unterminated string starting at column 13) — "
                                   "fix or remove that line (each line must be one complete JSON object)")


def test_jsonl_line_without_text(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "1", "body": "x"}\n[1, 2]\n{"text": 42}\n', encoding="utf-8")
    messages = [p.message() for p in _read([path])]
    assert messages == [
        f'error: {path}:1: has no "text" field — give each line a "text" string',
        f'error: {path}:2: is a JSON list, not an object — write one {{"text": ...}} object per line',
        f'error: {path}:3: "text" is a int, not a string — give each line a "text" string',
    ]


def test_latin1_file(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Trois soldats tués à Gao.\nUne attaque revendiquée par l'État islamique.".encode("latin-1"))
    (p,) = _read([latin])
    assert p.message() == (f"error: {latin}:1: is not valid utf-8 (byte 0xe9 at offset 16) — re-encode it to UTF-8 "
                           f"(e.g. iconv -f latin1 -t utf-8 {latin}) or pass --encoding latin-1")
    (doc,) = _read([latin], encoding="latin-1")
    assert doc.text.startswith("Trois soldats tués à Gao.")


def test_oversized_file(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"Attaque. " * (50 * 1024 * 1024 // 9))
    (p,) = _read([big])
    assert p.message() == (f"error: {big}: 52.4 MB is over the 20 MB limit for one document — "
                           "split it into smaller documents (one JSON object per line in a .jsonl file)")


def test_oversized_jsonl_line_is_skipped_in_bounded_memory(tmp_path):
    path = tmp_path / "batch.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "big", "text": "x" * 3_000_000}) + "\n")
        f.write(json.dumps({"id": "ok", "text": "Attack in Gao."}) + "\n")
    problem, doc = _read([path], limits=Limits(max_line_bytes=1_000_000))
    assert problem.message() == f"error: {path}:1: line is over the 1 MB limit for one document — split that document into smaller ones"
    assert doc.id == "ok"


def test_bad_published_is_a_warning_not_a_failure(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "1", "text": "Attack in Gao.", "published": "last Tuesday"}\n', encoding="utf-8")
    doc, warning = _read([path])
    assert doc.published is None
    assert warning.severity == "warning"
    assert warning.message() == (f"warning: {path}:1: \"published\" 'last Tuesday' is not YYYY-MM-DD or YYYY-MM; "
                                 "read as unknown — write the date as 2023-10-23 or 2023-10")
