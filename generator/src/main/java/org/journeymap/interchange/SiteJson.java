package org.journeymap.interchange;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.model.Measurement;
import org.journeymap.model.Project;
import org.journeymap.model.Word;
import org.journeymap.schema.JsonSchemaWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole validated model as one JSON document (data/site.json), and a JSON Schema for it,
 * both derived from the model's records so they cannot disagree. Source positions are left out:
 * they name files on the machine that built the site.
 */
public final class SiteJson {

    /** Components that say where something was written, not what. */
    /** Left out of the document: source positions, and a measurement's day (its date, as written, is there). */
    private static final Set<String> POSITIONS = Set.of("at", "positions", "reachAt", "avatarAt", "sourceRoot", "day");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Generators leave the stream they write to open: the caller owns it. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SiteJson() {
    }

    /** The document as text (compact JSON). */
    public static String json(Project project) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(project, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Streams the document, compact, into out (left open): nothing of it is held in memory, which
     * matters for thousands of journeys.
     */
    public static void write(Project project, java.io.OutputStream out) {
        try {
            write(project, out, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // the generator writes; it reports failures unchecked
        }
    }

    /**
     * The same document, with each journey's JSON taken from journeys (as {@link #journey} makes
     * it), or written through the generator when journeys is null: a long-running process keeps
     * the JSON of journeys that did not change. The bytes are the same either way.
     */
    public static void write(Project project, java.io.OutputStream out,
                             java.util.function.Function<org.journeymap.model.Journey, byte[]> journeys)
            throws java.io.IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", org.journeymap.format.Format.VERSION);
            for (RecordComponent c : COMPONENTS.get(Project.class)) {
                if (journeys == null || !c.getName().equals("journeys")) {
                    field(g, project, c);
                } else if (!project.journeys().isEmpty()) {
                    g.writeName("journeys");
                    g.writeStartArray();
                    g.flush();
                    // the journeys' JSON as it is, between the generator's brackets
                    boolean first = true;
                    for (org.journeymap.model.Journey j : project.journeys()) {
                        if (!first) {
                            out.write(',');
                        }
                        out.write(journeys.apply(j));
                        first = false;
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** One journey as the document writes it. */
    public static byte[] journey(org.journeymap.model.Journey journey) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 << 10);
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            write(g, journey);
        }
        return out.toByteArray();
    }

    public static String schema() {
        ObjectNode s = (ObjectNode) schema(Project.class);
        ObjectNode root = NODES.objectNode();
        root.put("$schema", JsonSchemaWriter.DIALECT);
        root.put("$id", "urn:journeymap:site-json:1");
        root.put("title", "journeymap site.json: the validated model of a source folder");
        root.put("description", "Source positions, absent values, empty lists and maps, and false flags are left"
                + " out: read a missing list or map as empty and a missing flag as false.");
        root.setAll(s);
        ((ObjectNode) root.get("properties")).putObject("formatVersion").put("type", "integer");
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void write(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Word w) {
            g.writeString(w.word());
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            c.forEach(x -> write(g, x));
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            m.forEach((k, x) -> {
                g.writeName(String.valueOf(k));
                write(g, x);
            });
            g.writeEndObject();
        } else if (v instanceof Measurement m) {
            measurement(g, m);
        } else if (v.getClass().isRecord()) {
            g.writeStartObject();
            fields(g, v);
            g.writeEndObject();
        } else {
            throw new IllegalStateException("this is a bug: no JSON for " + v.getClass());
        }
    }

    /**
     * A measured value as {@link #fields} writes a record, written out by hand: a project holds
     * hundreds of thousands of them, and looking each of their components up reflectively took
     * a third of a second of a build. SiteJsonTest holds the two ways to the same bytes.
     */
    static void measurement(JsonGenerator g, Measurement m) {
        g.writeStartObject();
        optional(g, "journey", m.journey());
        optional(g, "step", m.step());
        optional(g, "stage", m.stage());
        optional(g, "metric", m.metric());
        g.writeName("value");
        g.writeNumber(m.value());
        optional(g, "date", m.date());
        optional(g, "persona", m.persona());
        optional(g, "source", m.source());
        optional(g, "note", m.note());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    /** A record the way every record is written, for comparison with a hand-written one. */
    static void record(JsonGenerator g, Object record) {
        g.writeStartObject();
        fields(g, record);
        g.writeEndObject();
    }

    /**
     * A record's components, in declaration order, leaving out positions, absent values, empty
     * lists and maps, and false flags: a journey's step has eleven lanes, most of them empty, and
     * the document is read as "missing is empty, or false" (its schema says so).
     */
    private static void fields(JsonGenerator g, Object record) {
        for (RecordComponent c : COMPONENTS.get(record.getClass())) {
            field(g, record, c);
        }
    }

    private static void field(JsonGenerator g, Object record, RecordComponent c) {
        try {
            Object x = c.getAccessor().invoke(record);
            if (x != null && !Boolean.FALSE.equals(x) && !(x instanceof Collection<?> l && l.isEmpty())
                    && !(x instanceof Map<?, ?> m && m.isEmpty())) {
                g.writeName(c.getName());
                write(g, x);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this is a bug: cannot read " + c, e);
        }
    }

    /** Each record class's components without the positions, looked up once. */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> !POSITIONS.contains(c.getName())).toList();
        }
    };

    private static JsonNode schema(Type type) {
        ObjectNode s = NODES.objectNode();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            s.put("type", "string");
        } else if (raw == boolean.class || raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            s.put("type", "integer");
        } else if (raw == double.class || raw == Double.class) {
            s.put("type", "number");
        } else if (raw.isEnum()) {
            ArrayNode e = s.putArray("enum");
            for (Object c : raw.getEnumConstants()) {
                e.add(((Word) c).word());
            }
        } else if (List.class.isAssignableFrom(raw)) {
            s.put("type", "array");
            s.set("items", schema(((ParameterizedType) type).getActualTypeArguments()[0]));
        } else if (Map.class.isAssignableFrom(raw)) {
            s.put("type", "object");
            s.set("additionalProperties", schema(((ParameterizedType) type).getActualTypeArguments()[1]));
        } else if (raw.isRecord()) {
            s.put("type", "object");
            ObjectNode props = s.putObject("properties");
            for (RecordComponent c : raw.getRecordComponents()) {
                if (!POSITIONS.contains(c.getName())) {
                    props.set(c.getName(), schema(c.getGenericType()));
                }
            }
            s.put("additionalProperties", false);
        } else {
            throw new IllegalStateException("this is a bug: no schema for " + type);
        }
        return s;
    }
}
