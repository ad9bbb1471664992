package org.journeymap.diff;

import java.nio.file.Path;
import java.util.List;
import org.journeymap.diff.ProjectDiff.Change;
import org.journeymap.diff.ProjectDiff.EmotionChange;
import org.journeymap.diff.ProjectDiff.JourneyChange;
import org.journeymap.diff.ProjectDiff.Kind;
import org.journeymap.diff.ProjectDiff.StepChange;
import org.journeymap.finding.Finding;
import org.journeymap.interchange.MermaidExport;
import org.journeymap.load.Text;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Journey;
import org.journeymap.model.Numbers;
import org.journeymap.model.Project;
import org.journeymap.report.ReportFormat;

/**
 * The diff as GitHub-flavoured Markdown for a pull-request comment: the head's findings, a
 * one-line summary, then what changed in each journey, with a Mermaid diagram of the new version.
 * Text from the sources is escaped, so it cannot add markup, links or mentions. When the comment
 * would pass GitHub's limit of 65,536 characters it is summarised.
 */
public final class DiffMarkdown {

    /** GitHub refuses comments longer than this. */
    public static final int LIMIT = 65_536;
    private static final int FINDINGS_SHOWN = 50;

    private DiffMarkdown() {
    }

    public static String render(ProjectDiff diff, Project head, List<Finding> findings, Path base) {
        String full = render(diff, head, findings, base, true, Integer.MAX_VALUE);
        if (full.length() <= LIMIT) {
            return full;
        }
        for (int shown = diff.changed().size(); shown >= 0; shown = shown / 2 - (shown == 1 ? 1 : 0)) {
            String summary = render(diff, head, findings, base, false, shown);
            if (summary.length() <= LIMIT) {
                return summary;
            }
            if (shown == 0) {
                break;
            }
        }
        return render(diff, head, List.of(), base, false, 0).substring(0, LIMIT - 200) + "\n\n… (cut to fit a comment)\n";
    }

    private static String render(ProjectDiff diff, Project head, List<Finding> findings, Path base, boolean detail,
                                 int journeysShown) {
        StringBuilder m = new StringBuilder("## Journey maps: what changed for the customer\n\n");
        String url = head.site().baseUrl();
        if (!findings.isEmpty()) {
            long errors = findings.stream().filter(Finding::isError).count();
            m.append("### Findings in this version: ")
                    .append(ReportFormat.summary(errors, findings.size() - errors, 0).replaceAll(" in 0 files$", ""))
                    .append("\n\n```text\n");
            findings.stream().limit(FINDINGS_SHOWN).forEach(f -> m.append(ReportFormat.text(f, base).replace("```", "'''"))
                    .append('\n'));
            if (findings.size() > FINDINGS_SHOWN) {
                m.append("… and ").append(findings.size() - FINDINGS_SHOWN).append(" more\n");
            }
            m.append("```\n\n");
        }
        if (diff.isEmpty()) {
            return m.append("No journey, persona or touchpoint changed.\n").toString();
        }
        m.append("**").append(count(diff.added().size(), "journey")).append(" added, ")
                .append(diff.removed().size()).append(" removed, ").append(diff.changed().size()).append(" changed**");
        if (!diff.personas().isEmpty()) {
            m.append(" · ").append(count(diff.personas().size(), "persona")).append(" changed");
        }
        if (!diff.touchpoints().isEmpty()) {
            m.append(" · ").append(count(diff.touchpoints().size(), "touchpoint")).append(" changed");
        }
        m.append("\n\n");
        for (Journey j : diff.added()) {
            m.append("### Added: ").append(link(j, url)).append('\n').append(persons(j, head)).append('\n');
            if (detail) {
                mermaid(m, j, head);
            }
        }
        for (Journey j : diff.removed()) {
            m.append("### Removed: ").append(md(j.title())).append(" (`").append(j.id()).append("`)\n\n");
        }
        int shown = 0;
        for (JourneyChange c : diff.changed()) {
            if (shown++ >= journeysShown) {
                m.append("… and ").append(diff.changed().size() - journeysShown)
                        .append(" more changed journeys (the full diff is in the build's diff.md)\n\n");
                break;
            }
            journey(m, c, head, url, detail);
        }
        if (!diff.personas().isEmpty() || !diff.touchpoints().isEmpty()) {
            m.append("### Personas and touchpoints\n\n");
            for (Change c : diff.personas()) {
                m.append("- ").append(verb(c.kind())).append(" persona `").append(c.where()).append("`")
                        .append(c.after() != null ? ": " + md(c.after()) : "").append('\n');
            }
            for (Change c : diff.touchpoints()) {
                m.append("- ").append(verb(c.kind())).append(" touchpoint `").append(c.where()).append("`")
                        .append(c.after() != null ? ": " + md(c.after()) : c.before() != null ? ": " + md(c.before()) : "")
                        .append('\n');
            }
            m.append('\n');
        }
        return m.toString();
    }

    private static void journey(StringBuilder m, JourneyChange c, Project head, String url, boolean detail) {
        m.append("### Changed: ").append(link(c.head(), url)).append('\n');
        if (!detail) {
            m.append(count(c.steps().size(), "step change")).append(", ").append(count(c.emotions().size(),
                    "emotion change")).append(", ").append(count(c.painPoints().size(), "pain point change"))
                    .append(", ").append(count(c.opportunities().size(), "opportunity change")).append(", ")
                    .append(count(c.metrics().size(), "metric change")).append("\n\n");
            return;
        }
        m.append('\n');
        if (!c.header().isEmpty() || !c.stages().isEmpty()) {
            m.append("**Journey**\n\n");
            for (Change h : c.header()) {
                m.append("- ").append(h.what()).append(": ").append(beforeAfter(h)).append('\n');
            }
            for (Change s : c.stages()) {
                m.append("- ").append(s.kind() == Kind.RENAMED ? "renamed stage " + md(s.before()) + " → " + md(s.after())
                        : s.what().equals("stage") ? verb(s.kind()) + " stage " + md(s.where())
                        : s.what() + " of stage " + md(s.where()) + ": " + beforeAfter(s)).append('\n');
            }
            m.append('\n');
        }
        if (!c.steps().isEmpty()) {
            m.append("**Steps**\n\n");
            for (StepChange s : c.steps()) {
                m.append("- ").append(switch (s.kind()) {
                    case ADDED -> "added " + md(s.afterName()) + " in " + md(s.afterStage());
                    case REMOVED -> "removed " + md(s.beforeName()) + " (was in " + md(s.beforeStage()) + ")";
                    case RENAMED -> "renamed " + md(s.beforeName()) + " → " + md(s.afterName());
                    case MOVED -> "moved " + md(s.afterName()) + ": " + md(s.beforeStage()) + " → " + md(s.afterStage());
                    default -> "changed " + md(s.afterName());
                }).append('\n');
            }
            m.append('\n');
        }
        if (!c.emotions().isEmpty()) {
            EmotionScale scale = head.site().emotionScale();
            m.append("**Emotion**\n\n| Step | Persona | Before | After | Change |\n|---|---|---|---|---|\n");
            for (EmotionChange e : c.emotions()) {
                String direction = e.before() == null || e.after() == null ? (e.after() == null ? "no longer measured" : "new")
                        : e.delta() > 0 ? "▲ better (+" + Numbers.format(e.delta()) + ")"
                        : "▼ worse (" + Numbers.format(e.delta()) + ")";
                m.append("| ").append(md(e.step())).append(" | ").append(md(e.persona())).append(" | ")
                        .append(score(e.before(), scale)).append(" | ").append(score(e.after(), scale)).append(" | ")
                        .append(direction).append(" |\n");
            }
            m.append('\n');
        }
        list(m, "Pain points", c.painPoints());
        list(m, "Opportunities", c.opportunities());
        list(m, "Metrics and targets", c.metrics());
        mermaid(m, c.head(), head);
    }

    private static void list(StringBuilder m, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        m.append("**").append(title).append("**\n\n");
        for (Change c : changes) {
            m.append("- ").append(verb(c.kind())).append(' ').append(c.what()).append(c.where() == null ? "" : " at "
                    + md(c.where())).append(": ").append(beforeAfter(c)).append('\n');
        }
        m.append('\n');
    }

    private static void mermaid(StringBuilder m, Journey j, Project head) {
        m.append("<details><summary>The new version as a Mermaid journey</summary>\n\n```mermaid\n")
                .append(MermaidExport.journey(j, head).replace("```", "'''")).append("```\n\n</details>\n\n");
    }

    private static String beforeAfter(Change c) {
        if (c.before() == null) {
            return md(c.after());
        }
        if (c.after() == null) {
            return "~~" + md(c.before()) + "~~";
        }
        return md(c.before()) + " → " + md(c.after());
    }

    private static String score(Double v, EmotionScale scale) {
        if (v == null) {
            return "—";
        }
        String label = scale.labelOf(v);
        return Numbers.format(v) + (label == null ? "" : " " + md(label));
    }

    private static String verb(Kind k) {
        return switch (k) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case RENAMED -> "renamed";
            case MOVED -> "moved";
            default -> "changed";
        };
    }

    private static String link(Journey j, String url) {
        return url == null ? md(j.title()) : "[" + md(j.title()) + "](" + url + "journeys/" + j.id() + ".html)";
    }

    private static String persons(Journey j, Project head) {
        return j.personaIds().isEmpty() ? "" : "Personas: " + String.join(", ", j.personaIds().stream()
                .map(p -> md(head.persona(p).map(x -> x.name()).orElse(p))).toList()) + "\n";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Source text made inert in Markdown: punctuation escaped, no mentions, one line. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : Text.sanitize(s).toCharArray()) {
            if ("\\`*_[]()<>|~&!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
            if (c == '@') {
                out.append('\u200b');
            }
        }
        return out.toString();
    }
}
