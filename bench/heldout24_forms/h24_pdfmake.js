// The nineteenth generator's pdfmake driver: a document definition written by h24_producers.py (JSON), its running
// header and footer added here (functions cannot travel in JSON), printed by pdfmake's PdfPrinter under Node.
//   H24_PDFMAKE=.../node_modules/pdfmake node h24_pdfmake.js DEF.json OUT.pdf
const fs = require("fs");
const PdfPrinter = require(process.env.H24_PDFMAKE);

const def = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const furniture = def.furniture;
delete def.furniture;
const printer = new PdfPrinter(def.fonts);
delete def.fonts;
def.header = () => ({
  columns: [{ text: furniture.left }, { text: furniture.dnr, alignment: "right" }],
  margin: [56, 34, 56, 0],
  fontSize: 8.5,
});
def.footer = (page, pages) => ({
  text: furniture.footer.replace("{n}", page).replace("{total}", pages),
  alignment: "right",
  margin: [56, 12, 56, 0],
  fontSize: 8.5,
});
const doc = printer.createPdfKitDocument(def);
const out = fs.createWriteStream(process.argv[3]);
doc.pipe(out);
doc.end();
out.on("finish", () => process.exit(0));
