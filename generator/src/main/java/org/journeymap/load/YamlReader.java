package org.journeymap.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.model.Position;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads one YAML 1.2 file into a {@link YNode} tree, treating it as untrusted.
 *
 * <p>The tree is built from SnakeYAML Engine's event stream (YAML 1.2, as editors read it), so no constructor ever instantiates
 * anything and no implicit typing happens: every scalar stays the text that was written. Anchors,
 * aliases, tags, merge keys, duplicate keys, a second document, deep nesting, oversized files,
 * invalid UTF-8 and forbidden characters (written raw or through escapes) become findings at their
 * line and column. Whatever the input, this class returns findings rather than throwing.
 */
public final class YamlReader {

    private final Parse parser = new Parse(hardenedSettings());

    /**
     * The engine's settings. Only the parser runs, so of the engine's checks just the code-point
     * limit applies; anchors, aliases, tags, merge keys, duplicate keys, a second document and
     * nesting depth are checked on the events below, since the engine checks them (where it does
     * at all) only when it composes nodes, which journeymap never asks it to do.
     */
    static LoadSettings hardenedSettings() {
        return LoadSettings.builder()
                .setLabel("journeymap")
                .setCodePointLimit(Limits.MAX_CODE_POINTS)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0)
                .setParseComments(false)
                .setUseMarks(true)
                .build();
    }

    /** Reads a file; empty when it could not be read or is not acceptable YAML (see findings). */
    public Optional<YNode> read(Path file, Findings findings) throws IOException {
        return read(file, findings, null);
    }

    /**
     * The same, taking the tree from trees when these bytes were parsed before without a
     * finding, and keeping it there when they are parsed now without one; trees may be null.
     */
    public Optional<YNode> read(Path file, Findings findings, TreeCache trees) throws IOException {
        long size = Files.size(file);
        if (size > Limits.MAX_FILE_BYTES) {
            findings.add(Rule.FILE_TOO_LARGE, Position.startOf(file), "the file has " + size
                    + " bytes, more than the limit of " + Limits.MAX_FILE_BYTES + "; split it or shorten it");
            return Optional.empty();
        }
        if (trees != null) {
            Optional<String> known = trees.knownKey(file);
            if (known.isPresent()) {
                Optional<YNode> before = trees.get(file, known.get());
                if (before.isPresent()) {
                    return before;
                }
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        String key = trees == null ? null : TreeCache.key(bytes);
        if (key != null) {
            Optional<YNode> before = trees.get(file, key);
            if (before.isPresent()) {
                return before;
            }
        }
        Findings local = new Findings();
        Optional<YNode> tree = decode(file, bytes, local).flatMap(t -> parse(file, t, local));
        if (key != null && tree.isPresent() && local.isEmpty()) {
            trees.put(key, tree.get());
        }
        findings.addAll(local);
        return tree;
    }

    /**
     * Reads bytes held in memory (a file as it was in a git commit) as if they were file's content:
     * the same limits, decoding and parsing as a file on disk.
     */
    public Optional<YNode> read(Path file, byte[] bytes, Findings findings) {
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            findings.add(Rule.FILE_TOO_LARGE, Position.startOf(file), "the file has " + bytes.length
                    + " bytes, more than the limit of " + Limits.MAX_FILE_BYTES + "; split it or shorten it");
            return Optional.empty();
        }
        return decode(file, bytes, findings).flatMap(t -> parse(file, t, findings));
    }

    /** Parses text already in memory, as if it were the file's content. */
    public Optional<YNode> parse(Path file, String text, Findings findings) {
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints > Limits.MAX_CODE_POINTS) {
            findings.add(Rule.FILE_TOO_LARGE, Position.startOf(file), "the file has " + codePoints
                    + " characters, more than the limit of " + Limits.MAX_CODE_POINTS + "; split it or shorten it");
            return Optional.empty();
        }
        int bad = Text.firstForbidden(text);
        if (bad >= 0) {
            findings.add(Rule.CONTROL_CHARACTER, positionOf(file, text, bad), "the character "
                    + Text.codePoint(text.charAt(bad)) + " is not allowed; delete it (only tab and newline are"
                    + " allowed among control characters)");
            return Optional.empty();
        }
        try {
            return new TreeBuilder(file, findings).build(parser.parseReader(new StringReader(text)));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            Position at = mark.map(m -> new Position(file, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(Position.startOf(file));
            findings.add(Rule.YAML_SYNTAX, at, syntaxMessage(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            findings.add(Rule.YAML_SYNTAX, Position.startOf(file),
                    "the file cannot be read as YAML: " + Text.forMessage(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    private static String syntaxMessage(MarkedYamlEngineException e) {
        StringBuilder m = new StringBuilder("YAML syntax error: ");
        if (e.getProblem() != null) {
            m.append(e.getProblem());
        }
        if (e.getContext() != null) {
            m.append(" (").append(e.getContext()).append(')');
        }
        m.append("; check the indentation and quoting here");
        return Text.sanitize(m.toString());
    }

    private static Optional<String> decode(Path file, byte[] bytes, Findings findings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            findings.add(Rule.INVALID_ENCODING, positionOf(file, before, before.length()),
                    "the file is not valid UTF-8 at byte " + in.position() + "; save it as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    private static Position positionOf(Path file, String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    /** Turns events into nodes, stopping at the first construct the format forbids. */
    private static final class TreeBuilder {

        private final Path file;
        private final Findings findings;
        private final Deque<List<YNode>> open = new ArrayDeque<>();
        private final Deque<Event> openEvents = new ArrayDeque<>();

        TreeBuilder(Path file, Findings findings) {
            this.file = file;
            this.findings = findings;
        }

        Optional<YNode> build(Iterable<Event> events) {
            YNode root = null;
            int documents = 0;
            for (Event event : events) {
                Position at = at(event.getStartMark());
                if (event.getEventId() == Event.ID.DocumentStart) {
                    documents++;
                    if (documents > 1) {
                        findings.add(Rule.YAML_MULTIPLE_DOCUMENTS, at,
                                "a second YAML document starts here; write one persona or journey per file");
                        return Optional.empty();
                    }
                    continue;
                }
                if (event instanceof AliasEvent alias) {
                    findings.add(Rule.YAML_ANCHOR, at, "alias *" + Text.forMessage(alias.getAlias().getValue())
                            + " is not allowed; write the value out in full");
                    return Optional.empty();
                }
                if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                    findings.add(Rule.YAML_ANCHOR, at, "anchor &" + Text.forMessage(node.getAnchor().get().getValue())
                            + " is not allowed; write values out in full instead of reusing them");
                    return Optional.empty();
                }
                String tag = event instanceof ScalarEvent s ? s.getTag().orElse(null)
                        : event instanceof CollectionStartEvent c ? c.getTag().orElse(null) : null;
                if (tag != null) {
                    String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
                    findings.add(Rule.YAML_TAG, at, "the tag " + Text.forMessage(written)
                            + " is not allowed; remove it (quote the value if it must stay text)");
                    return Optional.empty();
                }
                YNode done = null;
                if (event instanceof ScalarEvent s) {
                    done = scalar(s, at);
                    if (done == null) {
                        return Optional.empty();
                    }
                } else if (event instanceof CollectionStartEvent) {
                    if (open.size() >= Limits.MAX_DEPTH) {
                        findings.add(Rule.YAML_TOO_DEEP, at, "lists and mappings are nested more than "
                                + Limits.MAX_DEPTH + " deep here; flatten the structure");
                        return Optional.empty();
                    }
                    open.push(new ArrayList<>());
                    openEvents.push(event);
                } else if (event.getEventId() == Event.ID.SequenceEnd) {
                    Event start = openEvents.pop();
                    done = new YNode.Sequence(List.copyOf(open.pop()), at(start.getStartMark()));
                } else if (event.getEventId() == Event.ID.MappingEnd) {
                    Event start = openEvents.pop();
                    done = mapping(open.pop(), at(start.getStartMark()));
                    if (done == null) {
                        return Optional.empty();
                    }
                }
                if (done != null) {
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().add(done);
                    }
                }
            }
            return Optional.ofNullable(root);
        }

        private YNode scalar(ScalarEvent s, Position at) {
            String value = s.getValue();
            int bad = Text.firstForbidden(value);
            if (bad >= 0) {
                findings.add(Rule.CONTROL_CHARACTER, at, "the value holds the character "
                        + Text.codePoint(value.charAt(bad)) + " (written as an escape); it is not allowed, delete it");
                return null;
            }
            return new YNode.Scalar(value, s.isPlain(), at);
        }

        private YNode mapping(List<YNode> flat, Position at) {
            List<YNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                if (!(flat.get(i) instanceof YNode.Scalar key)) {
                    findings.add(Rule.WRONG_TYPE, flat.get(i).at(),
                            "a key must be plain text, not " + YNode.describe(flat.get(i)));
                    return null;
                }
                if (key.plain() && key.value().equals("<<")) {
                    findings.add(Rule.YAML_MERGE_KEY, key.at(),
                            "merge keys (<<) are not allowed; write the keys out in full");
                    return null;
                }
                Position first = seen.putIfAbsent(key.value(), key.at());
                if (first != null) {
                    findings.add(Rule.YAML_DUPLICATE_KEY, key.at(), "the key '" + Text.forMessage(key.value())
                            + "' is already written on line " + first.line() + "; keep one of them");
                    return null;
                }
                entries.add(new YNode.Entry(key, flat.get(i + 1)));
            }
            return new YNode.Mapping(List.copyOf(entries), at);
        }

        private Position at(Optional<Mark> mark) {
            return mark.map(m -> new Position(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Position.startOf(file));
        }
    }
}
