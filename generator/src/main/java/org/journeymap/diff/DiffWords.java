package org.journeymap.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymap.model.EmotionScale;
import org.journeymap.render.SiteRenderer;
import org.journeymap.render.Theme;

/**
 * The words of the pull-request diff in the site's language (en, pl or ru; any other is English),
 * from the theme's labels (diff.* and the shared level.*, status.* and state.* words). Patterns
 * name their values: {name} is a value, {name:noun} a count followed by the noun in the form the
 * count needs. The plural forms follow the CLDR rules for whole numbers: English one and other;
 * Polish one, few (2-4, 22-24, ... but not 12-14) and many; Russian one (1, 21, 31, ... but not
 * 11), few and many.
 */
public final class DiffWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::([A-Za-z]+))?}");

    private final String language;
    private final Map<String, String> labels;

    private DiffWords(String language, Map<String, String> labels) {
        this.language = language;
        this.labels = labels;
    }

    /** The words of each language, read from the theme once: a history words thousands of changes. */
    private static final Map<String, DiffWords> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    public static DiffWords of(String siteLanguage) {
        String language = List.of("pl", "ru").contains(siteLanguage) ? siteLanguage : "en";
        return BY_LANGUAGE.computeIfAbsent(language, l -> {
            try {
                return new DiffWords(l, Theme.builtInLabels(l));
            } catch (IOException e) {
                throw new UncheckedIOException("this is a bug: the theme's labels cannot be read", e);
            }
        });
    }

    /** The site's emotion scale with the default scale's words in this language (as the pages show it). */
    EmotionScale scale(EmotionScale scale) {
        return SiteRenderer.localizedScale(scale, labels);
    }

    /** The label as it is (such as level.HIGH or diff.section.steps). */
    public String word(String key) {
        String w = labels.get(key);
        if (w == null) {
            throw new IllegalStateException("this is a bug: the theme has no label " + key);
        }
        return w;
    }

    /** The pattern of key with its placeholders filled from the name, value pairs given. */
    public String fill(String key, Object... pairs) {
        String pattern = word(key);
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = null;
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                if (pairs[i].equals(m.group(1))) {
                    value = pairs[i + 1];
                }
            }
            if (value == null) {
                throw new IllegalStateException("this is a bug: no value for {" + m.group(1) + "} in " + key);
            }
            String text = m.group(2) == null ? value.toString() : count(((Number) value).longValue(), m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "3 journeys", "3 ścieżki", "3 пути": the count and the noun diff.n.noun in its plural form. */
    String count(long n, String noun) {
        String base = "diff.n." + noun + ".";
        for (String category : List.of(category(language, n), "other", "many")) {
            if (labels.containsKey(base + category)) {
                return n + " " + labels.get(base + category);
            }
        }
        throw new IllegalStateException("this is a bug: the theme has no plural of " + noun);
    }

    /** The CLDR plural category of a whole number in the language. */
    static String category(String language, long n) {
        long mod10 = Math.abs(n) % 10;
        long mod100 = Math.abs(n) % 100;
        boolean few = mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14);
        return switch (language) {
            case "pl" -> n == 1 ? "one" : few ? "few" : "many";
            case "ru" -> mod10 == 1 && mod100 != 11 ? "one" : few ? "few" : "many";
            default -> n == 1 ? "one" : "other";
        };
    }
}
