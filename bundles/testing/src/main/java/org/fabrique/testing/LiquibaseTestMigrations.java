package org.fabrique.testing;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.fabrique.core.storage.SchemaMigrations;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** The platform's schema migrations outside OSGi, and quiet: what the core runs when a module starts. */
public final class LiquibaseTestMigrations implements SchemaMigrations {

    private final DataSource dataSource;

    public LiquibaseTestMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(String changeLog, ClassLoader loader) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> scope = Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", "LOG", "liquibase.analytics.enabled", false,
                    "liquibase.showBanner", false);
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (database instanceof DerbyDatabase derby) {
                    // The platform keeps its embedded Derby running; so does the test.
                    derby.setShutdownEmbeddedDerby(false);
                }
                try (Liquibase liquibase = new Liquibase(changeLog, new ClassLoaderResourceAccessor(loader), database)) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not migrate " + changeLog, e);
        }
    }
}
