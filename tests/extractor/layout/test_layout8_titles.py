"""Issue #12, eighth round: a title in body type (a form pasted into an e-mail and printed, all in
one monospaced type). The mail header above it and the committee's name below it are not the
title; a line continuing it (lowercase, or after a connector) is."""

from __future__ import annotations

from bilagor.extractor.labels import is_title_start
from bilagor.extractor.layout import title_lines
from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, lay_as_extractor

MONO = "Courier"


def _mail(title: list[str], below: str = "Farsta stadsdelsnämnd") -> Page:
    header = [
        "Från: Registrator <farsta@stockholm.se>",
        "Skickat: den 2 september 2018 13:29",
        "Till: Stadsledningskontoret <slk@stockholm.se>",
        "Ämne: VB: Belysning vid Farsta centrum",
    ]
    ws, y = [], 60.0
    for text in [*header, "-" * 40, *title, below]:
        ws += words(text, LABEL_X, y, size=10.0, font=MONO)
        y += 13.0
    y += 13.0
    for label, answer in (("Projektnamn:", "Belysning vid Farsta centrum"), ("Plats:", "Farsta centrum")):
        ws += words(f"{label} {answer}", LABEL_X, y, size=10.0, font=MONO)
        y += 26.0
    return Page(1, 595.0, 842.0, ws)


def _title(page: Page) -> list[str]:
    layout = lay_as_extractor([page])
    return [ln.text for ln in title_lines(layout.preamble, layout.body_size, is_title_start)]


def test_a_title_in_body_type_starts_at_its_opening_line_and_leaves_the_committee_out():
    assert _title(_mail(["Bilaga 7 - Ansökan om investeringsmedel för klimatinvesteringar"])) == [
        "Bilaga 7 - Ansökan om investeringsmedel för klimatinvesteringar"
    ]


def test_a_title_in_body_type_keeps_its_wrapped_lines():
    title = ["Bilaga 5b - Ansökan om investeringsmedel (CM4) för", "trygghetsskapande åtgärder"]
    assert _title(_mail(title)) == title


def test_a_bare_appendix_line_in_body_type_goes_on_with_the_next():
    title = ["Bilaga 5", "Uppföljning trygghetsinvestering"]
    assert _title(_mail(title)) == title
