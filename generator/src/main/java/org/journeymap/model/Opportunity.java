package org.journeymap.model;

/** An idea to improve a step. impact, effort and status are null when not written. */
public record Opportunity(String title, Level impact, Level effort, String owner, Status status, String link,
                          Position at) {

    public enum Level implements Word {
        LOW, MEDIUM, HIGH;

    /** The word written in YAML. */
        @Override
        public String word() {
            return Word.spell(this);
        }
    }

    public enum Status implements Word {
        IDEA, PLANNED, IN_PROGRESS, DONE;

    /** The word written in YAML. */
        @Override
        public String word() {
            return Word.spell(this);
        }
    }
}
