package org.journeymap.render;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * One kind of file the site is made of (a journey's page, the portfolio, the search index...):
 * whose it is, what it reads, what it writes and how it is rendered. Every kind is listed in
 * {@link Outputs}; the renderer, the build cache and the live preview all ask that list, so a new
 * kind of page is one class there, one template and its labels.
 *
 * <p>What a kind declares that it reads decides when it is rendered again: an output whose inputs
 * hold the same bytes as when it was last written is taken from the last build instead. So a kind
 * must read nothing it does not declare; OutputContractTest edits each kind of source file and
 * checks that every output whose declared inputs did not change kept its bytes.
 */
public interface Output {

    /** Whose output it is: one per journey, one per persona, one for the site, or the diff page's. */
    enum Scope {
        JOURNEY, PERSONA, SITE, DIFF
    }

    /**
     * The source files an output may read. Every output also reads the tool that writes it and
     * the build's options; none reads the clock or the folder it is built in.
     */
    enum Input {
        /** The file of the output's own journey or persona. */
        SUBJECT,
        /**
         * Of a journey: the journeys it names (related, its baseline) and those that name it as
         * their baseline. Of a persona: the journeys it is in and their baselines.
         */
        NEIGHBOURS,
        /** Every journey file. */
        JOURNEYS,
        /** Every file under personas/. */
        PERSONAS,
        /** touchpoints.yaml. */
        TOUCHPOINTS,
        /** site.yaml. */
        SITE,
        /** The project's templates/ (theme overrides). */
        TEMPLATES,
        /** The project's static/ (theme files). */
        STATIC,
        /**
         * The measured values (measurements/): of a journey's output, the rows of its journey and
         * of its neighbours, and the project's newest date (against which series grow stale); of
         * any other output, every measurement file.
         */
        MEASUREMENTS,
        /**
         * The history from git (format v1, section 10): of a journey's output, that journey's
         * entries; of any other output, every journey's (the commit the history was read at).
         */
        HISTORY,
        /** Every other file in the source folder: the images that pages show. */
        FILES
    }

    /** A short name, unique in {@link Outputs}: it keys the output's record in the build cache. */
    String name();

    Scope scope();

    /** What it reads: anything else may change without changing its bytes. */
    Set<Input> reads();

    /** The paths it writes, {id} standing for its journey's or persona's id. */
    List<String> writes();

    /** The theme's templates it renders through (none for data files). */
    default List<String> templates() {
        return List.of();
    }

    /** Whether a journey or persona has this output at all (only a future state has a compare page). */
    default boolean appliesTo(Pages pages, String id) {
        return true;
    }

    /**
     * Whether it is written after every other output: the images are the ones the pages showed,
     * which is known only once they are rendered.
     */
    default boolean afterPages() {
        return false;
    }

    /** Writes the output of one journey or persona (by id), or of the site (id null). */
    void render(Pages pages, String id) throws IOException, RenderException;
}
