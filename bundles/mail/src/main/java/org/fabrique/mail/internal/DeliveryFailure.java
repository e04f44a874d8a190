package org.fabrique.mail.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;

import com.sun.mail.smtp.SMTPSendFailedException;

/**
 * Why the mail server did not take a mail, and whether trying again may help. Permanent: the
 * server refused recipients for good (5xx to RCPT), or the sender or the message (5xx to MAIL or
 * DATA). Temporary: everything else, i.e. no connection, time-outs, TLS or authentication problems
 * (a configuration to fix, after which the outbox still holds the mail) and 4xx answers.
 */
final class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int LONGEST_CHAIN = 20;
    /** 5xx answers about authentication: a configuration problem of ours, not a refusal of the mail. */
    private static final Set<Integer> AUTHENTICATION_CODES = Set.of(530, 534, 535, 538);

    private final boolean permanent;
    private final List<String> refused;

    DeliveryFailure(boolean permanent, List<String> refused, String message, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.refused = List.copyOf(refused);
    }

    static DeliveryFailure temporary(String message, Throwable cause) {
        return new DeliveryFailure(false, List.of(), message, cause);
    }

    /** Sorts out a failure of Jakarta Mail by walking its chain of exceptions. */
    static DeliveryFailure of(MessagingException failure) {
        Set<String> refused = new LinkedHashSet<>();
        boolean permanent = false;
        Exception e = failure;
        for (int i = 0; e != null && i < LONGEST_CHAIN; i++) {
            if (e instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null) {
                for (Address address : sendFailed.getInvalidAddresses()) {
                    refused.add(address.toString());
                }
            }
            if (e instanceof SMTPSendFailedException smtp && isPermanent(smtp.getReturnCode())) {
                permanent = true;
            }
            e = e instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return new DeliveryFailure(permanent || !refused.isEmpty(), new ArrayList<>(refused), describe(failure),
                failure);
    }

    private static boolean isPermanent(int code) {
        return code >= 500 && code <= 599 && !AUTHENTICATION_CODES.contains(code);
    }

    /** The messages of the whole chain, e.g. the server's answer behind "Invalid Addresses". */
    private static String describe(MessagingException failure) {
        StringBuilder text = new StringBuilder();
        Throwable e = failure;
        for (int i = 0; e != null && i < LONGEST_CHAIN; i++) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : "; ").append(message);
            }
            // For a MessagingException, the cause is the next exception of its chain.
            e = e.getCause();
        }
        return text.toString();
    }

    boolean permanent() {
        return permanent;
    }

    /** The recipients the server refused for good, if it said which. */
    List<String> refused() {
        return refused;
    }
}
