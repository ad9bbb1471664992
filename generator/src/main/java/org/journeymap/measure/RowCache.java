package org.journeymap.measure;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.cache.BuildCache;
import org.journeymap.model.CellPositions;
import org.journeymap.model.Measurement;
import org.journeymap.model.Position;

/**
 * The rows of measurement files as read before, kept in the build cache by the SHA-256 of the
 * file's bytes, as {@link org.journeymap.load.TreeCache} keeps YAML files: a build after an edit
 * elsewhere does not parse a large export again. Only files read without a finding are kept: the
 * findings of the others come from reading them. The rows are stored without their file, so a
 * renamed or moved file is found too; their positions get the file they are read from now.
 *
 * <p>An entry holds each text of the file once (ids, dates and sources repeat on every row), then
 * each row: its texts by number, its value, where it starts and where each of its cells is.
 */
public final class RowCache {

    private static final String KIND = "rows";
    private static final int COLUMNS = MeasurementFile.COLUMNS.size();

    private final BuildCache cache;
    private final Path root;
    private final Map<String, String> known;

    /**
     * @param root  the source folder
     * @param known the SHA-256 of each source file by its path under root, as {@link
     *              org.journeymap.load.SourceDigest#files()} gives it; a file not in it is read
     */
    public RowCache(BuildCache cache, Path root, Map<String, String> known) {
        this.cache = cache;
        this.root = root;
        this.known = known;
    }

    /** The entry's key for a file, or empty when its SHA-256 is not known. */
    Optional<String> key(Path file) {
        return org.journeymap.load.SourceDigest.known(known, root, file)
                .map(sha -> BuildCache.key("measurement rows 1\n" + sha));
    }

    /** The rows of file as read before, with positions in file; empty when there are none. */
    public Optional<List<Measurement>> get(Path file) {
        return key(file).flatMap(key -> cache.read(KIND, key).flatMap(bytes -> {
            try {
                ByteBuffer in = ByteBuffer.wrap(bytes);
                List<Measurement> rows = rows(in, file);
                return in.hasRemaining() ? Optional.empty() : Optional.of(rows);
            } catch (IOException | RuntimeException e) {
                cache.remove(KIND, key);
                return Optional.empty();
            }
        }));
    }

    /** Keeps the rows of file, read without a finding. */
    public void put(Path file, List<Measurement> rows) {
        key(file).ifPresent(key -> cache.write(KIND, key, bytes(rows)));
    }

    static byte[] bytes(List<Measurement> rows) {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> texts = new ArrayList<>();
        int[][] refs = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            Measurement m = rows.get(r);
            String[] t = {m.journey(), m.step(), m.stage(), m.metric(), m.date(), m.persona(), m.source(), m.note()};
            int[] ref = new int[t.length];
            for (int i = 0; i < t.length; i++) {
                ref[i] = t[i] == null ? -1 : numbers.computeIfAbsent(t[i], s -> {
                    texts.add(s);
                    return texts.size() - 1;
                });
            }
            refs[r] = ref;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + rows.size() * 96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(texts.size());
            for (String s : texts) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
            out.writeInt(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Measurement m = rows.get(r);
                for (int ref : refs[r]) {
                    out.writeInt(ref);
                }
                out.writeDouble(m.value());
                out.writeInt(m.at().line());
                out.writeInt(m.at().column());
                if (m.positions() instanceof CellPositions cells && cells.names() == MeasurementFile.COLUMNS) {
                    // as a measurement file's rows hold them: no position object, no look-up by name
                    for (int c = 0; c < COLUMNS; c++) {
                        out.writeInt(cells.line(c));
                        out.writeInt(cells.column(c));
                    }
                } else {
                    for (String column : MeasurementFile.COLUMNS) {
                        Position p = m.positions().get(column);
                        out.writeInt(p == null ? 0 : p.line());
                        out.writeInt(p == null ? 0 : p.column());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("this is a bug: a ByteArrayOutputStream failed", e);
        }
        return bytes.toByteArray();
    }

    /** Reads the rows as {@link #bytes} wrote them; a ByteBuffer, which reads without locks or copies. */
    static List<Measurement> rows(ByteBuffer in, Path file) throws IOException {
        String[] texts = new String[count(in, 4)];
        for (int i = 0; i < texts.length; i++) {
            int length = count(in, 1);
            texts[i] = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
        }
        LocalDate[] days = new LocalDate[texts.length];
        int n = count(in, 8 * 4 + 8 + 8 + COLUMNS * 8);
        List<Measurement> rows = new ArrayList<>(n);
        String[] t = new String[8];
        for (int r = 0; r < n; r++) {
            int date = -1;
            for (int i = 0; i < t.length; i++) {
                int ref = in.getInt();
                if (ref < -1 || ref >= texts.length) {
                    throw new IOException("not a text: " + ref);
                }
                t[i] = ref < 0 ? null : texts[ref];
                date = i == 4 ? ref : date;
            }
            if (date < 0) {
                throw new IOException("a row without a date");
            }
            if (days[date] == null) {
                days[date] = MeasurementFile.day(texts[date]);
                if (days[date] == null) {
                    throw new IOException("not a date: " + texts[date]);
                }
            }
            double value = in.getDouble();
            Position at = new Position(file, in.getInt(), in.getInt());
            int[] lines = new int[COLUMNS];
            int[] columns = new int[COLUMNS];
            for (int c = 0; c < COLUMNS; c++) {
                lines[c] = in.getInt();
                columns[c] = in.getInt();
            }
            rows.add(new Measurement(t[0], t[1], t[2], t[3], value, t[4], days[date], t[5], t[6], t[7], at,
                    new CellPositions(file, MeasurementFile.COLUMNS, lines, columns)));
        }
        return rows;
    }

    /** A count of items of at least size bytes each that the rest of the entry can hold. */
    private static int count(ByteBuffer in, int size) throws IOException {
        int n = in.getInt();
        if (n < 0 || (long) n * size > in.remaining()) {
            throw new IOException("not a count: " + n);
        }
        return n;
    }
}
