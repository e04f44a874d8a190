package org.fabrique.web;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Language;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders FreeMarker templates of any bundle with the platform's messages, macros and layout.
 *
 * <p>In a template: {@code ${t("nav.home")}} gives a platform message in the visitor's language,
 * {@code <@ui.csrf/>} the hidden CSRF field every POST form needs, and
 * {@code <@ui.field name="email" label="..." value=... error=.../>} a labelled input with its error
 * message next to it (see {@code templates/web/macros.ftlh} in the web bundle).
 */
@ProviderType
public interface PageRenderer {

    /**
     * Renders the page inside the shared layout (header, navigation, flash message, footer) and
     * writes it as the answer, with the page's status. Nothing is written if the template fails:
     * the exception propagates and the platform answers with its error page.
     */
    void render(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException;

    /**
     * Renders a template without the layout, for a {@link HomeSection}. The template sees the
     * page's model, {@code lang} and {@code t}, but nothing about the visitor.
     */
    String fragment(Page page, Language language);
}
