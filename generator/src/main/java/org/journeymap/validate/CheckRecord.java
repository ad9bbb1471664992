package org.journeymap.validate;

import static org.journeymap.cache.RecordBytes.count;
import static org.journeymap.cache.RecordBytes.text;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.model.Journey;
import org.journeymap.model.Position;
import org.journeymap.model.Ref;

/**
 * A journey's {@link JourneyChecks.Checked} as bytes for the build cache: the raw findings of its
 * own file and its {@link JourneyFacts}, every position a line and column in that file. Reading
 * is strict: anything but what {@link #write} wrote reads as nothing, and so does a text with a
 * control character, which no finding has (so a record cannot add a line to a CI log).
 */
public final class CheckRecord {

    private static final String MAGIC = "journeymap checked journey 3";

    private CheckRecord() {
    }

    /** The record of a journey checked in file; empty when something of it lies in another file. */
    public static Optional<byte[]> write(JourneyChecks.Checked checked, Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, MAGIC);
            List<Finding> raw = checked.findings().raw();
            out.writeInt(raw.size());
            for (Finding f : raw) {
                if (!f.at().file().equals(file)) {
                    return Optional.empty();
                }
                text(out, f.rule().id());
                out.writeInt(f.at().line());
                out.writeInt(f.at().column());
                text(out, f.message());
            }
            JourneyFacts facts = checked.facts();
            text(out, facts.id());
            text(out, facts.state().name());
            out.writeBoolean(facts.baselineId() != null);
            if (facts.baselineId() != null) {
                text(out, facts.baselineId());
            }
            for (List<Ref> refs : List.of(facts.personas(), facts.baseline() == null ? List.<Ref>of()
                    : List.of(facts.baseline()), facts.related(), facts.touchpoints())) {
                out.writeInt(refs.size());
                for (Ref r : refs) {
                    if (!r.at().file().equals(file)) {
                        return Optional.empty();
                    }
                    text(out, r.id());
                    out.writeInt(r.at().line());
                    out.writeInt(r.at().column());
                }
            }
            out.writeInt(facts.stageIds().size());
            for (String stage : facts.stageIds()) {
                text(out, stage);
            }
            out.writeInt(facts.stepMetrics().size());
            for (Map.Entry<String, Map<String, Position>> step : facts.stepMetrics().entrySet()) {
                text(out, step.getKey());
                out.writeInt(step.getValue().size());
                for (Map.Entry<String, Position> m : step.getValue().entrySet()) {
                    if (!m.getValue().file().equals(file)) {
                        return Optional.empty();
                    }
                    text(out, m.getKey());
                    out.writeInt(m.getValue().line());
                    out.writeInt(m.getValue().column());
                }
            }
            out.writeInt(facts.unmeasuredMoments().size());
            for (JourneyFacts.Moment m : facts.unmeasuredMoments()) {
                if (!m.at().file().equals(file)) {
                    return Optional.empty();
                }
                text(out, m.step());
                text(out, m.name());
                out.writeInt(m.at().line());
                out.writeInt(m.at().column());
            }
        } catch (IOException e) {
            return Optional.empty(); // a ByteArrayOutputStream does not fail
        }
        return Optional.of(bytes.toByteArray());
    }

    /** What {@link #write} wrote, with its positions in file; empty for anything else. */
    public static Optional<JourneyChecks.Checked> read(byte[] bytes, Path file) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (!text(in).equals(MAGIC)) {
                return Optional.empty();
            }
            Findings findings = new Findings();
            int count = count(in);
            for (int i = 0; i < count; i++) {
                Rule rule = Rule.byId(text(in)).orElseThrow(() -> new IllegalArgumentException("no such rule"));
                Position at = position(in, file);
                findings.add(rule, at, text(in));
            }
            String id = text(in);
            Journey.State state = Journey.State.valueOf(text(in));
            String baselineId = in.get() != 0 ? text(in) : null;
            List<Ref> personas = refs(in, file);
            List<Ref> baseline = refs(in, file);
            List<Ref> related = refs(in, file);
            List<Ref> touchpoints = refs(in, file);
            int stageCount = count(in);
            List<String> stageIds = new ArrayList<>(stageCount);
            for (int i = 0; i < stageCount; i++) {
                stageIds.add(text(in));
            }
            int stepCount = count(in);
            Map<String, Map<String, Position>> stepMetrics = new LinkedHashMap<>();
            for (int i = 0; i < stepCount; i++) {
                String step = text(in);
                int metricCount = count(in);
                Map<String, Position> metrics = new LinkedHashMap<>();
                for (int k = 0; k < metricCount; k++) {
                    String metric = text(in);
                    metrics.put(metric, position(in, file));
                }
                stepMetrics.put(step, metrics);
            }
            int momentCount = count(in);
            List<JourneyFacts.Moment> moments = new ArrayList<>(momentCount);
            for (int i = 0; i < momentCount; i++) {
                moments.add(new JourneyFacts.Moment(text(in), text(in), position(in, file)));
            }
            if (in.hasRemaining() || baseline.size() > 1) {
                return Optional.empty();
            }
            return Optional.of(new JourneyChecks.Checked(findings, new JourneyFacts(id, state, baselineId, personas,
                    baseline.isEmpty() ? null : baseline.get(0), related, touchpoints, stageIds, stepMetrics, moments)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Ref> refs(ByteBuffer in, Path file) {
        int count = count(in);
        List<Ref> refs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = text(in);
            refs.add(new Ref(id, position(in, file)));
        }
        return refs;
    }

    private static Position position(ByteBuffer in, Path file) {
        int line = in.getInt();
        int column = in.getInt();
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("not a position");
        }
        return new Position(file, line, column);
    }
}
