package org.fabrique.core;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The record of consents: every decision is kept, the latest one per purpose and scope holds. */
@ProviderType
public interface Consents {

    Consent record(long personId, ConsentChange change, String source);

    /** Every decision of the person, newest first. */
    List<Consent> history(long personId);

    /** The decision in force for each purpose and scope. */
    List<Consent> current(long personId);

    boolean isGranted(long personId, String purpose, String scope);

    /**
     * Records the same decision, from the same source, for each person (e.g. the people of an
     * import with its stated basis); implementations do it in one transaction, all or nothing.
     *
     * @return how many decisions were recorded
     * @throws NotFound if one of the people does not exist (then none is recorded)
     * @since 1.3.0
     */
    default int recordAll(List<Long> personIds, ConsentChange change, String source) {
        personIds.forEach(id -> record(id, change, source));
        return personIds.size();
    }
}
