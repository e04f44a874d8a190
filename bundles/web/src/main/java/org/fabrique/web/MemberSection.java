package org.fabrique.web;

import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a section a module adds to the member space ({@code /me}) while it is installed,
 * for example the newsletter's "my subscriptions". The member space shows every registered section,
 * by {@link #order()}, after the person's consents.
 *
 * <p>Register an implementation as an OSGi service under this interface. Render the fragment with
 * {@link PageRenderer#fragment(Page, Language)}; forms that change something belong on the module's
 * own pages (which have the visitor's CSRF token), so link to them.
 *
 * @since 1.2.0
 */
@ConsumerType
public interface MemberSection {

    /** Short id, unique in the member space; by convention the module id (e.g. {@code newsletter}). */
    String id();

    /** Smaller first. Modules use multiples of 10. */
    int order();

    /** The section's heading, plain text (it is escaped). */
    String title(Language language);

    /** The section's body for this person: an HTML fragment inserted as it is, without {@code <h1>} or {@code <h2>}. */
    String html(Caller caller, Language language);
}
