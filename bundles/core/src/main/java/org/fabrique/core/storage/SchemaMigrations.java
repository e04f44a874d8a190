package org.fabrique.core.storage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Brings a bundle's tables up to date with its Liquibase change log, against the platform
 * database. A module calls it when it starts, before using its persistence unit; applied change
 * sets are remembered, so data survives uninstalling and reinstalling the module.
 */
@ProviderType
public interface SchemaMigrations {

    /**
     * @param changeLog path of the change log inside the bundle, e.g. {@code db/agenda/changelog.xml}
     * @param loader    the class loader of the bundle that holds it
     */
    void migrate(String changeLog, ClassLoader loader);
}
