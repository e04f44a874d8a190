package org.fabrique.agenda.internal.rest;

import javax.ws.rs.core.UriInfo;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.agenda.internal.Filters;

/** The filter query parameters of the agenda's endpoints, read as the pages read them. */
final class Query {

    private Query() {
    }

    static AgendaFilter filter(UriInfo uri) {
        return Filters.from(name -> uri.getQueryParameters().getFirst(name));
    }
}
