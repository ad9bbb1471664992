package org.journeymap.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a site into a temporary folder beside the output folder and swaps it in when complete.
 * On any failure the previous site is left byte for byte as it was and the temporary folder is
 * removed. Refuses to replace a folder that journeymap did not write (see {@link #MARKER}).
 *
 * <pre>{@code
 * try (AtomicSiteWriter w = AtomicSiteWriter.open(out, guarded)) {
 *     render(w);
 *     w.commit();
 * }
 * }</pre>
 */
public final class AtomicSiteWriter implements SiteOutput, AutoCloseable {

    /** The file that marks a folder as journeymap's own, safe to replace. */
    public static final String MARKER = ".journeymap-site";

    private final Path target;
    private final Path staging;
    private final Path realStaging;
    private boolean committed;
    /** The removal of the site that the commit replaced, while it runs. */
    private java.util.concurrent.FutureTask<Path> removal;
    /** Folders of the staging site known to exist inside it, so each is created and checked once. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private AtomicSiteWriter(Path target, Path staging) throws IOException {
        this.target = target;
        this.staging = staging;
        this.realStaging = staging.toRealPath();
    }

    /**
     * Checks that the output folder may be replaced, then opens a temporary folder beside it.
     *
     * @param source the source folder: the output may neither contain it nor lie inside it
     * @param protectedFolders folders the output may not be or contain, such as the current
     *                         folder and the project folder
     */
    public static AtomicSiteWriter open(Path output, Path source, List<Path> protectedFolders)
            throws OutputFolderException {
        Path target = output.toAbsolutePath().normalize();
        refuseUnsafe(target, source.toAbsolutePath().normalize(), protectedFolders);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".journeymap-");
            return new AtomicSiteWriter(target, staging);
        } catch (IOException e) {
            throw new OutputFolderException(target, "cannot create a temporary folder beside " + target + ": " + e, e);
        }
    }

    /**
     * The checks of {@link #open}, without opening anything: whether the site may be written to
     * output at all.
     */
    public static void check(Path output, Path source, List<Path> protectedFolders) throws OutputFolderException {
        refuseUnsafe(output.toAbsolutePath().normalize(), source.toAbsolutePath().normalize(), protectedFolders);
    }

    static void refuseUnsafe(Path target, Path source, List<Path> protectedFolders) throws OutputFolderException {
        if (target.getParent() == null) {
            throw new OutputFolderException(target, "refusing to write the site to the root folder " + target, null);
        }
        Map<Path, String> kept = new LinkedHashMap<>();
        kept.put(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize(), "the home folder");
        kept.put(source, "the source folder");
        for (Path p : protectedFolders) {
            kept.putIfAbsent(p.toAbsolutePath().normalize(), "the project folder");
        }
        for (Map.Entry<Path, String> k : kept.entrySet()) {
            if (k.getKey().startsWith(target)) {
                throw new OutputFolderException(target, "refusing to write the site to " + target + ", which "
                        + (k.getKey().equals(target) ? "is " : "contains ") + k.getValue() + " (" + k.getKey()
                        + "); choose a folder of its own such as target/site", null);
            }
        }
        if (target.startsWith(source)) {
            throw new OutputFolderException(target, "refusing to write the site to " + target
                    + ", inside the source folder; choose a folder outside it such as target/site", null);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException(target, "refusing to replace " + target + ": it is not a folder", null);
        }
        if (Files.exists(target.resolve(".git")) || Files.exists(target.resolve("pom.xml"))) {
            throw new OutputFolderException(target, "refusing to replace " + target
                    + ": it holds .git or pom.xml, so it looks like a project, not a site", null);
        }
        if (!Files.isRegularFile(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new OutputFolderException(target, "refusing to replace " + target + ": it is not empty and"
                    + " journeymap did not write it (it has no " + MARKER + " file); empty it or choose another folder",
                    null);
        }
    }

    private static boolean isEmpty(Path dir) throws OutputFolderException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new OutputFolderException(dir, "cannot read " + dir + ": " + e, e);
        }
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path file = resolve(path);
        Files.write(file, content);
    }

    @Override
    public java.io.OutputStream open(String path) throws IOException {
        Path file = resolve(path);
        return new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        Path file = resolve(path);
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A hard link to the file of the previous build when the file system allows it (the old
     * folder is only ever moved and deleted, never changed in place), else a copy.
     */
    @Override
    public void reuse(String path, Path previous) throws IOException {
        Path file = resolve(path);
        try {
            Files.createLink(file, previous);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(previous, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file of a path of the site in the staging folder, its folder created and checked to lie inside it. */
    private Path resolve(String path) throws IOException {
        Path file = staging.resolve(SiteOutput.checkedPath(path)).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("this is a bug: output path " + path + " leaves the output folder");
        }
        Path parent = file.getParent();
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            if (!parent.toRealPath().startsWith(realStaging)) {
                throw new IOException("this is a bug: output path " + path + " leaves the output folder");
            }
            folders.add(parent);
        }
        return file;
    }

    /**
     * Swaps the finished site in place of the old one. The old site's files are removed on
     * another thread meanwhile (a site of thousands of files takes a tenth of a second), so that
     * the caller can go on, for instance to list the new site; {@link #close} waits for them.
     */
    public void commit() throws OutputFolderException {
        try {
            Files.writeString(staging.resolve(MARKER), "This folder was written by journeymap and is replaced"
                    + " whole on every build.\n");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
                try {
                    move(staging, target);
                } catch (IOException e) {
                    move(old, target);
                    throw e;
                }
                removal = new java.util.concurrent.FutureTask<>(() -> {
                    deleteTree(old);
                    return old;
                });
                Thread t = new Thread(removal, "journeymap-remove-old-site");
                t.setDaemon(false);
                t.start();
            } else {
                move(staging, target);
            }
            committed = true;
        } catch (IOException e) {
            throw new OutputFolderException(target, "cannot put the new site in place at " + target + ": " + e, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /**
     * Removes the temporary folder unless the site was committed; after a commit, waits until the
     * old site is removed.
     */
    @Override
    public void close() throws OutputFolderException {
        if (removal != null) {
            java.util.concurrent.FutureTask<Path> r = removal;
            removal = null;
            try {
                r.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new OutputFolderException(target, "the new site is in place at " + target
                        + ", but the old one could not be removed beside it: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputFolderException(target, "interrupted while the old site was removed beside "
                        + target, e);
            }
        }
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException | UncheckedIOException e) {
                throw new OutputFolderException(staging, "cannot remove the temporary folder " + staging + ": " + e, e);
            }
        }
    }

    /**
     * Deletes a folder and everything below it, the files on all cores; nothing when it does not
     * exist. Links are deleted, never followed.
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new java.util.ArrayList<>();
        List<Path> dirs = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? dirs : files).add(p));
        }
        org.journeymap.parallel.Parallel.map(files, p -> {
            Files.delete(p);
            return p;
        });
        dirs.sort(Comparator.reverseOrder());
        for (Path d : dirs) {
            Files.delete(d);
        }
    }
}
