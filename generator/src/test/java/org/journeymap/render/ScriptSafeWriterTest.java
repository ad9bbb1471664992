package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ScriptSafeWriterTest {

    private static String through(String... pieces) throws IOException {
        StringWriter target = new StringWriter();
        try (ScriptSafeWriter w = new ScriptSafeWriter(target)) {
            for (String piece : pieces) {
                w.write(piece);
            }
        }
        return target.toString();
    }

    @Test
    void noStringCanEndTheScriptElementAndLineSeparatorsAreEscaped() throws IOException {
        assertEquals("{\"t\":\"<\\/script><b>a/b\\u2028c\\u2029\"}", through("{\"t\":\"</script><b>a/b\u2028c\u2029\"}"));
    }

    @Test
    void aTagSplitBetweenTwoWritesIsStillCaught() throws IOException {
        assertEquals("x<\\/script> 1/2", through("x<", "/script> 1", "/2"));
        StringWriter target = new StringWriter();
        try (ScriptSafeWriter w = new ScriptSafeWriter(target)) {
            w.write('<');
            w.write('/');
            w.write('/');
        }
        assertEquals("<\\//", target.toString());
    }

    @Test
    void everythingElsePassesUnchanged() throws IOException {
        String text = "[{\"k\":\"Journey\",\"u\":\"journeys/buy.html#step-1\",\"x\":\"Café — 3 < 4 > 2 \\\"q\\\" 😀\"}]";
        assertEquals(text, through(text));
    }
}
