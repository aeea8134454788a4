"""`bilagor --help` as a newcomer reads it: every command's line whole (Click cut nine of twelve with "..."
mid-phrase), the commands in the order they are used (import first, not sixth after extract), and where to
start; the main commands' own help ends with examples, each of which the command accepts as written. Seen
failing before the change."""

from __future__ import annotations

import shlex

import pytest

from bilagor.cli.app import EPILOG, EXAMPLES, SHORT_HELP, _command, run


def _help(capsys, monkeypatch, *command: str) -> str:
    monkeypatch.setenv("COLUMNS", "80")
    assert run([*command, "--help"]) == 0
    return capsys.readouterr().out


def test_every_command_line_is_whole_and_import_comes_first(capsys, monkeypatch):
    out = _help(capsys, monkeypatch)
    listed = out.split("Kommandon:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    names = [line.split()[0] for line in listed if line.startswith("  ") and not line.startswith("   ")]
    assert names[0] == "import" and set(names) == set(SHORT_HELP) and len(names) == len(SHORT_HELP)
    for name in names:
        assert f"  {name}  " in out and SHORT_HELP[name] in out, name
    assert "..." not in out.split("Kommandon:", 1)[1]
    assert "Börja så här:" in out and "bilagor import ~/bilagor/" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_a_commands_help_ends_with_its_examples(name, capsys, monkeypatch):
    out = _help(capsys, monkeypatch, name)
    tail = out.split("Exempel:\n", 1)[1]
    for command, what in EXAMPLES[name]:
        assert command in tail and what in tail
    assert max(len(line) for line in tail.splitlines()) <= 80


def _examples() -> list[str]:
    lines = [command for rows in EXAMPLES.values() for command, _ in rows]
    return lines + [line.split("   ")[0].strip() for line in EPILOG.splitlines() if line.startswith("  bilagor ")]


@pytest.mark.parametrize("example", _examples())
def test_every_example_is_a_command_line_bilagor_accepts(example):
    words = shlex.split(example)
    assert words[0] == "bilagor"
    group = _command()
    command = group.commands[words[1]]
    with command.make_context(words[1], words[2:], parent=group.make_context("bilagor", [words[1]])) as ctx:
        assert ctx.params is not None  # parsed: every option and value exists as written
