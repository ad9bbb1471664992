package org.journeymap.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

    public TreeCache(BuildCache cache) {
        this.cache = cache;
    }

    /** The key of a file's bytes. */
    static String key(byte[] bytes) {
        try {
            return BuildCache.key("yaml tree 1\n" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this is a bug: the JDK has no SHA-256", e);
        }
    }

    /** The tree of these bytes as parsed before, with positions in file; empty when there is none. */
    Optional<YNode> get(Path file, String key) {
        return cache.read(KIND, key).flatMap(bytes -> {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                YNode root = node(in, file, 0);
                return in.read() == -1 ? Optional.of(root) : Optional.empty();
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

    private static YNode node(DataInputStream in, Path file, int depth) throws IOException {
        if (depth > Limits.MAX_DEPTH + 1) {
            throw new IOException("nested deeper than any file journeymap reads");
        }
        byte kind = in.readByte();
        Position at = new Position(file, in.readInt(), in.readInt());
        switch (kind) {
            case SCALAR, PLAIN -> {
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new IOException("not a length: " + length);
                }
                return new YNode.Scalar(new String(in.readNBytes(length), StandardCharsets.UTF_8), kind == PLAIN, at);
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

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("not a count: " + n);
        }
        return n;
    }
}
