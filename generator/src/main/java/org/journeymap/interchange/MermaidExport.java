package org.journeymap.interchange;

import java.util.ArrayList;
import java.util.List;
import org.journeymap.model.Emotion;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Journey;
import org.journeymap.model.Project;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;

/**
 * A journey as a Mermaid journey diagram (format v1, section 8): sections are stages, tasks are
 * steps, the score is the emotion mapped linearly onto 1..5 and rounded, actors are the personas
 * with an emotion at that step. A step with several personas scores their average; a step with
 * none scores the middle of the scale (3). Characters that end a Mermaid token are replaced with
 * look-alikes: ':' by '∶', ';' by ';', '#' by '＃', ',' in actor names by '‚', line breaks by spaces.
 */
public final class MermaidExport {

    private MermaidExport() {
    }

    public static String journey(Journey j, Project project) {
        EmotionScale scale = project.site().emotionScale();
        StringBuilder m = new StringBuilder("journey\n");
        m.append("  title ").append(text(j.title())).append('\n');
        for (Stage s : j.stages()) {
            m.append("  section ").append(text(s.name())).append('\n');
            for (Step step : s.steps()) {
                List<String> actors = new ArrayList<>();
                double sum = 0;
                for (String persona : j.personaIds()) {
                    Emotion e = step.emotion();
                    var score = e == null ? java.util.Optional.<Emotion.Score>empty() : e.of(persona);
                    if (score.isPresent()) {
                        sum += score.get().value();
                        actors.add(actor(project.persona(persona).map(p -> p.name()).orElse(persona)));
                    }
                }
                long value = actors.isEmpty() ? 3 : score(sum / actors.size(), scale);
                m.append("    ").append(text(step.name())).append(": ").append(value);
                if (!actors.isEmpty()) {
                    m.append(": ").append(String.join(", ", actors));
                }
                m.append('\n');
            }
        }
        return m.toString();
    }

    /** The emotion mapped linearly from the scale onto 1..5. */
    static long score(double emotion, EmotionScale scale) {
        double t = (emotion - scale.min()) / (double) (scale.max() - scale.min());
        return Math.max(1, Math.min(5, Math.round(1 + 4 * t)));
    }

    static String text(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replace(':', '∶').replace(';', '\u037e').replace('#', '＃').trim();
    }

    private static String actor(String name) {
        return text(name).replace(',', '‚');
    }
}
