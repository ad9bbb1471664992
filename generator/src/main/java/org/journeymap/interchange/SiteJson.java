package org.journeymap.interchange;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.journeymap.model.Project;
import org.journeymap.schema.JsonSchemaWriter;
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
    private static final Set<String> POSITIONS = Set.of("at", "positions", "reachAt", "avatarAt", "sourceRoot");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SiteJson() {
    }

    public static String json(Project project) {
        ObjectNode root = (ObjectNode) value(project);
        root.put("formatVersion", org.journeymap.format.Format.VERSION);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    public static String schema() {
        ObjectNode s = (ObjectNode) schema(Project.class);
        ObjectNode root = NODES.objectNode();
        root.put("$schema", JsonSchemaWriter.DIALECT);
        root.put("$id", "urn:journeymap:site-json:1");
        root.put("title", "journeymap site.json: the validated model of a source folder");
        root.setAll(s);
        ((ObjectNode) root.get("properties")).putObject("formatVersion").put("type", "integer");
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof String s) {
            return NODES.stringNode(s);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer || v instanceof Long) {
            return NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        if (v instanceof Enum<?> e) {
            return NODES.stringNode(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (v instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            c.forEach(x -> a.add(value(x)));
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
            return o;
        }
        if (v.getClass().isRecord()) {
            ObjectNode o = NODES.objectNode();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                if (POSITIONS.contains(c.getName())) {
                    continue;
                }
                try {
                    Object x = c.getAccessor().invoke(v);
                    if (x != null) {
                        o.set(c.getName(), value(x));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("this is a bug: cannot read " + c, e);
                }
            }
            return o;
        }
        throw new IllegalStateException("this is a bug: no JSON for " + v.getClass());
    }

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
                e.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'));
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
