"""`bilagor import` through Typer's runner: the bar shows the number of files before the first one is done."""

from __future__ import annotations

import functools
import io

from rich.console import Console
from typer.testing import CliRunner

import bilagor.index.importer.run as importer
from bilagor.cli.app import app
from bilagor.cli.views import imports
from import_fakes import fake_extract, write_files


def test_the_bar_counts_the_files_found_before_the_first_is_done(monkeypatch, tmp_path):
    write_files(tmp_path / "in", {"a.pdf": b"%PDF a", "b.pdf": b"%PDF b", "c.pdf": b"%PDF c"})
    monkeypatch.setattr(importer, "import_paths", functools.partial(importer.import_paths, extract=fake_extract))
    monkeypatch.setattr(
        "rich.console.Console", lambda **kw: Console(file=io.StringIO(), force_terminal=True, width=120)
    )
    counts_before_each_file = []

    class Bar(imports._BarProgress):
        def __call__(self, event):
            task = self.bar.tasks[0]
            counts_before_each_file.append(f"{task.completed:.0f}/{'?' if task.total is None else f'{task.total:.0f}'}")
            super().__call__(event)

    # Typer's runner gives no terminal, so the bar is chosen here instead of by isatty.
    monkeypatch.setattr(
        imports.progress_display, "__enter__", lambda self: setattr(self, "display", Bar()) or self.display
    )
    result = CliRunner().invoke(
        app, ["import", str(tmp_path / "in"), "--archive", str(tmp_path / "arkiv"), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert counts_before_each_file == ["0/3", "1/3", "2/3"]  # "0/?" before the first file, without the event
