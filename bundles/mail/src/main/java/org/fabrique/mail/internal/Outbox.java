package org.fabrique.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.persistence.EntityManagerFactory;

import org.fabrique.core.storage.SchemaMigrations;
import org.fabrique.core.storage.Store;
import org.fabrique.mail.Mail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The durable outbox: mail waiting for another attempt, in {@code mail_outbox}, migrated when the
 * bundle starts. Several nodes may share it: a node claims a row with one conditional UPDATE before
 * sending it, and only the node whose UPDATE changed the row sends it.
 */
@Component(service = Outbox.class)
public class Outbox {

    static final String CHANGE_LOG = "db/mail/changelog.yaml";

    private final Store store;

    @Activate
    public Outbox(@Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=fabrique-mail)") EntityManagerFactory factory) {
        this(migrated(migrations, factory));
    }

    Outbox(Store store) {
        this.store = store;
    }

    private static Store migrated(SchemaMigrations migrations, EntityManagerFactory factory) {
        migrations.migrate(CHANGE_LOG, Outbox.class.getClassLoader());
        return new Store(factory);
    }

    /** Keeps a mail for a later attempt and returns its id. */
    long enqueue(Mail mail, int attempts, Instant now, Instant nextAttemptAt, String lastError) {
        return store.write(em -> {
            OutboxEntry entry = OutboxEntry.queued(mail, attempts, now, nextAttemptAt, lastError);
            em.persist(entry);
            em.flush();
            return entry.id;
        });
    }

    /** Ids of the queued mail due at {@code now} and claimed by nobody, oldest due first. */
    List<Long> due(Instant now, int limit) {
        return store.read(em -> em.createQuery("SELECT e.id FROM OutboxEntry e WHERE e.status = :queued"
                + " AND e.nextAttemptAt <= :now AND (e.claimedUntil IS NULL OR e.claimedUntil < :now)"
                + " ORDER BY e.nextAttemptAt, e.id", Long.class).setParameter("queued", OutboxStatus.QUEUED)
                .setParameter("now", now).setMaxResults(limit).getResultList());
    }

    /**
     * Takes a queued mail for this node until {@code until}, unless another node holds it.
     *
     * @return whether this node may send it now
     */
    boolean claim(long id, Instant now, Instant until) {
        int claimed = store.write(em -> em.createQuery("UPDATE OutboxEntry e SET e.claimedUntil = :until"
                + " WHERE e.id = :id AND e.status = :queued AND (e.claimedUntil IS NULL OR e.claimedUntil < :now)")
                .setParameter("until", until).setParameter("id", id).setParameter("queued", OutboxStatus.QUEUED)
                .setParameter("now", now).executeUpdate());
        return claimed == 1;
    }

    Optional<QueuedMail> find(long id) {
        return store.read(em -> Optional.ofNullable(em.find(OutboxEntry.class, id))
                .filter(entry -> entry.status == OutboxStatus.QUEUED).map(OutboxEntry::toQueuedMail));
    }

    /** The server took it: only the delivery record stays, not the bodies (they may hold one-time links). */
    void markSent(long id, int attempts, Instant sentAt) {
        update(id, entry -> {
            entry.status = OutboxStatus.SENT;
            entry.attempts = attempts;
            entry.sentAt = sentAt;
            entry.textBody = null;
            entry.htmlBody = null;
            entry.lastError = null;
        });
    }

    /** Another attempt failed; the next one is at {@code nextAttemptAt}. */
    void reschedule(long id, int attempts, Instant nextAttemptAt, String lastError) {
        update(id, entry -> {
            entry.attempts = attempts;
            entry.nextAttemptAt = nextAttemptAt;
            entry.lastError = OutboxEntry.shortened(lastError);
        });
    }

    /** Refused for good or out of attempts: no more attempts. */
    void markFailed(long id, int attempts, String lastError) {
        update(id, entry -> {
            entry.status = OutboxStatus.FAILED;
            entry.attempts = attempts;
            entry.lastError = OutboxEntry.shortened(lastError);
        });
    }

    /** A row that no longer makes a valid mail: no attempt at all. */
    void markFailed(long id, String lastError) {
        update(id, entry -> {
            entry.status = OutboxStatus.FAILED;
            entry.lastError = OutboxEntry.shortened(lastError);
        });
    }

    private void update(long id, Consumer<OutboxEntry> change) {
        store.run(em -> {
            OutboxEntry entry = em.find(OutboxEntry.class, id);
            if (entry != null) {
                change.accept(entry);
                entry.claimedUntil = null;
            }
        });
    }
}
