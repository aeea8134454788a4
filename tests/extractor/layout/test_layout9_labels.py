"""Issue #12, ninth round: labels of text-layer forms as their producers break them."""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.labels import section_key
from bilagor.extractor.words import Page
from factories import words
from layout_builders import BOLD, bold_run_in, LABEL_X, TITLE, VALUE_X, lay_as_extractor, summary, two_column

_RESULT_LINES = [
    "Beskrivning av slutresul-",
    "tat utifrån investeringens",
    "mål, syfte och platsens",
    "behov av trygghetsska-",
    "pande åtgärd",
]


def _page(rows):
    page = two_column(rows)
    page.words[:0] = list(TITLE)
    return page


def test_a_label_hyphenated_at_its_cell_edge_is_read_without_the_hyphen():
    # groff hyphenates a label in a narrow table cell as it does the answers ("slutresul-" / "tat").
    rows = [
        (["Projektnamn"], ["Belysning i parken"], 0),
        (_RESULT_LINES, ["Platsen upplevs som ljusare."], 0),
        (["Geografisk plats för in-", "vestering"], ["Vällingby torg"], 0),
    ]
    labels = [label for label, _, _ in summary(lay_as_extractor([_page(rows)]))]
    assert labels == [
        "Projektnamn",
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        "Geografisk plats för investering",
    ]
    assert section_key(labels[1], "uppfoljning") == "slutresultat"


def test_a_real_hyphen_at_a_label_line_end_is_kept():
    rows = [(["Projektnamn"], ["Belysning i parken"], 0), (["E-", "post"], ["a@b.se"], 0)]
    labels = [label for label, _, _ in summary(lay_as_extractor([_page(rows)]))]
    assert labels == ["Projektnamn", "E-post"]


def _flush_right(rows, title: str) -> Page:
    """A short report whose labels are set flush right against their answers, under a title in
    title type (the traffic office's '<Åtgärd>. Slutredovisning')."""
    edge, lead = VALUE_X - 14, 14.0
    ws, y = words(title, LABEL_X - 14, 60, size=14, font=BOLD), 100.0
    for label, values in rows:
        width = 0.5 * 11 * len(label.replace(" ", "")) + 0.28 * 11 * label.count(" ")
        ws += words(label, edge - width, y, font=BOLD)
        for value in values:
            ws += words(value, VALUE_X, y)
            y += lead
        y += 8
    return Page(1, 595.0, 842.0, ws)


def test_a_short_report_with_labels_flush_right_finds_its_value_column():
    # Answers wrapping under their labels are the only lines that start together: the label column
    # is where the labels end, not where the most lines start.
    rows = [
        ("Bakgrund", ["Boende har klagat på platsen i flera år."]),
        ("Plats", ["Bredängs centrum (Skärholmens stadsdelsnämnd)"]),
        ("Syfte och mål", ["Syftet är en tryggare plats."]),
        (
            "Genomförande av arbetet",
            ["Arbetet gjordes under 2019 av trafikkontoret i samråd med", "stadsdelsförvaltningen."],
        ),
        ("Uppnått resultat", ["Platsen upplevs som tryggare."]),
        ("Ekonomisk redovisning", ["Budgeten var 0,9 MSEK. Slutkostnaden blev", "knappt 0,95 MSEK."]),
    ]
    layout = lay_as_extractor([_flush_right(rows, "Upprustning av torget Bredängs centrum. Slutredovisning")])
    assert [line.text for line in layout.preamble] == ["Upprustning av torget Bredängs centrum. Slutredovisning"]
    assert [(label, text) for label, text, _ in summary(layout)] == [
        ("Bakgrund", "Boende har klagat på platsen i flera år."),
        ("Plats", "Bredängs centrum (Skärholmens stadsdelsnämnd)"),
        ("Syfte och mål", "Syftet är en tryggare plats."),
        (
            "Genomförande av arbetet",
            "Arbetet gjordes under 2019 av trafikkontoret i samråd med stadsdelsförvaltningen.",
        ),
        ("Uppnått resultat", "Platsen upplevs som tryggare."),
        ("Ekonomisk redovisning", "Budgeten var 0,9 MSEK. Slutkostnaden blev knappt 0,95 MSEK."),
    ]


def _run_in_report(first: tuple[str, str], colon: str) -> Page:
    ws = words("Utegym Årsta IP. Slutredovisning", LABEL_X, 60, size=14, font=BOLD)
    rows = [
        first,
        ("Plats", "Årsta IP (Enskede-Årsta-Vantörs stadsdelsnämnd)"),
        ("Syfte och mål", "Syftet är ett utegym."),
    ]
    for i, (label, answer) in enumerate(rows):
        ws += bold_run_in(label + colon, answer, LABEL_X, 100 + 16 * i)
    return Page(1, 595.0, 842.0, ws)


def test_an_unknown_bold_label_run_in_before_any_known_one_starts_a_section():
    # The form sets its known labels bold and run in with their answers: an unknown one in the
    # same type is a label though it comes first ('Bakgrund:' of the traffic office's reports).
    for colon in (":", ""):
        layout = lay_as_extractor([_run_in_report(("Bakgrund", "Boende har klagat i flera år."), colon)])
        assert [line.text for line in layout.preamble] == ["Utegym Årsta IP. Slutredovisning"], colon
        assert [(label.rstrip(":"), text) for label, text, _ in summary(layout)] == [
            ("Bakgrund", "Boende har klagat i flera år."),
            ("Plats", "Årsta IP (Enskede-Årsta-Vantörs stadsdelsnämnd)"),
            ("Syfte och mål", "Syftet är ett utegym."),
        ], colon


_SMALL = 7.2  # labels in small grey capitals, answers in body type


def _card_report(last: list[tuple[str, str]]) -> Page:
    """A landscape report: framed header cards (label above answer), then full-width sections."""
    ws = words("Bilaga 5 Uppföljning trygghetsinvestering", 94, 61, size=14, font=BOLD)
    cards = [("PROJEKTETS NAMN", "Upprustning av torget"), ("PLATS", "Älvsjö centrum")]
    frames = []
    for i, (label, answer) in enumerate(cards):
        ws += words(label, 54 + 253 * i, 101, size=_SMALL) + words(answer, 54 + 253 * i, 113, size=10.0)
        x0, x1 = 48 + 253 * i, 289 + 253 * i
        frames += [(x0, 94, x1, 94), (x0, 130, x1, 130), (x0, 94, x0, 130), (x1, 94, x1, 130)]
    y = 144.0
    sections = [
        (
            "SYFTE OCH MÅL",
            "Investeringen gäller nya bänkar, planteringar och bättre belysning. Boende har under flera år / sagt att torget upplevs som otryggt.",
        ),
        (
            "RESULTAT",
            "Synpunkterna från boende har varit övervägande positiva. En uppföljande trygghetsvandring / visade att platsen upplevs som ljusare.",
        ),
        *last,
    ]
    for label, answer in sections:
        ws += words(label, 48, y, size=_SMALL)
        for i, part in enumerate(answer.split(" / ")):
            ws += words(part, 48, y + 12 + 13 * i, size=10.0)
        y += 36 + 13 * answer.count(" / ")
        if label == "SYFTE OCH MÅL":  # the stage marker, bold in body size, between two sections
            ws += words("Slutredovisning", 48, y, size=10.0, font=BOLD)
            y += 20
    return Page(1, 842.0, 595.0, ws, frames)


def test_a_short_answer_in_body_type_under_a_label_in_small_capitals_is_its_answer():
    # '-' and 'Ej aktuellt' fit where labels stand, but in the answers' type, not the labels'.
    last = [("BILDER FÖRE", "-"), ("BILDER EFTER", "Ej aktuellt"), ("ANSVARIG ENHET", "Enheten för utveckling")]
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_card_report(last)]))]
    assert got[-3:] == last


def test_a_lone_framed_card_is_no_table_border():
    # The report opens with one framed card (label above answer); its frame's right edge has no
    # text starting beside it, so the answer wrapping in the card goes on in lowercase.
    ws = words("Upprustning av torget Ulvsunda. Slutredovisning", 94, 61, size=14, font=BOLD)
    ws += words("PLATS", 54, 101, size=_SMALL)
    ws += words("Ulvsunda industriområde (Bromma", 54, 113, size=10.0) + words("stadsdelsnämnd)", 54, 126, size=10.0)
    frame = [(48, 94, 289, 94), (48, 143, 289, 143), (48, 94, 48, 143), (289, 94, 289, 143)]
    y = 157.0
    for label, answer in [
        ("BAKGRUND", "Boende har klagat på platsen i flera år."),
        ("RESULTAT", "Platsen är ljusare."),
    ]:
        ws += words(label, 48, y, size=_SMALL) + words(answer, 48, y + 12, size=10.0)
        y += 36
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 842.0, 595.0, ws, frame)]))]
    assert got == [
        ("PLATS", "Ulvsunda industriområde (Bromma stadsdelsnämnd)"),
        ("BAKGRUND", "Boende har klagat på platsen i flera år."),
        ("RESULTAT", "Platsen är ljusare."),
    ]


def test_rows_of_a_ruled_table_keep_their_answers_though_one_starts_in_lowercase():
    # A tbl 'allbox' table: every row between rules, labels at the top of their rows. An answer
    # starting in lowercase ('polisen och ...') is no sign of labels centred in their rows.
    rows = [
        (["Kontaktperson"], ["Tobias Öberg, samordnare"]),
        (["Ev samverkan"], ["polisen och lokala fastighetsägare."]),
        (
            ["1. Beskrivning (mål och", "syfte)"],
            [
                "Insatsen gäller solceller på taket. Arbetet görs med",
                "polisen och trafikkontoret. Åtgärden ska minska känslan",
                "av otrygghet bland boende och besökare. Utsläppen",
                "minskar med omkring 12 ton koldioxid per år.",
            ],
        ),
        (["1.1 Behovsanalys/prob-", "lembeskrivning"], ["Platsen upplevs som otrygg.", "Många unga passerar här."]),
    ]
    ws, rules, y = words("Bilaga 7 Ansökan om investeringsmedel", LABEL_X, 60, size=14, font=BOLD), [], 100.0
    for labels, values in rows:
        rules.append((LABEL_X - 5, y - 2, 530.0, y - 2))
        for i in range(max(len(labels), len(values))):
            if i < len(labels):
                ws += words(labels[i], LABEL_X, y + 12 * i, size=10.0)
            if i < len(values):
                ws += words(values[i], VALUE_X, y + 12 * i, size=10.0)
        y += 12 * max(len(labels), len(values)) + 4
    rules.append((LABEL_X - 5, y - 2, 530.0, y - 2))
    rules += [(x, 98.0, x, y - 2) for x in (LABEL_X - 5, VALUE_X - 5, 530.0)]
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws, rules)]))
    assert [(label, text) for label, text, _ in got][2:] == [
        ("1. Beskrivning (mål och syfte)", " ".join(rows[2][1])),
        ("1.1 Behovsanalys/problembeskrivning", " ".join(rows[3][1])),
    ]


def test_a_label_level_with_an_answer_after_a_row_gap_starts_its_row():
    # No rules, labels at the top of their rows, an answer of two paragraphs: the next label stands
    # level with its answer's first line, a row gap under the paragraphs, so its row starts there
    # although a lowercase answer ('polisen och ...') raised the question of centred labels.
    rows = [
        (["Kontaktperson"], ["Sanna Åkesson, samordnare"], 0.0),
        (["Ev samverkan"], ["polisen och lokala fastighetsägare."], 0.0),
        (
            ["1. Beskrivning (mål och", "syfte)"],
            ["Insatsen gäller solceller på taket. Målet är att fler ska vilja", "vara på platsen."],
            13.0,
        ),
        ([], ["Utsläppen minskar med omkring 12 ton koldioxid per", "år. Arbetet görs med polisen."], 0.0),
        (
            ["1.1 Behovsanalys/", "problembeskrivning"],
            ["Fastighetsägarna vill ha åtgärder. Platsen", "upplevs som otrygg."],
            0.0,
        ),
    ]
    ws, y = words("Bilaga 7 Ansökan om investeringsmedel", LABEL_X, 60, size=14, font=BOLD), 100.0
    for labels, values, paragraph_gap in rows:
        for i in range(max(len(labels), len(values))):
            if i < len(labels):
                ws += words(labels[i], LABEL_X, y + 13 * i, size=10.0)
            if i < len(values):
                ws += words(values[i], VALUE_X, y + 13 * i, size=10.0)
        y += 13 * max(len(labels), len(values)) + (paragraph_gap or 8.0)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert [(label, text) for label, text, _ in got][2:] == [
        ("1. Beskrivning (mål och syfte)", " ".join(rows[2][1] + rows[3][1])),
        ("1.1 Behovsanalys/problembeskrivning", " ".join(rows[4][1])),
    ]


def _justified(text: str, x0: float, x1: float, top: float, size: float) -> list:
    """One line set justified from x0 to x1: every gap between words equally wide."""
    ws = words(text, x0, top, size=size)
    spare = (x1 - x0) - sum(w.x1 - w.x0 for w in ws)
    gap, x, out = spare / (len(ws) - 1), x0, []
    for w in ws:
        out.append(replace(w, x0=x, x1=x + (w.x1 - w.x0)))
        x = out[-1].x1 + gap
    return out


def test_a_justified_label_line_in_capitals_is_one_label_not_a_row_of_cells():
    # fpdf2 justifies a long label in capitals like its answers: wide, equal gaps between its words.
    ws = words("Bilaga 5 Uppföljning trygghetsinvestering", 51, 48, size=13.5, font=BOLD)
    stacked = [
        ("PROJEKTNAMN", ["Siktröjning vid Kronobergsparken"]),
        ("GEOGRAFISK PLATS FÖR INVESTERING", ["Kronobergsparken, Kungsholmens stadsdelsnämnd"]),
    ]
    y = 79.0
    for label, answer in stacked:
        ws += words(label, 51, y, size=8.5) + words(answer[0], 51, y + 15, size=10.5)
        y += 44
    label = "BESKRIVNING AV SLUTRESULTAT UTIFRÅN INVESTERINGENS MÅL, SYFTE OCH PLATSENS BEHOV AV"
    ws += _justified(label, 51, 545, y, 8.5) + words("TRYGGHETSSKAPANDE ÅTGÄRD", 51, y + 13, size=8.5)
    ws += words("Boende ser längre och känner sig tryggare.", 51, y + 28, size=10.5)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got[-1] == (label + " TRYGGHETSSKAPANDE ÅTGÄRD", "Boende ser längre och känner sig tryggare.")
