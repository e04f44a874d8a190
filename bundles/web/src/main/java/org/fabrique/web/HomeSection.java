package org.fabrique.web;

import org.fabrique.core.Language;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a section a module adds to the home page ({@code /}) while it is installed,
 * for example "this week" from the agenda. The home page shows every registered section, by
 * {@link #order()}, after the list of installed modules.
 *
 * <p>Register an implementation as an OSGi service under this interface. Render the fragment with
 * {@link PageRenderer#fragment(Page, Language)} so that it is escaped like every other page.
 */
@ConsumerType
public interface HomeSection {

    /** Short id, unique on the home page; by convention the module id (e.g. {@code agenda}). */
    String id();

    /** Smaller first. Modules use multiples of 10 so that others can slot in between. */
    int order();

    /** The section's heading, plain text (it is escaped). */
    String title(Language language);

    /**
     * The section's body: an HTML fragment, inserted as it is (not escaped). No {@code <h1>} or
     * {@code <h2>}: the home page gives the section its {@code <h2>} from {@link #title(Language)}.
     */
    String html(Language language);
}
