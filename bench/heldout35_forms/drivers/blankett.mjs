// @libpdf/core: draws the generator's rows (P, R, T; y down from the top) on pages of the size each P row gives.
import { readFileSync, writeFileSync } from "node:fs";
import { PDF, rgb, StandardFonts } from "@libpdf/core";

const pdf = PDF.create();
let page = null;
let h = 841.89;
for (const row of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!row) continue;
  const c = row.split("\t");
  if (c[0] === "P") {
    const w = c.length > 2 ? Number(c[1]) : 595.28;
    h = c.length > 2 ? Number(c[2]) : 841.89;
    page = pdf.addPage({ size: "a4", width: w, height: h });
  } else if (c[0] === "R") {
    const [x0, y0, x1, y1] = c.slice(1, 5).map(Number);
    const stroke = c[6] === "1";
    if (x0 === x1 || y0 === y1) {
      page.drawLine({ start: { x: x0, y: h - y0 }, end: { x: x1, y: h - y1 }, color: rgb(0, 0, 0), thickness: 0.5 });
    } else {
      const grey = c[5] === "-" ? undefined : rgb(c[5] / 255, c[5] / 255, c[5] / 255);
      page.drawRectangle({ x: x0, y: h - y1, width: x1 - x0, height: y1 - y0, color: grey,
        borderColor: stroke ? rgb(0, 0, 0) : undefined, borderWidth: stroke ? 0.5 : 0 });
    }
  } else if (c[0] === "T") {
    const v = Number(c[5]) / 255;
    page.drawText(c.slice(6).join("\t"), { x: Number(c[1]), y: h - Number(c[2]), size: Number(c[3]),
      font: c[4] === "1" ? StandardFonts.HelveticaBold : StandardFonts.Helvetica, color: rgb(v, v, v) });
  }
}
writeFileSync(process.argv[3], await pdf.save());
