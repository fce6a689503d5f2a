package dev.editions.cli;

import dev.editions.normalise.Normaliser;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Turns the {@code --no-STAGE} switches a command was given into a {@link Normaliser}. */
final class NormaliseOptions {
    private NormaliseOptions() {
    }

    static Normaliser normaliser(CommandSpec spec) {
        List<String> skipped = new ArrayList<>();
        for (String stage : Normaliser.standard().names()) {
            OptionSpec option = spec.findOption("--no-" + stage);
            if (option != null && Boolean.TRUE.equals(option.getValue())) {
                skipped.add(stage);
            }
        }
        return Normaliser.standard().without(skipped.toArray(String[]::new));
    }
}
