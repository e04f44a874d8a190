package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "core_structure")
public class StructureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    @Enumerated(EnumType.STRING)
    StructureKind kind;
    String siren;
    String rna;
    String address;
    String neighbourhood;
    String website;
    String description;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantConverter.class)
    Instant updatedAt;

    void apply(StructureChange change, Instant now) {
        name = change.name().trim();
        kind = change.kind();
        siren = blankToNull(change.siren());
        rna = blankToNull(change.rna());
        address = blankToNull(change.address());
        neighbourhood = blankToNull(change.neighbourhood());
        website = blankToNull(change.website());
        description = blankToNull(change.description());
        updatedAt = now;
        if (createdAt == null) {
            createdAt = now;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    Structure toStructure() {
        return new Structure(id, name, kind, siren, rna, address, neighbourhood, website, description,
                createdAt, updatedAt);
    }
}
