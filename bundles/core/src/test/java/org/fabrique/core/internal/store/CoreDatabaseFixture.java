package org.fabrique.core.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.fabrique.core.storage.Store;
import org.junit.rules.ExternalResource;

import liquibase.Scope;
import liquibase.ui.LoggerUIService;

/**
 * A fresh in-memory Derby database migrated with the core's real change log, and the core's
 * persistence unit over it. Used as a {@code @ClassRule}, each test class gets its own database;
 * {@link #clear()} in a {@code @Before} gives each test empty tables.
 */
final class CoreDatabaseFixture extends ExternalResource {

    private static final String[] TABLES = {"CORE_ONE_TIME_TOKEN", "CORE_TOKEN", "CORE_ACCOUNT", "CORE_LOGIN_THROTTLE",
        "CORE_ROLE_GRANT", "CORE_CONSENT", "CORE_AUDIT", "CORE_MEMBERSHIP", "CORE_STRUCTURE", "CORE_PERSON"};

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

    private String name;
    private EmbeddedDataSource dataSource;
    private EntityManagerFactory factory;
    private CoreDatabase database;

    @Override
    protected void before() {
        name = "fabrique-core-test-" + UUID.randomUUID();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.logging.level", "WARNING");
        // One session per database: EclipseLink would otherwise share one by persistence unit name.
        properties.put("eclipselink.session-name", name);
        factory = Persistence.createEntityManagerFactory("fabrique-core", properties);
        database = new CoreDatabase(new Store(factory));
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

    /** Runs the core's change log against the database, as the platform does at start. */
    void migrate() {
        migrate(CoreDatabase.CHANGE_LOG);
    }

    /** Runs a change log with Liquibase's console output and update summary sent to its (quiet) log. */
    void migrate(String changeLog) {
        try {
            Map<String, Object> quiet = Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", "LOG");
            Scope.child(quiet, () -> new LiquibaseMigrations(dataSource).migrate(changeLog, getClass().getClassLoader()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties every table of the core, so that a test starts from no data on the migrated schema. */
    void clear() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the tables", e);
        }
    }

    CoreDatabase database() {
        return database;
    }

    <T> T read(Function<EntityManager, T> work) {
        return database.store().read(work);
    }

    /** Rows of an entity, e.g. {@code count("TokenEntity")}. */
    long count(String entity) {
        return read(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
    }

    /** The single number a plain SQL query answers. */
    long sqlCount(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
