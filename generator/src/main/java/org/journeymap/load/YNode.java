package org.journeymap.load;

import java.util.List;
import java.util.Set;
import org.journeymap.model.Position;

/**
 * A YAML node as written, with its position. Scalars stay text: whether "012" is a number is
 * decided later by the field that holds it, never by YAML's implicit typing.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Mapping, YNode.Sequence {

    Position at();

    /** A scalar; plain is true when it was written without quotes or block style. */
    record Scalar(String value, boolean plain, Position at) implements YNode {

        private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

        /** A plain empty value, ~ or null: nothing was written. */
        public boolean isNull() {
            return plain && NULLS.contains(value);
        }
    }

    record Entry(Scalar key, YNode value) {
    }

    record Mapping(List<Entry> entries, Position at) implements YNode {
    }

    record Sequence(List<YNode> items, Position at) implements YNode {
    }

    /** Describes the node's kind for messages: "text", "a list", "a mapping". */
    static String describe(YNode node) {
        if (node instanceof Scalar s) {
            return s.isNull() ? "nothing" : "'" + Text.forMessage(s.value()) + "'";
        }
        return node instanceof Sequence ? "a list" : "a mapping";
    }
}
