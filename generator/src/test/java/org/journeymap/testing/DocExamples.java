package org.journeymap.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of docs/format.md. A YAML block after {@code <!-- example: PATH -->} is a file of
 * the valid example project; after {@code <!-- invalid: PATH RULE [schema] -->} it replaces that
 * file and must raise RULE with the message in the backticked line after the block ("schema" says
 * the JSON Schema can express the mistake too).
 */
public final class DocExamples {

    public record Invalid(String path, String rule, boolean schema, String content, String message, int line) {
    }

    private static final Pattern MARKER = Pattern.compile("<!-- (example|invalid): (\\S+)(?: (\\S+))?( schema)? -->");

    public final Map<String, String> valid = new LinkedHashMap<>();
    public final List<Invalid> invalid = new ArrayList<>();
    public final String text;

    private DocExamples(String text) {
        this.text = text;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i).trim());
            if (!m.matches()) {
                continue;
            }
            int open = i + 1;
            if (!lines.get(open).startsWith("```yaml")) {
                throw new IllegalStateException("docs/format.md:" + (open + 1) + ": a marker must be followed by ```yaml");
            }
            StringBuilder block = new StringBuilder();
            int close = open + 1;
            while (!lines.get(close).startsWith("```")) {
                block.append(lines.get(close)).append('\n');
                close++;
            }
            if (m.group(1).equals("example")) {
                valid.put(m.group(2), block.toString());
            } else {
                String message = lines.get(close + 1).trim();
                if (!message.startsWith("`") || !message.endsWith("`")) {
                    throw new IllegalStateException("docs/format.md:" + (close + 2) + ": expected the message in backticks");
                }
                invalid.add(new Invalid(m.group(2), m.group(3), m.group(4) != null, block.toString(),
                        message.substring(1, message.length() - 1), open + 1));
            }
            i = close;
        }
    }

    public static DocExamples load() throws IOException {
        return new DocExamples(Files.readString(projectRoot().resolve("docs/format.md"), StandardCharsets.UTF_8));
    }

    /** The repository root: the parent of the generator module that the tests run in. */
    public static Path projectRoot() {
        String configured = System.getProperty("journeymap.projectRoot");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured, "docs"))) {
            return Path.of(configured);
        }
        return Path.of("").toAbsolutePath().getParent();
    }

    /** Writes the valid example project into root. */
    public Path writeProject(Path root) throws IOException {
        return Sources.write(root, valid);
    }
}
