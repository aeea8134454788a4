"""The text-columns tuning generator (tests/fixturegen/textcolumns.py) lays the whole form's body in a
multi-column box, its title outside it, with the drawn number of columns; no browser or TeX needed here."""

from __future__ import annotations

from fixturegen.spec import normalise
from fixturegen.textcolumns import column_spec, columns_html, tex_source, tex_spec


def test_the_body_flows_in_the_drawn_number_of_css_columns() -> None:
    counts = set()
    for index in range(12):
        spec, style = column_spec(index, 2412)
        page = columns_html(spec, style)
        counts.add(style.columns)
        assert f"columns: {style.columns};" in page
        body = page.split('<div class="cols">', 1)[1]
        assert "<h1>" not in body  # the title spans the page above the columns
        for row in spec.rows:
            if row.key is not None:
                assert normalise(row.label).split()[0] in body
    assert counts == {2, 3}


def test_latex_sets_the_fields_in_multicol_or_twocolumn() -> None:
    hows = set()
    for index in range(10):
        spec, options = tex_spec(index, 2412)
        source = tex_source(spec, options)
        hows.add(options["how"])
        if options["how"] == "multicol":
            assert rf"\begin{{multicols}}{{{options['columns']}}}" in source
        else:
            assert "twocolumn]{article}" in source and r"\twocolumn[" in source
    assert hows == {"multicol", "twocolumn"}
