package org.fabrique.core.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.internal.security.Tokens;

/**
 * The single-use tokens of links sent by e-mail, and the e-mail confirmation that such a link
 * proves. A token is used up by one conditional UPDATE, so that of two requests presenting it at
 * once, even on two nodes, the database lets exactly one through.
 */
final class OneTimeTokens {

    static final String EXPIRED_OR_USED = "this link has expired or was already used";
    private static final int MAX_TOKEN_LENGTH = 100;

    private final CoreDatabase db;
    private final Clock clock;

    OneTimeTokens(CoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    String issue(long personId, OneTimePurpose purpose, Duration lifetime) {
        Objects.requireNonNull(purpose, "purpose");
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        db.store().run(em -> {
            // The lock makes two issues for one person take turns, so that only the newest token stays.
            if (em.find(PersonEntity.class, personId, LockModeType.PESSIMISTIC_WRITE) == null) {
                throw new NotFound("person", personId);
            }
            em.createQuery("DELETE FROM OneTimeTokenEntity t WHERE t.personId = :p"
                    + " AND (t.purpose = :purpose OR t.expiresAt <= :now)")
                    .setParameter("p", personId).setParameter("purpose", purpose).setParameter("now", now)
                    .executeUpdate();
            OneTimeTokenEntity entity = new OneTimeTokenEntity();
            entity.tokenHash = Tokens.sha256(token);
            entity.personId = personId;
            entity.purpose = purpose;
            entity.createdAt = now;
            entity.expiresAt = now.plus(lifetime);
            em.persist(entity);
        });
        return token;
    }

    long redeem(String token, OneTimePurpose purpose) {
        Instant now = clock.instant();
        return db.store().write(em -> {
            long personId = useUp(em, token, purpose, now);
            if (purpose == OneTimePurpose.CONFIRM_EMAIL) {
                confirmEmail(em, personId, now);
            }
            return personId;
        });
    }

    /** The person a still usable token belongs to, leaving it usable (to check a request before using it up). */
    long holder(String token, OneTimePurpose purpose) {
        Instant now = clock.instant();
        OneTimeTokenEntity entity = wellFormed(token)
                ? db.store().read(em -> em.find(OneTimeTokenEntity.class, Tokens.sha256(token))) : null;
        if (entity == null || entity.purpose != purpose || entity.usedAt != null || !entity.expiresAt.isAfter(now)) {
            throw expiredOrUsed();
        }
        return entity.personId;
    }

    /** Marks the token used within the caller's transaction and returns its person; refused unless it was usable. */
    static long useUp(EntityManager em, String token, OneTimePurpose purpose, Instant now) {
        if (!wellFormed(token)) {
            throw expiredOrUsed();
        }
        String hash = Tokens.sha256(token);
        int used = em.createQuery("UPDATE OneTimeTokenEntity t SET t.usedAt = :now WHERE t.tokenHash = :h"
                + " AND t.purpose = :purpose AND t.usedAt IS NULL AND t.expiresAt > :now")
                .setParameter("now", now).setParameter("h", hash).setParameter("purpose", purpose).executeUpdate();
        if (used != 1) {
            throw expiredOrUsed();
        }
        return em.createQuery("SELECT t.personId FROM OneTimeTokenEntity t WHERE t.tokenHash = :h", Long.class)
                .setParameter("h", hash).getSingleResult();
    }

    boolean isEmailConfirmed(long personId) {
        return db.store().read(em -> person(em, personId).emailConfirmedAt != null);
    }

    void confirmEmail(long personId) {
        Instant now = clock.instant();
        db.store().run(em -> confirmEmail(em, personId, now));
    }

    /** Confirms the person's current address; an earlier confirmation keeps its date. */
    static void confirmEmail(EntityManager em, long personId, Instant now) {
        PersonEntity person = person(em, personId);
        if (person.emailConfirmedAt == null) {
            person.emailConfirmedAt = now;
        }
    }

    private static PersonEntity person(EntityManager em, long personId) {
        PersonEntity person = em.find(PersonEntity.class, personId);
        if (person == null) {
            throw new NotFound("person", personId);
        }
        return person;
    }

    private static boolean wellFormed(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN_LENGTH;
    }

    private static InvalidInput expiredOrUsed() {
        return new InvalidInput("token", EXPIRED_OR_USED);
    }
}
