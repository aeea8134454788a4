"""A diarienummer's year outside the form's fields, before the PDF's creation date (seventh round, lead)."""

from bilagor.extractor.metadata import build_metadata, year_from_file_number


def test_year_from_file_numbers_as_the_city_writes_them():
    assert year_from_file_number(["Norrmalms stadsdelsnämnd Dnr 3.4-809-2018"]) == 2018
    assert year_from_file_number(["Dnr: 1.5.3-219-2019"]) == 2019
    assert year_from_file_number(["Diarienummer SDN 2017/123"]) == 2017
    assert year_from_file_number(["Dnr 2016-0456"]) == 2016


def test_no_year_without_a_file_number():
    assert year_from_file_number(["Bilaga 7", "Sida 1 (2)", "Tel 08-508 29 000"]) is None
    assert year_from_file_number(["Dnr 3.4-809"]) is None


def test_the_file_number_year_wins_over_the_scan_date_but_not_over_the_text():
    sections = [("projektnamn", "Matavfall i förskolorna"), ("mal_och_syfte", "Minska restavfallet.")]
    scanned = {"CreationDate": "D:20260101120000"}
    meta = build_metadata(["Bilaga 7 - Uppföljning"], sections, [], pdf_info=scanned, furniture=["Dnr 3.4-809-2018"])
    assert (meta.year, meta.year_source) == (2018, "text")
    without = build_metadata(["Bilaga 7 - Uppföljning"], sections, [], pdf_info=scanned)
    assert (without.year, without.year_source) == (2026, "metadata")
    told = sections + [("ekonomiskt_utfall", "Utfallet för 2019 blev 1,2 mnkr.")]
    meta = build_metadata(["Bilaga 7 - Uppföljning"], told, [], pdf_info=scanned, furniture=["Dnr 3.4-809-2018"])
    assert meta.year == 2019
