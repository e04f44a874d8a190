package org.fabrique.newsletter.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.mail.Mail;
import org.fabrique.mail.Mailer;
import org.fabrique.web.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribing with double opt-in, confirming, unsubscribing and importing. A subscriber needs no
 * account: each address is a core {@link Person} (found or created by e-mail, as CiviMail keeps one
 * contact record), and every decision is a core consent record (purpose {@value #PURPOSE}, scope
 * {@code newsletter/<list slug>}, source = where it was decided).
 */
@Component(service = Subscriptions.class, configurationPid = NewsletterConfig.PID)
public class Subscriptions {

    static final String PURPOSE = "newsletter.subscription";
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$");
    private static final int BATCH = 500;
    private static final String COLUMNS = "id, list_id, email, person_id, status, source, changed_at";

    private final Jdbc jdbc;
    private final MailingLists lists;
    private final People people;
    private final Consents consents;
    private final Mailer mailer;
    private final Site site;
    private final Duration confirmFor;
    private final ConfirmationLimit limit;
    private final Clock clock;

    @Activate
    public Subscriptions(@Reference NewsletterStorage storage, @Reference MailingLists lists,
            @Reference People people, @Reference Consents consents, @Reference Mailer mailer, @Reference Site site,
            NewsletterConfig config) {
        this(storage.jdbc(), lists, people, consents, mailer, site, Duration.ofHours(config.confirmationHours()),
                config.confirmationsPerAddressPerDay(), config.confirmationsPerIpPerHour(), Clock.systemUTC());
    }

    Subscriptions(Jdbc jdbc, MailingLists lists, People people, Consents consents, Mailer mailer, Site site,
            Duration confirmFor, int confirmationsPerAddress, int confirmationsPerIp, Clock clock) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.people = people;
        this.consents = consents;
        this.mailer = mailer;
        this.site = site;
        this.confirmFor = confirmFor;
        this.limit = new ConfirmationLimit(jdbc, confirmationsPerAddress, confirmationsPerIp, clock);
        this.clock = clock;
    }

    /**
     * Starts a subscription: a confirmation mail with a link valid {@code confirmationHours}. Says
     * nothing about whether the address was known (no enumeration); an address already confirmed
     * gets no second mail, nor one still pending whose link was sent less than a day ago and is
     * still valid. Beyond {@code confirmationsPerAddressPerDay} mails to the address or
     * {@code confirmationsPerIpPerHour} requests from {@code ip}, refuses with 429 and writes nothing.
     */
    public void subscribe(long listId, String email, String name, Language language, String source, String ip) {
        MailingList list = lists.require(listId);
        String address = address("email", email);
        Optional<Subscription> existing = find(listId, address);
        if (existing.isPresent() && Subscription.CONFIRMED.equals(existing.get().status())) {
            return;
        }
        long now = clock.millis();
        if (existing.isPresent() && jdbc.count("SELECT COUNT(*) FROM newsletter_subscriber WHERE id = ? AND status = ? "
                + "AND confirm_expires_at > ? AND changed_at >= ?", existing.get().id(), Subscription.PENDING, now,
                now - ConfirmationLimit.ADDRESS_WINDOW.toMillis()) > 0) {
            return;
        }
        limit.acquire(address, ip);
        Person person = person(address, name, language);
        String token = SecretTokens.newToken();
        long expires = now + confirmFor.toMillis();
        if (existing.isPresent()) {
            jdbc.update("UPDATE newsletter_subscriber SET status = ?, confirm_hash = ?, confirm_expires_at = ?, "
                    + "source = ?, changed_at = ? WHERE id = ?", Subscription.PENDING, SecretTokens.hash(token), expires,
                    cut(source), now, existing.get().id());
        } else {
            jdbc.insert("INSERT INTO newsletter_subscriber (list_id, email, person_id, status, confirm_hash, "
                    + "confirm_expires_at, source, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    listId, address, person.id(), Subscription.PENDING, SecretTokens.hash(token), expires, cut(source),
                    now, now);
        }
        mailer.send(confirmationMail(list, address, token, language == null ? Language.FR : language));
    }

    /**
     * Subscribes a logged-in person at once: their account's address is already confirmed, so no
     * confirmation mail. A previous unsubscription is lifted; the decision is a consent record.
     */
    public void subscribeMember(long listId, long personId, String email, String source) {
        MailingList list = lists.require(listId);
        String address = address("email", email);
        Optional<Subscription> existing = find(listId, address);
        long now = clock.millis();
        if (existing.isPresent() && Subscription.CONFIRMED.equals(existing.get().status())) {
            return;
        }
        if (existing.isPresent()) {
            jdbc.update("UPDATE newsletter_subscriber SET status = ?, confirm_hash = NULL, source = ?, changed_at = ? "
                    + "WHERE id = ?", Subscription.CONFIRMED, cut(source), now, existing.get().id());
        } else {
            jdbc.insert("INSERT INTO newsletter_subscriber (list_id, email, person_id, status, source, created_at, "
                    + "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", listId, address, personId, Subscription.CONFIRMED,
                    cut(source), now, now);
        }
        consents.record(personId, new ConsentChange(PURPOSE, scope(list), true), cut(source));
    }

    /**
     * True while the person's consent for the list holds. The member space lets a person withdraw
     * any consent; the send checks it, and a withdrawn one ends the subscription.
     */
    public boolean stillConsents(Subscription subscription, MailingList list) {
        if (consents.isGranted(subscription.personId(), PURPOSE, scope(list))) {
            return true;
        }
        jdbc.update("UPDATE newsletter_subscriber SET status = ?, changed_at = ? WHERE id = ? AND status = ?",
                Subscription.UNSUBSCRIBED, clock.millis(), subscription.id(), Subscription.CONFIRMED);
        LOG.info("Subscription {} ended: its consent was withdrawn", subscription.id());
        return false;
    }

    /** Confirms by the link's token; {@link InvalidInput} on {@code token} when it is unknown, used or expired. */
    public MailingList confirm(String token, String source) {
        if (token == null || token.isBlank()) {
            throw new InvalidInput("token", "The confirmation link is incomplete.");
        }
        long now = clock.millis();
        Subscription subscription = jdbc.one("SELECT " + COLUMNS + " FROM newsletter_subscriber WHERE confirm_hash = ? "
                + "AND status = ? AND confirm_expires_at > ?", Subscriptions::row, SecretTokens.hash(token),
                Subscription.PENDING, now)
                .orElseThrow(() -> new InvalidInput("token", "This confirmation link has expired or was already used."));
        int changed = jdbc.update("UPDATE newsletter_subscriber SET status = ?, confirm_hash = NULL, "
                + "confirm_expires_at = NULL, changed_at = ? WHERE id = ? AND status = ?", Subscription.CONFIRMED, now,
                subscription.id(), Subscription.PENDING);
        if (changed == 0) {
            throw new InvalidInput("token", "This confirmation link has expired or was already used.");
        }
        // Whoever proves the address works by following the link lifts an earlier bounce suppression.
        jdbc.update("DELETE FROM newsletter_suppression WHERE email = ?", subscription.email());
        MailingList list = lists.require(subscription.listId());
        consents.record(subscription.personId(), new ConsentChange(PURPOSE, scope(list), true), cut(source));
        return list;
    }

    /** Unsubscribes the subscriber a letter's link was made for; idempotent. */
    public Optional<MailingList> unsubscribeByToken(String token, String source) {
        if (token == null || token.isBlank()) {
            throw new InvalidInput("token", "The unsubscribe link is incomplete.");
        }
        Optional<Long> subscriber = jdbc.one("SELECT subscriber_id FROM newsletter_unsubscribe_token WHERE token_hash = ?",
                r -> r.getLong(1), SecretTokens.hash(token));
        if (subscriber.isEmpty()) {
            throw new InvalidInput("token", "This unsubscribe link is not known.");
        }
        return unsubscribe(subscriber.get(), source);
    }

    /** Unsubscribes one subscription (from the member space, an editor, or a link); idempotent. */
    public Optional<MailingList> unsubscribe(long subscriptionId, String source) {
        Optional<Subscription> subscription = find(subscriptionId);
        if (subscription.isEmpty()) {
            return Optional.empty();
        }
        Subscription s = subscription.get();
        MailingList list = lists.require(s.listId());
        if (!Subscription.UNSUBSCRIBED.equals(s.status())) {
            jdbc.update("UPDATE newsletter_subscriber SET status = ?, confirm_hash = NULL, changed_at = ? WHERE id = ?",
                    Subscription.UNSUBSCRIBED, clock.millis(), s.id());
            consents.record(s.personId(), new ConsentChange(PURPOSE, scope(list), false), cut(source));
        }
        return Optional.of(list);
    }

    /** The token a letter carries for this subscriber; only its hash is kept. */
    public String newUnsubscribeToken(Connection c, long subscriptionId) throws SQLException {
        String token = SecretTokens.newToken();
        Jdbc.update(c, "INSERT INTO newsletter_unsubscribe_token (token_hash, subscriber_id, created_at) VALUES (?, ?, ?)",
                SecretTokens.hash(token), subscriptionId, clock.millis());
        return token;
    }

    /**
     * Imports confirmed subscribers, without confirmation mail, on a basis the editor states (e.g.
     * "liste papier du forum du 12 octobre"), recorded as each one's consent. Every row is checked
     * before anything is written; then rows are written in batches of {@value #BATCH} per transaction.
     * Addresses already on the list keep their status (an unsubscribed person stays unsubscribed).
     *
     * @return how many rows were added
     */
    public ImportResult importRows(long listId, List<ImportRow> rows, String basis, long editorId) {
        MailingList list = lists.require(listId);
        if (basis == null || basis.isBlank() || basis.length() > 150) {
            throw new InvalidInput("basis", "State the consent basis of these addresses (at most 150 characters).");
        }
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInput("rows", "Nothing to import.");
        }
        List<ImportRow> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            String name = row == null || row.name() == null ? null : row.name().trim();
            if (name != null && name.length() > 200) {
                throw new InvalidInput("rows[" + i + "].name", "At most 200 characters.");
            }
            checked.add(new ImportRow(address("rows[" + i + "].email", row == null ? null : row.email()), name));
        }
        String source = cut("import by person " + editorId + ": " + basis.trim());
        int added = 0;
        int kept = 0;
        for (int from = 0; from < checked.size(); from += BATCH) {
            List<ImportRow> batch = checked.subList(from, Math.min(checked.size(), from + BATCH));
            List<Person> persons = people.findOrCreateAll(batch.stream().map(row -> new PersonChange(
                    displayName(row.email(), row.name()), row.email(), null, null)).toList());
            List<Integer> inserted = insertBatch(listId, batch, persons, source);
            List<Long> consenting = inserted.stream().map(i -> persons.get(i).id()).toList();
            if (!consenting.isEmpty()) {
                consents.recordAll(consenting, new ConsentChange(PURPOSE, scope(list), true), source);
            }
            added += inserted.size();
            kept += batch.size() - inserted.size();
        }
        LOG.info("Imported {} subscribers into list {} ({} already there), basis: {}", added, list.slug(), kept, basis);
        return new ImportResult(added, kept);
    }

    /** Inserts the rows of one batch not yet on the list, in one transaction; answers their indexes. */
    private List<Integer> insertBatch(long listId, List<ImportRow> batch, List<Person> persons, String source) {
        return jdbc.transaction(c -> {
            // A look-up by the unique (list, email) index for each address: cheap, and it stays so
            // as the list grows (Derby may scan the table for a long IN list).
            Set<String> known = new HashSet<>();
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT 1 FROM newsletter_subscriber WHERE list_id = ? AND email = ?")) {
                for (ImportRow row : batch) {
                    Jdbc.bind(find, listId, row.email());
                    try (ResultSet r = find.executeQuery()) {
                        if (r.next()) {
                            known.add(row.email());
                        }
                    }
                }
            }
            List<Integer> inserted = new ArrayList<>();
            long now = clock.millis();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO newsletter_subscriber (list_id, email, "
                    + "person_id, status, source, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < batch.size(); i++) {
                    String email = batch.get(i).email();
                    if (known.contains(email)) {
                        continue;
                    }
                    known.add(email);
                    Jdbc.bind(insert, listId, email, persons.get(i).id(), Subscription.CONFIRMED, source, now, now);
                    insert.addBatch();
                    inserted.add(i);
                }
                insert.executeBatch();
            }
            return inserted;
        });
    }

    public Optional<Subscription> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM newsletter_subscriber WHERE id = ?", Subscriptions::row, id);
    }

    public Optional<Subscription> find(long listId, String email) {
        return jdbc.one("SELECT " + COLUMNS + " FROM newsletter_subscriber WHERE list_id = ? AND email = ?",
                Subscriptions::row, listId, email.toLowerCase(Locale.ROOT));
    }

    public List<Subscription> ofPerson(long personId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM newsletter_subscriber WHERE person_id = ? ORDER BY list_id",
                Subscriptions::row, personId);
    }

    public long confirmedCount(long listId) {
        return jdbc.count("SELECT COUNT(*) FROM newsletter_subscriber WHERE list_id = ? AND status = ?", listId,
                Subscription.CONFIRMED);
    }

    /** Erases what the newsletter holds about the person: subscriptions, their tokens, deliveries, bounces. */
    public void erase(long personId) {
        jdbc.transaction(c -> {
            String emails = "(SELECT email FROM newsletter_subscriber WHERE person_id = ?)";
            Jdbc.update(c, "DELETE FROM newsletter_bounce WHERE email IN " + emails, personId);
            Jdbc.update(c, "DELETE FROM newsletter_suppression WHERE email IN " + emails, personId);
            Jdbc.update(c, "DELETE FROM newsletter_confirmation_sent WHERE email IN " + emails, personId);
            String ids = "(SELECT id FROM newsletter_subscriber WHERE person_id = ?)";
            Jdbc.update(c, "DELETE FROM newsletter_unsubscribe_token WHERE subscriber_id IN " + ids, personId);
            Jdbc.update(c, "DELETE FROM newsletter_delivery WHERE subscriber_id IN " + ids, personId);
            return Jdbc.update(c, "DELETE FROM newsletter_subscriber WHERE person_id = ?", personId);
        });
    }

    static String scope(MailingList list) {
        return "newsletter/" + list.slug();
    }

    private Person person(String email, String name, Language language) {
        return people.findByEmail(email).orElseGet(() -> people.create(new PersonChange(displayName(email, name), email,
                null, language)));
    }

    /** A person needs a name: the one given, else the address's local part. */
    private static String displayName(String email, String name) {
        return name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.trim();
    }

    private Mail confirmationMail(MailingList list, String email, String token, Language language) {
        String link = site.absolute("/lettres/confirmation?jeton=" + token);
        long hours = confirmFor.toHours();
        String text = language == Language.EN
                ? "Hello,\n\nTo receive \"" + list.name() + "\", confirm your address by following this link (valid "
                        + hours + " hours):\n\n" + link + "\n\nIf you did not ask for it, ignore this mail: nothing "
                        + "will be sent to you.\n\nFabrique de la Transition"
                : "Bonjour,\n\nPour recevoir « " + list.name() + " », confirmez votre adresse en suivant ce lien "
                        + "(valable " + hours + " heures) :\n\n" + link + "\n\nSi vous n'avez rien demandé, ignorez ce "
                        + "message : rien ne vous sera envoyé.\n\nLa Fabrique de la Transition";
        String subject = language == Language.EN ? "Confirm your subscription" : "Confirmez votre abonnement";
        return Mail.of(email, subject + " : " + list.name(), text);
    }

    static String address(String field, String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidInput(field, "Not a valid e-mail address.");
        }
        return address;
    }

    private static String cut(String source) {
        return source == null ? null : source.substring(0, Math.min(200, source.length()));
    }

    private static Subscription row(ResultSet r) throws SQLException {
        return new Subscription(r.getLong(1), r.getLong(2), r.getString(3), r.getLong(4), r.getString(5),
                r.getString(6), Instant.ofEpochMilli(r.getLong(7)));
    }
}
