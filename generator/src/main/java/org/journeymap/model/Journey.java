package org.journeymap.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * One journey file (format v1, section 6). group is the sub-folder under journeys/, with '/'
 * between parts, or "" for a journey directly in journeys/.
 */
public record Journey(String id, String group, String title, List<Ref> personas, State state, String language,
                      Ref baseline, String owner, List<String> tags, String scenario, List<Ref> related,
                      List<Stage> stages, Position at, java.util.Map<String, Position> positions) {

    public Journey withStages(List<Stage> other) {
        return new Journey(id, group, title, personas, state, language, baseline, owner, tags, scenario, related, other,
                at, positions);
    }

    public enum State implements Word {
        CURRENT, FUTURE;

    /** The word written in YAML. */
        @Override
        public String word() {
            return Word.spell(this);
        }
    }

    public Stream<Step> steps() {
        return stages.stream().flatMap(s -> s.steps().stream());
    }

    public List<String> personaIds() {
        return personas.stream().map(Ref::id).toList();
    }
}
