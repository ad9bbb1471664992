package org.journeymap.validate;

import java.util.function.BiConsumer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.journeymap.format.LinkPolicy;

/**
 * Looks into Markdown fields for what the site would drop: links with a scheme other than http,
 * https or mailto, images from anywhere but the source folder (the site loads nothing from other
 * hosts), and relative images, which must be checked as assets.
 */
final class MarkdownCheck {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownCheck() {
    }

    /** Calls unsafe(url, isImage) for each forbidden target and image(path) for each relative image. */
    static void check(String markdown, BiConsumer<String, Boolean> unsafe, java.util.function.Consumer<String> image) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        if (markdown.indexOf('[') < 0 && markdown.indexOf('<') < 0) {
            return; // CommonMark has no link or image without one of these (inline, reference or autolink)
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                target(link.getDestination(), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image img) {
                target(img.getDestination(), true);
                visitChildren(img);
            }

            private void target(String url, boolean isImage) {
                String u = url.strip();
                if (isImage ? !LinkPolicy.allowsImage(u) : !LinkPolicy.allowsLink(u)) {
                    unsafe.accept(u, isImage);
                } else if (isImage && !u.isEmpty() && !u.startsWith("#")) {
                    image.accept(u);
                }
            }
        });
    }
}
