package org.fabrique.mail.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.rules.ExternalResource;

/**
 * A fresh in-memory Derby database, migrated by the real {@link Outbox} activation with the bundle's
 * change log, and the bundle's persistence unit over it. As a {@code @ClassRule} each test class gets
 * its own database; {@link #clear()} in a {@code @Before} empties the outbox.
 */
final class MailDatabaseFixture extends ExternalResource {

    /** Held so that the levels set on them are not lost when the loggers are collected. */
    private static final java.util.logging.Logger[] QUIET_LOGS = {java.util.logging.Logger.getLogger("liquibase")};

    static {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        for (java.util.logging.Logger log : QUIET_LOGS) {
            log.setLevel(Level.WARNING);
        }
    }

    private String name;
    private EmbeddedDataSource dataSource;
    private EntityManagerFactory factory;
    private Outbox outbox;

    @Override
    protected void before() {
        name = "fabrique-mail-test-" + UUID.randomUUID();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.logging.level", "WARNING");
        // One session per database: EclipseLink would otherwise share one by persistence unit name.
        properties.put("eclipselink.session-name", name);
        factory = Persistence.createEntityManagerFactory("fabrique-mail", properties);
        outbox = new Outbox(migrations(), factory);
    }

    @Override
    protected void after() {
        if (factory != null) {
            factory.close();
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName("memory:" + name);
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            throw new IllegalStateException("Derby did not drop " + name);
        } catch (SQLException e) {
            // Derby answers a successful drop with SQLState 08006.
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not drop " + name, e);
            }
        }
    }

    TestMigrations migrations() {
        return new TestMigrations(dataSource);
    }

    Outbox outbox() {
        return outbox;
    }

    void clear() {
        update("DELETE FROM MAIL_OUTBOX");
    }

    int update(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single value a plain SQL query answers, e.g. {@code value("SELECT status FROM mail_outbox")}. */
    Object value(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new AssertionError("No row for " + sql);
            }
            return result.getObject(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql) {
        return ((Number) value(sql)).longValue();
    }
}
