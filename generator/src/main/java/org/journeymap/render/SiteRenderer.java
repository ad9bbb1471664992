package org.journeymap.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.journeymap.model.Emotion;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Journey;
import org.journeymap.model.Lane;
import org.journeymap.model.MetricDefinition;
import org.journeymap.model.MetricValue;
import org.journeymap.model.Numbers;
import org.journeymap.model.Persona;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;
import org.journeymap.model.Site;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;
import org.journeymap.model.Touchpoint;
import org.journeymap.cache.BuildCache;
import org.journeymap.output.SiteOutput;

/**
 * Renders a validated project into a site: the portfolio, a page, an SVG and a PNG per journey,
 * a page per persona, a 404 page, a sitemap, the referenced images and the theme's files. The
 * same project always gives the same bytes.
 */
public final class SiteRenderer {

    /** No inline script, nothing from another origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; base-uri 'none'; form-action 'none'";

    /**
     * PNG width: the width of a social preview (1200 x 630), and the curve file's widest, so one
     * unit is one pixel. Drawing 1.5 times wider took 2.5 times as long, mostly in PNG encoding;
     * the SVG beside it stays sharp at any size.
     */
    private static final float PNG_WIDTH = 1200;
    /** What, besides the SVG, decides a PNG's bytes: part of its cache key. */
    private static final String PNG_DRAWING = "width " + PNG_WIDTH + ", " + CurveRasterizer.ENCODING + "\n";

    /** The kinds of search entries, by the labels that name them; their order is the index's. */
    private static final List<String> SEARCH_KINDS = List.of("journeys", "persona", "step", "painPoint", "opportunity");

    /** Its generators leave the script open: the script goes on after the array. */
    private static final tools.jackson.databind.json.JsonMapper SEARCH_JSON = tools.jackson.databind.json.JsonMapper.builder()
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * Text for the search index: Markdown's marks (* _ ` # >) dropped, runs of white space made one
     * space, trimmed. One pass: it runs for every step, pain point and opportunity of the portfolio.
     */
    static String searchText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '*', '_', '`', '#', '>' -> {
                }
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> space = true;
                default -> {
                    if (space && out.length() > 0) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private final Markdown markdown = new Markdown();
    private final CurveRasterizer rasterizer = new CurveRasterizer();
    private final boolean keepTheme;
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
     * @param inputs   what each journey's and persona's page is made from, to record it; or null
     * @param previous the site written before and what its pages were made from: a page made
     *                 from the same inputs is taken from it instead of rendered; or null
     */
    public record Options(boolean png, BuildCache cache, Selection only, UnitInputs inputs, Previous previous) {

        public Options(boolean png, BuildCache cache) {
            this(png, cache, Selection.ALL, null, null);
        }

        public Options(boolean png, BuildCache cache, Selection only) {
            this(png, cache, only, null, null);
        }

        public static Options defaults() {
            return new Options(true, BuildCache.NONE);
        }
    }

    /**
     * Which pages to render: the live preview re-renders only the pages an edit can change.
     * journeys and personas are ids; null means all of them.
     */
    public record Selection(java.util.Set<String> journeys, java.util.Set<String> personas, boolean index,
                            boolean shared) {

        public static final Selection ALL = new Selection(null, null, true, true);

        boolean journey(String id) {
            return journeys == null || journeys.contains(id);
        }

        boolean persona(String id) {
            return personas == null || personas.contains(id);
        }
    }

    /** The site written before, and the record of its pages. */
    public record Previous(Path site, org.journeymap.output.UnitRecord units) {
    }

    /**
     * What was written: the number of files, and for each journey's and persona's page (by unit
     * key) the digest of its inputs, its files and the images it showed (site path to source path).
     */
    public record Result(int files, Map<String, String> unitInputs, Map<String, List<String>> unitFiles,
                         Map<String, Map<String, String>> unitAssets) {
    }

    /** One independent piece of a site, rendered on any core. */
    @FunctionalInterface
    private interface Task {
        void run() throws IOException, RenderException;
    }

    /** Carries a task's RenderException through the parallel runner, which passes one checked type. */
    private static final class CarriedRenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RenderException carried;

        CarriedRenderException(RenderException carried) {
            super(carried);
            this.carried = carried;
        }
    }

    public Result render(Project project, SiteOutput out, Options options) throws IOException, RenderException {
        return new Run(project, out, options).run();
    }

    private final class Run {
        private final Project project;
        private final Site site;
        private final SiteOutput out;
        private final Options options;
        private final Theme theme;
        private final Map<String, String> labels;
        private final Assets assets;
        private final Map<String, Persona> personas;
        private final Map<String, Journey> journeys;
        private final Map<String, Touchpoint> touchpoints;
        private final Map<String, List<Journey>> futures = new HashMap<>();
        /** Each journey's curve, drawn when a page first needs it: a preview update needs only a few. */
        private final Map<String, EmotionCurve> curves = new ConcurrentHashMap<>();
        private final EmotionScale scale;
        /** Persona id to the avatar's path in the site, for persona chips on every page. */
        private final Map<String, String> avatars = new TreeMap<>();
        /** NumberFormat is not thread-safe, and pages render in parallel. */
        private final ThreadLocal<java.text.NumberFormat> numbers;
        private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
        private final Map<String, String> unitInputs = new ConcurrentHashMap<>();
        private final Map<String, List<String>> unitFiles = new ConcurrentHashMap<>();
        private final Map<String, Map<String, String>> unitAssets = new ConcurrentHashMap<>();
        /** The files and images of the unit this thread renders, or null. */
        private final ThreadLocal<List<String>> writing = new ThreadLocal<>();
        private final ThreadLocal<Map<String, String>> showing = new ThreadLocal<>();

        Run(Project project, SiteOutput out, Options options) throws IOException {
            this.project = project;
            this.site = project.site();
            this.out = out;
            this.options = options;
            this.theme = theme(project.sourceRoot());
            this.labels = theme.labels(site.language());
            this.scale = localizedScale(site.emotionScale(), labels);
            this.assets = new Assets(project.sourceRoot());
            this.personas = project.personas().stream().collect(Collectors.toMap(Persona::id, p -> p));
            this.journeys = project.journeys().stream().collect(Collectors.toMap(Journey::id, j -> j));
            this.touchpoints = project.touchpoints().stream().collect(Collectors.toMap(Touchpoint::id, t -> t));
            for (Journey j : project.journeys()) {
                if (j.baseline() != null) {
                    futures.computeIfAbsent(j.baseline().id(), k -> new ArrayList<>()).add(j);
                }
            }
            for (Persona p : project.personas()) {
                if (p.avatar() != null) {
                    assets.register(p.avatar()).ifPresent(a -> avatars.put(p.id(), a));
                }
            }
            java.util.Locale locale = java.util.Locale.forLanguageTag(site.language());
            this.numbers = ThreadLocal.withInitial(() -> java.text.NumberFormat.getIntegerInstance(locale));
        }

        Result run() throws IOException, RenderException {
            if (options.png() && CurveRasterizer.fontProblem() != null) {
                throw new RenderException("cannot draw the emotion curves as PNG: " + CurveRasterizer.fontProblem(), null);
            }
            Selection only = options.only();
            // every page is independent of the others: render them on all cores, the site-wide
            // pages (the largest single pieces of work) first so that no core waits for them at the end
            List<Task> tasks = new ArrayList<>();
            if (only.index()) {
                tasks.add(this::insights);
                tasks.add(this::index);
            }
            if (only.shared()) {
                tasks.add(() -> {
                    try (java.io.OutputStream json = out.open("data/site.json")) {
                        org.journeymap.interchange.SiteJson.write(project, json);
                    }
                    files.incrementAndGet();
                });
                tasks.add(this::sharedPages);
            }
            UnitInputs inputs = options.inputs();
            for (Journey j : project.journeys()) {
                if (only.journey(j.id())) {
                    tasks.add(() -> unit("journey:" + j.id(), inputs == null ? null : inputs.journey(j), () -> journey(j)));
                }
            }
            for (Persona p : project.personas()) {
                if (only.persona(p.id())) {
                    tasks.add(() -> unit("persona:" + p.id(), inputs == null ? null : inputs.persona(p), () -> persona(p)));
                }
            }
            try {
                org.journeymap.parallel.Parallel.map(tasks, t -> {
                    try {
                        t.run();
                    } catch (RenderException e) {
                        throw new CarriedRenderException(e);
                    }
                    return t;
                });
            } catch (CarriedRenderException e) {
                throw e.carried;
            }
            if (only.shared()) {
                // after the pages: rendering their Markdown is what registers the images
                for (Map.Entry<String, Path> asset : assets.files().entrySet()) {
                    out.copy(asset.getKey(), asset.getValue());
                    files.incrementAndGet();
                }
                for (Map.Entry<String, byte[]> f : theme.staticFiles().entrySet()) {
                    write(f.getKey(), f.getValue());
                }
                write(LABELS_CSS, labelsCss(labels));
            }
            return new Result(files.get(), new TreeMap<>(unitInputs), new TreeMap<>(unitFiles),
                    new TreeMap<>(unitAssets));
        }

        /**
         * Renders one unit (a journey's or a persona's page with its files), or, when the site
         * written before holds the unit made from the same inputs, untouched, takes its files
         * from there; either way records what the unit wrote and showed.
         */
        private void unit(String key, String inputs, Task render) throws IOException, RenderException {
            Previous previous = options.previous();
            org.journeymap.output.UnitRecord.Unit before = previous == null || inputs == null ? null
                    : previous.units().units().get(key);
            if (before != null && before.inputs().equals(inputs) && before.intactIn(previous.site())) {
                for (String path : new java.util.TreeSet<>(before.files().keySet())) {
                    out.reuse(path, previous.site().resolve(path));
                    files.incrementAndGet();
                }
                before.assets().values().forEach(assets::register);
                unitInputs.put(key, inputs);
                unitFiles.put(key, List.copyOf(before.files().keySet()));
                unitAssets.put(key, before.assets());
                return;
            }
            List<String> written = new ArrayList<>();
            Map<String, String> shown = new TreeMap<>();
            writing.set(written);
            showing.set(shown);
            try {
                render.run();
            } finally {
                writing.remove();
                showing.remove();
            }
            if (inputs != null) {
                unitInputs.put(key, inputs);
                unitFiles.put(key, written);
                unitAssets.put(key, shown);
            }
        }

        private void sharedPages() throws IOException, RenderException {
            write("schema/site-json.schema.json",
                    org.journeymap.interchange.SiteJson.schema().getBytes(StandardCharsets.UTF_8));
            org.journeymap.schema.JsonSchemaWriter schemas = new org.journeymap.schema.JsonSchemaWriter();
            for (org.journeymap.format.Format.FileKind kind : org.journeymap.format.Format.FileKind.values()) {
                write("schema/" + org.journeymap.schema.JsonSchemaWriter.fileName(kind),
                        schemas.toJson(kind).getBytes(StandardCharsets.UTF_8));
            }
            page("404.ftlh", "404.html", Map.of("title", label("notFound")));
            if (site.baseUrl() != null) {
                sitemap();
            }
        }

        private String label(String key) {
            return labels.getOrDefault(key, key);
        }

        private void write(String path, byte[] content) throws IOException {
            out.write(path, content);
            written(path);
        }

        private void written(String path) {
            files.incrementAndGet();
            List<String> unit = writing.get();
            if (unit != null) {
                unit.add(path);
            }
        }

        // ---- curves ----------------------------------------------------------------------

        private EmotionCurve curveOf(Journey j) {
            return curves.computeIfAbsent(j.id(), id -> curve(j));
        }

        private EmotionCurve curve(Journey j) {
            List<Step> steps = j.steps().toList();
            List<EmotionCurve.Point> points = steps.stream()
                    .map(s -> new EmotionCurve.Point(s.id(), s.name(), s.momentOfTruth())).toList();
            List<CurveSeries> series = new ArrayList<>();
            if (j.state() == Journey.State.FUTURE && j.baseline() != null && journeys.containsKey(j.baseline().id())) {
                Journey base = journeys.get(j.baseline().id());
                for (String persona : base.personaIds()) {
                    series.add(new CurveSeries(label("baseline") + ": " + base.title()
                            + (base.personas().size() > 1 ? " — " + name(persona) : ""),
                            values(base.steps().toList(), persona), true));
                }
            }
            for (String persona : j.personaIds()) {
                series.add(new CurveSeries(name(persona), values(steps, persona), false));
            }
            return new EmotionCurve(j.title(), points, series, scale, words());
        }

        EmotionCurve.Words words() {
            return new EmotionCurve.Words(label("emotion"), label("lowest"), label("highest"), label("momentOfTruth"),
                    label("noEmotion"), label("startsAt"), label("endsAt"));
        }

        private String name(String persona) {
            Persona p = personas.get(persona);
            return p == null ? persona : p.name();
        }

        private List<Double> values(List<Step> steps, String persona) {
            List<Double> values = new ArrayList<>();
            for (Step s : steps) {
                Emotion e = s.emotion();
                values.add(e == null ? null : e.of(persona).map(Emotion.Score::value).orElse(null));
            }
            return values;
        }

        // ---- pages -----------------------------------------------------------------------

        private TemplateHTMLOutputModel markup(String html) {
            try {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html);
            } catch (TemplateModelException e) {
                throw new IllegalStateException("this is a bug: " + e, e);
            }
        }

        private TemplateHTMLOutputModel md(String text, String root) {
            return markup(markdown.toHtml(text, src -> assets.register(src).map(p -> {
                Map<String, String> unit = showing.get();
                if (unit != null) {
                    unit.putIfAbsent(p, src);
                }
                return root + p;
            }).orElse(null)));
        }

        private void page(String template, String path, Map<String, Object> model) throws IOException, RenderException {
            int depth = path.split("/").length - 1;
            String root = "../".repeat(depth);
            Map<String, Object> m = new LinkedHashMap<>(model);
            m.put("site", site);
            m.put("labels", labels);
            m.put("root", root);
            m.put("path", path);
            m.put("csp", CONTENT_SECURITY_POLICY);
            m.put("avatars", avatars);
            m.put("siteDescription", md(site.description(), root));
            m.put("footer", md(site.footer(), root));
            m.put("canonical", site.baseUrl() == null ? "" : site.baseUrl() + path);
            m.putIfAbsent("lang", site.language());
            m.putIfAbsent("ogImage", "");
            m.putIfAbsent("description", "");
            // streamed to the file: the portfolio and the opportunities page run to megabytes
            try (java.io.Writer html = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(out.open(path), StandardCharsets.UTF_8), 1 << 16)) {
                theme.template(template).process(m, html);
            } catch (TemplateException e) {
                throw new RenderException("the template " + template + " failed while writing " + path + ": "
                        + e.getMessageWithoutStackTop() + (e.getTemplateSourceName() == null ? "" : " (at "
                        + e.getTemplateSourceName() + ":" + e.getLineNumber() + ")"), e);
            }
            written(path);
        }

        private void insights() throws IOException, RenderException {
            List<Insights.Place> places = Insights.places(project);
            List<Views.TouchpointRow> rows = new ArrayList<>();
            for (Insights.TouchpointUse u : Insights.touchpoints(project, places)) {
                List<Views.MetricView> metrics = new ArrayList<>();
                u.metrics().forEach((id, v) -> site.metric(id).ifPresent(d ->
                        metrics.add(new Views.MetricView(id, d.name(), format(d, d.percent() ? v : Math.round(v * 10) / 10.0),
                                "", ""))));
                rows.add(new Views.TouchpointRow(u.touchpoint(), u.touchpoint().kind() == Touchpoint.Kind.INDIRECT,
                        (int) u.places().stream().count(), u.journeys(),
                        u.averageEmotion() == null ? "" : Numbers.format(Math.round(u.averageEmotion() * 10) / 10.0),
                        level(u.averageEmotion()), u.averageEmotion() == null ? ""
                        : Optional.ofNullable(scale.labelOf(u.averageEmotion())).orElse(""),
                        u.places().stream().filter(p -> p.emotion() != null).limit(3).map(p -> stepLink(p, "")).toList(),
                        metrics, u.opportunities().stream().map(this::itemRow).toList()));
            }
            page("touchpoints.ftlh", "touchpoints.html", Map.of("title", label("touchpointsTitle"), "rows", rows));

            List<Views.ItemRow> items = Insights.items(places).stream().map(this::itemRow).toList();
            Map<String, List<Views.ItemRow>> cells = new LinkedHashMap<>();
            for (String key : List.of("quickWins", "bigBets", "fillIns", "thankless")) {
                cells.put(key, new ArrayList<>());
            }
            for (Views.ItemRow r : items) {
                if (r.kind().equals("opportunity") && r.impactRank() > 0 && r.effortRank() > 0) {
                    boolean high = r.impactRank() >= 2;
                    boolean easy = r.effortRank() == 1;
                    cells.get(high ? (easy ? "quickWins" : "bigBets") : (easy ? "fillIns" : "thankless")).add(r);
                }
            }
            List<Views.Quadrant> quadrants = cells.entrySet().stream()
                    .map(e -> new Views.Quadrant(e.getKey(), e.getValue())).toList();
            page("opportunities.ftlh", "opportunities.html", Map.of("title", label("opportunitiesTitle"),
                    "items", items, "quadrants", quadrants));
            search(places);
            write("data/opportunities.csv", OpportunitiesCsv.write(items, label("csvHeader"),
                    site.baseUrl() == null ? "" : site.baseUrl()));
        }

        /**
         * The search page and its index, a script file so that search works offline and from
         * file://. data/search-index.js: {k: the kinds' names, p: every journey and persona page
         * as [title, url], e: every journey, persona, step, pain point and opportunity as [kind,
         * page, title, text, anchor]}, each page's title and address written once rather than in
         * each of its entries; streamed to the file (at thousands of journeys it is megabytes)
         * through {@link ScriptSafeWriter}.
         */
        private void search(List<Insights.Place> places) throws IOException, RenderException {
            Map<String, Integer> pages = new HashMap<>();
            try (java.io.OutputStream file = out.open("data/search-index.js");
                 java.io.Writer script = new ScriptSafeWriter(new java.io.BufferedWriter(
                         new java.io.OutputStreamWriter(file, StandardCharsets.UTF_8)))) {
                script.write("window.journeymapSearch = ");
                try (tools.jackson.core.JsonGenerator index = SEARCH_JSON.createGenerator(script)) {
                    index.writeStartObject();
                    index.writeArrayPropertyStart("k");
                    for (String kind : SEARCH_KINDS) {
                        index.writeString(label(kind));
                    }
                    index.writeEndArray();
                    index.writeArrayPropertyStart("p");
                    for (Journey j : project.journeys()) {
                        pages.put("j " + j.id(), pages.size());
                        index.writeArray(new String[] {j.title(), "journeys/" + j.id() + ".html"}, 0, 2);
                    }
                    for (Persona p : project.personas()) {
                        pages.put("p " + p.id(), pages.size());
                        index.writeArray(new String[] {p.name(), "personas/" + p.id() + ".html"}, 0, 2);
                    }
                    index.writeEndArray();
                    index.writeArrayPropertyStart("e");
                    for (Journey j : project.journeys()) {
                        entry(index, 0, pages.get("j " + j.id()), j.title(), String.join(" ", j.tags()) + " "
                                + Optional.ofNullable(j.scenario()).orElse("") + " " + Optional.ofNullable(j.owner())
                                .orElse(""), "");
                    }
                    for (Persona p : project.personas()) {
                        entry(index, 1, pages.get("p " + p.id()), p.name(), String.join(" ", java.util.Arrays.asList(
                                Optional.ofNullable(p.role()).orElse(""), Optional.ofNullable(p.quote()).orElse(""),
                                Optional.ofNullable(p.about()).orElse(""), String.join(" ", p.goals()),
                                String.join(" ", p.frustrations()))), "");
                    }
                    for (Insights.Place p : places) {
                        int page = pages.get("j " + p.journey().id());
                        String anchor = "step-" + p.step().id();
                        entry(index, 2, page, p.step().name(), String.join(" ",
                                Optional.ofNullable(p.step().description()).orElse(""), String.join(" ", p.step().actions()),
                                String.join(" ", p.step().thoughts())), anchor);
                        for (org.journeymap.model.PainPoint pp : p.step().painPoints()) {
                            entry(index, 3, page, pp.text(), p.step().name(), anchor);
                        }
                        for (org.journeymap.model.Opportunity o : p.step().opportunities()) {
                            entry(index, 4, page, o.title(), p.step().name() + " " + Optional.ofNullable(o.owner())
                                    .orElse(""), anchor);
                        }
                    }
                    index.writeEndArray();
                    index.writeEndObject();
                }
                script.write(";\n");
            }
            files.incrementAndGet();
            page("search.ftlh", "search.html", Map.of("title", label("search")));
        }

        private void entry(tools.jackson.core.JsonGenerator index, int kind, int page, String title, String text,
                           String anchor) {
            index.writeStartArray();
            index.writeNumber(kind);
            index.writeNumber(page);
            index.writeString(title);
            index.writeString(searchText(text));
            index.writeString(anchor);
            index.writeEndArray();
        }

        private Views.ItemRow itemRow(Insights.Item it) {
            org.journeymap.model.Opportunity o = it.opportunity();
            return new Views.ItemRow(it.kind(), it.text(), stepLink(it.place(), ""), it.place().stage().name(),
                    it.place().step().momentOfTruth(), o == null || o.impact() == null ? "" : o.impact().name(),
                    o == null || o.effort() == null ? "" : o.effort().name(),
                    o == null || o.status() == null ? "" : o.status().name(), o == null || o.owner() == null ? ""
                    : o.owner(), o == null || o.link() == null ? "" : o.link(),
                    o == null || o.impact() == null ? 0 : o.impact().ordinal() + 1,
                    o == null || o.effort() == null ? 0 : o.effort().ordinal() + 1);
        }

        private Views.StepLink stepLink(Insights.Place p, String root) {
            return new Views.StepLink(p.journey().title(), p.step().name(),
                    root + "journeys/" + p.journey().id() + ".html#step-" + p.step().id(),
                    p.emotion() == null ? "" : Numbers.format(Math.round(p.emotion() * 10) / 10.0), level(p.emotion()));
        }

        private String level(Double v) {
            return v == null ? "none" : v < 0 ? "negative" : v > 0 ? "positive" : "neutral";
        }

        private Views.JourneyCard card(Journey j, String root) {
            EmotionCurve curve = curveOf(j);
            List<Step> steps = j.steps().toList();
            String lowStep = "";
            String lowValue = "";
            String lowLabel = "";
            double low = Double.POSITIVE_INFINITY;
            for (String persona : j.personaIds()) {
                List<Double> values = values(steps, persona);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null && values.get(i) < low) {
                        low = values.get(i);
                        lowStep = steps.get(i).name();
                        lowValue = Numbers.format(low);
                        lowLabel = Optional.ofNullable(scale.labelOf(low)).orElse("");
                    }
                }
            }
            List<Persona> ps = j.personaIds().stream().map(personas::get).filter(p -> p != null).toList();
            return new Views.JourneyCard(j, root + "journeys/" + j.id() + ".html", ps,
                    markup(curve.sparkline(label("emotion") + ": " + curve.description())), lowStep, lowValue,
                    lowLabel, String.join(" ", j.personaIds()));
        }

        private void index() throws IOException, RenderException {
            Map<String, List<Views.JourneyCard>> grouped = new TreeMap<>();
            for (Journey j : project.journeys()) {
                grouped.computeIfAbsent(j.group(), g -> new ArrayList<>()).add(card(j, ""));
            }
            List<Views.Group> groups = grouped.entrySet().stream()
                    .map(e -> new Views.Group(e.getKey(), e.getValue())).toList();
            List<String> tags = project.journeys().stream().flatMap(j -> j.tags().stream())
                    .collect(Collectors.toCollection(java.util.TreeSet::new)).stream().toList();
            page("index.ftlh", "index.html", Map.of("title", site.title(), "groups", groups, "tags", tags,
                    "personas", project.personas(), "journeyCount", project.journeys().size()));
        }

        private void journey(Journey j) throws IOException, RenderException {
            String root = "../";
            EmotionCurve curve = curveOf(j);
            List<Views.StageView> stages = stageViews(j, root);
            List<Persona> ps = j.personaIds().stream().map(personas::get).filter(p -> p != null).toList();
            List<List<Views.EmotionView>> table = new ArrayList<>();
            for (Step step : j.steps().toList()) {
                table.add(emotions(j, step));
            }
            Journey baseline = j.baseline() == null ? null : journeys.get(j.baseline().id());
            List<Journey> related = j.related().stream().map(Ref::id).map(journeys::get).filter(r -> r != null).toList();
            List<Views.FunnelStage> funnel = funnel(j);
            Views.JourneyPage page = new Views.JourneyPage(j, ps, baseline,
                    futures.getOrDefault(j.id(), List.of()), related, stages,
                    markup(curve.svg("curve-" + j.id(), "#step-", false)), curve.description(),
                    site.lanes().stream().map(Lane::word).toList(), (int) j.steps().count(),
                    ps.stream().map(Persona::name).toList(), table, funnel,
                    funnel.isEmpty() ? null : markup(FunnelChart.svg("funnel-" + j.id(), label("funnel") + ": "
                            + j.title(), funnel, label("dropOff"))));
            String png = options.png() ? (site.baseUrl() != null ? site.baseUrl() : root) + "journeys/" + j.id() + ".png"
                    : "";
            Map<String, Object> model = new HashMap<>();
            model.put("title", j.title());
            model.put("j", page);
            model.put("scenario", md(j.scenario(), root));
            model.put("lang", j.language() != null ? j.language() : site.language());
            model.put("ogImage", site.baseUrl() != null ? png : "");
            model.put("png", options.png());
            model.put("description", curve.description());
            page("journey.ftlh", "journeys/" + j.id() + ".html", model);
            if (baseline != null && j.state() == Journey.State.FUTURE) {
                compare(baseline, j);
            }
            write("journeys/" + j.id() + ".mmd",
                    org.journeymap.interchange.MermaidExport.journey(j, project).getBytes(StandardCharsets.UTF_8));
            String standalone = curve.svg("curve", j.id() + ".html#step-", true);
            write("journeys/" + j.id() + ".svg", standalone.getBytes(StandardCharsets.UTF_8));
            if (options.png()) {
                png(j, standalone);
            }
        }

        private void compare(Journey baseline, Journey future) throws IOException, RenderException {
            String root = "../";
            page("compare.ftlh", "compare/" + future.id() + ".html", Map.of("title", future.title(), "c",
                    new Views.ComparePage(baseline, future, stageViews(baseline, root), stageViews(future, root),
                            markup(curveOf(future).svg("compare-" + future.id(),
                                    root + "journeys/" + future.id() + ".html#step-", false)))));
        }

        private List<Views.StageView> stageViews(Journey j, String root) {
            List<Views.StageView> stages = new ArrayList<>();
            int column = 0;
            for (Stage s : j.stages()) {
                List<Views.StepView> steps = new ArrayList<>();
                for (Step step : s.steps()) {
                    steps.add(step(j, step, column++, root));
                }
                stages.add(new Views.StageView(s, steps, md(s.description(), root)));
            }
            return stages;
        }

        private Views.StepView step(Journey j, Step step, int column, String root) {
            List<Views.TouchpointView> tps = step.touchpoints().stream().map(Ref::id).map(touchpoints::get)
                    .filter(t -> t != null)
                    .map(t -> new Views.TouchpointView(t, t.channel() == null ? "" : t.channel(),
                            t.kind() == Touchpoint.Kind.INDIRECT))
                    .toList();
            Map<String, MetricValue> targets = step.targets().stream()
                    .collect(Collectors.toMap(MetricValue::metric, v -> v, (a, b) -> a, LinkedHashMap::new));
            List<Views.MetricView> metrics = new ArrayList<>();
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            step.metrics().forEach(m -> ids.add(m.metric()));
            step.targets().forEach(m -> ids.add(m.metric()));
            for (String id : ids) {
                MetricDefinition def = site.metric(id).orElse(null);
                if (def == null) {
                    continue;
                }
                Double value = step.metrics().stream().filter(m -> m.metric().equals(id)).map(MetricValue::value)
                        .findFirst().orElse(null);
                Double target = targets.containsKey(id) ? targets.get(id).value() : null;
                String met = value == null || target == null ? "" : def.meets(value, target) ? "met" : "missed";
                metrics.add(new Views.MetricView(id, def.name(), format(def, value), format(def, target), met));
            }
            return new Views.StepView(step, column, tps, emotions(j, step), metrics, md(step.description(), root));
        }

        private String format(MetricDefinition def, Double v) {
            if (v == null) {
                return "";
            }
            if (def.percent()) {
                return Numbers.format(Math.round(v * 1000) / 10.0) + "%";
            }
            return Numbers.format(v) + (def.unit().isEmpty() ? "" : "\u00a0" + def.unit());
        }

        private List<Views.EmotionView> emotions(Journey j, Step step) {
            List<Views.EmotionView> views = new ArrayList<>();
            for (String persona : j.personaIds()) {
                Optional<Emotion.Score> score = step.emotion() == null ? Optional.empty() : step.emotion().of(persona);
                String level = score.map(s -> s.value() < 0 ? "negative" : s.value() > 0 ? "positive" : "neutral")
                        .orElse("none");
                views.add(new Views.EmotionView(name(persona), score.map(s -> Numbers.format(s.value())).orElse(""),
                        score.map(s -> Optional.ofNullable(scale.labelOf(s.value())).orElse("")).orElse(""), level));
            }
            return views;
        }

        private List<Views.FunnelStage> funnel(Journey j) {
            List<Stage> reached = j.stages().stream().filter(s -> s.reach() != null).toList();
            if (reached.size() < 2) {
                return List.of();
            }
            long first = Math.max(1, reached.get(0).reach());
            List<Views.FunnelStage> funnel = new ArrayList<>();
            Long previous = null;
            for (Stage s : reached) {
                String share = Numbers.format(Math.round(s.reach() * 1000.0 / first) / 10.0) + "%";
                String drop = previous == null || previous == 0 ? ""
                        : Numbers.format(Math.round((previous - s.reach()) * 1000.0 / previous) / 10.0) + "%";
                funnel.add(new Views.FunnelStage(s.name(), s.id(), numbers.get().format(s.reach()), share, drop,
                        s.reach() / (double) first));
                previous = s.reach();
            }
            return funnel;
        }

        private void persona(Persona p) throws IOException, RenderException {
            String root = "../";
            List<Journey> in = project.journeys().stream().filter(j -> j.personaIds().contains(p.id())).toList();
            List<Views.JourneyCard> cards = in.stream().map(j -> card(j, root)).toList();
            List<TemplateHTMLOutputModel> svgs = in.stream()
                    .map(j -> markup(curveOf(j).svg("curve-" + j.id(), root + "journeys/" + j.id() + ".html#step-",
                            false)))
                    .toList();
            String avatar = avatars.containsKey(p.id()) ? root + avatars.get(p.id()) : "";
            List<Touchpoint> channels = p.channels().stream().map(Ref::id).map(touchpoints::get)
                    .filter(t -> t != null).toList();
            page("persona.ftlh", "personas/" + p.id() + ".html", Map.of("title", p.name(),
                    "p", new Views.PersonaPage(p, avatar, channels, cards, svgs, md(p.about(), root),
                            in.size() < 2 ? null : markup(overlay(p, in, root)))));
        }

        /**
         * All the persona's journeys on one chart: each journey's curve spread over the full width,
         * so their shapes can be compared even when the journeys have different numbers of steps.
         */
        private String overlay(Persona p, List<Journey> in, String root) {
            List<CurveSeries> series = new ArrayList<>();
            int widest = 1;
            Journey longest = in.get(0);
            for (Journey j : in) {
                int n = (int) j.steps().count();
                if (n > widest) {
                    widest = n;
                    longest = j;
                }
            }
            for (Journey j : in) {
                series.add(new CurveSeries(j.title(), values(j.steps().toList(), p.id()), false));
            }
            List<EmotionCurve.Point> points = longest.steps()
                    .map(s -> new EmotionCurve.Point(s.id(), "", false)).toList();
            return new EmotionCurve(p.name(), points, series, scale, words()).svg("overlay-" + p.id(), null, false);
        }

        private void sitemap() throws IOException, RenderException {
            List<String> urls = new ArrayList<>();
            urls.add(site.baseUrl());
            project.journeys().forEach(j -> urls.add(site.baseUrl() + "journeys/" + j.id() + ".html"));
            project.personas().forEach(p -> urls.add(site.baseUrl() + "personas/" + p.id() + ".html"));
            page("sitemap.ftlx", "sitemap.xml", Map.of("title", "sitemap", "urls", urls));
        }

        // ---- PNG -------------------------------------------------------------------------

        /** The curve as PNG: taken from the build cache when the same curve was drawn before, else drawn. */
        private void png(Journey j, String svg) throws IOException {
            String path = "journeys/" + j.id() + ".png";
            // the key names how the PNG is drawn as well, so that a new size or encoding draws afresh
            String key = BuildCache.key(PNG_DRAWING + svg);
            Optional<byte[]> drawn = options.cache().read("png", key);
            if (drawn.isPresent()) {
                write(path, drawn.get());
                return;
            }
            byte[] png;
            try {
                png = rasterizer.png(svg, PNG_WIDTH);
            } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
                throw new IllegalStateException("this is a bug: cannot draw the curve of " + j.id()
                        + ": " + e, e);
            }
            options.cache().write("png", key, png);
            write(path, png);
        }
    }

    /** The default scale speaks the site's language; a scale written in site.yaml stays as written. */
    static EmotionScale localizedScale(EmotionScale scale, Map<String, String> labels) {
        if (!scale.equals(EmotionScale.DEFAULT)) {
            return scale;
        }
        Map<Integer, String> words = new HashMap<>(scale.labels());
        words.replaceAll((value, word) -> labels.getOrDefault("scale." + value, word));
        return new EmotionScale(scale.min(), scale.max(), words);
    }

    /**
     * The diff as a page in the site's theme: the Markdown report, and for each changed journey its
     * emotion curves before (faint) and after on one chart.
     */
    public void renderDiff(Project head, Project base, org.journeymap.diff.ProjectDiff diff, String markdownText,
                           SiteOutput out) throws IOException, RenderException {
        Run run = new Run(head, out, new Options(false, BuildCache.NONE, Selection.ALL));
        List<TemplateHTMLOutputModel> charts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (org.journeymap.diff.ProjectDiff.JourneyChange c : diff.changed()) {
            Journey before = c.base();
            Journey after = c.head();
            List<Step> steps = after.steps().toList();
            List<CurveSeries> series = new ArrayList<>();
            for (String persona : before.personaIds()) {
                series.add(new CurveSeries(run.label("before") + ": " + run.name(persona),
                        run.values(before.steps().toList(), persona), true));
            }
            for (String persona : after.personaIds()) {
                series.add(new CurveSeries(run.label("after") + ": " + run.name(persona), run.values(steps, persona),
                        false));
            }
            EmotionCurve curve = new EmotionCurve(after.title(), steps.stream()
                    .map(st -> new EmotionCurve.Point(st.id(), st.name(), st.momentOfTruth())).toList(), series,
                    run.scale, run.words());
            // points link to the published map when its address is known; otherwise the lines alone
            String link = head.site().baseUrl() == null ? null : head.site().baseUrl() + "journeys/" + after.id()
                    + ".html#step-";
            charts.add(run.markup(curve.svg("diff-" + after.id(), link, false)));
            titles.add(after.title());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", run.label("diffTitle"));
        // the page shows the curves instead of the Mermaid source the comment carries
        String report = markdownText.replaceAll("(?s)<details>.*?</details>\\n*", "");
        model.put("report", run.markup(markdown.reportToHtml(report)));
        model.put("charts", charts);
        model.put("chartTitles", titles);
        run.page("diff.ftlh", "index.html", model);
        for (Map.Entry<String, byte[]> f : run.theme.staticFiles().entrySet()) {
            out.write(f.getKey(), f.getValue());
        }
        out.write(LABELS_CSS, labelsCss(run.labels));
    }

    /** The stylesheet of what the site's words are in CSS: each lane's name before its cells on a phone. */
    static final String LABELS_CSS = "theme/labels.css";

    static byte[] labelsCss(Map<String, String> labels) {
        StringBuilder css = new StringBuilder("/* The site's words that the stylesheet shows: written by journeymap in"
                + " the site's language. */\n@media (max-width: 720px) {\n");
        for (Lane lane : Lane.values()) {
            css.append("  .map .lane-").append(lane.word()).append(" > td::before { content: \"")
                    .append(cssString(labels.getOrDefault("lane." + lane.word(), lane.word()))).append("\"; }\n");
        }
        return css.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text inside a CSS string: letters, digits and spaces as they are, anything else as an escape. */
    static String cssString(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                s.appendCodePoint(c);
            } else {
                s.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return s.toString();
    }

}
