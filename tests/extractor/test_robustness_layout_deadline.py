"""A file whose layout would outlast the import's per-file time-out is stored with its pages' text, one plain
section a page, and a warning naming them (issue #12; h36's left-open class: ExifTool's 39-page manual, olmocr's
one-page map and hummusRecipe's 14-page test file were read in time under load, then lost whole while laid out).
The file is generated; the slow layout is a stand-in that never ends by itself, stopped by the alarm."""

from __future__ import annotations

import threading
import time

import pytest

from bilagor.extractor import api, extract_report, ocr_budget, stage_deadline
from bilagor.extractor.stage_deadline import StageOutOfTime, alarm_after, is_unfinished_warning
from bilagor.index.importer.run import summary_warnings
from odd_pdfs import unicode_text_pdf

GIVE_UP = 60.0  # the stand-in's own end, so a missing alarm fails the test instead of hanging it


def _manual(path, pages: int):
    words = ["profilen", "färgrymden", "omvandlingen", "tabellen", "kurvan", "bufferten"]
    lines = [
        [f"Här beskrivs {words[n % len(words)]} och markering{n + 1}.", f"Den tar {n + 3} argument {words[n - 1]}."]
        for n in range(pages)
    ]
    path.write_bytes(unicode_text_pdf(lines))
    return path


@pytest.fixture
def endless_layout(monkeypatch) -> list[int]:
    """The layout replaced by one that runs until stopped (at most GIVE_UP s, then the real one); its calls."""
    calls: list[int] = []
    real = api.layout_pages

    def layout_pages(pages, **kwargs):
        calls.append(len(pages))
        end = time.monotonic() + GIVE_UP
        while time.monotonic() < end:
            time.sleep(0.01)
        return real(pages, **kwargs)

    monkeypatch.setattr(api, "layout_pages", layout_pages)
    return calls


def test_a_layout_past_its_share_stores_each_pages_text_plain_and_says_so(tmp_path, monkeypatch, endless_layout):
    # the reading's clock stands still (the text layer's budget never runs out, however loaded the machine): the
    # layout's alarm is set to its whole share, 0.7 s for OCR being a 1 s time-out, so 0.85 s
    monkeypatch.setattr(ocr_budget, "now", lambda: 1000.0)
    monkeypatch.setattr(api, "budget_now", lambda: 1000.0)
    pdf = _manual(tmp_path / "handbok.pdf", 4)
    report = extract_report(pdf, ocr="never", entities=False, ocr_seconds=0.7)
    assert endless_layout == [4]  # it was started, and stopped
    assert [(s.key, s.page) for s in report.sections] == [("text", n) for n in (1, 2, 3, 4)]
    assert all(f"markering{n}" in report.sections[n - 1].text for n in (1, 2, 3, 4))
    unfinished = [w for w in report.warnings if is_unfinished_warning(w)]
    assert unfinished == [stage_deadline.layout_unfinished_warning([1, 2, 3, 4])]
    assert "sidorna 1-4" in unfinished[0] and "--timeout" in unfinished[0]
    assert unfinished[0] in summary_warnings(report)  # the import summary repeats it, naming the file
    assert not [w for w in report.warnings if w.startswith("inga rubriker")]


def test_a_layout_that_begins_past_its_share_is_not_started(tmp_path, monkeypatch, endless_layout):
    clock = [1000.0]
    monkeypatch.setattr(ocr_budget, "now", lambda: clock[0])
    monkeypatch.setattr(api, "budget_now", lambda: clock[0])
    real_plan = api.plan_ocr

    def late_plan(*args, **kwargs):  # the time-out's whole share goes by between the reading and the layout
        clock[0] += 1000.0
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(api, "plan_ocr", late_plan)
    report = extract_report(_manual(tmp_path / "handbok.pdf", 2), ocr="never", entities=False, ocr_seconds=70.0)
    assert endless_layout == []
    assert [s.page for s in report.sections] == [1, 2]
    assert [w for w in report.warnings if is_unfinished_warning(w)] == [
        stage_deadline.layout_unfinished_warning([1, 2])
    ]


def test_without_a_time_out_the_layout_runs_whole(tmp_path):
    report = extract_report(_manual(tmp_path / "handbok.pdf", 2), ocr="never", entities=False)
    assert not [w for w in report.warnings if is_unfinished_warning(w)]
    assert "markering2" in " ".join(s.text for s in report.sections)


def test_the_alarm_stops_its_block_and_leaves_no_timer_or_handler_behind():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(StageOutOfTime):
        with alarm_after(0.05):
            end = time.monotonic() + GIVE_UP
            while time.monotonic() < end:
                time.sleep(0.01)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
    with alarm_after(30.0):  # a block that ends in time is not stopped later
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with pytest.raises(StageOutOfTime):  # no time left: at once
        with alarm_after(0.0):
            pass


def test_outside_the_main_thread_there_is_no_limit():
    done: list[bool] = []

    def run() -> None:
        with alarm_after(0.0):
            done.append(True)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert done == [True]


def test_entities_past_their_share_leave_the_record_stored_without_them(tmp_path, monkeypatch):
    from bilagor.extractor import entities

    monkeypatch.setattr(ocr_budget, "now", lambda: 1000.0)
    monkeypatch.setattr(api, "budget_now", lambda: 1000.0)
    calls: list[str] = []

    def endless(report, **kwargs):
        calls.append(report.filename)
        end = time.monotonic() + GIVE_UP
        while time.monotonic() < end:
            time.sleep(0.01)
        return [], []

    monkeypatch.setattr(entities, "find_entities", endless)
    # a 1 s time-out (0.7 s for OCR): the layout is done in its 0.85 s or stopped; the entities stop at 0.9 s
    report = extract_report(_manual(tmp_path / "handbok.pdf", 2), ocr="never", ocr_seconds=0.7)
    assert calls == ["handbok.pdf"]
    assert "markering2" in " ".join(s.text for s in report.sections)
    assert report.amounts == [] and report.organisations == []
    assert stage_deadline.ENTITIES_UNFINISHED_WARNING in report.warnings
    assert stage_deadline.ENTITIES_UNFINISHED_WARNING in summary_warnings(report)
