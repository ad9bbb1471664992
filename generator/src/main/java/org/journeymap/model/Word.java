package org.journeymap.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A choice the format spells as a word ({@code in-progress}, {@code painPoints}). The model's enums
 * are the one list of the allowed words: the format's checks, the JSON Schemas, site.json and the
 * diff all take the words from here.
 */
public interface Word {

    /** The word written in YAML and printed in findings, site.json and the diff. */
    String word();

    /** The usual spelling of a constant: its name in lower case, '_' written as '-' (IN_PROGRESS is in-progress). */
    static String spell(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every word of a choice, in the enum's order. */
    static <E extends Enum<E> & Word> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Word::word).toList();
    }

    /** The constant written as this word, if any. */
    static <E extends Enum<E> & Word> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.word().equals(word)).findFirst();
    }

    /** The constant written as this word, or the given default when nothing was written. */
    static <E extends Enum<E> & Word> E parse(Class<E> type, String word, E otherwise) {
        return word == null ? otherwise : parse(type, word).orElse(otherwise);
    }
}
