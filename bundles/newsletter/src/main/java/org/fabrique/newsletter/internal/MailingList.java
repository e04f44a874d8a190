package org.fabrique.newsletter.internal;

/** A list people subscribe to: public (anyone) or private (the members of a structure). */
public record MailingList(long id, String slug, String name, String description, String visibility,
        Long structureId) {

    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";

    public boolean isPublic() {
        return PUBLIC.equals(visibility);
    }
}
