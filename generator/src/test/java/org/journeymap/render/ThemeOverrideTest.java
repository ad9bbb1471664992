package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.journeymap.output.MemoryOutput;
import org.journeymap.testing.Sites;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's templates/ and static/ win over the theme's, file by file. */
class ThemeOverrideTest {

    @TempDir
    Path temp;

    @Test
    void aProjectTemplateReplacesOnlyThatTemplate() throws Exception {
        Path src = Sources.project(temp, Map.of(
                "templates/partials/footer.ftlh", "<footer class=\"site-footer\">Acme CX · ${site.title}</footer>\n",
                "static/journeymap.css", "body { color: rebeccapurple; }\n",
                "static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
                "static/.hidden", "secret\n"));
        MemoryOutput site = Sites.render(src);
        String index = site.text("index.html");
        assertTrue(index.contains("<footer class=\"site-footer\">Acme CX · Customer journeys</footer>"), index);
        assertTrue(index.contains("class=\"site-header\""), "the theme's header is still used");
        assertEquals("body { color: rebeccapurple; }\n", site.text("theme/journeymap.css"));
        assertTrue(site.text("theme/journeymap.js").contains("setUpFilters"), "files not overridden stay");
        assertTrue(site.files().containsKey("theme/img/logo.svg"));
        assertFalse(site.files().containsKey("theme/.hidden"));
    }

    @Test
    void projectTemplatesAreEscapedAndCannotInstantiateClasses() throws Exception {
        Path src = Sources.project(temp, Map.of(
                "site.yaml", "title: \"<script>alert(1)</script>\"\n",
                "templates/partials/footer.ftlh", "<footer>${site.title}</footer>\n"));
        assertTrue(Sites.render(src).text("index.html").contains("<footer>&lt;script&gt;alert(1)&lt;/script&gt;</footer>"));
        Sources.write(temp, Map.of("templates/partials/footer.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n"));
        RenderException e = assertThrows(RenderException.class, () -> Sites.render(src));
        assertTrue(e.getMessage().contains("footer.ftlh"), e.getMessage());
    }

    @Test
    void aBrokenTemplateIsReportedWithItsNameAndLine() throws Exception {
        Path src = Sources.project(temp, Map.of("templates/index.ftlh", "<p>\n${noSuchVariable}</p>\n"));
        RenderException e = assertThrows(RenderException.class, () -> Sites.render(src));
        assertTrue(e.getMessage().contains("index.ftlh:2"), e.getMessage());
        assertTrue(e.getMessage().contains("noSuchVariable"), e.getMessage());
    }

    @Test
    void theThemingGuideNamesEveryTemplate() throws Exception {
        Path root = org.journeymap.testing.DocExamples.projectRoot();
        Path templates = root.resolve("site-theme/src/main/resources/org/journeymap/theme/templates");
        String guide = java.nio.file.Files.readString(root.resolve("docs/theming.md"));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(templates)) {
            for (Path t : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertTrue(guide.contains(t.getFileName().toString()), "docs/theming.md names " + t.getFileName());
            }
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(templates.resolve("partials"))) {
            for (Path t : files.toList()) {
                String name = t.getFileName().toString().replaceAll("\\.ftlh$", "");
                assertTrue(guide.contains(name), "docs/theming.md names the partial " + name);
            }
        }
    }
}
