package org.journeymap.testing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.journeymap.finding.Findings;
import org.journeymap.load.YNode;
import org.journeymap.load.YamlReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * YAML as an editor's schema validator sees it: the YAML 1.2 core schema, where plain true,
 * false, null and numbers are typed and everything else is a string.
 */
public final class YamlAsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private YamlAsJson() {
    }

    public static Optional<JsonNode> convert(String yaml) {
        Findings findings = new Findings();
        return new YamlReader().parse(Path.of("example.yaml"), yaml, findings).map(YamlAsJson::json);
    }

    private static JsonNode json(YNode node) {
        if (node instanceof YNode.Mapping m) {
            ObjectNode o = NODES.objectNode();
            m.entries().forEach(e -> o.set(e.key().value(), json(e.value())));
            return o;
        }
        if (node instanceof YNode.Sequence s) {
            ArrayNode a = NODES.arrayNode();
            s.items().forEach(i -> a.add(json(i)));
            return a;
        }
        YNode.Scalar s = (YNode.Scalar) node;
        String v = s.value();
        if (!s.plain()) {
            return NODES.stringNode(v);
        }
        if (NULLS.contains(v)) {
            return NODES.nullNode();
        }
        if (Set.of("true", "True", "TRUE").contains(v)) {
            return NODES.booleanNode(true);
        }
        if (Set.of("false", "False", "FALSE").contains(v)) {
            return NODES.booleanNode(false);
        }
        if (INT.matcher(v).matches()) {
            return NODES.numberNode(new java.math.BigInteger(v.startsWith("+") ? v.substring(1) : v));
        }
        if (FLOAT.matcher(v).matches()) {
            return NODES.numberNode(new java.math.BigDecimal(v.startsWith("+") ? v.substring(1) : v));
        }
        return NODES.stringNode(v);
    }
}
