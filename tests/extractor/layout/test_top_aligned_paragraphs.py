"""A long answer's last paragraph or list after a blank line, tight above the next label, in a table whose labels
stand level with their answers' first lines (h32/f-textforms, issue #12): it closes the answer above. Only a label
centred on its answer has its answer's first lines drawn above it (rows.pull_centred_answers), and the row above
says which kind of table it is: its label level with its answer's first line and off the middle of that answer."""

from __future__ import annotations

from layout_builders import lay_as_extractor, summary, two_column

BOLD = "Helvetica-Bold"


def _read(rows: list) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay_as_extractor([two_column(rows, gap=0.0, font=BOLD)]))]


def test_a_closing_paragraph_stays_above_a_label_as_tall_as_its_first_paragraph() -> None:
    rows = [
        (["Kontaktperson"], ["Eva Lind, samordnare"], 0),
        (
            ["Beskrivning"],
            [
                "Lamporna byts ut längs hela",
                "gångvägen ner mot sjön.",
                "",
                "Arbetet görs under hösten",
                "av parkenheten.",
            ],
            0,
        ),
        (
            ["Behovsanalys/", "problembeskrivning"],
            ["Många undviker gångvägen", "när det är mörkt.", "", "Fler vill gå där", "på kvällen."],
            0,
        ),
    ]
    assert _read(rows)[1:] == [
        (
            "Beskrivning",
            "Lamporna byts ut längs hela gångvägen ner mot sjön. Arbetet görs under hösten av parkenheten.",
        ),
        ("Behovsanalys/problembeskrivning", "Många undviker gångvägen när det är mörkt. Fler vill gå där på kvällen."),
    ]


def test_a_closing_list_stays_with_the_answer_it_ends() -> None:
    rows = [
        (["Kontaktperson"], ["Eva Lind, samordnare"], 0),
        (
            ["Beskrivning (mål och", "syfte)"],
            ["Parken ska kännas öppen", "och ljus på kvällen.", "Det här ingår:", "", "– nya lampor", "– en bänk"],
            0,
        ),
        (["Avvikelser"], ["Inga avvikelser har", "förekommit i projektet.", "Tidplanen hölls."], 0),
    ]
    assert _read(rows)[1:] == [
        (
            "Beskrivning (mål och syfte)",
            "Parken ska kännas öppen och ljus på kvällen. Det här ingår: – nya lampor – en bänk",
        ),
        ("Avvikelser", "Inga avvikelser har förekommit i projektet. Tidplanen hölls."),
    ]


def test_a_label_as_tall_as_its_answer_keeps_a_paragraph_the_next_label_is_not_centred_on() -> None:
    rows = [
        (["Kontaktperson"], ["Eva Lind, samordnare"], 0),
        (
            ["Beskrivning av ekonomiskt", "utfall och eventuell", "avvikelse"],
            ["Utgifterna blev 90 000 kr.", "", "Budgeten var 95 000 kr.", "", "Resten lämnas tillbaka."],
            0,
        ),
        (["Bilder före"], ["Bilder bifogas."], 0),
        (["Bilder efter"], ["Bilder bifogas."], 0),
    ]
    assert _read(rows)[1:3] == [
        (
            "Beskrivning av ekonomiskt utfall och eventuell avvikelse",
            "Utgifterna blev 90 000 kr. Budgeten var 95 000 kr. Resten lämnas tillbaka.",
        ),
        ("Bilder före", "Bilder bifogas."),
    ]
