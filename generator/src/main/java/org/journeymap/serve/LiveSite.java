package org.journeymap.serve;

import java.io.IOException;
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
import org.journeymap.model.Journey;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;
import org.journeymap.output.MemoryOutput;
import org.journeymap.render.RenderException;
import org.journeymap.bind.ReadCache;
import org.journeymap.render.SiteRenderer;

/**
 * The site as the live preview serves it, kept in memory. After an edit it validates the whole
 * source folder (that is fast) and re-renders only the pages the edit can change: an edited
 * journey re-renders its own page, the journeys that link to it, its personas' pages and the
 * portfolio; any other edit re-renders everything. PNGs are left out of the preview.
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
        SiteRenderer.Selection only = renderAll ? SiteRenderer.Selection.ALL : selection(v.project(), changed);
        renderAll = false;
        indexPending = only != SiteRenderer.Selection.ALL;
        Set<String> differing = publish(v.project(), only);
        project = v.project();
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

    /** The pages an edit of these files can change; everything unless only journey files changed. */
    private SiteRenderer.Selection selection(Project next, Set<Path> changed) {
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
        Map<Path, Journey> byFile = new HashMap<>();
        next.journeys().forEach(j -> byFile.put(j.at().file().toAbsolutePath().normalize(), j));
        Set<String> journeys = new TreeSet<>();
        Set<String> personas = new TreeSet<>();
        for (Path p : changed) {
            Journey edited = byFile.get(p.toAbsolutePath().normalize());
            if (edited == null) {
                return SiteRenderer.Selection.ALL;
            }
            journeys.add(edited.id());
            edited.related().stream().map(Ref::id).forEach(journeys::add);
            if (edited.baseline() != null) {
                journeys.add(edited.baseline().id());
            }
            next.journeys().stream()
                    .filter(j -> j.related().stream().anyMatch(r -> r.id().equals(edited.id()))
                            || j.baseline() != null && j.baseline().id().equals(edited.id()))
                    .forEach(j -> journeys.add(j.id()));
            personas.addAll(edited.personaIds());
            previous.journey(edited.id()).ifPresent(old -> personas.addAll(old.personaIds()));
        }
        return new SiteRenderer.Selection(journeys, personas, false, false);
    }
}
