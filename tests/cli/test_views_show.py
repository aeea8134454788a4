from rich.console import Console

from bilagor.cli.views.show import print_report
from bilagor.extractor.record import Section
from factories import make_report


def render(report) -> str:
    console = Console(record=True, width=200, highlight=False)
    print_report(report, console)
    return console.export_text()


def test_amounts_are_shown_the_swedish_way():
    text = render(make_report())
    assert "2,6 mnkr" in text and "5,0 mnkr" in text
    assert "2 6 mnkr" not in text


def test_bracketed_text_is_printed_literally():
    report = make_report(sections=[Section("slutresultat", "Resultat [/b]", "Se bilaga [/x] och [bold]", 1)])
    text = render(report)
    assert "Se bilaga [/x] och [bold]" in text and "Resultat [/b]" in text
