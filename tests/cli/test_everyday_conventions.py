"""CLI conventions: --version, -h, `python -m bilagor` and `python -m bilagor.cli`, --archive before the command,
shell completion, a closed pipe, and the licence."""

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bilagor.cli.app import run
from factories import EXAMPLES, ROOT, build_archive

BIN = Path(sys.executable).parent


def test_version_prints_the_installed_version(capsys):
    from importlib.metadata import version

    assert run(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"bilagor {version('bilagor')}"


@pytest.mark.parametrize("argv", [["-h"], ["search", "-h"], ["import", "-h"]])
def test_dash_h_is_help(argv, capsys):
    assert run(argv) == 0
    assert capsys.readouterr().out.startswith("Användning: bilagor")


@pytest.mark.parametrize("module", ["bilagor", "bilagor.cli"])
def test_python_dash_m_runs_the_cli(module):
    done = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("bilagor "), done


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("conventions") / "arkiv")


def test_archive_before_the_command(archive, capsys, monkeypatch):
    monkeypatch.delenv("BILAGOR_ARCHIVE", raising=False)
    assert run(["stats", "--json", "--archive", str(archive)]) == 0
    after = capsys.readouterr().out
    assert run(["--archive", str(archive), "stats", "--json"]) == 0
    assert capsys.readouterr().out == after
    assert run([f"--archive={archive}", "search", "kamera", "--json"]) == 0
    assert '"total": 0' not in capsys.readouterr().out


def test_shell_completion_completes_commands():
    env = {**os.environ, "_BILAGOR_COMPLETE": "complete_bash", "COMP_WORDS": "bilagor sea", "COMP_CWORD": "1"}
    done = subprocess.run([str(BIN / "bilagor")], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.split() == ["search"], done


def _into_a_closed_pipe(argv: list[str], archive: Path) -> subprocess.CompletedProcess:
    """Run `bilagor ARGV` with stdout a pipe whose reader has already gone (as `| head` does
    once it has its lines): every write fails with EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [str(BIN / "bilagor"), *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "BILAGOR_ARCHIVE": str(archive)},
            timeout=120,
        )
    finally:
        os.close(write_end)


PIPED = [
    ["search", "kamera"],
    ["search", "kamera", "--json"],
    ["search", "--year", "2018", "kamera"],
    ["show", "a"],
    ["stats"],
    ["amounts"],
    ["amounts", "--detail"],
    ["export"],
    ["export", "--format", "csv"],
    ["--help"],
    ["search", "--help"],
    ["--version"],
    ["list", "orgs"],
    ["prune", "--dry-run"],
]


@pytest.mark.parametrize("argv", PIPED, ids=" ".join)
def test_a_closed_pipe_exits_0(argv, archive):
    from factories import report_id

    argv = [report_id("A")[:10] if a == "a" and argv[0] == "show" else a for a in argv]
    done = _into_a_closed_pipe(argv, archive)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr


def test_a_closed_pipe_exits_0_for_extract(archive):
    done = _into_a_closed_pipe(["extract", str(sorted(EXAMPLES.glob("*.pdf"))[0])], archive)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


def test_licence_file_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # MIT for bilagor's own code; the lemma tables derived from the Swedish Hunspell dictionary are LGPL-3.0
    assert project["license"] == "MIT AND LGPL-3.0-only"
    assert set(project["license-files"]) == {"LICENSE", "index/search/LEMMAS_LICENSE.txt"}
    assert "Lesser General Public License version 3" in (ROOT / "index/search/LEMMAS_LICENSE.txt").read_text(
        encoding="utf-8"
    )
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    [author] = project["authors"]
    assert author["name"].lower() in licence.lower()  # the copyright holder is the project's author


def test_pyproject_names_the_project_urls():
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    assert {"Homepage", "Repository", "Issues"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
    assert urls["Issues"].startswith(urls["Homepage"])


def test_readme_installs_from_the_repository_not_an_index():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install 'bilagor[" not in readme and "pipx install ." in readme


COMMANDS = ["extract", "search", "show", "stats", "reindex", "import", "amounts", "export", "open", "prune", "list"]
PYTHON_TYPES = (
    "<int>",
    "<str>",
    "<float>",
    "<path>",
    "<bool>",
    "list[",
    "INTEGER",
    "TEXT",
    "FLOAT",
    "BOOLEAN",
    "[OPTIONS]",
    "COMMAND [ARGS]",
)


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS], ids=lambda c: " ".join(c) or "bilagor")
def test_help_shows_swedish_placeholders_not_python_types(command, capsys):
    assert run([*command, "--help"]) == 0
    shown = capsys.readouterr().out
    assert not [t for t in PYTHON_TYPES if t in shown], shown
    if command == ["import"]:
        assert "--workers ANTAL" in shown and "--timeout SEKUNDER" in shown and "SÖKVÄG" in shown


def test_one_wording_for_an_empty_archive(tmp_path, capsys):
    from bilagor.cli.views import EMPTY_ARCHIVE

    for argv in (["search", "kamera"], ["stats"]):
        assert run([*argv, "--archive", str(tmp_path / "tom")]) == 0
        captured = capsys.readouterr()
        assert EMPTY_ARCHIVE in captured.out + captured.err
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "cli").rglob("*.py")]
    assert not any("archive is empty" in s for s in sources)


ENGLISH_WORDS = {
    "the",
    "and",
    "of",
    "with",
    "print",
    "this",
    "message",
    "exit",
    "write",
    "files",  # not command names
    "reports",
    "folder",
    "number",
    "only",
    "read",
    "wait",
    "seconds",
    "when",
    "usage",  # Click's frame
    "options",
    "commands",
    "arguments",
    "default",
    "required",
}
# Click's own frame is Swedish too (cli/click_swedish.py); only a default's value may be an English word.
DEFAULT_VALUE = re.compile(r"\[standard: [^\]]*\]")


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS], ids=lambda c: " ".join(c) or "bilagor")
def test_help_is_in_swedish(command, capsys):
    assert run([*command, "--help"]) == 0
    text = DEFAULT_VALUE.sub(" ", capsys.readouterr().out)
    words = {w.lower() for w in re.findall(r"(?<![-$\w])[A-Za-z]+(?![-\w])", text)}
    assert not words & ENGLISH_WORDS, sorted(words & ENGLISH_WORDS)
