package org.journeymap.format;

import java.util.List;

/**
 * The kinds of value the format knows. The binder checks values against these and the JSON
 * Schema writer describes them, so the two cannot drift apart.
 */
public sealed interface FieldType {

    /** Single-line text, or CommonMark when markdown is true. */
    record Text(boolean markdown) implements FieldType {
    }

    /** An http, https or mailto URL. */
    record Url() implements FieldType {
    }

    /** An id of the form ^[a-z0-9]+(-[a-z0-9]+)*$; refersTo names what it points at, or null for a definition. */
    record Id(String refersTo) implements FieldType {
    }

    /** A path to an image inside the source folder. */
    record Image() implements FieldType {
    }

    /** A BCP 47 language tag such as pl or pt-BR. */
    record LanguageTag() implements FieldType {
    }

    /** One of a fixed list of words. */
    record Choice(List<String> values) implements FieldType {
    }

    /** A finite number, optionally whole, within optional bounds. */
    record Num(Double min, Double max, boolean integer) implements FieldType {
    }

    record Bool() implements FieldType {
    }

    /** A list; a single item may stand for a list of one when singleAllowed. */
    record ListOf(FieldType item, boolean singleAllowed, boolean nonEmpty) implements FieldType {
    }

    /** A nested object. */
    record Obj(ObjectSpec spec) implements FieldType {
    }

    /** A mapping from keys (described by keyKind) to values of one type, keeping the written order. */
    record MapOf(KeyKind keyKind, FieldType value) implements FieldType {
    }

    /** Either plain text or an object with a text field (a pain point). */
    record TextOrObj(ObjectSpec spec) implements FieldType {
    }

    /** A number, or a mapping from persona id to number (an emotion). */
    record NumOrMap(String keysReferTo) implements FieldType {
    }

    /** What the keys of a {@link MapOf} may be. */
    enum KeyKind {
        /** Any text, such as a fact's label. */
        TEXT,
        /** A whole number, such as an emotion scale label. */
        INTEGER,
        /** An id, such as a metric's. */
        ID,
        /** The id of a rule whose severity may change. */
        RULE
    }
}
