package dev.editions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs one task per edition, side by side on up to a given number of threads, or one after another
 * on the caller's thread when one thread (or one task) is all there is. Every task runs to its end
 * before this returns; a task's unchecked exception or error is rethrown as it was.
 */
final class EditionTasks {
    private EditionTasks() {
    }

    /** Runs {@code task} for each of {@code indexes}. */
    static void run(List<Integer> indexes, int threads, IntConsumer task) {
        int workers = Math.min(threads, indexes.size());
        if (workers <= 1) {
            indexes.forEach(task::accept);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "editions-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int index : indexes) {
                running.add(pool.submit(() -> task.accept(index)));
            }
            Throwable first = null;
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the editions", e);
        } finally {
            pool.shutdown();
        }
    }
}
