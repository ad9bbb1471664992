package org.journeymap.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import org.journeymap.finding.Finding;
import org.journeymap.model.Project;
import org.journeymap.output.MemoryOutput;
import org.journeymap.render.RenderException;
import org.journeymap.bind.ReadCache;
import org.journeymap.render.SiteRenderer;
import org.journeymap.render.UnitInputs;
import org.journeymap.load.SourceDigest;

/**
 * The site as the live preview serves it, kept in memory. After an edit it validates the whole
 * source folder (that is fast) and re-renders only the pages the edit can change, as the build
 * decides it ({@link UnitInputs}): after an edit of journey files, the journeys' and personas'
 * pages whose inputs changed, then the portfolio; any other edit re-renders everything. PNGs are
 * left out of the preview.
 */
final class LiveSite {

    /** What one rebuild did: the pages that changed, or the findings that stopped it. */
    record Update(long version, Set<String> changed, List<Finding> errors) {
    }

    private final Path source;
    private final Generator generator;
    private final SiteRenderer renderer = SiteRenderer.keepingTheme();
    private volatile Map<String, byte[]> files = Map.of();
    private volatile Project project;
    private volatile List<Finding> errors = List.of();
    private long version;
    /** Edits made while the sources had errors are not known one by one: render everything next time. */
    private boolean renderAll = true;
    private boolean indexPending;
    /** Unchanged persona and journey files are not read again. */
    private ReadCache cache = new ReadCache();
    /** Every source file's SHA-256 by its path in the source folder, kept up to date edit by edit. */
    private Map<String, String> digests = new HashMap<>();
    /** What each journey's and persona's page served now was made from, by unit key. */
    private Map<String, String> served = Map.of();

    LiveSite(Path source, Generator generator) {
        this.source = source.toAbsolutePath().normalize();
        this.generator = generator;
    }

    Map<String, byte[]> files() {
        return files;
    }

    List<Finding> errors() {
        return errors;
    }

    synchronized long version() {
        return version;
    }

    /**
     * Rebuilds after the given files changed; all of them when changed is empty. After an edit of
     * journey files only the pages of those journeys (and of their personas and neighbours) are
     * rendered here; the portfolio and the insight pages, which read every journey, wait for
     * {@link #rebuildIndex()}, so that the page being edited updates at once.
     */
    synchronized Update rebuild(Set<Path> changed) throws SourceFolderException, RenderException {
        if (changed.isEmpty()) {
            cache = new ReadCache();
        } else {
            cache.forget(changed);
        }
        Validation v = generator.validate(source, cache);
        version++;
        if (v.hasErrors()) {
            renderAll = true;
            indexPending = false;
            errors = v.findings().stream().filter(Finding::isError).toList();
            return new Update(version, Set.of(), errors);
        }
        errors = List.of();
        Map<String, String> inputs = inputs(v.project(), renderAll ? Set.of() : changed);
        SiteRenderer.Selection only = renderAll ? SiteRenderer.Selection.ALL : selection(v.project(), changed, inputs);
        renderAll = false;
        indexPending = only != SiteRenderer.Selection.ALL;
        Set<String> differing = publish(v.project(), only);
        project = v.project();
        served = inputs;
        return new Update(version, differing, List.of());
    }

    /** Whether the portfolio and the insight pages still show the state before the last edit. */
    synchronized boolean indexPending() {
        return indexPending;
    }

    /** Renders the portfolio and the insight pages of the last good state. */
    synchronized Update rebuildIndex() throws RenderException {
        if (!indexPending || project == null) {
            return new Update(version, Set.of(), List.of());
        }
        indexPending = false;
        Set<String> differing = publish(project, new SiteRenderer.Selection(Set.of(), Set.of(), true, false));
        return new Update(version, differing, List.of());
    }

    /** Renders the selection and swaps it in; returns the paths whose bytes changed. */
    private Set<String> publish(Project p, SiteRenderer.Selection only) throws RenderException {
        MemoryOutput out = new MemoryOutput();
        if (only == SiteRenderer.Selection.ALL) {
            renderer.forgetTheme(); // any edit but of journey files, templates/ and static/ among them
        }
        try {
            renderer.render(p, out, new SiteRenderer.Options(false, org.journeymap.cache.BuildCache.NONE, only));
        } catch (IOException e) {
            throw new RenderException("cannot render the preview: " + e, e);
        }
        Map<String, byte[]> next = new TreeMap<>(only == SiteRenderer.Selection.ALL ? Map.of() : files);
        Set<String> differing = new TreeSet<>();
        out.files().forEach((path, bytes) -> {
            byte[] old = files.get(path);
            if (old == null || !java.util.Arrays.equals(old, bytes)) {
                differing.add(path);
            }
            next.put(path, bytes);
        });
        if (only == SiteRenderer.Selection.ALL) {
            files.keySet().stream().filter(path -> !next.containsKey(path)).forEach(differing::add);
        }
        files = Map.copyOf(next);
        return differing;
    }

    /**
     * What each journey's and persona's page is made from now: the digests of the changed files
     * are taken again (of every file when changed is empty), the others kept.
     */
    private Map<String, String> inputs(Project next, Set<Path> changed) throws SourceFolderException {
        try {
            if (changed.isEmpty()) {
                digests = new HashMap<>(SourceDigest.of(source, "preview", "").files());
            } else {
                for (Path p : changed) {
                    Path file = p.toAbsolutePath().normalize();
                    String name = source.relativize(file).toString().replace('\\', '/');
                    if (Files.isRegularFile(file)) {
                        digests.put(name, SourceDigest.of(file));
                    } else {
                        digests.remove(name);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SourceFolderException(source, "cannot read the source folder: " + e.getMessage(), e);
        }
        UnitInputs units = new UnitInputs(next, digests, "preview");
        Map<String, String> keys = new HashMap<>();
        next.journeys().forEach(j -> keys.put("journey:" + j.id(), units.journey(j)));
        next.personas().forEach(p -> keys.put("persona:" + p.id(), units.persona(p)));
        return keys;
    }

    /**
     * The pages an edit of these files can change: those whose inputs changed, as a build
     * decides it; everything unless only existing journey files changed.
     */
    private SiteRenderer.Selection selection(Project next, Set<Path> changed, Map<String, String> inputs) {
        Project previous = project;
        if (previous == null || changed.isEmpty()) {
            return SiteRenderer.Selection.ALL;
        }
        Set<String> previousIds = new HashSet<>();
        previous.journeys().forEach(j -> previousIds.add(j.id()));
        Set<String> nextIds = new HashSet<>();
        next.journeys().forEach(j -> nextIds.add(j.id()));
        if (!previousIds.equals(nextIds)) {
            return SiteRenderer.Selection.ALL;
        }
        Set<Path> journeyFiles = new HashSet<>();
        next.journeys().forEach(j -> journeyFiles.add(j.at().file().toAbsolutePath().normalize()));
        for (Path p : changed) {
            if (!journeyFiles.contains(p.toAbsolutePath().normalize())) {
                return SiteRenderer.Selection.ALL;
            }
        }
        Set<String> journeys = new TreeSet<>();
        Set<String> personas = new TreeSet<>();
        inputs.forEach((unit, key) -> {
            if (!key.equals(served.get(unit))) {
                String id = unit.substring(unit.indexOf(':') + 1);
                (unit.startsWith("journey:") ? journeys : personas).add(id);
            }
        });
        return new SiteRenderer.Selection(journeys, personas, false, false);
    }
}
