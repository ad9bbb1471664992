package org.journeymap.render;

import java.util.List;

/**
 * One line of an emotion curve: a name for the legend and one value per step, null where the
 * step has no emotion for this persona. faint draws it behind the others (a baseline).
 */
public record CurveSeries(String name, List<Double> values, boolean faint) {
}
