package dev.editions.normalise;

import dev.editions.read.SourceKind;

/** A stage that reads the shape of plain text, so it does not apply to marked-up sources. */
abstract class PlainTextStage implements Stage {
    @Override
    public final boolean appliesTo(SourceKind kind) {
        return kind == SourceKind.PLAIN_TEXT;
    }
}
