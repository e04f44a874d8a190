package org.fabrique.newsletter.internal;

import java.util.List;

/** What an editor writes: the list, subject, Markdown body, the section ids and their period (yyyy-mm-dd). */
public record LetterDraft(Long listId, String subject, String body, List<String> sections, String from, String to) {
}
