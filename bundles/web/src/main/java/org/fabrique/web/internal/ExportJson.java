package org.fabrique.web.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes the personal-data export as {@code GET /api/me/export} does: the API's JSON settings
 * (ISO-8601 instants, lower-case enums, no nulls), so that both downloads hold the same content.
 */
final class ExportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ExportJson() {
    }

    static String write(Object export) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The personal data could not be written as JSON", e);
        }
    }
}
