package org.journeymap.format;

/** One key of an object in the format, with the description shown in docs and editors. */
public record Field(String name, FieldType type, boolean required, String description) {
}
