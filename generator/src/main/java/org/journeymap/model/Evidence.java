package org.journeymap.model;

/** Research behind a persona, a step or a pain point (format v1, section 6.4). */
public record Evidence(String quote, String source, String url, String date, String note, Position at) {
}
