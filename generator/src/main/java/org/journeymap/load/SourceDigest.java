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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.journeymap.parallel.Parallel;

/**
 * What a site is made from, as one SHA-256: every file under the source folder (path and bytes;
 * a symbolic link by its target), the source folder's place, the tool that renders it and the
 * build's options. Two equal digests mean the same site. Only {@code .git} folders are left out:
 * a file that journeymap does not read costs a rebuild, never a stale site.
 *
 * <p>A file's SHA-256 may be taken from what a digest of the same folder found before ({@link
 * #remembered}) instead of reading the file again, when the file still has the size, modification
 * time, status-change time, inode and device it had then, as git and Bazel trust a file's
 * attributes. Writing a file, or changing its time, sets its status-change time to the present,
 * and no program can set it back; so a file is only remembered when its status changed at least
 * {@link #SETTLED_NANOS} before it was read, and any later change gives it another status-change
 * time. Where the system does not tell the status-change time (Windows), every file is read.
 */
public record SourceDigest(Path root, String hex, List<Stamp> stamps, Map<String, String> files) {

    /** How long before it is read a file's status must have last changed for it to be remembered: 2 s. */
    static final long SETTLED_NANOS = 2_000_000_000L;
    private static final String REMEMBERED = "journeymap remembered digests 1";

    /**
     * A file's attributes when its bytes were read: size, modification and status-change times in
     * nanoseconds (changed is {@link Long#MIN_VALUE} where the system does not tell it), and its
     * inode and device (0 where not told).
     */
    public record Stamp(Path file, long size, long modified, long changed, long inode, long device) {

        static Stamp of(Path file) throws IOException {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
                return new Stamp(file, (Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                        ((Number) a.get("ino")).longValue(), ((Number) a.get("dev")).longValue());
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(file, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), Long.MIN_VALUE, 0, 0);
            }
        }

        private static long nanos(Object time) {
            return ((java.nio.file.attribute.FileTime) time).to(TimeUnit.NANOSECONDS);
        }

        /** Whether a file with these attributes now can be trusted to hold what it held with those. */
        boolean same(Remembered r) {
            return changed != Long.MIN_VALUE && size == r.size && modified == r.modified && changed == r.changed
                    && inode == r.inode && device == r.device;
        }
    }

    /** A file's attributes and SHA-256 as a digest found them. */
    public record Remembered(long size, long modified, long changed, long inode, long device, String sha256) {
    }

    /**
     * The files' attributes and SHA-256 that a later digest may trust: those whose status had not
     * changed for {@link #SETTLED_NANOS} when they were read, now being when the digest began.
     */
    public byte[] remember(long now) {
        StringBuilder out = new StringBuilder(REMEMBERED).append('\n');
        for (Stamp s : stamps) {
            String name = name(root, s.file());
            String sha = files.get(name);
            if (s.changed() != Long.MIN_VALUE && now - s.changed() >= SETTLED_NANOS && sha != null
                    && name.indexOf('\n') < 0 && name.indexOf('\t') < 0) {
                out.append(s.size()).append('\t').append(s.modified()).append('\t').append(s.changed()).append('\t')
                        .append(s.inode()).append('\t').append(s.device()).append('\t').append(sha).append('\t')
                        .append(name).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What {@link #remember} wrote, by file name; empty for anything else. */
    public static Map<String, Remembered> remembered(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].equals(REMEMBERED)) {
            return Map.of();
        }
        Map<String, Remembered> known = new java.util.HashMap<>();
        try {
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", 7);
                if (f.length != 7 || !f[5].matches("[0-9a-f]{64}")) {
                    return Map.of();
                }
                known.put(f[6], new Remembered(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                        Long.parseLong(f[3]), Long.parseLong(f[4]), f[5]));
            }
        } catch (NumberFormatException e) {
            return Map.of();
        }
        return known;
    }

    /**
     * @param tool    who renders: version and code
     * @param options anything else that changes the output, such as a base URL given on the command line
     */
    public static SourceDigest of(Path root, String tool, String options) throws IOException {
        return of(root, tool, options, Map.of());
    }

    /** The same, taking the SHA-256 of each file that is as it was from known (see {@link #remembered}). */
    public static SourceDigest of(Path root, String tool, String options, Map<String, Remembered> known)
            throws IOException {
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
            Remembered before = known.get(name(root, f));
            return new Read(stamp, before != null && stamp.same(before) ? HexFormat.of().parseHex(before.sha256())
                    : sha256().digest(Files.readAllBytes(f)));
        });
        MessageDigest all = sha256();
        update(all, "journeymap source digest 1\n" + tool + "\n" + options + "\n" + root + "\n");
        List<Stamp> stamps = new ArrayList<>(files.size());
        Map<String, String> each = new java.util.TreeMap<>();
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
        return new SourceDigest(root, HexFormat.of().formatHex(all.digest()), List.copyOf(stamps),
                java.util.Collections.unmodifiableMap(each));
    }

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /**
     * The SHA-256 of file as known (each file by its path under root, as {@link #files()} gives
     * them), without reading it; empty for a file outside root, or not known, or known by anything
     * but a SHA-256.
     */
    public static java.util.Optional<String> known(Map<String, String> known, Path root, Path file) {
        if (root == null) {
            return java.util.Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(base)) {
            return java.util.Optional.empty();
        }
        String sha = known.get(SourceFolder.relativeName(base, f));
        return sha == null || !SHA256.matcher(sha).matches() ? java.util.Optional.empty() : java.util.Optional.of(sha);
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
        return SourceFolder.relativeName(root, file);
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
