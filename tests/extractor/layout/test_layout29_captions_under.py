"""Labels captioned under their answers' ruled writing lines (issue #12, twenty-fourth round): each answer is
typed on rules across the page and its label is a small caption under the last rule, as under a signature
line; short fields two a row. The caption names the ruled lines above it, never the next field's answer."""

from __future__ import annotations

from bilagor.extractor.layout.captions import lift_captions
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay, summary

SMALL, BODY = 8.0, 11.0


def _rule(x0: float, y: float, x1: float) -> tuple[float, float, float, float]:
    return (x0, y, x1, y)


def _caption_page() -> Page:
    ws, rules = list(TITLE), []
    # Two cells a row: each answer typed on its rule, its caption under the rule.
    ws += words("Pollare Husby torg", 72, 100, size=BODY) + words("1 200 000 kr", 312, 100, size=BODY)
    rules += [_rule(70, 112, 290), _rule(310, 112, 530)]
    ws += words("Namn på insats", 70, 116, size=SMALL) + words("Sökt belopp", 310, 116, size=SMALL)
    # A full-width answer on two writing lines.
    ws += words("Att hindra biltrafik på torget och", 72, 140, size=BODY)
    ws += words("göra platsen tryggare.", 72, 158, size=BODY)
    rules += [_rule(70, 152, 530), _rule(70, 170, 530)]
    ws += words("Syfte och mål", 70, 174, size=SMALL)
    # An empty answer: a bare rule over its caption.
    rules.append(_rule(70, 205, 530))
    ws += words("Ev samverkan", 70, 209, size=SMALL)
    ws += words("Husby torg", 72, 230, size=BODY)
    rules.append(_rule(70, 242, 530))
    ws += words("Plats", 70, 246, size=SMALL)
    return Page(1, 595.0, 842.0, ws, rules)


def test_captions_under_ruled_answers_name_the_answers_above_them():
    pairs = [(label, text) for label, text, _ in summary(lay([_caption_page()]))]
    assert pairs == [
        ("Namn på insats", "Pollare Husby torg"),
        ("Sökt belopp", "1 200 000 kr"),
        ("Syfte och mål", "Att hindra biltrafik på torget och göra platsen tryggare."),
        ("Ev samverkan", ""),
        ("Plats", "Husby torg"),
    ]


def _lines(page: Page) -> list[Line]:
    from bilagor.extractor.layout.lines import group_lines

    return group_lines(page)


def test_small_labels_over_ruled_answers_stay_where_they_are():
    # The usual layout: a small label over the writing line its answer is typed on, nearer the answer below
    # than the rule above it (the previous answer's).
    ws, rules = list(TITLE), []
    for k, (label, answer) in enumerate((("Namn på insats", "Pollare"), ("Plats", "Husby torg"), ("Telefon", "08-1"))):
        top = 100 + 40 * k
        ws += words(label, 70, top, size=SMALL) + words(answer, 72, top + 10, size=BODY)
        rules.append(_rule(70, top + 22, 530))
    page = Page(1, 595.0, 842.0, ws, rules)
    lines = _lines(page)
    assert lift_captions([page], [lines], BODY, lambda _t: False, DEFAULT_SETTINGS) == ([page], [lines])
    pairs = [(label, text) for label, text, _ in summary(lay([page]))]
    assert ("Plats", "Husby torg") in pairs


def test_an_answer_run_over_a_page_break_keeps_its_caption():
    # Page 1 ends in the head of an answer; its tail and its caption open page 2.
    first, rules1 = list(TITLE), []
    first += words("Husby torg", 72, 100, size=BODY)
    rules1.append(_rule(70, 112, 530))
    first += words("Plats", 70, 116, size=SMALL)
    first += words("Under hösten monterades belysning", 72, 780, size=BODY)
    rules1.append(_rule(70, 792, 530))
    second = words("och konst i gångtunneln.", 72, 60, size=BODY)
    rules2 = [_rule(70, 72, 530)]
    second += words("Genomförande", 70, 76, size=SMALL)
    second += words("Inga avvikelser.", 72, 100, size=BODY)
    rules2.append(_rule(70, 112, 530))
    second += words("Avvikelser", 70, 116, size=SMALL)
    pages = [Page(1, 595.0, 842.0, first, rules1), Page(2, 595.0, 842.0, second, rules2)]
    pairs = [(label, text) for label, text, _ in summary(lay(pages))]
    assert pairs == [
        ("Plats", "Husby torg"),
        ("Genomförande", "Under hösten monterades belysning och konst i gångtunneln."),
        ("Avvikelser", "Inga avvikelser."),
    ]


def test_a_caption_set_well_under_its_rule_is_still_a_caption():
    ws, rules = list(TITLE), []
    for k, (answer, label) in enumerate((("Pollare Husby torg", "Namn på insats"), ("Husby torg", "Plats"))):
        top = 100 + 44 * k
        ws += words(answer, 72, top, size=BODY)
        rules.append(_rule(70, top + 12, 530))
        ws += words(label, 70, top + 20, size=SMALL)  # 8 pt under the rule
    pairs = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws, rules)]))]
    assert pairs == [("Namn på insats", "Pollare Husby torg"), ("Plats", "Husby torg")]


def test_answers_typed_on_rules_through_their_descenders():
    # The rule drawn at the typed baseline, through the descenders (2.5 pt above the words' bottom).
    ws, rules = list(TITLE), []
    for k, (answer, label) in enumerate((("Pollare Husby torg", "Namn på insats"), ("Husby torg", "Plats"))):
        top = 100 + 40 * k
        ws += words(answer, 72, top, size=BODY)
        rules.append(_rule(70, top + BODY - 2.5, 530))
        ws += words(label, 70, top + BODY + 1, size=SMALL)
    pairs = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws, rules)]))]
    assert pairs == [("Namn på insats", "Pollare Husby torg"), ("Plats", "Husby torg")]


def test_small_captions_in_the_corners_of_ruled_cells_stay_over_their_answers():
    # An authority's ruled grid: each cell's caption in its top left corner, a rule (the cell's top edge, the
    # previous cell's bottom) right over it, the answer under it and the cell's bottom edge under the answer.
    ws, rules, top = list(TITLE), [], 100.0
    cells = (("Namn på insats", "Pollare Husby torg"), ("Plats", "Husby torg"), ("Kontaktperson", "Anna Berg"))
    for label, answer in cells:
        rules.append(_rule(70, top, 530))
        ws += words(label, 73, top + 1.5, size=SMALL) + words(answer, 73, top + 12.5, size=BODY)
        top += 12.5 + BODY + 2
    rules.append(_rule(70, top, 530))
    pairs = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws, rules)]))]
    assert pairs == list(cells)
