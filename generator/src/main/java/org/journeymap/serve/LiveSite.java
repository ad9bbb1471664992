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
import org.journeymap.render.Output;
import org.journeymap.render.Outputs;
import org.journeymap.render.RenderException;
import org.journeymap.bind.ReadCache;
import org.journeymap.render.SiteRenderer;
import org.journeymap.render.UnitInputs;
import org.journeymap.load.SourceDigest;

/**
 * The site as the live preview serves it, kept in memory. After an edit it validates the whole
 * source folder (that is fast) and re-renders only the outputs the edit can change, as the build
 * decides it, from what each output of {@link Outputs} reads ({@link UnitInputs}): after an edit of
 * journey files, the journeys' and personas' outputs whose inputs changed, then the site-wide
 * ones; any other edit re-renders everything. PNGs are left out of the preview.
 */
final class LiveSite {

    /** What one rebuild did: the pages that changed, or the findings that stopped it. */
    record Update(long version, Set<String> changed, List<Finding> errors) {
    }

    private final Path source;
    private final Generator generator;
    private final SiteRenderer renderer = SiteRenderer.keepingTheme();
    /** The history as of the last commit (edits not committed are not history), read again when HEAD moves. */
    private org.journeymap.history.History history;
    /** The git state the history was read at ({@link org.journeymap.history.GitState}). */
    private String gitState;
    private final org.journeymap.history.GitHistory.Store historyStore = org.journeymap.history.GitHistory.Store.inMemory();
    private volatile Map<String, byte[]> files = Map.of();
    private volatile Project project;
    private volatile List<Finding> errors = List.of();
    private long version;
    /** Edits made while the sources had errors are not known one by one: render everything next time. */
    private boolean renderAll = true;
    /** The site-wide outputs that edits changed and {@link #rebuildIndex()} has not rendered yet. */
    private Set<String> pending = new TreeSet<>();
    /** The unit keys of the site-wide outputs (not the images, which follow the pages). */
    private Set<String> siteWide = Set.of();
    /** Unchanged persona and journey files are not read again. */
    private ReadCache cache = new ReadCache();
    /** Every source file's SHA-256 by its path in the source folder, kept up to date edit by edit. */
    private Map<String, String> digests = new HashMap<>();
    /** What the outputs are made from, as of the last rebuild. */
    private UnitInputs units;
    /** What each output served now was made from, by unit key. */
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
            pending = new TreeSet<>();
            errors = v.findings().stream().filter(Finding::isError).toList();
            return new Update(version, Set.of(), errors);
        }
        errors = List.of();
        Map<String, String> inputs;
        SiteRenderer.Selection only;
        // a commit since the last render (it touches no source file, so the next edit tells of it)
        String git = org.journeymap.history.GitState.of(source);
        if (!git.equals(gitState)) {
            renderAll = true;
            gitState = git;
        }
        if (renderAll || !onlyJourneysEdited(v.project(), changed)) {
            inputs = inputs(v.project(), renderAll ? Set.of() : changed);
            only = SiteRenderer.Selection.ALL;
            pending = new TreeSet<>();
        } else {
            // the outputs that read the edited journeys (as they named each other before the edit
            // and after it) now, if what they read changed; the site-wide ones, which read every
            // journey, wait for rebuildIndex() so that the page being edited updates at once
            UnitInputs before = units;
            UnitInputs after = unitInputs(v.project(), changed);
            Set<Path> files = new HashSet<>();
            changed.forEach(f -> files.add(f.toAbsolutePath().normalize()));
            Set<String> edited = new TreeSet<>();
            for (Project p : List.of(project, v.project())) {
                p.journeys().stream().filter(j -> files.contains(j.at().file().toAbsolutePath().normalize()))
                        .forEach(j -> edited.add(j.id()));
            }
            Set<UnitInputs.Unit> readers = new java.util.LinkedHashSet<>(after.readersOf(edited));
            if (before != null) {
                readers.addAll(before.readersOf(edited));
            }
            inputs = new HashMap<>(served);
            Set<String> now = new TreeSet<>();
            for (UnitInputs.Unit unit : readers) {
                String key = unit.key();
                String digest = after.of(unit.output(), unit.id());
                if (!digest.equals(served.get(key))) {
                    (siteWide.contains(key) ? pending : now).add(key);
                }
                inputs.put(key, digest);
            }
            only = SiteRenderer.Selection.of(now);
        }
        renderAll = false;
        Set<String> differing = publish(v.project(), only);
        project = v.project();
        served = inputs;
        return new Update(version, differing, List.of());
    }

    /** Whether the portfolio and the insight pages still show the state before the last edit. */
    synchronized boolean indexPending() {
        return !pending.isEmpty();
    }

    /** Renders the site-wide outputs (the portfolio, the insight pages) that the last edits changed. */
    synchronized Update rebuildIndex() throws RenderException {
        if (pending.isEmpty() || project == null) {
            return new Update(version, Set.of(), List.of());
        }
        Set<String> differing = publish(project, SiteRenderer.Selection.of(pending));
        pending = new TreeSet<>();
        return new Update(version, differing, List.of());
    }

    /** Renders the selection and swaps it in; returns the paths whose bytes changed. */
    private Set<String> publish(Project p, SiteRenderer.Selection only) throws RenderException {
        MemoryOutput out = new MemoryOutput();
        if (only == SiteRenderer.Selection.ALL) {
            renderer.forgetTheme(); // any edit but of journey files, templates/ and static/ among them
            // read again: the personas' names and site.yaml's words may have changed, or HEAD moved;
            // each commit's record is kept in memory
            history = org.journeymap.history.GitHistory.read(p, p.site().historyCommits(), historyStore,
                    org.journeymap.Listener.SILENT).orElse(null);
        }
        try {
            renderer.render(p, out, new SiteRenderer.Options(false, org.journeymap.cache.BuildCache.NONE, only)
                    .with(history));
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
     * What the outputs are made from now: the digests of the changed files are taken again (of
     * every file when changed is empty), the others kept.
     */
    private UnitInputs unitInputs(Project next, Set<Path> changed) throws SourceFolderException {
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
        units = new UnitInputs(next, digests, "preview");
        return units;
    }

    /** What every output is made from now, by unit key. */
    private Map<String, String> inputs(Project next, Set<Path> changed) throws SourceFolderException {
        UnitInputs all = unitInputs(next, changed);
        Map<String, String> keys = new HashMap<>();
        Set<String> site = new HashSet<>();
        for (Output o : Outputs.SITE) {
            for (String id : Outputs.subjects(o, next)) {
                String key = SiteRenderer.key(o, id);
                keys.put(key, all.of(o, id));
                if (o.scope() == Output.Scope.SITE && !o.afterPages()) {
                    site.add(key);
                }
            }
        }
        siteWide = site;
        return keys;
    }

    /**
     * Whether only existing journey files changed, the same journeys before and after: any other
     * edit (a persona, site.yaml, a template, a new or deleted journey) renders everything again.
     */
    private boolean onlyJourneysEdited(Project next, Set<Path> changed) {
        Project previous = project;
        if (previous == null || changed.isEmpty()) {
            return false;
        }
        Set<String> previousIds = new HashSet<>();
        previous.journeys().forEach(j -> previousIds.add(j.id()));
        Set<String> nextIds = new HashSet<>();
        next.journeys().forEach(j -> nextIds.add(j.id()));
        if (!previousIds.equals(nextIds)) {
            return false;
        }
        Set<Path> journeyFiles = new HashSet<>();
        next.journeys().forEach(j -> journeyFiles.add(j.at().file().toAbsolutePath().normalize()));
        for (Path p : changed) {
            if (!journeyFiles.contains(p.toAbsolutePath().normalize())) {
                return false;
            }
        }
        return true;
    }
}
