package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.Consent;
import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "core_consent")
public class ConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "person_id")
    long personId;
    String purpose;
    @Column(name = "consent_scope")
    String scope;
    boolean granted;
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class)
    Instant recordedAt;
    String source;

    Consent toConsent() {
        return new Consent(id, personId, purpose, scope, granted, recordedAt, source);
    }
}
