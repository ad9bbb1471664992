package org.journeymap.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeymap.parallel.Parallel;

/**
 * What a site is made from, as one SHA-256: every file under the source folder (path and bytes;
 * a symbolic link by its target), the source folder's place, the tool that renders it and the
 * build's options. Two equal digests mean the same site. Only {@code .git} folders are left out:
 * a file that journeymap does not read costs a rebuild, never a stale site.
 */
public record SourceDigest(String hex, List<Stamp> stamps, java.util.Map<String, String> files) {

    /** A file's size and modification time when its bytes were read. */
    public record Stamp(Path file, long size, long modified) {

        static Stamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(file, a.size(), a.lastModifiedTime().to(TimeUnit.MICROSECONDS));
        }
    }

    /**
     * @param tool    who renders: version and code
     * @param options anything else that changes the output, such as a base URL given on the command line
     */
    public static SourceDigest of(Path root, String tool, String options) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(root)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    links.add(name(root, file) + " -> " + Files.readSymbolicLink(file));
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                    }
                } else if (attrs.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        links.sort(null);
        // stamped before reading: a file changed while it is read no longer matches its stamp
        List<Read> reads = Parallel.map(files, f -> {
            Stamp stamp = Stamp.of(f);
            return new Read(stamp, sha256().digest(Files.readAllBytes(f)));
        });
        MessageDigest all = sha256();
        update(all, "journeymap source digest 1\n" + tool + "\n" + options + "\n" + root + "\n");
        List<Stamp> stamps = new ArrayList<>(files.size());
        java.util.Map<String, String> each = new java.util.TreeMap<>();
        for (Read r : reads) {
            String name = name(root, r.stamp().file());
            update(all, name + "\n");
            all.update(r.sha256());
            stamps.add(r.stamp());
            each.put(name, HexFormat.of().formatHex(r.sha256()));
        }
        for (String link : links) {
            update(all, link + "\n");
        }
        for (String link : links) {
            each.put(link, "link");
        }
        return new SourceDigest(HexFormat.of().formatHex(all.digest()), List.copyOf(stamps),
                java.util.Collections.unmodifiableMap(each));
    }

    /** The SHA-256 of one file's bytes, in hex, as {@link #files()} gives it. */
    public static String of(Path file) throws IOException {
        return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
    }

    /** Whether every file still has the size and time it had when it was read. */
    public boolean unchangedSince() {
        try {
            for (Stamp s : stamps) {
                if (!Stamp.of(s.file()).equals(s)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // gone or unreadable
        }
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private record Read(Stamp stamp, byte[] sha256) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this is a bug: the JDK has no SHA-256", e);
        }
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
