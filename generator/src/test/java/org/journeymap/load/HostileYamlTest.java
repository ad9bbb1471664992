package org.journeymap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.journeymap.Validation;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.model.Journey;
import org.journeymap.report.ReportFormat;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per item of the YAML section of the hardening requirements, and then some. */
class HostileYamlTest {

    private static final Path FILE = Path.of("journeys/hostile.yaml");
    private final YamlReader reader = new YamlReader();

    @TempDir
    Path temp;

    private List<Finding> read(String yaml) {
        Findings findings = new Findings();
        reader.parse(FILE, yaml, findings);
        return findings.settle(Map.of());
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        return findings.get(0);
    }

    @Test
    void tagsNeverConstructAnything() {
        Finding f = only(read("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"));
        assertEquals(Rule.YAML_TAG, f.rule());
        assertEquals(1, f.at().line());
        assertEquals(8, f.at().column());
        assertEquals(Rule.YAML_TAG, only(read("!foo\ntitle: x\n")).rule());
        assertEquals(Rule.YAML_TAG, only(read("tags: !!set {a, b}\n")).rule());
        assertEquals(Rule.YAML_TAG, only(read("title: ! x\n")).rule());
    }

    @Test
    void duplicateKeysAreRejectedAtTheSecondKey() {
        Finding f = only(read("title: a\nowner: b\ntitle: c\n"));
        assertEquals(Rule.YAML_DUPLICATE_KEY, f.rule());
        assertEquals(3, f.at().line());
        assertTrue(f.message().contains("line 1"), f.message());
    }

    @Test
    void recursiveKeysAreRejectedAsAnchors() {
        assertEquals(Rule.YAML_ANCHOR, only(read("&a [*a]: 1\n")).rule());
    }

    @Test
    void collectionAliasBombIsRejectedAtTheFirstAnchor() {
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        Finding f = only(read(laughs.toString()));
        assertEquals(Rule.YAML_ANCHOR, f.rule());
        assertEquals(1, f.at().line());
    }

    @Test
    void stringAliasedManyTimesIsRejected() {
        // the collection-alias limit does not count aliases to strings: 500 KB x 2,000 would be 1 GB rendered
        StringBuilder yaml = new StringBuilder("title: &big \"").append("x".repeat(500_000)).append("\"\ntags:\n");
        for (int i = 0; i < 2_000; i++) {
            yaml.append("  - *big\n");
        }
        Finding f = only(read(yaml.toString()));
        assertEquals(Rule.YAML_ANCHOR, f.rule());
        assertTrue(f.message().length() < 200, "the message must not echo the string");
    }

    @Test
    void aliasWithoutAnchorIsASyntaxOrAnchorFinding() {
        Finding f = only(read("title: *nothing\n"));
        assertTrue(f.rule() == Rule.YAML_ANCHOR || f.rule() == Rule.YAML_SYNTAX, f.toString());
    }

    @Test
    void mergeKeysAreRejected() {
        Finding f = only(read("base: {title: x}\nstages:\n  - <<: {name: a}\n"));
        assertEquals(Rule.YAML_MERGE_KEY, f.rule());
        assertEquals(3, f.at().line());
        // a quoted "<<" is an ordinary key, which the binder reports as unknown
        assertTrue(read("\"<<\": 1\n").isEmpty());
    }

    @Test
    void deepNestingStopsAtTheLimitWithoutOverflowingTheStack() {
        Finding f = only(read("tags: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"));
        assertEquals(Rule.YAML_TOO_DEEP, f.rule());
        Finding block = only(read(blockNesting(Limits.MAX_DEPTH + 1)));
        assertEquals(Rule.YAML_TOO_DEEP, block.rule());
        assertTrue(read(blockNesting(Limits.MAX_DEPTH)).isEmpty(), "the limit itself is allowed");
    }

    private static String blockNesting(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return b.append("  ".repeat(depth)).append("leaf\n").toString();
    }

    @Test
    void codePointLimitIsAFindingNotAnException() {
        // under 1 MiB of bytes but over a million characters
        Finding f = only(read("title: \"" + "x".repeat(Limits.MAX_CODE_POINTS) + "\"\n"));
        assertEquals(Rule.FILE_TOO_LARGE, f.rule());
    }

    @Test
    void fileSizeIsCheckedBeforeParsing() throws Exception {
        Path big = Sources.write(temp, Map.of("big.yaml", "title: x\n" + "#".repeat((int) Limits.MAX_FILE_BYTES)))
                .resolve("big.yaml");
        Findings findings = new Findings();
        assertEquals(Optional.empty(), reader.read(big, findings));
        assertEquals(Rule.FILE_TOO_LARGE, only(findings.settle(Map.of())).rule());
    }

    @Test
    void everyTwoByteInputGivesAFindingOrANodeAndNeverThrows() {
        // the wrapped-to-root-exception case: tiny inputs used to escape as raw runtime exceptions
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                String input = new String(new char[] {(char) a, (char) b});
                reader.parse(FILE, input, new Findings());
            }
        }
    }

    @Test
    void randomMutationsOfAJourneyNeverEscapeAsExceptions() throws Exception {
        Random random = new Random(20261122);
        String valid = Sources.JOURNEY + "        painPoints: [\"a\", {text: b}]\n        metrics: {csat: 3}\n";
        String alphabet = ":-[]{}&*!|>'\"#%@`,? \n\t\\0.e";
        for (int i = 0; i < 300; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            for (int m = 0; m < 1 + random.nextInt(4); m++) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(3)) {
                    case 0 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> mutated.deleteCharAt(at);
                    default -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            Path root = temp.resolve("m" + i);
            Sources.project(root, Map.of("journeys/buy.yaml", mutated.toString()));
            Sources.validate(root);
        }
    }

    @Test
    void yaml11ImplicitTypesStayText() throws Exception {
        Path root = Sources.project(temp, Map.of("journeys/buy.yaml", """
                title: NO
                owner: 1.10
                persona: anna
                tags: [yes, 012, 2026-05-01, on, ~x, 0x1F, 1_000]
                stages:
                  - name: 012
                    steps:
                      - name: Off
                        emotion: 1
                """));
        Validation v = Sources.validate(root);
        assertEquals(List.of(), v.findings());
        Journey j = v.project().journeys().get(0);
        assertEquals("NO", j.title());
        assertEquals("1.10", j.owner());
        assertEquals(List.of("yes", "012", "2026-05-01", "on", "~x", "0x1F", "1_000"), j.tags());
        assertEquals("012", j.stages().get(0).id());
        assertEquals("off", j.stages().get(0).steps().get(0).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\0", "\\x01", "\\uD800", "\\u202E", "\\e", "\\x7f", "\\u2066", "\\a", "\\r", "\\N", "\\U0000202E"})
    void controlCharactersThroughEscapesAreRejected(String escape) {
        Finding f = only(read("title: ok\nowner: \"Sales" + escape + "team\"\n"));
        assertEquals(Rule.CONTROL_CHARACTER, f.rule());
        assertEquals(2, f.at().line());
        assertEquals(8, f.at().column());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\u202e", "\u2069"})
    void rawControlCharactersAreRejectedAtTheirColumn(String c) {
        Finding f = only(read("title: ok\nowner: Sa" + c + "les\n"));
        assertEquals(Rule.CONTROL_CHARACTER, f.rule());
        assertEquals(2, f.at().line());
        assertEquals(10, f.at().column());
    }

    @Test
    void tabsNewlinesCrLfAndEmojiAreFine() {
        assertTrue(read("title: \"a\\tb\"\r\nowner: |\r\n  two\r\n  lines 🚚\r\n").isEmpty());
    }

    @Test
    void injectedLinesAndWorkflowCommandsAreNeutralisedInEveryFormat() throws Exception {
        Path root = Sources.project(temp, Map.of("journeys/buy.yaml", Sources.JOURNEY
                + "\"evil\\n::error file=x::pwned\\r\\n%0A::warning::also\": 1\n"));
        Validation v = Sources.validate(root);
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            format.print(v.findings(), temp, new PrintWriter(out));
            String printed = out.toString();
            assertFalse(printed.lines().anyMatch(l -> l.startsWith("::error file=x") || l.startsWith("::warning::also")),
                    format + " let a workflow command through:\n" + printed);
            assertEquals(format == ReportFormat.JSON ? 1 : v.findings().size(), printed.lines().count(), printed);
        }
    }

    @Test
    void syntaxErrorsPointAtTheProblemOneBased() {
        Finding f = only(read("title: x\nstages:\n  - name: a\n\tsteps: []\n"));
        assertEquals(Rule.YAML_SYNTAX, f.rule());
        assertEquals(FILE, f.at().file());
        assertEquals(4, f.at().line());
        assertEquals(1, f.at().column());
    }

    @Test
    void invalidUtf8IsReportedAtTheByteItStartsIn() throws Exception {
        Path file = temp.resolve("bad.yaml");
        java.nio.file.Files.write(file, new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xC3, '(', '\n'});
        Findings findings = new Findings();
        reader.read(file, findings);
        Finding f = only(findings.settle(Map.of()));
        assertEquals(Rule.INVALID_ENCODING, f.rule());
        assertEquals(2, f.at().line());
        assertEquals(4, f.at().column());
    }

    @Test
    void secondDocumentIsRejected() {
        assertEquals(Rule.YAML_MULTIPLE_DOCUMENTS, only(read("title: a\n---\ntitle: b\n")).rule());
        assertTrue(read("---\ntitle: a\n...\n").isEmpty(), "one explicit document is fine");
    }
}
