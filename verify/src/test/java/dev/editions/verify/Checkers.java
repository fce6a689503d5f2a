package dev.editions.verify;

import dev.editions.check.EditionChecker;
import dev.editions.check.Verifier;
import dev.editions.write.EditionWriters;
import java.util.List;
import java.util.Optional;

/** The checkers the tests run: every one on the class path, with DAISY Ace as if not installed. */
final class Checkers {
    private Checkers() {
    }

    static Verifier verifier() {
        List<EditionChecker> checkers = Verifier.discover(EditionWriters.discover(), "Editions test").checkers()
                .stream().map(checker -> checker instanceof AceChecker ? new AceChecker(Optional.empty())
                        : checker instanceof MarkdownlintChecker ? new MarkdownlintChecker(Optional.empty()) : checker)
                .toList();
        return new Verifier(EditionWriters.discover(), checkers, "Editions test");
    }
}
