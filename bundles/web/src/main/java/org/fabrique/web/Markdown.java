package org.fabrique.web;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Markdown written by members (event descriptions, letters, news), turned into safe HTML or plain
 * text. Raw HTML in the source is escaped, never passed through, and links keep only the
 * {@code http}, {@code https} and {@code mailto} schemes, so the result can be inserted into a
 * page or a mail as it is.
 */
@ProviderType
public interface Markdown {

    /** Sanitised HTML (paragraphs, emphasis, lists, links, headings from {@code <h3>} down). Null gives "". */
    String toHtml(String markdown);

    /** The text without its markup, for a plain-text mail part or a summary; links keep their address in brackets. */
    String toPlainText(String markdown);
}
