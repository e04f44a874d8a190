package org.fabrique.core;

import org.osgi.annotation.versioning.ProviderType;

/** The log of administrative actions, readable by administrators. */
@ProviderType
public interface AuditLog {

    /**
     * Records an action such as {@code structure.update} on a target such as {@code structure/12}.
     * The actor is null for actions of the platform itself.
     */
    void record(Long actorId, String action, String target, String detail);

    /** Entries, newest first; the query filters on action or target. */
    Page<AuditEntry> list(PageRequest request);
}
