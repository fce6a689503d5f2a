package dev.editions.markdown.internal;

import dev.editions.EditionsException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs parsing on a thread of its own with a large, fixed stack, so that how deeply a source may nest
 * does not depend on the caller's thread, and a source that still exhausts the stack becomes an
 * {@link EditionsException} rather than a {@link StackOverflowError}.
 */
final class DeepStack {
    /** Enough for flexmark to parse thousands of nested levels before the reader's own limits apply. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private DeepStack() {
    }

    /**
     * The result of {@code work}, run on a new thread; errors it throws are rethrown here.
     *
     * @throws EditionsException naming {@code source} when the work exhausts its stack or is interrupted
     */
    static <T> T call(String source, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().name("editions-markdown-reader").daemon().stackSize(STACK_BYTES)
                .unstarted(() -> {
                    try {
                        result.set(work.get());
                    } catch (StackOverflowError e) {
                        failure.set(EditionsException.of(source, "the Markdown nests too deeply to be read (lists,"
                                + " quotes, emphasis or links nested thousands of levels deep, or a line of"
                                + " thousands of '*', '-' or '_')"));
                    } catch (RuntimeException | Error e) {
                        failure.set(e);
                    }
                });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw EditionsException.of(source, "reading was interrupted", e);
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
