package org.journeymap.model;

/** A reference by id to a persona, touchpoint, journey or metric, with where it was written. */
public record Ref(String id, Position at) {
}
