package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.fabrique.core.Language;
import org.fabrique.web.HomeSection;
import org.junit.Test;

public class HomePageTest {

    private final Site site = new Site().install(new FakeModule("agenda", "Agenda", "/agenda"));

    private static HomeSection section(String id, int order, String title, String html) {
        return new HomeSection() {
            @Override public String id() { return id; }
            @Override public int order() { return order; }
            @Override public String title(Language language) { return title; }
            @Override public String html(Language language) {
                if (html == null) {
                    throw new IllegalStateException("this section is broken");
                }
                return html;
            }
        };
    }

    @Test
    public void theHomePageSaysWhatTheFabriqueIsAndListsTheModules() throws Exception {
        FakeResponse response = site.get(FakeRequest.get("/"));
        String html = response.body();
        assertEquals(200, response.getStatus());
        assertTrue(html, html.contains("<h1>Fabrique de la Transition</h1>"));
        assertTrue(html, html.contains("transition écologique et sociale"));
        assertTrue(html, html.contains("<h3><a href=\"/agenda\">Agenda</a></h3>"));
        assertTrue(html, html.contains("<p>Le module Agenda.</p>"));
    }

    @Test
    public void sectionsFollowInTheirOrderAndABrokenOneIsLeftOut() throws Exception {
        site.section(section("newsletter", 20, "La lettre <d'info>", "<p>Lettre</p>"))
                .section(section("agenda", 10, "Cette semaine", "<ul><li>Concert</li></ul>"))
                .section(section("broken", 15, "Cassée", null));
        String html = site.get(FakeRequest.get("/")).body();
        int agenda = html.indexOf("<h2 id=\"section-agenda\">Cette semaine</h2>");
        int concert = html.indexOf("<ul><li>Concert</li></ul>");
        int newsletter = html.indexOf("<h2 id=\"section-newsletter\">La lettre &lt;d&#39;info&gt;</h2>");
        assertTrue(html, agenda > 0 && agenda < concert && concert < newsletter);
        assertFalse(html, html.contains("Cassée"));
    }

    @Test
    public void withoutModulesTheHomePageSaysSo() throws Exception {
        site.modules.descriptors = java.util.List.of();
        assertTrue(site.get(FakeRequest.get("/")).body().contains("Aucun service n&#39;est encore installé."));
    }

    @Test
    public void anchorsAreSafeHtmlIds() {
        assertEquals("section-agenda", HomePage.anchor("agenda"));
        assertEquals("section--script-x", HomePage.anchor("\"<script>x"));
    }
}
