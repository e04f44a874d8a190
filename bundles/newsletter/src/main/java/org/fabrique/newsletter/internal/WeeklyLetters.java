package org.fabrique.newsletter.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fabrique.core.Conflict;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly agenda letter, assembled by itself each week from the section {@code weeklySection}
 * (the agenda's "this week") as a draft for the editor, or sent at once if so configured. Without
 * that section (the agenda is not installed) nothing is assembled, which the log and the editor's
 * page say. Each week's letter has a unique key, so that several nodes assemble it once.
 */
@Component(service = WeeklyLetters.class, immediate = true, configurationPid = NewsletterConfig.PID)
public class WeeklyLetters {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyLetters.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH);

    /** What an assembly did. */
    public enum Outcome { ASSEMBLED, SENT, ALREADY_THERE, NO_SECTION, NO_LIST }

    private final Letters letters;
    private final MailingLists lists;
    private final LetterSections sections;
    private final Jdbc jdbc;
    private final String section;
    private final String listSlug;
    private final DayOfWeek day;
    private final int hour;
    private final boolean autoSend;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    @Activate
    public WeeklyLetters(@Reference Letters letters, @Reference MailingLists lists, @Reference LetterSections sections,
            @Reference NewsletterStorage storage, NewsletterConfig config) {
        this(letters, lists, sections, storage.jdbc(), config, Clock.systemUTC(), true);
    }

    WeeklyLetters(Letters letters, MailingLists lists, LetterSections sections, Jdbc jdbc, NewsletterConfig config,
            Clock clock, boolean schedule) {
        this.letters = letters;
        this.lists = lists;
        this.sections = sections;
        this.jdbc = jdbc;
        this.section = config.weeklySection();
        this.listSlug = config.weeklyList();
        this.day = DayOfWeek.valueOf(config.weeklyDay().trim().toUpperCase(Locale.ROOT));
        this.hour = config.weeklyHour();
        this.autoSend = config.weeklyAutoSend();
        this.clock = clock;
        this.timer = schedule ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fabrique-newsletter-weekly");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (timer != null) {
            timer.scheduleWithFixedDelay(this::assembleIfDue, 1, 10, TimeUnit.MINUTES);
        }
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The id of the section the weekly letter is built from. */
    public String sectionId() {
        return section;
    }

    /** False while no installed module offers the weekly section. */
    public boolean sectionInstalled() {
        return sections.find(section).isPresent();
    }

    /** The first day of the current weekly period (Europe/Paris). */
    public LocalDate currentWeek() {
        return LocalDate.now(clock.withZone(Letters.PARIS)).with(TemporalAdjusters.previousOrSame(day));
    }

    void assembleIfDue() {
        try {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(Letters.PARIS));
            if (now.getDayOfWeek() == day && now.getHour() >= hour || !now.toLocalDate().equals(currentWeek())) {
                assemble(currentWeek());
            }
        } catch (RuntimeException e) {
            LOG.error("The weekly letter could not be assembled", e);
        }
    }

    /** Assembles the letter of the week starting on {@code from}, once. */
    public Outcome assemble(LocalDate from) {
        if (!sectionInstalled()) {
            LOG.info("Weekly letter of {} not assembled: no installed module offers the section {}", from, section);
            return Outcome.NO_SECTION;
        }
        Optional<MailingList> list = lists.bySlug(listSlug);
        if (list.isEmpty()) {
            LOG.warn("Weekly letter not assembled: no list {}", listSlug);
            return Outcome.NO_LIST;
        }
        String key = "weekly-" + from;
        if (jdbc.count("SELECT COUNT(*) FROM newsletter_letter WHERE auto_key = ?", key) > 0) {
            return Outcome.ALREADY_THERE;
        }
        LocalDate to = from.plusDays(6);
        Letter letter = letters.create(new LetterDraft(list.get().id(), "L'agenda de la semaine du " + DAY.format(from)
                + " au " + DAY.format(to), "Voici les rendez-vous de la semaine à la Fabrique et chez ses structures.",
                List.of(section), from.toString(), to.toString()), 0);
        try {
            jdbc.update("UPDATE newsletter_letter SET auto_key = ? WHERE id = ?", key, letter.id());
        } catch (Jdbc.StorageFailure e) {
            // Another node assembled this week's letter a moment before: keep theirs.
            jdbc.update("DELETE FROM newsletter_letter WHERE id = ?", letter.id());
            return Outcome.ALREADY_THERE;
        }
        LOG.info("Weekly letter {} assembled for the week of {}", letter.id(), from);
        if (autoSend) {
            try {
                letters.send(letter.id());
                return Outcome.SENT;
            } catch (Conflict e) {
                return Outcome.ALREADY_THERE;
            }
        }
        return Outcome.ASSEMBLED;
    }
}
