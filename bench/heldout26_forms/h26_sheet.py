"""The twenty-first generator's workbook writer, run by its own Python (`.venv/h26-tools`, openpyxl): the form as
an A4 landscape sheet for Gnumeric's ssconvert to print (h26_producers.gnumeric).

    python h26_sheet.py FORM.json OUT.xlsx
"""

import json
import sys

from openpyxl import Workbook  # type: ignore[import-not-found]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-not-found]


def main(source: str, target: str) -> None:
    data = json.loads(open(source, encoding="utf-8").read())
    book = Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    size = data["size"]
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, width in zip("ABC", data["widths"]):
        sheet.column_dimensions[column].width = width / 5.6  # points to character widths
    sheet.append([data["title"]])
    sheet.merge_cells("A1:C1")
    sheet["A1"].font = Font(name="Arial", size=size + 4, bold=True)
    sheet.row_dimensions[1].height = (size + 4) * 2.0
    sheet.append(data["head"])
    for cell in sheet[2]:
        cell.font = Font(name="Arial", size=size, bold=True)
        cell.fill = PatternFill("solid", fgColor="BFBFBF")
        cell.border = grid
    band = PatternFill("solid", fgColor=data["shade"])
    for row in data["rows"]:
        sheet.append([row["a"] or None, row["b"] or None, None])
        number = sheet.max_row
        sheet.row_dimensions[number].height = size * 1.45
        for column, cell in zip("ABC", sheet[number]):
            bold = column == "A" or (column == "B" and row.get("bold_b", False))
            cell.font = Font(name="Arial", size=size, bold=bold)
            cell.alignment = Alignment(vertical="top", wrap_text=False)
            cell.border = Border(left=thin, right=thin)
            if row["band"]:
                cell.fill = band
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "2:2"
    sheet.page_margins.left = sheet.page_margins.right = 0.6
    sheet.oddHeader.left.text = data["running_header"]
    sheet.oddHeader.right.text = data["dnr"]
    sheet.oddFooter.right.text = data["footer"]
    book.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
