package org.fabrique.agenda.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.fabrique.agenda.Occurrence;
import org.fabrique.core.Language;

/**
 * The week on A4 pages, day by day, for venues to pin up: written with PDFBox and the standard
 * Helvetica fonts (WinAnsi covers French; a character it lacks prints as "?").
 */
final class ProgrammePdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final PDFont REGULAR = PDType1Font.HELVETICA;
    private static final PDFont BOLD = PDType1Font.HELVETICA_BOLD;

    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    private ProgrammePdf() {
    }

    static byte[] of(String heading, List<Agenda.Day> days, String site) {
        ProgrammePdf pdf = new ProgrammePdf();
        try {
            pdf.newPage();
            pdf.line(BOLD, 18, heading, 0);
            pdf.line(REGULAR, 10, "Agenda partagé de la Fabrique de la Transition — " + site, 0);
            pdf.y -= 8;
            for (Agenda.Day day : days) {
                pdf.y -= 6;
                pdf.line(BOLD, 13, capitalised(day.label()), 0);
                if (day.occurrences().isEmpty()) {
                    pdf.line(REGULAR, 10, "Rien de prévu.", 0);
                }
                for (Occurrence o : day.occurrences()) {
                    String time = o.event().allDay() ? "Journée" : FrenchDates.time(o.startsAt(), Language.FR);
                    String where = Views.where(o.event(), o.venue());
                    String status = Views.status(o.event().status(), Language.FR);
                    String price = Views.price(o.event(), Language.FR);
                    pdf.line(BOLD, 10, time + "  " + o.event().title() + (status.isEmpty() ? "" : " (" + status + ")"), 0);
                    if (!where.isEmpty() || !price.isEmpty()) {
                        pdf.line(REGULAR, 9, where + (where.isEmpty() || price.isEmpty() ? "" : " · ") + price, 14);
                    }
                }
            }
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.document.save(out);
            pdf.document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Writes the text, wrapped to the page's width, on as many lines (and pages) as it needs. */
    private void line(PDFont font, float size, String text, float indent) throws IOException {
        for (String part : wrap(font, size, printable(font, text), WIDTH - indent)) {
            if (y - size < MARGIN) {
                newPage();
            }
            y -= size * 1.35f;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN + indent, y);
            page.showText(part);
            page.endText();
        }
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with what the font cannot encode replaced by "?". */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c == '\t' || c == '\n' ? ' ' : c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
