package org.journeymap.model;

/** Where the customer meets the brand (format v1, section 5). */
public record Touchpoint(String id, String name, String channel, Kind kind, String owner, String description,
                         Position at, java.util.Map<String, Position> positions) {

    public enum Kind implements Word {
        DIRECT, INDIRECT;

    /** The word written in YAML. */
        @Override
        public String word() {
            return Word.spell(this);
        }
    }
}
