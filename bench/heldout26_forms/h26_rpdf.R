# The twenty-first generator's R driver: draws h26_layout's drawing operations with R's own pdf() device.
# Rscript h26_rpdf.R OPS OUT.pdf
args <- commandArgs(trailingOnly = TRUE)
ops <- readLines(args[1], encoding = "UTF-8")
pdf(args[2], width = 595 / 72, height = 842 / 72, pointsize = 12, family = "Helvetica",
    encoding = "WinAnsi.enc", title = "Bilaga", onefile = TRUE, useDingbats = FALSE, compress = TRUE)
opened <- FALSE
for (line in ops) {
  f <- strsplit(line, "\t", fixed = TRUE)[[1]]
  kind <- f[1]
  if (kind == "P") {
    w <- as.numeric(f[2]); h <- as.numeric(f[3])
    if (opened) plot.new() else { par(mar = c(0, 0, 0, 0), xaxs = "i", yaxs = "i"); plot.new() }
    opened <- TRUE
    plot.window(xlim = c(0, w), ylim = c(h, 0))
  } else if (kind == "B") {
    v <- as.numeric(f[2:7])
    fill <- if (v[5] < 0) NA else grey(v[5])
    border <- if (v[6] > 0) "black" else NA
    rect(v[1], v[4], v[3], v[2], col = fill, border = border, lwd = 0.6)
  } else if (kind == "L" || kind == "D") {
    v <- as.numeric(f[2:5])
    segments(v[1], v[2], v[3], v[4], lwd = if (kind == "D") 0.8 else 0.6, lty = if (kind == "D") "11" else "solid")
  } else if (kind == "T") {
    v <- as.numeric(f[2:6])
    text(v[1], v[2], enc2native(paste(f[7:length(f)], collapse = "\t")), adj = c(0, 0), cex = v[3] / 12,
         font = if (v[4] > 0) 2 else 1, col = grey(v[5]))
  }
}
invisible(dev.off())
