"""Title, form kind, year, district and the other metadata, from plain values."""

import pytest

from bilagor.extractor.metadata import (
    build_metadata,
    classify_title,
    district_from,
    project_from_title,
    title_from_lines,
    year_from_path,
    year_from_pdf_metadata,
    year_from_sections,
)

SEED_SECTIONS = [
    ("projektnamn", "Kameraövervakning"),
    ("plats", "Flera platser i Stockholms city, Norrmalms stadsdelsnämnd"),
    (
        "slutresultat",
        "Kamerorna har endast varit i drift en kortare period. En mer utförlig utvärdering kan göras "
        "tidigast under 2019. Vidare har arbetet inom projektet under 2018 resulterat i (1) fördjupad behovsanalys.",
    ),
    (
        "avvikelser",
        "Det är angeläget med en fortsättning på projektet, i enlighet med uppdrag i stadens budget för 2019.",
    ),
    (
        "ekonomiskt_utfall",
        "Det ekonomiska utfallet för projektet för 2018 bedöms uppgå till ca 2,6 mnkr jämfört med budget på 5,0 mnkr.",
    ),
]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Bilaga 5 - Uppföljning trygghetsinvestering", ("uppfoljning", "5", None)),
        ("Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder", ("ansokan", "5b", None)),
        ("Bilaga 7 - Uppföljning klimatinvestering", ("uppfoljning", "7", None)),
        ("Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar", ("ansokan", "7", None)),
        ("Trygghetsbelysning Årstaviken. Slutredovisning", ("uppfoljning", None, "slutredovisning")),
        ("Pollare Sergels torg. Genomförandebeslut", ("okand", None, None)),
        ("Upprustning av Husby torg. Inriktningsbeslut", ("okand", None, None)),
        ("Protokoll", ("okand", None, None)),
        (None, ("okand", None, None)),
    ],
)
def test_classify_title(title, expected):
    assert classify_title(title) == expected


def test_title_skips_reference_and_date_lines():
    assert (
        title_from_lines(["Dnr 1.5.3-219-2019", "Bilaga 5 - Uppföljning", "trygghetsinvestering"])
        == "Bilaga 5 - Uppföljning trygghetsinvestering"
    )
    assert title_from_lines([]) is None


def test_project_from_decision_titles():
    assert project_from_title("Trygghetsbelysning Årstaviken. Slutredovisning") == "Trygghetsbelysning Årstaviken"
    assert project_from_title("Pollare vid Sergels torg. Genomförandebeslut") == "Pollare vid Sergels torg"
    assert project_from_title("Bilaga 5 - Slutredovisning") is None


def test_year_prefers_the_reported_year_over_planned_ones():
    assert year_from_sections(SEED_SECTIONS) == 2018


@pytest.mark.parametrize(
    "text, year",
    [
        ("Av beviljade 2 mnkr har 1,0 mkr upparbetats under 2022. Projektet slutredovisas 2023.", 2022),
        ("Kostnaden för 2017 blev 300 000 kr. Arbetet fortsätter under 2018.", 2017),
        ("Slutbesiktning genomfördes 2019-10-15 utan anmärkningar.", 2019),
        ("Ärendet har Dnr 1.5.3-219-2019.", 2019),
        ("Inga årtal alls, 12 kameror och 1 650 000 kr.", None),
    ],
)
def test_year_from_section_text(text, year):
    assert year_from_sections([("ekonomiskt_utfall", text)]) == year


def test_identifier_years_lose_to_real_evidence():
    sections = [("projektnamn", "Dnr 1.5.3-219-2021"), ("ekonomiskt_utfall", "Utfallet för 2020 blev 1 mnkr.")]
    assert year_from_sections(sections) == 2020


def test_year_from_path_and_pdf_metadata():
    assert year_from_path("/arkiv/2017/bilaga5.pdf") == 2017
    assert year_from_path("/arkiv/bilaga5-kamera-2018.pdf") == 2018
    assert year_from_path("/arkiv/bilaga5.pdf") is None
    assert year_from_pdf_metadata({"CreationDate": "D:20190312101500+01'00'"}) == 2019
    assert year_from_pdf_metadata({}) is None


def test_district_from_fields_mentions_and_bare_names():
    assert district_from(["Flera platser i Stockholms city, Norrmalms stadsdelsnämnd"], [], 2018) == "Norrmalm"
    assert district_from(["Husby torg, Rinkeby-Kista"], [], 2019) == "Rinkeby-Kista"
    assert district_from(["Sergels torg"], ["Arbetet leddes av Östermalms stadsdelsförvaltning."], 2018) == "Östermalm"
    assert district_from(["Okänd plats"], ["Inget om stadsdelar."], 2018) is None


def test_district_is_named_as_in_the_report_year():
    # Written with the old name in a report about a year after the merger.
    assert district_from(["Älvsjö stadsdelsnämnd"], [], 2021) == "Hägersten-Älvsjö"
    assert district_from(["Älvsjö stadsdelsnämnd"], [], 2019) == "Älvsjö"


def test_build_metadata_for_the_seed():
    meta = build_metadata(
        ["Bilaga 5 - Uppföljning", "trygghetsinvestering"], SEED_SECTIONS, ["Slutredovisning"], path="/x/bilaga.pdf"
    )
    assert (meta.title, meta.form_kind, meta.appendix) == (
        "Bilaga 5 - Uppföljning trygghetsinvestering",
        "uppfoljning",
        "5",
    )
    assert (meta.year, meta.year_source) == (2018, "text")
    assert (meta.district, meta.district_today) == ("Norrmalm", "Norra innerstaden")
    assert (meta.project, meta.location, meta.stage) == (
        "Kameraövervakning",
        "Flera platser i Stockholms city, Norrmalms stadsdelsnämnd",
        "slutredovisning",
    )


def test_year_sources_in_order_of_evidence():
    title_year = build_metadata(["Uppföljning trygghetsinvestering 2019"], [], [])
    assert (title_year.year, title_year.year_source) == (2019, "title")
    path_year = build_metadata(["Uppföljning"], [("plats", "Sergels torg")], [], path="/a/2016/x.pdf")
    assert (path_year.year, path_year.year_source) == (2016, "path")
    meta_year = build_metadata(["Uppföljning"], [], [], path="/a/x.pdf", pdf_info={"CreationDate": "D:2015"})
    assert (meta_year.year, meta_year.year_source) == (2015, "metadata")


def test_traffic_report_metadata():
    meta = build_metadata(
        ["Trygghetsbelysning Årstaviken. Slutredovisning"],
        [
            ("plats", "Årsta IP, Enskede-Årsta-Vantörs stadsdelsnämnd"),
            ("ekonomiskt_utfall", "Slutkostnaden för 2019 blev 2 mnkr."),
        ],
        [],
    )
    assert (meta.form_kind, meta.stage, meta.project) == (
        "uppfoljning",
        "slutredovisning",
        "Trygghetsbelysning Årstaviken",
    )
    assert (meta.district, meta.district_today, meta.year) == ("Enskede-Årsta-Vantör", "Enskede-Årsta-Vantör", 2019)


def test_plans_give_the_year_when_nothing_is_reported():
    sections = [
        ("beskrivning", "Insatsen planeras att genomföras under 2021."),
        ("behovsanalys", "Trygghetsmätningen från 2019-05-02 visar behovet."),
    ]
    assert year_from_sections(sections) == 2021
    decision = [
        ("kostnader", "Prognosen för utgifterna under 2024 är 2 mnkr."),
        ("tidplan", "Genomförandet planeras under 2024."),
    ]
    assert year_from_sections(decision) == 2024


def test_form_kind_from_sections_when_the_title_does_not_say():
    follow_up = [("projektnamn", "X"), ("slutresultat", "Y"), ("ekonomiskt_utfall", "Z")]
    assert build_metadata(["Trygghetsinvestering Husby"], follow_up, []).form_kind == "uppfoljning"
    application = [("insats", "X"), ("sokt_belopp", "220 000"), ("sokande_namnd", "Farsta stadsdelsnämnd")]
    assert build_metadata([], application, []).form_kind == "ansokan"
    assert build_metadata(["Pollare. Genomförandebeslut"], follow_up, []).form_kind == "okand"
    assert build_metadata(["Protokoll"], [("plats", "X")], []).form_kind == "okand"
    assert classify_title("Slutrapport trygghetsinvestering 2019")[0] == "uppfoljning"


def test_stage_from_a_field_whose_answer_is_a_marker():
    meta = build_metadata(
        ["Uppföljning"], [("redovisningstyp", "Delredovisning"), ("slutresultat", "Slutredovisning sker 2020.")], []
    )
    assert meta.stage == "delredovisning"
