package org.journeymap.format;

import java.util.List;
import org.journeymap.format.FieldType.Bool;
import org.journeymap.format.FieldType.Choice;
import org.journeymap.format.FieldType.Id;
import org.journeymap.format.FieldType.Image;
import org.journeymap.format.FieldType.KeyKind;
import org.journeymap.format.FieldType.LanguageTag;
import org.journeymap.format.FieldType.ListOf;
import org.journeymap.format.FieldType.MapOf;
import org.journeymap.format.FieldType.NumOrMap;
import org.journeymap.format.FieldType.Num;
import org.journeymap.format.FieldType.Obj;
import org.journeymap.format.FieldType.Text;
import org.journeymap.format.FieldType.TextOrObj;
import org.journeymap.format.FieldType.Url;
import org.journeymap.model.Journey;
import org.journeymap.model.Lane;
import org.journeymap.model.MetricDefinition;
import org.journeymap.model.Opportunity;
import org.journeymap.model.Severity;
import org.journeymap.model.Site;
import org.journeymap.model.Touchpoint;
import org.journeymap.model.Word;

/**
 * Format v1 as data: every file, object and key, with the descriptions editors show. The binder
 * checks input against it; the JSON Schemas are written from it.
 */
public final class Format {

    public static final int VERSION = 1;

    private static final FieldType TEXT = new Text(false);
    private static final FieldType MARKDOWN = new Text(true);
    private static final FieldType TEXT_LIST = new ListOf(TEXT, true, false);

    private static Field req(String name, FieldType type, String description) {
        return new Field(name, type, true, description);
    }

    private static Field opt(String name, FieldType type, String description) {
        return new Field(name, type, false, description);
    }

    public static final ObjectSpec EVIDENCE = new ObjectSpec("evidence item", "an", "Research behind a claim: a quote and where it comes from.", List.of(
            opt("quote", TEXT, "What the customer said or did, in their words."),
            req("source", TEXT, "Where the evidence comes from, such as 'Interview 7' or 'Survey, Q3 2026'."),
            opt("url", new Url(), "A link to the research (http, https or mailto)."),
            opt("date", TEXT, "When it was gathered, shown as written."),
            opt("note", TEXT, "Anything else a reader should know, such as the sample size.")));

    private static final FieldType EVIDENCE_LIST = new ListOf(new Obj(EVIDENCE), false, false);

    public static final ObjectSpec METRIC = new ObjectSpec("metric", "a", "A custom metric that steps may report, beside csat, nps, ces and conversion.", List.of(
            req("id", new Id(null), "The metric's id, used as a key in a step's metrics and targets."),
            req("name", TEXT, "The metric's name as shown on the site."),
            opt("unit", TEXT, "The unit shown after values, such as 's' or 'EUR'."),
            opt("better", new Choice(Word.words(MetricDefinition.Better.class)), "Which direction is better: higher (default) or lower."),
            opt("min", new Num(null, null, false), "The lowest valid value."),
            opt("max", new Num(null, null, false), "The highest valid value.")));

    public static final ObjectSpec EMOTION_SCALE = new ObjectSpec("emotion scale", "an", "The range of emotion scores; default -2..2.", List.of(
            req("min", new Num(-100.0, 100.0, true), "The lowest score, a whole number from -100 to 100 (default -2)."),
            req("max", new Num(-100.0, 100.0, true), "The highest score, a whole number from -100 to 100 (default 2)."),
            opt("labels", new MapOf(KeyKind.INTEGER, TEXT), "Words for whole scores within min..max, such as -2: Frustrated.")));

    public static final ObjectSpec MEASUREMENT_SETTINGS = new ObjectSpec("measurement settings", "the", "How the site treats the values of measurements/**/*.csv.", List.of(
            opt("staleAfterDays", new Num(1.0, 36500.0, true), "A series is stale when its newest value is more than this many days older than the project's newest measurement; default 180.")));

    public static final ObjectSpec HISTORY_SETTINGS = new ObjectSpec("history settings", "the", "How far back the site tells each journey's history from git.", List.of(
            opt("commits", new Num(0.0, 100000.0, true), "How many commits of the branch to read, newest first; default 500; 0 turns history off.")));

    public static final ObjectSpec REPOSITORY = new ObjectSpec("repository", "the", "Where the source folder's git repository is browsed.", List.of(
            opt("commitUrl", TEXT, "The address of a commit, with {commit} where its id goes, such as https://github.com/acme/journeys/commit/{commit}.")));

    public static final ObjectSpec SITE = new ObjectSpec("site", "the", "Site settings: site.yaml at the top of the source folder. Every key is optional.", List.of(
            opt("title", TEXT, "The site's title; default 'Customer journeys'."),
            opt("description", MARKDOWN, "Markdown shown on the home page."),
            opt("language", new Choice(Site.LANGUAGES), "The language of the site's labels: en (default), pl or ru."),
            opt("baseUrl", new Url(), "The published address, for absolute links, sitemap.xml and social preview images."),
            opt("emotionScale", new Obj(EMOTION_SCALE), "The range of emotion scores and their labels."),
            opt("lanes", new ListOf(new Choice(Word.words(Lane.class)), false, true), "Which lanes a journey map shows, in order."),
            opt("metrics", new ListOf(new Obj(METRIC), false, false), "Custom metrics, beside the built-in csat, nps, ces and conversion."),
            opt("rules", new MapOf(KeyKind.RULE, new Choice(Word.words(Severity.class))), "The severity of validation rules: error, warning or off."),
            opt("footer", MARKDOWN, "Markdown shown at the foot of every page."),
            opt("measurements", new Obj(MEASUREMENT_SETTINGS), "Settings for the measurement files (measurements/**/*.csv)."),
            opt("history", new Obj(HISTORY_SETTINGS), "Settings for each journey's history from git."),
            opt("repository", new Obj(REPOSITORY), "The git repository, for links from the history to each commit.")));

    public static final ObjectSpec TOUCHPOINT = new ObjectSpec("touchpoint", "a", "Where the customer meets the brand.", List.of(
            req("id", new Id(null), "The touchpoint's id, named by steps and personas."),
            req("name", TEXT, "The touchpoint's name as shown on the site."),
            opt("channel", TEXT, "The channel it belongs to, such as Online or Store; groups the touchpoint matrix."),
            opt("kind", new Choice(Word.words(Touchpoint.Kind.class)), "direct (default): owned by the brand; indirect: review sites, forums, press."),
            opt("owner", TEXT, "Who in the organisation owns the touchpoint."),
            opt("description", MARKDOWN, "Markdown describing the touchpoint.")));

    public static final ObjectSpec TOUCHPOINTS = new ObjectSpec("touchpoint catalogue", "the", "The touchpoint catalogue: touchpoints.yaml at the top of the source folder.", List.of(
            req("touchpoints", new ListOf(new Obj(TOUCHPOINT), false, false), "Every touchpoint that journeys and personas may name.")));

    public static final ObjectSpec PERSONA = new ObjectSpec("persona", "a", "A persona: personas/<id>.yaml, where the file name is the id.", List.of(
            req("name", TEXT, "The persona's name."),
            opt("role", TEXT, "One line under the name, such as 'First-time online buyer'."),
            opt("avatar", new Image(), "An image inside the source folder: png, jpg, jpeg, gif, webp or svg."),
            opt("segment", TEXT, "The customer segment the persona stands for."),
            opt("quote", TEXT, "A sentence in the persona's own words."),
            opt("about", MARKDOWN, "Markdown: who the persona is."),
            opt("facts", new MapOf(KeyKind.TEXT, TEXT), "Label and text pairs, shown in the order written."),
            opt("goals", TEXT_LIST, "What the persona wants to achieve."),
            opt("needs", TEXT_LIST, "What the persona needs from the brand."),
            opt("motivations", TEXT_LIST, "What drives the persona."),
            opt("frustrations", TEXT_LIST, "What annoys the persona."),
            opt("channels", new ListOf(new Id("touchpoint"), true, false), "Touchpoint ids from touchpoints.yaml that the persona uses."),
            opt("research", EVIDENCE_LIST, "The evidence behind the persona.")));

    public static final ObjectSpec PAIN_POINT = new ObjectSpec("pain point", "a", "A problem the customer meets; plain text or text with evidence.", List.of(
            req("text", TEXT, "The pain point."),
            opt("evidence", EVIDENCE_LIST, "The evidence behind the pain point.")));

    public static final ObjectSpec OPPORTUNITY = new ObjectSpec("opportunity", "an", "An idea to improve the step.", List.of(
            req("title", TEXT, "The idea in a few words."),
            opt("impact", new Choice(Word.words(Opportunity.Level.class)), "How much it would help customers: low, medium or high."),
            opt("effort", new Choice(Word.words(Opportunity.Level.class)), "How much work it is: low, medium or high."),
            opt("owner", TEXT, "Who owns the idea."),
            opt("status", new Choice(Word.words(Opportunity.Status.class)), "idea, planned, in-progress or done."),
            opt("link", new Url(), "A link to the ticket or document (http, https or mailto).")));

    /** Metric values and targets of a step: metric id to number. */
    public static final FieldType METRIC_VALUES = new MapOf(KeyKind.ID, new Num(null, null, false));

    public static final ObjectSpec STEP = new ObjectSpec("step", "a", "One moment of the journey: a column of the map.", List.of(
            req("name", TEXT, "What the customer does, in a few words."),
            opt("id", new Id(null), "A stable id; default: the slug of the name."),
            opt("description", MARKDOWN, "Markdown describing the step."),
            opt("touchpoints", new ListOf(new Id("touchpoint"), true, false), "Touchpoint ids from touchpoints.yaml."),
            opt("actions", TEXT_LIST, "What the customer does."),
            opt("thoughts", TEXT_LIST, "What the customer thinks."),
            opt("emotion", new NumOrMap("persona"), "How the step feels, within the emotion scale; for several personas a map from persona id to a number."),
            opt("momentOfTruth", new Bool(), "true when the step decides whether the customer stays."),
            opt("painPoints", new ListOf(new TextOrObj(PAIN_POINT), true, false), "Problems the customer meets."),
            opt("opportunities", new ListOf(new Obj(OPPORTUNITY), false, false), "Ideas to improve the step."),
            opt("frontstage", TEXT_LIST, "Service blueprint: what staff and systems do in view of the customer."),
            opt("backstage", TEXT_LIST, "Service blueprint: what happens out of view."),
            opt("support", TEXT_LIST, "Service blueprint: the processes and systems behind it."),
            opt("metrics", METRIC_VALUES, "Measured values: csat (1..5), nps (-100..100), ces (1..7), conversion (0..1) or a custom metric."),
            opt("targets", METRIC_VALUES, "Target values for the same metrics."),
            opt("evidence", EVIDENCE_LIST, "The evidence behind the step.")));

    public static final ObjectSpec STAGE = new ObjectSpec("stage", "a", "A phase of the journey: a group of columns.", List.of(
            req("name", TEXT, "The stage's name, such as Awareness."),
            opt("id", new Id(null), "A stable id; default: the slug of the name."),
            opt("description", MARKDOWN, "Markdown describing the stage."),
            opt("goal", TEXT, "What the customer wants from this stage."),
            opt("reach", new Num(0.0, null, true), "How many customers reached this stage; two or more stages with reach make a funnel."),
            req("steps", new ListOf(new Obj(STEP), false, true), "The stage's steps, at least one.")));

    public static final ObjectSpec JOURNEY = new ObjectSpec("journey", "a", "A journey: journeys/**/<id>.yaml, where the file name is the id.", List.of(
            req("title", TEXT, "The journey's title."),
            opt("persona", new Id("persona"), "The persona whose journey this is (or use personas)."),
            opt("personas", new ListOf(new Id("persona"), true, true), "Several personas who share the journey (or use persona)."),
            opt("state", new Choice(Word.words(Journey.State.class)), "current (as-is, default) or future (to-be)."),
            opt("language", new LanguageTag(), "The BCP 47 language of the content, such as pl; sets lang on the page."),
            opt("baseline", new Id("journey"), "For a future-state journey: the current journey it redesigns."),
            opt("owner", TEXT, "Who owns the journey."),
            opt("tags", TEXT_LIST, "Tags for filtering the portfolio."),
            opt("scenario", MARKDOWN, "Markdown: the situation and the customer's expectations."),
            opt("related", new ListOf(new Id("journey"), true, false), "Ids of other journeys."),
            req("stages", new ListOf(new Obj(STAGE), false, true), "The journey's stages, at least one.")),
            List.of("persona", "personas"));

    /** The four kinds of file, each with the object at its root. */
    public enum FileKind {
        SITE("site", Format.SITE),
        TOUCHPOINTS("touchpoints", Format.TOUCHPOINTS),
        PERSONA("persona", Format.PERSONA),
        JOURNEY("journey", Format.JOURNEY);

        private final String schemaName;
        private final ObjectSpec root;

        FileKind(String schemaName, ObjectSpec root) {
            this.schemaName = schemaName;
            this.root = root;
        }

        public String schemaName() {
            return schemaName;
        }

        public ObjectSpec root() {
            return root;
        }
    }

    /** Extensions allowed for images. */
    public static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "webp", "svg");

    private Format() {
    }
}
