package org.journeymap.render;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.journeymap.cache.BuildCache;
import org.journeymap.model.Journey;
import org.journeymap.model.Persona;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;

/**
 * What each page of a journey or a persona is made from, as one digest: the source files it reads
 * (by path and SHA-256) and everything shared by every page. A page whose digest is the one the
 * last build recorded is the same page, so it is taken from that build instead of rendered.
 *
 * <p>Shared by every page, so that a change to any of them renders every page again: the tool
 * and the options it was given, and every source file that is not a journey (site.yaml,
 * touchpoints.yaml, personas, templates, static files, images). A journey's page (with its SVG,
 * PNG, Mermaid file and compare page) reads besides its own file the files of the journeys it
 * names (related journeys, its baseline) and of the journeys that name it as their baseline
 * (listed as its future states). A persona's page reads the files of the journeys it is in.
 */
public final class UnitInputs {

    private final Path root;
    private final Map<String, String> files;
    private final String shared;
    private final Map<String, Journey> journeys = new java.util.HashMap<>();
    private final Map<String, List<Journey>> futures = new java.util.HashMap<>();
    /** Each persona's journeys' files, found in one pass: a portfolio has thousands of journeys. */
    private final Map<String, Set<String>> personaFiles = new java.util.HashMap<>();

    /**
     * @param files every source file by its path under the source folder, with its SHA-256
     * @param tool  the tool and the options that change the output
     */
    public UnitInputs(Project project, Map<String, String> files, String tool) {
        this.root = project.sourceRoot().toAbsolutePath().normalize();
        this.files = files;
        Set<String> journeyFiles = new HashSet<>();
        for (Journey j : project.journeys()) {
            journeys.put(j.id(), j);
            journeyFiles.add(name(j));
            if (j.baseline() != null) {
                futures.computeIfAbsent(j.baseline().id(), k -> new java.util.ArrayList<>()).add(j);
            }
            for (Ref p : j.personas()) {
                personaFiles.computeIfAbsent(p.id(), k -> new TreeSet<>()).add(name(j));
            }
        }
        StringBuilder s = new StringBuilder("journeymap page inputs 1\n").append(tool).append('\n');
        new java.util.TreeMap<>(files).forEach((path, digest) -> {
            if (!journeyFiles.contains(path)) {
                s.append(path).append(' ').append(digest).append('\n');
            }
        });
        this.shared = BuildCache.key(s.toString());
    }

    /** The digest of what a journey's page reads. */
    public String journey(Journey j) {
        Set<String> read = new TreeSet<>();
        read.add(name(j));
        for (Ref r : j.related()) {
            add(read, r.id());
        }
        if (j.baseline() != null) {
            add(read, j.baseline().id());
        }
        for (Journey f : futures.getOrDefault(j.id(), List.of())) {
            read.add(name(f));
        }
        return key("journey " + j.id(), read);
    }

    /** The digest of what a persona's page reads. */
    public String persona(Persona p) {
        return key("persona " + p.id(), personaFiles.getOrDefault(p.id(), Set.of()));
    }

    private void add(Set<String> read, String journey) {
        Journey j = journeys.get(journey);
        read.add(j == null ? "(no journey " + journey + ")" : name(j));
    }

    private String key(String unit, Set<String> read) {
        StringBuilder s = new StringBuilder(shared).append('\n').append(unit).append('\n');
        for (String path : read) {
            s.append(path).append(' ').append(files.getOrDefault(path, "(not digested: never the same " + java.util.UUID.randomUUID() + ")")).append('\n');
        }
        return BuildCache.key(s.toString());
    }

    private String name(Journey j) {
        Path file = j.at().file().toAbsolutePath().normalize();
        return (file.startsWith(root) ? root.relativize(file).toString() : file.toString()).replace('\\', '/');
    }

}
