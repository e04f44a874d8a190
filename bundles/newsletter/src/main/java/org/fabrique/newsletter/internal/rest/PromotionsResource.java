package org.fabrique.newsletter.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.Caller;
import org.fabrique.newsletter.internal.NewPromotion;
import org.fabrique.newsletter.internal.Promotion;
import org.fabrique.newsletter.internal.Promotions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/newsletter/promotions}: structures' news for the cross-promotion slots. */
@Component(service = PromotionsResource.class, property = "osgi.jaxrs.resource=true")
@Path("newsletter/promotions")
@Produces(MediaType.APPLICATION_JSON)
public class PromotionsResource {

    private final Promotions promotions;

    @Activate
    public PromotionsResource(@Reference Promotions promotions) {
        this.promotions = promotions;
    }

    /** A structure's member submits news for the monthly letter. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Context SecurityContext security, NewPromotion item) {
        Caller caller = Caller.required(security);
        return Response.status(201).entity(promotions.submit(caller, item, caller.hasRole(Editors.ROLE))).build();
    }

    /** Items not chosen yet, least featured structure first (editors). */
    @GET
    public List<Promotion> openPromotions(@Context SecurityContext security) {
        Editors.required(security);
        return promotions.open();
    }
}
