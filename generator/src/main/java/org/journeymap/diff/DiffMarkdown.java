package org.journeymap.diff;

import java.nio.file.Path;
import java.util.List;
import org.journeymap.diff.ProjectDiff.Change;
import org.journeymap.diff.ProjectDiff.EmotionChange;
import org.journeymap.diff.ProjectDiff.JourneyChange;
import org.journeymap.diff.ProjectDiff.Kind;
import org.journeymap.finding.Finding;
import org.journeymap.interchange.MermaidExport;
import org.journeymap.load.Text;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Journey;
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
        DiffWords w = DiffWords.of(head.site().language());
        String full = render(w, diff, head, findings, base, true, Integer.MAX_VALUE);
        if (full.length() <= LIMIT) {
            return full;
        }
        for (int shown = diff.changed().size(); shown >= 0; shown = shown / 2 - (shown == 1 ? 1 : 0)) {
            String summary = render(w, diff, head, findings, base, false, shown);
            if (summary.length() <= LIMIT) {
                return summary;
            }
            if (shown == 0) {
                break;
            }
        }
        return render(w, diff, head, List.of(), base, false, 0).substring(0, LIMIT - 200) + "\n\n" + w.word("diff.cut") + "\n";
    }

    private static String render(DiffWords w, ProjectDiff diff, Project head, List<Finding> findings, Path base,
                                 boolean detail, int journeysShown) {
        StringBuilder m = new StringBuilder("## ").append(w.word("diff.heading")).append("\n\n");
        String url = head.site().baseUrl();
        if (!findings.isEmpty()) {
            long errors = findings.stream().filter(Finding::isError).count();
            m.append("### ").append(w.fill("diff.findings", "errors", errors, "warnings", findings.size() - errors))
                    .append("\n\n```text\n");
            findings.stream().limit(FINDINGS_SHOWN).forEach(f -> m.append(ReportFormat.text(f, base).replace("```", "'''"))
                    .append('\n'));
            if (findings.size() > FINDINGS_SHOWN) {
                m.append(w.fill("diff.more", "n", findings.size() - FINDINGS_SHOWN)).append('\n');
            }
            m.append("```\n\n");
        }
        if (diff.isEmpty()) {
            return m.append(w.word("diff.nothing")).append('\n').toString();
        }
        m.append(w.fill("diff.summary", "added", diff.added().size(), "removed", diff.removed().size(),
                "changed", diff.changed().size()));
        if (!diff.personas().isEmpty()) {
            m.append(w.fill("diff.summary.personas", "n", diff.personas().size()));
        }
        if (!diff.touchpoints().isEmpty()) {
            m.append(w.fill("diff.summary.touchpoints", "n", diff.touchpoints().size()));
        }
        m.append("\n\n");
        for (Journey j : diff.added()) {
            m.append("### ").append(w.fill("diff.added", "journey", link(j, url))).append('\n')
                    .append(persons(w, j, head)).append('\n');
            if (detail) {
                mermaid(w, m, j, head);
            }
        }
        for (Journey j : diff.removed()) {
            m.append("### ").append(w.fill("diff.removed", "journey", md(j.title()) + " (`" + j.id() + "`)"))
                    .append("\n\n");
        }
        int shown = 0;
        for (JourneyChange c : diff.changed()) {
            if (shown++ >= journeysShown) {
                m.append(w.fill("diff.moreJourneys", "n", diff.changed().size() - journeysShown)).append("\n\n");
                break;
            }
            journey(w, m, c, head, url, detail);
        }
        if (!diff.personas().isEmpty() || !diff.touchpoints().isEmpty()) {
            m.append("### ").append(w.word("diff.section.others")).append("\n\n");
            for (Change c : diff.personas()) {
                m.append("- ").append(w.fill("diff.persona", "verb", verb(w, c.kind()), "id", c.where(),
                        "name", c.after() != null ? ": " + md(c.after()) : "")).append('\n');
            }
            for (Change c : diff.touchpoints()) {
                m.append("- ").append(w.fill("diff.touchpoint", "verb", verb(w, c.kind()), "id", c.where(),
                        "name", c.after() != null ? ": " + md(c.after()) : c.before() != null ? ": " + md(c.before()) : ""))
                        .append('\n');
            }
            m.append('\n');
        }
        return m.toString();
    }

    private static void journey(DiffWords w, StringBuilder m, JourneyChange c, Project head, String url, boolean detail) {
        m.append("### ").append(w.fill("diff.changed", "journey", link(c.head(), url))).append('\n');
        if (!detail) {
            m.append(w.fill("diff.counts", "steps", c.steps().size(), "emotions", c.emotions().size(),
                    "painPoints", c.painPoints().size(), "opportunities", c.opportunities().size(),
                    "metrics", c.metrics().size() + c.measurements().size())).append("\n\n");
            return;
        }
        m.append('\n');
        DiffLines lines = DiffLines.markdown(w);
        EmotionScale scale = w.scale(head.site().emotionScale());
        for (DiffLines.Section section : lines.sections(c, scale)) {
            m.append("**").append(section.title()).append("**\n\n");
            if (section.key().equals(DiffLines.EMOTION)) {
                // a table reads better than lines in a comment
                m.append("| ").append(w.word("step")).append(" | ").append(w.word("persona")).append(" | ")
                        .append(w.word("before")).append(" | ").append(w.word("after")).append(" | ")
                        .append(w.word("diff.emotion.change")).append(" |\n|---|---|---|---|---|\n");
                for (EmotionChange e : c.emotions()) {
                    m.append("| ").append(md(e.step())).append(" | ").append(md(e.persona())).append(" | ")
                            .append(lines.score(e.before(), scale)).append(" | ").append(lines.score(e.after(), scale))
                            .append(" | ").append(lines.direction(e)).append(" |\n");
                }
            } else {
                section.lines().forEach(line -> m.append("- ").append(line).append('\n'));
            }
            m.append('\n');
        }
        mermaid(w, m, c.head(), head);
    }

    private static void mermaid(DiffWords w, StringBuilder m, Journey j, Project head) {
        m.append("<details><summary>").append(w.word("diff.mermaid")).append("</summary>\n\n```mermaid\n")
                .append(MermaidExport.journey(j, head).replace("```", "'''")).append("```\n\n</details>\n\n");
    }

    private static String verb(DiffWords w, Kind k) {
        return w.word("diff.verb." + k.name());
    }

    private static String link(Journey j, String url) {
        return url == null ? md(j.title()) : "[" + md(j.title()) + "](" + url + "journeys/" + j.id() + ".html)";
    }

    private static String persons(DiffWords w, Journey j, Project head) {
        return j.personaIds().isEmpty() ? "" : w.fill("diff.personasOf", "names", String.join(", ", j.personaIds().stream()
                .map(p -> md(head.persona(p).map(x -> x.name()).orElse(p))).toList())) + "\n";
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
