package org.journeymap.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.journeymap.cache.BuildCache;
import org.journeymap.model.Journey;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;

/**
 * What each output is made from, as one digest: the tool and the build's options, and the source
 * files of each kind its {@link Output#reads()} names (by path and SHA-256). An output whose
 * digest is the one the last build recorded is the same output, so it is taken from that build
 * instead of rendered.
 *
 * <p>The source files fall into the kinds of {@link Output.Input}: each journey's file, personas/,
 * touchpoints.yaml, site.yaml, templates/, static/, and every other file. A journey's neighbours
 * are the journeys it names (related, its baseline) and those that name it as their baseline; a
 * persona's are the journeys it is in and their baselines. A journey named but not found counts
 * as a file of its own, so the output changes when it appears.
 */
public final class UnitInputs {

    private final Path root;
    private final Map<String, String> files;
    private final String tool;
    private final Map<Output.Input, String> kinds = new EnumMap<>(Output.Input.class);
    private final Relations relations;
    /** The digest of each journey's measured rows (with the project's newest date), by journey id. */
    private final Map<String, String> measured = new java.util.HashMap<>();
    /** The digest of the project's newest measured date, for a journey with no rows of its own. */
    private final String newestMeasurement;
    /** The digest of each journey's history entries, by journey id; empty without a history. */
    private final Map<String, String> histories = new java.util.HashMap<>();
    /** The digest of a journey's history without entries (what its page says of the whole history). */
    private String noHistory;

    /** One output of one journey or persona (id), or of the site (id null). */
    public record Unit(Output output, String id) {

        public String key() {
            return SiteRenderer.key(output, id);
        }
    }

    /**
     * @param files every source file by its path under the source folder, with its SHA-256
     * @param tool  the tool and the options that change the output
     */
    public UnitInputs(Project project, Map<String, String> files, String tool) {
        this.root = project.sourceRoot().toAbsolutePath().normalize();
        this.files = files;
        this.tool = tool;
        this.relations = new Relations(project);
        Set<String> journeyFiles = new java.util.HashSet<>();
        project.journeys().forEach(j -> journeyFiles.add(name(j.at().file())));
        Map<Output.Input, StringBuilder> lists = new EnumMap<>(Output.Input.class);
        new TreeMap<>(files).forEach((path, digest) -> {
            Output.Input kind = journeyFiles.contains(path) ? Output.Input.JOURNEYS : kindOf(path);
            lists.computeIfAbsent(kind, k -> new StringBuilder()).append(path).append(' ').append(digest).append('\n');
        });
        for (Output.Input kind : Output.Input.values()) {
            kinds.put(kind, BuildCache.key(kind + "\n" + lists.getOrDefault(kind, new StringBuilder())));
        }
        // each journey's measured rows as the pages show them, and the newest date that staleness is measured against
        StringBuilder newest = new StringBuilder("newest ");
        project.measurements().stream().map(org.journeymap.model.Measurement::day).max(java.time.LocalDate::compareTo)
                .ifPresent(newest::append);
        // each field ends with U+0000 and each row with U+0001, characters no source file may hold;
        // a row's file is named when it differs from the row before. The rows are taken as the
        // pages take them, series by series in date order (grouped once per build), and each
        // journey's are written and hashed on all cores: a large export's rows are megabytes of text
        Map<String, List<org.journeymap.measure.Series>> series = org.journeymap.measure.Series.of(project);
        Map<Path, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> journeys = new ArrayList<>(series.keySet());
        List<String> digests = org.journeymap.parallel.Parallel.map(journeys, journey -> {
            StringBuilder text = new StringBuilder(newest).append('\n');
            Path last = null;
            for (org.journeymap.measure.Series s : series.get(journey)) {
                for (org.journeymap.model.Measurement m : s.values()) {
                    Path file = m.at().file();
                    if (file != last) {
                        text.append(names.computeIfAbsent(file, this::name)).append('\u0001');
                        last = file;
                    }
                    field(field(field(field(text, m.step()), m.stage()), m.metric()), Double.toString(m.value()));
                    field(field(field(field(text, m.date()), m.persona()), m.source()), m.note()).append('\u0001');
                }
            }
            return BuildCache.key(text.toString());
        });
        for (int i = 0; i < journeys.size(); i++) {
            measured.put(journeys.get(i), digests.get(i));
        }
        this.newestMeasurement = BuildCache.key(newest.toString());
    }

    /**
     * The same inputs with the history from git (null: none): a journey's outputs read its own
     * entries, the others the whole history, as of the commit it was read at.
     */
    public UnitInputs withHistory(org.journeymap.history.History history) {
        if (history == null) {
            kinds.put(Output.Input.HISTORY, BuildCache.key("no history"));
            return this;
        }
        kinds.put(Output.Input.HISTORY, BuildCache.key("history " + history.head() + " " + history.commits() + " "
                + history.incomplete()));
        // what a journey's page says of the whole history: whether it is incomplete, and why
        String notice = history.incomplete() + (history.incomplete() == org.journeymap.history.History.Incomplete.LIMIT
                ? " " + history.commits() : "");
        history.journeys().forEach((id, entries) -> histories.put(id,
                org.journeymap.history.History.digest(entries, notice)));
        noHistory = org.journeymap.history.History.digest(java.util.List.of(), notice);
        return this;
    }

    /**
     * The outputs that read the file of any of these journeys, as this project's journeys name
     * each other: what an edit of those files can change, found without digesting every output.
     * An edit can change what a journey names, so ask the project before the edit as well.
     */
    public Set<Unit> readersOf(Set<String> changed) {
        Set<String> journeyIds = new TreeSet<>();
        Set<String> personaIds = new TreeSet<>();
        for (String id : changed) {
            Journey j = relations.journey(id);
            journeyIds.add(id); // its own outputs (SUBJECT)
            relations.relatedBy(id).forEach(x -> journeyIds.add(x.id()));
            relations.futures(id).forEach(x -> {
                journeyIds.add(x.id());
                personaIds.addAll(x.personaIds());
            });
            if (j != null) {
                if (j.baseline() != null) {
                    journeyIds.add(j.baseline().id()); // it lists its future states
                }
                personaIds.addAll(j.personaIds());
            }
        }
        Set<Unit> readers = new java.util.LinkedHashSet<>();
        for (Output o : Outputs.SITE) {
            Set<Output.Input> reads = o.reads();
            switch (o.scope()) {
                case SITE -> {
                    if (reads.contains(Output.Input.JOURNEYS)) {
                        readers.add(new Unit(o, null));
                    }
                }
                case JOURNEY -> {
                    if (reads.contains(Output.Input.JOURNEYS)) {
                        relations.journeys().keySet().forEach(id -> readers.add(new Unit(o, id)));
                    } else if (reads.contains(Output.Input.SUBJECT) || reads.contains(Output.Input.NEIGHBOURS)) {
                        journeyIds.stream().filter(relations.journeys()::containsKey).forEach(id -> readers.add(new Unit(o, id)));
                    }
                }
                case PERSONA -> {
                    if (reads.contains(Output.Input.JOURNEYS)) {
                        relations.personas().keySet().forEach(id -> readers.add(new Unit(o, id)));
                    } else if (reads.contains(Output.Input.NEIGHBOURS)) {
                        personaIds.stream().filter(relations.personas()::containsKey).forEach(id -> readers.add(new Unit(o, id)));
                    }
                }
                default -> {
                }
            }
        }
        return readers;
    }

    /** The kind of a source file that is not a journey's, by its path under the source folder. */
    static Output.Input kindOf(String path) {
        if (path.startsWith("personas/")) {
            return Output.Input.PERSONAS;
        }
        if (path.startsWith("templates/")) {
            return Output.Input.TEMPLATES;
        }
        if (path.startsWith("static/")) {
            return Output.Input.STATIC;
        }
        if (path.startsWith(org.journeymap.load.SourceFolder.MEASUREMENTS + "/")) {
            return Output.Input.MEASUREMENTS;
        }
        return switch (path) {
            case "site.yaml", "site.yml" -> Output.Input.SITE;
            case "touchpoints.yaml", "touchpoints.yml" -> Output.Input.TOUCHPOINTS;
            default -> Output.Input.FILES;
        };
    }

    /** The digest of what an output reads, for its journey or persona (by id), or for the site (null). */
    public String of(Output output, String id) {
        StringBuilder s = new StringBuilder("journeymap output inputs 2\n").append(tool).append('\n')
                .append(SiteRenderer.key(output, id)).append('\n');
        for (Output.Input kind : new TreeSet<>(output.reads())) {
            s.append(kind).append(": ");
            switch (kind) {
                case SUBJECT -> {
                    // by path as well: a journey's group is its folder
                    String file = subject(output.scope(), id);
                    s.append(file).append(' ').append(digest(file));
                }
                case NEIGHBOURS -> {
                    for (String file : neighbours(output.scope(), id)) {
                        s.append(file).append(' ').append(digest(file)).append(' ');
                    }
                }
                case MEASUREMENTS -> {
                    if (output.scope() == Output.Scope.JOURNEY) {
                        for (String journey : measuredJourneys(id)) {
                            s.append(journey).append(' ').append(measured.getOrDefault(journey, newestMeasurement))
                                    .append(' ');
                        }
                    } else {
                        s.append(kinds.get(kind));
                    }
                }
                case HISTORY -> s.append(output.scope() == Output.Scope.JOURNEY
                        ? histories.getOrDefault(id, noHistory != null ? noHistory : kinds.get(kind)) : kinds.get(kind));
                default -> s.append(kinds.get(kind));
            }
            s.append('\n');
        }
        return BuildCache.key(s.toString());
    }

    /** The journey and its neighbours, whose measured rows a journey's output shows. */
    private Set<String> measuredJourneys(String id) {
        Set<String> ids = new TreeSet<>();
        ids.add(id);
        Journey j = relations.journey(id);
        if (j != null) {
            j.related().stream().map(Ref::id).forEach(ids::add);
            if (j.baseline() != null) {
                ids.add(j.baseline().id());
            }
            relations.futures(id).forEach(f -> ids.add(f.id()));
        }
        return ids;
    }

        private String subject(Output.Scope scope, String id) {
        return switch (scope) {
            case JOURNEY -> file(id);
            case PERSONA -> relations.persona(id) != null ? name(relations.persona(id).at().file()) : "(no persona " + id + ")";
            default -> "(no subject)";
        };
    }

    private Set<String> neighbours(Output.Scope scope, String id) {
        Set<String> read = new TreeSet<>();
        if (scope == Output.Scope.JOURNEY) {
            Journey j = relations.journey(id);
            if (j != null) {
                j.related().stream().map(Ref::id).forEach(r -> read.add(file(r)));
                if (j.baseline() != null) {
                    read.add(file(j.baseline().id()));
                }
                relations.futures(id).forEach(f -> read.add(file(f.id())));
            }
        } else if (scope == Output.Scope.PERSONA) {
            for (Journey j : relations.members(id)) {
                read.add(file(j.id()));
                if (j.baseline() != null) {
                    read.add(file(j.baseline().id()));
                }
            }
        }
        return read;
    }

    private String file(String journey) {
        Journey j = relations.journey(journey);
        return j == null ? "(no journey " + journey + ")" : name(j.at().file());
    }

    private String digest(String file) {
        return files.getOrDefault(file, file.startsWith("(no ") ? "absent"
                : "(not digested: never the same " + java.util.UUID.randomUUID() + ")");
    }

    private static StringBuilder field(StringBuilder text, String value) {
        return text.append(value == null ? "" : value).append('\u0000');
    }

    private String name(Path path) {
        return org.journeymap.load.SourceFolder.relativeName(root, path);
    }
}
