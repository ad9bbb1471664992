package org.journeymap.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the history depends on, read cheaply from the .git folder without starting JGit: the
 * commit HEAD names and the shallow boundary. A build whose sources and git state are as at the
 * last build has nothing to write; a new commit that changes no file still changes the history
 * pages. When the state cannot be told this way (a reference held in an unusual place), JGit
 * resolves HEAD.
 */
public final class GitState {

    private GitState() {
    }

    /** A text that changes when the history would: HEAD's commit and the shallow file; "no git" outside a work tree. */
    public static String of(Path sourceRoot) {
        if (System.getenv("GIT_DIR") != null || System.getenv("GIT_CEILING_DIRECTORIES") != null) {
            return viaJgit(sourceRoot); // git's environment decides which repository: JGit reads it as git does
        }
        Optional<Path> git = gitDir(sourceRoot.toAbsolutePath().normalize());
        if (git.isEmpty()) {
            return "no git";
        }
        try {
            Path dir = git.get();
            Path common = common(dir);
            String head = Files.readString(dir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            String commit = head;
            if (head.startsWith("ref: ")) {
                String ref = head.substring(5).strip();
                commit = read(dir.resolve(ref)).or(() -> read(common.resolve(ref)))
                        .or(() -> packed(common, ref)).orElse(null);
            }
            if (commit == null || !commit.matches("[0-9a-f]{40}([0-9a-f]{24})?")) {
                return viaJgit(sourceRoot);
            }
            String shallow = read(common.resolve("shallow")).orElse("");
            return "HEAD " + commit + "\nshallow " + shallow;
        } catch (IOException | RuntimeException e) {
            return viaJgit(sourceRoot);
        }
    }

    private static String viaJgit(Path sourceRoot) {
        org.eclipse.jgit.storage.file.FileRepositoryBuilder builder = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .readEnvironment().findGitDir(sourceRoot.toFile());
        if (builder.getGitDir() == null) {
            return "no git";
        }
        try (org.eclipse.jgit.lib.Repository repo = builder.build()) {
            org.eclipse.jgit.lib.ObjectId head = repo.resolve("HEAD^{commit}");
            return "HEAD " + (head == null ? "none" : head.name()) + "\nshallow "
                    + repo.getObjectDatabase().getShallowCommits();
        } catch (IOException | RuntimeException e) {
            return "unreadable git data";
        }
    }

    /** The .git folder of the work tree holding dir (following a .git file of a linked work tree). */
    private static Optional<Path> gitDir(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            Path git = d.resolve(".git");
            if (Files.isDirectory(git)) {
                return Optional.of(git);
            }
            if (Files.isRegularFile(git)) {
                try {
                    String text = Files.readString(git, StandardCharsets.UTF_8).strip();
                    if (text.startsWith("gitdir:")) {
                        return Optional.of(d.resolve(text.substring(7).strip()).normalize());
                    }
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The common folder of a linked work tree's git folder (its commondir), or the folder itself. */
    private static Path common(Path dir) {
        return read(dir.resolve("commondir")).map(c -> dir.resolve(c).normalize()).orElse(dir);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A reference's commit from packed-refs. */
    private static Optional<String> packed(Path common, String ref) {
        return read(common.resolve("packed-refs")).flatMap(text -> text.lines()
                .filter(l -> l.endsWith(" " + ref)).map(l -> l.substring(0, l.indexOf(' '))).findFirst());
    }
}
