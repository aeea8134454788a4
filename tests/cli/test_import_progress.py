"""The progress display of `bilagor import`: a rich bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factories import ROOT
from rich.console import Console as RichConsole  # the real one, while a test replaces rich's

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


def import_folder(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for pdf in sorted((ROOT / "examples").glob("*.pdf"))[:3]:
        shutil.copy(pdf, folder)
    (folder / "trasig.pdf").write_text("inte en pdf")
    return folder


def run_import(tmp_path, *, terminal: bool) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of the CLI; stderr on a pseudo-terminal when asked."""
    command = [
        str(Path(sys.executable).with_name("bilagor")),
        "import",
        str(import_folder(tmp_path)),
        "--archive",
        str(tmp_path / "arkiv"),
        "--workers",
        "1",
    ]
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        return done.returncode, done.stdout, done.stderr
    leader, follower = pty.openpty()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, env=env, text=True)
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 300)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    out = proc.stdout.read()
    code = proc.wait(timeout=60)
    os.close(leader)
    return code, out, b"".join(chunks).decode("utf-8", "replace")


def test_on_a_terminal_a_bar_shows_files_done_rate_and_failures(tmp_path):
    code, out, err = run_import(tmp_path, terminal=True)
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", err)
    assert code == 1
    assert "importerar" in plain and re.search(r"\d/4", plain) and "filer/s" in plain
    assert "misslyckades" in plain and "trasig.pdf: inte en PDF" in plain
    assert "[1/4]" not in plain  # not the plain lines
    assert "Traceback" not in plain
    assert "importerade 3, uppdaterade 0, oförändrade 0, misslyckade 1" in out


def test_without_a_terminal_one_line_per_file(tmp_path):
    code, out, err = run_import(tmp_path, terminal=False)
    assert code == 1
    *lines, last = err.strip().splitlines()
    assert len(lines) == 4 and all(re.match(r"\[\d/4\] (importerad|misslyckades) ", line) for line in lines)
    assert any(line.endswith("trasig.pdf: inte en PDF") for line in lines)
    assert last == "bilagor: fel: 1 av 4 filer kunde inte importeras (listade ovan)"
    assert "importerade 3, uppdaterade 0, oförändrade 0, misslyckade 1" in out


def bar_on_a_terminal(monkeypatch, width: int):
    """The import's progress display as a terminal of `width` columns shows it."""
    import io

    from rich.console import Console

    from bilagor.cli.views import imports

    monkeypatch.setattr(imports.sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(
        "rich.console.Console",
        lambda **kw: Console(file=io.StringIO(), force_terminal=True, width=width, highlight=False),
    )
    return imports.progress_display()


def shown_line(progress, width: int) -> str:
    import io

    console = RichConsole(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(progress.bar.make_tasks_table(progress.bar.tasks))
    return console.file.getvalue().rstrip("\n")


def test_a_reimport_counts_only_files_read_in_its_rate(monkeypatch):
    # 48 unchanged files pass in a blink; a rate over them said "158,1 filer/s" while a scan was read.
    from bilagor.index.importer.run import Outcome, ProgressEvent

    with bar_on_a_terminal(monkeypatch, 120) as progress:
        for i in range(48):
            progress(ProgressEvent(i + 1, 108, f"/in/{i}.pdf", Outcome.UNCHANGED))
        assert progress.bar.tasks[0].fields["rate"] == "-"
        progress(ProgressEvent(49, 108, "/in/ny.pdf", Outcome.IMPORTED))
        assert progress.bar.tasks[0].fields["rate"] not in ("-", "")


def test_a_slow_rate_is_not_shown_as_nothing():
    from bilagor.cli.views.imports import rate_text

    assert rate_text(1, 40.0) == "0,03"  # one scan in 40 s: "0,0" said no progress at all
    assert rate_text(30, 10.0) == "3,0" and rate_text(0, 10.0) == "-"


def test_the_eta_of_a_reimport_is_paced_by_the_files_read():
    from bilagor.cli.views.imports import eta_seconds

    # 100 files passed over, 4 read in 40 s: 96 left at 10 s each, not at the 0,4 s of all 104 done.
    assert eta_seconds(104, 200, 40.0, read=4) == 960.0
    assert eta_seconds(102, 200, 40.0, read=2) is None  # too few read to tell


def test_the_ocr_status_never_pushes_the_files_done_off_an_80_column_line(monkeypatch):
    from bilagor.index.importer.run import OcrProgressEvent, Outcome, ProgressEvent

    with bar_on_a_terminal(monkeypatch, 80) as progress:
        progress(ProgressEvent(48, 108, "/in/a.pdf", Outcome.UNCHANGED))
        progress.ocr_page(OcrProgressEvent("/in/h17-023-mobile_app.pdf", 0, 1))
        progress.ocr_page(OcrProgressEvent("/in/h17-015-mobile_app.pdf", 0, 1))
        line = shown_line(progress, 80)
    assert line.startswith("importerar ") and "48/108" in line and "filer/s" in line
    assert "OCR h17-023" in line and line.endswith("…") and len(line) <= 80


def test_the_ocr_status_names_the_page_being_read_not_the_pages_done():
    from bilagor.cli.views.imports import ocr_status

    assert ocr_status({"/x/a.pdf": (0, 1)}) == "OCR a.pdf: sida 1 av 1"
    assert ocr_status({"/x/a.pdf": (2, 2)}) == "OCR a.pdf: sida 2 av 2"  # the last page read, the file not yet done
    assert ocr_status({"/x/a.pdf": (0, 2), "/y/b.pdf": (5, 9)}, width=20) == "OCR a.pdf: sida 1 a…"
