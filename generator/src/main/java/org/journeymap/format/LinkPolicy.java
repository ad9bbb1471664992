package org.journeymap.format;

import java.util.List;
import java.util.Locale;

/**
 * Where links from the sources may point: the one rule for {@code url:} and {@code link:} fields,
 * Markdown links and Markdown images, used by the binder, the validator and the renderer alike.
 */
public final class LinkPolicy {

    /** The schemes a link may use; anything else (javascript:, data:, file:, vbscript:) is refused. */
    public static final List<String> SCHEMES = List.of("http", "https", "mailto");

    private LinkPolicy() {
    }

    /** The allowed schemes for a message: "http, https and mailto". */
    public static String describe() {
        return String.join(", ", SCHEMES.subList(0, SCHEMES.size() - 1)) + " and " + SCHEMES.get(SCHEMES.size() - 1);
    }

    /**
     * Whether a target names a scheme: a ':' comes before any '/'. Stricter than RFC 3986's scheme
     * grammar on purpose: a browser removes tabs and newlines inside a URL and trims spaces and
     * control characters around it, so whatever precedes the first colon may become a scheme
     * ("java\tscript:") and is treated as one.
     */
    public static boolean hasScheme(String target) {
        String t = target.strip();
        int colon = t.indexOf(':');
        int slash = t.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /** The scheme of a target in lower case, or "" for a relative one. */
    public static String scheme(String target) {
        String t = target.strip();
        return hasScheme(t) ? t.substring(0, t.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    }

    /** A link in Markdown: relative, or with one of the allowed schemes. */
    public static boolean allowsLink(String target) {
        return !hasScheme(target) || SCHEMES.contains(scheme(target));
    }

    /** A URL field: absolute, with one of the allowed schemes. */
    public static boolean allowsAddress(String url) {
        return hasScheme(url) && SCHEMES.contains(scheme(url));
    }

    /**
     * A Markdown image: only a path inside the source folder, since the site requests nothing from
     * other hosts; an image with a scheme is refused whatever the scheme.
     */
    public static boolean allowsImage(String target) {
        return !hasScheme(target);
    }
}
