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
        List<List<Measurement>> each = Parallel.map(files, f -> {
            Findings local = new Findings();
            List<Measurement> rows = MeasurementFile.read(f, local);
            findings.addAll(local);
            return rows;
        });
        List<Measurement> all = new ArrayList<>();
        each.forEach(all::addAll);
        return all;
    }
}
