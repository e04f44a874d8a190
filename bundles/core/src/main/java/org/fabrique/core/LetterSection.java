package org.fabrique.core;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a section a module offers to the letters the newsletter assembles, for example
 * "this week's agenda" from the agenda, later the fund's campaigns or the library's new resources.
 *
 * <p>Register an implementation as an OSGi service under this interface. The newsletter tracks every
 * registered section, lets the editor pick them, and renders their items itself (HTML and plain text),
 * so a section gives data, not markup. A module that is not installed simply offers no section.
 */
@ConsumerType
public interface LetterSection {

    /** Stable id, stored in letters that use the section; by convention {@code <module>.<what>}, e.g. {@code agenda.week}. */
    String id();

    /** Smaller first when a letter holds several sections. Modules use multiples of 10. */
    int order();

    /** The section's heading in a letter, plain text, e.g. "L'agenda de la semaine". */
    String title(Language language);

    /**
     * What the section has to say about the days from {@code from} to {@code to} (both included,
     * Europe/Paris dates), most important first. An empty list leaves the section out of the letter.
     */
    List<LetterItem> items(LocalDate from, LocalDate to, Language language);
}
