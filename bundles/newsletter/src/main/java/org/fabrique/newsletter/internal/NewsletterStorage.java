package org.fabrique.newsletter.internal;

import javax.sql.DataSource;

import org.fabrique.core.storage.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's tables in the platform database, migrated when the module starts. */
@Component(service = NewsletterStorage.class)
public class NewsletterStorage {

    private final Jdbc jdbc;

    @Activate
    public NewsletterStorage(@Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.jndi.service.name=fabrique)") DataSource dataSource) {
        migrations.migrate("db/newsletter/changelog.yaml", NewsletterStorage.class.getClassLoader());
        this.jdbc = new Jdbc(dataSource);
    }

    public Jdbc jdbc() {
        return jdbc;
    }
}
