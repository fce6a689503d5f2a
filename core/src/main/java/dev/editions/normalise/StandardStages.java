package dev.editions.normalise;

import java.util.List;

/** The standard normaliser stages in their standard order. */
final class StandardStages {
    private StandardStages() {
    }

    static List<Stage> all() {
        return List.of();
    }
}
