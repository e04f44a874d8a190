package org.fabrique.newsletter.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fabrique.core.Language;
import org.fabrique.core.LetterItem;
import org.fabrique.core.LetterSection;
import org.fabrique.testing.TestDatabase;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** The weekly letter: not without the agenda's section, once a week with it, sent at once if configured. */
public class WeeklyLettersTest {

    @ClassRule
    public static final TestDatabase db = new TestDatabase("fabrique-newsletter");

    private static NewsletterFixture world;
    private final LetterSection agenda = new LetterSection() {
        @Override
        public String id() {
            return "agenda.week";
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String title(Language language) {
            return "L'agenda de la semaine";
        }

        @Override
        public List<LetterItem> items(LocalDate from, LocalDate to, Language language) {
            return List.of(LetterItem.of("Concert du " + from, "mardi, 20 h", "Le Mixeur", "/agenda/1"));
        }
    };

    @Before
    public void clean() {
        if (world == null) {
            world = new NewsletterFixture(db);
        }
        world.clear();
        world.sections.removeSection(agenda);
        // Thursday 10 December 2026, noon in Paris.
        world.clock.set(Instant.parse("2026-12-10T11:00:00Z"));
    }

    private WeeklyLetters weekly(boolean autoSend) {
        return new WeeklyLetters(world.letters, world.lists, world.sections, world.jdbc,
                NewsletterFixture.config(Map.of("weeklyAutoSend", autoSend)), world.clock, false);
    }

    @Test
    public void withoutTheAgendaNothingIsAssembled() {
        assertEquals(WeeklyLetters.Outcome.NO_SECTION, weekly(false).assemble(weekly(false).currentWeek()));
        assertEquals(0, world.letters.all().size());
    }

    @Test
    public void withTheAgendaOneDraftAWeekForMondayToSunday() {
        world.sections.addSection(agenda);
        WeeklyLetters weekly = weekly(false);
        assertEquals(LocalDate.parse("2026-12-07"), weekly.currentWeek());
        assertEquals(WeeklyLetters.Outcome.ASSEMBLED, weekly.assemble(weekly.currentWeek()));
        assertEquals(WeeklyLetters.Outcome.ALREADY_THERE, weekly.assemble(weekly.currentWeek()));
        Letter letter = world.letters.all().get(0);
        assertEquals(Letter.DRAFT, letter.status());
        assertEquals(List.of("agenda.week"), letter.sections());
        assertEquals(LocalDate.parse("2026-12-13"), letter.to());
        assertEquals("L'agenda de la semaine du 7 décembre au 13 décembre", letter.subject());
        String text = world.letters.preview(letter).text();
        assertEquals(true, text.contains("Concert du 2026-12-07") && text.contains("https://fabrique.example/agenda/1"));
    }

    @Test
    public void configuredToSendItGoesOutAtOnce() {
        world.sections.addSection(agenda);
        world.subscribers(world.weekly(), 2);
        assertEquals(WeeklyLetters.Outcome.SENT, weekly(true).assemble(LocalDate.parse("2026-12-07")));
        assertEquals(2, world.queue.counts(world.letters.all().get(0).id()).queued());
    }
}
