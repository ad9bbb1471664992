package org.journeymap.model;

/** The rows of a journey map, in the default order. */
public enum Lane implements Word {
    TOUCHPOINTS("touchpoints"),
    ACTIONS("actions"),
    THOUGHTS("thoughts"),
    EMOTION("emotion"),
    PAIN_POINTS("painPoints"),
    OPPORTUNITIES("opportunities"),
    FRONTSTAGE("frontstage"),
    BACKSTAGE("backstage"),
    SUPPORT("support"),
    METRICS("metrics"),
    EVIDENCE("evidence");

    private final String key;

    Lane(String key) {
        this.key = key;
    }

    /** The name written in site.yaml. */
    @Override
    public String word() {
        return key;
    }
}
