package org.journeymap.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.journeymap.diff.ProjectDiff.Change;
import org.journeymap.diff.ProjectDiff.EmotionChange;
import org.journeymap.diff.ProjectDiff.JourneyChange;
import org.journeymap.diff.ProjectDiff.Kind;
import org.journeymap.diff.ProjectDiff.StepChange;
import org.journeymap.load.Text;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Numbers;

/**
 * What changed in one journey, in the diff's words, as titled sections of lines: the
 * pull-request comment's bullets and the lines of a journey's history. Text from the sources
 * passes through a {@link Style}, which makes it inert where the lines are shown.
 */
public final class DiffLines {

    /** How text from the sources is written: escaped for Markdown, or plain for a page that escapes it. */
    public record Style(UnaryOperator<String> text, UnaryOperator<String> struck) {

        /** Inert Markdown: escaped, a removed value struck through. */
        static final Style MARKDOWN = new Style(DiffMarkdown::md, s -> "~~" + DiffMarkdown.md(s) + "~~");

        /** Plain text on one line, with control characters replaced: for a page that escapes it. */
        public static final Style PLAIN = new Style(DiffLines::plain, DiffLines::plain);
    }

    /** One titled part of a journey's changes (its title is a label such as diff.section.steps). */
    public record Section(String key, String title, List<String> lines) {
    }

    /** The key of the emotion section, whose lines the pull-request comment shows as a table. */
    static final String EMOTION = "diff.section.emotion";

    private final DiffWords w;
    private final Style style;

    private DiffLines(DiffWords w, Style style) {
        this.w = w;
        this.style = style;
    }

    /** The sections of a journey's changes in the site's language, in map order; empty sections left out. */
    public static List<Section> of(String language, JourneyChange c, EmotionScale scale, Style style) {
        return of(DiffWords.of(language), c, scale, style);
    }

    static List<Section> of(DiffWords w, JourneyChange c, EmotionScale scale, Style style) {
        return new DiffLines(w, style).sections(c, w.scale(scale));
    }

    /** The lines in Markdown, for the pull-request comment. */
    static DiffLines markdown(DiffWords w) {
        return new DiffLines(w, Style.MARKDOWN);
    }

    /** The sections, with emotions scored on scale (the site's, in the site's language). */
    List<Section> sections(JourneyChange c, EmotionScale scale) {
        List<Section> out = new ArrayList<>();
        List<String> journey = new ArrayList<>();
        for (Change h : c.header()) {
            journey.add(w.fill("diff.field", "what", what(h.what()), "change", beforeAfter(h)));
        }
        for (Change s : c.stages()) {
            journey.add(s.kind() == Kind.RENAMED
                    ? w.fill("diff.stage.renamed", "before", t(s.before()), "after", t(s.after()))
                    : s.what().equals("stage") ? w.fill(s.kind() == Kind.ADDED ? "diff.stage.added" : "diff.stage.removed",
                            "stage", t(s.where()))
                    : w.fill("diff.stage.field", "what", what(s.what()), "stage", t(s.where()), "change", beforeAfter(s)));
        }
        add(out, "diff.section.journey", journey);
        List<String> steps = new ArrayList<>();
        for (StepChange s : c.steps()) {
            steps.add(switch (s.kind()) {
                case ADDED -> w.fill("diff.step.added", "step", t(s.afterName()), "stage", t(s.afterStage()));
                case REMOVED -> w.fill("diff.step.removed", "step", t(s.beforeName()), "stage", t(s.beforeStage()));
                case RENAMED -> w.fill("diff.step.renamed", "before", t(s.beforeName()), "after", t(s.afterName()));
                case MOVED -> w.fill("diff.step.moved", "step", t(s.afterName()), "before", t(s.beforeStage()),
                        "after", t(s.afterStage()));
                default -> w.fill("diff.step.changed", "step", t(s.afterName()));
            });
        }
        add(out, "diff.section.steps", steps);
        List<String> emotions = new ArrayList<>();
        for (EmotionChange e : c.emotions()) {
            emotions.add(w.fill("diff.emotion.line", "step", t(e.step()), "persona", t(e.persona()),
                    "before", score(e.before(), scale), "after", score(e.after(), scale), "change", direction(e)));
        }
        add(out, EMOTION, emotions);
        add(out, "diff.section.painPoints", items(c.painPoints()));
        add(out, "diff.section.opportunities", items(c.opportunities()));
        add(out, "diff.section.metrics", items(c.metrics()));
        List<String> measurements = new ArrayList<>();
        for (Change x : c.measurements()) {
            measurements.add(w.fill("diff.measurement", "metric", t(x.what()), "where", t(x.where()),
                    "change", beforeAfter(x)));
        }
        add(out, "diff.section.measurements", measurements);
        return out;
    }

    private void add(List<Section> out, String key, List<String> lines) {
        if (!lines.isEmpty()) {
            out.add(new Section(key, w.word(key), List.copyOf(lines)));
        }
    }

    private List<String> items(List<Change> changes) {
        List<String> lines = new ArrayList<>();
        for (Change c : changes) {
            lines.add(w.fill("diff.item", "verb", w.word("diff.verb." + c.kind().name()), "what", what(c.what()),
                    "step", t(c.where()), "change", beforeAfter(c)));
        }
        return lines;
    }

    /** How an emotion moved: better or worse by how much, new, or no longer given. */
    String direction(EmotionChange e) {
        return e.before() == null || e.after() == null
                ? w.word(e.after() == null ? "diff.emotion.gone" : "diff.emotion.new")
                : e.delta() > 0 ? w.fill("diff.emotion.better", "delta", "+" + Numbers.format(e.delta()))
                : w.fill("diff.emotion.worse", "delta", Numbers.format(e.delta()));
    }

    /** An emotion score with its label on the scale, or a dash. */
    String score(Double v, EmotionScale scale) {
        if (v == null) {
            return "—";
        }
        String label = scale.labelOf(v);
        return Numbers.format(v) + (label == null ? "" : " " + t(label));
    }

    /** The words for what changed: a key such as title or momentOfTruth, or metric:ID and target:ID. */
    private String what(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? w.word("diff.what." + key)
                : w.fill("diff.what." + key.substring(0, colon), "id", key.substring(colon + 1));
    }

    private String beforeAfter(Change c) {
        if (c.before() == null) {
            return t(c.after());
        }
        if (c.after() == null) {
            return style.struck().apply(c.before());
        }
        return t(c.before()) + " → " + t(c.after());
    }

    private String t(String s) {
        return style.text().apply(s);
    }

    private static String plain(String s) {
        return s == null ? "" : Text.sanitize(s);
    }
}
