package org.journeymap.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.journeymap.finding.Rule;
import org.journeymap.format.Field;
import org.journeymap.format.FieldType;
import org.journeymap.format.Format;
import org.journeymap.format.Ids;
import org.journeymap.format.ObjectSpec;
import org.journeymap.model.MetricDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSON Schemas (draft 2020-12) of the four kinds of file from {@link Format}, so editors
 * can complete keys and show descriptions. The schemas describe what one file can say on its own;
 * references between files and the site's emotion scale are checked only by the validator.
 */
public final class JsonSchemaWriter {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The file name of a kind's schema, such as journey.schema.json. */
    public static String fileName(Format.FileKind kind) {
        return kind.schemaName() + ".schema.json";
    }

    /** Writes one schema per kind of file into the folder, creating it if needed. */
    public List<Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new java.util.ArrayList<>();
        for (Format.FileKind kind : Format.FileKind.values()) {
            Path file = folder.resolve(fileName(kind));
            Files.writeString(file, toJson(kind));
            written.add(file);
        }
        return written;
    }

    public String toJson(Format.FileKind kind) {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(schema(kind)) + "\n";
    }

    public ObjectNode schema(Format.FileKind kind) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", DIALECT);
        root.put("$id", "urn:journeymap:format:" + Format.VERSION + ":" + kind.schemaName());
        root.put("title", "journeymap " + kind.root().title() + " (format v" + Format.VERSION + ")");
        root.setAll(object(kind.root()));
        return root;
    }

    private ObjectNode object(ObjectSpec spec) {
        ObjectNode o = mapper.createObjectNode();
        o.put("description", spec.description());
        o.put("type", "object");
        ObjectNode properties = o.putObject("properties");
        for (Field f : spec.fields()) {
            ObjectNode p = type(f.type());
            p.put("description", f.description());
            properties.set(f.name(), p);
        }
        List<String> required = spec.fields().stream().filter(Field::required).map(Field::name).toList();
        if (!required.isEmpty()) {
            ArrayNode r = o.putArray("required");
            required.forEach(r::add);
        }
        o.put("additionalProperties", false);
        if (!spec.exactlyOne().isEmpty()) {
            ArrayNode oneOf = o.putArray("oneOf");
            for (String key : spec.exactlyOne()) {
                oneOf.addObject().putArray("required").add(key);
            }
        }
        return o;
    }

    private ObjectNode type(FieldType type) {
        ObjectNode s = mapper.createObjectNode();
        if (type instanceof FieldType.Text t) {
            // YAML numbers and booleans in a text field are read as the text written
            types(s, "string", "number", "boolean");
            if (!t.markdown()) {
                s.put("pattern", "^[^\\n]*\\n?$");
            }
        } else if (type instanceof FieldType.Url) {
            s.put("type", "string");
            s.put("pattern", "^\\s*(" + anyCase("https") + "?|" + anyCase("mailto") + "):");
            s.put("format", "uri");
        } else if (type instanceof FieldType.Id) {
            ArrayNode anyOf = s.putArray("anyOf");
            anyOf.addObject().put("type", "string").put("pattern", Ids.PATTERN).put("maxLength", Ids.MAX_LENGTH);
            anyOf.addObject().put("type", "integer").put("minimum", 0);
        } else if (type instanceof FieldType.Image) {
            s.put("type", "string");
            s.put("pattern", "\\.(" + Format.IMAGE_EXTENSIONS.stream().map(JsonSchemaWriter::anyCase)
                    .collect(Collectors.joining("|")) + ")$");
        } else if (type instanceof FieldType.LanguageTag) {
            s.put("type", "string");
            s.put("pattern", "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
        } else if (type instanceof FieldType.Choice c) {
            ArrayNode e = s.putArray("enum");
            c.values().forEach(e::add);
        } else if (type instanceof FieldType.Num n) {
            return number(n);
        } else if (type instanceof FieldType.Bool) {
            s.put("type", "boolean");
        } else if (type instanceof FieldType.ListOf l) {
            ObjectNode array = mapper.createObjectNode();
            array.put("type", "array");
            array.set("items", type(l.item()));
            if (l.nonEmpty()) {
                array.put("minItems", 1);
            }
            if (!l.singleAllowed()) {
                return array;
            }
            ArrayNode anyOf = s.putArray("anyOf");
            anyOf.add(type(l.item()));
            anyOf.add(array);
        } else if (type instanceof FieldType.Obj o) {
            return object(o.spec());
        } else if (type instanceof FieldType.MapOf m) {
            s.put("type", "object");
            s.set("propertyNames", keys(m.keyKind()));
            s.set("additionalProperties", type(m.value()));
            if (type == Format.METRIC_VALUES) {
                ObjectNode known = s.putObject("properties");
                for (MetricDefinition d : MetricDefinition.BUILT_IN) {
                    ObjectNode p = number(new FieldType.Num(d.min(), d.max(), false));
                    p.put("description", d.name() + ", " + d.rangeText() + ", " + d.better().name()
                            .toLowerCase(Locale.ROOT) + " is better");
                    known.set(d.id(), p);
                }
            }
        } else if (type instanceof FieldType.TextOrObj t) {
            ArrayNode anyOf = s.putArray("anyOf");
            anyOf.add(type(new FieldType.Text(false)));
            anyOf.add(object(t.spec()));
        } else if (type instanceof FieldType.NumOrMap) {
            ArrayNode anyOf = s.putArray("anyOf");
            anyOf.add(number(new FieldType.Num(null, null, false)));
            anyOf.add(type(new FieldType.MapOf(FieldType.KeyKind.ID, new FieldType.Num(null, null, false))));
        }
        return s;
    }

    /** A number, or a quoted number (the validator accepts both; the range is checked on numbers). */
    private ObjectNode number(FieldType.Num n) {
        ObjectNode s = mapper.createObjectNode();
        ArrayNode anyOf = s.putArray("anyOf");
        ObjectNode num = anyOf.addObject().put("type", n.integer() ? "integer" : "number");
        if (n.min() != null) {
            num.put("minimum", n.min());
        }
        if (n.max() != null) {
            num.put("maximum", n.max());
        }
        anyOf.addObject().put("type", "string").put("pattern", n.integer() ? "^\\s*[-+]?[0-9]+\\s*$"
                : "^\\s*[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?\\s*$");
        return s;
    }

    private ObjectNode keys(FieldType.KeyKind kind) {
        ObjectNode k = mapper.createObjectNode();
        switch (kind) {
            case INTEGER -> k.put("pattern", "^\\s*[-+]?[0-9]+\\s*$");
            case ID -> k.put("pattern", Ids.PATTERN).put("maxLength", Ids.MAX_LENGTH);
            case RULE -> {
                ArrayNode e = k.putArray("enum");
                Rule.configurableIds().forEach(e::add);
            }
            default -> k.put("minLength", 1);
        }
        return k;
    }

    private static void types(ObjectNode s, String... names) {
        ArrayNode t = s.putArray("type");
        for (String n : names) {
            t.add(n);
        }
    }

    /** A regular expression matching the word in any case; ECMA-262 has no inline (?i). */
    private static String anyCase(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            b.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
        }
        return b.toString();
    }
}
