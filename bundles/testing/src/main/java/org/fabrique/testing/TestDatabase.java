package org.fabrique.testing;

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
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.fabrique.core.storage.SchemaMigrations;
import org.fabrique.core.storage.Store;
import org.junit.rules.ExternalResource;

/**
 * A fresh in-memory Derby database and a module's persistence unit over it. As a {@code @ClassRule}
 * each test class gets its own database, dropped afterwards. Migrate it with {@link #migrations()}
 * (the real change log, as the platform runs it) before using {@link #store()}; empty tables between
 * tests with {@link #update(String)}.
 *
 * <pre>
 * &#64;ClassRule public static final TestDatabase db = new TestDatabase("fabrique-agenda");
 * </pre>
 */
public final class TestDatabase extends ExternalResource {

    /** Held so that the levels set on them are not lost when the loggers are collected. */
    private static final java.util.logging.Logger[] QUIET_LOGS = {
        java.util.logging.Logger.getLogger("liquibase"), java.util.logging.Logger.getLogger("org.hibernate.validator")};

    static {
        // Derby writes derby.log to the working directory unless told otherwise.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        for (java.util.logging.Logger log : QUIET_LOGS) {
            log.setLevel(Level.WARNING);
        }
    }

    private final String persistenceUnit;
    private String name;
    private EmbeddedDataSource dataSource;
    private EntityManagerFactory factory;

    /** @param persistenceUnit the unit of the module's {@code META-INF/persistence.xml}, e.g. {@code fabrique-agenda} */
    public TestDatabase(String persistenceUnit) {
        this.persistenceUnit = persistenceUnit;
    }

    @Override
    protected void before() {
        name = persistenceUnit + "-test-" + UUID.randomUUID();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
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

    public DataSource dataSource() {
        return dataSource;
    }

    /** The platform's migrations over this database: pass it to the component that migrates at activation. */
    public SchemaMigrations migrations() {
        return new LiquibaseTestMigrations(dataSource);
    }

    /** The module's persistence unit over this database, created on first use (migrate first). */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (factory == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("javax.persistence.nonJtaDataSource", dataSource);
            properties.put("eclipselink.logging.level", "WARNING");
            // One session per database: EclipseLink would otherwise share one by persistence unit name.
            properties.put("eclipselink.session-name", name);
            factory = Persistence.createEntityManagerFactory(persistenceUnit, properties);
        }
        return factory;
    }

    public Store store() {
        return new Store(entityManagerFactory());
    }

    /** Runs one SQL statement, e.g. {@code update("DELETE FROM agenda_event")}, and answers the rows changed. */
    public int update(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single value a plain SQL query answers, e.g. {@code value("SELECT status FROM mail_outbox")}. */
    public Object value(String sql) {
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

    /** The number a counting query answers, e.g. {@code count("SELECT COUNT(*) FROM agenda_event")}. */
    public long count(String sql) {
        return ((Number) value(sql)).longValue();
    }
}
