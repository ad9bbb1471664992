package org.journeymap.model;

/** An idea to improve a step. impact, effort and status are null when not written. */
public record Opportunity(String title, Level impact, Level effort, String owner, Status status, String link,
                          Position at) {

    public enum Level { LOW, MEDIUM, HIGH }

    public enum Status { IDEA, PLANNED, IN_PROGRESS, DONE }
}
