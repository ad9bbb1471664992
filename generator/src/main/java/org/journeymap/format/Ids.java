package org.journeymap.format;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Ids (format v1, section 2) and the slugs that stand in for a stage's or step's missing id. */
public final class Ids {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile(PATTERN);

    /** Letters that Unicode decomposition does not fold to ASCII. */
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ł', "l"), Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('ø', "o"),
            Map.entry('œ', "oe"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"));

    /** Russian, Ukrainian and Belarusian letters, transliterated as in ISO 9 / passport practice. */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"),
            Map.entry('ґ', "g"), Map.entry('ў', "u"));

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }

    /**
     * The slug of a name: lower-case, folded to ASCII (Cyrillic transliterated), every run of
     * other characters turned into one hyphen, at most 64 characters. Empty when nothing is left.
     */
    public static String slug(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder();
        for (char c : lower.toCharArray()) {
            String replacement = SPECIAL.containsKey(c) ? SPECIAL.get(c) : CYRILLIC.get(c);
            folded.append(replacement != null ? replacement : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (char c : ascii.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        String s = slug.toString();
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
            s = s.endsWith("-") ? s.substring(0, s.length() - 1) : s;
            int cut = s.lastIndexOf('-');
            s = cut > MAX_LENGTH / 2 ? s.substring(0, cut) : s;
        }
        return s;
    }

    /** A valid id to propose in place of an invalid one. */
    public static String suggest(String invalid) {
        String slug = slug(invalid);
        return slug.isEmpty() ? "my-id" : slug;
    }
}
