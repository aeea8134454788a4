"""A reader process does not outlive its import (found with bench/robustness.py's corpus: an import
killed with SIGKILL, as the kernel's out-of-memory killer does, left its readers running).

The per-file deadline is kept by the import's main process; once it is gone, a reader holding a file
that never finishes would run on unbounded. A reader now ends itself when its parent is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from import_fakes import write_files

TESTS = Path(__file__).resolve().parents[2]

MAIN = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from import_fakes import fake_extract
    from bilagor.index.importer.workers import Task, WorkerPool

    with WorkerPool(fake_extract, size=1, timeout=3600) as pool:
        for _ in pool.imap([Task("hang", {path!r})], tick=0.1):
            worker = pool._workers[0]
            if worker.started is not None:  # the reader holds the file
                print(worker.process.pid, flush=True)
    """
)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a zombie has ended; its parent (init now) collects it


def test_a_reader_ends_when_its_import_is_killed(tmp_path):
    files = write_files(tmp_path, {"hang.pdf": b"HANG"})
    main = subprocess.Popen(
        [sys.executable, "-c", MAIN.format(tests=str(TESTS), path=str(files["hang.pdf"]))],
        stdout=subprocess.PIPE,
        text=True,
    )
    reader = None
    try:
        reader = int(main.stdout.readline())
        assert _alive(reader)
        os.kill(main.pid, signal.SIGKILL)
        main.wait(10)
        deadline = time.monotonic() + 15
        while _alive(reader) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(reader)
    finally:
        main.kill()
        if reader is not None and _alive(reader):
            os.kill(reader, signal.SIGKILL)
