package org.fabrique.agenda.internal;

/** The addresses of the agenda's pages. */
final class AgendaPaths {

    static final String HOME = "/agenda";

    private AgendaPaths() {
    }

    static String event(long id) {
        return HOME + "/evenements/" + id;
    }

    static String venue(long id) {
        return HOME + "/lieux/" + id;
    }
}
