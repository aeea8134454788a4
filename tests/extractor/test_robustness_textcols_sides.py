"""The text columns' search grouped each side of every gutter into lines anew (h34's Left: 330 x the floor on a
drawing sheet's dense page), though gutters close together part the band's words alike: a side's lines, its labels
above answers, its label/value table and its parted lines are now worked out once for the same words, a stretch's
band of words once for its top and end (`textcols._Sides`). The
definition is the old pass, every side regrouped (a `_Sides` that keeps nothing); the columns found are the same on
generated pages with and without text columns, and a dense sheet's words are grouped far fewer times."""

from __future__ import annotations

import random

import pytest

from bilagor.extractor.layout import lines as lines_module
from bilagor.extractor.layout import textcols
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word
from dense_pages import drawing_sheet

LABELS = ["Projektnamn", "Plats", "Syfte och mål", "Resultat", "Avvikelser", "Ekonomiskt utfall", "Kontaktperson"]
PROSE = "ny belysning längs gångvägen vid skolan och torget kostade mindre än beräknat under året".split()


class _Anew(textcols._Sides):
    """The old pass: every side of every gutter grouped, and its labels found, anew."""

    def of(self, words):
        return textcols._side(self.page, words, self.s)

    def labels_above(self, lines):
        return textcols._label_above_answer(lines, self.is_known, self.tol, self.s)

    def labels_beside(self, lines):
        return textcols._labels_beside(lines, self.tol, self.s)

    def band(self, top, end):
        return [w for w in self.page.words if top - self.tol <= w.top < end]

    def parted(self, lines):
        return sum(len(textcols.segments(ln, self.s)) > 1 for ln in lines)


def _columns_page(rng: random.Random) -> Page:
    """Two text columns of labels each above its answer, out of level, with a title across and some noise."""
    words = [Word("Uppföljning", 60, 130, 40, 52, "Helvetica-Bold", 12)]
    for x0, x1 in ((60.0, 280.0), (rng.uniform(300, 330), 540.0)):
        top = 80.0 + rng.uniform(0, 30)
        for label in rng.sample(LABELS, rng.randint(2, 5)):
            at = x0
            for part in label.split():
                words.append(Word(part, at, at + 6 * len(part), top, top + 10, "Helvetica-Bold", 10))
                at += 6 * len(part) + 4
            top += 13
            for _ in range(rng.randint(1, 4)):
                at = x0
                while True:
                    part = rng.choice(PROSE)
                    if at + 5 * len(part) > x1:
                        break
                    words.append(Word(part, at, at + 5 * len(part), top, top + 10, "Helvetica", 10))
                    at += 5 * len(part) + rng.uniform(3, 5)
                top += 12
            top += rng.uniform(6, 14)
    return Page(1, 595, 842, words)


def _both(page: Page, is_known, monkeypatch):
    found = textcols._columns(page, is_known, 3.0, DEFAULT_SETTINGS)
    with monkeypatch.context() as m:
        m.setattr(textcols, "_Sides", _Anew)
        old = textcols._columns(page, is_known, 3.0, DEFAULT_SETTINGS)
    return found, old


def test_the_same_columns_as_every_side_regrouped(monkeypatch):
    rng = random.Random(35)
    known = {label.lower() for label in LABELS}
    found_any = 0
    for _ in range(40):
        page = _columns_page(rng)
        found, old = _both(page, lambda t: t.lower() in known, monkeypatch)
        assert found == old
        found_any += found is not None
    assert found_any >= 10  # the generated pages do hold text columns


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_on_dense_sheets(monkeypatch, seed):
    page = drawing_sheet(random.Random(seed), 20, 600, title_lines=20)
    found, old = _both(page, lambda t: t in {"Projektnamn", "Plats"}, monkeypatch)
    assert found == old


def test_a_dense_sheet_groups_each_side_once(monkeypatch):
    page = drawing_sheet(random.Random(1), 40, 1500, title_lines=30)
    calls = []
    real = lines_module.group_lines
    monkeypatch.setattr(textcols, "group_lines", lambda p, s=DEFAULT_SETTINGS: calls.append(1) or real(p, s))
    textcols._columns(page, lambda _t: False, 3.0, DEFAULT_SETTINGS)
    cached = len(calls)
    calls.clear()
    monkeypatch.setattr(textcols, "_Sides", _Anew)
    textcols._columns(page, lambda _t: False, 3.0, DEFAULT_SETTINGS)
    assert cached < 0.8 * len(calls)  # 117 of 153 on this sheet
