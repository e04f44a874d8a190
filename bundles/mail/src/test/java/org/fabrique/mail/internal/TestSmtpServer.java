package org.fabrique.mail.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import javax.mail.internet.MimeMessage;

import org.junit.rules.ExternalResource;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1, started for each test. It refuses
 * {@value #REFUSED} for good (550) and {@value #BUSY} for now (451), as real servers do for an unknown
 * or an over-quota mailbox. {@link #stop()} and {@link #start()} make an outage.
 */
final class TestSmtpServer extends ExternalResource {

    static final String REFUSED = "nobody@example.org";
    static final String BUSY = "busy@example.org";

    private final int port = freePort();
    private final GreenMail greenMail = new RefusingGreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));

    @Override
    protected void before() {
        start();
    }

    @Override
    protected void after() {
        stop();
    }

    void start() {
        greenMail.start();
    }

    void stop() {
        greenMail.stop();
    }

    int port() {
        return port;
    }

    void addUser(String email, String login, String password) {
        greenMail.setUser(email, login, password);
    }

    MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    /** Waits until the server holds {@code count} messages, or a few seconds. */
    MimeMessage[] awaitReceived(int count) {
        greenMail.waitForIncomingEmail(5_000, count);
        return received();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class RefusingGreenMail extends GreenMail {

        /** No initialiser: the super constructor already sets it, through createServices. */
        private Managers refusing;

        RefusingGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            refusing = new RefusingManagers(managers);
            return super.createServices(config, refusing);
        }

        /** So that waiting for mail listens to the SMTP manager that receives it. */
        @Override
        public synchronized Managers getManagers() {
            return refusing;
        }
    }

    private static final class RefusingManagers extends Managers {

        private final Managers managers;
        private final SmtpManager smtp;

        RefusingManagers(Managers managers) {
            this.managers = managers;
            this.smtp = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    return switch (recipient.getEmail()) {
                        case REFUSED -> "550 5.1.1 No such user here";
                        case BUSY -> "451 4.2.2 Mailbox busy, try again later";
                        default -> null;
                    };
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return managers.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return managers.getImapHostManager();
        }
    }
}
