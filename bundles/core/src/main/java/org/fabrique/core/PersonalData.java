package org.fabrique.core;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** Export and erasure of a person's data across the core and every installed module. */
@ProviderType
public interface PersonalData {

    /** Everything held about the person, one entry per contributor ({@code core} first). */
    Map<String, Object> export(long personId);

    /** Erases the person everywhere, then the person themself. */
    void erase(long personId);
}
