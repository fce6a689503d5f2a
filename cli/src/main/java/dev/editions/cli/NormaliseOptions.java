package dev.editions.cli;

import dev.editions.normalise.Normaliser;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Reads the {@code --no-STAGE} switches a command was given. */
final class NormaliseOptions {
    private NormaliseOptions() {
    }

    /** The names of the stages switched off. */
    static List<String> skipped(CommandSpec spec) {
        List<String> skipped = new ArrayList<>();
        for (String stage : Normaliser.standard().names()) {
            OptionSpec option = spec.findOption("--no-" + stage);
            if (option != null && Boolean.TRUE.equals(option.getValue())) {
                skipped.add(stage);
            }
        }
        return skipped;
    }

    /** The standard normaliser without the stages switched off. */
    static Normaliser normaliser(CommandSpec spec) {
        return Normaliser.standard().without(skipped(spec).toArray(String[]::new));
    }
}
