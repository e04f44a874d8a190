package org.fabrique.mail.internal;

import org.fabrique.core.storage.SchemaMigrations;
import org.fabrique.testing.TestDatabase;
import org.junit.rules.ExternalResource;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The shared {@link TestDatabase} with the mail persistence unit, and an {@link Outbox} over it migrated
 * by its real activation. As a {@code @ClassRule} each test class gets its own database;
 * {@link #clear()} in a {@code @Before} empties the outbox.
 */
final class MailDatabaseFixture extends ExternalResource {

    private final TestDatabase database = new TestDatabase("fabrique-mail");
    private Outbox outbox;

    @Override
    public Statement apply(Statement base, Description description) {
        return database.apply(super.apply(base, description), description);
    }

    @Override
    protected void before() {
        outbox = new Outbox(migrations(), database.entityManagerFactory());
    }

    SchemaMigrations migrations() {
        return database.migrations();
    }

    Outbox outbox() {
        return outbox;
    }

    void clear() {
        update("DELETE FROM MAIL_OUTBOX");
    }

    int update(String sql) {
        return database.update(sql);
    }

    Object value(String sql) {
        return database.value(sql);
    }

    long count(String sql) {
        return database.count(sql);
    }
}
