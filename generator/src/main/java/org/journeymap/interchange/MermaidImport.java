package org.journeymap.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymap.format.Ids;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Numbers;

/**
 * Reads a Mermaid journey diagram: title, accTitle, accDescr (one line or a block), sections,
 * tasks with a score from 1 to 5 and their actors, %% comments and directives, any indentation.
 * Scores are mapped linearly onto the site's emotion scale. A line Mermaid would reject is an
 * {@link MermaidException} with its line number.
 */
public final class MermaidImport {

    private static final Pattern TASK = Pattern.compile("(.+?):\\s*([^:]*?)\\s*(?::\\s*(.*))?");

    /** A parsed diagram, ready to be written as format v1. */
    public record Diagram(String title, String description, List<Section> sections, Set<String> actors) {
    }

    public record Section(String name, List<Task> tasks) {
    }

    public record Task(String name, int score, List<String> actors, int line) {
    }

    /** A line of the diagram that Mermaid would not accept. */
    public static final class MermaidException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        MermaidException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private MermaidImport() {
    }

    public static Diagram parse(String text) throws MermaidException {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean started = false;
        String title = null;
        String accTitle = null;
        StringBuilder description = null;
        boolean inDescription = false;
        List<Section> sections = new ArrayList<>();
        Set<String> actors = new LinkedHashSet<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (inDescription) {
                if (line.equals("}")) {
                    inDescription = false;
                } else {
                    description.append(description.length() > 0 ? "\n" : "").append(line);
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (!started) {
                if (!line.equals("journey")) {
                    throw new MermaidException(number, "a Mermaid journey starts with 'journey', not '" + cut(line) + "'");
                }
                started = true;
                continue;
            }
            if (line.startsWith("title ") || line.equals("title")) {
                title = line.substring(5).strip();
            } else if (line.startsWith("accTitle")) {
                accTitle = afterColon(line, number);
            } else if (line.startsWith("accDescr")) {
                String rest = line.substring("accDescr".length()).strip();
                description = new StringBuilder();
                if (rest.startsWith("{")) {
                    inDescription = true;
                    String first = rest.substring(1).strip();
                    if (first.endsWith("}")) {
                        description.append(first, 0, first.length() - 1);
                        inDescription = false;
                    } else {
                        description.append(first);
                    }
                } else {
                    description.append(afterColon(line, number));
                }
            } else if (line.startsWith("section ") || line.equals("section")) {
                sections.add(new Section(line.substring(7).strip(), new ArrayList<>()));
            } else {
                Matcher m = TASK.matcher(line);
                if (!m.matches()) {
                    throw new MermaidException(number, "'" + cut(line) + "' is not a task; write 'Task name: 3: Actor'");
                }
                int score;
                try {
                    score = Integer.parseInt(m.group(2));
                } catch (NumberFormatException e) {
                    throw new MermaidException(number, "the score of '" + cut(m.group(1)) + "' is '" + cut(m.group(2))
                            + "'; write a whole number from 1 to 5");
                }
                if (score < 1 || score > 5) {
                    throw new MermaidException(number, "the score " + score + " is outside 1..5");
                }
                List<String> who = new ArrayList<>();
                if (m.group(3) != null) {
                    for (String a : m.group(3).split(",")) {
                        if (!a.isBlank()) {
                            who.add(a.strip());
                        }
                    }
                }
                actors.addAll(who);
                if (sections.isEmpty()) {
                    sections.add(new Section("Steps", new ArrayList<>()));
                }
                sections.get(sections.size() - 1).tasks().add(new Task(m.group(1).strip(), score, who, number));
            }
        }
        if (!started) {
            throw new MermaidException(1, "the file holds no Mermaid journey");
        }
        if (inDescription) {
            throw new MermaidException(lines.length, "accDescr { is never closed with }");
        }
        if (sections.stream().allMatch(s -> s.tasks().isEmpty())) {
            throw new MermaidException(lines.length, "the journey has no task; write 'Task name: 3: Actor'");
        }
        String name = title != null && !title.isBlank() ? title : accTitle;
        return new Diagram(name, description == null ? null : description.toString(), sections, actors);
    }

    /** The score mapped linearly from 1..5 onto the scale, to one decimal. */
    public static double emotion(int score, EmotionScale scale) {
        double v = scale.min() + (score - 1) / 4.0 * (scale.max() - scale.min());
        return Math.round(v * 10) / 10.0;
    }

    /** Persona id for an actor: the slug of the name, or actor-N when it has none. */
    public static Map<String, String> personaIds(Diagram d) {
        Map<String, String> ids = new LinkedHashMap<>();
        int n = 1;
        for (String actor : d.actors()) {
            String slug = Ids.slug(actor);
            while (slug.isEmpty() || ids.containsValue(slug)) {
                slug = "actor-" + n++;
            }
            ids.put(actor, slug);
        }
        return ids;
    }

    /** The journey as a format v1 file. */
    public static String journeyYaml(Diagram d, String fallbackTitle, EmotionScale scale) {
        Map<String, String> ids = personaIds(d);
        StringBuilder y = new StringBuilder("# Imported from a Mermaid journey diagram\n");
        y.append("title: ").append(q(d.title() == null || d.title().isBlank() ? fallbackTitle : d.title())).append('\n');
        boolean single = ids.size() == 1;
        if (single) {
            y.append("persona: ").append(ids.values().iterator().next()).append('\n');
        } else if (!ids.isEmpty()) {
            y.append("personas: [").append(String.join(", ", ids.values())).append("]\n");
        }
        if (d.description() != null && !d.description().isBlank()) {
            y.append("scenario: ").append(q(d.description())).append('\n');
        }
        y.append("stages:\n");
        Set<String> stageIds = new LinkedHashSet<>();
        Set<String> stepIds = new LinkedHashSet<>();
        for (Section s : d.sections()) {
            if (s.tasks().isEmpty()) {
                continue;
            }
            y.append("  - name: ").append(q(s.name())).append('\n');
            y.append("    id: ").append(unique(s.name(), "stage", stageIds)).append('\n');
            y.append("    steps:\n");
            for (Task t : s.tasks()) {
                y.append("      - name: ").append(q(t.name())).append('\n');
                y.append("        id: ").append(unique(t.name(), "step", stepIds)).append('\n');
                String value = Numbers.format(emotion(t.score(), scale));
                if (single && !t.actors().isEmpty()) {
                    y.append("        emotion: ").append(value).append('\n');
                } else if (!t.actors().isEmpty()) {
                    y.append("        emotion: {");
                    List<String> parts = new ArrayList<>();
                    t.actors().forEach(a -> parts.add(ids.get(a) + ": " + value));
                    y.append(String.join(", ", parts)).append("}\n");
                }
            }
        }
        return y.toString();
    }

    /** A persona file for an actor of the diagram. */
    public static String personaYaml(String actor) {
        return "# Imported from a Mermaid journey diagram: add the persona's role, goals and research\nname: " + q(actor) + "\n";
    }

    private static String unique(String name, String kind, Set<String> used) {
        String base = Ids.slug(name);
        if (base.isEmpty()) {
            base = kind;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base.length() > 60 ? base.substring(0, 60) + "-" + n : base + "-" + n;
        }
        return id;
    }

    /** A YAML double-quoted string: every value stays text, whatever it looks like. */
    static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    private static String afterColon(String line, int number) throws MermaidException {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new MermaidException(number, "write '" + line.split("\\s")[0] + ": text'");
        }
        return line.substring(colon + 1).strip();
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
