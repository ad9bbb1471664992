package org.journeymap.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeymap.finding.Findings;
import org.journeymap.model.Measurement;
import org.journeymap.parallel.Parallel;

/**
 * The measurement files of a source folder (as {@link org.journeymap.load.SourceFolder} lists
 * them), read on all cores.
 */
public final class MeasurementFiles {

    private MeasurementFiles() {
    }

    /** Every measurement of these files (as the source folder lists them), by file and then as written. */
    public static List<Measurement> read(List<Path> files, Findings findings) throws IOException {
        return read(files, findings, null);
    }

    /**
     * The same, taking the rows of a file read before without a finding from cache (null: none)
     * and keeping there those of a file read now without one.
     */
    public static List<Measurement> read(List<Path> files, Findings findings, RowCache cache) throws IOException {
        List<List<Measurement>> each = Parallel.map(files, f -> {
            java.util.Optional<List<Measurement>> kept = cache == null ? java.util.Optional.empty() : cache.get(f);
            if (kept.isPresent()) {
                return kept.get();
            }
            Findings local = new Findings();
            List<Measurement> rows = MeasurementFile.read(f, local);
            if (cache != null && local.raw().isEmpty()) {
                cache.put(f, rows);
            }
            findings.addAll(local);
            return rows;
        });
        List<Measurement> all = new ArrayList<>();
        each.forEach(all::addAll);
        return all;
    }
}
