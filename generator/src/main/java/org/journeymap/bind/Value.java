package org.journeymap.bind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.model.Position;

/**
 * A value that has passed the format's checks. Anything that failed was reported and left out,
 * so code that builds the model can trust what it finds here.
 */
sealed interface Value permits Value.Txt, Value.Num, Value.Bool, Value.Lst, Value.Map {

    Position at();

    record Txt(String text, Position at) implements Value {
    }

    record Num(double value, Position at) implements Value {
    }

    record Bool(boolean value, Position at) implements Value {
    }

    record Lst(List<Value> items, Position at) implements Value {
    }

    /** An object or a map; entries keep the written order. */
    record Map(java.util.Map<String, Value> entries, java.util.Map<String, Position> keyAt, Position at)
            implements Value {

        Optional<Value> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        String text(String key) {
            return entries.get(key) instanceof Txt t ? t.text() : null;
        }

        Double number(String key) {
            return entries.get(key) instanceof Num n ? n.value() : null;
        }

        boolean bool(String key) {
            return entries.get(key) instanceof Bool b && b.value();
        }

        Position at(String key) {
            Value v = entries.get(key);
            return v != null ? v.at() : keyAt.getOrDefault(key, at);
        }

        List<Value> list(String key) {
            return entries.get(key) instanceof Lst l ? l.items() : List.of();
        }

        List<String> texts(String key) {
            return list(key).stream().map(v -> ((Txt) v).text()).toList();
        }

        List<Map> maps(String key) {
            return list(key).stream().filter(Map.class::isInstance).map(Map.class::cast).toList();
        }

        /** Where each written key's value starts, kept compact: the model keeps it. */
        java.util.Map<String, Position> positions() {
            java.util.Map<String, Position> at = new java.util.LinkedHashMap<>();
            keyAt.keySet().forEach(k -> at.put(k, at(k)));
            return org.journeymap.model.Positions.of(at);
        }

        Map map(String key) {
            return entries.get(key) instanceof Map m ? m : null;
        }
    }
}
