package org.journeymap.model;

import java.util.List;

/** A problem the customer meets at a step. */
public record PainPoint(String text, List<Evidence> evidence, Position at) {
}
