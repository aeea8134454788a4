"""Issue #12, thirtieth round (h35/f-textforms): "Label: answer" pairs two a row whose answers wrap back to the
pair's left edge, under its bold label (ploticus' inline pairs). Hand-made words; each class told by evidence
on the page."""

from __future__ import annotations

from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"


def _pair(label: str, answer: str, x: float, top: float) -> list[Word]:
    """A bold "Label:" and its answer a word space after it, on one line."""
    head = words(label, x, top, 10, BOLD)
    return head + words(answer, head[-1].x1 + 2.8, top, 10) if answer else head


def _pairs_page(rows: list[tuple[tuple[str, str, list[str]], tuple[str, str, list[str]]]]) -> Page:
    """A form whose short fields are pairs two a row (left at 57, right at 309), each answer's further lines at
    its pair's left edge, then a heading over a paragraph."""
    ws = words("Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar", 57, 64, 14, BOLD)
    top = 92.0
    for pairs in rows:
        low = top
        for (label, answer, more), x in zip(pairs, (57.0, 309.0)):
            ws += _pair(label, answer, x, top)
            for k, line in enumerate(more, 1):
                ws += words(line, x, top + 14.3 * k, 10)
                low = max(low, top + 14.3 * k)
        top = low + 20.0
    ws += words("1. Beskrivning (mål och syfte)", 57, top + 15, 10, BOLD)
    ws += words("Gammal belysning med hög energiförbrukning ska ersättas med moderna armaturer.", 57, top + 33, 10)
    return Page(1, 595.0, 842.0, ws)


def test_answers_wrapped_back_under_their_bold_labels_stay_in_their_pairs() -> None:
    page = _pairs_page(
        [
            (("Namn på insats:", "Energieffektiv belysning", ["Tensta centrum"]), ("Sökt belopp:", "2 933 000 kr", [])),
            (
                ("Sökande nämnd:", "Spånga-Tensta", ["stadsdelsnämnd"]),
                ("Ev medsökande nämnd:", "Farsta", ["stadsdelsnämnd"]),
            ),
            (("Kontaktperson:", "Anna Lindqvist,", ["områdeschef"]), ("Telefon:", "08-508 49 664", [])),
        ]
    )
    got = {label: text for label, text, _ in summary(lay_as_extractor([page]))}
    assert got["Namn på insats:"] == "Energieffektiv belysning Tensta centrum"
    assert got["Sökt belopp:"] == "2 933 000 kr"
    assert got["Sökande nämnd:"] == "Spånga-Tensta stadsdelsnämnd"
    assert got["Ev medsökande nämnd:"] == "Farsta stadsdelsnämnd"
    assert got["Kontaktperson:"] == "Anna Lindqvist, områdeschef"


def test_a_long_answer_wrapped_back_under_its_label_is_not_the_next_pairs() -> None:
    long = ["boende i Johannelunds gångbro i enlighet med", "stadsdelsnämndens handlingsplan för ökad", "trygghet"]
    page = _pairs_page(
        [
            (("Namn på insats:", "Trygghetsvandringar med", long), ("Sökt belopp:", "824 000 kr", [])),
            (("Kontaktperson:", "Nora Karlén", []), ("Telefon:", "08-508 26 207", [])),
        ]
    )
    got = {label: text for label, text, _ in summary(lay_as_extractor([page]))}
    assert got["Namn på insats:"] == "Trygghetsvandringar med " + " ".join(long)
    assert got["Sökt belopp:"] == "824 000 kr"


def test_a_label_centred_on_a_cell_closed_by_a_stage_marker_takes_back_the_lines_above_it() -> None:
    # A ruled table whose label cells are centred vertically (Grace): the third row's answer, five lines, a
    # blank line and the stage marker in bold at its cell's foot; its label level with the answer's fourth line.
    ws = words("Bilaga 5 Uppföljning trygghetsinvestering", 56, 87, 14, BOLD)
    ws += words("Projektnamn", 60, 127.1, 10, BOLD) + words("Öppnare entré vid Björkhagens centrum", 205.3, 127.1, 10)
    ws += words("Geografisk plats för", 60, 162.4, 10, BOLD) + words("investering", 60, 176.7, 10, BOLD)
    ws += words("Björkhagens centrum inom Skarpnäck", 205.3, 166.0, 10)
    answer = [
        "Pengarna avser en öppnare och ljusare entré.",
        "Syftet är att resenärer ska känna sig välkomna och",
        "sedda. Målet är att fler ska välja att promenera längs",
        "stråket även efter mörkrets inbrott. Insatsen ska ge",
        "boende en gemensam bild av platsens brister.",
    ]
    for k, line in enumerate(answer):
        ws += words(line, 205.3, 204.5 + 14.35 * k, 10)
    ws += words("Projektets mål och syfte", 60, 244.2, 10, BOLD) + words("Delredovisning", 205.3, 290.6, 10, BOLD)
    ws += words("Beskrivning av eventuella", 60, 316.0, 10, BOLD) + words("Inga avvikelser.", 205.3, 316.0, 10)
    rules = [(56.0, y, 540.0, y) for y in (120.0, 155.0, 190.0, 305.0, 335.0)]
    rules += [(x, 120.0, x, 335.0) for x in (56.0, 200.0, 540.0)]
    layout = lay_as_extractor([Page(1, 595.0, 842.0, ws, rules=rules)])
    got = {label: text for label, text, _ in summary(layout)}
    assert got["Geografisk plats för investering"] == "Björkhagens centrum inom Skarpnäck"
    assert got["Projektets mål och syfte"] == " ".join(answer)
    assert layout.markers == ["Delredovisning"]


def test_a_centred_label_level_with_the_blank_line_before_its_cells_marker_takes_its_whole_answer() -> None:
    # fixturegen.textlayer30's rl_vcentremark (seed 36): the answer's two lines all above the label, the marker
    # under it; the next row's label centred too, its first answer line above it read into this row first.
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 57, 63, 14, BOLD)
    ws += words("Plats", 63, 117.3, 10, BOLD) + words("Området kring Liljeholmstorget", 223, 117.3, 10)
    ws += words("Platssamverkan ska samla fastighetsägare, polisen och staden", 223, 142.4, 10)
    ws += words("kring gemensamma åtgärder på platsen.", 223, 155.4, 10)
    ws += words("Syfte och mål", 63, 161.9, 10, BOLD) + words("Delredovisning", 223, 181.5, 10, BOLD)
    ws += words("Trygghetsvandringar har genomförts", 223, 206.6, 10)
    ws += words("Beskrivning av slutresultat", 63, 219.6, 10, BOLD) + words("med boende.", 223, 219.6, 10)
    ws += words("Inga avvikelser har noterats.", 223, 232.7, 10)
    rules = [(57.0, y, 538.0, y) for y in (107.0, 132.0, 197.0, 249.0)]
    rules += [(x, 107.0, x, 249.0) for x in (57.0, 217.0, 538.0)]
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws, rules=rules)]))}
    assert got["Plats"] == "Området kring Liljeholmstorget"
    assert (
        got["Syfte och mål"]
        == "Platssamverkan ska samla fastighetsägare, polisen och staden kring gemensamma åtgärder på platsen."
    )


def test_a_run_in_labels_tail_wrapped_beside_its_answers_next_line_stays_the_labels() -> None:
    # Parts set as tables of their own, each sized to its labels (html2ps): the page's value column is the
    # wide tables', and a narrow table's bold label wraps beside its answer, which starts left of that column.
    times, times_bold = "Times-Roman", "Times-Bold"
    ws = words("Öppnare entré till tunnelbanan. Slutredovisning", 71, 151, 14, times_bold)
    rows = [
        (206.1, ["Genomförande"], ["Fundament och stolpar byttes ut under sensommaren och hösten."]),
        (236.1, ["Resultat"], ["Skolan rapporterar att fler elever nu går till skolan.", "Klotter har upphört."]),
        (278.1, ["Ekonomisk", "redovisning"], ["För 2019 budgeterades 2,8 mnkr och utfallet landade på", "2,9 mnkr."]),
    ]
    for top, label, answer in rows:
        for k, line in enumerate(label):
            ws += words(line, 75, top + 12 * k, 10, times_bold)
        for k, line in enumerate(answer):
            ws += words(line, 152.2, top + 12 * k, 10, times)
    ws += words("Syfte och", 75, 340.5, 10, times_bold) + words("Målet är att tunneln ska", 127.8, 340.6, 10, times)
    ws += words("mål", 75, 352.5, 10, times_bold) + words("upplevas som ljus dygnet runt.", 127.8, 352.5, 10, times)
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))}
    assert got["Syfte och mål"] == "Målet är att tunneln ska upplevas som ljus dygnet runt."
