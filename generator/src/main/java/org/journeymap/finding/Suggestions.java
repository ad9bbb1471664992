package org.journeymap.finding;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word nearest to a misspelt one, for "did you mean" in messages. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to the input, if any is close enough to be a likely typo. */
    public static Optional<String> nearest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(in, c);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(3, Math.max(in.length(), best.length()) / 3));
        if (bestDistance <= allowed) {
            return Optional.of(best);
        }
        // a clipped word ("touch" for "touchpoints") is a likely typo when only one key starts with it
        List<String> prefixed = in.length() < 3 ? List.of() : candidates.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(in))
                .toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** "; did you mean 'x'?" or "; expected one of: a, b, c" when nothing is close. */
    public static String hint(String input, Collection<String> candidates) {
        return nearest(input, candidates)
                .map(s -> "; did you mean '" + s + "'?")
                .orElseGet(() -> candidates.isEmpty() ? "" : "; expected one of: " + String.join(", ", candidates));
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
