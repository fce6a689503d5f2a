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
 * older default JVM: when the running JVM is older than 21 it looks for a JDK 21+ in
 * {@code EDITIONS_JAVA_HOME}, {@code JAVA_HOME} and the usual install folders, and runs the jar
 * again with that JDK's {@code java}. JVM options in {@code EDITIONS_JAVA_OPTS} (more memory:
 * {@code -Xmx4g}) are applied the same way, by running the jar again with them.
 */
public final class Launcher {
    private static final int REQUIRED = 21;
    private static final String RELAUNCHED = "editions.launcher.relaunched";
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private Launcher() {
    }

    /** Runs the command, on this JVM or on a newer one, with {@code EDITIONS_JAVA_OPTS} if set. */
    public static void main(String[] args) throws Exception {
        List<String> options = javaOptions();
        boolean relaunched = System.getProperty(RELAUNCHED) != null;
        if (Runtime.version().feature() >= REQUIRED && (options.isEmpty() || relaunched)) {
            try {
                Class.forName("dev.editions.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception) {
                    throw (Exception) e.getCause();
                }
                throw e;
            }
            return;
        }
        Path java = Runtime.version().feature() >= REQUIRED
                ? Paths.get(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java")
                : findJava();
        if (java == null) {
            System.err.println("editions: needs Java " + REQUIRED + " or newer, but this is Java "
                    + Runtime.version().feature() + " and no JDK " + REQUIRED
                    + "+ was found; install one (e.g. Eclipse Temurin 21) or set JAVA_HOME to it");
            System.exit(1);
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-jar");
        command.add(ownJar());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        System.exit(process.waitFor());
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
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Matcher matcher = VERSION.matcher(new String(Files.readAllBytes(release), StandardCharsets.UTF_8));
        if (!matcher.find()) {
            return 0;
        }
        int major = Integer.parseInt(matcher.group(1));
        return major == 1 ? 8 : major;
    }

    private static String ownJar() throws URISyntaxException {
        return Paths.get(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
