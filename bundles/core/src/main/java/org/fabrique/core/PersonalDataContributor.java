package org.fabrique.core;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: every bundle that keeps data about people publishes one, so that a person's
 * export holds everything and an erasure leaves nothing behind.
 */
@ConsumerType
public interface PersonalDataContributor {

    /** The key of this bundle's part of the export, e.g. {@code agenda}. */
    String id();

    /** What the bundle holds about the person, as JSON-serialisable values (maps, lists, records). */
    Object export(long personId);

    /** Removes, or anonymises where the law asks to keep a trace, what the bundle holds about the person. */
    void erase(long personId);
}
