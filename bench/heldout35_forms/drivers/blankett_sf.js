// Syncfusion's ej2-pdf-export under Node: draws the generator's rows (P, R, T; y down from the top) on A4 pages.
globalThis.navigator = globalThis.navigator || { userAgent: "node" }; // the library asks the browser's navigator
const fs = require("fs");
const sf = require("@syncfusion/ej2-pdf-export");

const doc = new sf.PdfDocument();
doc.pageSettings.size = new sf.SizeF(595, 842);
doc.pageSettings.margins.all = 0;
const fonts = {};
function font(size, bold) {
  const key = size + (bold ? "b" : "");
  if (!fonts[key]) {
    const style = bold ? sf.PdfFontStyle.Bold : sf.PdfFontStyle.Regular;
    fonts[key] = new sf.PdfStandardFont(sf.PdfFontFamily.Helvetica, size, style);
  }
  return fonts[key];
}
let g = null;
for (const row of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!row) continue;
  const c = row.split("\t");
  if (c[0] === "P") {
    g = doc.pages.add().graphics;
  } else if (c[0] === "R") {
    const [x0, y0, x1, y1] = c.slice(1, 5).map(Number);
    const pen = c[6] === "1" ? new sf.PdfPen(new sf.PdfColor(0, 0, 0), 0.5) : null;
    if (x0 === x1 || y0 === y1) {
      g.drawLine(new sf.PdfPen(new sf.PdfColor(0, 0, 0), 0.5), x0, y0, x1, y1);
    } else {
      const v = Number(c[5]);
      const brush = c[5] === "-" ? null : new sf.PdfSolidBrush(new sf.PdfColor(v, v, v));
      g.drawRectangle(pen, brush, x0, y0, x1 - x0, y1 - y0);
    }
  } else if (c[0] === "T") {
    const size = Number(c[3]);
    const v = Number(c[5]);
    // drawString places the line's top: the baseline less the font's ascent
    g.drawString(c.slice(6).join("\t"), font(size, c[4] === "1"), null,
      new sf.PdfSolidBrush(new sf.PdfColor(v, v, v)), Number(c[1]), Number(c[2]) - size * 0.93, null);
  }
}
doc.save().then((r) => r.blobData.arrayBuffer()).then((b) => fs.writeFileSync(process.argv[3], Buffer.from(b)));
