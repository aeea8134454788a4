// @peculiar/pdf-doc under Node: draws the generator's rows (P, R, C, T; y down from the top) with the library's own
// content writer, the standard Helvetica / Helvetica-Bold fonts it adds (unembedded), grey fills and strokes.
import { readFileSync, writeFileSync } from "node:fs";
import { PDFDocument, FontComponent } from "@peculiar/pdf-doc";
import { PDFName } from "@peculiar/pdf-core";

const doc = await PDFDocument.create();
const regular = FontComponent.addFont(doc, "Helvetica");
const bold = FontComponent.addFont(doc, "Helvetica-Bold");
// The library leaves a standard font without an /Encoding (StandardEncoding) and writes any line holding a character
// above U+00FF as UTF-8: the fonts get WinAnsi, and the few WinAnsi characters above U+00FF their WinAnsi bytes.
for (const font of [regular, bold]) font.target.set("Encoding", new PDFName("WinAnsiEncoding"));
const WINANSI = { "\u2013": 0x96, "\u2014": 0x97, "\u2022": 0x95, "\u2019": 0x92, "\u201d": 0x94, "\u201c": 0x93, "\u20ac": 0x80 };
const winansi = (text) => [...text].map((ch) => (ch in WINANSI ? String.fromCharCode(WINANSI[ch]) : ch.charCodeAt(0) > 0xff ? "?" : ch)).join("");
let page = null;
for (const row of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!row) continue;
  const c = row.split("\t");
  if (c[0] === "P") {
    page = doc.pages.create({ width: Number(c[1]), height: Number(c[2]) });
  } else if (c[0] === "R" || c[0] === "C") {
    const [x0, y0, x1, y1] = c.slice(1, 5).map(Number);
    const g = page.graphics().lineWidth(0.5);
    if (c[0] === "C") g.circle((x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2);
    else if (x0 === x1 || y0 === y1) g.line(x0, y0, x1, y1);
    else g.rect(x0, y0, x1 - x0, y1 - y0);
    if (c[5] !== "-" && !(x0 === x1 || y0 === y1)) g.fillColor(Number(c[5]) / 255).fill();
    if (c[6] === "1" || x0 === x1 || y0 === y1) {
      if (c[0] === "C") g.circle((x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2);
      else if (x0 === x1 || y0 === y1) g.line(x0, y0, x1, y1);
      else g.rect(x0, y0, x1 - x0, y1 - y0);
      g.strokeColor(0).stroke();
    }
  } else if (c[0] === "T") {
    page.text().font(c[4] === "1" ? bold : regular, Number(c[3])).color(Number(c[5]) / 255)
      .move(Number(c[1]), Number(c[2]) - 0.93 * Number(c[3])).show(winansi(c.slice(6).join("\t")));  // move() places the top
  }
}
writeFileSync(process.argv[3], Buffer.from(await doc.save()));
