// @react-pdf/renderer under Node (React without JSX): draws the generator's rows (P, R, C, T; y down from the top),
// every element absolutely placed on its page, the standard Helvetica / Helvetica-Bold fonts. (A page given
// `wrap: false` comes out 0 pt high in renderer 4.9, so the pages keep the default.)
import { readFileSync } from "node:fs";
import React from "react";
import { Document, Page, Text, View, Svg, Circle, renderToFile } from "@react-pdf/renderer";

const h = React.createElement;
const grey = (v) => `rgb(${v},${v},${v})`;
const pages = [];
let current = null;
for (const row of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!row) continue;
  const c = row.split("\t");
  if (c[0] === "P") {
    current = { size: [Number(c[1]), Number(c[2])], items: [] };
    pages.push(current);
  } else if (c[0] === "R") {
    const [x0, y0, x1, y1] = c.slice(1, 5).map(Number);
    const style = { position: "absolute", left: x0, top: y0 };
    if (y0 === y1) Object.assign(style, { width: x1 - x0, height: 0, borderTopWidth: 0.5, borderTopColor: "black" });
    else if (x0 === x1) Object.assign(style, { width: 0, height: y1 - y0, borderLeftWidth: 0.5, borderLeftColor: "black" });
    else {
      Object.assign(style, { width: x1 - x0, height: y1 - y0 });
      if (c[5] !== "-") style.backgroundColor = grey(Number(c[5]));
      if (c[6] === "1") Object.assign(style, { borderWidth: 0.5, borderColor: "black" });
    }
    current.items.push(h(View, { style, key: current.items.length }));
  } else if (c[0] === "C") {
    const [x0, y0, x1, y1] = c.slice(1, 5).map(Number);
    const r = (x1 - x0) / 2;
    current.items.push(h(Svg, { key: current.items.length, width: 2 * r + 2, height: 2 * r + 2,
      style: { position: "absolute", left: x0 - 1, top: y0 - 1 } },
      h(Circle, { cx: r + 1, cy: r + 1, r, stroke: "black", strokeWidth: 0.7, fill: grey(Number(c[5])) })));
  } else if (c[0] === "T") {
    const size = Number(c[3]);
    const style = { position: "absolute", left: Number(c[1]), top: Number(c[2]) - size * 0.93, width: 1200,
      fontSize: size, lineHeight: 1.15, fontFamily: c[4] === "1" ? "Helvetica-Bold" : "Helvetica",
      color: grey(Number(c[5])) };
    current.items.push(h(Text, { style, key: current.items.length }, c.slice(6).join("\t")));
  }
}
const doc = h(Document, { producer: "react-pdf", creator: "react-pdf" },
  pages.map((p, k) => h(Page, { size: p.size, key: k }, p.items)));
await renderToFile(doc, process.argv[3]);
