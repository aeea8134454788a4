"""How to read a PDF: the options every entry point takes, with their limits
and defaults in one place and validated once.

`bilagor extract`, `bilagor import` and `extract_report()` build an
ExtractOptions; a bad value is a UsageError (exit code 2) naming the option.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilagor.extractor.errors import UsageError

OCR_MODES = ("auto", "always", "never")  # pages without text: recognise when needed, all pages, none
DEFAULT_OCR = "auto"
DEFAULT_MAX_PAGES = 200  # a bilaga is a few pages; hundreds means a wrong file (a whole protocol)
# How an amount's role is decided: the hand-written rules alone, or the learned decision overriding them
# where it is sure enough (entities/role_model.py; role_source "model").
ROLE_DECISIONS = ("rules", "model")
DEFAULT_ROLE_DECISION = "model"


@dataclass(frozen=True)
class ExtractOptions:
    ocr: str = DEFAULT_OCR
    password: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    role_decision: str = DEFAULT_ROLE_DECISION

    def __post_init__(self) -> None:
        if self.ocr not in OCR_MODES:
            raise UsageError(f"--ocr måste vara en av {', '.join(OCR_MODES)}, inte '{self.ocr}'")
        if isinstance(self.max_pages, bool) or not isinstance(self.max_pages, int) or self.max_pages < 1:
            raise UsageError(f"--max-pages måste vara ett heltal, minst 1, inte '{self.max_pages}'")
        if self.role_decision not in ROLE_DECISIONS:
            raise UsageError(
                f"--role-decision måste vara en av {', '.join(ROLE_DECISIONS)}, inte '{self.role_decision}'"
            )
