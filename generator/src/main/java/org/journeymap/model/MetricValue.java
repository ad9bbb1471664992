package org.journeymap.model;

/** A measured value or a target of one metric at one step. */
public record MetricValue(String metric, double value, Position at) {
}
