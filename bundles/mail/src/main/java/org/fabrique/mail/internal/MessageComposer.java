package org.fabrique.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;

import javax.mail.Message.RecipientType;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;

import org.fabrique.mail.Mail;

/**
 * Turns a {@link Mail} into a MIME message: UTF-8 throughout, {@code text/plain} alone or
 * {@code multipart/alternative} with the text first and the HTML last (the preferred one), the
 * platform's sender, a Date and a Message-ID. Callers must have set the thread's context class
 * loader to Jakarta Mail's own (see {@link SmtpTransport}).
 */
final class MessageComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final InternetAddress sender;
    private final Clock clock;

    MessageComposer(InternetAddress sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    MimeMessage compose(Session session, Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(sender);
        message.setRecipients(RecipientType.TO, addresses(mail));
        if (mail.replyTo() != null) {
            message.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), encoded(header.getKey(), header.getValue()));
        }
        if (mail.html() == null) {
            message.setText(mail.text(), UTF_8);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
        }
        // Sets MIME-Version, Content-Type, Content-Transfer-Encoding and the Message-ID.
        message.saveChanges();
        return message;
    }

    private static InternetAddress[] addresses(Mail mail) throws MessagingException {
        InternetAddress[] addresses = new InternetAddress[mail.to().size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(mail.to().get(i), true);
        }
        return addresses;
    }

    /** RFC 2047 for any non-ASCII text, folded to keep lines short. */
    private static String encoded(String name, String value) {
        try {
            return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, UTF_8, null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
