"""SIGKILL during an import leaves an archive that opens, searches and completes.

Real PDFs (fixturegen), the real extractor and the real `bilagor import`
command in a subprocess, killed with SIGKILL right after its first batch
commit; the re-run must finish the job and equal a clean import.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import fixturegen
from bilagor.index.archive import Archive
from bilagor.index.archive.store import DB_NAME

pytestmark = pytest.mark.slow

COUNT = 40


def import_command(source, archive, *extra):
    return [
        sys.executable,
        "-c",
        "from bilagor.cli.app import main; main()",
        "import",
        str(source),
        "--archive",
        str(archive),
        "--workers",
        "2",
        "--json",
        *extra,
    ]


def stored_count(archive) -> int:
    try:
        db = sqlite3.connect(f"file:{archive / DB_NAME}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:  # not created yet
        return 0


def records(archive) -> dict[str, dict]:
    with Archive.open(archive) as opened:
        return {r.id: r.to_dict() for r in opened.records.iter_reports()}


def test_sigkill_after_first_commit_then_rerun_equals_clean_import(tmp_path):
    source = tmp_path / "rapporter"
    fixturegen.build_corpus(source, COUNT, seed=7)
    archive = tmp_path / "arkiv"

    proc = subprocess.Popen(import_command(source, archive), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored_count(archive) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    committed = stored_count(archive)
    assert 0 < committed < COUNT, f"the kill should land mid-import ({committed} of {COUNT} stored)"

    # The interrupted archive opens and searches (a reader takes no lock).
    with Archive.open_for_reading(archive) as opened:
        assert opened.records.count() == committed
        assert len(opened.matching_ids()) <= committed
        opened.search("trygghet")

    rerun = subprocess.run(import_command(source, archive), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    summary = json.loads(rerun.stdout)
    assert summary["unchanged"] == committed
    assert summary["imported"] == COUNT - committed and summary["failed"] == []

    clean = tmp_path / "rent-arkiv"
    done = subprocess.run(import_command(source, clean), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]

    assert records(archive) == records(clean)
    with Archive.open_for_reading(archive) as resumed, Archive.open_for_reading(clean) as fresh:
        assert sorted(resumed.matching_ids()) == sorted(fresh.matching_ids()) == sorted(records(clean))
        for query in ("trygghet", "kameraövervakning", "belysning"):
            assert sorted(resumed.matching_ids(query)) == sorted(fresh.matching_ids(query))
