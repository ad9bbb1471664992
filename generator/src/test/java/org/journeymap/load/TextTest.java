package org.journeymap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain ASCII, tabs and newlines                     | 'name: Buy\t a sofa\nnext: ~'            | -1",
            "CR before LF                                       | 'a\r\nb'                                 | -1",
            "a lone CR                                          | 'a\rb'                                   | 1",
            "DEL, just past printable ASCII                     | 'ab\u007F'                               | 2",
            "unit separator, just before space                  | 'ab\u001F'                               | 2",
            "C1 control                                         | 'caf\u0085'                              | 3",
            "accents, dashes and quotes                         | 'Café — “ok”'                            | -1",
            "right-to-left override                             | 'ok\u202Eko'                             | 2",
            "first strong isolate                               | 'ok\u2068'                               | 2",
            "a pair of surrogates                               | 'a\uD83D\uDE00b'                         | -1",
            "a lone high surrogate                              | 'a\uD83Db'                               | 1",
            "a high surrogate at the end                        | 'ab\uD83D'                               | 2",
            "a lone low surrogate                               | 'a\uDE00'                                | 1"})
    void findsTheFirstCharacterTheFormatForbids(String what, String text, int expected) {
        assertEquals(expected, Text.firstForbidden(text), what);
    }

    @Test
    void findsNul() { // the CSV source above cannot carry NUL
        assertEquals(1, Text.firstForbidden("a\u0000b"));
    }
}
