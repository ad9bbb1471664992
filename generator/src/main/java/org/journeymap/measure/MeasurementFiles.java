package org.journeymap.measure;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.load.Text;
import org.journeymap.model.Measurement;
import org.journeymap.model.Position;
import org.journeymap.parallel.Parallel;

/**
 * The measurement files of a source folder: every .csv file under measurements/, in sub-folders
 * too, read on all cores; hidden files are skipped, and any other file there is a finding, so
 * that a file saved as .xlsx by mistake is not silently ignored.
 */
public final class MeasurementFiles {

    /** The folder, under the source folder. */
    public static final String FOLDER = "measurements";

    private MeasurementFiles() {
    }

    /** Every measurement of the folder's files, by file path and then as written. */
    public static List<Measurement> read(Path root, Findings findings) throws IOException {
        List<Path> files = list(root, findings);
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

    /** The CSV files under measurements/, sorted by path; other files there are findings. */
    static List<Path> list(Path root, Findings findings) throws IOException {
        Path dir = root.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path realRoot = root.toRealPath();
        TreeMap<String, Path> found = new TreeMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && d.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                String name = f.getFileName().toString();
                if (name.startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    findings.add(Rule.UNEXPECTED_FILE, Position.startOf(f), "'" + Text.forMessage(name)
                            + "' is not a CSV file; measurements/ holds CSV exports (save a spreadsheet as"
                            + " \"CSV UTF-8\"), so rename it to end in .csv or move it out");
                    return FileVisitResult.CONTINUE;
                }
                boolean inside = attrs.isRegularFile()
                        || attrs.isSymbolicLink() && f.toRealPath().startsWith(realRoot) && Files.isRegularFile(f);
                if (!inside) {
                    findings.add(Rule.UNEXPECTED_FILE, Position.startOf(f), "'" + Text.forMessage(name)
                            + "' links to a file outside the source folder; copy the file in");
                    return FileVisitResult.CONTINUE;
                }
                found.put(dir.relativize(f).toString().replace('\\', '/'), f);
                return FileVisitResult.CONTINUE;
            }
        });
        return List.copyOf(found.values());
    }
}
