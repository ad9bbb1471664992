package org.journeymap.validate;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.journeymap.finding.Findings;
import org.journeymap.model.Journey;

/**
 * What checking each journey's own file found ({@link ProjectValidator#checkJourney}), kept
 * between the runs of a long-lived process (the live preview), so that after an edit of one
 * journey the others are not checked again; their references to other files are looked up again
 * on every run, which is cheap. A journey's findings are kept for the very object it was bound
 * to, and only while site.yaml is the same. Its checks also read the file system (do the images
 * exist?): whoever keeps this must {@link #clear()} it when any file but a journey changes.
 * Thread-safe.
 */
public final class JourneyChecks {

    /** The raw findings of a journey's own file, and the facts that the rest of the checks read. */
    public record Checked(Findings findings, JourneyFacts facts) {
    }

    private final Map<Journey, Checked> byJourney = Collections.synchronizedMap(new IdentityHashMap<>());
    private Object context;

    /** Forgets every journey's findings. */
    public void clear() {
        synchronized (byJourney) {
            byJourney.clear();
            context = null;
        }
    }

    /** Starts a run in this context; a different context forgets everything. */
    void begin(Object current) {
        synchronized (byJourney) {
            if (!current.equals(context)) {
                byJourney.clear();
                context = current;
            }
        }
    }

    Checked get(Journey j) {
        return byJourney.get(j);
    }

    void put(Journey j, Checked c) {
        byJourney.put(j, c);
    }

    /** Forgets the journeys that are no longer in the project. */
    void retain(Collection<Journey> current) {
        Set<Journey> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(current);
        synchronized (byJourney) {
            byJourney.keySet().retainAll(keep);
        }
    }

    int size() {
        return byJourney.size();
    }
}
