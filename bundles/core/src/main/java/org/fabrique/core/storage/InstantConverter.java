package org.fabrique.core.storage;

import java.time.Instant;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores an {@link Instant} as milliseconds since the epoch in a BIGINT column: the same on
 * every database and every node, with no time zone to get wrong across daylight-saving changes.
 */
@Converter
public final class InstantConverter implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
