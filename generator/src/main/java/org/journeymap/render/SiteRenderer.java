package org.journeymap.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeymap.Listener;
import org.journeymap.cache.BuildCache;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Project;
import org.journeymap.output.SiteOutput;
import org.journeymap.output.UnitRecord;
import org.journeymap.parallel.Parallel;

/**
 * Renders a validated project into a site: every output that {@link Outputs} lists, for the site,
 * each journey and each persona, on all cores. An output whose inputs are those recorded for it
 * in the previous build, and whose files there are untouched, is taken from that build instead.
 * The same project always gives the same bytes.
 */
public final class SiteRenderer {

    /** No inline script, nothing from another origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; base-uri 'none'; form-action 'none'";

    private final Markdown markdown = new Markdown();
    private final boolean keepTheme;
    /**
     * Each journey's JSON in data/site.json by its id, with the journey it was made from, kept by
     * a renderer made with {@link #keepingTheme()}: the live preview gets the same journey object
     * back for a file that did not change, and site.json at thousands of journeys took seconds.
     */
    private final Map<String, Pages.JourneyJson> journeyJson = new ConcurrentHashMap<>();
    /** The theme of the last render, kept by a renderer made with {@link #keepingTheme()}. */
    private Theme kept;
    private Path keptFor;

    /** A renderer that reads the theme (templates, labels) anew for every render. */
    public SiteRenderer() {
        this(false);
    }

    private SiteRenderer(boolean keepTheme) {
        this.keepTheme = keepTheme;
    }

    /**
     * A renderer for a long-lived process such as the live preview: it keeps the theme, parsed
     * templates and the introspected view classes between renders (a new theme costs more than
     * rendering one journey) until {@link #forgetTheme()}, which must follow any change to the
     * project's templates/ or static/ folders.
     */
    public static SiteRenderer keepingTheme() {
        return new SiteRenderer(true);
    }

    /** The next render reads the theme again. */
    public synchronized void forgetTheme() {
        kept = null;
        keptFor = null;
    }

    private synchronized Theme theme(Path sourceRoot) throws IOException {
        if (!keepTheme) {
            return new Theme(sourceRoot);
        }
        if (kept == null || !java.util.Objects.equals(keptFor, sourceRoot)) {
            kept = new Theme(sourceRoot);
            keptFor = sourceRoot;
        }
        return kept;
    }

    /**
     * @param png      whether to draw PNGs (the live preview can skip them)
     * @param cache    where PNGs drawn before are kept, by what they show; reused instead of drawn
     * @param only     which outputs to render
     * @param inputs   what each output is made from, to record it; or null
     * @param previous the site written before and what its outputs were made from: an output made
     *                 from the same inputs is taken from it instead of rendered; or null
     * @param history  the journeys' history from git, or null for none (no history pages)
     */
    public record Options(boolean png, BuildCache cache, Selection only, UnitInputs inputs, Previous previous,
                          org.journeymap.history.History history) {

        public Options(boolean png, BuildCache cache) {
            this(png, cache, Selection.ALL, null, null, null);
        }

        public Options(boolean png, BuildCache cache, Selection only) {
            this(png, cache, only, null, null, null);
        }

        /** The same options with a history. */
        public Options with(org.journeymap.history.History h) {
            return new Options(png, cache, only, inputs, previous, h);
        }

        public static Options defaults() {
            return new Options(true, BuildCache.NONE);
        }
    }

    /**
     * Which outputs to render: those of the given scopes, and those named by unit key ({@link
     * #key}); everything when both are null. The live preview re-renders only what an edit changed.
     */
    public record Selection(java.util.Set<Output.Scope> scopes, java.util.Set<String> units) {

        public static final Selection ALL = new Selection(null, null);

        public static Selection of(java.util.Set<String> units) {
            return new Selection(java.util.Set.of(), units);
        }

        public static Selection scopes(Output.Scope... scopes) {
            return new Selection(java.util.Set.of(scopes), java.util.Set.of());
        }

        boolean includes(Output o, String id) {
            return scopes == null && units == null || scopes != null && scopes.contains(o.scope())
                    || units != null && units.contains(key(o, id));
        }
    }

    /** An output's key in the build's records: its kind's name, and its journey's or persona's id. */
    public static String key(Output o, String id) {
        return id == null ? o.name() : o.name() + ":" + id;
    }

    /** The site written before, and the record of its outputs. */
    public record Previous(Path site, org.journeymap.output.UnitRecord units) {
    }

    /**
     * What was written: the number of files, and for each output (by unit key) the digest of its
     * inputs, its files, the images it showed (site path to source path) and the build cache's
     * entries it used ("kind/key").
     */
    public record Result(int files, Map<String, String> unitInputs, Map<String, List<String>> unitFiles,
                         Map<String, Map<String, String>> unitAssets, Map<String, List<String>> unitEntries) {
    }

    /** One independent piece of a site, rendered on any core. */
    private record Task(Output output, String id) {
    }

    private static final class CarriedRenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RenderException carried;

        CarriedRenderException(RenderException carried) {
            super(carried);
            this.carried = carried;
        }
    }

    /** Hears each output rendered, as {@link Listener#WRITTEN} progress. */
    private Listener listener = Listener.SILENT;

    /** Reports every output it renders (or takes unchanged from the site before) to listener. */
    public SiteRenderer reporting(Listener listener) {
        this.listener = listener;
        return this;
    }

    public Result render(Project project, SiteOutput out, Options options) throws IOException, RenderException {
        Pages pages = new Pages(project, out, options.png(), options.cache(), theme(project.sourceRoot()), markdown)
                .withHistory(options.history());
        if (keepTheme) {
            pages.keepingJson(journeyJson);
        }
        return new Run(pages, options, listener).run(Outputs.SITE);
    }

    /**
     * The diff as a page in the site's theme ({@link org.journeymap.render.outputs.DiffPage}), with
     * the theme's files.
     */
    public void renderDiff(Project head, org.journeymap.diff.ProjectDiff diff, String markdownText, SiteOutput out)
            throws IOException, RenderException {
        Pages pages = new Pages(head, out, false, BuildCache.NONE, theme(head.sourceRoot()), markdown)
                .showing(new Pages.DiffReport(diff, markdownText));
        new Run(pages, new Options(false, BuildCache.NONE), Listener.SILENT).run(Outputs.DIFF);
    }

    private static final class Run {
        private final Pages pages;
        private final Options options;
        private final Map<String, String> unitInputs = new ConcurrentHashMap<>();
        private final Map<String, List<String>> unitFiles = new ConcurrentHashMap<>();
        private final Map<String, Map<String, String>> unitAssets = new ConcurrentHashMap<>();
        private final Map<String, List<String>> unitEntries = new ConcurrentHashMap<>();

        private final Listener listener;
        private final AtomicInteger done = new AtomicInteger();

        Run(Pages pages, Options options, Listener listener) {
            this.pages = pages;
            this.options = options;
            this.listener = listener;
        }

        Result run(List<Output> outputs) throws IOException, RenderException {
            Project project = pages.project();
            List<Task> tasks = new ArrayList<>();
            List<Task> last = new ArrayList<>();
            for (Output o : outputs) {
                for (String id : Outputs.subjects(o, project)) {
                    if (options.only().includes(o, id) && o.appliesTo(pages, id)) {
                        (o.afterPages() ? last : tasks).add(new Task(o, id));
                    }
                }
            }
            // every output is independent of the others: render them on all cores, in the order
            // listed, the site-wide pages (the largest single pieces of work) first, so that no core
            // waits for them at the end
            try {
                int total = tasks.size() + last.size();
                Parallel.map(tasks, t -> {
                    try {
                        unit(t);
                    } catch (RenderException e) {
                        throw new CarriedRenderException(e);
                    }
                    listener.progress(Listener.WRITTEN, done.incrementAndGet(), total);
                    return t;
                });
                for (Task t : last) {
                    unit(t);
                    listener.progress(Listener.WRITTEN, done.incrementAndGet(), total);
                }
            } catch (CarriedRenderException e) {
                throw e.carried;
            }
            return new Result(pages.files(), new TreeMap<>(unitInputs), new TreeMap<>(unitFiles),
                    new TreeMap<>(unitAssets), new TreeMap<>(unitEntries));
        }

        /**
         * Renders one output, or, when the site written before holds it made from the same inputs,
         * untouched, takes its files from there; either way records what it wrote and showed.
         */
        private void unit(Task t) throws IOException, RenderException {
            String key = key(t.output(), t.id());
            String inputs = options.inputs() == null ? null : options.inputs().of(t.output(), t.id());
            Previous previous = options.previous();
            UnitRecord.Unit before = previous == null || inputs == null ? null : previous.units().units().get(key);
            if (before != null && before.inputs().equals(inputs) && before.intactIn(previous.site())) {
                for (String path : new TreeSet<>(before.files().keySet())) {
                    pages.out().reuse(path, previous.site().resolve(path));
                    pages.written(path);
                }
                before.assets().values().forEach(pages.assets()::register);
                for (String entry : before.entries()) {
                    int slash = entry.indexOf('/');
                    if (slash > 0) {
                        pages.cache().keep(entry.substring(0, slash), entry.substring(slash + 1));
                    }
                }
                unitInputs.put(key, inputs);
                unitFiles.put(key, List.copyOf(before.files().keySet()));
                unitAssets.put(key, before.assets());
                unitEntries.put(key, before.entries());
                return;
            }
            List<String> written = new ArrayList<>();
            Map<String, String> shown = new TreeMap<>();
            List<String> entries = new ArrayList<>();
            pages.track(written, shown, entries);
            try {
                t.output().render(pages, t.id());
            } finally {
                pages.untrack();
            }
            if (inputs != null) {
                unitInputs.put(key, inputs);
                unitFiles.put(key, written);
                unitAssets.put(key, shown);
                unitEntries.put(key, entries);
            }
        }
    }

    /** The default scale speaks the site's language; a scale written in site.yaml stays as written. */
    public static EmotionScale localizedScale(EmotionScale scale, Map<String, String> labels) {
        if (!scale.equals(EmotionScale.DEFAULT)) {
            return scale;
        }
        Map<Integer, String> words = new HashMap<>(scale.labels());
        words.replaceAll((value, word) -> labels.getOrDefault("scale." + value, word));
        return new EmotionScale(scale.min(), scale.max(), words);
    }
}
