package org.journeymap.finding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.journeymap.load.Limits;
import org.journeymap.testing.Golden;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One golden test per rule: src/test/resources/rules/RULE/src is a source folder that breaks the
 * rule, and expected.txt is exactly what validate prints for it, paths relative to the case.
 * Two inputs are too large to keep in git and are built here instead.
 */
class RuleGoldenTest {

    @TempDir
    Path temp;

    private static final Map<Rule, Builder> BUILT = Map.of(
            Rule.FILE_TOO_LARGE, src -> {
                Sources.project(src, Map.of());
                Files.writeString(src.resolve("journeys/big.yaml"), "title: " + "x".repeat((int) Limits.MAX_FILE_BYTES));
            },
            Rule.TOO_MANY_FILES, src -> {
                Sources.project(src, Map.of());
                Path dir = Files.createDirectories(src.resolve("journeys/many"));
                for (int i = 0; i < Limits.MAX_FILES; i++) {
                    try (OutputStream out = Files.newOutputStream(dir.resolve("j-" + i + ".yaml"))) {
                        out.write(Sources.JOURNEY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            });

    @TestFactory
    Stream<DynamicTest> everyRuleHasAGoldenCase() throws URISyntaxException {
        // blessing writes to src/test/resources, not to the copy under target/
        Path cases = Path.of(RuleGoldenTest.class.getResource("/rules").toURI());
        return Arrays.stream(Rule.values()).map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Path caseDir = cases.resolve(rule.id());
            Path base = caseDir;
            if (BUILT.containsKey(rule)) {
                base = temp.resolve(rule.id());
                BUILT.get(rule).build(base.resolve("src"));
            } else {
                assertTrue(Files.isDirectory(caseDir), "no golden case for the rule " + rule.id() + " in " + cases);
            }
            String actual = Sources.text(Sources.validate(base.resolve("src")), base);
            Path expected = (Golden.blessing() ? Path.of("src/test/resources/rules").toAbsolutePath() : cases)
                    .resolve(rule.id()).resolve("expected.txt");
            Golden.assertMatches(expected, actual);
            assertTrue(actual.contains("[" + rule.id() + "]"), "the case does not raise " + rule.id() + ":\n" + actual);
        }));
    }

    @FunctionalInterface
    private interface Builder {
        void build(Path src) throws IOException;
    }
}
