package org.journeymap.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.journeymap.testing.Histories;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git state that decides whether a built site is up to date, read from .git as git keeps it. */
class GitStateTest {

    @TempDir
    Path temp;

    @Test
    void itIsTheCommitHeadNamesHoweverTheReferenceIsKept() throws Exception {
        Path repo = temp.resolve("repo");
        Path src = Sources.write(repo.resolve("src/journeys"), Map.of("site.yaml", "title: T\n"));
        assertEquals("no git", GitState.of(src));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Histories.commit(git, "First", "CX", "2026-11-01T10:00:00+01:00");
            RevCommit first = git.log().call().iterator().next();
            assertEquals("HEAD " + first.name() + "\nshallow ", GitState.of(src), "a loose reference");

            Histories.commit(git, "Second", "CX", "2026-11-02T10:00:00+01:00");
            RevCommit second = git.log().call().iterator().next();
            String loose = GitState.of(src);
            assertEquals("HEAD " + second.name() + "\nshallow ", loose, "a new commit changes it");

            // as git gc leaves it: the branch only in packed-refs
            Files.delete(repo.resolve(".git/refs/heads/main"));
            Files.writeString(repo.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                    + second.name() + " refs/heads/main\n");
            assertEquals(loose, GitState.of(src), "a packed reference");

            // a detached HEAD names the commit itself
            Files.writeString(repo.resolve(".git/HEAD"), first.name() + "\n");
            assertEquals("HEAD " + first.name() + "\nshallow ", GitState.of(src));

            Files.writeString(repo.resolve(".git/shallow"), first.name() + "\n");
            assertNotEquals("HEAD " + first.name() + "\nshallow ", GitState.of(src), "the shallow boundary counts");
        }
    }

    @Test
    void aLinkedWorkTreeFollowsItsGitFile() throws Exception {
        Path repo = temp.resolve("repo");
        Sources.write(repo, Map.of("a.txt", "a\n"));
        String head;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Histories.commit(git, "First", "CX", "2026-11-01T10:00:00+01:00");
            head = git.log().call().iterator().next().name();
        }
        // what git worktree add leaves: a .git file naming a folder whose commondir is the repository's
        Path admin = repo.resolve(".git/worktrees/wt");
        Files.createDirectories(admin);
        Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(admin.resolve("commondir"), "../..\n");
        Path wt = temp.resolve("wt");
        Files.createDirectories(wt.resolve("src"));
        Files.writeString(wt.resolve(".git"), "gitdir: " + admin + "\n");
        assertEquals("HEAD " + head + "\nshallow ", GitState.of(wt.resolve("src")));
    }

    @Test
    void aFilesBlobIdIsGits() {
        for (String text : new String[] {"", "title: Buying\n", "tytuł: Zakup ścieżki\n".repeat(500)}) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(new org.eclipse.jgit.lib.ObjectInserter.Formatter().idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB,
                    bytes).name(), GitHistory.blobId(bytes));
        }
    }
}
