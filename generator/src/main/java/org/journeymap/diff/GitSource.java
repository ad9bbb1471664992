package org.journeymap.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.journeymap.load.Limits;

/**
 * Reads a source folder as it was at a git revision, with JGit: no git executable is needed,
 * and a shallow CI checkout works as long as it fetched the base commit. The files are written
 * into a folder of the caller's, which is then validated like any other.
 */
public final class GitSource {

    private GitSource() {
    }

    /**
     * Writes the files under the source folder, as they were at ref, into target.
     *
     * @throws IOException when there is no repository, the ref is unknown or a file cannot be read
     */
    public static void export(Path sourceFolder, String ref, Path target) throws IOException {
        Path folder = sourceFolder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("no git repository holds " + sourceFolder);
        }
        try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(ref + "^{commit}");
            if (id == null) {
                throw new IOException("the revision '" + ref + "' is not in the repository; fetch it first (in CI:"
                        + " git fetch origin main, or actions/checkout with fetch-depth: 0)");
            }
            RevCommit commit = walk.parseCommit(id);
            Path work = repo.getWorkTree().toPath().toAbsolutePath().normalize().toRealPath();
            Path relative = work.relativize(folder.toRealPath());
            String prefix = relative.toString().replace('\\', '/');
            Files.createDirectories(target);
            try (TreeWalk tree = new TreeWalk(repo)) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                if (!prefix.isEmpty()) {
                    tree.setFilter(PathFilter.create(prefix));
                }
                int files = 0;
                while (tree.next()) {
                    if (tree.getFileMode(0) != FileMode.REGULAR_FILE && tree.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                        continue;
                    }
                    String path = tree.getPathString();
                    String inside = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                    Path out = target.resolve(inside).normalize();
                    if (!out.startsWith(target) || ++files > Limits.MAX_FILES * 2) {
                        throw new IOException("the revision '" + ref + "' holds an unusable path or too many files");
                    }
                    ObjectLoader blob = repo.open(tree.getObjectId(0));
                    Files.createDirectories(out.getParent());
                    try (OutputStream o = Files.newOutputStream(out)) {
                        blob.copyTo(o);
                    }
                }
            }
        } catch (MissingObjectException e) {
            throw new IOException("the revision '" + ref + "' is only partly in this checkout (a shallow clone?);"
                    + " fetch it with more depth: " + e.getMessage(), e);
        }
    }
}
