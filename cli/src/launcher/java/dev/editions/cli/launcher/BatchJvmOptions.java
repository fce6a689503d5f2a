package dev.editions.cli.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the command runs with: chosen for a short run that reads one or a few reports and
 * exits, where the time goes to class loading and the first compilation rather than to peak speed.
 * The client compiler alone ({@code -XX:TieredStopAtLevel=1}) and the serial collector halve the
 * processor time of a cold run of the 100,000-word benchmark report and use half the memory (see the
 * README's Performance section). Options the user gives in {@code EDITIONS_JAVA_OPTS} come last, so
 * they win; a collector the user chooses replaces ours (the JVM refuses two).
 */
final class BatchJvmOptions {
    private BatchJvmOptions() {
    }

    /** The options for the child JVM, ours first, then {@code user}'s. */
    static List<String> with(List<String> user) {
        List<String> options = new ArrayList<>();
        if (user.stream().noneMatch(BatchJvmOptions::choosesCompiler)) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (user.stream().noneMatch(BatchJvmOptions::choosesCollector)) {
            options.add("-XX:+UseSerialGC");
        }
        options.addAll(user);
        return options;
    }

    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    private static boolean choosesCompiler(String option) {
        return option.startsWith("-XX:TieredStopAtLevel") || option.equals("-XX:-TieredCompilation")
                || option.equals("-XX:+TieredCompilation") || option.startsWith("-Xint") || option.startsWith("-Xcomp");
    }

    /** Whether {@code user} already chooses how classes are shared, so no start-up cache is added. */
    static boolean choosesSharing(List<String> user) {
        return user.stream().anyMatch(option -> option.startsWith("-Xshare") || option.startsWith("-XX:AOTCache")
                || option.startsWith("-XX:AOTMode") || option.startsWith("-XX:SharedArchiveFile")
                || option.contains("AutoCreateSharedArchive"));
    }
}
