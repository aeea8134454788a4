# RBPDF (the Ruby port of TCPDF): draws the generator's rows (P, R, T; y down from the top) on A4 pages.
require "rbpdf"
pdf = RBPDF.new("P", "pt", "A4", true, "UTF-8")
pdf.set_print_header(false); pdf.set_print_footer(false)
pdf.set_auto_page_break(false); pdf.set_margins(0, 0, 0)
pdf.set_creator("rbpdf"); pdf.set_line_width(0.5)
File.foreach(ARGV[0], encoding: "UTF-8") do |row|
  c = row.chomp.split("\t", 8)
  case c[0]
  when "P" then pdf.add_page
  when "R"
    x0, y0, x1, y1 = c[1..4].map(&:to_f)
    style = ""
    if c[5] != "-" then v = c[5].to_i; pdf.set_fill_color(v, v, v); style = "F" end
    style += "D" if c[6] == "1"
    if x0 == x1 || y0 == y1 then pdf.line(x0, y0, x1, y1)
    elsif c[7].to_f > 0 then pdf.rounded_rect(x0, y0, x1 - x0, y1 - y0, c[7].to_f, "1111", style)
    else pdf.rect(x0, y0, x1 - x0, y1 - y0, style) end
  when "T"
    size = c[3].to_f
    pdf.set_font("helvetica", c[4] == "1" ? "B" : "", size)
    v = c[5].to_i; pdf.set_text_color(v, v, v)
    pdf.text(c[1].to_f, c[2].to_f - size * 0.93, c[6])
  end
end
pdf.output(ARGV[1], "F")
