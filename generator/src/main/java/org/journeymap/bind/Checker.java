package org.journeymap.bind;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.finding.Suggestions;
import org.journeymap.format.Field;
import org.journeymap.format.FieldType;
import org.journeymap.format.Format;
import org.journeymap.format.Ids;
import org.journeymap.format.ImagePath;
import org.journeymap.format.LinkPolicy;
import org.journeymap.format.ObjectSpec;
import org.journeymap.load.Text;
import org.journeymap.load.YNode;
import org.journeymap.model.Numbers;
import org.journeymap.model.Position;

/**
 * Checks a node tree against the format's description and keeps what is valid. Every problem
 * becomes a finding at the offending value, with what to write instead.
 */
final class Checker {

    /** YAML 1.2 core schema numbers in decimal notation; a quoted number is accepted too. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE");

    private final Findings findings;

    Checker(Findings findings) {
        this.findings = findings;
    }

    /** Checks a file's root; an empty file counts as an empty mapping. */
    Value.Map checkRoot(Optional<YNode> root, ObjectSpec spec, Position fileStart) {
        YNode node = root.orElse(new YNode.Mapping(List.of(), fileStart));
        if (node instanceof YNode.Scalar s && s.isNull()) {
            node = new YNode.Mapping(List.of(), fileStart);
        }
        if (!(node instanceof YNode.Mapping mapping)) {
            findings.add(Rule.WRONG_TYPE, node.at(), "the file must hold " + spec.named()
                    + " as a mapping of keys (" + String.join(", ", spec.keys()) + "), not " + YNode.describe(node));
            return new Value.Map(Map.of(), Map.of(), fileStart);
        }
        return object(mapping, spec);
    }

    Value.Map object(YNode.Mapping mapping, ObjectSpec spec) {
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Position> keyAt = new LinkedHashMap<>();
        for (YNode.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            Optional<Field> field = spec.field(key);
            if (field.isEmpty()) {
                findings.add(Rule.UNKNOWN_KEY, entry.key().at(), "unknown key '" + Text.forMessage(key) + "' in "
                        + spec.named() + Suggestions.hint(key, spec.keys()));
                continue;
            }
            keyAt.put(key, entry.key().at());
            if (isNull(entry.value())) {
                findings.add(Rule.MISSING_KEY, entry.key().at(), "'" + key + "' is empty; " + (field.get().required()
                        ? spec.named() + " needs it: " + lowerFirst(field.get().description())
                        : "write a value or remove the line"));
                continue;
            }
            check(entry.value(), field.get().type(), key).ifPresent(v -> entries.put(key, v));
        }
        for (Field f : spec.fields()) {
            if (f.required() && !keyAt.containsKey(f.name())) {
                findings.add(Rule.MISSING_KEY, mapping.at(), spec.named() + " needs '" + f.name() + "': "
                        + lowerFirst(f.description()));
            }
        }
        if (!spec.exactlyOne().isEmpty()) {
            List<String> written = spec.exactlyOne().stream().filter(keyAt::containsKey).toList();
            if (written.isEmpty()) {
                findings.add(Rule.MISSING_KEY, mapping.at(), spec.named() + " needs '"
                        + String.join("' or '", spec.exactlyOne()) + "'");
            } else if (written.size() > 1) {
                findings.add(Rule.CONFLICTING_KEYS, keyAt.get(written.get(1)), "write either '"
                        + String.join("' or '", written) + "', not both");
            }
        }
        return new Value.Map(entries, keyAt, mapping.at());
    }

    private Optional<Value> check(YNode node, FieldType type, String name) {
        if (type instanceof FieldType.Text t) {
            return text(node, name, t.markdown()).map(v -> v);
        } else if (type instanceof FieldType.Url) {
            return text(node, name, false).filter(v -> url(v, name)).map(v -> v);
        } else if (type instanceof FieldType.Id) {
            return text(node, name, false).filter(v -> id(v, name)).map(v -> v);
        } else if (type instanceof FieldType.Image) {
            return text(node, name, false).filter(this::image).map(v -> v);
        } else if (type instanceof FieldType.LanguageTag) {
            return text(node, name, false).filter(this::language).map(v -> v);
        } else if (type instanceof FieldType.Choice c) {
            return text(node, name, false).filter(v -> choice(v, c.values(), name)).map(v -> v);
        } else if (type instanceof FieldType.Num n) {
            return number(node, name, n).map(v -> v);
        } else if (type instanceof FieldType.Bool) {
            return bool(node, name);
        } else if (type instanceof FieldType.ListOf l) {
            return list(node, l, name);
        } else if (type instanceof FieldType.Obj o) {
            return mapping(node, name, o.spec().named()).map(m -> object(m, o.spec()));
        } else if (type instanceof FieldType.MapOf m) {
            return map(node, m, name);
        } else if (type instanceof FieldType.TextOrObj t) {
            return node instanceof YNode.Mapping m ? Optional.of(object(m, t.spec())) : text(node, name, false).map(v -> v);
        } else if (type instanceof FieldType.NumOrMap) {
            return node instanceof YNode.Mapping
                    ? map(node, new FieldType.MapOf(FieldType.KeyKind.ID, new FieldType.Num(null, null, false)), name)
                    : number(node, name, new FieldType.Num(null, null, false)).map(v -> v);
        }
        throw new IllegalStateException("this is a bug: no check for " + type);
    }

    private Optional<Value.Txt> text(YNode node, String name, boolean markdown) {
        if (!(node instanceof YNode.Scalar s)) {
            findings.add(Rule.WRONG_TYPE, node.at(), "'" + name + "' takes text, not " + YNode.describe(node)
                    + (node instanceof YNode.Sequence ? "; write one line of text" : "; quote the value"));
            return Optional.empty();
        }
        String value = s.value();
        if (!markdown) {
            value = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
            if (value.indexOf('\n') >= 0) {
                findings.add(Rule.WRONG_TYPE, node.at(), "'" + name
                        + "' takes a single line of text; join the lines or use a Markdown field such as description");
                return Optional.empty();
            }
        }
        return Optional.of(new Value.Txt(value, s.at()));
    }

    private boolean url(Value.Txt v, String name) {
        String notAllowed = "'" + Text.forMessage(v.text()) + "' is not allowed in '" + name + "': only "
                + LinkPolicy.describe() + " links are; write a full address such as https://example.com/page";
        if (LinkPolicy.hasScheme(v.text()) && !LinkPolicy.allowsAddress(v.text())) {
            findings.add(Rule.INVALID_URL, v.at(), notAllowed);
            return false;
        }
        try {
            new URI(v.text().strip());
        } catch (URISyntaxException e) {
            findings.add(Rule.INVALID_URL, v.at(), "'" + name + "' is not a valid URL (" + Text.forMessage(e.getReason())
                    + "); write a full address such as https://example.com/page");
            return false;
        }
        if (!LinkPolicy.allowsAddress(v.text())) {
            findings.add(Rule.INVALID_URL, v.at(), notAllowed);
            return false;
        }
        return true;
    }

    private boolean id(Value.Txt v, String name) {
        if (Ids.isValid(v.text())) {
            return true;
        }
        String reason = v.text().length() > Ids.MAX_LENGTH ? "is longer than " + Ids.MAX_LENGTH + " characters"
                : "may hold only lower-case letters, digits and single hyphens";
        findings.add(Rule.INVALID_ID, v.at(), "the id '" + Text.forMessage(v.text()) + "' in '" + name + "' " + reason
                + "; write '" + Ids.suggest(v.text()) + "'");
        return false;
    }

    private boolean image(Value.Txt v) {
        if (!ImagePath.isImageName(v.text())) {
            findings.add(Rule.INVALID_ASSET, v.at(), "'" + Text.forMessage(v.text())
                    + "' is not an image; use a file ending in ." + String.join(", .", Format.IMAGE_EXTENSIONS));
            return false;
        }
        return true;
    }

    private boolean language(Value.Txt v) {
        try {
            new Locale.Builder().setLanguageTag(v.text());
            return true;
        } catch (IllformedLocaleException e) {
            findings.add(Rule.INVALID_VALUE, v.at(), "'" + Text.forMessage(v.text())
                    + "' is not a BCP 47 language tag; write one such as en, pl, ru or pt-BR");
            return false;
        }
    }

    private boolean choice(Value.Txt v, List<String> values, String name) {
        if (values.contains(v.text())) {
            return true;
        }
        findings.add(Rule.INVALID_VALUE, v.at(), "'" + Text.forMessage(v.text()) + "' is not a valid value for '" + name
                + "'" + Suggestions.hint(v.text(), values));
        return false;
    }

    private Optional<Value.Num> number(YNode node, String name, FieldType.Num type) {
        if (!(node instanceof YNode.Scalar s)) {
            findings.add(Rule.WRONG_TYPE, node.at(), "'" + name + "' takes a number, not " + YNode.describe(node));
            return Optional.empty();
        }
        String text = s.value().trim();
        if (NOT_FINITE.matcher(text).matches()) {
            findings.add(Rule.INVALID_NUMBER, s.at(), "'" + name + "' must be a finite number, not "
                    + Text.forMessage(text) + "; write a number" + range(type));
            return Optional.empty();
        }
        if (!NUMBER.matcher(text).matches()) {
            findings.add(Rule.WRONG_TYPE, s.at(), "'" + name + "' takes a number, not '" + Text.forMessage(s.value())
                    + "'; write a number" + range(type));
            return Optional.empty();
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            findings.add(Rule.INVALID_NUMBER, s.at(), "'" + name + "' is too large to be a number we can use");
            return Optional.empty();
        }
        if (type.integer() && !INTEGER.matcher(text).matches() && value != Math.rint(value)) {
            findings.add(Rule.INVALID_NUMBER, s.at(), "'" + name + "' must be a whole number, not "
                    + Text.forMessage(text) + "; write " + Numbers.format(Math.round(value)));
            return Optional.empty();
        }
        if ((type.min() != null && value < type.min()) || (type.max() != null && value > type.max())) {
            findings.add(Rule.INVALID_NUMBER, s.at(), "'" + name + "' is " + Text.forMessage(text) + "; write a number"
                    + range(type));
            return Optional.empty();
        }
        return Optional.of(new Value.Num(value, s.at()));
    }

    private static String range(FieldType.Num type) {
        if (type.min() != null && type.max() != null) {
            return " from " + Numbers.format(type.min()) + " to " + Numbers.format(type.max());
        }
        if (type.min() != null) {
            return " of " + Numbers.format(type.min()) + " or more";
        }
        return type.integer() ? " (a whole number)" : "";
    }

    private Optional<Value> bool(YNode node, String name) {
        if (node instanceof YNode.Scalar s && TRUE.contains(s.value())) {
            return Optional.of(new Value.Bool(true, s.at()));
        }
        if (node instanceof YNode.Scalar s && FALSE.contains(s.value())) {
            return Optional.of(new Value.Bool(false, s.at()));
        }
        findings.add(Rule.WRONG_TYPE, node.at(), "'" + name + "' takes true or false, not " + YNode.describe(node));
        return Optional.empty();
    }

    private Optional<Value> list(YNode node, FieldType.ListOf type, String name) {
        List<YNode> items;
        if (node instanceof YNode.Sequence seq) {
            items = seq.items();
        } else if (type.singleAllowed() && node instanceof YNode.Scalar) {
            items = List.of(node);
        } else {
            findings.add(Rule.WRONG_TYPE, node.at(), "'" + name + "' takes a list, not " + YNode.describe(node)
                    + "; write each item on its own line starting with '- '");
            return Optional.empty();
        }
        if (type.nonEmpty() && items.isEmpty()) {
            findings.add(Rule.MISSING_KEY, node.at(), "'" + name + "' needs at least one item");
            return Optional.empty();
        }
        List<Value> values = new ArrayList<>();
        for (YNode item : items) {
            if (isNull(item)) {
                findings.add(Rule.WRONG_TYPE, item.at(), "an empty item in '" + name + "'; write a value or remove the '-'");
                continue;
            }
            check(item, type.item(), name).ifPresent(values::add);
        }
        return Optional.of(new Value.Lst(List.copyOf(values), node.at()));
    }

    private Optional<YNode.Mapping> mapping(YNode node, String name, String what) {
        if (node instanceof YNode.Mapping m) {
            return Optional.of(m);
        }
        findings.add(Rule.WRONG_TYPE, node.at(), "'" + name + "' takes " + what + " written as keys and values, not "
                + YNode.describe(node));
        return Optional.empty();
    }

    private Optional<Value> map(YNode node, FieldType.MapOf type, String name) {
        Optional<YNode.Mapping> mapping = mapping(node, name, "a mapping");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Position> keyAt = new LinkedHashMap<>();
        for (YNode.Entry e : mapping.get().entries()) {
            String key = e.key().value();
            if (!validKey(e.key(), type.keyKind(), name)) {
                continue;
            }
            keyAt.put(key, e.key().at());
            if (isNull(e.value())) {
                findings.add(Rule.MISSING_KEY, e.key().at(), "'" + Text.forMessage(key) + "' in '" + name
                        + "' has no value; write one or remove the line");
                continue;
            }
            check(e.value(), type.value(), key).ifPresent(v -> entries.put(key, v));
        }
        return Optional.of(new Value.Map(entries, keyAt, node.at()));
    }

    private boolean validKey(YNode.Scalar key, FieldType.KeyKind kind, String name) {
        String k = key.value();
        switch (kind) {
            case INTEGER -> {
                if (!INTEGER.matcher(k.trim()).matches()) {
                    findings.add(Rule.WRONG_TYPE, key.at(), "the keys of '" + name + "' are whole numbers, not '"
                            + Text.forMessage(k) + "'");
                    return false;
                }
                return true;
            }
            case ID -> {
                return id(new Value.Txt(k, key.at()), name);
            }
            case RULE -> {
                Optional<Rule> rule = Rule.byId(k);
                if (rule.isEmpty()) {
                    findings.add(Rule.UNKNOWN_RULE, key.at(), "unknown rule '" + Text.forMessage(k) + "'"
                            + Suggestions.hint(k, Rule.configurableIds()));
                    return false;
                }
                if (!rule.get().configurable()) {
                    findings.add(Rule.INVALID_VALUE, key.at(), "the rule '" + k + "' checks the structure of the files and"
                            + " is always an error; remove this line (rules that can change: "
                            + String.join(", ", Rule.configurableIds()) + ")");
                    return false;
                }
                return true;
            }
            default -> {
                if (k.isBlank()) {
                    findings.add(Rule.WRONG_TYPE, key.at(), "an empty key in '" + name + "'; write a label");
                    return false;
                }
                return true;
            }
        }
    }

    private static boolean isNull(YNode node) {
        return node instanceof YNode.Scalar s && s.isNull();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
