package org.fabrique.core;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a capability module publishes one descriptor, so that {@code /api/modules}
 * and the navigation list it while it is installed.
 */
@ConsumerType
public interface ModuleDescriptor {

    /** Short id, also the end of its feature name: {@code agenda} for {@code fabrique-agenda}. */
    String id();

    String name(Language language);

    String description(Language language);

    String version();

    /** The page where a member starts using the module, e.g. {@code /agenda}. */
    String entryPage();

    /** Roles this module defines and an administrator may grant, e.g. {@code agenda.moderator}. */
    default Set<String> roles() {
        return Set.of();
    }
}
