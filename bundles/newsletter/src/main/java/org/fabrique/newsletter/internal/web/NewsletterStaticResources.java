package org.fabrique.newsletter.internal.web;

import org.osgi.service.component.annotations.Component;

/** The module's static files ({@code static/newsletter/}: the editor's script) at {@code /static/newsletter/}. */
@Component(service = NewsletterStaticResources.class, property = {
        "osgi.http.whiteboard.resource.pattern=/static/newsletter/*",
        "osgi.http.whiteboard.resource.prefix=/static/newsletter" })
public class NewsletterStaticResources {
}
