package org.fabrique.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Publishes the web bundle's {@code static/web/} folder (the style sheet) at {@code /static/web/}.
 * A module publishes its own files the same way, under {@code /static/<module id>/}.
 */
@Component(service = WebStaticResources.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/static/web/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/static/web" })
public class WebStaticResources {
}
