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
                              List<List<EmotionView>> curveTable, List<FunnelStage> funnel) {
    }

    public record StageView(Stage stage, List<StepView> steps, TemplateHTMLOutputModel description) {
    }

    public record StepView(Step step, int column, List<TouchpointView> touchpoints, List<EmotionView> emotions,
                           List<MetricView> metrics, TemplateHTMLOutputModel description) {
    }

    public record TouchpointView(Touchpoint touchpoint, String channel, boolean indirect) {
    }

    /** One persona's emotion at one step; value and label are empty when there is none. */
    public record EmotionView(String persona, String value, String label, String level) {
    }

    /** A metric at a step: met is "met", "missed" or "" when there is no target or value. */
    public record MetricView(String id, String name, String value, String target, String met) {
    }

    /** A stage in the funnel: reach, its share of the first stage, and the drop from the stage before. */
    public record FunnelStage(String name, String id, String reach, String share, String drop) {
    }

    public record PersonaPage(Persona persona, String avatarUrl, List<Touchpoint> channels,
                              List<JourneyCard> journeys, List<TemplateHTMLOutputModel> curves,
                              TemplateHTMLOutputModel about) {
    }
}
