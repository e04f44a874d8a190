package org.fabrique.newsletter.internal;

/**
 * A letter's content for every recipient: the HTML and plain-text parts, each holding
 * {@link #UNSUBSCRIBE} where the recipient's own unsubscribe link goes.
 */
public record RenderedLetter(String subject, String html, String text) {

    public static final String UNSUBSCRIBE = "{{lien-desabonnement}}";

    /** The content for one recipient. */
    public RenderedLetter forRecipient(String unsubscribeUrl) {
        return new RenderedLetter(subject, html.replace(UNSUBSCRIBE, unsubscribeUrl.replace("&", "&amp;")),
                text.replace(UNSUBSCRIBE, unsubscribeUrl));
    }
}
