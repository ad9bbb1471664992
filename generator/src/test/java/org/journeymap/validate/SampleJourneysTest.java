package org.journeymap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.journeymap.Validation;
import org.journeymap.finding.Findings;
import org.journeymap.format.Field;
import org.journeymap.format.FieldType;
import org.journeymap.format.Format;
import org.journeymap.format.ObjectSpec;
import org.journeymap.load.YNode;
import org.journeymap.load.YamlReader;
import org.journeymap.testing.Sites;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;

/** The sample project validates without a single finding and shows every feature of format v1. */
class SampleJourneysTest {

    @Test
    void sampleJourneysAreClean() {
        Validation v = Sources.validate(Sites.sample());
        assertEquals(List.of(), v.findings());
        assertTrue(v.project().journeys().size() >= 5);
        assertTrue(v.project().personas().size() >= 4 && v.project().personas().size() <= 6);
    }

    @Test
    void everyKeyOfTheFormatAppearsAtLeastOnce() throws Exception {
        Set<String> written = new TreeSet<>();
        Set<String> values = new TreeSet<>();
        for (Path file : Sites.files(Sites.sample(), ".yaml")) {
            YNode root = new YamlReader().read(file, new Findings()).orElseThrow();
            collect(root, written, values);
        }
        List<String> missing = new ArrayList<>();
        for (Format.FileKind kind : Format.FileKind.values()) {
            missingKeys(kind.root(), written, missing, new TreeSet<>());
        }
        assertEquals(List.of(), missing, "keys of format v1 that the sample never uses");
        for (String value : List.of("current", "future", "direct", "indirect", "idea", "planned", "in-progress", "done",
                "low", "medium", "high", "higher", "lower", "warning", "off", "true", "false")) {
            assertTrue(values.contains(value), "the sample never uses the value " + value);
        }
    }

    private static void collect(YNode node, Set<String> keys, Set<String> values) {
        if (node instanceof YNode.Mapping m) {
            for (YNode.Entry e : m.entries()) {
                keys.add(e.key().value());
                collect(e.value(), keys, values);
            }
        } else if (node instanceof YNode.Sequence s) {
            s.items().forEach(i -> collect(i, keys, values));
        } else {
            values.add(((YNode.Scalar) node).value());
        }
    }

    private static void missingKeys(ObjectSpec spec, Set<String> written, List<String> missing, Set<String> seen) {
        if (!seen.add(spec.title())) {
            return;
        }
        for (Field f : spec.fields()) {
            if (!written.contains(f.name())) {
                missing.add(spec.title() + "." + f.name());
            }
            FieldType t = f.type();
            while (t instanceof FieldType.ListOf l) {
                t = l.item();
            }
            if (t instanceof FieldType.Obj o) {
                missingKeys(o.spec(), written, missing, seen);
            } else if (t instanceof FieldType.TextOrObj o) {
                missingKeys(o.spec(), written, missing, seen);
            }
        }
        assertFalse(spec.fields().isEmpty());
    }
}
