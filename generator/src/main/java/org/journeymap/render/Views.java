package org.journeymap.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import org.journeymap.model.Journey;
import org.journeymap.model.Persona;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;
import org.journeymap.model.Touchpoint;

/** What templates read: the model records plus what is derived for display. */
public final class Views {

    private Views() {
    }

    /** A journey on a card: portfolio and persona pages. */
    public record JourneyCard(Journey journey, String url, List<Persona> personas, TemplateHTMLOutputModel sparkline,
                              String lowestStep, String lowestValue, String lowestLabel, String personaIds) {
    }

    /** Journeys of one sub-folder of journeys/ ("" for the top). */
    public record Group(String name, List<JourneyCard> journeys) {
    }

    public record JourneyPage(Journey journey, List<Persona> personas, Journey baseline, List<Journey> futures,
                              List<Journey> related, List<StageView> stages, TemplateHTMLOutputModel curve,
                              String curveDescription, List<String> lanes, int stepCount, List<String> seriesNames,
                              List<List<EmotionView>> curveTable, List<FunnelStage> funnel,
                              TemplateHTMLOutputModel funnelChart, List<SourceView> sources) {
    }

    /** A stage of the map; metrics are the values measured for the whole stage. */
    public record StageView(Stage stage, List<StepView> steps, TemplateHTMLOutputModel description,
                            List<MetricView> metrics) {
    }

    public record StepView(Step step, int column, List<TouchpointView> touchpoints, List<EmotionView> emotions,
                           List<MetricView> metrics, TemplateHTMLOutputModel description) {
    }

    public record TouchpointView(Touchpoint touchpoint, String channel, boolean indirect) {
    }

    /** One persona's emotion at one step; value and label are empty when there is none. */
    public record EmotionView(String persona, String value, String label, String level) {
    }

    /**
     * A metric at a step or stage: met is "met", "missed" or "" when there is no target or value.
     * For a value from a measurement file: who is the persona it is of ("" for all customers), date
     * the date of the latest value, trend a line of the series (null with fewer than two dates) and
     * trendText its values in words, stale "" or the words that say the series has gone stale.
     */
    public record MetricView(String id, String name, String value, String target, String met, String who,
                             String date, TemplateHTMLOutputModel trend, String trendText, String stale) {

        public MetricView(String id, String name, String value, String target, String met) {
            this(id, name, value, target, met, "", "", null, "", "");
        }
    }

    /** Where a journey's measured numbers come from: a source as written, the files, how many values, when. */
    public record SourceView(String source, List<String> files, int values, String from, String to) {
    }

    /** A stage in the funnel: reach, its share of the first stage, and the drop from the stage before. */
    public record FunnelStage(String name, String id, String reach, String share, String drop, double fraction) {
    }

    public record PersonaPage(Persona persona, String avatarUrl, List<Touchpoint> channels,
                              List<JourneyCard> journeys, List<CurveImage> curves,
                              TemplateHTMLOutputModel about, TemplateHTMLOutputModel overlay) {
    }

    /**
     * A journey's curve as the picture the site publishes (journeys/&lt;id&gt;.svg) rather than
     * drawn into the page again; alt says what it shows.
     */
    public record CurveImage(String src, String alt, int width, int height) {
    }

    /** A step named from elsewhere: its journey, its name, a link to it and its emotion. */
    public record StepLink(String journey, String step, String url, String emotion, String level) {
    }

    /** One row of the touchpoint matrix. */
    public record TouchpointRow(Touchpoint touchpoint, boolean indirect, int uses, long journeys, String emotion,
                                String level, String label, List<StepLink> worst, List<MetricView> metrics,
                                List<ItemRow> opportunities) {
    }

    /** A pain point or an opportunity with where it sits; impact and effort are "" when not rated. */
    public record ItemRow(String kind, String text, StepLink at, String stage, boolean momentOfTruth, String impact,
                          String effort, String status, String owner, String link, int impactRank, int effortRank) {
    }

    /** One cell of the impact-effort matrix. */
    public record Quadrant(String key, List<ItemRow> items) {
    }

    /** A future-state journey beside its baseline. */
    public record ComparePage(Journey baseline, Journey future, List<StageView> baselineStages,
                              List<StageView> futureStages, TemplateHTMLOutputModel overlay) {
    }

    /**
     * One commit on a history page or the changes page: when, who, the subject, the commit (a link
     * when site.yaml gives repository.commitUrl), what it did (kind, in words) and what changed
     * for the customer, in sections of lines; url leads to the entry on its journey's history page.
     */
    public record HistoryEntry(String anchor, String journeyId, String journeyTitle, boolean journeyExists,
                               String day, String time, String shortId, String commitUrl, String author, String subject,
                               String kind, List<String> notes, List<org.journeymap.diff.DiffLines.Section> sections,
                               String url) {
    }

    /** A day of the changes page, with its entries. */
    public record ChangeDay(String day, List<HistoryEntry> entries) {
    }

    /** A version's curve on a history page: which version, and its sparkline. */
    public record VersionCurve(String label, TemplateHTMLOutputModel sparkline) {
    }

    /**
     * A journey's history page: its entries newest first, a chart of its emotion over the
     * versions (null with fewer than two), its curve at the last versions, and why the history may
     * be incomplete (null when complete).
     */
    public record HistoryPage(Journey journey, List<HistoryEntry> entries, TemplateHTMLOutputModel chart,
                              String chartDescription, List<VersionCurve> recent, String incomplete) {
    }
}
