package org.fabrique.core.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.EmailNotConfirmed;
import org.fabrique.core.NotFound;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.Session;
import org.fabrique.core.TooManyAttempts;
import org.fabrique.core.internal.security.PasswordHasher;
import org.fabrique.core.internal.security.PasswordPolicy;
import org.fabrique.core.internal.security.Tokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = Accounts.class, configurationPid = "org.fabrique.core.accounts")
@Designate(ocd = AccountsConfig.class)
public class AccountStore implements Accounts {

    private static final String WRONG_CREDENTIALS = "Wrong e-mail or password.";

    private final CoreDatabase db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final String unusableHash;
    private final Duration tokenLifetime;
    private final int maxFailures;
    private final Duration failureWindow;
    private final Duration lock;
    private final OneTimeTokens oneTimeTokens;

    @Activate
    public AccountStore(@Reference CoreDatabase db, AccountsConfig config) {
        this(db, Clock.systemUTC(), config.passwordIterations(), Duration.ofHours(config.tokenLifetimeHours()),
                config.maxFailedLogins(), Duration.ofMinutes(config.failureWindowMinutes()),
                Duration.ofMinutes(config.lockMinutes()));
    }

    AccountStore(CoreDatabase db, Clock clock, int iterations, Duration tokenLifetime, int maxFailures,
            Duration failureWindow, Duration lock) {
        this.db = db;
        this.clock = clock;
        this.hasher = new PasswordHasher(iterations);
        this.unusableHash = hasher.hash(Tokens.newToken());
        this.tokenLifetime = tokenLifetime;
        this.maxFailures = maxFailures;
        this.failureWindow = failureWindow;
        this.lock = lock;
        this.oneTimeTokens = new OneTimeTokens(db, clock);
    }

    @Override
    public void setPassword(long personId, String password) {
        PersonEntity person = db.store().read(em -> em.find(PersonEntity.class, personId));
        if (person == null) {
            throw new NotFound("person", personId);
        }
        PasswordPolicy.check("password", password, person.email);
        String hash = hasher.hash(password);
        db.store().run(em -> storePassword(em, personId, hash, clock.instant()));
    }

    private static void storePassword(EntityManager em, long personId, String hash, Instant now) {
        AccountEntity account = em.find(AccountEntity.class, personId);
        if (account == null) {
            account = new AccountEntity();
            account.personId = personId;
            em.persist(account);
        }
        account.passwordHash = hash;
        account.passwordChangedAt = now;
    }

    @Override
    public void checkPassword(String password, String email) {
        PasswordPolicy.check("password", password, email);
    }

    @Override
    public void requireConfirmation(long personId) {
        db.store().run(em -> {
            AccountEntity account = em.find(AccountEntity.class, personId);
            if (account == null) {
                throw new NotFound("account", personId);
            }
            account.requiresConfirmation = true;
        });
    }

    @Override
    public boolean hasPassword(long personId) {
        return db.store().read(em -> em.find(AccountEntity.class, personId) != null);
    }

    @Override
    public boolean verifyPassword(long personId, String password) {
        AccountEntity account = db.store().read(em -> em.find(AccountEntity.class, personId));
        return hasher.verify(password, account == null ? unusableHash : account.passwordHash) && account != null;
    }

    @Override
    public Session login(String email, String password) {
        String throttleKey = Tokens.sha256(Emails.normalise(email));
        Instant now = clock.instant();
        LoginThrottleEntity throttle = db.store().read(em -> em.find(LoginThrottleEntity.class, throttleKey));
        if (throttle != null && throttle.lockedUntil != null && throttle.lockedUntil.isAfter(now)) {
            throw new TooManyAttempts(Duration.between(now, throttle.lockedUntil));
        }
        Optional<AccountEntity> account = db.store().read(em -> PeopleStore.byEmail(em, email)
                .map(p -> em.find(AccountEntity.class, p.id)));
        // The same work with or without an account, so that timing tells nothing.
        boolean valid = hasher.verify(password, account.map(a -> a.passwordHash).orElse(unusableHash))
                && account.isPresent();
        if (!valid) {
            recordFailure(throttleKey, now);
            throw new AuthenticationRequired(WRONG_CREDENTIALS);
        }
        long personId = account.get().personId;
        // Only once the password is right, so that this tells nothing to someone without it.
        if (account.get().requiresConfirmation && !oneTimeTokens.isEmailConfirmed(personId)) {
            throw new EmailNotConfirmed();
        }
        return db.store().write(em -> {
            forgetFailures(em, throttleKey);
            return openSession(em, personId, now);
        });
    }

    private static void forgetFailures(EntityManager em, String throttleKey) {
        LoginThrottleEntity done = em.find(LoginThrottleEntity.class, throttleKey);
        if (done != null) {
            em.remove(done);
        }
    }

    /** A new session token for the person, discarding their expired ones. */
    private Session openSession(EntityManager em, long personId, Instant now) {
        em.createQuery("DELETE FROM TokenEntity t WHERE t.personId = :p AND t.expiresAt < :now")
                .setParameter("p", personId).setParameter("now", now).executeUpdate();
        String token = Tokens.newToken();
        TokenEntity entity = new TokenEntity();
        entity.tokenHash = Tokens.sha256(token);
        entity.personId = personId;
        entity.createdAt = now;
        entity.expiresAt = now.plus(tokenLifetime);
        em.persist(entity);
        return new Session(token, personId, entity.expiresAt);
    }

    private void recordFailure(String throttleKey, Instant now) {
        try {
            db.store().run(em -> {
                LoginThrottleEntity throttle = em.find(LoginThrottleEntity.class, throttleKey);
                if (throttle == null) {
                    throttle = new LoginThrottleEntity();
                    throttle.emailHash = throttleKey;
                    throttle.windowStart = now;
                    em.persist(throttle);
                } else if (throttle.windowStart.plus(failureWindow).isBefore(now)) {
                    throttle.failures = 0;
                    throttle.windowStart = now;
                    throttle.lockedUntil = null;
                }
                throttle.failures++;
                if (throttle.failures >= maxFailures) {
                    throttle.lockedUntil = now.plus(lock);
                }
            });
        } catch (PersistenceException e) {
            // Another node recorded a failure for the same address at the same instant; one is enough.
        }
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return db.store().read(em -> {
            TokenEntity entity = em.find(TokenEntity.class, Tokens.sha256(token));
            if (entity == null || !entity.expiresAt.isAfter(now)) {
                return Optional.empty();
            }
            PersonEntity person = em.find(PersonEntity.class, entity.personId);
            return Optional.ofNullable(person).map(p -> new Caller(p.id, p.email, p.name, p.language, roles(em, p.id)));
        });
    }

    static Set<String> roles(EntityManager em, long personId) {
        return new HashSet<>(em.createQuery("SELECT g.role FROM RoleGrantEntity g WHERE g.personId = :p", String.class)
                .setParameter("p", personId).getResultList());
    }

    @Override
    public void logout(String token) {
        db.store().run(em -> em.createQuery("DELETE FROM TokenEntity t WHERE t.tokenHash = :h")
                .setParameter("h", Tokens.sha256(token)).executeUpdate());
    }

    @Override
    public void logoutEverywhere(long personId) {
        db.store().run(em -> endSessions(em, personId));
    }

    private static void endSessions(EntityManager em, long personId) {
        em.createQuery("DELETE FROM TokenEntity t WHERE t.personId = :p").setParameter("p", personId).executeUpdate();
    }

    @Override
    public String issueOneTimeToken(long personId, OneTimePurpose purpose, Duration lifetime) {
        return oneTimeTokens.issue(personId, purpose, lifetime);
    }

    @Override
    public long redeemOneTimeToken(String token, OneTimePurpose purpose) {
        return oneTimeTokens.redeem(token, purpose);
    }

    @Override
    public boolean isEmailConfirmed(long personId) {
        return oneTimeTokens.isEmailConfirmed(personId);
    }

    @Override
    public void confirmEmail(long personId) {
        oneTimeTokens.confirmEmail(personId);
    }

    @Override
    public Session resetPassword(String token, String newPassword) {
        // Checked before the token is used up, so that a refused password can be chosen again from the same link.
        long holder = oneTimeTokens.holder(token, OneTimePurpose.RESET_PASSWORD);
        String email = db.store().read(em -> em.find(PersonEntity.class, holder).email);
        PasswordPolicy.check("newPassword", newPassword, email);
        String hash = hasher.hash(newPassword);
        Instant now = clock.instant();
        return db.store().write(em -> {
            long personId = OneTimeTokens.useUp(em, token, OneTimePurpose.RESET_PASSWORD, now);
            OneTimeTokens.confirmEmail(em, personId, now);
            storePassword(em, personId, hash, now);
            endSessions(em, personId);
            forgetFailures(em, Tokens.sha256(email));
            return openSession(em, personId, now);
        });
    }
}
