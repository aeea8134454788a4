"""The diarienummer of a report: from a field of its own, else a running header or a line above the form."""

import pytest

from bilagor.extractor.file_number import file_number, file_number_key


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dnr 1.5.3-219-2019", "1.5.3-219-2019"),
        ("Bilaga 5   Dnr SDN 2018/123", "SDN 2018/123"),
        ("Stadsdelsförvaltningen    Diarienr SDN 2019/44      Utskriven 5 mars 2019", "SDN 2019/44"),
        ("Exploateringskontoret         Dnr E2020-00312          2020-11-02", "E2020-00312"),
        ("Dnr: 2019/135", "2019/135"),
    ],
)
def test_a_running_header_gives_its_number(line, expected):
    assert file_number(["Sida 1 (2)", line], []) == expected


@pytest.mark.parametrize("line", ["Dnr ............", "Dnr 12", "Sida 1 (2)", "Kondnr 2019/135", "Bilaga 5"])
def test_a_blank_short_or_unlabelled_number_is_none(line):
    assert file_number([line], []) is None


def test_the_forms_own_field_comes_before_a_header():
    sections = [("projektnamn", "Utegym 2019"), ("diarienummer", "DN-2019/123")]
    assert file_number(["Dnr 1.5.3-219-2019"], sections) == "DN-2019/123"
    assert file_number([], [("diarienr", "1.5.3-123/2019")]) == "1.5.3-123/2019"


def test_a_number_in_another_field_is_not_a_diarienummer():
    assert file_number([], [("ekonomiskt_utfall", "2019/135 kr")]) is None


def test_the_key_ignores_case_spacing_and_a_colon_misread_for_a_dot():
    assert file_number_key("sdn 2018/123") == file_number_key("SDN  2018/123")
    assert file_number_key("9:1-767-2018") == file_number_key("9.1-767-2018")
    assert file_number_key("SDN 2018/123") != file_number_key("SDN 2018/124")
    assert file_number_key(None) is None
