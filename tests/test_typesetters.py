"""The generators' typesetter probes (bench/typesetters.py) ask whether a program can draw, not only whether it is on
PATH: a half-installed groff or TeX (groff-base without the ms macros, texlive-base without fancyhdr) must make the
generators' tests skip, not fail in the middle of a build. Fake programs on PATH stand in for both installs."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import typesetters  # noqa: E402


def _program(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def fake_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PATH", str(tmp_path) + os.pathsep + "/bin" + os.pathsep + "/usr/bin")
    typesetters.groff_typesets.cache_clear()
    typesetters.tex_finds.cache_clear()
    yield tmp_path
    typesetters.groff_typesets.cache_clear()
    typesetters.tex_finds.cache_clear()


def test_a_groff_without_its_macros_does_not_typeset(fake_path: Path) -> None:
    _program(fake_path, "groff", 'echo "troff: fatal error: can\'t find macro file s" >&2; exit 1')
    assert not typesetters.groff_typesets("-ms", "-Tps")


def test_a_groff_that_draws_typesets(fake_path: Path) -> None:
    _program(fake_path, "groff", 'cat >/dev/null; echo "%!PS-Adobe-3.0"')
    assert typesetters.groff_typesets("-ms", "-Tps")


def test_tex_finds_needs_every_file(fake_path: Path) -> None:
    # kpsewhich prints the paths it found and exits 1 when one is missing.
    _program(fake_path, "kpsewhich", 'echo /tex/geometry.sty; [ "$#" -eq 1 ]')
    assert typesetters.tex_finds("geometry.sty")
    assert not typesetters.tex_finds("geometry.sty", "fancyhdr.sty")


def test_no_program_no_typesetter(fake_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(fake_path))
    assert not typesetters.groff_typesets("-ms", "-Tps")
    assert not typesetters.tex_finds("geometry.sty")
