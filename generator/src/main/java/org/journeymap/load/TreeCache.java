package org.journeymap.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.cache.BuildCache;
import org.journeymap.model.Position;

/**
 * YAML files as parsed before, kept in the build cache by the SHA-256 of their bytes: a file
 * whose bytes were parsed before, without any finding, is not parsed again. The tree is stored
 * without its file, so a renamed or moved file is found too; its positions get the file it is
 * read from now. Files with findings are never stored: their findings come from parsing them.
 */
public final class TreeCache {

    private static final String KIND = "yaml";
    private static final byte SCALAR = 1;
    private static final byte PLAIN = 2;
    private static final byte MAPPING = 3;
    private static final byte SEQUENCE = 4;

    private final BuildCache cache;
    private final Path root;
    private final Map<String, String> known;

    public TreeCache(BuildCache cache) {
        this(cache, null, Map.of());
    }

    /**
     * A cache that takes the SHA-256 of a file from known (by its path under root, as {@link
     * SourceDigest#files()} gives it) instead of reading and hashing the file again: a build has
     * just digested every source file. A file changed since then is read as it was then; the build
     * then keeps no record of its site, so the next build builds again.
     */
    public TreeCache(BuildCache cache, Path root, Map<String, String> known) {
        this.cache = cache;
        this.root = root;
        this.known = known;
    }

    /** The key of a file's bytes. */
    static String key(byte[] bytes) {
        try {
            return keyOf(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this is a bug: the JDK has no SHA-256", e);
        }
    }

    private static String keyOf(String sha256) {
        return BuildCache.key("yaml tree 1\n" + sha256);
    }

    /** The key of a file whose SHA-256 is known, without reading it; empty when it is not known. */
    Optional<String> knownKey(Path file) {
        return SourceDigest.known(known, root, file).map(TreeCache::keyOf);
    }

    /** Keeps the tree of a file whose SHA-256 is known through the cache's pruning, without reading it. */
    public void keep(Path file) {
        knownKey(file).ifPresent(key -> cache.keep(KIND, key));
    }

    /** The tree of these bytes as parsed before, with positions in file; empty when there is none. */
    Optional<YNode> get(Path file, String key) {
        return cache.read(KIND, key).flatMap(bytes -> {
            try {
                ByteBuffer in = ByteBuffer.wrap(bytes);
                YNode root = node(in, file, 0);
                return in.hasRemaining() ? Optional.empty() : Optional.of(root);
            } catch (IOException | RuntimeException e) {
                cache.remove(KIND, key);
                return Optional.empty();
            }
        });
    }

    void put(String key, YNode root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, root);
        } catch (IOException e) {
            return; // a ByteArrayOutputStream does not fail
        }
        cache.write(KIND, key, bytes.toByteArray());
    }

    private static void write(DataOutputStream out, YNode node) throws IOException {
        if (node instanceof YNode.Scalar s) {
            out.writeByte(s.plain() ? PLAIN : SCALAR);
            at(out, s.at());
            byte[] text = s.value().getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
        } else if (node instanceof YNode.Mapping m) {
            out.writeByte(MAPPING);
            at(out, m.at());
            out.writeInt(m.entries().size());
            for (YNode.Entry e : m.entries()) {
                write(out, e.key());
                write(out, e.value());
            }
        } else if (node instanceof YNode.Sequence q) {
            out.writeByte(SEQUENCE);
            at(out, q.at());
            out.writeInt(q.items().size());
            for (YNode item : q.items()) {
                write(out, item);
            }
        }
    }

    private static void at(DataOutputStream out, Position at) throws IOException {
        out.writeInt(at.line());
        out.writeInt(at.column());
    }

    /** Reads a tree as {@link #write} wrote it; a ByteBuffer, which reads without locks or copies. */
    private static YNode node(ByteBuffer in, Path file, int depth) throws IOException {
        if (depth > Limits.MAX_DEPTH + 1) {
            throw new IOException("nested deeper than any file journeymap reads");
        }
        byte kind = in.get();
        Position at = new Position(file, in.getInt(), in.getInt());
        switch (kind) {
            case SCALAR, PLAIN -> {
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new IOException("not a length: " + length);
                }
                String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
                return new YNode.Scalar(text, kind == PLAIN, at);
            }
            case MAPPING -> {
                int n = count(in);
                List<YNode.Entry> entries = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    if (!(node(in, file, depth + 1) instanceof YNode.Scalar key)) {
                        throw new IOException("a key that is not a scalar");
                    }
                    entries.add(new YNode.Entry(key, node(in, file, depth + 1)));
                }
                return new YNode.Mapping(List.copyOf(entries), at);
            }
            case SEQUENCE -> {
                int n = count(in);
                List<YNode> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(node(in, file, depth + 1));
                }
                return new YNode.Sequence(List.copyOf(items), at);
            }
            default -> throw new IOException("not a node: " + kind);
        }
    }

    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("not a count: " + n);
        }
        return n;
    }
}
