package org.fabrique.core.internal.store;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.fabrique.core.storage.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Runs each bundle's Liquibase change log against the platform DataSource. */
@Component(service = SchemaMigrations.class)
public class LiquibaseMigrations implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseMigrations.class);

    private final DataSource dataSource;

    @Activate
    public LiquibaseMigrations(@Reference(target = "(osgi.jndi.service.name=fabrique)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void migrate(String changeLog, ClassLoader loader) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
            // Liquibase sends anonymous usage data unless told not to: nothing leaves the Fabrique.
            scope.put("liquibase.analytics.enabled", false);
            scope.put("liquibase.showBanner", false);
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (database instanceof DerbyDatabase derby) {
                    // The platform's embedded Derby outlives this migration: never shut it down here.
                    derby.setShutdownEmbeddedDerby(false);
                }
                try (Liquibase liquibase = new Liquibase(changeLog, new ClassLoaderResourceAccessor(loader), database)) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
            LOG.info("Schema of {} is up to date", changeLog);
        } catch (Exception e) {
            throw new IllegalStateException("Could not migrate " + changeLog, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
