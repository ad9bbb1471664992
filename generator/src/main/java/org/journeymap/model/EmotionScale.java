package org.journeymap.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The range of emotion scores and the words for its whole numbers. */
public record EmotionScale(int min, int max, Map<Integer, String> labels) {

    public static final EmotionScale DEFAULT = new EmotionScale(-2, 2, Map.of(
            -2, "Frustrated", -1, "Unhappy", 0, "Neutral", 1, "Satisfied", 2, "Delighted"));

    public EmotionScale {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** The label of the whole number nearest to the value, or null when that number has none. */
    public String labelOf(double value) {
        return labels.get((int) Math.round(value));
    }
}
