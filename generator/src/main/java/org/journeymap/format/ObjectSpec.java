package org.journeymap.format;

import java.util.List;
import java.util.Optional;

/**
 * An object of the format: its keys and, for messages, what to call it ("a step"). When
 * exactlyOne is not empty, exactly one of those keys must be written.
 */
public record ObjectSpec(String title, String article, String description, List<Field> fields,
                         List<String> exactlyOne) {

    /** An object whose keys are independent of each other. */
    public ObjectSpec(String title, String article, String description, List<Field> fields) {
        this(title, article, description, fields, List.of());
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> keys() {
        return fields.stream().map(Field::name).toList();
    }

    /** "a step", "a persona": for messages. */
    public String named() {
        return article + " " + title;
    }
}
