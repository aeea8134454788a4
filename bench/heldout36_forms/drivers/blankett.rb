# Origami (Ruby, Debian's ruby-origami): draws the generator's rows (P, R, C, T; y down from the top) as PDF pages.
# Origami's standard Helvetica fonts are MacRoman-encoded, so each line is given to it in MacRoman.
require "origami"
include Origami

pdf = PDF.new
page = nil
h = 842.0
fonts = nil
File.foreach(ARGV[0], encoding: "UTF-8") do |row|
  c = row.chomp.split("\t", 8)
  case c[0]
  when "P"
    w, h = c[1].to_f, c[2].to_f
    page = Page.new.setMediaBox(Rectangle[llx: 0, lly: 0, urx: w, ury: h])
    page.setContents(ContentStream.new.setFilter(:FlateDecode))
    regular = Font::Type1::Standard::Helvetica.new; regular.Encoding = :MacRomanEncoding
    bold = Font::Type1::Standard::HelveticaBold.new; bold.Encoding = :MacRomanEncoding
    page.add_font(regular, :F1); page.add_font(bold, :F2)
    pdf.append_page(page)
  when "R"
    x0, y0, x1, y1 = c[1..4].map(&:to_f)
    fill = c[5] != "-"
    grey = fill ? c[5].to_f / 255 : 0
    attr = { stroke: c[6] == "1", fill: fill, fill_color: Graphics::Color::GrayScale.new(grey), line_width: 0.5 }
    if x0 == x1 || y0 == y1
      page.draw_line([x0, h - y0], [x1, h - y1], line_width: 0.5)
    else
      page.draw_rectangle(x0, h - y1, x1 - x0, y1 - y0, attr)
    end
  when "C"
    x0, y0, x1, y1 = c[1..4].map(&:to_f)
    cx, cy, r = (x0 + x1) / 2, h - (y0 + y1) / 2, (x1 - x0) / 2
    points = (0..24).map { |k| [cx + r * Math.cos(k * Math::PI / 12), cy + r * Math.sin(k * Math::PI / 12)] }
    grey = c[5].to_f / 255
    page.draw_polygon(points, stroke: true, fill: grey < 0.99, fill_color: Graphics::Color::GrayScale.new(grey),
                      line_width: 0.7)
  when "T"
    v = c[5].to_f / 255
    page.write(c[6].encode("macRoman", invalid: :replace, undef: :replace, replace: "-").force_encoding("BINARY"),
               x: c[1].to_f, y: h - c[2].to_f, size: c[3].to_f, font: c[4] == "1" ? :F2 : :F1,
               color: Graphics::Color::GrayScale.new(v))
  end
end
pdf.Catalog.PageMode = :UseNone
pdf.save(ARGV[1], noindent: true)
