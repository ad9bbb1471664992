package org.journeymap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the listing of a source folder takes, and what it reports instead of taking. */
class SourceFolderTest {

    @TempDir
    Path temp;

    private static List<String> ids(List<SourceFolder.SourceFile> files) {
        return files.stream().map(f -> f.group() + "/" + f.id()).toList();
    }

    private static String messages(Findings findings) {
        return findings.settle(Map.of()).stream().map(f -> f.rule().id() + " " + f.at().file().getFileName() + ": "
                + f.message()).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void linksAreTakenOnlyToFilesInsideTheSourceFolder() throws Exception {
        Path root = Sources.project(temp.resolve("src"), Map.of("shared/buy-again.yaml", Sources.JOURNEY));
        Path outside = Sources.write(temp.resolve("elsewhere"), Map.of("secret.yaml", Sources.JOURNEY,
                "more/other.yaml", Sources.JOURNEY));
        Files.createSymbolicLink(root.resolve("journeys/secret.yaml"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(root.resolve("journeys/again.yaml"), root.resolve("shared/buy-again.yaml"));
        Files.createSymbolicLink(root.resolve("journeys/more"), outside.resolve("more"));
        Findings findings = new Findings();
        SourceFolder folder = SourceFolder.scan(root, findings);
        assertEquals(List.of("/again", "/buy"), ids(folder.journeys()), messages(findings));
        String reported = messages(findings);
        assertTrue(reported.contains("unexpected-file secret.yaml: 'secret.yaml' links to a file outside the source"
                + " folder"), reported);
        assertTrue(reported.contains("unexpected-file more: 'more' is not a YAML file"), "a linked folder is not"
                + " entered: " + reported);
        assertEquals(2, findings.settle(Map.of()).size(), reported);
    }

    @Test
    void groupsHiddenEntriesAndFoldersUnderPersonas() throws Exception {
        Path root = Sources.project(temp.resolve("src"), Map.of(
                "journeys/retail/online/browse.yaml", Sources.JOURNEY,
                "journeys/.drafts/idea.yaml", Sources.JOURNEY,
                "journeys/.notes.yaml", Sources.JOURNEY,
                "personas/team/cleo.yaml", Sources.PERSONA));
        Findings findings = new Findings();
        SourceFolder folder = SourceFolder.scan(root, findings);
        assertEquals(List.of("/buy", "retail/online/browse"), ids(folder.journeys()), messages(findings));
        List<Finding> reported = findings.settle(Map.of());
        assertTrue(reported.stream().anyMatch(f -> f.rule() == Rule.UNEXPECTED_FILE
                && f.message().contains("move the files out of the folder 'team'")), messages(findings));
        assertTrue(folder.journeys().stream().allMatch(f -> f.attributes() != null && f.attributes().isRegularFile()));
    }
}
