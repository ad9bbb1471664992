package org.journeymap.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent pieces of work on all cores and gives their results in input order. A failure
 * stops the rest and is rethrown as it was; with several, the one of the earliest input, so the
 * same input always reports the same failure.
 */
public final class Parallel {

    /** One piece of work; X is the checked exception it may throw. */
    @FunctionalInterface
    public interface Work<I, O, X extends Exception> {
        O apply(I input) throws X;
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private Parallel() {
    }

    /** The number of threads used: one per core. */
    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** work applied to every input, on all cores; results in input order. */
    @SuppressWarnings("unchecked")
    public static <I, O, X extends Exception> List<O> map(List<I> inputs, Work<I, O, X> work) throws X {
        int threads = Math.min(inputs.size(), threads());
        if (threads <= 1) {
            List<O> results = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                results.add(work.apply(input));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "journeymap-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<O>> futures = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                futures.add(pool.submit(() -> work.apply(input)));
            }
            Object[] results = new Object[inputs.size()];
            for (int i = 0; i < results.length; i++) {
                try {
                    results[i] = futures.get(i).get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(true));
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    // work.apply throws only X or unchecked exceptions
                    throw (X) cause;
                }
            }
            return (List<O>) Arrays.asList(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on all cores", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
