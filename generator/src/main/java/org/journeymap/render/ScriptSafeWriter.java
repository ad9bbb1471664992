package org.journeymap.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON on for use as JavaScript inside a page's script: "&lt;/" becomes "&lt;\/" (no
 * string can end the script element) and U+2028 and U+2029, line breaks to older JavaScript
 * engines, become escapes. All three occur only inside JSON strings, where the escapes mean the
 * same text.
 */
public final class ScriptSafeWriter extends FilterWriter {

    private char previous;

    public ScriptSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char ch = chars[i];
            char before = i > offset ? chars[i - 1] : previous;
            String escape = ch == '\u2028' ? "\\u2028" : ch == '\u2029' ? "\\u2029"
                    : ch == '/' && before == '<' ? "\\/" : null;
            if (escape != null) {
                out.write(chars, start, i - start);
                out.write(escape);
                start = i + 1;
            }
        }
        out.write(chars, start, end - start);
        if (length > 0) {
            previous = chars[end - 1];
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        char[] part = new char[length];
        s.getChars(offset, offset + length, part, 0);
        write(part, 0, length);
    }
}
