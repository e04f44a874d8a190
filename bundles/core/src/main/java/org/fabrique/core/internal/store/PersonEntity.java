package org.fabrique.core.internal.store;

import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.Language;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "core_person")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    String email;
    String phone;
    @Enumerated(EnumType.STRING)
    Language language;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantConverter.class)
    Instant updatedAt;
    /** When the person proved they receive mail at {@link #email}; null until then. */
    @Column(name = "email_confirmed_at")
    @Convert(converter = InstantConverter.class)
    Instant emailConfirmedAt;

    void apply(PersonChange change, Instant now) {
        name = change.name().trim();
        String newEmail = Emails.normalise(change.email());
        if (!Objects.equals(newEmail, email)) {
            emailConfirmedAt = null;
        }
        email = newEmail;
        phone = change.phone() == null || change.phone().isBlank() ? null : change.phone().trim();
        language = change.language() == null ? Language.FR : change.language();
        updatedAt = now;
        if (createdAt == null) {
            createdAt = now;
        }
    }

    Person toPerson() {
        return new Person(id, name, email, phone, language, createdAt, updatedAt);
    }
}
