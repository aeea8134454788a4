// Draw the tab-separated page operations of h23_layout.ops (file argv[2]) with jsPDF into argv[3].
// argv[4] "1" compresses the content streams. jsPDF's own coordinates run down from the top, as the operations do.
const fs = require("fs");
const { jsPDF } = require(process.env.H23_JSPDF);
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l) => l);
let doc = null;
for (const line of lines) {
  const f = line.split("\t");
  if (f[0] === "P") {
    const format = [Number(f[1]), Number(f[2])];
    if (doc === null) {
      doc = new jsPDF({ unit: "pt", format, compress: process.argv[4] === "1" });
      doc.setProperties({ title: "Kvittens", creator: "E-tjänst ansökan" });
    } else {
      doc.addPage(format);
    }
  } else if (f[0] === "B") {
    const [x0, y0, x1, y1, fill, stroke] = f.slice(1).map(Number);
    doc.setLineWidth(0.6);
    doc.setDrawColor(90);
    if (fill >= 0) doc.setFillColor(Math.round(fill * 255));
    const style = fill >= 0 ? (stroke ? "FD" : "F") : "S";
    doc.rect(x0, y0, x1 - x0, y1 - y0, style);
  } else if (f[0] === "T") {
    const [x, y, size, bold, grey] = f.slice(1, 6).map(Number);
    doc.setFont("helvetica", bold ? "bold" : "normal");
    doc.setFontSize(size);
    doc.setTextColor(Math.round(grey * 255));
    doc.text(f.slice(6).join("\t"), x, y);
  }
}
fs.writeFileSync(process.argv[3], Buffer.from(doc.output("arraybuffer")));
