package dev.editions.pdf.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folders the PDF edition looks for fallback fonts in: those the user named first, then the
 * usual font folders of the operating system.
 */
final class FontFolders {
    private FontFolders() {
    }

    /**
     * The folders to search.
     *
     * @param named folders separated by the platform's path separator (or commas), searched first
     * @param system whether to add the operating system's font folders
     */
    static List<Path> of(String named, boolean system) {
        List<Path> folders = new ArrayList<>();
        for (String part : named.split("[" + File.pathSeparator + ",]")) {
            if (!part.isBlank()) {
                folders.add(Path.of(part.strip()).toAbsolutePath().normalize());
            }
        }
        if (system) {
            folders.addAll(system(System.getProperty("os.name", ""), System.getProperty("user.home", ""),
                    System.getenv("WINDIR"), System.getenv("LOCALAPPDATA")));
        }
        return folders;
    }

    /** The font folders of an operating system, in the order they are searched. */
    static List<Path> system(String osName, String home, String windows, String localAppData) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> folders = new ArrayList<>();
        if (os.startsWith("windows")) {
            folders.add(Path.of(windows == null || windows.isBlank() ? "C:\\Windows" : windows, "Fonts"));
            if (localAppData != null && !localAppData.isBlank()) {
                folders.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.startsWith("mac")) {
            folders.add(Path.of("/Library/Fonts"));
            folders.add(Path.of("/System/Library/Fonts"));
            if (!home.isBlank()) {
                folders.add(Path.of(home, "Library", "Fonts"));
            }
        } else {
            folders.add(Path.of("/usr/share/fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
            if (!home.isBlank()) {
                folders.add(Path.of(home, ".local", "share", "fonts"));
                folders.add(Path.of(home, ".fonts"));
            }
        }
        return folders;
    }
}
