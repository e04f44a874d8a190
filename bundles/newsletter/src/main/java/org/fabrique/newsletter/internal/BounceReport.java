package org.fabrique.newsletter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/**
 * One RFC 3464 delivery-status notification: the refused recipient, the status code (5.x.x is a
 * hard bounce, 4.x.x a soft one) and, when the returned headers carry it, the delivery it is about
 * ({@code X-Fabrique-Delivery}, which every letter carries).
 */
public record BounceReport(String recipient, String status, Long deliveryId) {

    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*([245]\\.\\d{1,3}\\.\\d{1,3})");
    private static final Pattern RECIPIENT = Pattern.compile("(?im)^Final-Recipient:\\s*rfc822\\s*;\\s*<?([^\\s>]+)>?");
    private static final Pattern DELIVERY = Pattern.compile("(?im)^" + LetterMails.DELIVERY_HEADER + ":\\s*(\\d{1,18})");

    public boolean hard() {
        return status.startsWith("5");
    }

    /** The report in a message, if it is a delivery-status notification of a failure or a delay. */
    public static Optional<BounceReport> of(MimeMessage message) throws MessagingException, IOException {
        String type = message.getContentType() == null ? "" : message.getContentType().toLowerCase();
        if (!type.startsWith("multipart/report") || !type.contains("delivery-status")) {
            return Optional.empty();
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return parse(raw.toString(StandardCharsets.UTF_8));
    }

    static Optional<BounceReport> parse(String raw) {
        Matcher status = STATUS.matcher(raw);
        Matcher recipient = RECIPIENT.matcher(raw);
        if (!status.find() || !recipient.find() || status.group(1).startsWith("2")) {
            return Optional.empty();
        }
        Matcher delivery = DELIVERY.matcher(raw);
        return Optional.of(new BounceReport(recipient.group(1).toLowerCase(), status.group(1),
                delivery.find() ? Long.valueOf(delivery.group(1)) : null));
    }
}
