package org.fabrique.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

/** Where and how to reach the SMTP server, and who the mail is from. */
record SmtpSettings(String host, int port, SmtpSecurity security, String username, String password,
        String fromAddress, String fromName, int connectTimeoutMillis, int timeoutMillis) {

    SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
        }
        if (connectTimeoutMillis < 1 || timeoutMillis < 1) {
            throw new IllegalArgumentException("connectTimeoutMillis and timeoutMillis must be positive");
        }
        host = host.trim();
        username = username == null ? "" : username.trim();
        password = password == null ? "" : password;
        fromName = fromName == null ? "" : fromName.trim();
        try {
            InternetAddress from = new InternetAddress(fromAddress == null ? "" : fromAddress.trim(), true);
            from.validate();
            fromAddress = from.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("fromAddress is not a valid address: '" + fromAddress + "'", e);
        }
    }

    static SmtpSettings from(MailConfig config) {
        return new SmtpSettings(config.host(), config.port(), SmtpSecurity.of(config.security()), config.username(),
                config._password(), config.fromAddress(), config.fromName(), config.connectTimeoutMillis(),
                config.timeoutMillis());
    }

    boolean authenticates() {
        return !username.isEmpty();
    }

    /** The sender with its display name, e.g. {@code Fabrique de la Transition <fabrique@localhost>}. */
    InternetAddress sender() {
        try {
            return fromName.isEmpty() ? new InternetAddress(fromAddress)
                    : new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Checked when built", e);
        }
    }

    /** The properties of a Jakarta Mail session for the {@code smtp} transport. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(connectTimeoutMillis));
        properties.setProperty("mail.smtp.timeout", Integer.toString(timeoutMillis));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
        // The envelope sender (bounces) and the domain of the generated Message-ID.
        properties.setProperty("mail.smtp.from", fromAddress);
        properties.setProperty("mail.from", fromAddress);
        properties.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        switch (security) {
            case STARTTLS -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // clear text
            }
        }
        return properties;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "smtp://" + (authenticates() ? username + "@" : "") + host + ":" + port + " (" + security + ")";
    }
}
