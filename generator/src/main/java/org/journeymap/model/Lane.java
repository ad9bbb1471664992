package org.journeymap.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The rows of a journey map, in the default order. */
public enum Lane {
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
    public String key() {
        return key;
    }

    public static Optional<Lane> byKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Lane::key).toList();
    }
}
