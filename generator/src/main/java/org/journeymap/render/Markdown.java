package org.journeymap.render;

import java.util.List;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.journeymap.format.LinkPolicy;

/**
 * Markdown fields rendered safely: raw HTML is shown as text, links and images may only use
 * http, https, mailto or relative targets (the default sanitizer would let data: through),
 * relative images are rewritten to the copies in the site's assets folder, and images from other
 * hosts are dropped, since the site requests nothing from them. Thread-safe.
 */
public final class Markdown {

    private final Parser parser = Parser.builder().build();
    /** For journeymap's own reports (the diff page), which use GitHub-flavoured tables. */
    private final Parser reportParser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** Renders text; images resolves a relative image path to its URL in the site, or null to drop it. */
    public String toHtml(String markdown, Function<String, String> images) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return renderer(images, List.of()).render(parser.parse(markdown));
    }

    /** Renders a report journeymap wrote itself, with tables; still escaped and sanitized. */
    public String reportToHtml(String markdown) {
        return renderer(src -> null, List.of(TablesExtension.create())).render(reportParser.parse(markdown));
    }

    private HtmlRenderer renderer(Function<String, String> images, List<org.commonmark.Extension> extensions) {
        return HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(LinkPolicy.SCHEMES))
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Image && attributes.containsKey("src")) {
                        String src = attributes.get("src");
                        if (!LinkPolicy.allowsImage(src)) {
                            attributes.remove("src");
                        } else if (!src.isEmpty()) {
                            String url = images.apply(src);
                            if (url == null) {
                                attributes.remove("src");
                            } else {
                                attributes.put("src", url);
                            }
                        }
                    }
                    String href = "a".equals(tagName) ? attributes.get("href") : null;
                    if (href != null && !LinkPolicy.allowsLink(href)) {
                        attributes.remove("href");
                    } else if (href != null && LinkPolicy.hasScheme(href)) {
                        attributes.put("rel", "noopener noreferrer");
                    }
                })
                .build();
    }

    /** Parses without rendering, for checks. */
    public Node parse(String markdown) {
        return parser.parse(markdown == null ? "" : markdown);
    }

}
