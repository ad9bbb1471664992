package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    private String html(String md) {
        return markdown.toHtml(md, src -> "../assets/" + src);
    }

    @Test
    void rawHtmlIsShownAsText() {
        String out = html("<script>alert(1)</script> and <img src=x onerror=alert(1)>");
        assertFalse(out.contains("<script"), out);
        assertFalse(out.contains("<img"), out);
        assertTrue(out.contains("&lt;script&gt;"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox",
        "file:///etc/passwd", " javascript:alert(1)"})
    void unsafeLinkAndImageTargetsAreRemoved(String url) {
        String out = html("[click](" + url.replace(" ", "%20") + ") ![i](" + url + ")");
        assertFalse(out.toLowerCase().contains("javascript:"), out);
        assertFalse(out.toLowerCase().contains("data:"), out);
        assertFalse(out.toLowerCase().contains("vbscript:"), out);
        assertFalse(out.toLowerCase().contains("file:"), out);
    }

    @Test
    void safeLinksStayAndRelativeImagesPointAtAssets() {
        String out = html("[a](https://acme.example/x) [m](mailto:cx@acme.example) [r](other.html) ![chart](assets/c.png)");
        assertTrue(out.contains("href=\"https://acme.example/x\""), out);
        assertTrue(out.contains("rel=\"noopener noreferrer\""), out);
        assertTrue(out.contains("href=\"mailto:cx@acme.example\""), out);
        assertTrue(out.contains("href=\"other.html\""), out);
        assertTrue(out.contains("src=\"../assets/assets/c.png\""), out);
    }

    @Test
    void imagesThatCannotBeResolvedLoseTheirSource() {
        String out = markdown.toHtml("![x](../../secret.png)", src -> null);
        assertFalse(out.contains("secret"), out);
    }

    @Test
    void markdownBombFinishesQuickly() {
        String bomb = "*".repeat(50_000) + "a" + "_".repeat(50_000) + "[".repeat(20_000) + ">".repeat(10_000);
        String out = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> html(bomb));
        assertTrue(out.length() > 0);
    }

    @Test
    void emptyTextRendersNothing() {
        assertEquals("", html(null));
        assertEquals("", html("  "));
    }
}
