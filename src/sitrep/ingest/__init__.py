"""Ingest: read input files into :class:`~sitrep.model.Document` records.

One module per source kind (JSON Lines, plain text, HTML). :func:`read_inputs` streams documents
and :class:`~sitrep.errors.InputProblem` records in input order, so that one bad file or line never
stops the batch.
"""
from ._read import read_inputs, read_path

__all__ = ["read_inputs", "read_path"]
