package org.fabrique.agenda.internal;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fabrique.agenda.Event;
import org.fabrique.agenda.Occurrence;
import org.fabrique.agenda.Venue;
import org.junit.Test;

public class ProgrammePdfTest {

    private static Occurrence concert(int i) {
        Instant start = Instant.parse("2026-12-08T19:30:00Z");
        Event event = new Event(i, "c" + i + "@x", "Chœur « Voix du Furan » n°" + i + " 🎵", null, null, 1L, null, null,
                Event.Attendance.ON_SITE, start, start.plusSeconds(7200), false, null, List.of(), List.of(), List.of(),
                List.of(), Event.PriceKind.FREE, null, null, null, null, null, List.of(), null, null,
                i == 1 ? Event.Status.CANCELLED : Event.Status.SCHEDULED, "fr", Event.Review.PUBLISHED, null, null, "x", start, start);
        Venue venue = new Venue(1, "Le Fil", null, "Carnot", null, null, List.of(), null, null);
        return new Occurrence(start, start.plusSeconds(7200), event, venue);
    }

    @Test
    public void theWeekPrintsByDayInFrenchOverAsManyPagesAsItNeeds() throws IOException {
        List<Occurrence> many = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            many.add(concert(i));
        }
        List<Agenda.Day> days = List.of(new Agenda.Day(LocalDate.parse("2026-12-07"), "lundi 7 décembre", List.of()),
                new Agenda.Day(LocalDate.parse("2026-12-08"), "mardi 8 décembre", many));
        byte[] pdf = ProgrammePdf.of("Programme de la semaine du lundi 7 décembre au dimanche 13 décembre", days,
                "https://fabrique.example/agenda");
        try (PDDocument document = PDDocument.load(pdf)) {
            assertTrue(String.valueOf(document.getNumberOfPages()), document.getNumberOfPages() >= 2);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text, text.contains("Lundi 7 décembre"));
            assertTrue(text, text.contains("Rien de prévu."));
            assertTrue(text, text.contains("20 h 30  Chœur « Voix du Furan » n°1 ? (Annulé)"));
            assertTrue(text, text.contains("Le Fil (Carnot) · Gratuit"));
            assertTrue(text, text.contains("n°80"));
        }
    }
}
