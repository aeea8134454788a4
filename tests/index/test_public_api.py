"""bilagor.index's public API: every name resolves, lazily (the search path stays light)."""

from __future__ import annotations

import subprocess
import sys

import bilagor.index as index


def test_every_public_name_resolves():
    assert set(index.__all__) == set(index._WHERE)
    for name in index.__all__:
        assert getattr(index, name) is not None


def test_an_unknown_name_is_an_attribute_error():
    try:
        index.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_the_archive_alone_loads_no_importer_exporter_or_pdf_reader():
    code = (
        "import sys\n"
        "from bilagor.index import Archive\n"
        "heavy = [m for m in ('bilagor.index.importer.run', 'bilagor.index.reports.export', 'pdfplumber', 'spacy')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
