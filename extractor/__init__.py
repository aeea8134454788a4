"""PDF appendix -> Report record.

Importing this package is cheap: pdfplumber and spaCy are imported only when a
PDF is actually read, so the search path never pays for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilagor.extractor.errors import BadInputError, BilagorError, ExitCode
from bilagor.extractor.record import SCHEMA_VERSION, Amount, Organisation, Report, Section

if TYPE_CHECKING:
    from pathlib import Path

EXTRACTOR_VERSION = "41"  # bump when extraction output changes, so imports re-extract


def extract_report(path: "str | Path", **options) -> Report:
    """Read one PDF and return its record. See bilagor.extractor.api.extract_report."""
    from bilagor.extractor.api import extract_report as _extract

    return _extract(path, **options)


__all__ = [
    "EXTRACTOR_VERSION",
    "SCHEMA_VERSION",
    "Amount",
    "BadInputError",
    "BilagorError",
    "ExitCode",
    "Organisation",
    "Report",
    "Section",
    "extract_report",
]
