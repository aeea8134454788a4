"""The README's command synopses show the placeholders `--help` shows (`--archive SÖKVÄG`, not PATH)."""

from __future__ import annotations

import pytest
from factories import ROOT

from bilagor.cli.app import _command


def synopses() -> list[str]:
    """Each synopsis block of the README (a plain code block of `bilagor CMD ...` lines), joined."""
    blocks: list[list[str]] = []
    fence: str | None = None  # the opening fence's language while inside a block
    for line in (ROOT / "README.md").read_text("utf-8").splitlines():
        if line.startswith("```"):
            fence = line[3:] if fence is None else None
            if fence == "":
                blocks.append([])
        elif fence == "":
            blocks[-1].append(line)
    return [" ".join(" ".join(b).split()) for b in blocks if b and b[0].startswith("bilagor ")]


def placeholders(synopsis: str) -> tuple[list[str], dict[str, str | None]]:
    """(the arguments' placeholders, {option: its placeholder or None for a flag}) of one synopsis."""
    words = synopsis.replace("[", " ").replace("]", " ").split()[2:]
    arguments, options = [], {}
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("-"):
            value = words[i + 1] if i + 1 < len(words) and not words[i + 1].startswith("-") else None
            options[word] = value
            i += 2 if value is not None else 1
        else:
            arguments.append(word)
            i += 1
    return arguments, options


def shown(command) -> tuple[list[str], dict[str, str | None]]:
    """The same, as `bilagor CMD --help` shows them (its Click parameters after cli/metavars.py)."""
    arguments = [p.metavar for p in command.params if p.param_type_name == "argument"]
    options: dict[str, str | None] = {}
    for param in command.params:
        if param.param_type_name == "option":
            for name in param.opts:
                options[name] = None if param.is_flag else param.metavar
    return arguments, options


def test_the_readme_has_a_synopsis_per_main_command():
    commands = {s.split()[1] for s in synopses()}
    assert commands >= {"extract", "import", "search", "amounts", "export", "serve"}


@pytest.mark.parametrize("synopsis", synopses(), ids=lambda s: s.split()[1])
def test_a_synopsis_shows_what_help_shows(synopsis):
    command = _command().commands[synopsis.split()[1]]
    arguments, options = placeholders(synopsis)
    help_arguments, help_options = shown(command)
    assert [a.removesuffix("...") for a in arguments] == help_arguments
    for option, value in options.items():
        assert option in help_options, f"{option} is not an option of bilagor {command.name}"
        assert value == help_options[option], f"{option}: the README says {value}, --help {help_options[option]}"


def test_the_readme_calls_the_archive_option_what_help_calls_it():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "--archive PATH" not in readme and "`--archive SÖKVÄG`" in readme
