package org.fabrique.web.internal;

import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.fabrique.web.Markdown;
import org.osgi.service.component.annotations.Component;

/**
 * Markdown with commonmark-java: raw HTML escaped, unsafe link schemes dropped, headings pushed down
 * to {@code <h3>} at most (the page owns its {@code <h1>} and {@code <h2>}), external links marked
 * {@code rel="nofollow noopener"}.
 */
@Component(service = Markdown.class)
public final class CommonmarkMarkdown implements Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final int FIRST_HEADING_LEVEL = 3;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SAFE_SCHEMES))
            .attributeProviderFactory(context -> LINK_ATTRIBUTES)
            .build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    private static final AttributeProvider LINK_ATTRIBUTES = (node, tagName, attributes) -> {
        if (node instanceof Link) {
            attributes.put("rel", "nofollow noopener");
        }
    };

    @Override
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        pushHeadingsDown(document);
        return html.render(document);
    }

    @Override
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return text.render(parser.parse(markdown)).strip();
    }

    private static void pushHeadingsDown(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + FIRST_HEADING_LEVEL - 1));
            }
            pushHeadingsDown(child);
        }
    }
}
