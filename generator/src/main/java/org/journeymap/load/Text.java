package org.journeymap.load;

/**
 * Character rules for all input (format v1, section 2): no control characters other than tab
 * and newline, no NUL, no lone surrogates, no bidirectional overrides or isolates.
 */
public final class Text {

    private static final int MESSAGE_LIMIT = 60;

    private Text() {
    }

    /** The index of the first character the format forbids, or -1. Carriage return is allowed only before a newline. */
    public static int firstForbidden(CharSequence text) {
        // a whole file passes through here: an array loop is several times faster than charAt
        char[] s = text.toString().toCharArray();
        return firstForbidden(s, 0, s.length);
    }

    /** The same for the characters from..to of s; the index is from the start of s. */
    public static int firstForbidden(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= ' ' && c < '\u007F') {
                continue; // printable ASCII, most of any file: no need to ask Character
            }
            if (c == '\r' && i + 1 < to && s[i + 1] == '\n') {
                continue;
            }
            if (isForbidden(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < to && Character.isLowSurrogate(s[i + 1])) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isForbidden(char c) {
        if (c == '\t' || c == '\n') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** Names a forbidden character for a message, as U+XXXX. */
    public static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    /**
     * Text made safe to print in a log or a CI annotation: line breaks and tabs become spaces,
     * forbidden characters and lone surrogates become '?'.
     */
    public static String sanitize(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else {
                out.append(isForbidden(c) || Character.isSurrogate(c) ? '?' : c);
            }
        }
        return out.toString();
    }

    /** A value from the input, sanitized and cut short, to quote in a message. */
    public static String forMessage(String value) {
        String safe = sanitize(value);
        if (safe.codePointCount(0, safe.length()) <= MESSAGE_LIMIT) {
            return safe;
        }
        return safe.substring(0, safe.offsetByCodePoints(0, MESSAGE_LIMIT)) + "…";
    }
}
