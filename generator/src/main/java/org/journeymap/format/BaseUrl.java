package org.journeymap.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for the address a site is published at, whether it comes from site.yaml, the
 * plugin's configuration or the command line: an absolute http or https URL with a host and no
 * user, query or fragment (page paths are appended to it), always ending in '/'.
 */
public final class BaseUrl {

    /** What to write instead, for messages. */
    public static final String EXAMPLE = "https://acme.example/cx/";

    private BaseUrl() {
    }

    /** The address with a trailing slash, or empty when it is not one a site can be published at. */
    public static Optional<String> normalize(String url) {
        return problem(url).isPresent() ? Optional.empty()
                : Optional.of(url.strip().endsWith("/") ? url.strip() : url.strip() + "/");
    }

    /** What is wrong with an address, completing "the base URL '...' ", or empty when it is fine. */
    public static Optional<String> problem(String url) {
        String u = url == null ? "" : url.strip();
        String scheme = LinkPolicy.scheme(u);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("is not an http or https address; write one such as " + EXAMPLE);
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address (" + e.getReason().toLowerCase(Locale.ROOT)
                    + "); write one such as " + EXAMPLE);
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            return Optional.of("has no host; write an address such as " + EXAMPLE);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("holds a user name or password, which would be published on every page; remove it");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("has a query or fragment ('?' or '#'), to which page paths cannot be added; remove it");
        }
        return Optional.empty();
    }
}
