package dev.editions.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.fixtures.Pictures;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The publish goal fails the build on bad input with the very line the command prints
 * ({@code editions: SOURCE: problem}), on one line, and writes nothing.
 */
class PublishMojoBadInputTest {
    /** Writes a bad source into a folder; returns it. */
    @FunctionalInterface
    private interface BadSource {
        Path create(Path folder) throws IOException;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("invalid UTF-8", "{source}: byte 13: invalid UTF-8 (byte 0xE9 on line 3)",
                        (BadSource) folder -> Files.write(folder.resolve("broken.txt"),
                                "A report\n\nCaf\u00e9 in Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1))),
                Arguments.of("front matter never closed", "{source}: line 1: the front matter opened by '---' on"
                        + " this line is never closed; end it with a line '---' before the text",
                        (BadSource) folder -> Files.writeString(folder.resolve("open.md"), "---\ntitle: T\n\nText.\n")),
                Arguments.of("a picture of 50000×50000 pixels", "{source}: line 3: the image 'huge.png' is 50000×50000"
                        + " pixels (2500 megapixels); pictures of at most 100 megapixels are read (--max-image-pixels)",
                        (BadSource) folder -> {
                            Files.write(folder.resolve("huge.png"), Pictures.declaredPng(50_000, 50_000));
                            return Files.writeString(folder.resolve("huge.md"), "# Title\n\n![A map](huge.png)\n");
                        }),
                Arguments.of("a truncated PNG", "{source}: line 3: the image 'cut.png' is damaged or truncated",
                        (BadSource) folder -> {
                            byte[] whole = Pictures.barChartPng("cut.png", 1).bytes();
                            Files.write(folder.resolve("cut.png"), Arrays.copyOf(whole, whole.length / 2));
                            return Files.writeString(folder.resolve("cut.md"), "# Title\n\n![A chart](cut.png)\n");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void failsTheBuildWithTheCommandsLine(String name, String line, BadSource bad, @TempDir Path folder)
            throws Exception {
        Path source = bad.create(Files.createDirectory(folder.resolve("src")));
        Path output = folder.resolve("editions");
        PublishMojo mojo = mojo(folder, source, output);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        String expected = "editions: " + line.replace("{source}", source.toString());
        assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
        assertEquals(expected, failure.getMessage().substring(0, Math.min(expected.length(),
                failure.getMessage().length())), failure.getMessage());
        assertFalse(Files.exists(output), "nothing written");
    }

    @org.junit.jupiter.api.Test
    void anOutputFolderThatIsAFileFailsTheBuildWithTheCommandsLine(@TempDir Path folder) throws Exception {
        Path source = Files.writeString(Files.createDirectory(folder.resolve("src")).resolve("report.md"),
                "# Report\n\nText.\n");
        Path output = Files.writeString(folder.resolve("taken"), "keep");
        MojoFailureException failure = assertThrows(MojoFailureException.class,
                mojo(folder, source, output)::execute);
        assertEquals("editions: " + output + ": cannot be the output folder: it is a file", failure.getMessage());
        assertEquals("keep", Files.readString(output));
    }

    private static PublishMojo mojo(Path basedir, Path source, Path output) throws ReflectiveOperationException {
        PublishMojo mojo = new PublishMojo();
        set(mojo, "basedir", basedir.toFile());
        set(mojo, "sources", List.<File>of(source.toFile()));
        set(mojo, "outputDirectory", output.toFile());
        set(mojo, "attach", false);
        set(mojo, "outputTimestamp", "2026-01-01T00:00:00Z");
        return mojo;
    }

    private static void set(PublishMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = PublishMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }
}
