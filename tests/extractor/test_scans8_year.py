"""Eighth round (f-scans): a year the text names only as a plan comes after the diarienummer's year."""

from bilagor.extractor.metadata import build_metadata

SCANNED = {"CreationDate": "D:20260101120000"}
TITLE = ["Bilaga 5 - Uppföljning trygghetsinvestering"]


def _sections(economy: str) -> list[tuple[str, str]]:
    return [("projektnamn", "Trygg lekmiljö vid Åkeshovs slottspark"), ("ekonomiskt_utfall", economy)]


def test_a_planned_year_gives_way_to_the_file_number_above_the_form():
    sections = _sections("Hittills har 799 tkr av budgeten använts. Projektet avslutas 2017.")
    meta = build_metadata(
        TITLE, sections, [], pdf_info=SCANNED, furniture=["Södermalms stadsdelsnämnd Dnr 1.2.2-341-2016"]
    )
    assert (meta.year, meta.year_source) == (2016, "text")


def test_a_planned_year_is_still_used_when_nothing_else_names_one():
    sections = _sections("Hittills har 799 tkr av budgeten använts. Projektet avslutas 2017.")
    meta = build_metadata(TITLE, sections, [], pdf_info=SCANNED, furniture=["Södermalms stadsdelsnämnd"])
    assert (meta.year, meta.year_source) == (2017, "text")


def test_a_reported_year_still_comes_before_the_file_number():
    sections = _sections("Utfallet för 2019 blev 1,2 mnkr.")
    meta = build_metadata(TITLE, sections, [], pdf_info=SCANNED, furniture=["Dnr 3.4-809-2018"])
    assert meta.year == 2019
