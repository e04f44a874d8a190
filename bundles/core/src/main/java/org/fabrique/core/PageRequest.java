package org.fabrique.core;

/** Which page of a list to return, and an optional text to search for. */
public record PageRequest(int page, int size, String query) {

    public static final int MAX_SIZE = 100;

    /** Checks the bounds: page from 0, size from 1 to {@value #MAX_SIZE}. */
    public PageRequest {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
        query = query == null || query.isBlank() ? null : query.trim();
    }

    public int offset() {
        return page * size;
    }
}
