package org.journeymap.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.journeymap.Generator;
import org.journeymap.Validation;
import org.journeymap.output.MemoryOutput;
import org.journeymap.render.SiteRenderer;
import org.journeymap.testing.Sources;

/**
 * Load, validate and render any input: no exception may escape but a finding. The first byte
 * says which file the rest replaces (site.yaml, touchpoints.yaml, a persona or a journey) in a
 * small valid project. Every mvn verify replays the stored inputs in
 * src/test/resources/org/journeymap/fuzz/LoadValidateRenderFuzzTestInputs/fuzz (regression
 * mode); to fuzz for longer, see docs/security.md.
 */
class LoadValidateRenderFuzzTest {

    private static final String[] TARGETS = {"site.yaml", "touchpoints.yaml", "personas/anna.yaml", "journeys/buy.yaml"};
    private static final Generator GENERATOR = Generator.builder().build();

    @FuzzTest(maxDuration = "30s")
    void fuzz(byte[] input) throws Exception {
        Path root = Files.createTempDirectory("journeymap-fuzz-");
        try {
            Sources.project(root, Map.of("touchpoints.yaml", "touchpoints:\n  - {id: web, name: Web}\n",
                    "journeys/help.yaml", Sources.JOURNEY + "        touchpoints: web\n"));
            String target = TARGETS[input.length == 0 ? 3 : Math.floorMod(input[0], TARGETS.length)];
            byte[] content = input.length == 0 ? input : java.util.Arrays.copyOfRange(input, 1, input.length);
            Files.write(root.resolve(target), content);
            Validation v = GENERATOR.validate(root);
            v.findings().forEach(f -> assertTrue(f.at().line() >= 1 && f.at().column() >= 1, f.toString()));
            if (!v.hasErrors()) {
                MemoryOutput out = new MemoryOutput();
                new SiteRenderer().render(v.project(), out, new SiteRenderer.Options(false, org.journeymap.cache.BuildCache.NONE));
                String index = new String(out.files().get("index.html"), StandardCharsets.UTF_8);
                assertTrue(index.contains("Content-Security-Policy"));
                out.files().forEach((path, bytes) -> {
                    String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
                    assertTrue(!text.contains("href=\"javascript:") && !text.contains("src=\"javascript:")
                            && !text.contains("href=\"data:") && !text.contains("<script>"), path);
                });
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
