package org.journeymap.format;

import java.util.List;
import java.util.Optional;

/**
 * An object of the format: its keys and, for messages, what to call it ("a step"). When
 * exactlyOne is not empty, exactly one of those keys must be written.
 */
public record ObjectSpec(String title, String article, String description, List<Field> fields,
                         List<String> exactlyOne, java.util.Map<String, Field> byName) {

    public ObjectSpec {
        fields = List.copyOf(fields);
        exactlyOne = List.copyOf(exactlyOne);
        byName = java.util.Map.copyOf(byName);
    }

    public ObjectSpec(String title, String article, String description, List<Field> fields, List<String> exactlyOne) {
        // every key of every file is looked up here: by name, not by a walk through the list
        this(title, article, description, fields, exactlyOne, fields.stream()
                .collect(java.util.stream.Collectors.toMap(Field::name, f -> f, (a, b) -> a)));
    }

    /** An object whose keys are independent of each other. */
    public ObjectSpec(String title, String article, String description, List<Field> fields) {
        this(title, article, description, fields, List.of());
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> keys() {
        return fields.stream().map(Field::name).toList();
    }

    /** "a step", "a persona": for messages. */
    public String named() {
        return article + " " + title;
    }
}
