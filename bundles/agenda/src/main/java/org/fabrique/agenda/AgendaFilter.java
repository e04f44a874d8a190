package org.fabrique.agenda;

/**
 * What a reader narrows the agenda to; null or false means no restriction. The same names are the
 * query parameters of the pages, feeds and API: {@code category}, {@code venue}, {@code structure},
 * {@code neighbourhood}, {@code free}, {@code accessible}.
 */
public record AgendaFilter(String category, Long venueId, Long structureId, String neighbourhood, boolean freeOnly,
        boolean accessibleOnly) {

    public static final AgendaFilter NONE = new AgendaFilter(null, null, null, null, false, false);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
