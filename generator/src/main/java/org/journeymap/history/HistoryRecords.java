package org.journeymap.history;

import static org.journeymap.cache.RecordBytes.count;
import static org.journeymap.cache.RecordBytes.text;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.diff.DiffLines;

/**
 * A commit's record, or a whole history, as bytes for the build cache, and back: a compact binary
 * form (a cached build reads a history of thousands of entries, and its time counts). Reading is
 * strict: anything but what this version wrote reads as nothing, and the history is read from git
 * again; a text with a control character is no record of ours either.
 */
final class HistoryRecords {

    private static final String COMMIT_RECORD = "journeymap commit record 2";
    private static final String HISTORY = "journeymap history 2";

    private HistoryRecords() {
    }

    static byte[] write(CommitRecord r) {
        return bytes(out -> {
            text(out, COMMIT_RECORD);
            commit(out, r.commit());
            out.writeInt(r.changes().size());
            for (FileChange f : r.changes()) {
                out.writeByte(f.type().ordinal());
                optional(out, f.oldPath());
                optional(out, f.newPath());
                sections(out, f.sections());
                out.writeBoolean(f.details());
                out.writeBoolean(f.readable());
                version(out, f.version());
            }
        });
    }

    static Optional<CommitRecord> read(byte[] bytes) {
        return parse(bytes, in -> {
            if (!text(in).equals(COMMIT_RECORD)) {
                return null;
            }
            Commit c = commit(in);
            int n = count(in);
            List<FileChange> changes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                changes.add(new FileChange(FileChange.Type.values()[in.get()], optional(in), optional(in), sections(in),
                        in.get() != 0, in.get() != 0, version(in)));
            }
            return new CommitRecord(c, changes);
        });
    }

    /** A whole history: each commit once, then each entry once, in the order of the portfolio's latest. */
    static byte[] write(History h) {
        return bytes(out -> {
            text(out, HISTORY);
            text(out, h.head());
            out.writeInt(h.commits());
            out.writeByte(h.incomplete().ordinal());
            Map<String, Integer> commits = new LinkedHashMap<>();
            h.latest().forEach(e -> commits.putIfAbsent(e.commit().id(), commits.size()));
            out.writeInt(commits.size());
            Map<String, Commit> byId = new LinkedHashMap<>();
            h.latest().forEach(e -> byId.putIfAbsent(e.commit().id(), e.commit()));
            for (Commit c : byId.values()) {
                commit(out, c);
            }
            out.writeInt(h.latest().size());
            for (Entry e : h.latest()) {
                out.writeInt(commits.get(e.commit().id()));
                entry(out, e);
            }
        });
    }

    /**
     * The digest of entries: their commits and everything they say, as a page shows it (what a
     * history page's bytes depend on, without building text of the whole records).
     */
    static String digest(String notice, List<Entry> entries) {
        return org.journeymap.cache.BuildCache.key(bytes(out -> {
            text(out, notice);
            out.writeInt(entries.size());
            for (Entry e : entries) {
                commit(out, e.commit());
                entry(out, e);
            }
        }));
    }

    private static void entry(DataOutputStream out, Entry e) throws IOException {
        text(out, e.journey());
        out.writeByte(e.kind().ordinal());
        optional(out, e.renamedFrom());
        optional(out, e.movedFrom());
        optional(out, e.movedTo());
        sections(out, e.sections());
        out.writeBoolean(e.details());
        out.writeBoolean(e.readable());
        version(out, e.version());
    }

    static Optional<History> readHistory(byte[] bytes) {
        return parse(bytes, in -> {
            if (!text(in).equals(HISTORY)) {
                return null;
            }
            String head = text(in);
            int commitCount = in.getInt();
            History.Incomplete incomplete = History.Incomplete.values()[in.get()];
            int n = count(in);
            List<Commit> commits = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                commits.add(commit(in));
            }
            int entries = count(in);
            List<Entry> latest = new ArrayList<>(entries);
            Map<String, List<Entry>> journeys = new LinkedHashMap<>();
            for (int i = 0; i < entries; i++) {
                Entry e = new Entry(commits.get(in.getInt()), text(in), Entry.Kind.values()[in.get()], optional(in),
                        optional(in), optional(in), sections(in), in.get() != 0, in.get() != 0, version(in));
                latest.add(e);
                journeys.computeIfAbsent(e.journey(), k -> new ArrayList<>()).add(e);
            }
            return new History(head, commitCount, incomplete, journeys, latest);
        });
    }

    // ---- the parts ----------------------------------------------------------------------------

    private interface Writing {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reading<T> {
        T read(ByteBuffer in);
    }

    private static byte[] bytes(Writing w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("this is a bug: a ByteArrayOutputStream failed", e);
        }
        return bytes.toByteArray();
    }

    private static <T> Optional<T> parse(byte[] bytes, Reading<T> r) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            T value = r.read(in);
            return value == null || in.hasRemaining() ? Optional.empty() : Optional.of(value);
        } catch (RuntimeException e) {
            return Optional.empty(); // not ours, or cut short
        }
    }

    private static void commit(DataOutputStream out, Commit c) throws IOException {
        text(out, c.id());
        text(out, c.shortId());
        out.writeLong(c.when().toEpochSecond());
        out.writeInt(c.when().getOffset().getTotalSeconds());
        text(out, c.author());
        text(out, c.subject());
    }

    private static Commit commit(ByteBuffer in) {
        String id = text(in);
        String shortId = text(in);
        long seconds = in.getLong();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.getInt());
        return new Commit(id, shortId, OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), offset), text(in),
                text(in));
    }

    private static void sections(DataOutputStream out, List<DiffLines.Section> sections) throws IOException {
        out.writeInt(sections.size());
        for (DiffLines.Section s : sections) {
            text(out, s.key());
            text(out, s.title());
            out.writeInt(s.lines().size());
            for (String line : s.lines()) {
                text(out, line);
            }
        }
    }

    private static List<DiffLines.Section> sections(ByteBuffer in) {
        int n = count(in);
        List<DiffLines.Section> sections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String key = text(in);
            String title = text(in);
            int lines = count(in);
            List<String> text = new ArrayList<>(lines);
            for (int k = 0; k < lines; k++) {
                text.add(text(in));
            }
            sections.add(new DiffLines.Section(key, title, text));
        }
        return sections;
    }

    private static void version(DataOutputStream out, Version v) throws IOException {
        out.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        number(out, v.average());
        number(out, v.lowest());
        out.writeInt(v.curve().size());
        for (Double d : v.curve()) {
            number(out, d);
        }
    }

    private static Version version(ByteBuffer in) {
        if (in.get() == 0) {
            return null;
        }
        Double average = number(in);
        Double lowest = number(in);
        int n = count(in);
        List<Double> curve = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            curve.add(number(in));
        }
        return new Version(average, lowest, curve);
    }

    private static void number(DataOutputStream out, Double d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeDouble(d);
        }
    }

    private static Double number(ByteBuffer in) {
        return in.get() == 0 ? null : in.getDouble();
    }

    private static void optional(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            text(out, s);
        }
    }

    private static String optional(ByteBuffer in) {
        return in.get() == 0 ? null : text(in);
    }
}
