package org.journeymap.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.journeymap.cache.BuildCache;
import org.journeymap.measure.Series;
import org.journeymap.model.Emotion;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Journey;
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
import org.journeymap.output.SiteOutput;

/**
 * What every kind of {@link Output} renders with, for one build: the project and its indexes,
 * the theme and the site's words, where files go, and the views that several kinds share (a
 * journey's stages and curve, a journey's card, a row of the insight pages). Pages render in
 * parallel: everything here is safe to use from several threads.
 */
public final class Pages {

    public static final String CONTENT_SECURITY_POLICY = SiteRenderer.CONTENT_SECURITY_POLICY;

    private final Project project;
    private final Site site;
    private final SiteOutput out;
    private final boolean png;
    private final BuildCache cache;
    private final Theme theme;
    private final Markdown markdown;
    private final Map<String, String> labels;
    private final Assets assets;
    private final Map<String, Touchpoint> touchpoints;
    private final Relations relations;
    /** Each journey's curve, drawn when a page first needs it: a preview update needs only a few. */
    private final Map<String, EmotionCurve> curves = new ConcurrentHashMap<>();
    /** The labels of the content languages other than the site's that journeys are written in. */
    private final Map<String, Map<String, String>> otherLabels = new ConcurrentHashMap<>();
    private final EmotionScale scale;
    /** Persona id to the avatar's path in the site, for persona chips on every page. */
    private final Map<String, String> avatars = new TreeMap<>();
    /** NumberFormat is not thread-safe, and pages render in parallel. */
    private final ThreadLocal<java.text.NumberFormat> numbers;
    /** The measured series of each journey, and the newest date of all measurements (for staleness). */
    private final Map<String, List<Series>> series;
    /** Each measurement file's name in the source folder, by its path, as pages list their sources. */
    private final Map<java.nio.file.Path, String> sourceNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Optional<java.time.LocalDate> newest;
    private final AtomicInteger files = new AtomicInteger();
    /** The files and images of the output this thread renders, or null. */
    private final ThreadLocal<List<String>> writing = new ThreadLocal<>();
    private final ThreadLocal<Map<String, String>> showing = new ThreadLocal<>();
    private final ThreadLocal<List<String>> using = new ThreadLocal<>();
    private List<Insights.Place> places;
    private DiffReport diff;
    private org.journeymap.history.History history;
    private Map<String, JourneyJson> journeyJson;

    /** A journey's JSON as data/site.json holds it, and the journey it was made from. */
    record JourneyJson(Journey journey, byte[] json) {
    }

    /** What the diff page shows: the projects' differences and the report in Markdown. */
    public record DiffReport(org.journeymap.diff.ProjectDiff diff, String markdown) {
    }

    Pages(Project project, SiteOutput out, boolean png, BuildCache cache, Theme theme, Markdown markdown)
            throws IOException {
        this.project = project;
        this.site = project.site();
        this.out = out;
        this.png = png;
        this.cache = cache;
        this.theme = theme;
        this.markdown = markdown;
        this.labels = theme.labels(site.language());
        this.scale = SiteRenderer.localizedScale(site.emotionScale(), labels);
        this.assets = new Assets(project.sourceRoot());
        this.relations = new Relations(project);
        this.touchpoints = project.touchpoints().stream().collect(Collectors.toMap(Touchpoint::id, t -> t));
        for (Persona p : project.personas()) {
            if (p.avatar() != null) {
                assets.register(p.avatar()).ifPresent(a -> avatars.put(p.id(), a));
            }
        }
        java.util.Locale locale = java.util.Locale.forLanguageTag(site.language());
        this.numbers = ThreadLocal.withInitial(() -> java.text.NumberFormat.getIntegerInstance(locale));
        this.series = Series.of(project);
        this.newest = Series.newest(project);
    }

    // ---- what is rendered --------------------------------------------------------------

    public Project project() {
        return project;
    }

    public Site site() {
        return site;
    }

    public Theme theme() {
        return theme;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public EmotionScale scale() {
        return scale;
    }

    /** Whether the build draws PNG curves (the live preview does not). */
    public boolean png() {
        return png;
    }

    BuildCache cache() {
        return cache;
    }

    public Markdown markdown() {
        return markdown;
    }

    Assets assets() {
        return assets;
    }

    public Journey journey(String id) {
        return relations.journey(id);
    }

    public Persona persona(String id) {
        return relations.persona(id);
    }

    public Touchpoint touchpoint(String id) {
        return touchpoints.get(id);
    }

    /** The future states drawn with this journey as their baseline. */
    public List<Journey> futures(String journey) {
        return relations.futures(journey);
    }

    /** The journeys a persona is in, in the project's order. */
    public List<Journey> journeysOf(String persona) {
        return relations.members(persona);
    }

    /** Keeps each journey's JSON in data/site.json across renders, for the same journey object. */
    void keepingJson(Map<String, JourneyJson> kept) {
        kept.keySet().retainAll(relations.journeys().keySet()); // journeys since deleted or renamed
        this.journeyJson = kept;
    }

    /** Whether each journey's JSON is kept across renders (the live preview). */
    public boolean keepsJson() {
        return journeyJson != null;
    }

    /** A journey's JSON in data/site.json: the one kept for this very journey, or made now. */
    public byte[] journeyJson(Journey j) {
        JourneyJson kept = journeyJson == null ? null : journeyJson.get(j.id());
        if (kept != null && kept.journey() == j) {
            return kept.json();
        }
        byte[] json = org.journeymap.interchange.SiteJson.journey(j);
        if (journeyJson != null) {
            journeyJson.put(j.id(), new JourneyJson(j, json));
        }
        return json;
    }

    /** The diff the diff page shows; null when rendering a site. */
    public DiffReport diff() {
        return diff;
    }

    Pages showing(DiffReport report) {
        this.diff = report;
        return this;
    }

    /** The pages with the journeys' history from git (null: none, and no history pages). */
    Pages withHistory(org.journeymap.history.History h) {
        this.history = h;
        return this;
    }

    /** The journeys' history from git, or null when there is none. */
    public org.journeymap.history.History history() {
        return history;
    }

    /** Whether the site has an Atom feed of its changes: a history and a base URL to give its entries ids. */
    public boolean hasFeed() {
        return history != null && site.baseUrl() != null;
    }

    /** Persona id to its avatar's path in the site. */
    public Map<String, String> avatars() {
        return avatars;
    }

    /** Every step of the portfolio with its journey and stage, worked out once for the insight pages. */
    public synchronized List<Insights.Place> places() {
        if (places == null) {
            places = Insights.places(project);
        }
        return places;
    }

    public String label(String key) {
        return labels.getOrDefault(key, key);
    }

    public java.text.NumberFormat integers() {
        return numbers.get();
    }

    // ---- where it goes -----------------------------------------------------------------

    int files() {
        return files.get();
    }

    SiteOutput out() {
        return out;
    }

    /** Records what the calling thread writes and shows while it renders one output. */
    void track(List<String> written, Map<String, String> shown, List<String> entries) {
        writing.set(written);
        showing.set(shown);
        using.set(entries);
    }

    void untrack() {
        writing.remove();
        showing.remove();
        using.remove();
    }

    /** The entry of the build cache under kind and key, read or written by the output being rendered. */
    public java.util.Optional<byte[]> cached(String kind, String key) {
        used(kind, key);
        return cache.read(kind, key);
    }

    /** Stores an entry in the build cache for the output being rendered. */
    public void cache(String kind, String key, byte[] bytes) {
        used(kind, key);
        cache.write(kind, key, bytes);
    }

    private void used(String kind, String key) {
        List<String> entries = using.get();
        if (entries != null && cache.enabled()) {
            entries.add(kind + "/" + key);
        }
    }

    public void write(String path, byte[] content) throws IOException {
        out.write(path, content);
        written(path);
    }

    /** A stream that becomes the file at path when closed, for files too large to build in memory. */
    public OutputStream open(String path) throws IOException {
        OutputStream stream = out.open(path);
        written(path);
        return stream;
    }

    void written(String path) {
        files.incrementAndGet();
        List<String> unit = writing.get();
        if (unit != null) {
            unit.add(path);
        }
    }

    /** Renders a template into a page: the model plus what every page shows (site, labels, links). */
    public void page(String template, String path, Map<String, Object> model) throws IOException, RenderException {
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
        m.put("hasHistory", history != null);
        m.put("feed", hasFeed() ? site.baseUrl() + "feed.xml" : "");
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

    /** Copies the images that the pages rendered so far showed. */
    public void copyImages() throws IOException {
        for (Map.Entry<String, java.nio.file.Path> image : assets.files().entrySet()) {
            out.copy(image.getKey(), image.getValue());
            written(image.getKey());
        }
    }

    /** The stylesheet of what the site's words are in CSS: each lane's name before its cells on a phone. */
    public static final String LABELS_CSS = "theme/labels.css";

    public static byte[] labelsCss(Map<String, String> labels) {
        StringBuilder css = new StringBuilder("/* The site's words that the stylesheet shows: written by journeymap in"
                + " the site's language. */\n@media (max-width: 720px) {\n");
        for (org.journeymap.model.Lane lane : org.journeymap.model.Lane.values()) {
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

    // ---- curves ------------------------------------------------------------------------

    public EmotionCurve curveOf(Journey j) {
        return curves.computeIfAbsent(j.id(), id -> curve(j));
    }

    private EmotionCurve curve(Journey j) {
        List<Step> steps = j.steps().toList();
        List<EmotionCurve.Point> points = steps.stream()
                .map(s -> new EmotionCurve.Point(s.id(), s.name(), s.momentOfTruth())).toList();
        List<CurveSeries> series = new ArrayList<>();
        Journey base = baselineOf(j);
        if (base != null) {
            series.addAll(baselineSeries(base, label("baseline")));
        }
        for (String persona : j.personaIds()) {
            series.add(new CurveSeries(name(persona), values(steps, persona), false));
        }
        return new EmotionCurve(j.title(), points, series, scale, words());
    }

    public EmotionCurve.Words words() {
        return new EmotionCurve.Words(label("emotion"), label("lowest"), label("highest"), label("momentOfTruth"),
                label("noEmotion"), label("startsAt"), label("endsAt"));
    }

    /**
     * A journey's curve as a picture of its own ({@link CurvePicture}), in the journey's language
     * when journeymap speaks it (en, pl, ru), else in the site's; the scale's labels from
     * site.yaml stay as written.
     */
    public CurvePicture pictureOf(Journey j) {
        Map<String, String> words = labelsFor(j.language());
        java.util.function.Function<String, String> w = k -> words.getOrDefault(k, k);
        List<Step> steps = j.steps().toList();
        List<EmotionCurve.Point> points = steps.stream()
                .map(s -> new EmotionCurve.Point(s.id(), s.name(), s.momentOfTruth(), missesTarget(s))).toList();
        List<CurvePicture.Stage> stages = new ArrayList<>();
        int first = 0;
        for (Stage st : j.stages()) {
            stages.add(new CurvePicture.Stage(st.name(), first, st.steps().size()));
            first += st.steps().size();
        }
        List<CurveSeries> series = new ArrayList<>();
        Journey base = baselineOf(j);
        if (base != null) {
            series.addAll(baselineSeries(base, w.apply("baseline")));
        }
        for (String persona : j.personaIds()) {
            // beside its baseline, a future state's line says that it is one
            series.add(new CurveSeries(name(persona) + (base == null ? "" : " — " + w.apply("state.future")),
                    values(steps, persona), false));
        }
        String subtitle = j.personaIds().stream().map(this::name).collect(Collectors.joining(", ")) + " · "
                + w.apply(j.state() == Journey.State.FUTURE ? "state.future" : "state.current");
        return new CurvePicture(j.title(), subtitle, points, stages, series,
                SiteRenderer.localizedScale(site.emotionScale(), words),
                new CurvePicture.Words(w.apply("emotion"), w.apply("lowest"), w.apply("highest"),
                        w.apply("momentOfTruth"), w.apply("missedTarget"), w.apply("noEmotion"), w.apply("startsAt"),
                        w.apply("endsAt"), w.apply("stepsInOrder")));
    }

    /** The journey a future state redesigns, when it names one that exists; else null. */
    private Journey baselineOf(Journey j) {
        return j.state() == Journey.State.FUTURE && j.baseline() != null ? relations.journey(j.baseline().id()) : null;
    }

    /** A baseline's lines, drawn faintly behind a future state's: "Baseline: its title", and the persona when several. */
    private List<CurveSeries> baselineSeries(Journey base, String word) {
        List<CurveSeries> series = new ArrayList<>();
        for (String persona : base.personaIds()) {
            series.add(new CurveSeries(word + ": " + base.title() + (base.personas().size() > 1 ? " — " + name(persona) : ""),
                    values(base.steps().toList(), persona), true));
        }
        return series;
    }

    /** The labels of a content language that journeymap speaks (by its primary subtag), else the site's. */
    private Map<String, String> labelsFor(String language) {
        String primary = language == null ? "" : language.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (primary.isEmpty() || primary.equals(site.language()) || !Site.LANGUAGES.contains(primary)) {
            return labels;
        }
        return otherLabels.computeIfAbsent(primary, l -> {
            try {
                return theme.labels(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Whether one of a step's metrics misses its target. */
    boolean missesTarget(Step step) {
        for (MetricValue target : step.targets()) {
            MetricDefinition def = site.metric(target.metric()).orElse(null);
            Optional<Double> value = step.metrics().stream().filter(m -> m.metric().equals(target.metric()))
                    .map(MetricValue::value).findFirst();
            if (def != null && value.isPresent() && !def.meets(value.get(), target.value())) {
                return true;
            }
        }
        return false;
    }

    public String name(String persona) {
        Persona p = relations.persona(persona);
        return p == null ? persona : p.name();
    }

    public List<Double> values(List<Step> steps, String persona) {
        List<Double> values = new ArrayList<>();
        for (Step s : steps) {
            Emotion e = s.emotion();
            values.add(e == null ? null : e.of(persona).map(Emotion.Score::value).orElse(null));
        }
        return values;
    }

    public TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("this is a bug: " + e, e);
        }
    }

    public TemplateHTMLOutputModel md(String text, String root) {
        return markup(markdown.toHtml(text, src -> assets.register(src).map(p -> {
            Map<String, String> unit = showing.get();
            if (unit != null) {
                unit.putIfAbsent(p, src);
            }
            return root + p;
        }).orElse(null)));
    }

    public Views.ItemRow itemRow(Insights.Item it) {
        org.journeymap.model.Opportunity o = it.opportunity();
        return new Views.ItemRow(it.kind(), it.text(), stepLink(it.place(), ""), it.place().stage().name(),
                it.place().step().momentOfTruth(), o == null || o.impact() == null ? "" : o.impact().name(),
                o == null || o.effort() == null ? "" : o.effort().name(),
                o == null || o.status() == null ? "" : o.status().name(), o == null || o.owner() == null ? ""
                : o.owner(), o == null || o.link() == null ? "" : o.link(),
                o == null || o.impact() == null ? 0 : o.impact().ordinal() + 1,
                o == null || o.effort() == null ? 0 : o.effort().ordinal() + 1);
    }

    public Views.StepLink stepLink(Insights.Place p, String root) {
        return new Views.StepLink(p.journey().title(), p.step().name(),
                root + "journeys/" + p.journey().id() + ".html#step-" + p.step().id(),
                p.emotion() == null ? "" : Numbers.format(Math.round(p.emotion() * 10) / 10.0), level(p.emotion()));
    }

    public String level(Double v) {
        return v == null ? "none" : v < 0 ? "negative" : v > 0 ? "positive" : "neutral";
    }

    public Views.JourneyCard card(Journey j, String root) {
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
        List<Persona> ps = j.personaIds().stream().map(relations::persona).filter(p -> p != null).toList();
        return new Views.JourneyCard(j, root + "journeys/" + j.id() + ".html", ps,
                markup(curve.sparkline(label("emotion") + ": " + curve.description())), lowStep, lowValue,
                lowLabel, String.join(" ", j.personaIds()));
    }

    public List<Views.StageView> stageViews(Journey j, String root) {
        List<Views.StageView> stages = new ArrayList<>();
        int column = 0;
        for (Stage s : j.stages()) {
            List<Views.StepView> steps = new ArrayList<>();
            for (Step step : s.steps()) {
                steps.add(step(j, step, column++, root));
            }
            stages.add(new Views.StageView(s, steps, md(s.description(), root), measured(j, null, s.id(), Map.of())));
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
            Series measured = seriesOf(j.id(), step.id(), null, id, null);
            metrics.add(measured == null
                    ? new Views.MetricView(id, def.name(), format(def, value), format(def, target), met)
                    : metricView(def, measured, target));
        }
        // the values measured for one persona's customers follow those of all customers
        metrics.addAll(measured(j, step.id(), null, targets));
        return new Views.StepView(step, column, tps, emotions(j, step), metrics, md(step.description(), root));
    }

    /** The series of a journey's step or stage for one metric and persona (null: all), or null. */
    private Series seriesOf(String journey, String step, String stage, String metric, String persona) {
        for (Series s : series.getOrDefault(journey, List.of())) {
            if (java.util.Objects.equals(s.step(), step) && java.util.Objects.equals(s.stage(), stage)
                    && s.metric().equals(metric) && java.util.Objects.equals(s.persona(), persona)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The measured series of a step (or, with step null, of a stage) that are not already shown
     * as its metrics: a stage's series, and the series of one persona's customers.
     */
    private List<Views.MetricView> measured(Journey j, String step, String stage, Map<String, MetricValue> targets) {
        List<Views.MetricView> views = new ArrayList<>();
        for (Series s : series.getOrDefault(j.id(), List.of())) {
            boolean here = step != null ? step.equals(s.step()) && s.persona() != null : stage.equals(s.stage());
            MetricDefinition def = here ? site.metric(s.metric()).orElse(null) : null;
            if (def != null) {
                MetricValue target = targets.get(s.metric());
                views.add(metricView(def, s, target == null ? null : target.value()));
            }
        }
        return views;
    }

    /** A measured series as the map shows it: the latest value and date, a trend, staleness. */
    private Views.MetricView metricView(MetricDefinition def, Series s, Double target) {
        double value = s.latest().value();
        String met = target == null ? "" : def.meets(value, target) ? "met" : "missed";
        String who = s.persona() == null ? "" : name(s.persona());
        List<String> points = s.values().stream().map(m -> format(def, m.value()) + " (" + m.date() + ")").toList();
        boolean stale = newest.isPresent() && s.staleAgainst(newest.get(), site.staleAfterDays());
        return new Views.MetricView(def.id(), def.name(), format(def, value), format(def, target), met, who,
                s.latest().date(), s.values().size() < 2 ? null : markup(TrendLine.svg(s.values().stream()
                        .map(org.journeymap.model.Measurement::value).toList())),
                s.values().size() < 2 ? "" : label("trend") + ": " + String.join(" → ", points),
                stale ? label("lastMeasured") + " " + s.latest().date() : "");
    }

    /** Where the measured numbers of a journey come from, by source as written (files, count, dates). */
    public List<Views.SourceView> sources(Journey j) {
        Map<String, SourceRows> bySource = new TreeMap<>();
        for (Series s : series.getOrDefault(j.id(), List.of())) {
            for (org.journeymap.model.Measurement m : s.values()) {
                bySource.computeIfAbsent(m.source() == null ? "" : m.source(), k -> new SourceRows()).add(m);
            }
        }
        List<Views.SourceView> views = new ArrayList<>();
        bySource.forEach((source, rows) -> {
            java.util.TreeSet<String> files = new java.util.TreeSet<>();
            rows.paths.forEach(p -> files.add(sourceNames.computeIfAbsent(p,
                    q -> org.journeymap.load.SourceFolder.relativeName(project.sourceRoot(), q))));
            views.add(new Views.SourceView(source, List.copyOf(files), rows.count, rows.from, rows.to));
        });
        return views;
    }

    /** The rows of one source: how many, the files they are in, the first and last date as written. */
    private static final class SourceRows {
        // the rows of a file share its path: each is named once
        private final java.util.Set<java.nio.file.Path> paths =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private int count;
        private String from;
        private String to;

        void add(org.journeymap.model.Measurement m) {
            paths.add(m.at().file());
            count++;
            from = from == null || m.date().compareTo(from) < 0 ? m.date() : from;
            to = to == null || m.date().compareTo(to) > 0 ? m.date() : to;
        }
    }

    public String format(MetricDefinition def, Double v) {
        return v == null ? "" : def.display(v);
    }

    public List<Views.EmotionView> emotions(Journey j, Step step) {
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

    public List<Views.FunnelStage> funnel(Journey j) {
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
}
