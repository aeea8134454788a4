"""`bilagor serve` as a command: options, exit codes, and a real server process."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest
from factories import make_report

from bilagor.cli import serve_cmd
from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive", writable=True) as opened:
        opened.add([make_report("served", project="Trygghetsbelysning")])
    return tmp_path / "archive"


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_missing_web_extra_is_exit_4_naming_it(archive, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "starlette", None)  # import starlette -> ImportError
    code, _, err = cli(capsys, "serve", "--archive", archive)
    assert code == ExitCode.MISSING_DEPENDENCY
    assert "bilagor[web]" in err and len(err.strip().splitlines()) == 1


def test_usage_errors(archive, tmp_path, capsys):
    code, _, err = cli(capsys, "serve", "--archive", tmp_path / "none")
    assert code == ExitCode.ARCHIVE_UNAVAILABLE and "bilagor import" in err
    code, _, err = cli(capsys, "serve", "--archive", archive, "--token", "short")
    assert code == ExitCode.USAGE and "--token" in err
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        code, _, err = cli(capsys, "serve", "--archive", archive, "--port", busy.getsockname()[1])
    finally:
        busy.close()
    assert code == ExitCode.USAGE and "kan inte lyssna" in err and len(err.strip().splitlines()) == 1


def test_another_address_gets_a_generated_token(archive, capsys, monkeypatch):
    started = {}

    def fake_bind(host, port):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        return sock

    def fake_run(folder, sock, *, host, token, open_at):
        started.update(host=host, token=token)
        sock.close()

    monkeypatch.setattr(serve_cmd, "bind", fake_bind)
    monkeypatch.setattr(serve_cmd, "run", fake_run)
    code, out, _ = cli(capsys, "serve", "--archive", archive, "--host", "192.0.2.10")
    assert code == ExitCode.OK
    assert started["host"] == "192.0.2.10" and len(started["token"]) >= 24
    assert f"?token={started['token']}" in out
    code, out, _ = cli(capsys, "serve", "--archive", archive)
    assert started["token"] is None and "token" not in out  # loopback: no token unless asked


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_real_server_answers_and_stops_cleanly(archive, stop):
    command = [
        sys.executable,
        "-c",
        "from bilagor.cli.app import main; main()",
        "serve",
        "--archive",
        str(archive),
        "--port",
        "0",
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}
    )
    try:
        first = process.stdout.readline()
        address = re.search(r"(http://127\.0\.0\.1:\d+/)", first).group(1)
        with urllib.request.urlopen(address + "search?q=belysning", timeout=60) as response:
            body = response.read().decode()
            assert response.status == 200 and "Trygghetsbelysning" in body
            assert response.headers["X-Frame-Options"] == "DENY"
    finally:
        process.send_signal(stop)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert err.strip().endswith("bilagor: servern har stoppats")  # Swedish, as everything bilagor says
