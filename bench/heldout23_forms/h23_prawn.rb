# Set a form (ARGV[0], a JSON file) with Ruby's Prawn into ARGV[1]: Prawn's own text flow and page breaks,
# prawn-table for the label bands and the header table, `repeat` for the running header, `number_pages` for the
# page numbers.
require "json"
require "prawn"
require "prawn/table"

job = JSON.parse(File.read(ARGV[0], encoding: "UTF-8"))
size = job["size"]
Prawn::Document.generate(ARGV[1], page_size: "A4", margin: [72, 56, 62, 56],
                         info: { Title: job["title"], Creator: "Prawn" }) do |pdf|
  pdf.font_families.update("Body" => { normal: job["font"], bold: job["bold_font"] })
  pdf.font "Body"
  pdf.font_size size
  pdf.repeat(:all) do
    pdf.draw_text job["header"], at: [0, pdf.bounds.top + 30], size: 8
    pdf.text_box job["dnr"], at: [0, pdf.bounds.top + 38], width: pdf.bounds.width, align: :right, size: 8
  end
  pdf.text job["title"], size: size + 3.5, style: :bold, leading: 2
  pdf.move_down size
  band = { background_color: job["band"], text_color: "FFFFFF", font_style: :bold, borders: [], padding: [3, 5] }
  unless job["grid"].empty?
    rows = []
    per_row = job["per_row"]
    job["grid"].each_slice(per_row) do |slice|
      rows << slice.map { |s| { content: s["label"], background_color: "DDDDDD", font_style: :bold } } + [""] * (per_row - slice.size)
      rows << slice.map { |s| s["text"] } + [""] * (per_row - slice.size)
    end
    widths = [pdf.bounds.width / per_row] * per_row  # equal columns: Prawn would narrow a column of short words
    pdf.table(rows, column_widths: widths, cell_style: { size: size, padding: [3, 4], border_width: 0.5 })
    pdf.move_down size
  end
  job["sections"].each do |section|
    if job["bands"]
      pdf.table([[section["label"]]], width: pdf.bounds.width, cell_style: band)
    else
      pdf.text section["label"], style: :bold
      pdf.stroke_horizontal_rule
    end
    pdf.move_down 3
    section["lines"].each_with_index do |line, k|
      pdf.move_down size * 0.3 if k > 0 && !line.start_with?("•")
      pdf.indent(5) { pdf.text line, color: line == job["placeholder"] ? "808080" : "000000" }
    end
    pdf.move_down size
    if section["stage"]
      pdf.indent(5) { pdf.text section["stage"], style: :bold }
      pdf.move_down size * 0.6
    end
  end
  pdf.number_pages job["footer"], at: [0, -18], width: pdf.bounds.width, align: :right, size: 8
end
