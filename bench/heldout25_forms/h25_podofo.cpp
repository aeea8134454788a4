// The twentieth generator's PoDoFo driver: draws h25_layout.ops pages (UTF-8 text) with PoDoFo 0.9's PdfPainter.
// h25_podofo OPS OUT FACE: FACE 0 base-14 Helvetica (WinAnsi), 1 Liberation Sans embedded.
#include <podofo/podofo.h>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace PoDoFo;

static std::vector<std::string> split(const std::string &line) {
    std::vector<std::string> out;
    std::string part;
    std::istringstream in(line);
    for (int k = 0; k < 6 && std::getline(in, part, '\t'); ++k) out.push_back(part);
    std::string rest;
    if (std::getline(in, rest)) out.push_back(rest);  // the text, which may hold tabs
    return out;
}

int main(int argc, char **argv) {
    if (argc != 4) return 2;
    bool liberation = std::atoi(argv[3]) == 1;
    PdfStreamedDocument doc(argv[2]);
    doc.GetInfo()->SetCreator(PdfString("Stadens blankettarkiv"));
    PdfFont *fonts[3];
    if (liberation) {
        fonts[0] = doc.CreateFont("Liberation Sans", false, false);
        fonts[1] = doc.CreateFont("Liberation Sans", true, false);
        fonts[2] = doc.CreateFont("Liberation Sans", false, true);
    } else {  // the base-14 faces by their own names
        fonts[0] = doc.CreateFont("Helvetica", false, false);
        fonts[1] = doc.CreateFont("Helvetica-Bold", false, false);
        fonts[2] = doc.CreateFont("Helvetica-Oblique", false, false);
    }
    std::ifstream in(argv[1]);
    std::string line;
    PdfPainter painter;
    PdfPage *page = nullptr;
    double height = 842;
    while (std::getline(in, line)) {
        std::vector<std::string> f = split(line);
        if (f.empty()) continue;
        if (f[0] == "P") {
            if (page) painter.FinishPage();
            height = std::atof(f[2].c_str());
            page = doc.CreatePage(PdfRect(0, 0, std::atof(f[1].c_str()), height));
            painter.SetPage(page);
            painter.SetStrokeWidth(0.5);
        } else if (f[0] == "B") {
            double x0 = std::atof(f[1].c_str()), y0 = std::atof(f[2].c_str()), x1 = std::atof(f[3].c_str()),
                   y1 = std::atof(f[4].c_str()), fill = std::atof(f[5].c_str());
            bool stroke = std::atoi(f[6].c_str()) != 0;
            if (x0 == x1 || y0 == y1) {  // a rule
                painter.SetStrokingGray(0.0);
                painter.DrawLine(x0, height - y0, x1, height - y1);
                continue;
            }
            painter.Rectangle(x0, height - y1, x1 - x0, y1 - y0);
            if (fill >= 0) {
                painter.SetGray(fill);
                if (stroke) painter.FillAndStroke(); else painter.Fill();
                painter.SetGray(0.0);
            } else if (stroke) {
                painter.Stroke();
            } else {
                painter.EndPath();
            }
        } else if (f[0] == "T" && f.size() >= 7) {
            double x = std::atof(f[1].c_str()), y = std::atof(f[2].c_str()), size = std::atof(f[3].c_str());
            int style = std::atoi(f[4].c_str());
            double grey = std::atof(f[5].c_str());
            PdfFont *font = fonts[style < 0 || style > 2 ? 0 : style];
            font->SetFontSize(static_cast<float>(size));
            painter.SetFont(font);
            painter.SetGray(grey);
            painter.DrawText(x, height - y, PdfString(reinterpret_cast<const pdf_utf8 *>(f[6].c_str())));
            painter.SetGray(0.0);
        }
    }
    if (page) painter.FinishPage();
    doc.Close();
    return 0;
}
