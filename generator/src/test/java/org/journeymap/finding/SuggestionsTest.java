package org.journeymap.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("emotion", "evidence", "touchpoints", "painPoints", "name");

    @Test
    void typosFindTheirKey() {
        assertEquals(Optional.of("emotion"), Suggestions.nearest("emotions", KEYS));
        assertEquals(Optional.of("emotion"), Suggestions.nearest("emoiton", KEYS));
        assertEquals(Optional.of("painPoints"), Suggestions.nearest("painpoints", KEYS));
        assertEquals(Optional.of("touchpoints"), Suggestions.nearest("touch", KEYS));
    }

    @Test
    void unrelatedWordsFindNothingAndListTheChoices() {
        assertEquals(Optional.empty(), Suggestions.nearest("colour", KEYS));
        assertEquals("; expected one of: en, pl, ru", Suggestions.hint("de", List.of("en", "pl", "ru")));
    }
}
