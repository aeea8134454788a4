"""bilagor.index: the archive of report records, its search index, imports and summaries.

The library's public API (the CLI uses nothing else from the outside):

    from bilagor.index import Archive, import_paths, summarise_archive

- ``Archive``: open (``Archive.open``, ``Archive.open_for_reading``), ``add``,
  ``search``, ``matching_ids``, ``stats``, ``reindex``.
- ``import_paths`` (files, folders, globs of PDFs -> ``ImportSummary``).
- ``summarise_archive`` (budget against outcome -> ``AmountSummary``) and
  ``report_figures`` (what one report contributes).
- ``export``, ``write_jsonl``, ``write_csv``, ``write_opensearch_bulk``,
  ``reports_for_export``.
- the errors, all ``BilagorError``: ``UsageError``, ``QueryError``,
  ``BadInputError``, ``ArchiveError``, ``ArchiveBusyError``,
  ``ArchiveMissingError``, ``NotFoundError``, ``MissingDependencyError``.

Names are imported when first used, so ``bilagor search`` never loads the
importer or the exporters.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_ERRORS = "bilagor.extractor.errors"
_WHERE = {
    "Archive": "bilagor.index.archive",
    "import_paths": "bilagor.index.importer.run",
    "ImportSummary": "bilagor.index.importer.run",
    "summarise_archive": "bilagor.index.reports.amounts",
    "AmountSummary": "bilagor.index.reports.amounts",
    "report_figures": "bilagor.index.figures",
    "Figures": "bilagor.index.figures",
    "export": "bilagor.index.reports.export",
    "reports_for_export": "bilagor.index.reports.export",
    "write_jsonl": "bilagor.index.reports.export",
    "write_csv": "bilagor.index.reports.export",
    "write_opensearch_bulk": "bilagor.index.reports.export",
    "BilagorError": _ERRORS,
    "UsageError": _ERRORS,
    "QueryError": _ERRORS,
    "BadInputError": _ERRORS,
    "ArchiveError": _ERRORS,
    "ArchiveBusyError": _ERRORS,
    "ArchiveMissingError": _ERRORS,
    "NotFoundError": _ERRORS,
    "MissingDependencyError": _ERRORS,
}

__all__ = [  # the keys of _WHERE
    "AmountSummary",
    "Archive",
    "ArchiveBusyError",
    "ArchiveError",
    "ArchiveMissingError",
    "BadInputError",
    "BilagorError",
    "Figures",
    "ImportSummary",
    "MissingDependencyError",
    "NotFoundError",
    "QueryError",
    "UsageError",
    "export",
    "import_paths",
    "report_figures",
    "reports_for_export",
    "summarise_archive",
    "write_csv",
    "write_jsonl",
    "write_opensearch_bulk",
]

if TYPE_CHECKING:
    from bilagor.extractor.errors import (
        ArchiveBusyError,
        ArchiveError,
        ArchiveMissingError,
        BadInputError,
        BilagorError,
        MissingDependencyError,
        NotFoundError,
        QueryError,
        UsageError,
    )
    from bilagor.index.archive import Archive
    from bilagor.index.figures import Figures, report_figures
    from bilagor.index.importer.run import ImportSummary, import_paths
    from bilagor.index.reports.amounts import AmountSummary, summarise_archive
    from bilagor.index.reports.export import (
        export,
        reports_for_export,
        write_csv,
        write_jsonl,
        write_opensearch_bulk,
    )


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
