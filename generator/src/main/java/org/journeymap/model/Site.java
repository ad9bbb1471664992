package org.journeymap.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings from site.yaml, with defaults for everything not written. */
public record Site(String title, String description, String language, String baseUrl, EmotionScale emotionScale,
                   List<Lane> lanes, List<MetricDefinition> metrics, Map<String, Severity> rules, String footer,
                   int staleAfterDays, int historyCommits, String commitUrl, Position at,
                   Map<String, Position> positions) {

    public static final String DEFAULT_TITLE = "Customer journeys";
    public static final List<String> LANGUAGES = List.of("en", "pl", "ru");
    /** How much older than the project's newest measurement a series may end before it is stale. */
    public static final int DEFAULT_STALE_AFTER_DAYS = 180;
    /** How many commits of the branch the history reads (format v1, section 10); 0 turns history off. */
    public static final int DEFAULT_HISTORY_COMMITS = 500;

    public Site {
        lanes = List.copyOf(lanes);
        metrics = List.copyOf(metrics);
        rules = Map.copyOf(rules);
        positions = Map.copyOf(positions);
    }

    /** Built-in metrics followed by the custom ones. */
    public Optional<MetricDefinition> metric(String id) {
        // a loop, not a stream: a page asks once for every measured series of every step
        for (MetricDefinition m : metrics) {
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The same settings published at another address, as {@code format.BaseUrl} normalizes it. */
    public Site withBaseUrl(String url) {
        return new Site(title, description, language, url, emotionScale, lanes, metrics, rules, footer,
                staleAfterDays, historyCommits, commitUrl, at, positions);
    }

    /** The address of a commit (commitUrl with {commit} replaced by its id), or null without commitUrl. */
    public String commitLink(String commit) {
        return commitUrl == null ? null : commitUrl.replace("{commit}", commit);
    }
}
