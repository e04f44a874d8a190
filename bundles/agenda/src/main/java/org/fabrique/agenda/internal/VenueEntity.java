package org.fabrique.agenda.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.agenda.Venue;
import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "agenda_venue")
public class VenueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    String address;
    String neighbourhood;
    Double latitude;
    Double longitude;
    String accessibility;
    String website;
    @Column(name = "structure_id")
    Long structureId;
    @Column(name = "feed_url")
    String feedUrl;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantConverter.class)
    Instant updatedAt;

    Venue toVenue() {
        return new Venue(id, name, address, neighbourhood, latitude, longitude, Lists.split(accessibility), website,
                structureId);
    }

    void apply(VenueDraft draft) {
        name = draft.name().trim();
        address = Lists.blankToNull(draft.address());
        neighbourhood = Lists.blankToNull(draft.neighbourhood());
        latitude = draft.latitude();
        longitude = draft.longitude();
        accessibility = Lists.join(Lists.lower(draft.accessibility()));
        website = Lists.blankToNull(draft.website());
        structureId = draft.structureId();
    }
}
