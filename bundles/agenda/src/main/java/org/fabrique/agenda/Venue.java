package org.fabrique.agenda;

import java.util.List;

/**
 * A place where events happen: a theatre, a café, a community hall.
 *
 * @param accessibility what the venue offers, e.g. {@code wheelchair}, {@code hearing-loop}
 * @param structureId   the member structure that runs the venue, or null
 * @param latitude      WGS 84, or null
 */
public record Venue(long id, String name, String address, String neighbourhood, Double latitude, Double longitude,
        List<String> accessibility, String website, Long structureId) {
}
