package org.fabrique.agenda.internal;

import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/** A venue as a client writes it. */
public record VenueDraft(@NotBlank @Size(max = 200) String name, @Size(max = 300) String address,
        @Size(max = 100) String neighbourhood, Double latitude, Double longitude, List<String> accessibility,
        @Size(max = 500) String website, Long structureId) {
}
