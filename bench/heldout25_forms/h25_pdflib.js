// The twentieth generator's pdf-lib driver: draws h25_layout.ops pages (UTF-8 text) with pdf-lib under Node.
// H25_NODE=<node_modules> node h25_pdflib.js OPS OUT FACE: FACE 0 standard Helvetica (WinAnsi), 1 Liberation Sans
// embedded as a subset through fontkit.
const fs = require("fs");
const path = require("path");
const modules = process.env.H25_NODE;
const { PDFDocument, StandardFonts, grayscale } = require(path.join(modules, "pdf-lib"));
const fontkit = require(path.join(modules, "@pdf-lib/fontkit"));

async function main() {
  const [ops, out, face] = process.argv.slice(2);
  const doc = await PDFDocument.create();
  doc.setCreator("e-tjänsten Ansökan och redovisning");
  doc.setProducer("pdf-lib (https://github.com/Hopding/pdf-lib)");
  let fonts;
  if (face === "1") {
    doc.registerFontkit(fontkit);
    const dir = "/usr/share/fonts/truetype/liberation/";
    const load = (name) => doc.embedFont(fs.readFileSync(dir + name), { subset: true });
    fonts = await Promise.all(["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"].map(load));
  } else {
    fonts = await Promise.all([StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.HelveticaOblique].map((f) => doc.embedFont(f)));
  }
  let page = null;
  let height = 842;
  for (const line of fs.readFileSync(ops, "utf-8").split("\n")) {
    const f = line.split("\t");
    if (f[0] === "P") {
      height = parseFloat(f[2]);
      page = doc.addPage([parseFloat(f[1]), height]);
    } else if (f[0] === "B") {
      const [x0, y0, x1, y1, fill] = f.slice(1, 6).map(parseFloat);
      const stroke = f[6] !== "0";
      if (x0 === x1 || y0 === y1) {
        page.drawLine({ start: { x: x0, y: height - y0 }, end: { x: x1, y: height - y1 }, thickness: 0.5, color: grayscale(0) });
        continue;
      }
      const box = { x: x0, y: height - y1, width: x1 - x0, height: y1 - y0 };
      if (fill >= 0) box.color = grayscale(fill);
      if (stroke) { box.borderColor = grayscale(0); box.borderWidth = 0.5; }
      page.drawRectangle(box);
    } else if (f[0] === "T" && f.length >= 7) {
      const [x, y, size, style, grey] = f.slice(1, 6).map(parseFloat);
      page.drawText(f.slice(6).join("\t"), { x, y: height - y, size, font: fonts[style], color: grayscale(grey) });
    }
  }
  fs.writeFileSync(out, await doc.save({ useObjectStreams: face === "1" }));
}

main().catch((e) => { console.error(e); process.exit(1); });
