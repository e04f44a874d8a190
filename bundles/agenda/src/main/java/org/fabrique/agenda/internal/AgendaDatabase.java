package org.fabrique.agenda.internal;

import javax.persistence.EntityManagerFactory;

import org.fabrique.core.storage.SchemaMigrations;
import org.fabrique.core.storage.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The agenda's tables, migrated when the module starts, and the units of work over them. */
@Component(service = AgendaDatabase.class)
public class AgendaDatabase {

    private final Store store;

    @Activate
    public AgendaDatabase(@Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=fabrique-agenda)") EntityManagerFactory factory) {
        migrations.migrate("db/agenda/changelog.yaml", AgendaDatabase.class.getClassLoader());
        this.store = new Store(factory);
    }

    public Store store() {
        return store;
    }
}
