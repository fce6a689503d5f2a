package dev.editions;

import java.util.List;

/** Turns the diagnostics of a strict run into the error that refuses it. */
final class Strictness {
    private Strictness() {
    }

    /** The error listing every diagnostic, one per line after the first. */
    static EditionsException refusal(String source, List<Diagnostic> diagnostics) {
        return EditionsException.withDetails(source, "refused in strict mode: " + diagnostics.size()
                + (diagnostics.size() == 1 ? " warning" : " warnings"),
                diagnostics.stream().map(Diagnostic::format).toList());
    }
}
