package org.journeymap.render.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "plain", "  **Bold** and _em_  ", "a * b", "# Title\n\n> quote\twith `code`",
            "x\r\ny\u000B\fz ", "**", "Café — “ok” 😀", "snake_case_id > 3 * 4"})
    void dropsMarkdownMarksAndCollapsesWhiteSpace(String text) {
        String expected = text.replaceAll("[*_`#>]", "").replaceAll("\\s+", " ").trim();
        assertEquals(expected, SearchIndex.searchText(text));
    }
}
