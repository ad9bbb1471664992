package org.journeymap.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.journeymap.format.Ids;
import org.journeymap.model.Position;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.finding.Suggestions;

/**
 * The files of one source folder (format v1, section 1), found without reading them. Anything
 * under personas/ or journeys/ that is not a YAML file named by a valid id is a finding, so a
 * typo such as anna.yaml.bak is never silently ignored, and so is anything under measurements/
 * that is not a CSV file (section 9). Hidden files and folders are skipped.
 */
public record SourceFolder(Path root, Optional<Path> site, Optional<Path> touchpoints, List<SourceFile> personas,
                           List<SourceFile> journeys, List<Path> measurements) {

    /** The folder of measurement files, under the source folder. */
    public static final String MEASUREMENTS = "measurements";

    /**
     * A persona or journey file; group is its sub-folder under journeys/ ("" for none);
     * attributes are its size, times and file key when the folder was listed (of the link
     * itself, for a symbolic link).
     */
    public record SourceFile(Path path, String id, String group, BasicFileAttributes attributes) {

        /** The same file: path, id and group (the attributes are what it looked like when listed). */
        public boolean sameAs(SourceFile other) {
            return path.equals(other.path) && id.equals(other.id) && group.equals(other.group);
        }
    }

    private static final List<String> TOP_LEVEL = List.of("site.yaml", "touchpoints.yaml");

    /** How many files the folder holds that journeymap reads: YAML and measurement files. */
    public int fileCount() {
        return yamlCount() + measurements.size();
    }

    private int yamlCount() {
        return (site.isPresent() ? 1 : 0) + (touchpoints.isPresent() ? 1 : 0) + personas.size() + journeys.size();
    }

    /** Lists the source folder; the root must be an existing directory. */
    /**
     * A file's name as findings, records and pages give it: relative to the source folder, with
     * forward slashes on every system; the whole path when the file lies outside it.
     */
    public static String relativeName(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(base) ? base.relativize(f) : f).toString().replace('\\', '/');
    }

    public static SourceFolder scan(Path root, Findings findings) throws IOException {
        Path realRoot = root.toRealPath();
        Optional<Path> site = topLevel(root, "site", findings);
        Optional<Path> touchpoints = topLevel(root, "touchpoints", findings);
        try (Stream<Path> top = Files.list(root)) {
            for (Path p : top.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && isYaml(name) && Files.isRegularFile(p)
                        && !List.of("site", "touchpoints").contains(baseName(name))) {
                    findings.add(Rule.UNEXPECTED_FILE, Position.startOf(p), "journeymap does not read '"
                            + Text.forMessage(name) + "' at the top of the source folder"
                            + Suggestions.nearest(name, TOP_LEVEL).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; personas go in personas/, journeys in journeys/"));
                }
            }
        }
        List<SourceFile> personas = files(root, realRoot, root.resolve("personas"), false, "persona", findings);
        List<SourceFile> journeys = files(root, realRoot, root.resolve("journeys"), true, "journey", findings);
        SourceFolder folder = new SourceFolder(root, site, touchpoints, personas, journeys,
                measurements(root, realRoot, findings));
        if (folder.yamlCount() > Limits.MAX_FILES) {
            findings.add(Rule.TOO_MANY_FILES, Position.startOf(root), "the source folder holds "
                    + folder.yamlCount() + " YAML files, more than the limit of " + Limits.MAX_FILES);
            return new SourceFolder(root, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
        }
        return folder;
    }

    private static Optional<Path> topLevel(Path root, String base, Findings findings) {
        Path yaml = root.resolve(base + ".yaml");
        Path yml = root.resolve(base + ".yml");
        boolean hasYaml = Files.isRegularFile(yaml);
        boolean hasYml = Files.isRegularFile(yml);
        if (hasYaml && hasYml) {
            findings.add(Rule.DUPLICATE_ID, Position.startOf(yml),
                    base + ".yml and " + base + ".yaml are both present; keep one of them");
        }
        return hasYaml ? Optional.of(yaml) : hasYml ? Optional.of(yml) : Optional.empty();
    }

    private static List<SourceFile> files(Path root, Path realRoot, Path dir, boolean nested, String kind,
                                          Findings findings) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SourceFile> found = new ArrayList<>();
        Map<String, Path> byId = new HashMap<>();
        // one walk, each entry's attributes read once (no link followed): for 5,000 journeys the
        // live preview lists the folder after every edit, and a stat or two per file adds up
        Map<Path, BasicFileAttributes> entries = new TreeMap<>(Comparator.comparing(Path::toString));
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.equals(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                if (isHidden(dir, d)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                entries.put(d, attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (!f.equals(dir) && !isHidden(dir, f)) {
                    entries.put(f, attrs);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Map.Entry<Path, BasicFileAttributes> entry : entries.entrySet()) {
            Path p = entry.getKey();
            BasicFileAttributes attrs = entry.getValue();
            String name = p.getFileName().toString();
            if (attrs.isDirectory()) {
                if (!nested) {
                    findings.add(Rule.UNEXPECTED_FILE, Position.startOf(p), "personas/ holds one file per persona;"
                            + " move the files out of the folder '" + Text.forMessage(name) + "'");
                }
                continue;
            }
            if (!isYaml(name)) {
                findings.add(Rule.UNEXPECTED_FILE, Position.startOf(p), "'" + Text.forMessage(name)
                        + "' is not a YAML file; rename it to end in .yaml or move it out of " + kind + "s/");
                continue;
            }
            // the walk entered no linked folder, so only a link itself can lead outside
            boolean inside = attrs.isRegularFile()
                    || attrs.isSymbolicLink() && p.toRealPath().startsWith(realRoot) && Files.isRegularFile(p);
            if (!inside) {
                findings.add(Rule.UNEXPECTED_FILE, Position.startOf(p),
                        "'" + Text.forMessage(name) + "' links to a file outside the source folder; copy the file in");
                continue;
            }
            String id = baseName(name);
            if (!Ids.isValid(id)) {
                findings.add(Rule.INVALID_FILE_NAME, Position.startOf(p), "the file name '" + Text.forMessage(id)
                        + "' is not a valid " + kind + " id; rename the file to '" + Ids.suggest(id)
                        + "." + extension(name) + "' (lower-case letters, digits and single hyphens)");
                continue;
            }
            Path first = byId.putIfAbsent(id, p);
            if (first != null) {
                findings.add(Rule.DUPLICATE_ID, Position.startOf(p), "the " + kind + " id '" + id
                        + "' is already used by " + root.relativize(first) + "; rename one of the files");
                continue;
            }
            Path relativeDir = dir.relativize(p).getParent();
            String group = relativeDir == null ? "" : relativeDir.toString().replace('\\', '/');
            found.add(new SourceFile(p, id, group, attrs));
        }
        return found;
    }

    private static boolean isHidden(Path dir, Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static String baseName(String name) {
        return name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.'));
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The CSV files under measurements/, in sub-folders too, sorted by path; other files there are findings. */
    private static List<Path> measurements(Path root, Path realRoot, Findings findings) throws IOException {
        Path dir = root.resolve(MEASUREMENTS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
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
