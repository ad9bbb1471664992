package org.journeymap.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymap.Generator;
import org.journeymap.Validation;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Rule;
import org.journeymap.model.Journey;
import org.journeymap.model.Lane;
import org.journeymap.model.MetricDefinition;
import org.journeymap.model.Opportunity;
import org.journeymap.model.Severity;
import org.journeymap.model.Touchpoint;
import org.journeymap.model.Word;
import org.journeymap.output.MemoryOutput;
import org.journeymap.render.Markdown;
import org.journeymap.render.SiteRenderer;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each input rule exists once (format/LinkPolicy, format/ImagePath, format/BaseUrl, model/Word);
 * these tests prove that the places that used to hold their own copy now give the same answer.
 */
class OnePlacePerRuleTest {

    private static final Pattern HREF = Pattern.compile("<a [^>]*href=\"([^\"]*)\"");

    @TempDir
    Path temp;

    private List<Finding> errors(Path root) {
        return Sources.validate(root).findings().stream().filter(f -> f.severity().word().equals("error")).toList();
    }

    /** A url field (bind/Checker), a Markdown link (validate/MarkdownCheck) and the rendered link (render/Markdown). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://acme.example/a | true",
        "HTTPS://ACME.EXAMPLE/ | true",
        "http://acme.example | true",
        "mailto:cx@acme.example | true",
        "javascript:alert(1) | false",
        "JavaScript:alert(1) | false",
        "data:text/html;base64,PHNjcmlwdD4= | false",
        "vbscript:msgbox(1) | false",
        "file:///etc/passwd | false",
        "ftp://acme.example/a | false",
        "tel:+48123456789 | false",
    })
    void urlFieldsMarkdownChecksAndRenderedLinksAgree(String target, boolean allowed) throws Exception {
        Path field = Sources.project(temp.resolve("field"), Map.of("personas/anna.yaml",
                "name: Anna\nresearch:\n  - source: Interviews\n    url: '" + target + "'\n"));
        boolean fieldAccepted = errors(field).stream().noneMatch(f -> f.rule() == Rule.INVALID_URL);

        Path markdown = Sources.project(temp.resolve("markdown"), Map.of("personas/anna.yaml",
                "name: Anna\nabout: '[notes](" + target + ")'\n"));
        boolean checkAccepted = errors(markdown).stream().noneMatch(f -> f.rule() == Rule.INVALID_URL);

        Matcher href = HREF.matcher(new Markdown().toHtml("[notes](" + target + ")", src -> null));
        boolean rendered = href.find() && !href.group(1).isEmpty();

        assertEquals(allowed, LinkPolicy.allowsAddress(target), "policy");
        assertEquals(allowed, fieldAccepted, "url field");
        assertEquals(allowed, checkAccepted, "Markdown check");
        assertEquals(allowed, rendered, "rendered link");
    }

    @Test
    void aSchemeHiddenByWhitespaceOrCaseIsStillAScheme() {
        assertTrue(LinkPolicy.hasScheme(" javascript:alert(1)"));
        assertTrue(LinkPolicy.hasScheme("java\tscript:alert(1)"));
        assertEquals("javascript", LinkPolicy.scheme("JavaScript:x"));
        assertTrue(LinkPolicy.allowsLink("notes/a:b.html"), "a colon after a slash is a relative path");
        assertTrue(LinkPolicy.allowsLink("#step-pay"));
        assertEquals("http, https and mailto", LinkPolicy.describe());
    }

    /** An avatar and a Markdown image (validate/ProjectValidator), and what the site copies and shows (render/Assets). */
    @ParameterizedTest
    @CsvSource({
        "assets/ok.png, true",
        "assets/Upper.PNG, true",
        "assets/../assets/ok.png, true",
        "assets/a:b.png, false",
        "assets/notes.txt, false",
        "assets/missing.png, false",
        "../outside.png, false",
        "assets/link.png, false",
        "/etc/hostname.png, false",
    })
    void validatorAndRendererAgreeOnImagePaths(String path, boolean allowed) throws Exception {
        Path root = temp.resolve("src");
        Files.createDirectories(root.resolve("assets"));
        for (String f : List.of("assets/ok.png", "assets/Upper.PNG", "assets/a:b.png", "assets/notes.txt")) {
            Files.write(root.resolve(f), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        Files.write(temp.resolve("outside.png"), new byte[] {1});
        Files.createSymbolicLink(root.resolve("assets/link.png"), temp.resolve("outside.png"));
        Sources.project(root, Map.of("personas/anna.yaml",
                "name: Anna\navatar: '" + path + "'\nabout: '![Anna](<" + path + ">)'\n"));

        Validation v = Sources.validate(root);
        long assetErrors = v.findings().stream().filter(f -> f.rule() == Rule.INVALID_ASSET).count();
        MemoryOutput site = new MemoryOutput();
        new SiteRenderer().render(v.project(), site, new SiteRenderer.Options(false, org.journeymap.cache.BuildCache.NONE));
        String page = site.text("personas/anna.html");
        boolean copied = site.files().keySet().stream().anyMatch(p -> p.startsWith("assets/"));

        assertEquals(allowed, ImagePath.resolve(root, path) instanceof ImagePath.Found, "resolver");
        assertEquals(allowed, assetErrors == 0, "validator: " + v.findings());
        assertEquals(allowed, copied, "renderer copied " + site.files().keySet());
        assertEquals(allowed, page.contains("class=\"avatar\" src=\"../assets/"), "avatar shown");
    }

    @Test
    void anImageWithASchemeIsRefusedByTheCheckAndDroppedByTheRenderer() throws Exception {
        Path root = Sources.project(temp, Map.of("personas/anna.yaml",
                "name: Anna\nabout: '![x](https://tracker.example/pixel.png)'\n"));
        assertTrue(errors(root).stream().anyMatch(f -> f.rule() == Rule.INVALID_URL));
        assertTrue(!new Markdown().toHtml("![x](https://tracker.example/pixel.png)", src -> "assets/x.png")
                .contains("src="));
    }

    /** site.yaml's baseUrl (bind) and the plugin's or a caller's override (Generator) accept the same addresses. */
    @ParameterizedTest
    @CsvSource({
        "https://acme.example/cx, https://acme.example/cx/",
        "http://acme.example, http://acme.example/",
        "HTTPS://Acme.Example/cx/, HTTPS://Acme.Example/cx/",
        "mailto:cx@acme.example, ",
        "http:acme.example, ",
        "https://, ",
        "https://acme.example/?page=1, ",
        "https://acme.example/#top, ",
        "https://user:secret@acme.example/, ",
        "ftp://acme.example/, ",
        "acme.example/cx, ",
    })
    void siteYamlAndTheBuildOptionAcceptTheSameBaseUrls(String url, String expected) throws Exception {
        Path root = Sources.project(temp, Map.of("site.yaml", "baseUrl: '" + url + "'\n"));
        Validation v = Sources.validate(root);
        boolean siteAccepted = v.findings().stream().noneMatch(f -> f.rule() == Rule.INVALID_URL);
        assertEquals(expected != null, siteAccepted, () -> "site.yaml: " + v.findings());
        assertEquals(expected, v.project().site().baseUrl());
        if (expected == null) {
            assertThrows(IllegalArgumentException.class, () -> Generator.builder().baseUrl(url).build());
        } else {
            Generator.builder().baseUrl(url).build();
        }
        assertEquals(expected, BaseUrl.normalize(url).orElse(null));
    }

    /** The format's allowed words are the model's enums, in the checker, the binder and site.json. */
    @Test
    void everyAllowedWordIsAnEnumConstantAndBindsToIt() throws Exception {
        assertEquals(choice(Format.JOURNEY, "state"), Word.words(Journey.State.class));
        assertEquals(choice(Format.OPPORTUNITY, "impact"), Word.words(Opportunity.Level.class));
        assertEquals(choice(Format.OPPORTUNITY, "effort"), Word.words(Opportunity.Level.class));
        assertEquals(choice(Format.OPPORTUNITY, "status"), Word.words(Opportunity.Status.class));
        assertEquals(choice(Format.METRIC, "better"), Word.words(MetricDefinition.Better.class));
        assertEquals(choice(Format.TOUCHPOINT, "kind"), Word.words(Touchpoint.Kind.class));
        assertEquals(List.of("in-progress"), Word.words(Opportunity.Status.class).stream()
                .filter(w -> w.contains("-")).toList());
        assertEquals(List.of("error", "warning", "off"), Word.words(Severity.class));

        for (Opportunity.Status status : Opportunity.Status.values()) {
            for (Opportunity.Level level : Opportunity.Level.values()) {
                Path root = Sources.project(temp.resolve(status.word() + "-" + level.word()), Map.of(
                        "journeys/buy.yaml", Sources.JOURNEY + "        opportunities:\n          - title: Faster\n"
                                + "            status: " + status.word() + "\n            impact: " + level.word()
                                + "\n            effort: " + level.word() + "\n"));
                Validation v = Sources.validate(root);
                assertEquals(List.of(), v.findings());
                Opportunity o = v.project().journeys().get(0).stages().get(0).steps().get(0).opportunities().get(0);
                assertEquals(status, o.status());
                assertEquals(level, o.impact());
            }
        }
        String lanes = String.join(", ", Word.words(Lane.class));
        Path root = Sources.project(temp.resolve("lanes"), Map.of("site.yaml", "lanes: [" + lanes + "]\n"));
        Validation v = Sources.validate(root);
        assertEquals(List.of(), v.findings());
        assertEquals(Arrays.asList(Lane.values()), v.project().site().lanes());
        MemoryOutput site = new MemoryOutput();
        new SiteRenderer().render(v.project(), site, new SiteRenderer.Options(false, org.journeymap.cache.BuildCache.NONE));
        assertTrue(site.text("data/site.json").contains("\"lanes\":[\"" + String.join("\",\"", Word.words(Lane.class)) + "\"]"),
                "site.json writes the lanes as site.yaml does");
    }

    private static List<String> choice(ObjectSpec spec, String key) {
        return ((FieldType.Choice) spec.field(key).orElseThrow().type()).values();
    }
}
