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
