package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fabrique.core.Language;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Real FreeMarker on real templates, the module's in a class loader of its own as in OSGi. */
public class TemplatesTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Templates templates = new Templates(Messages.load());

    @Test
    public void valuesAreHtmlEscaped() throws IOException {
        ClassLoader module = module("templates/compost/show.ftlh", "<p>${text}</p><a title=\"${text}\">x</a>");
        String html = templates.render(module, "templates/compost/show.ftlh", Language.FR,
                Map.of("text", "<script>alert(\"x\")</script>"));
        assertEquals("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>"
                + "<a title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\">x</a>", html);
    }

    @Test
    public void aModuleTemplateUsesThePlatformsMessagesAndMacros() throws IOException {
        ClassLoader module = module("templates/compost/form.ftlh",
                "<h1>${t(\"nav.home\")}</h1><form><@ui.csrf/><@ui.field name=\"bin\" label=\"Bac\" error=\"Trop long\"/></form>");
        String html = templates.render(module, "templates/compost/form.ftlh", Language.EN, Map.of("csrf", "tok"));
        assertTrue(html, html.contains("<h1>Home</h1>"));
        assertTrue(html, html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"tok\">"));
        assertTrue(html, html.contains("<label for=\"bin\">Bac</label>"));
        assertTrue(html, html.contains("<p class=\"field-error\" id=\"bin-error\">"));
        assertTrue(html, html.contains("aria-invalid=\"true\" aria-describedby=\"bin-error\""));
    }

    @Test
    public void messagesTakeNamedValues() throws IOException {
        ClassLoader module = module("templates/compost/who.ftlh", "${t(\"layout.loggedInAs\", \"name\", who)}");
        assertEquals("Connecté·e : Léa &amp; Sam",
                templates.render(module, "templates/compost/who.ftlh", Language.FR, Map.of("who", "Léa & Sam")));
    }

    @Test
    public void templatesCannotReachJavaClasses() throws IOException {
        ClassLoader module = module("templates/compost/evil.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        try {
            templates.render(module, "templates/compost/evil.ftlh", Language.FR, Map.of());
            throw new AssertionError("?new() was allowed");
        } catch (PageRenderingFailed expected) {
            assertFalse(expected.getMessage().isEmpty());
        }
    }

    @Test(expected = PageRenderingFailed.class)
    public void aMissingTemplateFails() throws IOException {
        templates.render(module("templates/compost/a.ftlh", ""), "templates/compost/nothing.ftlh", Language.FR,
                Map.of());
    }

    /** A class loader that sees only one template, like a module bundle's. */
    private ClassLoader module(String path, String template) throws IOException {
        Path root = folder.newFolder().toPath();
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template, StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
