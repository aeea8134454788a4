// The twentieth generator's PDFKit driver (Node): a form given as JSON laid out by PDFKit's own text flow.
// H25_NODE=<node_modules> node h25_pdfkit.js FORM.json OUT
// The short fields a grid of pairs, three (or two) cells a row, each cell a small grey label over its value between
// thin rules; every other section a row whose label stands right-aligned in a left column against a vertical rule,
// its answer flowing to the right of the rule and on over page breaks (the rule drawn again on the next page).
const fs = require("fs");
const path = require("path");
const PDFDocument = require(path.join(process.env.H25_NODE, "pdfkit"));

const form = JSON.parse(fs.readFileSync(process.argv[2], "utf-8"));
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 64, left: 58, right: 58 }, bufferPages: true,
  info: { Title: form.title, Creator: "Stadsdelsförvaltningens dokumentmallar" } });
doc.pipe(fs.createWriteStream(process.argv[3]));
const dir = "/usr/share/fonts/truetype/" + form.face + "/";
doc.registerFont("R", dir + form.regular);
doc.registerFont("B", dir + form.bold);
const left = doc.page.margins.left;
const right = doc.page.width - doc.page.margins.right;
const width = right - left;
const size = form.size;
let pageNo = 0;
doc.on("pageAdded", () => { pageNo += 1; });

doc.font("B").fontSize(size + 3.5).text(form.title, left, doc.page.margins.top, { width });
doc.moveDown(0.8);

// the grid of pairs
const per = form.per_row;
const cell = width / per;
for (let start = 0; start < form.grid.length; start += per) {
  const row = form.grid.slice(start, start + per);
  const heights = row.map((s) => doc.font("B").fontSize(size - 2).heightOfString(s.label, { width: cell - 8 })
    + doc.font("R").fontSize(size).heightOfString(s.lines.join("\n") || " ", { width: cell - 8 }));
  const h = Math.max(...heights) + 10;
  if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  row.forEach((s, k) => {
    const x = left + k * cell;
    doc.font("B").fontSize(size - 2).fillColor("#555555").text(s.label, x + 4, top + 3, { width: cell - 8 });
    doc.font("R").fontSize(size).fillColor("black").text(s.lines.join("\n") || " ", x + 4, doc.y + 1, { width: cell - 8 });
    if (k) doc.moveTo(x, top).lineTo(x, top + h).lineWidth(0.4).stroke();
  });
  doc.moveTo(left, top).lineTo(right, top).lineWidth(0.4).stroke();
  doc.moveTo(left, top + h).lineTo(right, top + h).lineWidth(0.4).stroke();
  doc.y = top + h;
}
doc.moveDown(1);

// the rows: label right-aligned against the rule, the answer right of it
const labelW = form.label_width;
const ruleX = left + labelW + 6;
for (const s of form.rows) {
  const labelH = doc.font("B").fontSize(size).heightOfString(s.label, { width: labelW });
  if (doc.y + Math.max(labelH, size * 3) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  let top = doc.y;
  let page = pageNo;
  doc.font("B").fontSize(size).text(s.label, left, top, { width: labelW, align: "right" });
  const labelEnd = doc.y;
  doc.font("R").fontSize(size).text(s.lines.join("\n") || " ", ruleX + 8, top, { width: right - ruleX - 8, paragraphGap: 3 });
  if (pageNo !== page) top = doc.page.margins.top;  // the answer ran on: the rule again on the new page
  const end = pageNo === page ? Math.max(doc.y, labelEnd) : doc.y;
  doc.moveTo(ruleX, top).lineTo(ruleX, end).lineWidth(0.6).stroke();
  doc.y = end + size * 0.9;
  if (s.stage) {
    doc.font("B").text(s.stage, ruleX + 8, doc.y, { width: right - ruleX - 8 });
    doc.y += size * 0.9;
  }
}

// the running header and the page numbers, on every page once the count is known
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("black");
  doc.text(form.running_header, left, 40, { lineBreak: false });
  doc.text(form.dnr, left, 40, { width, align: "right", lineBreak: false });
  doc.text(form.footer.replace("{n}", i + 1).replace("{total}", range.count), left, doc.page.height - 44,
    { width, align: "right", lineBreak: false });
  doc.page.margins.bottom = bottom;
}
doc.end();
