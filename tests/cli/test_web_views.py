"""Pure pieces of `bilagor serve`: the SVG chart, marked text, links, pager, amount anchors."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factories import make_report

from bilagor.cli.web.chart import Bar, bar_chart_svg
from bilagor.cli.web.views import amount_index, link, marked_html, page_numbers, spans_html
from bilagor.index.reports.amounts import DetailRow

SVG = "{http://www.w3.org/2000/svg}"


def test_chart_is_valid_svg_with_two_bars_per_group_scaled_to_the_largest():
    svg = bar_chart_svg([Bar("2018", 5_000_000, 2_600_000), Bar('<Bromma & "co">', None, 10_000_000)])
    root = ET.fromstring(svg)  # escaped names keep it well-formed
    widths = {r.get("class"): [] for r in root.iter(f"{SVG}rect") if r.get("class")}
    for rect in root.iter(f"{SVG}rect"):
        if rect.get("class"):
            widths[rect.get("class")].append(int(rect.get("width")))
    assert widths["bar-budget"][1] == 0  # no budget figure: no bar, and "–" rather than "0 kr"
    assert widths["bar-utfall"][1] == max(widths["bar-budget"] + widths["bar-utfall"])
    assert widths["bar-budget"][0] == round(widths["bar-utfall"][1] * 0.5)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "5,0 mnkr" in texts and "–" in texts and '<Bromma & "co">' in texts
    assert "Inga belopp." in bar_chart_svg([])


def test_marked_text_is_escaped_html():
    html = marked_html("a <b> **kamera** & **polis**", "**", "**")
    assert str(html) == "a &lt;b&gt; <mark>kamera</mark> &amp; <mark>polis</mark>"
    assert str(spans_html("x<y kamera", [(4, 10)])) == "x&lt;y <mark>kamera</mark>"


def test_links_keep_parameters_and_drop_empty_ones():
    assert (
        link("/search", {"q": "kamera övervakning", "year": None, "org": ""}, page=2)
        == "/search?q=kamera+%C3%B6vervakning&page=2"
    )
    assert link("/amounts") == "/amounts"


def test_pager_numbers():
    assert page_numbers(1, 1) == [1]
    assert page_numbers(5, 20) == [1, None, 3, 4, 5, 6, 7, None, 20]
    assert page_numbers(2, 4) == [1, 2, 3, 4]


def test_amount_index_finds_the_summary_rows_amount():
    report = make_report("anchors")
    outcome, budget = report.amounts
    row = DetailRow(
        report.id,
        report.filename,
        report.project,
        2018,
        ("2018",),
        budget.section,
        budget.role,
        budget.sek,
        budget.approx,
        budget.text,
        budget.sentence,
        "budget",
        page=budget.page,
    )
    assert amount_index(report.amounts, row) == 1
    assert amount_index(report.amounts[:1], row) is None


def test_chart_labels_show_a_project_name_whole_and_cut_only_a_very_long_one():
    # Cut at 32 characters, the projects of one search read "Kameraövervakning Blackebergs c…".
    whole = "Kameraövervakning Stieg Trenters torg (Kungsholmen)"
    very_long = "Trygghetsbelysning längs gångvägen mellan Husby torg och tunnelbanans uppgång (Järva)"
    root = ET.fromstring(bar_chart_svg([Bar(whole, 2_200_000, 600_000), Bar(very_long, 1_000_000, None)]))
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "end"]
    assert labels[0] == whole
    assert labels[1].endswith("…") and very_long.startswith(labels[1][:-1]) and len(labels[1]) == 60
    bar_x = {int(r.get("x")) for r in root.iter(f"{SVG}rect") if r.get("class")}
    assert bar_x == {60 * 7 + 12}  # the bars start after the longest label, for every group
    short = ET.fromstring(bar_chart_svg([Bar("2018", 1, 1)]))
    assert {int(r.get("x")) for r in short.iter(f"{SVG}rect") if r.get("class")} == {220}  # years keep 220 px
