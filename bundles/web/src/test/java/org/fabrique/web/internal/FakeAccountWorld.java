package org.fabrique.web.internal;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.Consent;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.EmailNotConfirmed;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.Session;
import org.fabrique.mail.Delivery;
import org.fabrique.mail.Mail;
import org.fabrique.mail.Mailer;

/**
 * People, accounts, consents and a mailer in memory, with the core's rules the account pages rely
 * on (unique addresses, a 10-character password policy, single-use tokens, confirmation before
 * login for sign-ups). Services are proxies of only what the pages call.
 */
final class FakeAccountWorld {

    final Map<Long, Person> people = new HashMap<>();
    final Map<Long, String> passwords = new HashMap<>();
    final Set<Long> mustConfirm = new HashSet<>();
    final Set<Long> confirmed = new HashSet<>();
    final Map<String, Object[]> oneTimeTokens = new HashMap<>();
    final Map<String, Long> sessions = new HashMap<>();
    final List<String> consents = new ArrayList<>();
    final List<Mail> mails = new ArrayList<>();
    final List<Long> loggedOutEverywhere = new ArrayList<>();
    private long nextId = 1;
    private int nextToken = 1;

    Person person(String name, String email, String password) {
        Person person = create(new PersonChange(name, email, null, null));
        passwords.put(person.id(), password);
        return person;
    }

    String sessionOf(long personId) {
        String token = "session-" + nextToken++;
        sessions.put(token, personId);
        return token;
    }

    People people() {
        return proxy(People.class, (name, args) -> switch (name) {
            case "findByEmail" -> people.values().stream().filter(p -> p.email().equals(normal((String) args[0]))).findFirst();
            case "create" -> create((PersonChange) args[0]);
            default -> null;
        });
    }

    Accounts accounts() {
        return proxy(Accounts.class, (name, args) -> switch (name) {
            case "checkPassword" -> check((String) args[0]);
            case "setPassword" -> { check((String) args[1]); yield passwords.put((Long) args[0], (String) args[1]); }
            case "hasPassword" -> passwords.containsKey((Long) args[0]);
            case "verifyPassword" -> args[1].equals(passwords.get((Long) args[0]));
            case "requireConfirmation" -> mustConfirm.add((Long) args[0]);
            case "isEmailConfirmed" -> confirmed.contains((Long) args[0]);
            case "issueOneTimeToken" -> issue((Long) args[0], (OneTimePurpose) args[1]);
            case "redeemOneTimeToken" -> redeem((String) args[0], (OneTimePurpose) args[1]);
            case "resetPassword" -> reset((String) args[0], (String) args[1]);
            case "login" -> login((String) args[0], (String) args[1]);
            case "authenticate" -> Optional.ofNullable(sessions.get((String) args[0])).map(id -> caller(people.get(id)));
            case "logout" -> sessions.remove((String) args[0]);
            case "logoutEverywhere" -> { loggedOutEverywhere.add((Long) args[0]);
                yield sessions.values().removeIf(id -> id.equals(args[0])); }
            default -> null;
        });
    }

    Consents consents() {
        return proxy(Consents.class, (name, args) -> {
            ConsentChange change = (ConsentChange) args[1];
            consents.add(args[0] + " " + change.purpose() + " " + change.scope() + " " + change.granted() + " " + args[2]);
            return (Consent) null;
        });
    }

    Mailer mailer() {
        return proxy(Mailer.class, (name, args) -> {
            mails.add((Mail) args[0]);
            return Delivery.SENT;
        });
    }

    /** The token in the last mail's link. */
    String tokenOfLastMail() {
        String text = mails.get(mails.size() - 1).text();
        return text.replaceAll("(?s).*\\?jeton=([A-Za-z0-9_-]+).*", "$1");
    }

    private Person create(PersonChange change) {
        if (people.values().stream().anyMatch(p -> p.email().equals(normal(change.email())))) {
            throw new Conflict("email", "taken");
        }
        Person person = new Person(nextId++, change.name(), normal(change.email()), null, change.language(),
                Instant.now(), Instant.now());
        people.put(person.id(), person);
        return person;
    }

    private static Object check(String password) {
        if (password == null || password.length() < 10) {
            throw new InvalidInput("password", "must have at least 10 characters");
        }
        return null;
    }

    private String issue(long personId, OneTimePurpose purpose) {
        String token = "tok" + nextToken++;
        oneTimeTokens.put(token, new Object[] {personId, purpose});
        return token;
    }

    private long redeem(String token, OneTimePurpose purpose) {
        Object[] entry = oneTimeTokens.get(token);
        if (entry == null || entry[1] != purpose) {
            throw new InvalidInput("token", "unknown, expired or used");
        }
        oneTimeTokens.remove(token);
        long personId = (Long) entry[0];
        if (purpose == OneTimePurpose.CONFIRM_EMAIL) {
            confirmed.add(personId);
        }
        return personId;
    }

    private Session reset(String token, String password) {
        Object[] entry = oneTimeTokens.get(token);
        if (entry == null || entry[1] != OneTimePurpose.RESET_PASSWORD) {
            throw new InvalidInput("token", "unknown, expired or used");
        }
        if (password.length() < 10) {
            throw new InvalidInput("newPassword", "must have at least 10 characters");
        }
        long personId = redeem(token, OneTimePurpose.RESET_PASSWORD);
        passwords.put(personId, password);
        confirmed.add(personId);
        return new Session(sessionOf(personId), personId, Instant.now().plus(Duration.ofDays(30)));
    }

    private Session login(String email, String password) {
        Person person = people.values().stream().filter(p -> p.email().equals(normal(email))).findFirst()
                .orElseThrow(() -> new AuthenticationRequired("Wrong e-mail or password."));
        if (!password.equals(passwords.get(person.id()))) {
            throw new AuthenticationRequired("Wrong e-mail or password.");
        }
        if (mustConfirm.contains(person.id()) && !confirmed.contains(person.id())) {
            throw new EmailNotConfirmed();
        }
        return new Session(sessionOf(person.id()), person.id(), Instant.now().plus(Duration.ofDays(30)));
    }

    private static Caller caller(Person person) {
        return new Caller(person.id(), person.email(), person.name(), person.language(), Set.of());
    }

    private static String normal(String email) {
        return email == null ? null : email.trim().toLowerCase();
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("toString") ? "Fake" + type.getSimpleName()
                        : answer.answer(method.getName(), args)));
    }
}
