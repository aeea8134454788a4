// Draw the tab-separated page operations of h23_layout.ops (args[0]) with Apache PDFBox 1.8 into args[1].
// PDFBox puts y up from the foot: flipped here. Its drawString writes Latin-1 bytes, so the bullet goes as
// WinAnsi's 0x95.
import java.awt.Color;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.edit.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

public class H23PdfBox {
    public static void main(String[] args) throws Exception {
        PDDocument doc = new PDDocument();
        doc.getDocumentInformation().setProducer("Apache PDFBox 1.8");
        doc.getDocumentInformation().setCreator("Ärendehanteringssystem");
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8));
        PDPageContentStream cs = null;
        float height = 0;
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("P")) {
                if (cs != null) cs.close();
                PDPage page = new PDPage(new PDRectangle(Float.parseFloat(f[1]), Float.parseFloat(f[2])));
                doc.addPage(page);
                height = Float.parseFloat(f[2]);
                cs = new PDPageContentStream(doc, page);
            } else if (f[0].equals("B")) {
                float x0 = Float.parseFloat(f[1]), y0 = Float.parseFloat(f[2]);
                float x1 = Float.parseFloat(f[3]), y1 = Float.parseFloat(f[4]);
                float fill = Float.parseFloat(f[5]);
                cs.setLineWidth(0.5f);
                if (fill >= 0) {
                    cs.setNonStrokingColor(new Color(fill, fill, fill));
                    cs.fillRect(x0, height - y1, x1 - x0, y1 - y0);
                }
                if (f[6].equals("1")) {
                    cs.setStrokingColor(Color.BLACK);
                    cs.addRect(x0, height - y1, x1 - x0, y1 - y0);
                    cs.stroke();
                }
            } else if (f[0].equals("T")) {
                float size = Float.parseFloat(f[3]), grey = Float.parseFloat(f[5]);
                StringBuilder text = new StringBuilder(f[6]);
                for (int k = 7; k < f.length; k++) text.append('\t').append(f[k]);
                cs.beginText();
                cs.setFont(f[4].equals("1") ? PDType1Font.HELVETICA_BOLD : PDType1Font.HELVETICA, size);
                cs.setNonStrokingColor(new Color(grey, grey, grey));
                cs.moveTextPositionByAmount(Float.parseFloat(f[1]), height - Float.parseFloat(f[2]));
                cs.drawString(text.toString().replace('\u2022', '\u0095'));
                cs.endText();
            }
        }
        if (cs != null) cs.close();
        doc.save(args[1]);
        doc.close();
    }
}
