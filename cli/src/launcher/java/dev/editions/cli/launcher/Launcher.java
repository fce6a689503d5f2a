package dev.editions.cli.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@code editions}. Compiled for Java 11 so that {@code java -jar editions.jar} works on an
 * older default JVM. It runs the command in a second JVM: the running one's when it is Java 21 or
 * newer, else the newest JDK 21+ in {@code EDITIONS_JAVA_HOME}, {@code JAVA_HOME} or the usual
 * install folders; with options for a short run, the start-up cache, and the options in
 * {@code EDITIONS_JAVA_OPTS} (more memory: {@code -Xmx4g}), which win over ours.
 */
public final class Launcher {
    private static final int REQUIRED = 21;
    private static final String RELAUNCHED = "editions.launcher.relaunched";
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"([^\"]*)", Pattern.MULTILINE);
    private static final Pattern FEATURE = Pattern.compile("^(\\d+)");

    private Launcher() {
    }

    /**
     * Runs the command in a JVM started with the {@linkplain BatchJvmOptions options for a short run},
     * the {@linkplain StartupCache start-up cache} and {@code EDITIONS_JAVA_OPTS}; on this JVM's
     * {@code java} when it is Java 21 or newer, else on the newest JDK 21+ found. Started from a
     * folder of classes rather than the jar (tests), a JVM 21+ runs the command itself.
     */
    public static void main(String[] args) throws Exception {
        boolean modern = Runtime.version().feature() >= REQUIRED;
        String jar = ownJar();
        if (modern && (System.getProperty(RELAUNCHED) != null || !jar.endsWith(".jar"))) {
            runHere(args);
            return;
        }
        Path java = modern
                ? Paths.get(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java")
                : findJava();
        if (java == null) {
            System.err.println("editions: needs Java " + REQUIRED + " or newer, but this is Java "
                    + Runtime.version().feature() + " and no JDK " + REQUIRED
                    + "+ was found; install one (e.g. Eclipse Temurin 21) or set JAVA_HOME to it");
            System.exit(1);
        }
        Path home = java.toRealPath().getParent().getParent();
        List<String> user = javaOptions();
        StartupCache cache = BatchJvmOptions.choosesSharing(user) ? null
                : StartupCache.find(System.getenv(), Paths.get(jar), home,
                        modern ? Runtime.version().feature() : featureVersion(home),
                        fullVersion(home).isEmpty() && modern ? Runtime.version().toString() : fullVersion(home));
        List<String> jvmOptions = BatchJvmOptions.with(user);
        jvmOptions.add("-D" + RELAUNCHED + "=true");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (cache != null) {
            command.addAll(cache.options());
        }
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        int code = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (code == 0 && cache != null && args.length > 0 && args[0].equals("publish") && cache.missing()) {
            System.err.println("editions: preparing the start-up cache for this jar and Java, once"
                    + " (EDITIONS_STARTUP_CACHE=off skips it)");
            cache.train(java, jvmOptions, jar);
        }
        System.exit(code);
    }

    private static void runHere(String[] args) throws Exception {
        try {
            Class.forName("dev.editions.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }

    /** The JVM options in {@code EDITIONS_JAVA_OPTS}, split at white space (e.g. {@code -Xmx4g -Xss8m}). */
    private static List<String> javaOptions() {
        String value = System.getenv("EDITIONS_JAVA_OPTS");
        List<String> options = new ArrayList<>();
        if (value != null) {
            for (String option : value.trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    private static Path findJava() throws IOException {
        List<Path> homes = new ArrayList<>();
        for (String variable : new String[] {"EDITIONS_JAVA_HOME", "JAVA_HOME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                homes.add(Paths.get(value));
            }
        }
        for (String folder : new String[] {"/usr/lib/jvm", "/opt/java", "/usr/java", "/Library/Java/JavaVirtualMachines"}) {
            Path parent = Paths.get(folder);
            if (Files.isDirectory(parent)) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(parent)) {
                    for (Path child : children) {
                        homes.add(child);
                        homes.add(child.resolve("Contents/Home"));
                    }
                }
            }
        }
        Path best = null;
        int bestVersion = 0;
        for (Path home : homes) {
            int version = featureVersion(home);
            Path java = home.resolve("bin").resolve(File.separatorChar == '\\' ? "java.exe" : "java");
            if (version >= REQUIRED && version > bestVersion && Files.isExecutable(java)) {
                best = java;
                bestVersion = version;
            }
        }
        return best;
    }

    private static int featureVersion(Path home) throws IOException {
        String version = fullVersion(home);
        Matcher matcher = FEATURE.matcher(version);
        if (!matcher.find()) {
            return 0;
        }
        int major = Integer.parseInt(matcher.group(1));
        return major == 1 ? 8 : major;
    }

    /** The JDK's version as its {@code release} file gives it ({@code 25.0.1}), or "" when it has none. */
    private static String fullVersion(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return "";
        }
        Matcher matcher = VERSION.matcher(new String(Files.readAllBytes(release), StandardCharsets.UTF_8));
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Where the launcher's classes were loaded from: the jar, or a folder of classes. */
    private static String ownJar() throws URISyntaxException {
        return Paths.get(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
