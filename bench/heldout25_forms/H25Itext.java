// The twentieth generator's iText 5 driver: draws h25_layout.ops pages (UTF-8 text) on a PdfContentByte.
// java -cp itext5.jar H25Itext.java OPS OUT FACE: FACE 0 base-14 Helvetica (cp1252), 1 Liberation Sans embedded.
import com.itextpdf.text.Document;
import com.itextpdf.text.Rectangle;
import com.itextpdf.text.pdf.BaseFont;
import com.itextpdf.text.pdf.PdfContentByte;
import com.itextpdf.text.pdf.PdfWriter;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

public class H25Itext {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        boolean liberation = args[2].equals("1");
        String dir = "/usr/share/fonts/truetype/liberation/";
        BaseFont[] fonts = liberation
            ? new BaseFont[] {
                BaseFont.createFont(dir + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                BaseFont.createFont(dir + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                BaseFont.createFont(dir + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED)}
            : new BaseFont[] {
                BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED),
                BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED),
                BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.CP1252, BaseFont.NOT_EMBEDDED)};
        Document document = null;
        PdfWriter writer = null;
        PdfContentByte cb = null;
        float height = 842;
        for (String line : lines) {
            String[] f = line.split("\t", 7);
            if (f[0].equals("P")) {
                Rectangle size = new Rectangle(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
                height = size.getHeight();
                if (document == null) {
                    document = new Document(size, 0, 0, 0, 0);
                    writer = PdfWriter.getInstance(document, new FileOutputStream(args[1]));
                    document.addCreator("Ärendesystemet Evolution");
                    document.open();
                } else {
                    document.setPageSize(size);
                    document.newPage();
                }
                cb = writer.getDirectContent();
                writer.setPageEmpty(false);
                cb.setLineWidth(0.5f);
            } else if (f[0].equals("B")) {
                float x0 = Float.parseFloat(f[1]), y0 = Float.parseFloat(f[2]);
                float x1 = Float.parseFloat(f[3]), y1 = Float.parseFloat(f[4]), fill = Float.parseFloat(f[5]);
                boolean stroke = !f[6].equals("0");
                if (x0 == x1 || y0 == y1) {  // a rule
                    cb.moveTo(x0, height - y0);
                    cb.lineTo(x1, height - y1);
                    cb.stroke();
                    continue;
                }
                cb.rectangle(x0, height - y1, x1 - x0, y1 - y0);
                if (fill >= 0) {
                    cb.setGrayFill(fill);
                    if (stroke) cb.fillStroke(); else cb.fill();
                    cb.setGrayFill(0);
                } else if (stroke) {
                    cb.stroke();
                } else {
                    cb.newPath();
                }
            } else if (f[0].equals("T") && f.length == 7) {
                int style = Integer.parseInt(f[4]);
                cb.setGrayFill(Float.parseFloat(f[5]));
                cb.beginText();
                cb.setFontAndSize(fonts[style], Float.parseFloat(f[3]));
                cb.setTextMatrix(Float.parseFloat(f[1]), height - Float.parseFloat(f[2]));
                cb.showText(f[6]);
                cb.endText();
                cb.setGrayFill(0);
            }
        }
        document.close();
    }
}
