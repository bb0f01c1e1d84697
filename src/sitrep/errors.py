"""Problems with input, reported to the user as one line that names the file (and line) and what to do."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read as a document. The batch goes on; the exit code says it failed."""

    origin: str
    line: int | None
    what: str
    todo: str
    severity: str = "error"  # "warning": the document was still read

    def message(self) -> str:
        """The one-line message shown to the user: ``FILE[:LINE]: what is wrong — what to do``."""
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{self.severity}: {where}: {self.what} — {self.todo}"


class SitrepError(Exception):
    """An error the user can act on; its message says what to do."""


class StoreError(SitrepError):
    """The database cannot be opened or written."""
