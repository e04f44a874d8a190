package org.fabrique.newsletter.internal;

import java.util.Properties;

/** Where the bounce mailbox is: protocol (imap, imaps, pop3, pop3s), host, port, user, password. */
record MailboxSettings(String protocol, String host, int port, String user, String password) {

    static MailboxSettings from(NewsletterConfig config) {
        return new MailboxSettings(config.bounceProtocol().trim().toLowerCase(), config.bounceHost(),
                config.bouncePort(), config.bounceUser(), config._bouncePassword());
    }

    boolean enabled() {
        return !protocol.isEmpty() && !"none".equals(protocol);
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        return properties;
    }

    @Override
    public String toString() {
        return protocol + "://" + user + "@" + host + ":" + port;
    }
}
