package dev.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors tell the truth: every library module has one, none exports an
 * {@code internal} package or a package it does not have, and the services each provides are those
 * its {@code META-INF/services} files list, so the class path and the module path find the same
 * writers, readers and checkers.
 */
class ModuleDescriptorsTest {
    /**
     * Modules without a descriptor, and why: Maven 3's own API splits {@code org.apache.maven.plugin}
     * between maven-core and maven-plugin-api, so a plugin cannot be a named module (Maven loads
     * plugins on a class path anyway); the benchmarks and the samples are not published libraries.
     */
    private static final Set<String> WITHOUT_DESCRIPTOR = Set.of("maven-plugin", "benchmarks", "samples",
            "samples/third-party-writer");

    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern PROVIDES =
            Pattern.compile("provides\\s+([\\w.]+)\\s+with\\s+([\\w.,\\s]+?);", Pattern.DOTALL);

    @Test
    void everyLibraryModuleHasADescriptor() throws IOException {
        Map<String, List<Path>> modules = BuildSources.main().stream()
                .collect(Collectors.groupingBy(BuildSources::moduleOf, TreeMap::new, Collectors.toList()));
        assertTrue(modules.size() >= 8, "the scan found the build's modules: " + modules.keySet());
        List<String> missing = new ArrayList<>();
        for (var module : modules.entrySet()) {
            boolean described = module.getValue().stream()
                    .anyMatch(p -> p.getFileName().toString().equals("module-info.java"));
            if (described == WITHOUT_DESCRIPTOR.contains(module.getKey())) {
                missing.add(module.getKey() + (described ? " has a descriptor it is listed without" : " has none"));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void descriptorsExportOnlyTheirOwnPublicPackagesAndProvideWhatTheServiceFilesList() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path descriptor : descriptors()) {
            Path module = descriptor.getParent().getParent().getParent().getParent();
            String name = BuildSources.ROOT.relativize(module).toString().replace('\\', '/');
            problems.addAll(problems(name, Files.readString(descriptor), packages(descriptor.getParent()),
                    serviceFiles(module.resolve("src/main/resources/META-INF/services"))));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckSeesEachKindOfDrift() {
        String descriptor = """
                module x {
                    exports a.b;
                    exports a.b.internal;
                    exports a.gone;
                    provides s.Writer with a.b.One,
                            a.b.Two;
                }
                """;
        Set<String> packages = Set.of("a.b", "a.b.internal");
        Map<String, Set<String>> services = Map.of("s.Writer", Set.of("a.b.One", "a.b.Three"),
                "s.Checker", Set.of("a.b.Check"));
        assertEquals(List.of(
                        "m exports an internal package a.b.internal",
                        "m exports a.gone, which it does not have",
                        "m provides s.Checker with [] but its service file lists [a.b.Check]",
                        "m provides s.Writer with [a.b.One, a.b.Two] but its service file lists [a.b.One, a.b.Three]"),
                problems("m", descriptor, packages, services));
        assertEquals(List.of(), problems("m", "module x { exports a.b; provides s.Writer with a.b.One; }",
                packages, Map.of("s.Writer", Set.of("a.b.One"))));
    }

    static List<String> problems(String module, String descriptor, Set<String> packages,
            Map<String, Set<String>> serviceFiles) {
        List<String> problems = new ArrayList<>();
        Matcher exports = EXPORTS.matcher(descriptor);
        while (exports.find()) {
            String exported = exports.group(1);
            if (exported.endsWith(".internal") || exported.contains(".internal.")) {
                problems.add(module + " exports an internal package " + exported);
            } else if (!packages.contains(exported)) {
                problems.add(module + " exports " + exported + ", which it does not have");
            }
        }
        Map<String, Set<String>> provided = new TreeMap<>();
        Matcher provides = PROVIDES.matcher(descriptor);
        while (provides.find()) {
            provided.put(provides.group(1), new TreeSet<>(List.of(provides.group(2).trim().split("\\s*,\\s*"))));
        }
        Set<String> services = new TreeSet<>(provided.keySet());
        services.addAll(serviceFiles.keySet());
        for (String service : services) {
            Set<String> inDescriptor = provided.getOrDefault(service, Set.of());
            Set<String> inFile = new TreeSet<>(serviceFiles.getOrDefault(service, Set.of()));
            if (!inDescriptor.equals(inFile)) {
                problems.add(module + " provides " + service + " with " + inDescriptor
                        + " but its service file lists " + inFile);
            }
        }
        return problems;
    }

    private static List<Path> descriptors() throws IOException {
        return BuildSources.main().stream().filter(p -> p.getFileName().toString().equals("module-info.java"))
                .toList();
    }

    private static Set<String> packages(Path sourceRoot) throws IOException {
        try (var files = Files.walk(sourceRoot)) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
                    .map(p -> sourceRoot.relativize(p.getParent()).toString().replace('\\', '/').replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Map<String, Set<String>> serviceFiles(Path folder) throws IOException {
        Map<String, Set<String>> services = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return services;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Set<String> providers = Files.readAllLines(file).stream().map(line -> line.replaceAll("#.*", "").trim())
                        .filter(line -> !line.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                services.put(file.getFileName().toString(), providers);
            }
        }
        return services;
    }
}
