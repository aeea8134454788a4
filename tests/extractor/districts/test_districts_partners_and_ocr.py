"""Districts, the seventeenth round: OCR's v for the y of a name in -by; a committee that lent a
hand -- sent a representative or its park engineer, lent out equipment, sat in the steering group, gave
an opinion, helped with an order -- is a partner, not the district the work was done in; a committee that
sent in its own application is not."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts


@pytest.mark.parametrize(
    "text",
    [
        "Farsta stadsdelsförvaltning har skickat en tekniker till mätningen.",
        "Farsta stadsdelsförvaltning sände sin parkingenjör till vandringen.",
        "Farsta stadsdelsförvaltning har lånat ut mätutrustning.",
        "Farsta stadsdelsförvaltning har suttit med i styrgruppen.",
        "Farsta stadsdelsförvaltning har yttrat sig över förslaget.",
        "Farsta stadsdelsförvaltning har hjälpt till med beställningen.",
        "Farsta stadsdelsförvaltning bistod med mätningar.",
    ],
)
def test_a_committee_that_lent_a_hand_is_a_partner(text):
    assert districts.mentions(text) == []
    assert districts.mentions(text, partners=True) == ["Farsta"]


@pytest.mark.parametrize(
    "text",
    [
        "Farsta stadsdelsförvaltning har skickat in en ansökan om medel.",
        "Farsta stadsdelsförvaltning har lett arbetet och bytt armaturerna.",
    ],
)
def test_a_committee_that_sent_in_its_application_or_ran_the_work_is_named(text):
    assert districts.mentions(text) == ["Farsta"]


def test_the_committee_that_did_the_work_outranks_one_that_sent_a_representative():
    text = (
        "Bromma stadsdelsförvaltning har skickat en representant till styrgruppen. "
        "Belysningen utförs av Kungsholmens stadsdelsförvaltning."
    )
    assert districts.mentions(text) == ["Kungsholmen"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Rinkebv", "rinkeby"),
        ("Hasselbv-Vallingbv", "hasselby-vallingby"),
        ("Abborrvägen", "abborrvagen"),  # a v after another letter stays
    ],
)
def test_ocrs_v_for_the_y_of_a_name_in_by_is_undone(written, expected):
    assert districts.undo_ocr(districts.name_key(written)) == expected


def test_a_scanned_place_field_with_v_for_y_names_its_district():
    assert districts.misread_place_mentions("Rinkebv, belysning vid torget") == ["Rinkeby-Kista"]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        # a real "rn" kept while the digits OCR read for letters are undone
        ("Hornstu11s strand vid bryggan", ["Södermalm"]),
        ("Kornhamn5t0rg, trapporna", ["Södermalm"]),
        ("0rn5berg bollplan", ["Hägersten-Liljeholmen"]),
        # ... and "rn" for "m" still undone where the name has none
        ("Brornma kyrka", ["Bromma"]),
    ],
)
def test_a_scanned_place_field_with_a_real_rn_and_digits_for_letters_names_its_district(field, expected):
    assert districts.misread_place_mentions(field) == expected


def test_ocr_readings_keep_a_real_rn_beside_undoing_it():
    assert districts.ocr_readings("hornstu11") == ("homstull", "hornstull")
    assert districts.ocr_readings("farst4") == ("farst4",)
    assert districts.ocr_readings("5karpnack") == ("skarpnack",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belysningen i parkerna på Söder har bytts ut.", ["Södermalm"]),
        ("Boende från Söder deltog i vandringen.", ["Södermalm"]),
        # a direction, a larger area and a town are no spoken name of the district
        ("Söder om skolan har lamporna bytts.", []),
        ("Projektet gäller hela söderort och Södertälje.", []),
        ("Vi gick vidare till Söderort.", []),
    ],
)
def test_a_districts_spoken_name_after_a_preposition_of_place_names_it(text, expected):
    assert districts.nickname_mentions(text) == expected
