package org.journeymap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownCheckTest {

    private static List<String> found(String markdown) {
        List<String> found = new ArrayList<>();
        MarkdownCheck.check(markdown, (url, image) -> found.add((image ? "unsafe image " : "unsafe link ") + url),
                path -> found.add("image " + path));
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain text                  | Customers wait: 3 days (sometimes more).        | ''",
            "an inline link              | see [the form](javascript:alert(1))             | unsafe link javascript:alert(1)",
            "an allowed link             | see [the form](https://acme.example/form)       | ''",
            "a reference link            | '[form][f]\n\n[f]: ftp://acme.example/form'     | unsafe link ftp://acme.example/form",
            "an autolink, no bracket     | write to <ftp://acme.example/>                  | unsafe link ftp://acme.example/",
            "a remote image              | '![map](https://cdn.example/map.png)'           | unsafe image https://cdn.example/map.png",
            "a relative image            | '![map](assets/map.png)'                        | image assets/map.png"})
    void reportsEveryLinkAndImageTheSiteWouldDrop(String what, String markdown, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found(markdown.replace("\\n", "\n")), what);
    }
}
