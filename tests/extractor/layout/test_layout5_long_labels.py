"""Labels of any length when they are the templates' own wordings: standing alone above their
answers (no boxes, no indent), written inline with a colon (wrapped over two lines, too), or
run in with their answers in bold without a colon."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import BOLD, LABEL_X, TITLE, bold_run_in, lay_as_extractor, summary

ECONOMY = "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter"  # 11 words
RESULT = "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd"


def _page(lines: list[tuple[str, float]]) -> Page:
    ws = list(TITLE)
    for text, y in lines:
        ws += words(text, LABEL_X, y)
    return Page(1, 595.0, 842.0, ws)


def test_a_long_template_label_alone_above_its_answer_starts_a_block():
    page = _page(
        [
            ("Plats", 100),
            ("Kista gård (Rinkeby-Kista stadsdelsnämnd)", 114),
            ("Avvikelser", 138),
            ("Inga avvikelser har noterats.", 152),
            (ECONOMY, 176),
            ("Utfallet blev 1,2 mnkr mot budgeterade 1,5 mnkr.", 190),
        ]
    )
    assert summary(lay_as_extractor([page]))[-2:] == [
        ("Avvikelser", "Inga avvikelser har noterats.", 1),
        (ECONOMY, "Utfallet blev 1,2 mnkr mot budgeterade 1,5 mnkr.", 1),
    ]


def test_an_inline_label_of_eleven_words_is_split_at_its_colon():
    page = _page(
        [
            ("Plats: Kista gård (Rinkeby-Kista stadsdelsnämnd)", 100),
            ("Avvikelser: Inga avvikelser har noterats.", 114),
            (f"{ECONOMY}: Utfallet blev 1,2 mnkr.", 128),
        ]
    )
    assert summary(lay_as_extractor([page]))[-1] == (f"{ECONOMY}:", "Utfallet blev 1,2 mnkr.", 1)


def test_an_inline_label_wrapped_over_two_lines_is_rejoined_and_split_at_its_colon():
    first, _, rest = RESULT.partition(" behov")
    page = _page(
        [
            ("Plats: Kista gård (Rinkeby-Kista stadsdelsnämnd)", 100),
            ("Projektets mål och syfte: Boende har pekat ut platsen som mörk.", 114),
            (first, 128),
            (f"behov{rest}: Tolv kameror har monterats.", 142),
            ("Avvikelser: Inga avvikelser.", 156),
        ]
    )
    got = summary(lay_as_extractor([page]))
    assert got[1] == ("Projektets mål och syfte:", "Boende har pekat ut platsen som mörk.", 1)
    assert got[2] == (f"{RESULT}:", "Tolv kameror har monterats.", 1)
    assert got[3] == ("Avvikelser:", "Inga avvikelser.", 1)


def test_a_bold_label_run_in_without_a_colon_is_split_where_the_bold_ends():
    ws = list(TITLE)
    ws += bold_run_in("Projektnamn", "Trygghetsbelysning i Husby", LABEL_X, 100)
    ws += bold_run_in("Plats", "Husby torg, Rinkeby-Kista stadsdelsnämnd", LABEL_X, 114)
    ws += bold_run_in("Projektets mål och syfte", "Boende har pekat ut platsen som mörk.", LABEL_X, 128)
    ws += words("Belysningen ska göra platsen tryggare.", LABEL_X, 142)
    ws += bold_run_in(ECONOMY, "Utfallet blev 1,2 mnkr.", LABEL_X, 156, size=11)
    got = summary(lay_as_extractor([Page(1, 842.0, 842.0, ws)]))
    assert got == [
        ("Projektnamn", "Trygghetsbelysning i Husby", 1),
        ("Plats", "Husby torg, Rinkeby-Kista stadsdelsnämnd", 1),
        ("Projektets mål och syfte", "Boende har pekat ut platsen som mörk. Belysningen ska göra platsen tryggare.", 1),
        (ECONOMY, "Utfallet blev 1,2 mnkr.", 1),
    ]


def test_bold_words_opening_an_answer_are_no_label_when_they_read_as_none():
    ws = list(TITLE)
    ws += bold_run_in("Plats", "Husby torg", LABEL_X, 100)
    ws += bold_run_in("Obs", "arbetet fortsätter under våren.", LABEL_X, 114)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert got == [("Plats", "Husby torg Obs arbetet fortsätter under våren.", 1)]


def test_an_unknown_bold_label_run_in_starts_a_section_once_a_known_one_did():
    ws = list(TITLE)
    ws += bold_run_in("Plats", "Husby torg", LABEL_X, 100)
    ws += bold_run_in("Tidplan", "Arbetet startade i mars.", LABEL_X, 114)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert got == [("Plats", "Husby torg", 1), ("Tidplan", "Arbetet startade i mars.", 1)]


def test_an_unknown_label_in_capitals_alone_above_its_answer_starts_a_section_when_the_known_ones_are_capitals():
    page = _page(
        [
            ("PLATS", 100),
            ("Kista gård (Rinkeby-Kista stadsdelsnämnd)", 114),
            ("UNDERHÅLL OCH DRIFT", 138),
            ("Driften sköts inom ordinarie budget.", 152),
        ]
    )
    assert summary(lay_as_extractor([page])) == [
        ("PLATS", "Kista gård (Rinkeby-Kista stadsdelsnämnd)", 1),
        ("UNDERHÅLL OCH DRIFT", "Driften sköts inom ordinarie budget.", 1),
    ]


def test_the_climate_templates_result_label_is_a_label_however_long():
    climate = "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta"
    page = _page([("Avvikelser", 100), ("Inga avvikelser.", 114), (climate, 138), ("Tolv laddplatser.", 152)])
    assert summary(lay_as_extractor([page]))[-1] == (climate, "Tolv laddplatser.", 1)


def test_an_unknown_label_alone_a_fields_gap_below_a_finished_answer_starts_a_section():
    page = _page(
        [
            ("Plats", 100),
            ("Kista gård (Rinkeby-Kista stadsdelsnämnd)", 114),
            ("Avvikelser", 138),
            ("Inga avvikelser har noterats.", 152),
            ("Övriga kommentarer", 176),
            ("Förvaltningen tackar alla som deltagit.", 190),
            ("Skolor i närheten har informerats", 204),  # a short line of the same answer, at the leading
        ]
    )
    assert summary(lay_as_extractor([page]))[-1] == (
        "Övriga kommentarer",
        "Förvaltningen tackar alla som deltagit. Skolor i närheten har informerats",
        1,
    )


def test_a_bold_label_wrapped_over_two_lines_and_run_in_without_a_colon_is_split_where_the_bold_ends():
    first, _, rest = RESULT.partition(" behov")
    ws = list(TITLE)
    answer = "Tolv kameror har monterats vid entréerna."
    more = "Belysningen har bytts mot ny armatur längs hela gångvägen och under bron vid torget."
    ws += bold_run_in("Plats", "Husby torg, Rinkeby-Kista stadsdelsnämnd", LABEL_X, 100)
    ws += words(more, LABEL_X, 114)
    ws += words(first, LABEL_X, 128, font=BOLD)
    ws += bold_run_in(f"behov{rest}", answer, LABEL_X, 142)
    ws += words(more, LABEL_X, 156)
    ws += bold_run_in("Avvikelser", "Inga avvikelser har noterats under arbetets gång.", LABEL_X, 170)
    got = summary(lay_as_extractor([Page(1, 842.0, 842.0, ws)]))
    assert got[1] == (RESULT, f"{answer} {more}", 1)
