package org.journeymap.bind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeymap.Listener;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.format.Format;
import org.journeymap.format.Ids;
import org.journeymap.format.BaseUrl;
import org.journeymap.format.ObjectSpec;
import org.journeymap.load.SourceFolder;
import org.journeymap.load.Text;
import org.journeymap.load.YNode;
import org.journeymap.load.YamlReader;
import org.journeymap.model.Emotion;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Evidence;
import org.journeymap.model.Journey;
import org.journeymap.model.Lane;
import org.journeymap.model.MetricDefinition;
import org.journeymap.model.MetricValue;
import org.journeymap.model.Numbers;
import org.journeymap.model.Opportunity;
import org.journeymap.model.PainPoint;
import org.journeymap.model.Persona;
import org.journeymap.model.Position;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;
import org.journeymap.model.Severity;
import org.journeymap.model.Site;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;
import org.journeymap.model.Touchpoint;
import org.journeymap.model.Word;

/**
 * Reads every file of a source folder and binds it into the immutable model. What a single file
 * can tell is checked here (types, keys, ids, ranges that do not depend on other files); what
 * needs the whole project is left to the validator.
 */
public final class ModelBinder {

    /** A YAML reader's parser is not shared between threads: one per thread. */
    private final ThreadLocal<YamlReader> reader = ThreadLocal.withInitial(YamlReader::new);
    /** YAML trees parsed before, from the build cache; or null. */
    private final org.journeymap.load.TreeCache trees;
    /** Where the rows of measurement files read before are kept; null for none. */
    private org.journeymap.measure.RowCache rows;

    public ModelBinder() {
        this(null);
    }

    /** A binder that takes files parsed before from trees (see {@link org.journeymap.load.TreeCache}). */
    public ModelBinder(org.journeymap.load.TreeCache trees) {
        this.trees = trees;
    }

    /** Takes the rows of measurement files read before from rows (see {@link org.journeymap.measure.RowCache}). */
    public ModelBinder withRows(org.journeymap.measure.RowCache rows) {
        this.rows = rows;
        return this;
    }

    /** Hears each persona and journey file bound, as {@link Listener#READ} progress. */
    private Listener listener = Listener.SILENT;
    private final AtomicInteger bound = new AtomicInteger();
    private int toBind;
    private int boundBefore;

    /**
     * Reports every file it binds to listener, counting from already (files the caller has from
     * elsewhere) to the persona and journey files of the folder.
     */
    public ModelBinder reporting(Listener listener, int already) {
        this.listener = listener;
        this.boundBefore = already;
        return this;
    }

    public Project bind(SourceFolder folder, Findings findings) throws IOException {
        return bind(folder, findings, null);
    }

    /**
     * The same, taking unchanged persona and journey files from the cache instead of reading
     * them again (a file is bound on its own, so its model and findings depend on nothing else).
     */
    public Project bind(SourceFolder folder, Findings findings, ReadCache cache) throws IOException {
        return bind(folder, findings, cache, f -> true);
    }

    /**
     * The same, binding only the journey files that bind accepts: the project lacks the others,
     * which the caller knows from elsewhere (their findings checked before).
     */
    public Project bind(SourceFolder folder, Findings findings, ReadCache cache,
                        java.util.function.Predicate<SourceFolder.SourceFile> bind) throws IOException {
        Site site = folder.site().isPresent()
                ? site(folder.site().get(), findings)
                : defaultSite(folder.root());
        List<Touchpoint> touchpoints = folder.touchpoints().isPresent()
                ? touchpoints(folder.touchpoints().get(), findings) : List.of();
        // each file is read and bound on its own, on all cores; findings are sorted when settled
        toBind = folder.personas().size() + folder.journeys().size();
        bound.set(boundBefore);
        List<Persona> personas = new ArrayList<>(org.journeymap.parallel.Parallel.map(folder.personas(),
                f -> bound(f, findings, cache, Persona.class, this::persona)));
        List<Journey> journeys = new ArrayList<>(org.journeymap.parallel.Parallel.map(
                folder.journeys().stream().filter(bind).toList(),
                f -> bound(f, findings, cache, Journey.class, this::journey)));
        personas.sort(Comparator.comparing(Persona::id));
        journeys.sort(Comparator.comparing(Journey::id));
        List<org.journeymap.model.Measurement> measurements =
                org.journeymap.measure.MeasurementFiles.read(folder.measurements(), findings, rows);
        return new Project(folder.root(), site, touchpoints, folder.touchpoints().isPresent(), personas, journeys,
                measurements);
    }

    @FunctionalInterface
    private interface FileBinder<T> {
        T bind(SourceFolder.SourceFile f, Findings findings) throws IOException;
    }

    private <T> T bound(SourceFolder.SourceFile f, Findings findings, ReadCache cache, Class<T> type,
                        FileBinder<T> binder) throws IOException {
        ReadCache.Stamp stamp = cache == null ? null : ReadCache.stamp(f);
        if (stamp != null) {
            ReadCache.Entry hit = cache.get(f, stamp);
            if (hit != null && type.isInstance(hit.value())) {
                findings.addAll(hit.findings());
                listener.progress(Listener.READ, bound.incrementAndGet(), toBind);
                return type.cast(hit.value());
            }
        }
        Findings local = new Findings();
        T value = binder.bind(f, local);
        findings.addAll(local);
        if (stamp != null) {
            cache.put(f, stamp, value, local);
        }
        listener.progress(Listener.READ, bound.incrementAndGet(), toBind);
        return value;
    }

    private Value.Map read(Path file, ObjectSpec spec, Findings findings) throws IOException {
        Findings local = new Findings();
        Optional<YNode> root = reader.get().read(file, local, trees);
        boolean unreadable = local.hasStructuralError();
        findings.addAll(local);
        if (unreadable) {
            return new Value.Map(Map.of(), Map.of(), Position.startOf(file));
        }
        return new Checker(findings).checkRoot(root, spec, Position.startOf(file));
    }

    // ---- site.yaml ------------------------------------------------------------------------

    static Site defaultSite(Path root) {
        return new Site(Site.DEFAULT_TITLE, null, "en", null, EmotionScale.DEFAULT, List.of(Lane.values()),
                MetricDefinition.BUILT_IN, Map.of(), null, Site.DEFAULT_STALE_AFTER_DAYS, Site.DEFAULT_HISTORY_COMMITS, null,
                Position.startOf(root), Map.of());
    }

    private Site site(Path file, Findings findings) throws IOException {
        Value.Map v = read(file, Format.SITE, findings);
        String title = v.text("title");
        String language = v.text("language");
        String written = v.text("baseUrl");
        String baseUrl = written == null ? null : BaseUrl.normalize(written).orElse(null);
        if (written != null && baseUrl == null) {
            findings.add(Rule.INVALID_URL, v.at("baseUrl"), "baseUrl is where the site is published: '"
                    + Text.forMessage(written) + "' " + BaseUrl.problem(written).orElseThrow());
        }
        return new Site(title != null ? title : Site.DEFAULT_TITLE, v.text("description"),
                language != null ? language : "en", baseUrl, scale(v.map("emotionScale"), findings),
                lanes(v, findings), metrics(v, findings), rules(v.map("rules")), v.text("footer"),
                staleAfterDays(v.map("measurements")), historyCommits(v.map("history")),
                commitUrl(v.map("repository"), findings), v.at(), v.positions());
    }

    private static int historyCommits(Value.Map history) {
        return history == null || history.number("commits") == null ? Site.DEFAULT_HISTORY_COMMITS
                : history.number("commits").intValue();
    }

    /** repository.commitUrl: an http(s) address with {commit} where the id goes; null when absent or wrong. */
    private static String commitUrl(Value.Map repository, Findings findings) {
        String url = repository == null ? null : repository.text("commitUrl");
        if (url == null) {
            return null;
        }
        String problem = null;
        try {
            java.net.URI uri = new java.net.URI(url.strip().replace("{commit}", "0123abc"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problem = "is not an http or https address";
            } else if (uri.getRawUserInfo() != null) {
                problem = "holds a user name or password, which would be published on every page";
            } else if (!url.contains("{commit}")) {
                problem = "has no {commit} where the commit's id goes";
            }
        } catch (java.net.URISyntaxException e) {
            problem = "is not a valid address";
        }
        if (problem != null) {
            findings.add(Rule.INVALID_URL, repository.at("commitUrl"), "commitUrl is the address of a commit: '"
                    + Text.forMessage(url) + "' " + problem + "; write it as"
                    + " https://github.com/acme/journeys/commit/{commit}");
            return null;
        }
        url = url.strip();
        return url;
    }

    private static int staleAfterDays(Value.Map measurements) {
        return measurements == null || measurements.number("staleAfterDays") == null ? Site.DEFAULT_STALE_AFTER_DAYS
                : measurements.number("staleAfterDays").intValue();
    }

    private static EmotionScale scale(Value.Map v, Findings findings) {
        if (v == null || v.number("min") == null || v.number("max") == null) {
            return EmotionScale.DEFAULT;
        }
        int min = v.number("min").intValue();
        int max = v.number("max").intValue();
        if (min >= max) {
            findings.add(Rule.INVALID_SCALE, v.at("max"), "the emotion scale's max (" + max
                    + ") must be greater than its min (" + min + "); such as min: -2 and max: 2");
            return EmotionScale.DEFAULT;
        }
        Map<Integer, String> labels = new TreeMap<>();
        Value.Map written = v.map("labels");
        if (written == null) {
            for (int i = min; i <= max; i++) {
                labels.put(i, Integer.toString(i));
            }
            if (min == -2 && max == 2) {
                labels.putAll(EmotionScale.DEFAULT.labels());
            }
        } else {
            for (Map.Entry<String, Value> e : written.entries().entrySet()) {
                long key = new java.math.BigInteger(e.getKey().trim().replace("+", ""))
                        .max(java.math.BigInteger.valueOf(Long.MIN_VALUE))
                        .min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
                if (key < min || key > max) {
                    findings.add(Rule.INVALID_SCALE, written.keyAt().get(e.getKey()), "the label key "
                            + Text.forMessage(e.getKey().trim())
                            + " is outside the scale " + min + ".." + max + "; use a whole number from " + min
                            + " to " + max);
                    continue;
                }
                labels.put((int) key, ((Value.Txt) e.getValue()).text());
            }
        }
        return new EmotionScale(min, max, labels);
    }

    private static List<Lane> lanes(Value.Map site, Findings findings) {
        if (site.get("lanes").isEmpty()) {
            return List.of(Lane.values());
        }
        List<Lane> lanes = new ArrayList<>();
        for (Value item : site.list("lanes")) {
            Lane lane = Word.parse(Lane.class, ((Value.Txt) item).text()).orElseThrow();
            if (lanes.contains(lane)) {
                findings.add(Rule.DUPLICATE_VALUE, item.at(), "the lane '" + lane.word() + "' is listed twice; remove one");
            } else {
                lanes.add(lane);
            }
        }
        return lanes;
    }

    private static List<MetricDefinition> metrics(Value.Map site, Findings findings) {
        List<MetricDefinition> metrics = new ArrayList<>(MetricDefinition.BUILT_IN);
        for (Value.Map m : site.maps("metrics")) {
            String id = m.text("id");
            String name = m.text("name");
            if (id == null || name == null) {
                continue;
            }
            if (metrics.stream().anyMatch(d -> d.id().equals(id))) {
                boolean builtIn = MetricDefinition.BUILT_IN.stream().anyMatch(d -> d.id().equals(id));
                findings.add(Rule.DUPLICATE_ID, m.at("id"), "the metric '" + id + "' is "
                        + (builtIn ? "built in; use it without declaring it, or give yours another id"
                        : "declared twice; keep one"));
                continue;
            }
            Double min = m.number("min");
            Double max = m.number("max");
            if (min != null && max != null && min >= max) {
                findings.add(Rule.INVALID_VALUE, m.at("max"), "the metric '" + id + "' has max " + Numbers.format(max)
                        + " not above its min " + Numbers.format(min) + "; swap them or fix one");
                continue;
            }
            MetricDefinition.Better better = Word.parse(MetricDefinition.Better.class, m.text("better"),
                    MetricDefinition.Better.HIGHER);
            String unit = m.text("unit");
            metrics.add(new MetricDefinition(id, name, unit == null ? "" : unit, better, min, max, false, false, m.at()));
        }
        return metrics;
    }

    private static Map<String, Severity> rules(Value.Map v) {
        Map<String, Severity> rules = new LinkedHashMap<>();
        if (v != null) {
            v.entries().forEach((rule, severity) ->
                    rules.put(rule, Word.parse(Severity.class, ((Value.Txt) severity).text()).orElseThrow()));
        }
        return rules;
    }

    // ---- touchpoints.yaml -------------------------------------------------------------------

    private List<Touchpoint> touchpoints(Path file, Findings findings) throws IOException {
        Value.Map v = read(file, Format.TOUCHPOINTS, findings);
        List<Touchpoint> touchpoints = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (Value.Map t : v.maps("touchpoints")) {
            String id = t.text("id");
            if (id == null || t.text("name") == null) {
                continue;
            }
            Position first = seen.putIfAbsent(id, t.at("id"));
            if (first != null) {
                findings.add(Rule.DUPLICATE_ID, t.at("id"), "the touchpoint id '" + id + "' is already used on line "
                        + first.line() + "; give this touchpoint another id");
                continue;
            }
            touchpoints.add(new Touchpoint(id, t.text("name"), t.text("channel"),
                    Word.parse(Touchpoint.Kind.class, t.text("kind"), Touchpoint.Kind.DIRECT),
                    t.text("owner"), t.text("description"), t.at(), t.positions()));
        }
        return touchpoints;
    }

    // ---- personas ---------------------------------------------------------------------------

    private Persona persona(SourceFolder.SourceFile f, Findings findings) throws IOException {
        Value.Map v = read(f.path(), Format.PERSONA, findings);
        Map<String, String> facts = new LinkedHashMap<>();
        Value.Map writtenFacts = v.map("facts");
        if (writtenFacts != null) {
            writtenFacts.entries().forEach((k, t) -> facts.put(k, ((Value.Txt) t).text()));
        }
        String name = v.text("name");
        return new Persona(f.id(), name != null ? name : f.id(), v.text("role"), v.text("avatar"),
                v.at("avatar"), v.text("segment"),
                v.text("quote"), v.text("about"), facts, v.texts("goals"), v.texts("needs"), v.texts("motivations"),
                v.texts("frustrations"), refs(v, "channels"), evidence(v.maps("research")), v.at(), v.positions());
    }

    // ---- journeys ---------------------------------------------------------------------------

    private Journey journey(SourceFolder.SourceFile f, Findings findings) throws IOException {
        return journey(f.id(), f.group(), read(f.path(), Format.JOURNEY, findings), findings);
    }

    /**
     * A journey from bytes held in memory (its file as it was in a git commit), bound as if file
     * held them, with the id and group its path gives; empty when it is not readable YAML. The
     * findings are the file's own, as when it is read from disk.
     */
    public Optional<Journey> journey(Path file, String id, String group, byte[] bytes, Findings findings) {
        Findings local = new Findings();
        Optional<YNode> root = reader.get().read(file, bytes, local);
        boolean unreadable = root.isEmpty() || local.hasStructuralError();
        findings.addAll(local);
        if (unreadable) {
            return Optional.empty();
        }
        Value.Map v = new Checker(findings).checkRoot(root, Format.JOURNEY, Position.startOf(file));
        return Optional.of(journey(id, group, v, findings));
    }

    private static Journey journey(String id, String group, Value.Map v, Findings findings) {
        List<Ref> personas = new ArrayList<>();
        if (v.text("persona") != null) {
            personas.add(new Ref(v.text("persona"), v.at("persona")));
        } else {
            personas.addAll(refs(v, "personas"));
        }
        Set<String> seenPersonas = new HashSet<>();
        personas.removeIf(p -> {
            if (!seenPersonas.add(p.id())) {
                findings.add(Rule.DUPLICATE_VALUE, p.at(), "the persona '" + p.id() + "' is listed twice; remove one");
                return true;
            }
            return false;
        });
        List<String> personaIds = personas.stream().map(Ref::id).toList();
        List<Stage> stages = new ArrayList<>();
        Map<String, Position> stageIds = new HashMap<>();
        Map<String, Position> stepIds = new HashMap<>();
        for (Value.Map s : v.maps("stages")) {
            Stage stage = stage(s, personaIds, stageIds, stepIds, findings);
            if (stage != null) {
                stages.add(stage);
            }
        }
        String title = v.text("title");
        String baseline = v.text("baseline");
        return new Journey(id, group, title != null ? title : id, List.copyOf(personas),
                Word.parse(Journey.State.class, v.text("state"), Journey.State.CURRENT), v.text("language"),
                baseline == null ? null : new Ref(baseline, v.at("baseline")), v.text("owner"), v.texts("tags"),
                v.text("scenario"), refs(v, "related"), List.copyOf(stages), v.at(), v.positions());
    }

    private static Stage stage(Value.Map s, List<String> personas, Map<String, Position> stageIds,
                               Map<String, Position> stepIds, Findings findings) {
        String name = s.text("name");
        if (name == null) {
            return null;
        }
        String id = idOf(s, "stage", stageIds, findings);
        List<Step> steps = new ArrayList<>();
        for (Value.Map st : s.maps("steps")) {
            Step step = step(st, personas, stepIds, findings);
            if (step != null) {
                steps.add(step);
            }
        }
        Double reach = s.number("reach");
        return new Stage(id, name, s.text("description"), s.text("goal"), reach == null ? null : reach.longValue(),
                reach == null ? null : s.at("reach"), List.copyOf(steps), s.at(), s.positions());
    }

    private static Step step(Value.Map s, List<String> personas, Map<String, Position> stepIds, Findings findings) {
        String name = s.text("name");
        if (name == null) {
            return null;
        }
        String id = idOf(s, "step", stepIds, findings);
        List<PainPoint> painPoints = new ArrayList<>();
        for (Value p : s.list("painPoints")) {
            if (p instanceof Value.Txt t) {
                painPoints.add(new PainPoint(t.text(), List.of(), t.at()));
            } else if (p instanceof Value.Map m && m.text("text") != null) {
                painPoints.add(new PainPoint(m.text("text"), evidence(m.maps("evidence")), m.at()));
            }
        }
        List<Opportunity> opportunities = new ArrayList<>();
        for (Value.Map o : s.maps("opportunities")) {
            if (o.text("title") != null) {
                opportunities.add(new Opportunity(o.text("title"), level(o.text("impact")), level(o.text("effort")),
                        o.text("owner"), status(o.text("status")), o.text("link"), o.at()));
            }
        }
        return new Step(id, name, s.text("description"), refs(s, "touchpoints"), s.texts("actions"),
                s.texts("thoughts"), emotion(s, personas, findings), s.bool("momentOfTruth"), List.copyOf(painPoints),
                List.copyOf(opportunities), s.texts("frontstage"), s.texts("backstage"), s.texts("support"),
                metricValues(s.map("metrics")), metricValues(s.map("targets")), evidence(s.maps("evidence")), s.at(),
                s.positions());
    }

    /** The explicit id, or the slug of the name; unique within the journey. */
    private static String idOf(Value.Map v, String kind, Map<String, Position> seen, Findings findings) {
        String explicit = v.text("id");
        String id = explicit != null ? explicit : Ids.slug(v.text("name"));
        Position at = explicit != null ? v.at("id") : v.at("name");
        if (id.isEmpty()) {
            findings.add(Rule.ID_REQUIRED, at, "the " + kind + " name '" + Text.forMessage(v.text("name"))
                    + "' gives no id of letters and digits; add an explicit id, such as 'id: " + kind + "-1'");
            id = kind + "-" + at.line();
        }
        Position first = seen.putIfAbsent(id, at);
        if (first != null) {
            findings.add(Rule.DUPLICATE_ID, at, "the " + kind + " id '" + id + "' is already used on line " + first.line()
                    + (explicit != null ? "; give this " + kind + " another id"
                    : " (ids come from names); give one of the " + kind + "s an explicit id"));
        }
        return id;
    }

    private static Emotion emotion(Value.Map s, List<String> personas, Findings findings) {
        Optional<Value> written = s.get("emotion");
        if (written.isEmpty()) {
            // written but invalid (and reported): no scores, yet not a step that lacks an emotion
            return s.keyAt().containsKey("emotion") ? new Emotion(List.of(), false, s.at("emotion")) : null;
        }
        if (written.get() instanceof Value.Num n) {
            if (personas.size() > 1) {
                findings.add(Rule.WRONG_TYPE, n.at(), "this journey has " + personas.size()
                        + " personas; write the emotion for each, such as {" + personas.get(0) + ": "
                        + Numbers.format(n.value()) + ", " + personas.get(1) + ": " + Numbers.format(n.value()) + "}");
                return new Emotion(List.of(), false, n.at());
            }
            String persona = personas.isEmpty() ? null : personas.get(0);
            return new Emotion(List.of(new Emotion.Score(persona, n.value(), n.at())), false, n.at());
        }
        Value.Map map = (Value.Map) written.get();
        List<Emotion.Score> scores = new ArrayList<>();
        map.entries().forEach((persona, value) ->
                scores.add(new Emotion.Score(persona, ((Value.Num) value).value(), map.keyAt().get(persona))));
        return new Emotion(List.copyOf(scores), true, map.at());
    }

    private static List<MetricValue> metricValues(Value.Map m) {
        List<MetricValue> values = new ArrayList<>();
        if (m != null) {
            m.entries().forEach((id, v) -> values.add(new MetricValue(id, ((Value.Num) v).value(), v.at())));
        }
        return List.copyOf(values);
    }

    private static List<Evidence> evidence(List<Value.Map> items) {
        return items.stream()
                .filter(e -> e.text("source") != null)
                .map(e -> new Evidence(e.text("quote"), e.text("source"), e.text("url"), e.text("date"), e.text("note"),
                        e.at()))
                .toList();
    }

    private static List<Ref> refs(Value.Map v, String key) {
        return v.list(key).stream().map(t -> new Ref(((Value.Txt) t).text(), t.at())).toList();
    }

    private static Opportunity.Level level(String s) {
        return s == null ? null : Word.parse(Opportunity.Level.class, s).orElseThrow();
    }

    private static Opportunity.Status status(String s) {
        return s == null ? null : Word.parse(Opportunity.Status.class, s).orElseThrow();
    }
}
