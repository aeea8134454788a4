/* The nineteenth generator's libharu driver: draws h23_layout.ops pages (cp1252 text) with libharu.
   h24_haru OPS OUT FONT COMPRESS: FONT 0 base-14 Helvetica, 1 Liberation Serif embedded as TrueType. */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fail(HPDF_STATUS code, HPDF_STATUS detail, void *data) {
    (void)data;
    fprintf(stderr, "libharu error %04X (%u)\n", (unsigned)code, (unsigned)detail);
    exit(1);
}

static float field(void) { return (float)atof(strtok(NULL, "\t")); }

int main(int argc, char **argv) {
    if (argc != 5) return 2;
    HPDF_Doc pdf = HPDF_New(fail, NULL);
    if (atoi(argv[4])) HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Blankettservice");
    HPDF_Font regular, bold;
    if (atoi(argv[3]) == 0) {
        regular = HPDF_GetFont(pdf, "Helvetica", "CP1252");
        bold = HPDF_GetFont(pdf, "Helvetica-Bold", "CP1252");
    } else {
        const char *r = HPDF_LoadTTFontFromFile(pdf, "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", HPDF_TRUE);
        const char *b = HPDF_LoadTTFontFromFile(pdf, "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", HPDF_TRUE);
        regular = HPDF_GetFont(pdf, r, "CP1252");
        bold = HPDF_GetFont(pdf, b, "CP1252");
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) return 3;
    static char line[16384];
    HPDF_Page page = NULL;
    float height = 842;
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\r\n")] = 0;
        char *op = strtok(line, "\t");
        if (!op) continue;
        if (op[0] == 'P') {
            page = HPDF_AddPage(pdf);
            HPDF_Page_SetWidth(page, field());
            height = field();
            HPDF_Page_SetHeight(page, height);
        } else if (op[0] == 'B') {
            float x0 = field(), y0 = field(), x1 = field(), y1 = field(), fill = field(), stroke = field();
            HPDF_Page_SetLineWidth(page, 0.5);
            if (y0 == y1) { /* a rule */
                HPDF_Page_MoveTo(page, x0, height - y0);
                HPDF_Page_LineTo(page, x1, height - y0);
                HPDF_Page_Stroke(page);
                continue;
            }
            HPDF_Page_Rectangle(page, x0, height - y1, x1 - x0, y1 - y0);
            if (fill >= 0) {
                HPDF_Page_SetGrayFill(page, fill);
                if (stroke > 0) HPDF_Page_FillStroke(page); else HPDF_Page_Fill(page);
                HPDF_Page_SetGrayFill(page, 0);
            } else if (stroke > 0) {
                HPDF_Page_Stroke(page);
            } else {
                HPDF_Page_EndPath(page);
            }
        } else if (op[0] == 'T') {
            float x = field(), y = field(), size = field(), heavy = field(), grey = field();
            char *text = strtok(NULL, "");
            if (!text) continue;
            HPDF_Page_SetGrayFill(page, grey);
            HPDF_Page_BeginText(page);
            HPDF_Page_SetFontAndSize(page, heavy > 0 ? bold : regular, size);
            HPDF_Page_TextOut(page, x, height - y, text);
            HPDF_Page_EndText(page);
            HPDF_Page_SetGrayFill(page, 0);
        }
    }
    fclose(in);
    return HPDF_SaveToFile(pdf, argv[2]) == HPDF_OK ? 0 : 4;
}
