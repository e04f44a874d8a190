package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CommonmarkMarkdownTest {

    private final CommonmarkMarkdown markdown = new CommonmarkMarkdown();

    @Test
    public void rendersEmphasisListsAndLinks() {
        String html = markdown.toHtml("Concert **gratuit**\n\n- jazz\n- soul\n\n[Réserver](https://example.org/billets)");
        assertTrue(html, html.contains("<strong>gratuit</strong>"));
        assertTrue(html, html.contains("<li>jazz</li>"));
        assertTrue(html, html.contains("<a rel=\"nofollow noopener\" href=\"https://example.org/billets\">Réserver</a>"));
    }

    @Test
    public void escapesRawHtmlAndScripts() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("<img"));
        assertTrue(html, html.contains("&lt;script&gt;"));
    }

    @Test
    public void dropsUnsafeLinkSchemes() {
        String html = markdown.toHtml("[clic](javascript:alert(1)) [data](data:text/html,x) [mail](mailto:a@example.org)");
        assertFalse(html, html.contains("javascript:"));
        assertFalse(html, html.contains("data:text"));
        assertTrue(html, html.contains("href=\"mailto:a@example.org\""));
    }

    @Test
    public void pushesHeadingsBelowThePageHeadings() {
        assertEquals("<h3>Programme</h3>\n<h4>Soir</h4>\n", markdown.toHtml("# Programme\n## Soir"));
    }

    @Test
    public void plainTextKeepsWordsAndDropsMarkup() {
        String text = markdown.toPlainText("Concert **gratuit** à la _Comète_");
        assertEquals("Concert gratuit à la Comète", text);
        assertEquals("", markdown.toPlainText(null));
        assertEquals("", markdown.toHtml("  "));
    }
}
