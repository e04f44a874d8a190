package org.fabrique.core.internal.store;

import javax.persistence.EntityManagerFactory;

import org.fabrique.core.storage.SchemaMigrations;
import org.fabrique.core.storage.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The core's tables, migrated before any service of the core uses them. */
@Component(service = CoreDatabase.class)
public class CoreDatabase {

    static final String CHANGE_LOG = "db/core/changelog.yaml";

    private final Store store;

    @Activate
    public CoreDatabase(@Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=fabrique-core)") EntityManagerFactory factory) {
        migrations.migrate(CHANGE_LOG, CoreDatabase.class.getClassLoader());
        this.store = new Store(factory);
    }

    /** For tests: a store over a factory whose schema is already migrated. */
    public CoreDatabase(Store store) {
        this.store = store;
    }

    public Store store() {
        return store;
    }
}
