package org.journeymap.history;

import java.time.OffsetDateTime;

/**
 * A commit as the history shows it: its id (40 hexadecimal digits) and short id, when it was
 * committed (in the committer's own time zone), the author's name and the subject line. The
 * name and subject are untrusted text with control characters removed; the author's e-mail
 * address is never kept.
 */
public record Commit(String id, String shortId, OffsetDateTime when, String author, String subject) {

    /** The length of a short commit id. */
    static final int SHORT = 7;

    /** The longest subject kept (a subject is one line; a longer one is cut with an ellipsis). */
    static final int SUBJECT_LIMIT = 200;

    /** The longest author name kept. */
    static final int AUTHOR_LIMIT = 100;

    /** The day it was committed, as YYYY-MM-DD in the committer's time zone. */
    public String day() {
        return when.toLocalDate().toString();
    }

    /** The text as a page may show it: control characters and line breaks gone, cut at limit. */
    static String clean(String s, int limit) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), limit + 1));
        boolean space = false;
        int i = 0;
        while (i < s.length() && out.length() < limit) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            // line breaks, controls and invisible format characters (bidirectional overrides) go;
            // the zero-width joiner stays, as emoji need it
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                    || Character.getType(c) == Character.FORMAT && c != 0x200D
                    || Character.getType(c) == Character.SURROGATE;
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        if (i < s.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
