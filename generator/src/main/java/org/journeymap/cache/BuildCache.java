package org.journeymap.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * journeymap's build cache: a folder outside the published site where a build keeps what the next
 * build of the same source folder can use again (the record of the site it wrote, drawn curves).
 * One sub-folder per source folder; in it, entries by kind and by a SHA-256 key.
 *
 * <p>The cache never changes what is built, only how fast. Every entry carries the version of
 * the tool that wrote it and the CRC-32C checksum of its bytes: an entry that is missing, truncated,
 * corrupted, written by another version or edited by hand reads as missing, is removed, and the
 * build does the work again. Entries are written to a temporary file and moved into place, so
 * that two builds sharing a cache, or a build that is stopped, never leave half an entry. A cache
 * that cannot be written is not an error: the build goes on without it.
 */
public final class BuildCache {

    /** A cache that holds nothing and keeps nothing: {@code --no-cache}. */
    public static final BuildCache NONE = new BuildCache(null, "");

    private static final byte[] MAGIC = "journeymap-cache 2\n".getBytes(StandardCharsets.US_ASCII);
    /** The magic, the SHA-256 of the writer, the CRC-32C of the payload and its length. */
    private static final int HEADER = MAGIC.length + 32 + 8 + 8;
    /** An entry far larger than any PNG or record is not one of ours. */
    private static final long MAX_ENTRY = 256L << 20;

    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z]+");
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final byte[] tool;
    /** Entries read or written by this process, which {@link #prune} keeps. */
    private final Set<Path> used = ConcurrentHashMap.newKeySet();

    private BuildCache(Path folder, String toolIdentity) {
        this.folder = folder;
        // NONE hashes nothing: the command-line launcher loads this class before it starts its JVM
        this.tool = folder == null ? new byte[32] : sha256(toolIdentity.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cache of one source folder inside the cache folder root.
     *
     * @param toolIdentity who writes the entries: an entry of any other writer is ignored
     */
    public static BuildCache open(Path root, Path sourceFolder, String toolIdentity) {
        String source = sourceFolder.toAbsolutePath().normalize().toString();
        String name = HexFormat.of().formatHex(sha256(source.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        return new BuildCache(root.toAbsolutePath().normalize().resolve(name), toolIdentity);
    }

    /**
     * Where the cache lives when none is named: {@code $XDG_CACHE_HOME/journeymap}, else
     * {@code ~/.cache/journeymap} on Linux and other Unix systems, {@code ~/Library/Caches/journeymap}
     * on macOS, {@code %LOCALAPPDATA%\journeymap\cache} on Windows.
     */
    public static Path defaultRoot(Map<String, String> environment, String osName, Path home) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "journeymap");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "journeymap", "cache")
                    : home.resolve("AppData").resolve("Local").resolve("journeymap").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("journeymap");
        }
        return home.resolve(".cache").resolve("journeymap");
    }

    /** The default root on this machine. */
    public static Path defaultRoot() {
        return defaultRoot(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** Whether this cache keeps anything ({@link #NONE} does not). */
    public boolean enabled() {
        return folder != null;
    }

    /** The folder of this source folder's entries, or null for {@link #NONE}. */
    public Path folder() {
        return folder;
    }

    /** The key of an entry: the SHA-256 of what decides its content, in hex. */
    public static String key(String what) {
        return key(what.getBytes(StandardCharsets.UTF_8));
    }

    /** The same of bytes. */
    public static String key(byte[] what) {
        return HexFormat.of().formatHex(sha256(what));
    }

    /** The bytes stored under kind and key, when an intact entry of this version is there. */
    public Optional<byte[]> read(String kind, String key) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = file(kind, key);
        try {
            byte[] all;
            // one open, no link followed; a missing entry is the common case, not an error
            try (java.nio.channels.SeekableByteChannel in = Files.newByteChannel(file,
                    java.nio.file.StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                long size = in.size();
                if (size > MAX_ENTRY) {
                    all = null;
                } else {
                    ByteBuffer buffer = ByteBuffer.allocate((int) size);
                    while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                        // read on
                    }
                    all = buffer.hasRemaining() ? null : buffer.array();
                }
            } catch (java.nio.file.NoSuchFileException e) {
                return Optional.empty();
            }
            if (all == null) {
                discard(file);
                return Optional.empty();
            }
            Optional<byte[]> payload = unwrap(all);
            if (payload.isEmpty()) {
                discard(file);
            } else {
                used.add(file);
            }
            return payload;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores bytes under kind and key; a failure to store leaves the cache without the entry. */
    public void write(String kind, String key, byte[] payload) {
        if (folder == null) {
            return;
        }
        Path file = file(kind, key);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".tmp-", "");
            try {
                Files.write(temp, wrap(payload));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                used.add(file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only makes the next build slower
        }
    }

    /**
     * Keeps the entry under kind and key through {@link #prune} without reading it: what a build
     * takes from the previous site, ready made, still uses the entries it was made with.
     */
    public void keep(String kind, String key) {
        if (folder != null && KIND.matcher(kind).matches() && KEY.matcher(key).matches()) {
            used.add(file(kind, key));
        }
    }

    /** Removes one entry, if it is there. */
    public void remove(String kind, String key) {
        if (folder != null) {
            discard(file(kind, key));
        }
    }

    /**
     * Removes the entries of kind that this process neither read nor wrote: after a complete
     * build they belong to sources that are gone, so the cache holds what the last build used.
     */
    public void prune(String kind) {
        if (folder == null) {
            return;
        }
        Path dir = folder.resolve(kind);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    if (!used.contains(p)) {
                        discard(p);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what is left is ignored or removed by a later build
        }
    }

    private Path file(String kind, String key) {
        if (!KIND.matcher(kind).matches() || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("this is a bug: cache entry " + kind + "/" + key);
        }
        return folder.resolve(kind).resolve(key.substring(0, 2)).resolve(key);
    }

    private byte[] wrap(byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + payload.length);
        b.put(MAGIC).put(tool).putLong(crc(payload, 0, payload.length)).putLong(payload.length).put(payload);
        return b.array();
    }

    private Optional<byte[]> unwrap(byte[] all) {
        if (all.length < HEADER || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !Arrays.equals(all, MAGIC.length, MAGIC.length + 32, tool, 0, 32)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(all, MAGIC.length + 32, 16);
        long crc = b.getLong();
        long length = b.getLong();
        if (length != all.length - HEADER || crc != crc(all, HEADER, all.length - HEADER)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(all, HEADER, all.length));
    }

    /**
     * The CRC-32C of bytes: it finds a truncated, corrupted or hand-edited entry as surely as a
     * SHA-256 would, at a fraction of the cost (the processor computes it), and a build checks
     * every entry it reads.
     */
    private static long crc(byte[] bytes, int offset, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    private static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // ignored again next time
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this is a bug: the JDK has no SHA-256", e);
        }
    }
}
