package org.fabrique.core;

/**
 * One entry of a {@link LetterSection}, as plain text (the newsletter escapes it).
 *
 * @param title    what it is, e.g. the event's title; required
 * @param when     when, already formatted for the reader, e.g. "mardi 8 décembre, 20 h 30"; may be null
 * @param where    where, e.g. the venue and its neighbourhood; may be null
 * @param summary  one or two sentences; may be null
 * @param link     a path on the site starting with {@code /} (the newsletter makes it absolute), or an absolute https URL; may be null
 * @param imageUrl an absolute image URL; may be null
 * @param imageAlt the image's text alternative, required when there is an image
 */
public record LetterItem(String title, String when, String where, String summary, String link, String imageUrl,
        String imageAlt) {

    public LetterItem {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A letter item needs a title");
        }
        if (imageUrl != null && (imageAlt == null || imageAlt.isBlank())) {
            throw new IllegalArgumentException("An image in a letter needs a text alternative");
        }
    }

    /** An item with a title, when, where and a link, and nothing else. */
    public static LetterItem of(String title, String when, String where, String link) {
        return new LetterItem(title, when, where, null, link, null, null);
    }
}
